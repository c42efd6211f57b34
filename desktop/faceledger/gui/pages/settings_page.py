"""Settings: language, the vault (info, backup, restore, passphrase, switch), keychain, updates."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
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
from faceledger.gui.context import AppContext
from faceledger.gui.threads import Worker, error_text


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("<h2>Settings</h2>")))

        lang_box = QGroupBox(self.tr("Language"))
        ll = QFormLayout(lang_box)
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Follow the system"), "")
        self.lang.addItem("中文（简体）", "zh_CN")
        self.lang.addItem("English", "en")
        ll.addRow(self.tr("Interface language:"), self.lang)
        lay.addWidget(lang_box)

        vbox = QGroupBox(self.tr("Vault"))
        vl = QVBoxLayout(vbox)
        self.vault_info = QLabel()
        self.vault_info.setWordWrap(True)
        vl.addWidget(self.vault_info)
        row = QHBoxLayout()
        self.btn_backup = QPushButton(self.tr("Back up…"))
        self.btn_restore = QPushButton(self.tr("Restore a backup…"))
        self.btn_rekey = QPushButton(self.tr("Change key / passphrase…"))
        self.btn_switch = QPushButton(self.tr("Open or create another vault…"))
        for b in (self.btn_backup, self.btn_restore, self.btn_rekey, self.btn_switch):
            row.addWidget(b)
        row.addStretch(1)
        vl.addLayout(row)
        from faceledger.vault.keys import keychain_reason_zh, keychain_status

        ok, why = keychain_status()
        why = keychain_reason_zh(why) if is_zh(self.ctx.lang) and not ok else why
        kc = QLabel(self.tr("OS keychain: available ({0})").format(why) if ok else
                    self.tr("OS keychain: not available ({0}). Vaults here use a passphrase; FaceLedger never "
                            "stores keys in plaintext.").format(why))
        kc.setWordWrap(True)
        kc.setStyleSheet("color:#555")
        vl.addWidget(kc)
        lay.addWidget(vbox)

        nbox = QGroupBox(self.tr("Reminders and network"))
        nl = QVBoxLayout(nbox)
        self.tray = QCheckBox(self.tr("Show reply deadlines in the system tray"))
        nl.addWidget(self.tray)
        self.update_auto = QCheckBox(self.tr("Check for FaceLedger updates when the app starts (off by default)"))
        nl.addWidget(self.update_auto)
        urow = QHBoxLayout()
        self.btn_update = QPushButton(self.tr("Check for updates now"))
        self.update_result = QLabel()
        self.update_result.setWordWrap(True)
        urow.addWidget(self.btn_update)
        urow.addWidget(self.update_result, 1)
        nl.addLayout(urow)
        note = QLabel(self.tr("FaceLedger sends nothing over the network unless you ask: an update check, or a "
                              "timestamp for your evidence. Photos never leave this computer."))
        note.setWordWrap(True)
        note.setStyleSheet("color:#555")
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
        self.lang.currentIndexChanged.connect(self._lang_changed)
        self.tray.toggled.connect(lambda v: self._save(tray_reminders=v))
        self.update_auto.toggled.connect(lambda v: self._save(update_check=v))
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

    def _lang_changed(self) -> None:
        lang = self.lang.currentData()
        self._save(language=lang)
        win = self.window()
        if hasattr(win, "language_change_requested"):
            win.language_change_requested.emit(lang)

    def refresh(self) -> None:
        v = self.ctx.vault
        for b in (self.btn_backup, self.btn_rekey):
            b.setEnabled(v is not None)
        if v is None:
            self.vault_info.setText(self.tr("No vault is open."))
            return
        info = v.info()
        mode = self.tr("OS keychain") if info["key_mode"] == "keychain" else self.tr("passphrase")
        self.vault_info.setText(self.tr(
            "<b>{0}</b> — key kept by: {1}<br>{2} holders, {3} collections, {4} requests, {5} attachments<br>"
            "<span style='color:#555'>{6}</span>").format(info["name"], mode, info["holders"], info["collections"],
                                                          info["requests"], info["attachments"], info["path"]))

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
        try:
            res = backup(self.ctx.vault, path, pw)
        except FaceLedgerError as err:
            QMessageBox.warning(self, self.tr("Backup failed"), err.full_in(self.ctx.lang))
            return
        QMessageBox.information(self, self.tr("Backup written"),
                                self.tr("Backup written to {0} ({1} attachments). Keep its passphrase: without "
                                        "it the backup cannot be opened.").format(res["file"], res["attachments"]))

    def restore(self) -> None:
        from faceledger.vault.backup import restore

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), "",
                                              self.tr("FaceLedger backups (*.flbackup *.zip)"))
        if not path:
            return
        name, ok = QInputDialog.getText(self, self.tr("Restore a backup"), self.tr("Name for the restored vault:"))
        if not ok or not name:
            return
        pw = self._ask_passphrase(self.tr("Backup passphrase"), self.tr("Passphrase of the backup:"))
        if not pw:
            return
        try:
            vault = restore(path, name, pw)
        except FaceLedgerError as err:
            QMessageBox.warning(self, self.tr("Nothing was restored"), err.full_in(self.ctx.lang))
            return
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
            QMessageBox.warning(self, self.tr("Nothing was changed"), err.full_in(self.ctx.lang))
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
