"""The Letters page driven through real widgets: pick, review, preview, export (recorded), mail, sent;
and the deadline reminders."""

from __future__ import annotations

import email
from datetime import date
from email import policy

import pytest
from faceledger.gui.context import AppContext
from faceledger.gui.pages.letters_page import LettersPage
from faceledger.gui.reminders import Reminders
from faceledger.law.facts import Sender
from faceledger.ledger import store
from faceledger.ledger.model import Collection, Holder
from faceledger.letters import record
from PySide6.QtGui import QGuiApplication


@pytest.fixture
def ledger(vault):
    h = store.add_holder(vault, Holder(name_zh="某某健身有限公司", category="other", email="privacy@gym.example"))
    c = store.add_collection(vault, Collection(holder_id=h.id, date="2024-03-05", context="entry", place="public",
                                               consent="bundled", alternative_offered=False))
    record.save_sender(vault, Sender(name="李明", email="liming@example.com", account_id="0012345"))
    return vault, h, c


def _page(qtbot, vault, lang="en"):
    page = LettersPage(AppContext(vault, lang))
    page.quiet_errors = True
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def test_wizard_preview_export_record_and_send(qtbot, ledger, tmp_path):
    vault, h, c = ledger
    page = _page(qtbot, vault)
    assert not page.no_vault.isVisible()
    assert page.holder_id() == h.id and page.collection_id() == c.id
    assert page.sender_name.text() == "李明"                       # the saved profile
    assert "Bundled into terms" in page.facts_view.toPlainText()
    page.set_type("deletion")
    page.set_lang("bilingual")
    page.go_to(1)
    findings = page.findings_view.toPlainText()
    assert "Art. 47" in findings or "第四十七条" in findings
    assert "处理敏感个人信息应当取得个人的单独同意" in findings      # the article text itself
    page.go_to(2)
    assert page.stack.currentIndex() == 2 and page.rendered is not None
    preview = page.preview.toPlainText()
    assert "个人信息删除请求书" in preview and "Request to delete personal information" in preview
    assert page.rendered.letter.deadline.working_days == 15
    out = tmp_path / "letter.pdf"
    page.export("pdf", str(out))
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert out.read_bytes().startswith(b"%PDF")
    req = page.last_request
    assert req is not None and req.state == "draft" and req.type == "deletion"
    assert vault.blobs.read_bytes(req.document_blob) == out.read_bytes()
    sent = page.mark_sent(channel="email")
    assert sent.state == "sent" and store.get_request(vault, req.id).state == "sent"
    assert "marked as sent" in page.recorded_label.text()


def test_open_in_mail_falls_back_to_the_clipboard(qtbot, ledger):
    vault, _, _ = ledger
    page = _page(qtbot, vault)
    opened = []
    page.url_opener = lambda url: opened.append(url.toString())
    page.set_type("withdrawal")
    page.go_to(2)
    link = page.open_in_mail()
    assert opened and opened[0].startswith("mailto:privacy@gym.example?subject=")
    assert not link.complete                                    # a real letter is too long for mailto
    assert QGuiApplication.clipboard().text() == page.rendered.text
    assert "clipboard" in page.status.text()
    req = page.last_request
    msg = email.message_from_bytes(vault.blobs.read_bytes(req.document_blob), policy=policy.default)
    assert msg["To"].addresses[0].addr_spec == "privacy@gym.example"


def test_followup_refers_to_the_earlier_request(qtbot, ledger):
    vault, h, c = ledger
    facts = record.facts_from_ledger(vault, h.id, c.id, as_of=date(2026, 10, 8))
    from faceledger.letters.compose import compose
    from faceledger.letters.export import render

    first = record.record_letter(vault, render(compose(facts, "deletion", "zh", reference="FL-FIRST")), "txt",
                                 b"x", holder_id=h.id, sent=True)
    page = _page(qtbot, vault)
    page.set_type("followup")
    page.set_lang("zh")
    assert page.prior_box.isEnabled() and page.prior_box.currentData() == first.id
    page.go_to(2)
    assert "FL-FIRST" in page.preview.toPlainText()


def test_missing_sender_contact_stays_on_step_one(qtbot, ledger):
    vault, _, _ = ledger
    page = _page(qtbot, vault)
    page.sender_email.setText("")
    page.go_to(2)
    assert page.stack.currentIndex() == 0
    assert "an e-mail address, a phone number or a postal address" in page.status.text()
    page.sender_email.setText("liming at example")
    page.go_to(1)
    assert page.stack.currentIndex() == 0 and "“liming at example” is not an e-mail address" in page.status.text()


def test_sender_problems_are_said_in_chinese_in_the_chinese_interface(qtbot, ledger):
    from faceledger.gui import i18n

    vault, _, _ = ledger
    i18n.install("zh_CN")
    try:
        page = _page(qtbot, vault, lang="zh")
        page.sender_name.setText("")
        page.go_to(1)
        assert page.stack.currentIndex() == 0 and "需要填写您的姓名" in page.status.text()
        page.sender_name.setText("李明")
        page.sender_email.setText("")
        page.go_to(1)
        assert "请至少提供一种对方答复您的方式" in page.status.text()
    finally:
        i18n.install("en")


def test_no_vault(qtbot):
    page = LettersPage(AppContext(None, "en"))
    qtbot.addWidget(page)
    page.show()
    assert page.no_vault.isVisible() and not page.stack.isEnabled()


def test_reminders_list_overdue_and_due_soon(qtbot, ledger):
    vault, h, c = ledger
    facts = record.facts_from_ledger(vault, h.id, c.id, as_of=date(2026, 11, 2))
    from faceledger.letters.compose import compose
    from faceledger.letters.export import render

    r1 = record.record_letter(vault, render(compose(facts, "deletion", "zh")), "txt", b"x", holder_id=h.id, sent=True)
    ctx = AppContext(vault, "en")
    today = {"d": date(2026, 11, 21)}
    rem = Reminders(ctx, tray=False, today=lambda: today["d"])
    got = []
    rem.changed.connect(got.append)
    assert [(i.request.id, i.overdue) for i in rem.items] == [(r1.id, False)]     # due 2026-11-23: soon
    today["d"] = date(2026, 11, 24)
    ctx.ledger_changed.emit()
    assert got and [(i.request.id, i.overdue, i.next_letter) for i in got[-1]] == [(r1.id, True, "followup")]
    assert "no reply since 2026-11-23" in rem.messages()[0]


def test_overdue_request_offers_the_followup(qtbot, ledger):
    vault, h, c = ledger
    from faceledger.letters.compose import compose
    from faceledger.letters.export import render

    facts = record.facts_from_ledger(vault, h.id, c.id, as_of=date(2025, 1, 6))
    first = record.record_letter(vault, render(compose(facts, "deletion", "zh", reference="FL-OLD")), "txt", b"x",
                                 holder_id=h.id, collection_id=c.id, sent=True)
    page = _page(qtbot, vault)
    assert page.due_box.isVisible() and page.due_list.count() == 1
    assert "Follow-up" in page.due_list.item(0).text()
    page.start_next_step(0)
    assert page.type_box.currentData() == "followup" and page.prior_box.currentData() == first.id
    assert page.stack.currentIndex() == 1
    page.go_to(2)
    assert "FL-OLD" in page.preview.toPlainText()


def test_the_saved_email_carries_the_letter_as_a_pdf_attachment(qtbot, ledger, tmp_path, monkeypatch):
    """QA: the .eml had the letter in its body only, though a lawyer sends the signed PDF with it."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QFileDialog, QPushButton

    vault, _h, _c = ledger
    page = _page(qtbot, vault)
    qtbot.waitExposed(page)
    for _ in range(2):
        (nxt,) = [b for b in page.findChildren(QPushButton) if b.text() == "Next"]
        qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    out = tmp_path / "letter.eml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    (save,) = [b for b in page.findChildren(QPushButton) if b.text() == "Save e-mail…"]
    assert save.isEnabled() and "PDF attachment" in save.toolTip()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: out.exists() and not page.busy, timeout=30000)
    msg = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    body = msg.get_body(("plain",)).get_content()
    assert "某某健身有限公司" in body
    [pdf] = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_content().startswith(b"%PDF-") and pdf.get_filename().endswith(".pdf")
