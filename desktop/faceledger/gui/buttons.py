"""Button conventions shared by the pages: one primary action per row, and disabled buttons that say why.

    make_primary(button)                       # the one action a row or screen is about (bold, default)
    set_enabled_why(button, ok, self.tr("Export the letter first."))   # disabled with the reason as tooltip
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QPushButton

_WHY = "_faceledger_enabled_tip"


def make_primary(button: QPushButton, primary: bool = True) -> None:
    """Mark (or unmark) the row's primary button: bold text, and the default button inside a dialog."""
    font = button.font()
    font.setBold(primary)
    button.setFont(font)
    button.setProperty("primary", primary)
    button.setDefault(primary)
    button.setAutoDefault(primary)


def is_primary(button: QAbstractButton) -> bool:
    return bool(button.property("primary"))


def set_enabled_why(button: QAbstractButton, enabled: bool, why_not: str = "") -> None:
    """Enable ``button``, or disable it with ``why_not`` as its tooltip (the enabled tooltip comes back)."""
    if button.property(_WHY) is None:
        button.setProperty(_WHY, button.toolTip())
    button.setEnabled(enabled)
    button.setToolTip(button.property(_WHY) if enabled or not why_not else why_not)
