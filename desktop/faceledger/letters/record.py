"""Letters in the vault: compose from the ledger, record each generated letter as a Request with the
rendered file as an encrypted blob, and say what to do about overdue or refused requests.

- :func:`facts_from_ledger`: the law facts for a holder and one of its collections, as of a date.
- :func:`record_letter`: store the file (``vault.add_blob``) and add a Request (type = the letter type,
  reference and due date from the letter, state "draft" until the user marks it sent). The same letter
  (same reference) exported again, in another format or the same one, attaches to that request: one
  request per letter.
- :func:`mark_sent`: state "sent" with the date it really went out and the channel; the due date moves to
  the letter's reply period counted from that date.
- :func:`discard_draft`: a generated letter that was never sent is deleted with its files.

Timeline events are stored as codes with their data (``letter_generated``, ``document_added``, ``sent``),
never as sentences: the interface says them in its own language.
- :func:`next_step`: for an overdue or refused request, the letter to write next: a follow-up after
  silence, a complaint after a follow-up went unanswered or after a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from faceledger.errors import InvalidValue
from faceledger.law.facts import Facts, Sender
from faceledger.ledger.model import Request
from faceledger.letters.export import MEDIA_TYPES, RenderedLetter, default_filename
from faceledger.letters.model import PriorRequest
from faceledger.text import Text

SENDER_SETTING = "letters.sender"


def load_sender(vault: Any) -> Sender | None:
    """The sender profile saved in the vault (the user's name and contact for letters)."""
    data = vault.get_setting(SENDER_SETTING)
    return Sender.from_dict(data) if data else None


def save_sender(vault: Any, sender: Sender) -> None:
    sender.validate()
    vault.set_setting(SENDER_SETTING, {k: v for k, v in sender.to_dict().items() if v is not None})


def facts_from_ledger(vault: Any, holder_id: int, collection_id: int | None = None, *,
                      as_of: date | None = None, sender: Sender | None = None) -> Facts:
    """Facts for a holder (and a collection of it; the latest when not given)."""
    from faceledger.ledger import store
    from faceledger.ledger.model import Collection

    holder = store.get_holder(vault, holder_id)
    if collection_id is not None:
        coll = store.get_collection(vault, collection_id)
        if coll.holder_id != holder.id:
            raise InvalidValue(f"Collection {collection_id} does not belong to holder {holder_id}.",
                               field="collection",
                               zh=f"采集记录 {collection_id} 不属于持有方 {holder_id}。")
    else:
        colls = store.list_collections(vault, holder_id=holder.id)
        coll = colls[-1] if colls else Collection(holder_id=holder.id)
    on = as_of or date.today()
    if coll.date and coll.date > on.isoformat():
        raise InvalidValue(f"The letter's date ({on.isoformat()}) is before the collection ({coll.date}).",
                           field="as_of",
                           zh=f"信函日期（{on.isoformat()}）早于采集日期（{coll.date}）。")
    return Facts(holder=holder, collection=coll, as_of=on, sender=sender or load_sender(vault))


def record_letter(vault: Any, rendered: RenderedLetter, fmt: str, data: bytes, *, holder_id: int,
                  collection_id: int | None = None, sent: bool = False, channel: str | None = None) -> Request:
    """Keep the file in the vault and record the request it makes. Returns the stored Request."""
    from faceledger.ledger import store

    letter = rendered.letter
    blob = vault.add_blob(data, filename=default_filename(letter, fmt), media_type=MEDIA_TYPES[fmt].split(";")[0])
    existing = store.find_request_by_reference(vault, holder_id, letter.reference)
    if existing is not None:
        store.attach_document(vault, existing.id, fmt, blob["id"])
        return store.update_request(vault, existing.id, event_code="document_added", event_detail={"format": fmt},
                                    event_date=date.today().isoformat())
    req = Request(holder_id=holder_id, type=letter.request_type, state="sent" if sent else "draft",
                  collection_id=collection_id, channel=channel,
                  date_sent=letter.date.isoformat() if sent else None, due_date=letter.deadline.due.isoformat(),
                  reference=letter.reference, document_blob=blob["id"],
                  notes=f"{letter.display_title} ({letter.lang})")
    with vault.transaction() as db:
        store.add_request(vault, req, db=db, code="letter_generated", event_date=letter.date.isoformat(),
                          detail={"reference": letter.reference, "format": fmt})
        store.attach_document(vault, req.id, fmt, blob["id"], db=db)
        store.set_reply_days(vault, req.id, letter.deadline.working_days, db=db)
    return req


def reply_period(vault: Any, req: Request) -> int | None:
    """The working days the request's letter gave for a reply: as recorded, or (for requests recorded
    before it was) counted from the day the letter was made to its due date."""
    from faceledger.ledger import store
    from faceledger.letters.deadlines import working_days_between

    days = store.reply_days(vault, req.id)
    if days is None and req.due_date and req.created_at:
        days = working_days_between(date.fromisoformat(req.created_at[:10]), date.fromisoformat(req.due_date)) or None
    return days


def mark_sent(vault: Any, request_id: int, *, date_sent: str | None = None, channel: str | None = None) -> Request:
    """The letter went out on ``date_sent`` (default today) by ``channel``: the reply is due the letter's
    reply period after that date, not after the day it was written."""
    from faceledger.ledger import store
    from faceledger.ledger.model import REQUEST_CHANNELS, check_choice, parse_date
    from faceledger.letters.deadlines import add_working_days

    sent_on = parse_date(date_sent, "date_sent") or date.today().isoformat()
    if sent_on > date.today().isoformat():
        raise InvalidValue(f"date_sent: {sent_on} is in the future.", field="date_sent",
                           zh=f"发出日期 {sent_on} 在今天之后。")
    changes: dict[str, Any] = {"state": "sent", "date_sent": sent_on}
    if channel:
        changes["channel"] = check_choice(channel, REQUEST_CHANNELS, "channel")
    req = store.get_request(vault, request_id)
    days = reply_period(vault, req)
    if days:
        changes["due_date"] = add_working_days(date.fromisoformat(sent_on), days).due.isoformat()
    return store.update_request(vault, request_id, event_code="sent", event_date=sent_on,
                                event_detail={"channel": channel} if channel else None, **changes)


def discard_draft(vault: Any, request_id: int) -> None:
    from faceledger.ledger import store

    store.discard_draft(vault, request_id)


@dataclass(frozen=True)
class NextStep:
    request: Request
    letter_type: str          # followup or complaint
    why: Text


def next_step(req: Request, today: date | None = None) -> NextStep | None:
    """What to write next about this request, or None while nothing is due."""
    if req.state == "answered_refused" or req.state == "answered_partial":
        return NextStep(req, "complaint", Text(
            "对方拒绝或未完全满足请求：可以向履行个人信息保护职责的部门投诉、举报。",
            "The holder refused or only partly met the request: you can complain to the department "
            "performing personal information protection duties."))
    if not req.is_overdue(today):
        return None
    if req.type in ("followup", "complaint"):
        if req.type == "complaint":
            return None
        return NextStep(req, "complaint", Text(
            f"催告函已过答复期限（{req.due_date}）仍无答复：可以投诉、举报。",
            f"The follow-up is past its reply date ({req.due_date}) without an answer: you can complain."))
    return NextStep(req, "followup", Text(
        f"已过您要求的答复期限（{req.due_date}）仍无答复：可以发出催告函。",
        f"No answer by the date you asked for ({req.due_date}): send a follow-up."))


def next_steps(vault: Any, today: date | None = None) -> list[NextStep]:
    """Next steps for every overdue or refused request of the vault."""
    from faceledger.ledger import store

    every = store.list_requests(vault)
    out = []
    for r in every:
        # already followed up: a later follow-up or complaint to the same holder
        later = [o for o in every if o.holder_id == r.holder_id and o.id != r.id
                 and o.type in ("followup", "complaint") and (o.id or 0) > (r.id or 0)]
        if later:
            continue
        step = next_step(r, today)
        if step is not None:
            out.append(step)
    return out


def prior_from_request(req: Request) -> PriorRequest:
    return PriorRequest.from_request(req)
