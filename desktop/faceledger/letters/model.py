"""The letter model: everything a letter says, as data, before any template or format.

A :class:`Letter` is built by :func:`faceledger.letters.compose.compose` from the facts (holder,
collection, the date the user acts, the sender) and the law engine's findings, then rendered by the
Jinja2 templates in ``resources/templates/letters/`` to HTML and from there to PDF, DOCX, e-mail or text.

The sender is :class:`faceledger.law.facts.Sender` (FACTS.json's ``sender`` block). Only the identity data a
holder needs goes into a letter: the name, a way to reach the sender and the identifier the holder knows
them by (member, card or account number). An ID number is printed only when the user gave one, and
compose() warns when the holder's category rarely needs it (law.md, "Letter essentials": ask only for the
minimum identity data the processor needs to find the record).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from faceledger.errors import InvalidValue
from faceledger.law.facts import Sender
from faceledger.ledger.model import REQUEST_CHANNELS, REQUEST_TYPES, Collection, Holder, clean_text, parse_date
from faceledger.letters.deadlines import Deadline
from faceledger.text import Text

LETTER_TYPES = ("withdrawal", "deletion", "access", "followup", "complaint")
LETTER_LANGS = ("zh", "en", "bilingual")
LETTER_TITLES = {
    "withdrawal": Text("撤回同意通知书", "Withdrawal of consent"),
    "deletion": Text("个人信息删除请求书", "Request to delete personal information"),
    "access": Text("个人信息查阅、复制及解释说明请求书", "Request to access, copy and explain personal information"),
    "followup": Text("催告函", "Follow-up to my earlier request"),
    "complaint": Text("投诉举报书", "Complaint"),
}
PRIOR_OUTCOMES = ("no_reply", "partial", "refused")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _clean(value: Any, name: str, *, required: bool = False, max_len: int = 500) -> str | None:
    """The ledger's text rule, with a letter field's shorter default limit."""
    return clean_text(value, name, required=required, max_len=max_len)


def _from_dict(cls, data: Any, block: str):
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InvalidValue(f"{block} must be an object with named fields.", field=block,
                           zh=f"{block} 必须是由具名字段组成的对象。")
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InvalidValue(f"unknown {block} field(s): {', '.join(unknown)} (allowed: {', '.join(sorted(known))}).",
                           field=f"{block}.{unknown[0]}",
                           zh=(f"未知的 {block} 字段：{', '.join(unknown)}（可用的字段："
                               f"{', '.join(sorted(known))}）。"))
    from dataclasses import MISSING

    values = dict(data)
    for f in fields(cls):  # required fields left out become None, so validate() names them
        if f.default is MISSING and f.default_factory is MISSING:
            values.setdefault(f.name, None)
    return cls(**values)


@dataclass
class PriorRequest:
    """The earlier request a follow-up or complaint refers to (from the vault or FACTS.json)."""

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
        self.reference = _clean(self.reference, "prior_request.reference", max_len=100)
        self.reply_summary = _clean(self.reply_summary, "prior_request.reply_summary", max_len=2000)
        return self

    @classmethod
    def from_dict(cls, data: Any) -> PriorRequest:
        return _from_dict(cls, data, "prior_request").validate()

    @classmethod
    def from_request(cls, req: Any) -> PriorRequest:
        """From a ledger Request (state answered_partial/answered_refused, else no reply)."""
        outcome = {"answered_partial": "partial", "answered_refused": "refused"}.get(req.state, "no_reply")
        return cls(type=req.type, date_sent=req.date_sent or (req.created_at or "")[:10], reference=req.reference,
                   due_date=req.due_date, channel=req.channel, outcome=outcome, reply_date=req.reply_date,
                   reply_summary=req.reply_summary).validate()


@dataclass
class EvidenceItem:
    """One line of a complaint's evidence list (证据目录): what it is, where from, what it shows."""

    name: str
    source: str | None = None
    proves: str | None = None
    date: str | None = None

    def validate(self, i: int) -> EvidenceItem:
        self.name = _clean(self.name, f"evidence[{i}].name", required=True)  # type: ignore[assignment]
        self.source = _clean(self.source, f"evidence[{i}].source")
        self.proves = _clean(self.proves, f"evidence[{i}].proves")
        self.date = parse_date(self.date, f"evidence[{i}].date")
        return self

    @classmethod
    def list_from(cls, data: Any) -> list[EvidenceItem]:
        if data is None:
            return []
        if not isinstance(data, list):
            raise InvalidValue("evidence must be a list of items.", field="evidence",
                               zh="evidence 必须是由条目组成的列表。")
        return [(d if isinstance(d, EvidenceItem) else _from_dict(cls, d, f"evidence[{i}]")).validate(i)
                for i, d in enumerate(data, 1)]


@dataclass
class Regulator:
    """The department a complaint goes to. The user names it: FaceLedger does not guess contacts."""

    name_zh: str
    name_en: str | None = None
    address: str | None = None
    email: str | None = None

    def validate(self) -> Regulator:
        self.name_zh = _clean(self.name_zh, "regulator.name_zh", required=True, max_len=200)  # type: ignore
        self.name_en = _clean(self.name_en, "regulator.name_en", max_len=200)
        self.address = _clean(self.address, "regulator.address")
        self.email = _clean(self.email, "regulator.email", max_len=320)
        if self.email and not _EMAIL.match(self.email):
            raise InvalidValue(f"regulator.email: {self.email!r} is not an e-mail address.", field="regulator.email",
                               zh=f"regulator.email：{self.email!r} 不是电子邮箱地址。")
        return self

    @classmethod
    def from_dict(cls, data: Any) -> Regulator:
        return _from_dict(cls, data, "regulator").validate()


# The default addressee of a complaint: PIPL Art. 65's own words for who receives complaints.
DEFAULT_REGULATOR = Regulator(name_zh="履行个人信息保护职责的部门",
                              name_en="Department performing personal information protection duties")


@dataclass(frozen=True)
class Quote:
    cite_zh: str
    cite_en: str
    text_zh: str
    whole_article: bool


@dataclass(frozen=True)
class Citation:
    """A provision the letter relies on, with what may be quoted of it (nothing when unconfirmed)."""

    provision_id: str
    cite_zh: str
    cite_en: str
    short_en: str
    subject_zh: str
    subject_en: str
    summary_en: str
    status: str                 # in_force, draft, superseded, ... (the engine's status for this finding)
    why: Text
    quotes: tuple[Quote, ...]
    topic: str = ""
    axis: str = "rights"        # "rights" (what the sender asks now) or "collection" (was the taking lawful)

    @property
    def quoted(self) -> bool:
        return bool(self.quotes)

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


@dataclass
class Letter:
    type: str
    lang: str
    reference: str
    date: date
    sender: Sender
    holder: Holder
    collection: Collection
    citations: list[Citation]
    deadline: Deadline
    refusal: Citation | None = None           # PIPL Art. 50 when in force on the letter's date
    prior: PriorRequest | None = None
    evidence: list[EvidenceItem] = field(default_factory=list)
    regulator: Regulator | None = None
    warnings: list[Text] = field(default_factory=list)

    @property
    def langs(self) -> tuple[str, ...]:
        return ("zh", "en") if self.lang == "bilingual" else (self.lang,)

    @property
    def title(self) -> Text:
        return LETTER_TITLES[self.type]

    @property
    def display_title(self) -> str:
        if self.lang == "bilingual":
            return f"{self.title.zh} / {self.title.en}"
        return self.title.get(self.lang)

    @property
    def recipient_email(self) -> str | None:
        if self.type == "complaint":
            return self.regulator.email if self.regulator else None
        return self.holder.email

    def citation_groups(self) -> list[tuple[str, list[Citation]]]:
        """Citations grouped for the letter: "rights", "collection", "draft" (complaints lead with collection)."""
        groups: dict[str, list[Citation]] = {"rights": [], "collection": [], "draft": []}
        for c in self.citations:
            groups["draft" if c.is_draft else c.axis].append(c)
        order = ("collection", "rights", "draft") if self.type == "complaint" else ("rights", "collection", "draft")
        return [(k, groups[k]) for k in order if groups[k]]

    @property
    def request_type(self) -> str:
        """The ledger Request type this letter records."""
        return self.type
