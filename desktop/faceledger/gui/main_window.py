"""The main window: navigation on the left, pages on the right, created when first opened."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
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
    needs_vault: bool


PAGES = (
    PageSpec("ledger", "faceledger.gui.pages.ledger_page", "LedgerPage", True),
    PageSpec("letters", "faceledger.gui.pages.letters_page", "LettersPage", True),
    PageSpec("photos", "faceledger.gui.pages.photos_page", "PhotosPage", False),
    PageSpec("evidence", "faceledger.gui.pages.evidence_page", "EvidencePage", False),
    PageSpec("settings", "faceledger.gui.pages.settings_page", "SettingsPage", False),
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
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(170)
        # spacing and font rather than a style sheet: style sheets cost ~13 ms before the first paint
        nav_font = self.nav.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.15)
        self.nav.setFont(nav_font)
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        labels = {"ledger": self.tr("Ledger"), "letters": self.tr("Letters"), "photos": self.tr("Photo check"),
                  "evidence": self.tr("Evidence"), "settings": self.tr("Settings")}
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
        self.reminders = None
        self._vault_label = QLabel()
        self.statusBar().addPermanentWidget(self._vault_label)
        self._update_vault_label()

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
        return widget

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
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def ensure_vault(self, name: str | None = None) -> bool:
        from faceledger.errors import FaceLedgerError
        from faceledger.gui.vault_dialogs import FirstRunDialog, UnlockDialog
        from faceledger.vault.store import exists, list_vaults, open_vault, read_meta

        name = name or self.settings.last_vault or "default"
        if not exists(name):
            known = list_vaults()
            if known and name == self.settings.last_vault:
                name = known[0].name
            else:
                dlg = FirstRunDialog(name, self, lang=self.ctx.lang)
                if dlg.exec() and dlg.vault is not None:
                    self._set_vault(dlg.vault)
                    return True
                return False
        try:
            meta = read_meta(name)
            if meta.key_mode == "passphrase":
                dlg = UnlockDialog(name, self, lang=self.ctx.lang)
                if dlg.exec() and dlg.vault is not None:
                    self._set_vault(dlg.vault)
                    return True
                return False
            self._set_vault(open_vault(name))
            return True
        except FaceLedgerError as err:
            QMessageBox.warning(self, self.tr("Cannot open the vault"), err.full_in(self.ctx.lang))
            return False

    def _set_vault(self, vault) -> None:
        self.settings.last_vault = vault.name
        self.settings.save()
        self.ctx.set_vault(vault)

    def _vault_changed(self) -> None:
        self._update_vault_label()
        if self.ctx.vault is not None and self.reminders is None:
            try:
                from faceledger.gui.reminders import Reminders
            except ModuleNotFoundError:
                return
            try:
                self.reminders = Reminders(self.ctx, self)
            except Exception as err:  # noqa: BLE001 - reminders are a convenience, never fatal
                self.ctx.status.emit(self.tr("Reminders are unavailable: {0}").format(err))

    def _update_vault_label(self) -> None:
        v = self.ctx.vault
        self._vault_label.setText(self.tr("Vault: {0}").format(v.name) if v else self.tr("No vault open"))

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.ctx.vault is not None:
            self.ctx.vault.close()
        super().closeEvent(event)
