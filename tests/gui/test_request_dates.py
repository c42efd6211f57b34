"""Issue 11: the due date follows the real sent date. 'Mark as sent' counted it already; the request's own dialog
(Ledger → a request → update) let the user change the sent date and kept the due date counted from the old one."""

from __future__ import annotations

from datetime import date

import pytest
from faceledger.ledger import store
from faceledger.ledger.model import Holder, Request
from faceledger.letters.deadlines import add_working_days
from gui_checks import by_name, click_button, on_dialog
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QTextBrowser
from test_ledger_layout import _holders_table, _tab_to_link


@pytest.fixture
def letter_request(vault):
    h = store.add_holder(vault, Holder(name_zh="某某物业", category="residential", city="深圳"))
    r = store.add_request(vault, Request(holder_id=h.id, type="deletion", state="sent", channel="post",
                                         date_sent="2026-11-02", due_date="2026-11-23", reference="FL-TEST"))
    store.set_reply_days(vault, r.id, 15)
    return vault, r


def _type_date(qtbot, edit: QDateEdit, iso: str) -> None:
    """Type a date into a QDateEdit as a user does: select all of it, then type the digits."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, iso)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_new_sent_date_moves_the_due_date(qtbot, letter_request, lang):
    vault, req = letter_request
    table = _holders_table(qtbot, vault, lang)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 0)).center())
    detail = by_name(table.window(), QCoreApplication.translate("LedgerPage", "Holder details"), QTextBrowser)
    sent_label = QCoreApplication.translate("RequestDialog", "Date sent:").rstrip(":：")
    due_label = QCoreApplication.translate("RequestDialog", "Reply due:").rstrip(":：")
    want = add_working_days(date(2026, 11, 9), 15).due

    def edit(d):
        _type_date(qtbot, by_name(d, sent_label, QDateEdit), "2026-11-09")
        assert by_name(d, due_label, QDateEdit).date() == QDate(want.year, want.month, want.day)
        click_button(d, QCoreApplication.translate("QPlatformTheme", "Save"))

    _tab_to_link(qtbot, detail, f"req:{req.id}")
    seen = on_dialog(QDialog, edit)
    qtbot.keyClick(detail, Qt.Key.Key_Return)
    assert seen
    got = store.get_request(vault, req.id)
    assert got.date_sent == "2026-11-09" and got.due_date == want.isoformat()


def test_a_due_date_set_by_hand_is_kept(qtbot, letter_request):
    vault, req = letter_request
    table = _holders_table(qtbot, vault, "en")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 0)).center())
    detail = by_name(table.window(), "Holder details", QTextBrowser)

    def edit(d):
        _type_date(qtbot, by_name(d, "Reply due", QDateEdit), "2026-12-31")
        _type_date(qtbot, by_name(d, "Date sent", QDateEdit), "2026-11-09")
        assert by_name(d, "Reply due", QDateEdit).date() == QDate(2026, 12, 31)
        click_button(d, "Save")

    _tab_to_link(qtbot, detail, f"req:{req.id}")
    seen = on_dialog(QDialog, edit)
    qtbot.keyClick(detail, Qt.Key.Key_Return)
    assert seen
    got = store.get_request(vault, req.id)
    assert got.date_sent == "2026-11-09" and got.due_date == "2026-12-31"
