"""What a page shows while no vault is open or the vault is locked: why, and the button that opens one.

    gate = VaultGate(ctx, self.tr("Your ledger is kept in your vault."))
    layout.addWidget(gate)                # it refreshes itself on ctx.vault_changed
    gate.setVisible(ctx.vault is None)

The buttons only ask (``ctx.unlock_requested``, ``create_requested``, ``restore_requested``); the main
window answers with its dialogs, so every page offers the same way out and none is a dead end. The main
window puts a gate in front of each page that needs a vault; a page that works without one (Evidence's
"verify a bundle") can embed a gate where its vault-only part would be.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from faceledger.gui.buttons import make_primary
from faceledger.gui.colour_roles import Role, css
from faceledger.gui.context import AppContext


def vault_display_name(name: str) -> str:
    """A vault's name as the interface shows it: the one made on first run is "default", said in the
    interface language; a name the user chose is data, shown as typed."""
    return QCoreApplication.translate("VaultGate", "default vault") if name == "default" else name


class VaultGate(QWidget):
    def __init__(self, ctx: AppContext, why: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.why_text = why
        self.setObjectName("vaultGate")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setObjectName("gateTitle")
        outer.addWidget(self.title)
        self.why = QLabel()
        self.why.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.why.setWordWrap(True)
        outer.addWidget(self.why)
        row = QHBoxLayout()
        row.addStretch(1)
        self.btn_unlock = QPushButton()
        self.btn_create = QPushButton(self.tr("Create a vault…"))
        self.btn_restore = QPushButton(self.tr("Restore from a backup…"))
        for b in (self.btn_unlock, self.btn_create, self.btn_restore):
            row.addWidget(b)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.btn_unlock.clicked.connect(self.ctx.unlock_requested.emit)
        self.btn_create.clicked.connect(self.ctx.create_requested.emit)
        self.btn_restore.clicked.connect(self.ctx.restore_requested.emit)
        ctx.vault_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        from faceledger.vault.store import list_vaults

        locked = self.ctx.locked_name
        known = [] if locked else [m.name for m in list_vaults()]
        if locked:
            title = (self.tr("Your vault is locked") if locked == "default"
                     else self.tr("The vault “{0}” is locked").format(locked))
            self.title.setText("<h2>" + title + "</h2>")
            self.btn_unlock.setText(self.tr("Unlock…"))
        elif known:
            self.title.setText("<h2>" + self.tr("No vault is open") + "</h2>")
            self.btn_unlock.setText(self.tr("Open a vault…"))
        else:
            self.title.setText("<h2>" + self.tr("You have no vault yet") + "</h2>")
        muted = css(Role.MUTED)
        self.why.setText(f"<span style='color:{muted}'>{self.why_text}</span>" if self.why_text else "")
        can_open = bool(locked or known)
        self.btn_unlock.setVisible(can_open)
        self.btn_create.setVisible(not locked)
        self.btn_restore.setVisible(not locked)
        make_primary(self.btn_unlock, can_open)
        make_primary(self.btn_create, not can_open)
