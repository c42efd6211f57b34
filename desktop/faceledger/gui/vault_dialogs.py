"""First run (create a vault), unlock (passphrase) and restore-a-backup dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from faceledger.errors import FaceLedgerError, is_zh
from faceledger.gui.buttons import make_primary
from faceledger.gui.colour_roles import Role, css
from faceledger.gui.i18n import current_core_lang, shown


class CapsLockWatch(QObject):
    """Says "Caps Lock is on" under a passphrase field. Qt has no portable Caps Lock state, so it is inferred
    from what is typed: a capital letter without Shift, or a small one with Shift."""

    def __init__(self, fields: list[QLineEdit], warning: QLabel):
        super().__init__(warning)
        self.warning = warning
        for f in fields:
            f.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            text = event.text()
            if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.warning.setVisible(text.isupper() != shift)
        return False


def _passphrase_field(name: str) -> QLineEdit:
    f = QLineEdit()
    f.setEchoMode(QLineEdit.EchoMode.Password)
    f.setAccessibleName(name)
    return f


def _show_toggle(parent: QWidget, fields: list[QLineEdit]) -> QCheckBox:
    box = QCheckBox(QCoreApplication.translate("VaultDialogs", "Show passphrase"))
    box.toggled.connect(lambda on: [f.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
                                    for f in fields])
    return box


def _error_label() -> QLabel:
    err = QLabel()
    err.setObjectName("error")
    err.setStyleSheet(f"color: {css(Role.ERROR)}")
    err.setWordWrap(True)
    err.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return err


def _caps_label(parent: QWidget) -> QLabel:
    caps = QLabel(QCoreApplication.translate("VaultDialogs", "Caps Lock is on."))
    caps.setObjectName("capsLock")
    caps.setStyleSheet(f"color: {css(Role.WARNING)}")
    caps.hide()
    return caps


class FirstRunDialog(QDialog):
    """Create the first vault: key in the OS keychain when there is one, or a passphrase; or restore a
    backup instead (``wants_restore`` is set and the dialog is rejected, the caller runs the restore)."""

    def __init__(self, name: str = "default", parent: QWidget | None = None, *, lang: str | None = None):
        super().__init__(parent)
        from faceledger.vault import keys

        self.lang = lang or current_core_lang()  # of the core's messages: the interface language
        self.vault = None
        self.wants_restore = False
        self.setWindowTitle(self.tr("Welcome to FaceLedger"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<h2>Welcome to FaceLedger</h2>"
            "<p>FaceLedger keeps a record of who holds your face data, what you asked of them, and the "
            "evidence. Everything stays on this computer, encrypted.</p>"
            "<p>First, create your vault. Choose how its key is protected:</p>"))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.kc_ok, kc_why = keys.keychain_status()
        if is_zh(self.lang):
            kc_why = keys.keychain_reason_zh(kc_why)
        muted = css(Role.MUTED)
        # short radio labels (a radio button does not wrap) with the explanation wrapped below each
        self.rb_keychain = QRadioButton(self.tr("This computer's keychain"))
        kc_note = QLabel(f"<span style='color:{muted}'>" + self.tr("No passphrase to type; the key is kept by "
                                                                      "your system's keychain.") + "</span>")
        self.rb_pass = QRadioButton(self.tr("A passphrase"))
        pass_note = QLabel(f"<span style='color:{muted}'>" + self.tr("Asked each time you open the app; works "
                                                                        "everywhere.") + "</span>")
        group = QButtonGroup(self)
        group.addButton(self.rb_keychain)
        group.addButton(self.rb_pass)
        for rb, note in ((self.rb_keychain, kc_note), (self.rb_pass, pass_note)):
            note.setWordWrap(True)
            note.setContentsMargins(24, 0, 0, 4)
            lay.addWidget(rb)
            lay.addWidget(note)
        if not self.kc_ok:
            self.rb_keychain.setEnabled(False)
            note = QLabel(self.tr("No usable keychain was found on this system ({0}). "
                                  "FaceLedger never stores keys in plaintext, so use a passphrase.")
                          .format(shown(kc_why)))
            note.setWordWrap(True)
            note.setObjectName("keychainNote")
            lay.insertWidget(lay.indexOf(pass_note) - 1, note)
        (self.rb_keychain if self.kc_ok else self.rb_pass).setChecked(True)

        name_form = QFormLayout()
        # the first vault's id "default" is no name to show a Chinese reader: left empty, it is said in the
        # interface language by the placeholder (and created as "default"); another name is shown as typed
        from faceledger.gui.vault_gate import vault_display_name

        self.name_edit = QLineEdit("" if name == "default" else name)
        self.name_edit.setPlaceholderText(vault_display_name("default"))
        name_form.addRow(self.tr("Vault name:"), self.name_edit)
        lay.addLayout(name_form)
        self.pass_box = QWidget()
        form = QFormLayout(self.pass_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.pw1 = _passphrase_field(self.tr("Passphrase"))
        self.pw2 = _passphrase_field(self.tr("Repeat the passphrase"))
        form.addRow(self.tr("Passphrase:"), self.pw1)
        form.addRow(self.tr("Repeat:"), self.pw2)
        self.show_pw = _show_toggle(self, [self.pw1, self.pw2])
        form.addRow("", self.show_pw)
        # the strength: a thin meter and a word, so it cannot be taken for a field to type in
        srow = QHBoxLayout()
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setValue(0)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_word = QLabel()
        self.strength_word.setMinimumWidth(90)
        srow.addWidget(self.strength, 1)
        srow.addWidget(self.strength_word)
        form.addRow(self.tr("Strength:"), srow)
        self.caps = _caps_label(self)
        form.addRow("", self.caps)
        hint = QLabel(f"<span style='color:{muted}'>" + self.tr(
            "A few unrelated words make a strong passphrase. If you forget it, nobody can open the vault: "
            "keep a backup.") + "</span>")
        hint.setWordWrap(True)
        form.addRow(hint)
        lay.addWidget(self.pass_box)
        CapsLockWatch([self.pw1, self.pw2], self.caps)
        self.error = _error_label()
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create vault"))
        make_primary(ok)
        self.btn_restore = self.buttons.addButton(self.tr("Restore from a backup…"),
                                                  QDialogButtonBox.ButtonRole.ResetRole)
        self.btn_restore.setAutoDefault(False)
        self.btn_restore.clicked.connect(self._restore_instead)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.rb_pass.toggled.connect(self._mode_changed)
        self.pw1.textChanged.connect(self._update_strength)
        self._update_strength("")
        self._mode_changed()

    def _restore_instead(self) -> None:
        self.wants_restore = True
        self.reject()

    def _mode_changed(self) -> None:
        self.pass_box.setVisible(self.rb_pass.isChecked())
        self.adjustSize()

    def _update_strength(self, text: str) -> None:
        from faceledger.vault.keys import passphrase_strength

        s = passphrase_strength(text)
        labels = [self.tr("very weak"), self.tr("weak"), self.tr("fair"), self.tr("good"), self.tr("strong")]
        self.strength.setValue(s.score if text else 0)
        self.strength_word.setText(labels[s.score] if text else self.tr("(nothing typed)"))

    def create(self) -> None:
        from faceledger.vault.store import create_vault

        self.error.clear()
        name = self.name_edit.text().strip() or "default"
        try:
            if self.rb_pass.isChecked():
                if self.pw1.text() != self.pw2.text():
                    self.error.setText(self.tr("The two passphrases differ."))
                    return
                self.vault = create_vault(name, passphrase=self.pw1.text(), use_keychain=False)
            else:
                self.vault = create_vault(name, use_keychain=True)
        except FaceLedgerError as err:
            self.error.setText(shown(err.full_in(self.lang)))
            return
        self.accept()


class UnlockDialog(QDialog):
    """Ask for the passphrase; a wrong one says so and lets the user try again. "Forgot it?" says what can
    and cannot be done, and offers to restore a backup (``wants_restore``)."""

    def __init__(self, name: str, parent: QWidget | None = None, *, lang: str | None = None):
        super().__init__(parent)
        from faceledger.gui.vault_gate import vault_display_name

        self.lang = lang or current_core_lang()  # of the core's messages: the interface language
        self.name = name
        self.vault = None
        self.wants_restore = False
        self.setWindowTitle(self.tr("Unlock vault"))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        label = QLabel(self.tr("Enter the passphrase of vault “{0}”.").format(vault_display_name(name)))
        label.setWordWrap(True)
        lay.addWidget(label)
        self.pw = _passphrase_field(self.tr("Passphrase"))
        lay.addWidget(self.pw)
        self.show_pw = _show_toggle(self, [self.pw])
        lay.addWidget(self.show_pw)
        self.caps = _caps_label(self)
        lay.addWidget(self.caps)
        CapsLockWatch([self.pw], self.caps)
        self.error = _error_label()
        lay.addWidget(self.error)
        self.forgot = QLabel(self.tr(
            "<p>Nobody can recover a forgotten passphrase: FaceLedger keeps no copy and has no back door. "
            "Try the words you usually use, and check the keyboard layout and Caps Lock.</p><p>If you made a "
            "backup, restore it with the backup's own passphrase. Without either, start a new vault.</p>"))
        self.forgot.setWordWrap(True)
        self.forgot.hide()
        lay.addWidget(self.forgot)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Unlock"))
        make_primary(ok)
        self.btn_forgot = buttons.addButton(self.tr("Forgot the passphrase?"), QDialogButtonBox.ButtonRole.HelpRole)
        self.btn_forgot.setAutoDefault(False)
        self.btn_restore = buttons.addButton(self.tr("Restore from a backup…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.btn_restore.setAutoDefault(False)
        self.btn_restore.hide()
        self.btn_forgot.clicked.connect(self._forgot)
        self.btn_restore.clicked.connect(self._restore_instead)
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _forgot(self) -> None:
        self.forgot.show()
        self.btn_restore.show()
        self.adjustSize()

    def _restore_instead(self) -> None:
        self.wants_restore = True
        self.reject()

    def unlock(self) -> None:
        from faceledger.errors import WrongPassphrase
        from faceledger.vault.store import open_vault

        try:
            self.vault = open_vault(self.name, self.pw.text())
        except WrongPassphrase:
            self.error.setText(self.tr("Wrong passphrase. Nothing was changed; try again."))
            self.pw.selectAll()
            self.pw.setFocus()
            return
        except FaceLedgerError as err:
            self.error.setText(shown(err.full_in(self.lang)))
            return
        self.accept()


def restore_backup(parent: QWidget, lang: str):
    """Ask for a backup file, a name for the restored vault and the backup's passphrase; restore it.
    Returns the open Vault, or None when the user cancelled or the restore failed (said in a message)."""
    from faceledger.vault.backup import restore

    title = QCoreApplication.translate("RestoreBackup", "Restore a backup")
    path, _ = QFileDialog.getOpenFileName(
        parent, title, "", QCoreApplication.translate("RestoreBackup", "FaceLedger backups (*.flbackup *.zip)"))
    if not path:
        return None
    stem = "".join(c for c in Path(path).stem if c.isalnum() or c in "-_.") or "restored"
    name, ok = QInputDialog.getText(parent, title,
                                    QCoreApplication.translate("RestoreBackup", "Name for the restored vault:"),
                                    QLineEdit.EchoMode.Normal, stem)
    if not ok or not name.strip():
        return None
    from faceledger.errors import WrongPassphrase

    prompt = QCoreApplication.translate("RestoreBackup", "Passphrase of the backup:")
    while True:  # a wrong passphrase asks again, keeping the file and the name already chosen
        pw, ok = QInputDialog.getText(parent, QCoreApplication.translate("RestoreBackup", "Backup passphrase"),
                                      prompt, QLineEdit.EchoMode.Password)
        if not ok or not pw:
            return None
        try:
            return restore(path, name.strip(), pw)
        except WrongPassphrase as err:  # said above the same question, in the interface language
            prompt = shown(err.full_in(lang)) + "\n\n" + QCoreApplication.translate("RestoreBackup",
                                                                                  "Passphrase of the backup:")
        except FaceLedgerError as err:
            QMessageBox.warning(parent, QCoreApplication.translate("RestoreBackup", "Nothing was restored"),
                                shown(err.full_in(lang)))
            return None
