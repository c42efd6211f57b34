"""The main window: navigation on the left, pages on the right, created when first opened."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from faceledger.gui.app_settings import AppSettings
from faceledger.gui.context import AppContext
from faceledger.paths import resource


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str
    cls: str
    gate: str   # "vault": shows the vault gate without an open vault; "lock": only while locked; "never"


PAGES = (
    PageSpec("ledger", "faceledger.gui.pages.ledger_page", "LedgerPage", "vault"),
    PageSpec("letters", "faceledger.gui.pages.letters_page", "LettersPage", "vault"),
    PageSpec("photos", "faceledger.gui.pages.photos_page", "PhotosPage", "lock"),
    PageSpec("evidence", "faceledger.gui.pages.evidence_page", "EvidencePage", "lock"),
    PageSpec("settings", "faceledger.gui.pages.settings_page", "SettingsPage", "never"),
)


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    first_painted = Signal()

    def __init__(self, ctx: AppContext, settings: AppSettings | None = None):
        super().__init__()
        self.ctx = ctx
        self.settings = settings or AppSettings.load()
        self.setWindowTitle(self.tr("FaceLedger 人脸账本"))
        icon = resource("icons", "faceledger.svg")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.resize(1180, 760)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(170)
        # spacing and font rather than a style sheet: style sheets cost ~13 ms before the first paint
        nav_font = self.nav.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.15)
        self.nav.setFont(nav_font)
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self._gates: dict[str, QWidget] = {}
        self._restore_state: dict[str, dict] = {}
        labels = self.page_titles()
        self.nav.blockSignals(True)  # pages are created on first use, not while the list fills
        for spec in PAGES:
            item = QListWidgetItem("  " + labels[spec.key])
            item.setSizeHint(QSize(150, 40))
            self.nav.addItem(item)
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_page)
        self.ctx.status.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.ctx.vault_changed.connect(self._vault_changed)
        self.ctx.unlock_requested.connect(lambda: self.ensure_vault(self.ctx.locked_name))
        self.ctx.create_requested.connect(self.create_vault)
        self.ctx.restore_requested.connect(self.restore_backup)
        self.ctx.lock_requested.connect(self.lock)
        self.ctx.open_letters_requested.connect(self.open_letters)
        self.reminders = None
        self._vault_label = QLabel()
        self.statusBar().addPermanentWidget(self._vault_label)
        self._build_menus()
        self._update_vault_label()
        self.idle_lock = None
        self.screen_lock = None

    def page_titles(self) -> dict[str, str]:
        return {"ledger": self.tr("Ledger"), "letters": self.tr("Letters"), "photos": self.tr("Photo check"),
                "evidence": self.tr("Evidence"), "settings": self.tr("Settings")}

    # ------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        def action(menu, text, slot, keys=None, name=""):
            a = QAction(text, self)
            if keys is not None:
                seqs = keys if isinstance(keys, list) else [keys]
                a.setShortcuts([QKeySequence(k) for k in seqs])
            a.triggered.connect(lambda _checked=False: slot())
            if name:
                a.setObjectName(name)
            menu.addAction(a)
            return a

        K = QKeySequence.StandardKey
        bar = self.menuBar()
        m_file = bar.addMenu(self.tr("&File"))
        self.act_new_holder = action(m_file, self.tr("&New holder…"), self.new_holder, K.New, "actNewHolder")
        self.act_batch = action(m_file, self.tr("Letters for &many people…"), self.letters_batch, None, "actBatch")
        m_file.addSeparator()
        self.act_lock = action(m_file, self.tr("&Lock vault"), self.lock, "Ctrl+L", "actLock")
        self.act_unlock = action(m_file, self.tr("&Unlock vault…"), lambda: self.ensure_vault(self.ctx.locked_name),
                                 None, "actUnlock")
        self.act_backup = action(m_file, self.tr("&Back up the vault…"), self.backup, None, "actBackup")
        self.act_restore = action(m_file, self.tr("&Restore from a backup…"), self.restore_backup, None,
                                  "actRestore")
        m_file.addSeparator()
        prefs = QKeySequence(K.Preferences)
        self.act_settings = action(m_file, self.tr("&Settings"), lambda: self.show_page("settings"),
                                   K.Preferences if not prefs.isEmpty() else "Ctrl+,", "actSettings")
        m_file.addSeparator()
        quit_keys = QKeySequence(K.Quit)
        self.act_quit = action(m_file, self.tr("&Quit"), self.close, K.Quit if not quit_keys.isEmpty() else "Ctrl+Q",
                               "actQuit")
        m_edit = bar.addMenu(self.tr("&Edit"))
        self.act_find = action(m_edit, self.tr("&Find…"), self.find, K.Find, "actFind")
        m_go = bar.addMenu(self.tr("&Go"))
        titles = self.page_titles()
        self.act_pages = []
        for i, spec in enumerate(PAGES):
            self.act_pages.append(action(m_go, titles[spec.key], lambda k=spec.key: self.show_page(k),
                                         f"Ctrl+{i + 1}", f"actGo_{spec.key}"))
        m_help = bar.addMenu(self.tr("&Help"))
        self.act_about = action(m_help, self.tr("&About FaceLedger"), self.about, K.HelpContents, "actAbout")
        self.menus = {"file": m_file, "edit": m_edit, "go": m_go, "help": m_help}
        self._update_actions()

    def _update_actions(self) -> None:
        open_ = self.ctx.vault is not None
        self.act_new_holder.setEnabled(open_)
        self.act_batch.setEnabled(open_)
        self.act_lock.setEnabled(open_)
        self.act_backup.setEnabled(open_)
        self.act_unlock.setVisible(self.ctx.locked_name is not None)

    def new_holder(self) -> None:
        page = self.show_page("ledger")
        if self.ctx.vault is not None and hasattr(page, "add_holder"):
            page.add_holder()

    def letters_batch(self) -> None:
        page = self.show_page("letters")
        if self.ctx.vault is not None and hasattr(page, "open_batch"):
            page.open_batch()

    def find(self) -> None:
        page = self.page(PAGES[max(0, self.nav.currentRow())].key)
        if not hasattr(page, "focus_search"):
            page = self.show_page("ledger")
        if hasattr(page, "focus_search") and self.ctx.vault is not None:
            page.focus_search()

    def about(self) -> None:
        from faceledger.gui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def open_letters(self, holder_id: int) -> None:
        page = self.show_page("letters")
        if holder_id and hasattr(page, "select_holder"):
            page.select_holder(holder_id)
            page.go_to(0)
        elif not holder_id and hasattr(page, "show_next_letters"):
            page.show_next_letters()

    # ------------------------------------------------------------ pages
    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, created on first use."""
        if key in self._pages:
            return self._pages[key]
        idx = [p.key for p in PAGES].index(key)
        spec = PAGES[idx]
        holder = self.stack.widget(idx)
        try:
            module = importlib.import_module(spec.module)
            widget = getattr(module, spec.cls)(self.ctx, holder)
        except ModuleNotFoundError as err:
            if err.name != spec.module:
                raise
            widget = self._placeholder(self.tr("This part of FaceLedger is coming in a later version."))
        except Exception as err:  # noqa: BLE001 - a broken page must not take the window down
            widget = self._placeholder(self.tr("This page could not be opened: {0}").format(err))
        holder.layout().addWidget(widget)
        self._pages[key] = widget
        self._restore_view(key)
        self._update_gate(key)
        return widget

    def _restore_view(self, key: str) -> None:
        """After an unlock: put the page back as it was when the vault was locked (selection, search)."""
        page = self._pages.get(key)
        if self.ctx.vault is None or page is None or key not in self._restore_state:
            return
        state = self._restore_state.pop(key)
        if hasattr(page, "restore_view_state"):
            page.restore_view_state(state)

    def _gated(self, spec: PageSpec) -> bool:
        if spec.gate == "vault":
            return self.ctx.vault is None
        if spec.gate == "lock":
            return self.ctx.locked_name is not None
        return False

    def _update_gate(self, key: str) -> None:
        spec = PAGES[[p.key for p in PAGES].index(key)]
        gated = self._gated(spec)
        gate = self._gates.get(key)
        if gated and gate is None:
            from faceledger.gui.vault_gate import VaultGate

            gate = VaultGate(self.ctx, self._gate_reason(key))
            self.stack.widget(PAGES.index(spec)).layout().addWidget(gate)
            self._gates[key] = gate
        if gate is not None:
            gate.setVisible(gated)
        page = self._pages.get(key)
        if page is not None:
            page.setVisible(not gated)

    def _gate_reason(self, key: str) -> str:
        return {"ledger": self.tr("Your ledger is kept in your vault, encrypted."),
                "letters": self.tr("Letters are written from your ledger, which is kept in your vault."),
                "photos": self.tr("Unlock to go on checking photos."),
                "evidence": self.tr("Your evidence log is kept in your vault, encrypted.")}.get(key, "")

    def _placeholder(self, text: str) -> QWidget:
        from PySide6.QtCore import Qt  # the Qt namespace costs ~15 ms to load: not before the first paint

        w = QLabel(text)
        w.setAlignment(Qt.AlignmentFlag.AlignCenter)
        w.setWordWrap(True)
        return w

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        if not self._painted:  # the list takes focus on show and selects a row: build pages after the first paint
            QTimer.singleShot(0, lambda: self._show_page(self.nav.currentRow()) if self._painted else None)
            return
        key = PAGES[row].key
        self.page(key)
        self.stack.setCurrentIndex(row)

    def show_page(self, key: str) -> QWidget:
        row = [p.key for p in PAGES].index(key)
        self.nav.setCurrentRow(row)
        return self.page(key)

    def current_page_key(self) -> str | None:
        row = self.nav.currentRow()
        return PAGES[row].key if row >= 0 else None

    # ------------------------------------------------------------ vault
    def start(self) -> None:
        """Once the window is on screen: unlock or create the vault, then open the ledger."""
        self._started = True
        if self._painted:
            QTimer.singleShot(0, self._after_show)

    _started = False
    _painted = False

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            if self._started:
                QTimer.singleShot(0, self._after_show)
            elif self.nav.currentRow() >= 0:
                QTimer.singleShot(0, lambda: self._show_page(self.nav.currentRow()))

    def _after_show(self) -> None:
        if self.ctx.vault is None:
            self.ensure_vault()
        elif self.reminders is None:
            self._vault_changed()  # a vault handed in open (a language switch, the tests): its reminders
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        self.apply_settings()
        if self.settings.update_check:
            self.check_for_update()

    def apply_settings(self) -> None:
        """Start or change what the settings govern: the auto-lock, the screen-lock watcher, the tray."""
        from faceledger.gui.auto_lock import IdleLock, ScreenLockWatcher

        if self.idle_lock is None:
            self.idle_lock = IdleLock(self.settings.auto_lock_minutes, self)
            self.idle_lock.idle.connect(self.lock)
        else:
            self.idle_lock.set_minutes(self.settings.auto_lock_minutes)
        if self.screen_lock is None and self.settings.lock_on_screen_lock:
            self.screen_lock = ScreenLockWatcher(self)
            self.screen_lock.screen_locked.connect(
                lambda: self.lock() if self.settings.lock_on_screen_lock else None)
        if self.reminders is not None:
            self.reminders.set_tray(self.settings.tray_reminders)

    def check_for_update(self) -> None:
        """The update check the user turned on in Settings, once per start, in a worker."""
        try:
            from faceledger.net.update import check_for_update
        except ModuleNotFoundError:
            return
        from faceledger.gui.threads import Worker, error_text

        w = Worker(check_for_update)
        w.signals.success.connect(lambda st: self.ctx.status.emit(st.summary(self.ctx.lang)))
        w.signals.error.connect(lambda err: self.ctx.status.emit(
            self.tr("Update check failed: {0}").format(error_text(err, self.ctx.lang))))
        self.ctx.pool.start(w)

    def ensure_vault(self, name: str | None = None) -> bool:
        from faceledger.errors import FaceLedgerError
        from faceledger.gui.vault_dialogs import UnlockDialog
        from faceledger.vault.store import exists, list_vaults, open_vault, read_meta

        name = name or self.settings.last_vault or "default"
        if not exists(name):
            known = list_vaults()
            if known and name == self.settings.last_vault:
                name = known[0].name
            else:
                return self.create_vault(name)
        class _AskForPassphrase(Exception):
            pass

        def ask() -> str:
            raise _AskForPassphrase

        try:
            meta = read_meta(name)
            if meta.key_mode != "passphrase":
                try:
                    # a keychain vault opens without a question, unless an interrupted move to a passphrase
                    # left its key only behind the passphrase: then ask, as for a passphrase vault
                    self._set_vault(open_vault(name, ask))
                    return True
                except _AskForPassphrase:
                    pass
            dlg = UnlockDialog(name, self, lang=self.ctx.lang)
            if dlg.exec() and dlg.vault is not None:
                self._set_vault(dlg.vault)
                return True
            return self.restore_backup() if dlg.wants_restore else False
        except FaceLedgerError as err:
            QMessageBox.warning(self, self.tr("Cannot open the vault"), err.full_in(self.ctx.lang))
            return False

    def create_vault(self, name: str | None = None) -> bool:
        from faceledger.gui.vault_dialogs import FirstRunDialog

        dlg = FirstRunDialog(name or "default", self, lang=self.ctx.lang)
        result = dlg.exec()
        if result and dlg.vault is not None:
            self._set_vault(dlg.vault)
            return True
        if dlg.wants_restore:
            return self.restore_backup()
        return False

    def restore_backup(self) -> bool:
        from faceledger.gui.vault_dialogs import restore_backup

        vault = restore_backup(self, self.ctx.lang)
        if vault is None:
            return False
        self._set_vault(vault)
        self.ctx.status.emit(self.tr("The backup was restored."))
        return True

    def backup(self) -> None:
        page = self.show_page("settings")
        if hasattr(page, "backup") and self.ctx.vault is not None:
            page.backup()

    def _set_vault(self, vault) -> None:
        self.settings.last_vault = vault.name
        self.settings.save()
        self.ctx.set_vault(vault)

    def lock(self) -> bool:
        """Lock now: close every dialog, drop the pages (and with them every decrypted view) and the vault
        (and with it the key); each page shows the locked state until the vault is unlocked, then the
        user is back on the page (and the selection) they were on."""
        if self.ctx.vault is None:
            return False
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
        for key, page in list(self._pages.items()):
            if hasattr(page, "view_state"):
                self._restore_state[key] = page.view_state()
            page.setParent(None)
            page.deleteLater()
        self._pages.clear()
        self.ctx.lock()
        gate = self._gates.get(self.current_page_key() or "")
        if gate is not None and gate.isVisible():
            gate.btn_unlock.setFocus()  # Enter or Space unlocks: no mouse needed
        self.ctx.status.emit(self.tr("The vault is locked."))
        return True

    def _vault_changed(self) -> None:
        self._update_vault_label()
        self._update_actions()
        current = self.current_page_key()
        for spec in PAGES:
            if spec.key in self._pages or spec.key in self._gates or spec.key == current:
                self._update_gate(spec.key)
        key = self.current_page_key()
        if key is not None and key not in self._pages and (
                self.ctx.vault is not None or not self._gated(PAGES[[p.key for p in PAGES].index(key)])):
            self.page(key)  # back where the user was; a page with no gate (Settings) is rebuilt locked too
        for k in list(self._pages):
            self._restore_view(k)
        if self.ctx.vault is not None and self.reminders is None:
            try:
                from faceledger.gui.reminders import Reminders
            except ModuleNotFoundError:
                return
            try:
                self.reminders = Reminders(self.ctx, self, tray=self.settings.tray_reminders)
            except Exception as err:  # noqa: BLE001 - reminders are a convenience, never fatal
                self.ctx.status.emit(self.tr("Reminders are unavailable: {0}").format(err))
                return
            self.reminders.open_requested.connect(self.show_from_tray)
            self.reminders.changed.connect(self._show_reminders)
            self._show_reminders(self.reminders.items)

    def show_from_tray(self) -> None:
        """The tray icon or its message was clicked: bring the window up on the next letters to write."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if self.ctx.vault is not None:
            self.open_letters(0)

    def _show_reminders(self, items: list) -> None:
        """Replies due soon or overdue, in the status bar: a button whose menu opens each holder's letters."""
        from faceledger.gui.pages import letters_labels as LL

        btn = getattr(self, "_reminder_btn", None)
        if btn is None:
            from PySide6.QtWidgets import QMenu, QToolButton

            btn = QToolButton()
            btn.setObjectName("reminders")
            btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            btn.setMenu(QMenu(btn))
            self.statusBar().addPermanentWidget(btn)
            self._reminder_btn = btn
        menu = btn.menu()
        menu.clear()
        if not items or self.ctx.vault is None:
            btn.hide()
            return
        overdue = sum(1 for i in items if i.overdue)
        btn.setText(LL.reminder_summary(overdue, len(items) - overdue))
        btn.setAccessibleName(LL.reminder_title())
        for item, text in zip(items, self.reminders.messages()):
            menu.addAction(text, lambda hid=item.request.holder_id: self.open_letters(hid))
        btn.show()

    def _update_vault_label(self) -> None:
        from faceledger.gui.vault_gate import vault_display_name

        v = self.ctx.vault
        if v is not None:
            self._vault_label.setText(self.tr("Vault: {0}").format(vault_display_name(v.name)))
        elif self.ctx.locked_name:
            self._vault_label.setText(self.tr("Locked: {0}").format(vault_display_name(self.ctx.locked_name)))
        else:
            self._vault_label.setText(self.tr("No vault open"))
        if getattr(self, "_reminder_btn", None) is not None and v is None:
            self._reminder_btn.hide()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.ctx.vault is not None:
            self.ctx.vault.close()
        if self.reminders is not None and self.reminders.tray is not None:
            self.reminders.tray.hide()
        super().closeEvent(event)
