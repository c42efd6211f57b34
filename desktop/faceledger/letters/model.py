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
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from faceledger.errors import InvalidValue
from faceledger.law.facts import PriorRequest, Sender
from faceledger.law.facts import from_named_dict as _from_dict
from faceledger.ledger.model import Collection, Holder, clean_text, parse_date
from faceledger.letters.deadlines import Deadline
from faceledger.text import Text

LETTER_TYPES = ("withdrawal", "deletion", "access", "followup", "complaint")
LETTER_LANGS = ("zh", "en", "bilingual")
# short: the body cites the few provisions that matter, one line each, and the texts go to an annex;
# full: every finding with its reason, subject, date note and text inline (for lawyers who want it).
DETAILS = ("short", "full")
# The groups of provisions a letter cites (the JSON contract of `faceledger letter --json`).
GROUP_IDS = ("breached", "basis", "regulator", "remedies", "draft")
# How the sender stands to the holder, for the wording of the demands.
RELATIONSHIPS = ("customer", "resident", "employee", "pupil", "patient")
LETTER_TITLES = {
    "withdrawal": Text("撤回同意通知书", "Withdrawal of consent"),
    "deletion": Text("个人信息删除请求书", "Request to delete personal information"),
    "access": Text("个人信息查阅、复制及解释说明请求书", "Request to access, copy and explain personal information"),
    "followup": Text("催告函", "Follow-up to my earlier request"),
    "complaint": Text("投诉举报书", "Complaint"),
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _clean(value: Any, name: str, *, required: bool = False, max_len: int = 500) -> str | None:
    """The ledger's text rule, with a letter field's shorter default limit."""
    return clean_text(value, name, required=required, max_len=max_len)


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
    segments: tuple[str, ...] = ()   # the exact pieces of the official text (joined by an ellipsis line)


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
    why: Text                   # the reason with its date note (the full form)
    quotes: tuple[Quote, ...]
    topic: str = ""
    axis: str = "rights"        # "rights" (what the sender asks now) or "collection" (was the taking lawful)
    role: str = "obligation"    # obligation, right, remedy, regulator, definition, draft
    group: str = "basis"        # GROUP_IDS
    reason: Text | None = None  # the reason alone (the short form)
    date_note: Text | None = None  # printed in the short form only where two versions of a law differ
    versioned: bool = False     # the instrument has another version (CSL 2016/2025, PSAPL 2012/2025)
    continuing: bool = False    # a breach that continues to the letter's date

    @property
    def quoted(self) -> bool:
        return bool(self.quotes)

    @property
    def line(self) -> Text:
        """The one line a short letter gives it: the reason, with the date note only where it matters that
        two versions of a law differ (an old version, now superseded, judged the collection)."""
        r = self.reason or self.why
        if self.versioned and self.status == "superseded" and self.date_note is not None:
            return Text(r.zh + self.date_note.zh, f"{r.en} {self.date_note.en}")
        return r

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


@dataclass(frozen=True)
class Voice:
    """Who speaks and whose face it is, in one language (the sender, or a guardian, relative or agent)."""

    standing: str        # 本人李华 / 本人李华系未成年人李小雨的监护人（…），现代其 / I, Li Hua, guardian of ...,
    whose: str           # 本人 / 李小雨 ; my / 李小雨's
    consenter: str       # who consented or refused: 本人 / 本人（监护人） / 李小雨 ; I / I (the guardian) / 李小雨
    withdrawer: str      # 本人 / 本人作为监护人 / 本人代李小雨 ; I / I, as the guardian, / I, on behalf of 李小雨,
    role: str            # the sender's capacity for the signature and the complainant block ("" for self)
    proof: str           # what proof of standing the holder may ask for (or that it is enclosed)
    keep_using: str      # the wording per relationship: 继续使用贵单位的产品或者服务 / keep entering the compound
    service: str = ""    # what was refused without the face: 服务 / entry to the compound / attendance ...
    ended: str = ""      # how the relationship ended: 已离职 / I have moved out ...


_SERVICE = {"zh": {"resident": "进出小区", "employee": "考勤或者进入工作场所", "pupil": "入校", "patient": "就医",
                   "customer": "使用服务"},
            "en": {"resident": "entry to the compound", "employee": "attendance or entry to the workplace",
                   "pupil": "entry to the school", "patient": "care"}}
_ENDED = {"zh": {"resident": "已经搬离", "employee": "已经离职", "pupil": "已经离校", "patient": "诊疗已经结束"},
          "en": {"resident": "moved out", "employee": "left the job", "pupil": "left the school",
                 "patient": "finished the treatment"}}


def _voice(letter: Letter, lang: str) -> Voice:
    from dataclasses import replace

    v = _standing_voice(letter, lang)
    rel = letter.relationship
    return replace(v, service=_SERVICE[lang].get(rel, "the service"),
                   ended=_ENDED[lang].get(rel, "卡已到期或者账户已注销" if lang == "zh"
                                          else "ended the membership, card or account"))


def _standing_voice(letter: Letter, lang: str) -> Voice:
    s, subj, acting = letter.sender, letter.sender.subject, letter.sender.acting_for
    name = s.name
    rel = (subj.relation or "") if subj else ""
    zh = lang == "zh"
    if acting == "self" or subj is None:
        who = "本人" if zh else "I"
        keep = _keep_using(letter.relationship, who, zh)
        return Voice(f"本人{name}" if zh else f"I, {name},", "本人" if zh else "my", who, who, "", "", keep)
    sn = subj.name
    if acting == "guardian":
        if zh:
            return Voice(f"本人{name}系未成年人{sn}的监护人（{sn}系本人的{rel}），现代其", sn, "本人（监护人）",
                         "本人作为监护人", f"{sn}的监护人",
                         f"如需核实本人与{sn}的监护关系，请告知所需的最少证明材料。", _keep_using(letter.relationship, sn, zh))
        return Voice(f"I, {name}, guardian of the minor {sn} ({rel}), acting for {sn},", f"{sn}'s", "I (the guardian)",
                     "I, as the guardian,", f"guardian of {sn}",
                     f"If you need to confirm that I am {sn}'s guardian, tell me the least proof you need.",
                     _keep_using(letter.relationship, sn, zh))
    if acting == "close_relative":
        if zh:
            return Voice(f"本人{name}系已故的{sn}的近亲属（{sn}系本人的{rel}），为了自身的合法、正当利益，"
                         "依据《中华人民共和国个人信息保护法》第四十九条，", sn, sn, "本人", f"{sn}的近亲属",
                         f"如需核实本人与{sn}的近亲属关系及其死亡的事实，请告知所需的最少证明材料。", "")
        return Voice(f"I, {name}, a close relative ({rel}) of the late {sn}, for my own lawful and proper interests and "
                     "under Article 49 of the Personal Information Protection Law,", f"{sn}'s", sn, "I",
                     f"close relative of the late {sn}",
                     f"If you need to confirm that I am a close relative of {sn} and that {sn} has died, tell me the "
                     "least proof you need.", "")
    if zh:  # agent
        return Voice(f"本人{name}受{sn}书面委托（授权委托书附后），代其", sn, sn, f"本人代{sn}", f"{sn}的委托代理人",
                     "授权委托书附后。", _keep_using(letter.relationship, sn, zh))
    return Voice(f"I, {name}, acting for {sn} under a written authorisation (enclosed),", f"{sn}'s", sn,
                 f"I, on behalf of {sn},", f"authorised agent of {sn}", "The written authorisation is enclosed.",
                 _keep_using(letter.relationship, sn, zh))


def _keep_using(relationship: str, who: str, zh: bool) -> str:
    """What the alternative method is for, in the words of the relationship (customer, resident, ...)."""
    if zh:
        return {"resident": f"使{who}可以继续出入小区（例如使用门禁卡、钥匙或者人工核验）",
                "employee": f"使{who}可以继续考勤和出入工作场所",
                "pupil": f"使{who}可以继续入校和参加学校活动",
                "patient": f"使{who}可以继续就医"}.get(relationship, f"使{who}可以继续使用贵单位的产品或者服务")
    return {"resident": f"so that {who} can keep entering the residential compound (for example with a card, a key or a "
                        "check by staff)",
            "employee": f"so that {who} can keep recording attendance and entering the workplace",
            "pupil": f"so that {who} can keep entering the school and taking part in its activities",
            "patient": f"so that {who} can keep receiving care"}.get(
                relationship, f"so that {who} can keep using your products or services")


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
    detail: str = "short"
    groups: list[tuple[str, list[Citation]]] = field(default_factory=list)
    relationship: str = "customer"
    asks_basis: bool = False                  # the holder may rely on a basis other than consent: ask for it
    consent_based: bool = True
    private_space: bool = False               # a camera in a hotel room, bathroom, ...: police, preservation
    recognition: str = "unknown"              # "yes" (verification/identification), "no" (images only), "unknown"
    addressee: str | None = None              # a complaint's route id (police, cac, ...)

    @property
    def acting_for(self) -> str:
        return self.sender.acting_for

    @property
    def voice(self) -> dict[str, Voice]:
        return {"zh": _voice(self, "zh"), "en": _voice(self, "en")}

    @property
    def subject(self):
        return self.sender.subject

    @property
    def asks_alternative(self) -> bool:
        """The letter asks for a way other than face recognition: only where the face may be used to recognise
        people, the relationship goes on (a former employee does not need to clock in) and the holder has not
        already offered one."""
        c = self.collection
        return self.recognition != "no" and c.relationship_ended is not True and c.alternative_offered is not True

    @property
    def breaches(self) -> bool:
        """The letter asserts that the holder may have breached duties (a "breached" group)."""
        return any(c.group == "breached" for c in self.citations)

    @property
    def annex(self) -> list[Citation]:
        """The cited provisions whose texts the annex quotes (short form), in the order the body cites them."""
        if self.detail != "short":
            return []
        out: list[Citation] = []
        seen: set[str] = set()
        cited = [c for _, items in self.citation_groups() for c in items]
        if self.refusal is not None:
            cited.append(self.refusal)
        for c in cited:
            key = c.cite_zh
            if c.quotes and key not in seen:
                seen.add(key)
                out.append(c)
        return out

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
        """Citations grouped for the letter (GROUP_IDS): a complaint leads with what was breached, then the
        complainant's standing and the points to examine, then what the department may and must do; other
        letters lead with what the request rests on."""
        if self.groups:
            return self.groups
        groups: dict[str, list[Citation]] = {}
        for c in self.citations:
            groups.setdefault(c.group, []).append(c)
        order = ("breached", "basis", "regulator", "draft") if self.type == "complaint" else \
            ("basis", "breached", "remedies", "draft")
        return [(k, groups[k]) for k in order if groups.get(k)]

    @property
    def request_type(self) -> str:
        """The ledger Request type this letter records."""
        return self.type
