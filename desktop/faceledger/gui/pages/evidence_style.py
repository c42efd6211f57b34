"""Colours of the evidence page, taken from the palette (light or dark) and checked for WCAG AA contrast.

Qt's palette has no "error" or "success" role: each is a pair (for a light and a dark window) chosen against
the palette's base colour, and ``color()`` falls back to the text colour if a theme's base makes the pair too
faint. Nothing here is a fixed #000/#444/#666: ordinary text keeps the palette's own text colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

AA = 4.5  # WCAG 2.x contrast for normal text

_PAIRS = {  # role -> (on a light window, on a dark window)
    "error": ("#b00020", "#ff8a80"),
    "ok": ("#1b5e20", "#81c784"),
    "warn": ("#8a4b00", "#ffcc80"),
}


def _luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def color(widget: QWidget, role: str) -> str:
    """The colour (#rrggbb) for ``role`` ("error", "ok", "warn") on this widget's palette, AA against its base."""
    pal = widget.palette()
    base = pal.color(QPalette.ColorRole.Base)
    c = QColor(_PAIRS[role][1 if is_dark(pal) else 0])
    if contrast(c, base) < AA or contrast(c, pal.color(QPalette.ColorRole.Window)) < AA:
        c = pal.color(QPalette.ColorRole.Text)
    return c.name()


def style(widget: QWidget, role: str | None) -> str:
    """A style sheet colouring ``widget``'s text for ``role`` (None: the palette's own text colour)."""
    return f"color:{color(widget, role)}" if role else ""
