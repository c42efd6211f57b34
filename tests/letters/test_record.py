"""Letters in the vault: a generated letter is a Request with its file; overdue ones suggest the next letter."""

from __future__ import annotations

from datetime import date

import pytest
from faceledger.errors import InvalidValue
from faceledger.law.facts import Sender
from faceledger.ledger import store
from faceledger.ledger.model import Collection, Holder
from faceledger.letters import record
from faceledger.letters.compose import compose
from faceledger.letters.export import letter_bytes, render


@pytest.fixture
def ledger(vault):
    h = store.add_holder(vault, Holder(name_zh="某某健身有限公司", category="other", email="privacy@gym.example"))
    c = store.add_collection(vault, Collection(holder_id=h.id, date="2024-03-05", context="entry", place="public",
                                               consent="bundled", alternative_offered=False))
    record.save_sender(vault, Sender(name="李明", email="liming@example.com", account_id="0012345"))
    return vault, h, c


def test_sender_profile_round_trip(ledger):
    vault, _, _ = ledger
    s = record.load_sender(vault)
    assert (s.name, s.email, s.account_id) == ("李明", "liming@example.com", "0012345")


def test_letter_is_recorded_with_its_file(ledger):
    vault, h, c = ledger
    facts = record.facts_from_ledger(vault, h.id, c.id, as_of=date(2026, 11, 20))
    rendered = render(compose(facts, "deletion", "zh"))
    data = letter_bytes(rendered, "txt")
    req = record.record_letter(vault, rendered, "txt", data, holder_id=h.id, collection_id=c.id)
    got = store.get_request(vault, req.id)
    assert (got.type, got.state, got.reference, got.due_date) == (
        "deletion", "draft", rendered.letter.reference, "2026-12-11")
    assert vault.blobs.read_bytes(got.document_blob) == data
    assert vault.blob_info(got.document_blob)["filename"].endswith("-deletion-zh.txt")
    sent = record.mark_sent(vault, req.id, date_sent="2026-11-20", channel="email")
    assert (sent.state, sent.date_sent, sent.channel) == ("sent", "2026-11-20", "email")
    assert [e.state for e in store.request_events(vault, req.id)] == ["draft", "sent"]


def test_overdue_suggests_followup_then_complaint(ledger):
    vault, h, c = ledger
    facts = record.facts_from_ledger(vault, h.id, c.id, as_of=date(2026, 11, 2))
    rendered = render(compose(facts, "deletion", "zh"))
    req = record.record_letter(vault, rendered, "txt", b"x", holder_id=h.id, collection_id=c.id, sent=True)
    assert record.next_steps(vault, today=date(2026, 11, 20)) == []  # due 2026-11-23: not yet
    steps = record.next_steps(vault, today=date(2026, 11, 24))
    assert [(s.request.id, s.letter_type) for s in steps] == [(req.id, "followup")]
    # the follow-up refers to the first request
    prior = record.prior_from_request(store.get_request(vault, req.id))
    facts2 = record.facts_from_ledger(vault, h.id, c.id, as_of=date(2026, 11, 24))
    follow = render(compose(facts2, "followup", "zh", prior=prior))
    assert "本人于2026年11月2日向贵单位发出删除请求" in follow.text
    f_req = record.record_letter(vault, follow, "txt", b"y", holder_id=h.id, collection_id=c.id, sent=True)
    steps = record.next_steps(vault, today=date(2026, 12, 31))
    assert [(s.request.id, s.letter_type) for s in steps] == [(f_req.id, "complaint")]


def test_refusal_suggests_complaint(ledger):
    vault, h, c = ledger
    facts = record.facts_from_ledger(vault, h.id, c.id, as_of=date(2026, 11, 2))
    req = record.record_letter(vault, render(compose(facts, "withdrawal", "zh")), "txt", b"x", holder_id=h.id,
                               sent=True)
    store.update_request(vault, req.id, state="answered_refused", reply_date="2026-11-10")
    steps = record.next_steps(vault, today=date(2026, 11, 11))
    assert [s.letter_type for s in steps] == ["complaint"]


def test_collection_of_another_holder_is_refused(ledger):
    vault, _h, c = ledger
    h2 = store.add_holder(vault, Holder(name_zh="另一家", category="retail"))
    with pytest.raises(InvalidValue):
        record.facts_from_ledger(vault, h2.id, c.id)
