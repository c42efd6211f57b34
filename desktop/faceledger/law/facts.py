"""FACTS.json: what happened (holder, collection), the day the user acts (as_of) and, for letters, the sender.

    {"holder": {"name": "...", "category": "attraction", ...},
     "collection": {"date": "2019-04-27", "context": "entry", "consent": "coerced",
                    "legal_basis_claimed": "consent", "identification": "verification", ...},
     "as_of": "2026-11-29",
     "sender": {"name": "...", "email": "...", "acting_for": "guardian",
                "subject": {"name": "...", "relation": "女儿", "birth_date": "2016-05-20"}},
     "letter": {"prior_request": {"type": "deletion", "date_sent": "...", "outcome": "no_reply"}, ...}}

The holder and collection blocks are the ledger's own objects (faceledger.ledger.model), validated the
same way and with the same ids; unknown facts are null. Every rejected value names its field
(``collection.consent``), so the CLI and GUI can point at it.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

from faceledger.errors import InvalidValue
from faceledger.jsonfile import read_json_file
from faceledger.ledger.model import (
    REQUEST_CHANNELS,
    REQUEST_TYPES,
    Collection,
    Holder,
    Subject,
    check_choice,
    check_standing,
    clean_text,
    parse_date,
    reject_unknown_fields,
)

TOP_LEVEL_FIELDS = ("holder", "collection", "as_of", "sender")
# The letter options (docs/letters.md) share the file; the law check accepts them and leaves them to the letters.
LETTER_BLOCK = "letter"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
ID_NUMBER_DISPLAYS = ("masked", "full")
PRIOR_OUTCOMES = ("no_reply", "partial", "refused")


def from_named_dict(cls, data: Any, block: str):
    """``cls(**data)`` for a FACTS.json block: unknown fields and missing required ones name the field."""
    from dataclasses import MISSING

    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InvalidValue(f"{block} must be an object with named fields.", field=block,
                           zh=f"{block} 必须是由具名字段组成的对象。")
    reject_unknown_fields(data, cls, block)
    values = dict(data)
    for f in fields(cls):  # required fields left out become None, so validate() names them
        if f.default is MISSING and f.default_factory is MISSING:
            values.setdefault(f.name, None)
    return cls(**values)


@dataclass
class PriorRequest:
    """The earlier request a follow-up or complaint refers to (from the vault or FACTS.json's letter block).

    The law engine reads it too: a request ignored past its date, or refused, is a breach of the duties the
    request invoked, continuing until the holder acts.
    """

    type: str
    date_sent: str
    reference: str | None = None
    due_date: str | None = None
    channel: str | None = None
    outcome: str = "no_reply"
    reply_date: str | None = None
    reply_summary: str | None = None

    def validate(self) -> PriorRequest:
        if self.type not in REQUEST_TYPES:
            raise InvalidValue(f"prior_request.type: {self.type!r} is not one of {', '.join(REQUEST_TYPES)}.",
                               field="prior_request.type",
                               zh=(f"prior_request.type：{self.type!r} 不是请求类型；可选："
                                   f"{', '.join(REQUEST_TYPES)}。"))
        self.date_sent = parse_date(self.date_sent, "prior_request.date_sent")  # type: ignore[assignment]
        if not self.date_sent:
            raise InvalidValue("prior_request.date_sent is required (YYYY-MM-DD).", field="prior_request.date_sent",
                               zh="prior_request.date_sent（此前请求的发出日期）为必填项（YYYY-MM-DD）。")
        self.due_date = parse_date(self.due_date, "prior_request.due_date")
        self.reply_date = parse_date(self.reply_date, "prior_request.reply_date")
        if self.channel is not None and self.channel not in REQUEST_CHANNELS:
            raise InvalidValue(f"prior_request.channel: {self.channel!r} is not one of {', '.join(REQUEST_CHANNELS)}.",
                               field="prior_request.channel",
                               zh=(f"prior_request.channel：{self.channel!r} 不是发送方式；可选："
                                   f"{', '.join(REQUEST_CHANNELS)}。"))
        if self.outcome not in PRIOR_OUTCOMES:
            raise InvalidValue(f"prior_request.outcome: {self.outcome!r} is not one of {', '.join(PRIOR_OUTCOMES)}.",
                               field="prior_request.outcome",
                               zh=(f"prior_request.outcome：{self.outcome!r} 不是可选的结果；可选："
                                   f"{', '.join(PRIOR_OUTCOMES)}。"))
        self.reference = clean_text(self.reference, "prior_request.reference", max_len=100)
        self.reply_summary = clean_text(self.reply_summary, "prior_request.reply_summary", max_len=2000)
        return self

    @classmethod
    def from_dict(cls, data: Any) -> PriorRequest:
        return from_named_dict(cls, data, "prior_request").validate()

    @classmethod
    def from_request(cls, req: Any) -> PriorRequest:
        """From a ledger Request (state answered_partial/answered_refused, else no reply)."""
        outcome = {"answered_partial": "partial", "answered_refused": "refused"}.get(req.state, "no_reply")
        return cls(type=req.type, date_sent=req.date_sent or (req.created_at or "")[:10], reference=req.reference,
                   due_date=req.due_date, channel=req.channel, outcome=outcome, reply_date=req.reply_date,
                   reply_summary=req.reply_summary).validate()

    def unanswered_on(self, on: date) -> bool:
        """Refused, partly answered, or silent past the date asked for (or with none asked for)."""
        if self.outcome in ("refused", "partial"):
            return True
        return self.due_date is None or self.due_date < on.isoformat()


@dataclass
class Sender:
    """Who signs a letter. Only what the holder needs to find the record: keep ID numbers out unless needed.

    ``acting_for``: ``self`` (default), ``guardian`` (of a minor), ``close_relative`` (of a deceased person,
    PIPL Art. 49) or ``agent`` (on a written authorisation); then ``subject`` says whose face it is.
    """

    name: str
    email: str | None = None
    phone: str | None = None
    postal_address: str | None = None
    city: str | None = None
    account_id: str | None = None     # member, card or account number the holder knows the sender by
    id_number: str | None = None      # only if the holder truly needs it to find the record
    id_number_display: str = "masked"  # masked (default: first 3 and last 4 shown) or full
    acting_for: str = "self"
    subject: Subject | None = None

    _TEXT_FIELDS = ("name", "email", "phone", "postal_address", "city", "account_id", "id_number")

    def validate(self) -> Sender:
        for name in self._TEXT_FIELDS:
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                value = str(value)
            value = value.strip() if isinstance(value, str) else None
            if value and len(value) > 500:
                raise InvalidValue(f"sender.{name} is too long (at most 500 characters).", field=f"sender.{name}",
                                   zh=f"sender.{name} 太长（最多 500 个字符）。")
            setattr(self, name, value or None)
        if not self.name:
            raise InvalidValue("sender.name is required.", field="sender.name",
                               zh="sender.name（寄信人姓名）为必填项。")
        if self.email and not _EMAIL.match(self.email):
            raise InvalidValue(f"sender.email: {self.email!r} is not an e-mail address.", field="sender.email",
                               zh=f"sender.email：{self.email!r} 不是电子邮箱地址。")
        self.id_number_display = check_choice(self.id_number_display or "masked", ID_NUMBER_DISPLAYS,  # type: ignore
                                              "sender.id_number_display")
        acting, self.subject = check_standing(self.acting_for or "self", self.subject, "sender.")
        self.acting_for = acting or "self"
        return self

    @property
    def id_number_shown(self) -> str | None:
        """The ID number as the letter prints it: masked unless the sender chose the full number."""
        n = self.id_number
        if not n or self.id_number_display == "full" or len(n) <= 7:
            return n
        return n[:3] + "*" * (len(n) - 7) + n[-4:]

    @classmethod
    def from_dict(cls, data: Any) -> Sender:
        if not isinstance(data, dict):
            raise InvalidValue("sender must be an object with name, email, ...", field="sender",
                               zh="sender 必须是一个对象，包含 name、email 等字段")
        reject_unknown_fields(data, cls, "sender")
        values = {k: v for k, v in data.items() if k != "name"}
        return cls(name=data.get("name") or "", **values).validate()

    def to_dict(self) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        d["subject"] = self.subject.to_dict() if self.subject else None
        return d


@dataclass
class Facts:
    holder: Holder
    collection: Collection
    as_of: date
    sender: Sender | None = None
    prior: PriorRequest | None = None

    @property
    def collection_date(self) -> date | None:
        return date.fromisoformat(self.collection.date) if self.collection.date else None

    @property
    def acting_for(self) -> str:
        return self.sender.acting_for if self.sender else "self"

    @property
    def subject(self) -> Subject | None:
        return self.sender.subject if self.sender else None

    def to_dict(self) -> dict[str, Any]:
        holder = {k: v for k, v in self.holder.to_dict().items()
                  if v not in (None, [], "") and k not in ("id", "uid", "created_at", "updated_at")}
        out: dict[str, Any] = {"holder": holder, "collection": self.collection.facts(),
                               "as_of": self.as_of.isoformat()}
        if self.sender:
            out["sender"] = {k: v for k, v in self.sender.to_dict().items()
                             if v is not None and (k, v) not in (("acting_for", "self"), ("id_number_display", "masked"))}
        if self.prior:
            out["letter"] = {"prior_request": {k: v for k, v in asdict(self.prior).items() if v is not None}}
        return out


def _prefixed(err: InvalidValue, block: str) -> InvalidValue:
    name = err.field or block
    message = str(err)
    if not message.startswith(f"{block}."):
        message = f"{block}.{message}" if message.startswith(name) else f"{block}: {message}"
    zh = err.message_in("zh")
    if not zh.startswith(f"{block}."):
        zh = f"{block}.{zh}" if zh.startswith(name) else f"{block}：{zh}"
    return InvalidValue(message, err.hint, field=f"{block}.{name}", zh=zh,
                        hint_zh=err.hint_text.zh if err.hint_text else None)


def facts_from_dict(data: Any, *, today: date | None = None) -> Facts:
    if not isinstance(data, dict):
        raise InvalidValue("FACTS.json must hold an object with holder, collection and as_of.", field="facts",
                           zh="FACTS.json 必须是一个对象，包含 holder、collection 和 as_of。")
    unknown = sorted(set(data) - set(TOP_LEVEL_FIELDS) - {LETTER_BLOCK})
    if unknown:
        raise InvalidValue(f"unknown field(s) in FACTS.json: {', '.join(unknown)} "
                           f"(allowed: {', '.join(TOP_LEVEL_FIELDS)})", field=unknown[0],
                           zh=(f"FACTS.json 中有未知的字段：{', '.join(unknown)}（可用的字段："
                               f"{', '.join(TOP_LEVEL_FIELDS)}）"))
    raw_holder = data.get("holder")
    if not isinstance(raw_holder, dict):
        raise InvalidValue("holder is required: an object with at least name and category.", field="holder",
                           zh="holder（持有方）为必填项：一个至少包含 name 和 category 的对象。")
    if not (raw_holder.get("name") or raw_holder.get("name_zh")):
        raise InvalidValue("holder.name is required.", field="holder.name",
                           zh="holder.name（持有方名称）为必填项。")
    if "category" not in raw_holder:
        raise InvalidValue("holder.category is required.", field="holder.category",
                           zh="holder.category（持有方类别）为必填项。")
    try:
        holder = Holder.from_dict(raw_holder).validate()
    except InvalidValue as err:
        raise _prefixed(err, "holder") from None
    raw_coll = data.get("collection")
    if not isinstance(raw_coll, dict):
        raise InvalidValue("collection is required: an object with the facts (date, context, consent, ...).",
                           field="collection",
                           zh="collection（采集情况）为必填项：一个包含事实（date、context、consent 等）的对象。")
    allowed = set(Collection.FACT_FIELDS) | {"notes"}
    extra = sorted(set(raw_coll) - allowed)
    if extra:
        names = ", ".join(Collection.FACT_FIELDS)
        raise InvalidValue(f"unknown collection fact(s): {', '.join(extra)} (allowed: {names})",
                           field=f"collection.{extra[0]}",
                           zh=f"未知的采集事实：{', '.join(extra)}（可用的：{names}）")
    try:
        collection = Collection.from_dict(dict(raw_coll)).validate()
    except InvalidValue as err:
        raise _prefixed(err, "collection") from None
    as_of_raw = data.get("as_of")
    if as_of_raw in (None, ""):
        as_of = today or date.today()
    else:
        try:
            as_of = date.fromisoformat(str(as_of_raw).strip())
        except ValueError:
            raise InvalidValue(f"as_of: {as_of_raw!r} is not a date (use YYYY-MM-DD).", field="as_of",
                               zh=f"as_of：{as_of_raw!r} 不是日期（请用 YYYY-MM-DD 格式）。") from None
    if collection.date and date.fromisoformat(collection.date) > as_of:
        raise InvalidValue(f"as_of ({as_of.isoformat()}) is before collection.date ({collection.date}).",
                           "as_of is the day you act (write the letter); it cannot precede the collection.",
                           field="as_of",
                           zh=f"as_of（{as_of.isoformat()}）早于 collection.date（{collection.date}）。",
                           hint_zh="as_of 是您采取行动（写信）的日期，不能早于采集日期。")
    sender = Sender.from_dict(data["sender"]) if data.get("sender") is not None else None
    letter = data.get(LETTER_BLOCK)
    prior = None
    if isinstance(letter, dict) and letter.get("prior_request") is not None:
        prior = PriorRequest.from_dict(letter["prior_request"])
    return check_facts(Facts(holder=holder, collection=collection, as_of=as_of, sender=sender, prior=prior))


def check_facts(facts: Facts) -> Facts:
    """Checks across blocks (dates in order, the subject's age); fills what a birth date settles."""
    c = facts.collection
    if facts.prior is not None:
        if facts.prior.date_sent > facts.as_of.isoformat():
            raise InvalidValue(f"prior_request.date_sent ({facts.prior.date_sent}) is after the letter's date "
                               f"({facts.as_of.isoformat()}).", field="prior_request.date_sent",
                               zh=f"prior_request.date_sent（{facts.prior.date_sent}）晚于信函日期"
                                  f"（{facts.as_of.isoformat()}）。")
        if c.date and facts.prior.date_sent < c.date:
            raise InvalidValue(f"prior_request.date_sent ({facts.prior.date_sent}) is before collection.date "
                               f"({c.date}): a request about the face cannot precede its collection.",
                               field="prior_request.date_sent",
                               zh=f"prior_request.date_sent（{facts.prior.date_sent}）早于 collection.date（{c.date}）："
                                  "关于人脸信息的请求不能早于采集。")
    subject = facts.subject
    if subject is not None and subject.birth_date:
        if c.date and subject.birth_date > c.date:
            raise InvalidValue(f"sender.subject.birth_date ({subject.birth_date}) is after collection.date ({c.date}).",
                               field="sender.subject.birth_date",
                               zh=f"sender.subject.birth_date（{subject.birth_date}）晚于 collection.date（{c.date}）。")
        age = subject.age_on(c.date)
        if age is not None and c.minor_under_14 is None:
            c.minor_under_14 = age < 14
        elif age is not None and c.minor_under_14 != (age < 14):
            raise InvalidValue(f"collection.minor_under_14 is {c.minor_under_14} but sender.subject.birth_date "
                               f"({subject.birth_date}) makes the person {age} on the collection date.",
                               field="collection.minor_under_14",
                               zh=f"collection.minor_under_14 为 {c.minor_under_14}，但按 sender.subject.birth_date"
                                  f"（{subject.birth_date}），采集之日此人为 {age} 岁。")
    return facts


def load_facts(source: str | Path | dict[str, Any], *, today: date | None = None) -> Facts:
    """Facts from a FACTS.json path or an already parsed dict; raises InvalidValue naming the bad field."""
    if not isinstance(source, (str, Path)):
        return facts_from_dict(source, today=today)
    data = read_json_file(source, what="FACTS.json file", hint="Give the path of a FACTS.json file (see docs/law.md).",
                          hint_zh="请给出 FACTS.json 文件的路径（见 docs/law.md）。")
    return facts_from_dict(data, today=today)
