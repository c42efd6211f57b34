"""First run (create a vault) and unlock (passphrase) dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from faceledger.errors import FaceLedgerError, is_zh
from faceledger.gui.i18n import current_core_lang


class FirstRunDialog(QDialog):
    """Create the first vault: key in the OS keychain when there is one, or a passphrase."""

    def __init__(self, name: str = "default", parent: QWidget | None = None, *, lang: str | None = None):
        super().__init__(parent)
        from faceledger.vault import keys

        self.lang = lang or current_core_lang()  # of the core's messages: the interface language
        self.vault = None
        self.setWindowTitle(self.tr("Welcome to FaceLedger"))
        self.setMinimumWidth(520)
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
        self.rb_keychain = QRadioButton(self.tr("Keep the key in this computer's keychain (no passphrase to type)"))
        self.rb_pass = QRadioButton(self.tr("Protect the key with a passphrase (asked each time you open the app)"))
        group = QButtonGroup(self)
        group.addButton(self.rb_keychain)
        group.addButton(self.rb_pass)
        lay.addWidget(self.rb_keychain)
        if not self.kc_ok:
            self.rb_keychain.setEnabled(False)
            note = QLabel(self.tr("No usable keychain was found on this system ({0}). "
                                  "FaceLedger never stores keys in plaintext, so use a passphrase.").format(kc_why))
            note.setWordWrap(True)
            note.setObjectName("keychainNote")
            lay.addWidget(note)
        lay.addWidget(self.rb_pass)
        (self.rb_keychain if self.kc_ok else self.rb_pass).setChecked(True)

        self.pass_box = QWidget()
        form = QFormLayout(self.pass_box)
        self.name_edit = QLineEdit(name)
        self.pw1 = QLineEdit()
        self.pw1.setEchoMode(QLineEdit.EchoMode.Password)
        self.pw2 = QLineEdit()
        self.pw2.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(True)
        self.strength.setValue(0)
        self.strength.setFormat("")
        form.addRow(self.tr("Passphrase:"), self.pw1)
        form.addRow(self.tr("Repeat:"), self.pw2)
        form.addRow(self.tr("Strength:"), self.strength)
        hint = QLabel(self.tr("A few unrelated words make a strong passphrase. If you forget it, "
                              "nobody can open the vault: keep a backup."))
        hint.setWordWrap(True)
        form.addRow(hint)
        lay.addWidget(self.pass_box)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create vault"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.rb_pass.toggled.connect(self._mode_changed)
        self.pw1.textChanged.connect(self._update_strength)
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.pass_box.setVisible(self.rb_pass.isChecked())
        self.adjustSize()

    def _update_strength(self, text: str) -> None:
        from faceledger.vault.keys import passphrase_strength

        s = passphrase_strength(text)
        labels = [self.tr("very weak"), self.tr("weak"), self.tr("fair"), self.tr("good"), self.tr("strong")]
        self.strength.setValue(s.score)
        self.strength.setFormat(labels[s.score] if text else "")

    def create(self) -> None:
        from faceledger.vault.store import create_vault

        self.error.clear()
        try:
            if self.rb_pass.isChecked():
                if self.pw1.text() != self.pw2.text():
                    self.error.setText(self.tr("The two passphrases differ."))
                    return
                self.vault = create_vault(self.name_edit.text() or "default", passphrase=self.pw1.text(),
                                          use_keychain=False)
            else:
                self.vault = create_vault(self.name_edit.text() or "default", use_keychain=True)
        except FaceLedgerError as err:
            self.error.setText(err.full_in(self.lang))
            return
        self.accept()


class UnlockDialog(QDialog):
    """Ask for the passphrase; a wrong one says so and lets the user try again."""

    def __init__(self, name: str, parent: QWidget | None = None, *, lang: str | None = None):
        super().__init__(parent)
        self.lang = lang or current_core_lang()  # of the core's messages: the interface language
        self.name = name
        self.vault = None
        self.setWindowTitle(self.tr("Unlock vault"))
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        label = QLabel(self.tr("Enter the passphrase of vault “{0}”.").format(name))
        label.setWordWrap(True)
        lay.addWidget(label)
        self.pw = QLineEdit()
        self.pw.setEchoMode(QLineEdit.EchoMode.Password)
        lay.addWidget(self.pw)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

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
            self.error.setText(err.full_in(self.lang))
            return
        self.accept()
