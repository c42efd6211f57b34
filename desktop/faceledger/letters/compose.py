"""Facts + findings -> a :class:`~faceledger.letters.model.Letter` -> HTML (Jinja2 templates).

    facts, extras = load_letter_input("FACTS.json")
    letter = compose(facts, "deletion", "bilingual", **extras.options())
    html = render_html(letter)

The law comes only from the law package: which provisions apply (``rules.findings_for``) and what of
them may be quoted (``catalog``: the confirmed official text, or its confirmed excerpts; unconfirmed
articles are cited by number and subject only). Templates hold the sender's own wording, never
legal text. The reply deadline is the sender's, in Chinese working days (default 15); the letter
says that no statute fixes a number of days.

FACTS.json for letters is the law check's (holder, collection, as_of, sender) plus an optional
``letter`` block::

    "letter": {"reply_days": 15, "reference": "FL-20261129-ABC123",
               "prior_request": {"type": "deletion", "date_sent": "2026-10-08", "reference": "...",
                                 "due_date": "2026-10-29", "channel": "email",
                                 "outcome": "no_reply|partial|refused", "reply_date": null,
                                 "reply_summary": null},
               "evidence": [{"name": "...", "source": "...", "proves": "...", "date": "YYYY-MM-DD"}],
               "regulator": {"name_zh": "...", "name_en": "...", "address": "...", "email": "..."}}
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from faceledger.errors import FaceLedgerError, InvalidValue, NotFound
from faceledger.jsonfile import read_json_file
from faceledger.law.facts import Facts, facts_from_dict
from faceledger.letters.deadlines import DEFAULT_WORKING_DAYS, add_working_days
from faceledger.letters.model import (
    DEFAULT_REGULATOR,
    LETTER_LANGS,
    LETTER_TYPES,
    Citation,
    EvidenceItem,
    Letter,
    PriorRequest,
    Quote,
    Regulator,
)
from faceledger.text import Text

REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
LETTER_BLOCK_FIELDS = ("reply_days", "reference", "prior_request", "evidence", "regulator")
# Holder categories that commonly hold and may need an ID document number to find a record.
ID_NUMBER_CATEGORIES = ("finance", "telecom", "government", "healthcare", "transport", "hotel")
REFUSAL_PROVISION = "PIPL:50"

PRIOR_NAMES = {
    "zh": {"withdrawal": "撤回同意通知书", "deletion": "删除请求", "access": "查阅、复制请求",
           "explanation": "解释说明请求", "followup": "催告函", "complaint": "投诉", "other": "请求"},
    "en": {"withdrawal": "notice withdrawing consent", "deletion": "deletion request",
           "access": "request for access and a copy", "explanation": "request for an explanation",
           "followup": "follow-up letter", "complaint": "complaint", "other": "request"},
}


def new_reference(on: date | None = None) -> str:
    """A reference printed on the letter so replies can be matched: FL-YYYYMMDD-XXXXXX."""
    on = on or date.today()
    return f"FL-{on:%Y%m%d}-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))


# ----------------------------------------------------------------------------------------- input

@dataclass
class LetterExtras:
    """The ``letter`` block of FACTS.json (everything optional)."""

    reply_days: int = DEFAULT_WORKING_DAYS
    reference: str | None = None
    prior: PriorRequest | None = None
    evidence: list[EvidenceItem] = field(default_factory=list)
    regulator: Regulator | None = None

    @classmethod
    def from_dict(cls, data: Any) -> LetterExtras:
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise InvalidValue("letter must be an object (reply_days, reference, prior_request, evidence, "
                               "regulator).", field="letter",
                               zh=("letter 必须是一个对象（reply_days、reference、prior_request、evidence、"
                                   "regulator）。"))
        unknown = sorted(set(data) - set(LETTER_BLOCK_FIELDS))
        if unknown:
            raise InvalidValue(f"unknown letter field(s): {', '.join(unknown)} "
                               f"(allowed: {', '.join(LETTER_BLOCK_FIELDS)}).", field=f"letter.{unknown[0]}",
                               zh=(f"未知的信函字段：{', '.join(unknown)}（可用的字段："
                                   f"{', '.join(LETTER_BLOCK_FIELDS)}）。"))
        days = data.get("reply_days", DEFAULT_WORKING_DAYS)
        if days is None:
            days = DEFAULT_WORKING_DAYS
        if isinstance(days, str) and days.strip().isdigit():
            days = int(days.strip())
        prior = data.get("prior_request")
        regulator = data.get("regulator")
        ref = data.get("reference")
        return cls(
            reply_days=days,
            reference=str(ref).strip() if ref else None,
            prior=PriorRequest.from_dict(prior) if prior is not None else None,
            evidence=EvidenceItem.list_from(data.get("evidence")),
            regulator=Regulator.from_dict(regulator) if regulator is not None else None,
        )

    def options(self) -> dict[str, Any]:
        return {"reply_days": self.reply_days, "reference": self.reference, "prior": self.prior,
                "evidence": self.evidence, "regulator": self.regulator}


def load_letter_input(source: str | Path | dict[str, Any], *, today: date | None = None) -> tuple[Facts, LetterExtras]:
    """FACTS.json (path or parsed dict) -> the law facts and the letter options."""
    if isinstance(source, dict):
        data = dict(source)
    else:
        path = Path(source)
        data = read_json_file(path, what="FACTS.json file",
                              hint="Give the path of a FACTS.json file (see docs/letters.md).",
                              hint_zh="请给出 FACTS.json 文件的路径（见 docs/letters.md）。")
        if not isinstance(data, dict):
            raise InvalidValue(f"{path}: FACTS.json must hold an object.", field="facts",
                               zh=f"{path}：FACTS.json 必须是一个对象。")
    extras = LetterExtras.from_dict(data.pop("letter", None))
    return facts_from_dict(data, today=today), extras


# ----------------------------------------------------------------------------------------- law

def _catalog():
    from faceledger.law.catalog import get_catalog

    return get_catalog()


def citation_for(provision_id: str, *, why: Text, status: str, topic: str = "", axis: str = "rights",
                 on: date) -> Citation:
    """A provision as a letter cites it: quotes only what the catalog holds as confirmed."""
    prov = _catalog().provision(provision_id)
    quotes = tuple(Quote(q.cite_zh, q.cite_en, q.text_zh, q.whole_article) for q in prov.quotations(on))
    return Citation(provision_id=prov.id, cite_zh=prov.cite_zh(on, with_former=True),
                    cite_en=prov.cite_en(on, with_former=True), short_en=prov.cite_short_en(),
                    subject_zh=prov.subject_zh, subject_en=prov.subject_en, summary_en=prov.summary_en,
                    status=status, why=why, quotes=quotes, topic=topic, axis=axis)


def _provision_id(finding: Any) -> str:
    p = finding.provision
    return p if isinstance(p, str) else p.id


def _findings(facts: Facts, letter_type: str, prior: PriorRequest | None) -> list[Any]:
    from faceledger.law import rules

    kinds = {letter_type}
    if letter_type == "followup" and prior is not None and prior.type in LETTER_TYPES:
        kinds.add(prior.type)  # a follow-up repeats what the first request relied on
    return [f for f in rules.evaluate(facts) if kinds & set(f.supports)]


def citations_from_findings(findings: list[Any], on: date) -> list[Citation]:
    out: list[Citation] = []
    seen: set[str] = set()
    for f in findings:
        pid = _provision_id(f)
        if pid in seen:
            continue
        seen.add(pid)
        out.append(citation_for(pid, why=f.why, status=f.status, topic=getattr(f, "topic", "") or "",
                                axis=getattr(f, "axis", "rights") or "rights", on=on))
    return out


def in_force(instrument_id: str, on: date) -> bool:
    try:
        return _catalog().instrument(instrument_id).in_force_on(on)
    except NotFound:
        return False


# ----------------------------------------------------------------------------------------- compose

def compose(facts: Facts, letter_type: str, lang: str = "zh", *, reply_days: int = DEFAULT_WORKING_DAYS,
            reference: str | None = None, prior: PriorRequest | None = None,
            evidence: list[EvidenceItem] | None = None, regulator: Regulator | None = None,
            findings: list[Any] | None = None) -> Letter:
    """Build the letter model. ``findings`` defaults to the law engine's ``findings_for(facts, type)``."""
    if letter_type not in LETTER_TYPES:
        raise InvalidValue(f"type: {letter_type!r} is not one of {', '.join(LETTER_TYPES)}.", field="type",
                           zh=f"type：{letter_type!r} 不是信函类型；可选：{', '.join(LETTER_TYPES)}。")
    if lang not in LETTER_LANGS:
        raise InvalidValue(f"lang: {lang!r} is not one of {', '.join(LETTER_LANGS)}.", field="lang",
                           zh=f"lang：{lang!r} 不是可用的信函语言；可选：{', '.join(LETTER_LANGS)}。")
    sender = facts.sender
    if sender is None:
        raise InvalidValue("A letter needs a sender block (name and a way to answer you).",
                           "Add \"sender\": {\"name\": ..., \"email\": ...} to FACTS.json.", field="sender",
                           zh="信函需要寄信人信息（姓名和一种联系您的方式）。",
                           hint_zh="请在 FACTS.json 中加入 \"sender\": {\"name\": ..., \"email\": ...}。")
    if not (sender.email or sender.phone or sender.postal_address):
        raise InvalidValue("sender needs a way to be answered: an e-mail, a phone number or a postal address.",
                           field="sender.email",
                           zh="寄信人需要留一种联系方式：电子邮箱、电话号码或通信地址。")
    if letter_type == "followup" and prior is None:
        raise InvalidValue("A follow-up letter refers to an earlier request: give prior_request "
                           "(type and date_sent at least).", field="letter.prior_request",
                           zh="跟进函针对的是此前的请求：请给出 prior_request（至少包括 type 和 date_sent）。")
    on = facts.as_of
    if prior is not None and prior.date_sent > on.isoformat():
        raise InvalidValue(f"prior_request.date_sent ({prior.date_sent}) is after the letter's date "
                           f"({on.isoformat()}).", field="prior_request.date_sent",
                           zh=f"prior_request.date_sent（{prior.date_sent}）晚于信函日期（{on.isoformat()}）。")
    warnings: list[Text] = []
    if findings is None:
        findings = _findings(facts, letter_type, prior)
    citations = citations_from_findings(findings, on)
    refusal = None
    if letter_type != "complaint" and in_force("PIPL", on):
        refusal = citation_for(REFUSAL_PROVISION, why=Text("", ""), status="in_force", on=on)
    deadline = add_working_days(on, reply_days)
    if deadline.warning:
        warnings.append(deadline.warning)
    if sender.id_number and facts.holder.category not in ID_NUMBER_CATEGORIES:
        warnings.append(Text(
            zh="信中写入了您的身份证件号码；这类单位通常不需要它来查找您的记录。如非必要，请删除。",
            en="The letter includes your ID document number; this kind of holder rarely needs it to find your "
               "record. Remove it unless it is really needed."))
    if letter_type == "complaint" and regulator is None:
        regulator = DEFAULT_REGULATOR
        warnings.append(Text(
            zh="投诉书的收件部门未指定，信中写作“履行个人信息保护职责的部门”。请填写具体部门名称及联系方式。",
            en="No department was named for the complaint; the letter is addressed to \"the department performing "
               "personal information protection duties\". Fill in the department's name and contact."))
    if not citations:
        warnings.append(Text(zh="根据所填事实，没有可引用的法律条文；请补充事实或核对日期。",
                             en="No provision applies to these facts; add facts or check the dates."))
    return Letter(type=letter_type, lang=lang, reference=reference or new_reference(on), date=on,
                  sender=sender, holder=facts.holder, collection=facts.collection, citations=citations,
                  deadline=deadline, refusal=refusal, prior=prior, evidence=list(evidence or []),
                  regulator=regulator if letter_type == "complaint" else None, warnings=warnings)


# ----------------------------------------------------------------------------------------- render

class SectionCounter:
    """一、二、三、 or 1. 2. 3. for the headings of one language part."""

    ZH = "一二三四五六七八九十"

    def __init__(self, lang: str):
        self.lang = lang
        self.n = 0

    def next(self) -> str:
        self.n += 1
        if self.lang == "zh":
            return (self.ZH[self.n - 1] if self.n <= 10 else f"十{self.ZH[self.n - 11]}") + "、"
        return f"{self.n}. "


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def zh_date(value: Any) -> str:
    d = _as_date(value)
    return f"{d.year}年{d.month}月{d.day}日"


EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def en_date(value: Any) -> str:
    d = _as_date(value)
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


@lru_cache(maxsize=1)
def environment():
    """The Jinja2 environment over resources/templates (autoescaped: user text is never markup)."""
    import jinja2
    from markupsafe import Markup, escape

    from faceledger.paths import resource

    def nl2br(text: str) -> Markup:
        return Markup("<br>").join(escape(line) for line in str(text).split("\n"))

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(resource("templates"))),
                             autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
                             lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(zhdate=zh_date, endate=en_date, nl2br=nl2br)
    return env


def render_html(letter: Letter) -> str:
    """The letter as one HTML document (zh, en or zh then en)."""
    import jinja2

    from faceledger.letters.pdf import FONT_FAMILY

    try:
        template = environment().get_template("letters/letter.html.j2")
        return template.render(L=letter, font_family=FONT_FAMILY, sections=SectionCounter,
                                in_force=lambda inst: in_force(inst, letter.date), prior_names=PRIOR_NAMES)
    except jinja2.TemplateError as err:
        raise FaceLedgerError(f"The letter template is broken: {err}",
                              "This is a packaging bug; reinstall FaceLedger.",
                              zh=f"信函模板已损坏：{err}",
                              hint_zh="这是安装包的问题，请重新安装人脸账本。") from None
