"""One request per letter: other formats attach to it; a draft can be discarded; a request deleted with its
files while evidence citing it keeps its own copy; marking sent moves the due date with the real date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from faceledger.errors import InvalidValue
from faceledger.law.facts import Sender
from faceledger.ledger import store
from faceledger.ledger.model import Collection, Holder
from faceledger.letters import record
from faceledger.letters.compose import compose
from faceledger.letters.deadlines import add_working_days
from faceledger.letters.export import render


@pytest.fixture
def letter(vault):
    h = store.add_holder(vault, Holder(name_zh="某某健身有限公司", category="other", email="privacy@gym.example"))
    c = store.add_collection(vault, Collection(holder_id=h.id, date="2024-03-05", context="entry", consent="bundled"))
    record.save_sender(vault, Sender(name="李明", email="liming@example.com"))
    facts = record.facts_from_ledger(vault, h.id, c.id, as_of=date.today() - timedelta(days=20))
    return vault, h, c, render(compose(facts, "deletion", "zh", reply_days=10))


def test_formats_of_one_letter_make_one_request(letter):
    vault, h, c, rendered = letter
    pdf = record.record_letter(vault, rendered, "pdf", b"%PDF-1", holder_id=h.id, collection_id=c.id)
    docx = record.record_letter(vault, rendered, "docx", b"PK-docx", holder_id=h.id, collection_id=c.id)
    again = record.record_letter(vault, rendered, "pdf", b"%PDF-2", holder_id=h.id, collection_id=c.id)
    assert pdf.id == docx.id == again.id
    assert len(store.list_requests(vault, holder_id=h.id)) == 1
    docs = {d.format: vault.blobs.read_bytes(d.blob_id) for d in store.request_documents(vault, pdf.id)}
    assert docs == {"pdf": b"%PDF-2", "docx": b"PK-docx"}           # the PDF re-exported replaces the first
    assert vault.blobs.read_bytes(store.get_request(vault, pdf.id).document_blob) == b"%PDF-2"
    assert vault.query_one("SELECT count(*) FROM blobs")[0] == 2       # the replaced file is gone
    codes = [(e.code, e.detail) for e in store.request_events(vault, pdf.id)]
    assert codes[0] == ("letter_generated", {"reference": rendered.letter.reference, "format": "pdf"})
    assert codes[1:] == [("document_added", {"format": "docx"}), ("document_added", {"format": "pdf"})]
    assert all(e.note is None for e in store.request_events(vault, pdf.id))  # codes, not sentences


def test_mark_sent_uses_the_real_date_and_channel(letter):
    vault, h, c, rendered = letter
    req = record.record_letter(vault, rendered, "pdf", b"%PDF", holder_id=h.id)
    sent_on = date.today() - timedelta(days=3)
    done = record.mark_sent(vault, req.id, date_sent=sent_on.isoformat(), channel="post")
    assert (done.state, done.date_sent, done.channel) == ("sent", sent_on.isoformat(), "post")
    assert done.due_date == add_working_days(sent_on, 10).due.isoformat() != req.due_date
    ev = store.request_events(vault, req.id)[-1]
    assert (ev.code, ev.date, ev.detail) == ("sent", sent_on.isoformat(), {"channel": "post"})
    with pytest.raises(InvalidValue):
        record.mark_sent(vault, req.id, date_sent=(date.today() + timedelta(days=2)).isoformat())
    with pytest.raises(InvalidValue):
        record.mark_sent(vault, req.id, channel="pigeon")


def test_mark_sent_on_a_request_recorded_before_reply_days_were_kept(letter):
    vault, h, c, rendered = letter
    req = record.record_letter(vault, rendered, "pdf", b"%PDF", holder_id=h.id)
    with vault.transaction() as db:
        db.execute("DELETE FROM request_letters")
        db.execute("UPDATE requests SET created_at = ?", (rendered.letter.date.isoformat() + "T09:00:00+00:00",))
    assert store.reply_days(vault, req.id) is None
    assert record.reply_period(vault, store.get_request(vault, req.id)) == 10
    sent = record.mark_sent(vault, req.id, date_sent=date.today().isoformat())
    assert sent.due_date == add_working_days(date.today(), 10).due.isoformat()


def test_discard_a_draft_and_not_a_sent_request(letter):
    vault, h, c, rendered = letter
    req = record.record_letter(vault, rendered, "pdf", b"%PDF", holder_id=h.id)
    record.mark_sent(vault, req.id)
    with pytest.raises(InvalidValue):
        record.discard_draft(vault, req.id)
    other = render(compose(record.facts_from_ledger(vault, h.id, c.id), "withdrawal", "zh"))
    draft = record.record_letter(vault, other, "docx", b"PK", holder_id=h.id)
    record.discard_draft(vault, draft.id)
    assert [r.id for r in store.list_requests(vault, holder_id=h.id)] == [req.id]
    assert store.request_documents(vault, draft.id) == []


def test_deleting_a_request_keeps_the_evidence_copy(letter):
    from faceledger.evidence import store as ev_store
    from faceledger.evidence.from_ledger import add_request_entries

    vault, h, c, rendered = letter
    req = record.record_letter(vault, rendered, "pdf", b"%PDF-letter", holder_id=h.id)
    record.mark_sent(vault, req.id, channel="email")
    case = ev_store.create_case(vault, "c")
    entry = add_request_entries(vault, case, req.id)[0]
    store.delete_request(vault, req.id)
    assert store.list_requests(vault, holder_id=h.id) == []
    assert vault.query_one("SELECT count(*) FROM request_documents")[0] == 0
    kept = ev_store.list_entries(vault, case)[0]
    assert kept.request_uid == req.uid == entry.request_uid
    assert vault.blobs.read_bytes(kept.exhibits[0].blob_id) == b"%PDF-letter"
    assert ev_store.check_stored_chain(vault, case) is None


def test_deleting_a_holder_removes_its_letters_files(letter):
    vault, h, c, rendered = letter
    record.record_letter(vault, rendered, "pdf", b"%PDF", holder_id=h.id)
    record.record_letter(vault, rendered, "docx", b"PK", holder_id=h.id)
    ids = [r[0] for r in vault.query("SELECT id FROM blobs")]
    assert len(ids) == 2
    store.delete_holder(vault, h.id)
    assert vault.query_one("SELECT count(*) FROM blobs")[0] == 0
    assert not any(vault.blobs.exists(b) for b in ids)
