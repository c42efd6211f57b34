"""Checks any GUI test can run over a window, page or dialog, as a user (or a screen reader) meets it.

    from gui_checks import (assert_accessible_names, assert_pseudo_localised, assert_readable_colours,
                            by_name, dark_palette, pseudo_localised)

- :func:`assert_accessible_names`: every visible interactive widget (buttons, fields, combo boxes,
  spin boxes, lists, tables, text browsers, sliders) has a name for assistive technology, as Qt's own
  accessibility layer reports it (its accessibleName, a button's text, or the label whose buddy it is).
- :func:`assert_pseudo_localised`: run under :func:`pseudo_localised` (``FACELEDGER_PSEUDO=1``): every
  visible text (labels, buttons, titles, placeholders, tooltips, combo items, table headers and cells,
  text browsers, menus) is made of pseudo-translated pieces ``[Text~~~]``; what is left must be data the
  test names in ``data`` (holder names it typed, file names, ids), numbers, dates or punctuation.
- :func:`assert_readable_colours`: every colour a widget draws text with (style sheets, rich text,
  table models' ForegroundRole) reaches WCAG AA (4.5:1) on the background it is drawn on. Run it with
  :func:`dark_palette` applied (``with palette_applied(dark_palette()):``) and with the light one.
- :func:`by_name`: find the visible widget a user would operate by its accessible name.
"""

from __future__ import annotations

import contextlib
import html
import os
import re
from collections.abc import Iterable, Iterator

from faceledger.gui.colour_roles import AA_TEXT, contrast_ratio
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QTextEdit,
               QPlainTextEdit, QAbstractSlider)


# ------------------------------------------------------------------ walking

def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    """``root`` and its descendants that are visible (to the user, when root is on screen)."""
    for w in [root, *root.findChildren(QWidget)]:
        if w is root or w.isVisibleTo(root):
            if w.isWindow() and w is not root:
                continue  # another window (a popup menu, a dialog): checked on its own
            yield w


def _is_internal(w: QWidget) -> bool:
    """Parts of a compound widget that assistive technology reaches through their owner."""
    if isinstance(w, (QScrollBar, QHeaderView)):
        return True
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, (QComboBox, QAbstractSpinBox)):
            return True  # a combo's line edit or list; a spin box's line edit
        if isinstance(p, QAbstractItemView) and not isinstance(w, QAbstractItemView):
            return True  # a table's corner button, an open cell editor
        if isinstance(p, QLineEdit):
            return True  # the clear button of a search field
        p = p.parentWidget()
    return False


def accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "") or w.accessibleName()


def unnamed_widgets(root: QWidget) -> list[str]:
    out = []
    for w in visible_widgets(root):
        if isinstance(w, INTERACTIVE) and not _is_internal(w) and not accessible_name(w).strip():
            out.append(f"{type(w).__name__} objectName={w.objectName()!r} "
                       f"text={getattr(w, 'text', lambda: '')()!r} parent={type(w.parentWidget()).__name__}")
    return out


def assert_accessible_names(root: QWidget) -> None:
    bad = unnamed_widgets(root)
    assert not bad, "visible interactive widgets without an accessible name:\n  " + "\n  ".join(bad)


def by_name(root: QWidget, name: str, cls: type = QWidget, *, exact: bool = True) -> QWidget:
    """The one visible widget of type ``cls`` whose accessible name is ``name`` (or contains it)."""
    found = [w for w in visible_widgets(root) if isinstance(w, cls) and not _is_internal(w)
             and (accessible_name(w) == name if exact else name in accessible_name(w))]
    if not found:
        names = sorted({accessible_name(w) for w in visible_widgets(root) if isinstance(w, cls)} - {""})
        raise AssertionError(f"no visible {cls.__name__} named {name!r}; visible names: {names}")
    if len(found) > 1:
        raise AssertionError(f"{len(found)} visible {cls.__name__} widgets named {name!r}")
    return found[0]


# ------------------------------------------------------------------ pseudo-localisation

@contextlib.contextmanager
def pseudo_localised(lang: str = "en") -> Iterator[None]:
    """Install the pseudo translator (FACELEDGER_PSEUDO=1) for the duration; build the UI inside."""
    from faceledger.gui import i18n

    old = os.environ.get("FACELEDGER_PSEUDO")
    os.environ["FACELEDGER_PSEUDO"] = "1"
    try:
        i18n.install(lang)
        yield
    finally:
        if old is None:
            os.environ.pop("FACELEDGER_PSEUDO", None)
        else:
            os.environ["FACELEDGER_PSEUDO"] = old
        i18n.install("en")


_PSEUDO = re.compile(r"\[(?:[^\[\]]|\[[^\[\]]*\])*?~+\]")  # a source text may hold brackets of its own
_TAGS = re.compile(r"<[^>]+>")
# numbers, dates, times, ids like FL-20250101-AB12, sizes, percentages, and punctuation carry no words
_NEUTRAL = re.compile(r"[\d\s\W_]+|\b[A-Z]{1,3}-[\w-]+\b|\b\d[\w.:-]*\b", re.UNICODE)
_HEX = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{8,}(?![0-9A-Za-z])")  # hashes, their prefixes, case ids


def _strip_pseudo(text: str) -> str:
    prev = None
    while prev != text:
        prev, text = text, _PSEUDO.sub(" ", text)
    return text


def leftover(text: str, data: Iterable[str] = ()) -> str:
    """What in ``text`` is neither pseudo-translated, nor named data, nor numbers/punctuation."""
    t = _strip_pseudo(html.unescape(_TAGS.sub(" ", text)))
    for d in sorted((d for d in data if d), key=len, reverse=True):
        t = t.replace(d, " ")
    t = _NEUTRAL.sub(" ", _HEX.sub(" ", t))
    return " ".join(t.split())


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can see or hover in ``root``."""
    def name(w):
        return f"{type(w).__name__}({w.objectName() or accessible_name(w)[:30]})"

    if root.isWindow() and root.windowTitle():
        yield f"{name(root)}.windowTitle", root.windowTitle()
    if isinstance(root, QMainWindow) and root.menuWidget() is not None:
        for action in root.menuBar().actions():
            yield "menu", action.text()
            if action.menu() is not None:
                yield from _menu_texts(action.menu())
    for w in visible_widgets(root):
        if w.toolTip():
            yield f"{name(w)}.toolTip", w.toolTip()
        if isinstance(w, QLabel):
            yield name(w), w.text()
        elif isinstance(w, QAbstractButton):
            yield name(w), w.text()
            if getattr(w, "menu", lambda: None)() is not None:
                yield from _menu_texts(w.menu())
        elif isinstance(w, QGroupBox):
            yield name(w), w.title()
        elif isinstance(w, QLineEdit) and not _is_internal(w):
            yield f"{name(w)}.placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name(w)}[{i}]", w.itemText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{name(w)}.tab{i}", w.tabText(i)
        elif isinstance(w, (QTextEdit, QPlainTextEdit)) and w.isReadOnly():
            yield name(w), w.toPlainText()
        elif isinstance(w, QAbstractSpinBox):
            yield f"{name(w)}.suffix", getattr(w, "suffix", lambda: "")()
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            m = w.model()
            for c in range(_cols(m)):
                yield f"{name(w)}.header{c}", str(m.headerData(c, Qt.Orientation.Horizontal) or "")
            for r in range(min(m.rowCount(QModelIndex()), 50)):
                for c in range(max(1, _cols(m))):
                    v = m.index(r, c, QModelIndex()).data()
                    if isinstance(v, str):
                        yield f"{name(w)}[{r},{c}]", v


def _menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    for a in menu.actions():
        if not a.isSeparator():
            yield f"menu({menu.title()})", a.text()
            if a.toolTip() and a.toolTip() != a.text().replace("&", ""):
                yield f"menu({menu.title()}).toolTip", a.toolTip()
        if a.menu() is not None and a.menu() is not menu:
            yield from _menu_texts(a.menu())


def _cols(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model (QListWidget's) keeps columnCount private: one column
        return 1


def untranslated_texts(root: QWidget, data: Iterable[str] = ()) -> list[str]:
    data = list(data)
    out = []
    for where, text in visible_texts(root):
        rest = leftover(text.replace("&", ""), data)
        if rest:
            out.append(f"{where}: {rest!r} (in {text[:120]!r})")
    return out


def assert_pseudo_localised(root: QWidget, data: Iterable[str] = ()) -> None:
    bad = untranslated_texts(root, data)
    assert not bad, "visible text that is not translated at display time:\n  " + "\n  ".join(bad)


# ------------------------------------------------------------------ colours

def dark_palette() -> QPalette:
    """A dark palette like KDE Breeze Dark hands Qt (window #31363b, base #1b1e20, text #fcfcfc)."""
    p = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#31363b"), (QPalette.ColorRole.WindowText, "#fcfcfc"),
                         (QPalette.ColorRole.Base, "#1b1e20"), (QPalette.ColorRole.AlternateBase, "#232629"),
                         (QPalette.ColorRole.Text, "#fcfcfc"), (QPalette.ColorRole.Button, "#31363b"),
                         (QPalette.ColorRole.ButtonText, "#fcfcfc"), (QPalette.ColorRole.ToolTipBase, "#31363b"),
                         (QPalette.ColorRole.ToolTipText, "#fcfcfc"), (QPalette.ColorRole.Highlight, "#3daee9"),
                         (QPalette.ColorRole.HighlightedText, "#fcfcfc"), (QPalette.ColorRole.Link, "#1d99f3"),
                         (QPalette.ColorRole.PlaceholderText, "#a1a9b1"), (QPalette.ColorRole.BrightText, "#ffffff")):
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6e7175"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6e7175"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6e7175"))
    return p


@contextlib.contextmanager
def palette_applied(palette: QPalette) -> Iterator[None]:
    app = QApplication.instance()
    old = app.palette()
    app.setPalette(palette)
    try:
        yield
    finally:
        app.setPalette(old)


_CSS_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{3,6}|[a-z]+)", re.I)
_CSS_BG = re.compile(r"background(?:-color)?\s*:\s*(#[0-9a-fA-F]{3,6}|[a-z]+)", re.I)
_HTML_COLOUR = re.compile(r"<font[^>]*color=['\"]?(#[0-9a-fA-F]{3,6}|[a-z]+)", re.I)


def _hex(c: str) -> str | None:
    q = QColor(c)
    return q.name() if q.isValid() else None


def _bg_of(w: QWidget) -> str:
    m = _CSS_BG.search(w.styleSheet() or "")
    if m and _hex(m.group(1)):
        return _hex(m.group(1))
    role = QPalette.ColorRole.Base if isinstance(w, (QAbstractItemView, QTextEdit, QPlainTextEdit, QLineEdit)) \
        else QPalette.ColorRole.Window
    return w.palette().color(role).name()


def drawn_colours(root: QWidget) -> Iterator[tuple[str, str, str]]:
    """(where, text colour, background) for every text colour a widget sets itself."""
    for w in visible_widgets(root):
        where = f"{type(w).__name__}({w.objectName() or accessible_name(w)[:30]})"
        bg = _bg_of(w)
        for m in _CSS_COLOUR.finditer(w.styleSheet() or ""):
            if _hex(m.group(1)):
                yield f"{where}.styleSheet", _hex(m.group(1)), bg
        rich = ""
        if isinstance(w, QLabel):
            rich = w.text()
        elif isinstance(w, QTextEdit):
            rich = w.toHtml()
        elif isinstance(w, QAbstractButton):
            rich = ""
        for rx in (_CSS_COLOUR, _HTML_COLOUR):
            for m in rx.finditer(rich):
                c = _hex(m.group(1))
                if c:
                    yield f"{where}.html", c, bg
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            for r in range(min(m.rowCount(QModelIndex()), 50)):
                for c in range(_cols(m)):
                    idx = m.index(r, c)
                    fg = idx.data(Qt.ItemDataRole.ForegroundRole)
                    if fg is None:
                        continue
                    cell_bg = idx.data(Qt.ItemDataRole.BackgroundRole)
                    colour = fg.color() if hasattr(fg, "color") else QColor(fg)
                    back = (cell_bg.color() if hasattr(cell_bg, "color") else QColor(cell_bg)).name() \
                        if cell_bg is not None else bg
                    yield f"{where}[{r},{c}]", colour.name(), back
                    if cell_bg is None:
                        alt = w.palette().color(QPalette.ColorRole.AlternateBase).name()
                        yield f"{where}[{r},{c}] (striped)", colour.name(), alt


def unreadable_colours(root: QWidget, minimum: float = AA_TEXT) -> list[str]:
    return [f"{where}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1"
            for where, fg, bg in drawn_colours(root) if contrast_ratio(fg, bg) < minimum]


def assert_readable_colours(root: QWidget, minimum: float = AA_TEXT) -> None:
    bad = unreadable_colours(root, minimum)
    assert not bad, f"text colours under {minimum}:1 against their background:\n  " + "\n  ".join(bad)


# ------------------------------------------------------------------ modal dialogs

class Seen(list):
    """The dialogs ``on_dialog`` acted on; ``assert seen`` fails when none opened, and re-raises what failed
    inside the dialog (the dialog is closed then, so a failed step never leaves the test hanging)."""

    error: BaseException | None = None

    def __bool__(self) -> bool:
        if self.error is not None:
            raise self.error
        return len(self) > 0


def on_dialog(cls: type, act, *, timeout_ms: int = 5000) -> Seen:
    """Run ``act(dialog)`` on the next modal dialog of type ``cls`` once it is open (a dialog's exec() blocks
    the test, so the steps inside it are scheduled before the click that opens it). Returns a :class:`Seen`
    that receives the dialog, so the test can check that it ran."""
    from PySide6.QtCore import QTimer

    seen = Seen()
    waited = [0]

    def poll() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, cls) and w.isVisible():
            seen.append(w)
            try:
                act(w)
            except BaseException as err:  # noqa: BLE001 - said by the test's own assert
                seen.error = err
                if w.isVisible():
                    w.reject()
                return

            def still_open() -> None:
                from shiboken6 import isValid

                if isValid(w) and w.isVisible() and w is QApplication.activeModalWidget():
                    seen.error = AssertionError(f"{type(w).__name__} still open after the test's steps")
                    w.reject()

            QTimer.singleShot(timeout_ms, still_open)
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def click_button(root: QWidget, text: str) -> None:
    """Click the visible button of ``root`` whose text (mnemonic aside) is ``text`` (dialogs' own buttons)."""
    from PySide6.QtTest import QTest

    for b in root.findChildren(QAbstractButton):
        if b.isVisible() and b.text().replace("&", "") == text:
            QTest.mouseClick(b, Qt.MouseButton.LeftButton)
            return
    raise AssertionError(f"no visible button {text!r}: "
                         f"{[b.text() for b in root.findChildren(QAbstractButton) if b.isVisible()]}")


def toggle(qtbot, box) -> None:
    """Click a check box or radio button on its indicator (a wide one's centre can be past its label)."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def open_main_window(qtbot, vault, lang: str = "en", *, started: bool = False):
    """The main window as the app shows it (translations for ``lang``), painted; ``started``: also past its
    start (the vault's reminders, the auto-lock). Returns (context, window)."""
    from faceledger.gui.app import build_window

    ctx, win = build_window(vault, lang)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win._painted, timeout=3000)
    if started:
        win.start()
        qtbot.waitUntil(lambda: win.reminders is not None, timeout=3000)
    return ctx, win


def click_page(qtbot, win, key: str) -> QWidget | None:
    """Click the navigation list's entry for page ``key`` (as a user picks a page); returns the page widget
    (None while a gate stands in for it: locked, or no vault)."""
    from faceledger.gui.main_window import PAGES

    row = [p.key for p in PAGES].index(key)
    qtbot.mouseClick(win.nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.nav.visualItemRect(win.nav.item(row)).center())
    qtbot.waitUntil(lambda: key in win._pages or key in win._gates, timeout=3000)
    QApplication.processEvents()
    return win._pages.get(key)
