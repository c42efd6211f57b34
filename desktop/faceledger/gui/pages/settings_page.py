"""Settings: language, the vault (info, backup, restore, passphrase, switch), keychain, updates."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QSpinBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from faceledger.errors import FaceLedgerError, is_zh
from faceledger.gui.buttons import make_primary, set_enabled_why
from faceledger.gui.colour_roles import Role, css
from faceledger.gui.context import AppContext
from faceledger.gui.fit import FlowLayout, wrapping
from faceledger.gui.i18n import shown
from faceledger.gui.threads import Worker, error_text


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("<h2>" + self.tr("Settings") + "</h2>"))

        lang_box = QGroupBox(self.tr("Language"))
        ll = QFormLayout(lang_box)
        ll.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # a short choice stays short
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Follow the system"), "")
        self.lang.addItem("中文（简体）", "zh_CN")
        self.lang.addItem("English", "en")
        ll.addRow(self.tr("Interface language:"), self.lang)
        lay.addWidget(lang_box)

        vbox = QGroupBox(self.tr("Vault"))
        vl = QVBoxLayout(vbox)
        self.vault_info = QLabel()
        wrapping(self.vault_info)
        vl.addWidget(self.vault_info)
        row = FlowLayout()  # wraps in a narrow window or a longer language
        self.btn_unlock = QPushButton(self.tr("Unlock…"))
        self.btn_backup = QPushButton(self.tr("Back up…"))
        self.btn_restore = QPushButton(self.tr("Restore from a backup…"))
        self.btn_rekey = QPushButton(self.tr("Change key / passphrase…"))
        self.btn_switch = QPushButton(self.tr("Open or create another vault…"))
        for b in (self.btn_unlock, self.btn_backup, self.btn_restore, self.btn_rekey, self.btn_switch):
            row.addWidget(b)
        vl.addLayout(row)
        from faceledger.vault.keys import keychain_reason_zh, keychain_status

        ok, why = keychain_status()
        why = keychain_reason_zh(why) if is_zh(self.ctx.lang) and not ok else why
        kc = QLabel(self.tr("OS keychain: available ({0})").format(why) if ok else
                    self.tr("OS keychain: not available ({0}). Vaults here use a passphrase; FaceLedger never "
                            "stores keys in plaintext.").format(why))
        wrapping(kc)
        kc.setStyleSheet(f"color:{css(Role.MUTED)}")
        vl.addWidget(kc)
        lay.addWidget(vbox)

        lbox = QGroupBox(self.tr("Locking"))
        lf = QFormLayout(lbox)
        lf.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("never"))
        lf.addRow(self.tr("Lock after this many idle minutes:"), self.auto_lock)
        self.lock_on_screen = QCheckBox(self.tr("Lock when the screen locks"))
        lf.addRow(self.lock_on_screen)
        lock_note = QLabel(self.tr("Lock now with Ctrl+L. Locking closes the vault and everything shown from it; "
                                   "unlocking brings you back where you were."))
        wrapping(lock_note)
        lock_note.setStyleSheet(f"color:{css(Role.MUTED)}")
        lf.addRow(lock_note)
        lay.addWidget(lbox)

        nbox = QGroupBox(self.tr("Reminders and network"))
        nl = QVBoxLayout(nbox)
        self.tray = QCheckBox(self.tr("Show reply deadlines in the system tray"))
        nl.addWidget(self.tray)
        self.update_auto = QCheckBox(self.tr("Check for FaceLedger updates when the app starts (off by default)"))
        nl.addWidget(self.update_auto)
        urow = QHBoxLayout()
        self.btn_update = QPushButton(self.tr("Check for updates now"))
        self.update_result = QLabel()
        wrapping(self.update_result, 120)
        urow.addWidget(self.btn_update)
        urow.addWidget(self.update_result, 1)
        nl.addLayout(urow)
        note = QLabel(self.tr("FaceLedger sends nothing over the network unless you ask: an update check, or a "
                              "timestamp for your evidence. Photos never leave this computer."))
        wrapping(note)
        note.setStyleSheet(f"color:{css(Role.MUTED)}")
        nl.addWidget(note)
        lay.addWidget(nbox)
        lay.addStretch(1)

        win = self.window()
        settings = getattr(win, "settings", None)
        from faceledger.gui.app_settings import AppSettings

        self.settings = settings or AppSettings.load()
        i = self.lang.findData(self.settings.language)
        self.lang.setCurrentIndex(max(0, i))
        self.tray.setChecked(self.settings.tray_reminders)
        self.update_auto.setChecked(self.settings.update_check)
        self.auto_lock.setValue(self.settings.auto_lock_minutes)
        self.lock_on_screen.setChecked(self.settings.lock_on_screen_lock)
        self.lang.currentIndexChanged.connect(self._lang_changed)
        self.tray.toggled.connect(lambda v: self._save(tray_reminders=v))
        self.update_auto.toggled.connect(lambda v: self._save(update_check=v))
        self.auto_lock.valueChanged.connect(lambda v: self._save(auto_lock_minutes=v))
        self.lock_on_screen.toggled.connect(lambda v: self._save(lock_on_screen_lock=v))
        self.btn_unlock.clicked.connect(lambda: self.ctx.unlock_requested.emit())
        self.btn_backup.clicked.connect(self.backup)
        self.btn_restore.clicked.connect(self.restore)
        self.btn_rekey.clicked.connect(self.rekey)
        self.btn_switch.clicked.connect(self.switch_vault)
        self.btn_update.clicked.connect(self.check_update)
        ctx.vault_changed.connect(self.refresh)
        ctx.ledger_changed.connect(self.refresh)
        self.refresh()

    def _save(self, **changes) -> None:
        for k, v in changes.items():
            setattr(self.settings, k, v)
        self.settings.save()
        win = self.window()
        if hasattr(win, "apply_settings"):
            win.apply_settings()

    def _lang_changed(self) -> None:
        lang = self.lang.currentData()
        self._save(language=lang)
        win = self.window()
        if hasattr(win, "language_change_requested"):
            win.language_change_requested.emit(lang)

    def refresh(self) -> None:
        from faceledger.gui.vault_gate import vault_display_name

        v = self.ctx.vault
        why = self.tr("Open or unlock a vault first.")
        for b in (self.btn_backup, self.btn_rekey):
            set_enabled_why(b, v is not None, why)
        locked = self.ctx.locked_name
        self.btn_unlock.setVisible(v is None)
        self.btn_unlock.setText(self.tr("Unlock…") if locked else self.tr("Open a vault…"))
        make_primary(self.btn_unlock, v is None)
        if v is None:
            self.vault_info.setText(self.tr("The vault “{0}” is locked.").format(vault_display_name(locked))
                                    if locked else self.tr("No vault is open."))
            return
        info = v.info()
        mode = self.tr("OS keychain") if info["key_mode"] == "keychain" else self.tr("passphrase")
        counts = " · ".join((self.tr("%n holder(s)", "", info["holders"]),
                             self.tr("%n collection(s)", "", info["collections"]),
                             self.tr("%n request(s)", "", info["requests"]),
                             self.tr("%n attachment(s)", "", info["attachments"])))
        self.vault_info.setText(
            "<b>{0}</b> — {1}<br>{2}<br><span style='color:{3}'>{4}</span>".format(
                escape(vault_display_name(info["name"])), escape(self.tr("key kept by: {0}").format(mode)),
                escape(counts), css(Role.MUTED), escape(str(info["path"]))))

    def _ask_passphrase(self, title: str, label: str) -> str | None:
        pw, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Password)
        return pw if ok and pw else None

    def backup(self) -> None:
        from faceledger.vault.backup import backup

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the vault"), f"{self.ctx.vault.name}.flbackup",
                                              self.tr("FaceLedger backups (*.flbackup)"))
        if not path:
            return
        pw = self._ask_passphrase(self.tr("Backup passphrase"),
                                  self.tr("Passphrase that will protect the backup file:"))
        if not pw:
            return
        # asked twice, as for a new vault: a typo here makes the backup one that nobody can open
        again = self._ask_passphrase(self.tr("Backup passphrase"), self.tr("Repeat the backup's passphrase:"))
        if again is None:
            return
        if again != pw:
            QMessageBox.warning(self, self.tr("Nothing was changed"), self.tr("The two passphrases differ."))
            return
        try:
            res = backup(self.ctx.vault, path, pw)
        except FaceLedgerError as err:
            QMessageBox.warning(self, self.tr("Backup failed"), shown(err.full_in(self.ctx.lang)))
            return
        QMessageBox.information(self, self.tr("Backup written"),
                                self.tr("Backup written to {0} ({1} attachments). Keep its passphrase: without "
                                        "it the backup cannot be opened.").format(res["file"], res["attachments"]))

    def restore(self) -> None:
        from faceledger.gui.vault_dialogs import restore_backup

        vault = restore_backup(self, self.ctx.lang)
        if vault is not None:
            self._open(vault)

    def _open(self, vault) -> None:
        win = self.window()
        if hasattr(win, "_set_vault"):
            win._set_vault(vault)
        else:
            self.ctx.set_vault(vault)

    def rekey(self) -> None:
        v = self.ctx.vault
        new_pw = None
        if v.meta.key_mode == "passphrase":
            new_pw = self._ask_passphrase(self.tr("New passphrase"), self.tr("New passphrase (at least 8 characters):"))
            if not new_pw:
                return
            if self._ask_passphrase(self.tr("New passphrase"), self.tr("Repeat the new passphrase:")) != new_pw:
                QMessageBox.warning(self, self.tr("Nothing was changed"), self.tr("The two passphrases differ."))
                return
        try:
            v.rekey(new_passphrase=new_pw)
        except FaceLedgerError as err:
            QMessageBox.warning(self, self.tr("Nothing was changed"), shown(err.full_in(self.ctx.lang)))
            return
        self.ctx.status.emit(self.tr("The vault has a new key."))

    def switch_vault(self) -> None:
        from faceledger.vault.store import list_vaults

        names = [m.name for m in list_vaults()]
        name, ok = QInputDialog.getItem(self, self.tr("Open or create a vault"),
                                        self.tr("Vault name (type a new name to create one):"), names,
                                        names.index(self.ctx.vault.name) if self.ctx.vault and
                                        self.ctx.vault.name in names else 0, True)
        if ok and name:
            win = self.window()
            if hasattr(win, "ensure_vault"):
                win.ensure_vault(name.strip())

    def check_update(self) -> None:
        try:
            from faceledger.net.update import check_for_update
        except ModuleNotFoundError:
            self.update_result.setText(self.tr("Update checks are not available in this build."))
            return
        self.btn_update.setEnabled(False)
        self.update_result.setText(self.tr("Checking…"))
        w = Worker(check_for_update)
        w.signals.success.connect(lambda st: self.update_result.setText(st.summary(self.ctx.lang)))
        w.signals.error.connect(lambda err: self.update_result.setText(error_text(err, self.ctx.lang)))
        w.signals.finished.connect(lambda: self.btn_update.setEnabled(True))
        self.ctx.pool.start(w)
