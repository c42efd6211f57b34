"""The Letters page never forces the window wider than a laptop screen: its two rows of actions ("Save or
send:", "Then:") wrap onto a second line when their labels grow (a longer language, pseudo-localisation)
instead of adding their whole width to the window's minimum, and every button stays whole and in view."""

from __future__ import annotations

import pytest
from faceledger.gui.context import AppContext
from faceledger.gui.pages.letters_page import LettersPage
from faceledger.law.facts import Sender
from faceledger.ledger import store
from faceledger.ledger.model import Collection, Holder
from faceledger.letters import record
from gui_checks import by_name, pseudo_localised
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QPushButton


@pytest.fixture
def ledger(vault):
    h = store.add_holder(vault, Holder(name_zh="某某健身有限公司", category="other", email="privacy@gym.example"))
    store.add_collection(vault, Collection(holder_id=h.id, date="2024-03-05", context="entry", place="public",
                                           consent="bundled", alternative_offered=False))
    record.save_sender(vault, Sender(name="李明", email="liming@example.com", account_id="0012345"))
    return vault


def _tr(text: str) -> str:
    return QCoreApplication.translate("LettersPage", text)


def _at_preview(qtbot, vault, lang: str, width: int) -> LettersPage:
    page = LettersPage(AppContext(vault, lang))
    page.quiet_errors = True
    qtbot.addWidget(page)
    page.resize(width, 760)
    page.show()
    qtbot.waitExposed(page)
    for _ in range(2):  # step 1 -> 2 -> 3, as a user clicks Next
        qtbot.mouseClick(by_name(page, _tr("Next"), QPushButton), Qt.MouseButton.LeftButton)
        QApplication.processEvents()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 2, timeout=5000)
    QApplication.processEvents()
    return page


def _actions_in_view(page: LettersPage) -> None:
    names = ["Export PDF…", "Export Word…", "Save e-mail…", "Mark as sent…", "Discard draft…"]
    for name in names:
        b = by_name(page, _tr(name), QPushButton)
        assert b.width() >= b.sizeHint().width(), (name, b.width(), b.sizeHint().width())
        right = b.mapTo(page, b.rect().topRight()).x()
        assert 0 <= right <= page.width(), (name, right, page.width())


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_letters_page_fits_a_small_window(qtbot, ledger, lang):
    page = _at_preview(qtbot, ledger, lang, 800)
    assert page.minimumSizeHint().width() <= 800, page.minimumSizeHint().width()
    _actions_in_view(page)


def test_pseudo_localised_actions_wrap_and_stay_whole(qtbot, ledger):
    with pseudo_localised():
        page = _at_preview(qtbot, ledger, "en", 900)
        assert page.minimumSizeHint().width() <= 900, page.minimumSizeHint().width()
        _actions_in_view(page)

