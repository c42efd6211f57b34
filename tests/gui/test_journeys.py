"""The consumer's journey, by mouse and keyboard, in Chinese and in English: first run with a passphrase, the
checklist with Enter, a holder, a letter, PDF then Word (one request), marked sent on the day it went out,
overdue, the follow-up. And a keyboard-only journey. Widgets are found by their accessible names in the
interface language; nothing calls a page's methods."""

from __future__ import annotations

from datetime import date, timedelta

import keyring
import keyring.backends.fail
import pytest
from faceledger.gui.app import build_window
from faceledger.ledger import store
from gui_checks import by_name, click_button, on_dialog, toggle
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QLineEdit, QPushButton, QTableView

PW = "four random words 77"


def T(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def activate(qtbot, win) -> None:
    """What the window manager does when a dialog closes: the main window is active again (offscreen has
    no window manager), so its menu shortcuts apply."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QCoreApplication.instance().activeWindow() is win, timeout=2000)


def click(qtbot, w) -> None:
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton)


def save_as(path):
    """What the user does in the save dialog: type the file name and press Enter."""
    def act(d: QFileDialog):
        name = d.findChild(QLineEdit, "fileNameEdit")
        name.selectAll()
        name.setText(str(path))  # QTest types Latin-1 only; the temporary path may hold any character
        d.accept()
    return act


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_consumer_journey(qtbot, lang, tmp_path):
    keyring.set_keyring(keyring.backends.fail.Keyring())   # no keychain here: the passphrase path
    ctx, win = build_window(None, lang)
    qtbot.addWidget(win)

    def first_run(d):
        assert d.rb_pass.isChecked() and d.name_edit.isVisible()
        qtbot.keyClicks(d.pw1, PW)
        qtbot.keyClicks(d.pw2, PW)
        qtbot.keyClick(d.pw2, Qt.Key.Key_Return)           # Enter creates the vault

    created = on_dialog(QDialog, first_run)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: ctx.vault is not None, timeout=8000)
    assert created and ctx.vault.meta.key_mode == "passphrase"
    qtbot.waitUntil(lambda: win.current_page_key() == "ledger", timeout=3000)

    # the empty ledger's one action: the checklist, answered with Enter
    def checklist(d):
        toggle(qtbot, d.checks["face_payment"])
        qtbot.keyClick(d, Qt.Key.Key_Return)
        qtbot.keyClicks(d.item_pages[0].name, "Gym Co")
        qtbot.keyClick(d.item_pages[0].name, Qt.Key.Key_Return)

    seen = on_dialog(QDialog, checklist)
    click(qtbot, by_name(win, T("LedgerPage", "Find who holds your face…"), QPushButton))
    assert seen
    table = by_name(win, T("LedgerPage", "Holders"), QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=3000)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(0, 0)).center())

    # Write a letter: Letters opens on this holder
    click(qtbot, by_name(win, T("LedgerPage", "Write a letter…"), QPushButton))
    assert win.current_page_key() == "letters"
    name = by_name(win, T("LettersPage", "Name"), QLineEdit)
    qtbot.keyClicks(name, "Li Ming")
    qtbot.keyClicks(by_name(win, T("LettersPage", "E-mail"), QLineEdit), "li@example.com")
    nxt = by_name(win, T("LettersPage", "Next"), QPushButton)
    click(qtbot, nxt)
    click(qtbot, nxt)
    export_pdf = by_name(win, T("LettersPage", "Export PDF…"), QPushButton)
    assert not by_name(win, T("LettersPage", "Mark as sent…"), QPushButton).isEnabled()

    pdf, docx = tmp_path / "letter.pdf", tmp_path / "letter.docx"
    seen = on_dialog(QFileDialog, save_as(pdf))
    click(qtbot, export_pdf)
    assert seen
    qtbot.waitUntil(lambda: pdf.exists() and export_pdf.isEnabled(), timeout=30000)
    seen = on_dialog(QFileDialog, save_as(docx))
    click(qtbot, by_name(win, T("LettersPage", "Export Word…"), QPushButton))
    assert seen
    qtbot.waitUntil(lambda: docx.exists() and export_pdf.isEnabled(), timeout=30000)
    reqs = store.list_requests(ctx.vault)
    assert len(reqs) == 1 and reqs[0].state == "draft"                         # one request, two files
    assert sorted(d.format for d in store.request_documents(ctx.vault, reqs[0].id)) == ["docx", "pdf"]

    # it went out by post 30 days ago: the reply was due 15 working days after that
    sent_on = date.today() - timedelta(days=30)

    def mark_sent(d):
        d.date.setFocus()
        qtbot.keyClick(d.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(d.date, sent_on.isoformat())
        d.channel.setFocus()
        d.channel.setCurrentIndex(d.channel.findData("post"))
        click_button(d, T("MarkSentDialog", "Mark as sent"))

    seen = on_dialog(QDialog, mark_sent)
    click(qtbot, by_name(win, T("LettersPage", "Mark as sent…"), QPushButton))
    assert seen
    req = store.get_request(ctx.vault, reqs[0].id)
    assert (req.state, req.date_sent, req.channel) == ("sent", sent_on.isoformat(), "post")
    assert req.is_overdue()
    # one due date on the screen: the line above the letter follows the real sent date too
    line = by_name(win, T("LettersPage", "Reference and reply date"), QLabel).text()
    assert req.due_date in line and sent_on.isoformat() in line, line

    # overdue: the Ledger's banner takes the user to the follow-up
    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    banner = win.findChild(QPushButton, "overdueBanner")
    qtbot.waitUntil(banner.isVisible, timeout=3000)
    click(qtbot, banner)
    assert win.current_page_key() == "letters"
    click(qtbot, by_name(win, T("LettersPage", "Write it"), QPushButton))
    click(qtbot, by_name(win, T("LettersPage", "Next"), QPushButton))
    follow = tmp_path / "followup.pdf"
    seen = on_dialog(QFileDialog, save_as(follow))
    click(qtbot, by_name(win, T("LettersPage", "Export PDF…"), QPushButton))
    assert seen
    qtbot.waitUntil(lambda: follow.exists() and len(store.list_requests(ctx.vault)) == 2, timeout=30000)
    assert [r.type for r in store.list_requests(ctx.vault)][-1] == "followup"
    ctx.vault.close()
    ctx.vault = None


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_keyboard_only_journey(qtbot, lang):
    from faceledger.vault.store import create_vault

    create_vault("default", passphrase=PW, use_keychain=False).close()
    ctx, win = build_window(None, lang)
    qtbot.addWidget(win)

    def unlock(d):
        qtbot.keyClicks(d.pw, PW)
        qtbot.keyClick(d.pw, Qt.Key.Key_Return)

    seen = on_dialog(QDialog, unlock)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: ctx.vault is not None, timeout=8000)
    assert seen

    def new_holder(d):
        qtbot.keyClicks(d.fields["name"], "Metro Line 9")
        qtbot.keyClick(d.fields["name"], Qt.Key.Key_Return)            # Enter saves

    seen = on_dialog(QDialog, new_holder)
    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen and [h.name_zh for h in store.list_holders(ctx.vault)] == ["Metro Line 9"]
    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QCoreApplication.instance().focusWidget() or win, "Metro")
    table = by_name(win, T("LedgerPage", "Holders"), QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=3000)
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock
    assert ctx.vault is None
    gate_button = QCoreApplication.instance().focusWidget()
    assert isinstance(gate_button, QPushButton) and gate_button.text() == T("VaultGate", "Unlock…")
    seen = on_dialog(QDialog, unlock)
    qtbot.keyClick(gate_button, Qt.Key.Key_Space)                    # unlock without the mouse
    assert seen and ctx.vault is not None
    assert by_name(win, T("LedgerPage", "Search holders"), QLineEdit).text() == "Metro"
    ctx.vault.close()
    ctx.vault = None
