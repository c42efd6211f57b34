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
    """

    ledger_changed = Signal()
    vault_changed = Signal()
    status = Signal(str)

    def __init__(self, vault: Vault | None = None, lang: str = "zh", parent: QObject | None = None):
        super().__init__(parent)
        self.vault = vault
        self.lang = lang
        self.pool = QThreadPool.globalInstance()

    def set_vault(self, vault: Vault | None) -> None:
        old = self.vault
        self.vault = vault
        if old is not None and old is not vault:
            old.close()
        self.vault_changed.emit()
