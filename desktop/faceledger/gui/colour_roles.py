"""Named colour roles with a light and a dark value, each meeting WCAG AA (4.5:1 for text).

Pages never write a colour of their own (``color:#444`` vanishes on a dark palette): they ask for a role.

    from faceledger.gui.colour_roles import Role, css, qcolor, banner_css
    label.setStyleSheet(f"color: {css(Role.ERROR)}")            # a text colour
    html = f"<span style='color:{css(Role.MUTED)}'>…</span>"     # inside rich text
    banner.setStyleSheet(banner_css(Role.DANGER_BANNER))         # a banner: text and background together
    model.data(ForegroundRole) -> QBrush(qcolor(Role.ERROR))

Which value is used follows the application palette: a window colour darker than mid-grey (what KDE
Breeze Dark or GNOME's dark style hand Qt) picks the dark value. :func:`contrast_ratio` is WCAG 2.1's
formula; ``tests/gui/test_colour_roles.py`` checks every role against the light and dark backgrounds
below, and ``tests/gui/gui_checks.py`` checks the colours pages actually draw.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

AA_TEXT = 4.5  # WCAG 2.1 AA for normal text


@dataclass(frozen=True)
class Shade:
    fg: str                 # text colour, "#rrggbb"
    bg: str | None = None   # background of a banner role; None: the text sits on the palette's own background


@dataclass(frozen=True)
class RoleColours:
    light: Shade
    dark: Shade


class Role(Enum):
    ERROR = RoleColours(Shade("#b00020"), Shade("#ff8a80"))          # errors, overdue
    WARNING = RoleColours(Shade("#8a4b00"), Shade("#ffc266"))        # caution, due soon
    SUCCESS = RoleColours(Shade("#1e6b2e"), Shade("#7fd98f"))        # done, verified
    MUTED = RoleColours(Shade("#595959"), Shade("#b8b8b8"))          # hints, secondary facts
    DANGER_BANNER = RoleColours(Shade("#7a0012", "#fdecea"), Shade("#ffdada", "#4d1a1f"))
    INFO_BANNER = RoleColours(Shade("#0b3d91", "#e8f0fe"), Shade("#d6e4ff", "#1c2b45"))


# Backgrounds the text roles must read on: Qt's Fusion and common desktop palettes, light and dark
# (Base = fields, tables, text browsers; Window = dialogs and labels; AlternateBase = striped rows).
LIGHT_BACKGROUNDS = ("#ffffff", "#efefef", "#f7f7f7", "#eff0f1", "#fafafa")
DARK_BACKGROUNDS = ("#1e1e1e", "#2a2a2a", "#353535", "#202326", "#141618", "#242424", "#31363b")


def _channel(c: float) -> float:
    c /= 255.0
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def parse_hex(colour: str) -> tuple[int, int, int]:
    h = colour.strip().lstrip("#")
    if len(h) == 3:
        h = "".join(ch * 2 for ch in h)
    if len(h) != 6:
        raise ValueError(f"not a #rgb or #rrggbb colour: {colour!r}")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def luminance(rgb: tuple[int, int, int]) -> float:
    r, g, b = (_channel(x) for x in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg: str | tuple[int, int, int], bg: str | tuple[int, int, int]) -> float:
    """WCAG 2.1 contrast ratio of two colours ("#rrggbb" or RGB tuples), from 1 to 21."""
    a = luminance(parse_hex(fg) if isinstance(fg, str) else fg)
    b = luminance(parse_hex(bg) if isinstance(bg, str) else bg)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def is_dark_palette(palette=None) -> bool:
    """True when the application's window colour is darker than mid-grey."""
    from PySide6.QtGui import QGuiApplication, QPalette

    pal = palette if palette is not None else QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def shade(role: Role, dark: bool | None = None) -> Shade:
    d = is_dark_palette() if dark is None else dark
    return role.value.dark if d else role.value.light


def css(role: Role, dark: bool | None = None) -> str:
    """The role's text colour as "#rrggbb", for style sheets and rich text."""
    return shade(role, dark).fg


def qcolor(role: Role, dark: bool | None = None):
    from PySide6.QtGui import QColor

    return QColor(css(role, dark))


def banner_css(role: Role, dark: bool | None = None) -> str:
    """A style sheet for a banner label: the role's text and background colours, padded."""
    s = shade(role, dark)
    return f"background:{s.bg}; color:{s.fg}; padding:6px; border-radius:4px"


def failures(minimum: float = AA_TEXT) -> list[str]:
    """Every role/background pair below ``minimum``, as readable lines (empty when all pass)."""
    out = []
    for role in Role:
        for mode, s, backs in (("light", role.value.light, LIGHT_BACKGROUNDS),
                               ("dark", role.value.dark, DARK_BACKGROUNDS)):
            for bg in ((s.bg,) if s.bg else backs):
                r = contrast_ratio(s.fg, bg)
                if r < minimum:
                    out.append(f"{role.name} ({mode}): {s.fg} on {bg} is {r:.2f}:1")
    return out
