"""No page forces the main window wider than a small laptop screen, in English, in Chinese and
pseudo-localised (every text about a third longer, as German or Russian would make it): rows of buttons wrap,
long explanations wrap and combo boxes do not take their longest item's width. Before, the pseudo-localised
window needed 1,447 px (Photo check), 1,202 (Settings) and 1,097 (Evidence)."""

from __future__ import annotations

import contextlib

import pytest
from gui_checks import click_page, open_main_window, pseudo_localised
from PySide6.QtWidgets import QApplication

PAGES = ("ledger", "letters", "photos", "evidence", "settings")


@pytest.mark.parametrize("mode, limit", [("en", 800), ("zh_CN", 800), ("pseudo", 1024)])
def test_every_page_fits_a_small_screen(qtbot, vault, mode, limit):
    with pseudo_localised() if mode == "pseudo" else contextlib.nullcontext():
        ctx, win = open_main_window(qtbot, vault, "en" if mode == "pseudo" else mode, started=True)
        wide = {}
        for key in PAGES:
            page = click_page(qtbot, win, key)
            QApplication.processEvents()
            wide[key] = win.minimumSizeHint().width()  # the window's minimum: every page visited so far
            win.resize(limit, 700)
            QApplication.processEvents()
            assert page.width() <= win.width(), (key, page.width(), win.width())
        assert max(wide.values()) <= limit, wide
