"""What every GUI page gets: the open vault, the language, the worker pool, app-wide signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

if TYPE_CHECKING:
    from faceledger.vault.store import Vault


class AppContext(QObject):
    """Shared by the main window and its pages.

    - ``vault``: the open :class:`~faceledger.vault.store.Vault` (None before first run / unlock).
    - ``lang``: ``"zh"`` or ``"en"``; the language of core texts (letters, reasons) to show.
    - ``pool``: the QThreadPool for long work (see :mod:`faceledger.gui.threads`).
    - ``ledger_changed``: emit after writing holders/collections/requests so other pages refresh.
    - ``vault_changed``: a different vault was opened.
    - ``status``: a short message for the status bar.
    - ``locked_name``: the name of the vault that was locked (None when open or never opened).
    - ``unlock_requested``/``create_requested``/``restore_requested``/``lock_requested``: a page (or its
      vault gate) asks the main window to open, create, restore or lock a vault.
    - ``open_letters_requested(holder_id)``: a page asks for the Letters page on that holder.
    """

    ledger_changed = Signal()
    vault_changed = Signal()
    status = Signal(str)
    unlock_requested = Signal()
    create_requested = Signal()
    restore_requested = Signal()
    lock_requested = Signal()
    open_letters_requested = Signal(int)
    locked_name: str | None = None

    def __init__(self, vault: Vault | None = None, lang: str = "zh", parent: QObject | None = None):
        super().__init__(parent)
        self.vault = vault
        self.lang = lang
        self.pool = QThreadPool.globalInstance()

    def set_vault(self, vault: Vault | None) -> None:
        old = self.vault
        self.vault = vault
        if vault is not None:
            self.locked_name = None
        if old is not None and old is not vault:
            old.close()
        self.vault_changed.emit()

    def lock(self) -> bool:
        """Close the vault and forget it (the key goes with the Vault object); pages hear vault_changed and
        show their locked state. Returns False when no vault was open."""
        old = self.vault
        if old is None:
            return False
        self.vault = None
        self.locked_name = old.name
        old.close()
        self.vault_changed.emit()
        return True
