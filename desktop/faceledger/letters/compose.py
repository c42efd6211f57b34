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
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from faceledger.errors import FaceLedgerError, InvalidValue, NotFound
from faceledger.jsonfile import read_json_file
from faceledger.law.facts import Facts, facts_from_dict
from faceledger.letters.deadlines import DEFAULT_WORKING_DAYS, add_working_days
from faceledger.letters.model import (
    DETAILS,
    LETTER_LANGS,
    LETTER_TITLES,
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


@lru_cache(maxsize=1)
def _versioned_instruments() -> frozenset[str]:
    """Instruments with another version (a date note is printed only for these: CSL 2016/2025, PSAPL)."""
    insts = _catalog().instruments()
    return frozenset({i.id for i in insts if i.superseded_by} | {i.superseded_by for i in insts if i.superseded_by})


def citation_for(provision_id: str, *, why: Text, status: str, topic: str = "", axis: str = "rights",
                 on: date, part: Any = None, role: str = "obligation", group: str = "basis",
                 reason: Text | None = None, date_note: Text | None = None, continuing: bool = False) -> Citation:
    """A provision as a letter cites it: names the part the reason rests on and quotes only what the catalog
    holds as confirmed of that part (nothing when unconfirmed: then it is cited by number only)."""
    prov = _catalog().provision(provision_id)
    quotes = tuple(Quote(q.cite_zh, q.cite_en, q.text_zh, q.whole_article, q.segments)
                   for q in prov.quotations(on, part))
    scope_zh, scope_en = prov.part_scope_zh(part), prov.part_scope_en(part)
    return Citation(provision_id=prov.id, cite_zh=prov.cite_zh(on, with_former=True) + scope_zh,
                    cite_en=prov.cite_en(on, with_former=True) + (f", {scope_en}" if scope_en else ""),
                    short_en=prov.cite_short_en() + (f" {scope_en}" if scope_en else ""),
                    subject_zh=prov.subject_zh, subject_en=prov.subject_en, summary_en=prov.summary_en,
                    status=status, why=why, quotes=quotes, topic=topic, axis=axis, role=role, group=group,
                    reason=reason, date_note=date_note, versioned=prov.instrument.id in _versioned_instruments(),
                    continuing=continuing)


def in_letter_terms(text: Text | None, letter_type: str) -> Text | None:
    """A reason as the letter says it: the app's word for the holder (持有方) becomes the addressee (贵单位) in
    a letter to the holder and 被投诉人 (the respondent) in a complaint. In English a letter to the holder keeps
    "the holder" where a reason states the law (the processor), but says "you" for what the addressee itself
    claims ("the holder relies on it")."""
    if text is None:
        return None
    if letter_type == "complaint":
        return Text(text.zh.replace("持有方", "被投诉人"),
                    text.en.replace("The holder", "The respondent").replace("the holder", "the respondent"))
    return Text(text.zh.replace("持有方", "贵单位"), text.en.replace("the holder relies", "you rely"))


def _provision_id(finding: Any) -> str:
    p = finding.provision
    return p if isinstance(p, str) else p.id


def _findings(facts: Facts, letter_type: str, prior: PriorRequest | None) -> list[Any]:
    from faceledger.law import rules

    kinds = {letter_type}
    if letter_type == "followup" and prior is not None and prior.type in LETTER_TYPES:
        kinds.add(prior.type)  # a follow-up repeats what the first request relied on
    return rules.evaluate(facts, types=kinds)


def group_of(finding: Any, letter_type: str, detail: str = "short") -> str | None:
    """Which group of the letter a finding goes to (GROUP_IDS), or None when this letter leaves it out.

    A complaint's "breached" part holds the holder's duties only; what the department may and must do goes
    to "regulator" (complaints only); court remedies only to follow-ups; definitions never to a complaint,
    and to other letters only in the full form. Duties the holder is asked to answer for (its basis) are part
    of what the request rests on, not asserted breaches.
    """
    from faceledger.law.rulebook import BASIS_RULES

    status = getattr(finding, "status", "")
    role = getattr(finding, "role", None) or "obligation"
    if role == "draft" or status == "draft":
        return "draft"
    if role == "regulator":
        return "regulator" if letter_type == "complaint" else None
    if role == "remedy":
        return "remedies" if letter_type == "followup" or (detail == "full" and letter_type != "complaint") else None
    if role == "definition":
        return "basis" if detail == "full" and letter_type != "complaint" else None
    if role == "right":
        if letter_type == "complaint" and getattr(finding, "topic", "") != "standing":
            return None
        return "basis"
    if getattr(finding, "rule", "") in BASIS_RULES:
        return "basis"
    return "breached"


def _short_selection(findings: list[Any], letter_type: str, facts: Facts | None = None) -> set[str]:
    """The provisions a short letter cites: the key ones, and for a rule whose key provisions do not apply on
    these dates (a 2019 collection: no PIPL yet) the first of its provisions that does."""
    from faceledger.law.rulebook import RULES

    usable = [f for f in findings if group_of(f, letter_type, "short") is not None]
    chosen = {_provision_id(f) for f in usable if getattr(f, "key", True)}
    present = {_provision_id(f) for f in usable}
    fired = {t for f in usable for t in (getattr(f, "topics", ()) or ())}
    for rule in RULES:
        keys = {c.provision for c in rule.cites if c.key}
        if not keys or rule.topic not in fired or keys & present or (facts is not None and not rule.applies(facts)):
            continue
        own = [f for f in usable if getattr(f, "rule", "") == rule.id]
        shared = [f for f in usable if rule.topic in (getattr(f, "topics", ()) or ()) and _provision_id(f) not in chosen]
        if own or shared:
            chosen.add(_provision_id((own or shared)[0]))
    return chosen


def citations_from_findings(findings: list[Any], on: date, letter_type: str = "deletion",
                            detail: str = "full", facts: Facts | None = None) -> list[Citation]:
    """The findings a letter of this type and detail cites, as citations with their group."""
    out: list[Citation] = []
    seen: set[str] = set()
    chosen = _short_selection(findings, letter_type, facts) if detail == "short" else None
    for f in findings:
        pid = _provision_id(f)
        group = group_of(f, letter_type, detail)
        if pid in seen or group is None or (chosen is not None and pid not in chosen):
            continue
        seen.add(pid)
        out.append(citation_for(pid, why=in_letter_terms(f.why, letter_type), status=f.status,
                                topic=getattr(f, "topic", "") or "",
                                axis=getattr(f, "axis", "rights") or "rights", on=on, part=getattr(f, "part", None),
                                role=getattr(f, "role", "obligation"), group=group,
                                reason=in_letter_terms(getattr(f, "reason", None), letter_type),
                                date_note=getattr(f, "date_note", None), continuing=getattr(f, "continuing", False)))
    return out


def in_force(instrument_id: str, on: date) -> bool:
    try:
        return _catalog().instrument(instrument_id).in_force_on(on)
    except NotFound:
        return False


def relationship_of(facts: Facts) -> str:
    """customer, resident, employee, pupil or patient: how the demands are worded."""
    if facts.collection.place == "residential" or facts.holder.category == "residential":
        return "resident"
    return {"workplace": "employee", "school": "pupil", "healthcare": "patient"}.get(facts.holder.category,
                                                                                     "customer")


# ----------------------------------------------------------------------------------------- compose

def compose(facts: Facts, letter_type: str, lang: str = "zh", *, reply_days: int = DEFAULT_WORKING_DAYS,
            reference: str | None = None, prior: PriorRequest | None = None,
            evidence: list[EvidenceItem] | None = None, regulator: Regulator | None = None,
            findings: list[Any] | None = None, detail: str = "short") -> Letter:
    """Build the letter model. ``findings`` defaults to the law engine's findings for the letter type."""
    from faceledger.law import advice
    from faceledger.law import rulebook as rb
    from faceledger.law.facts import check_facts

    if letter_type not in LETTER_TYPES:
        raise InvalidValue(f"type: {letter_type!r} is not one of {', '.join(LETTER_TYPES)}.", field="type",
                           zh=f"type：{letter_type!r} 不是信函类型；可选：{', '.join(LETTER_TYPES)}。")
    if lang not in LETTER_LANGS:
        raise InvalidValue(f"lang: {lang!r} is not one of {', '.join(LETTER_LANGS)}.", field="lang",
                           zh=f"lang：{lang!r} 不是可用的信函语言；可选：{', '.join(LETTER_LANGS)}。")
    if detail not in DETAILS:
        raise InvalidValue(f"detail: {detail!r} is not one of {', '.join(DETAILS)}.", field="detail",
                           zh=f"detail：{detail!r} 不是可用的详略程度；可选：{', '.join(DETAILS)}。")
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
    if letter_type == "followup" and prior is None and facts.prior is None:
        raise InvalidValue("A follow-up letter refers to an earlier request: give prior_request "
                           "(type and date_sent at least).", field="letter.prior_request",
                           zh="跟进函针对的是此前的请求：请给出 prior_request（至少包括 type 和 date_sent）。")
    if prior is not None and facts.prior is not prior:
        facts = check_facts(replace(facts, prior=prior))
    prior = facts.prior
    unfit = advice.unfit_reason(facts, letter_type)
    if unfit is not None:
        raise InvalidValue(f"type: a {letter_type} letter does not fit these facts. {unfit.en}", field="type",
                           zh=f"type：{LETTER_TITLES[letter_type].zh}不适合这些事实。{unfit.zh}")
    on = facts.as_of
    warnings: list[Text] = []
    if findings is None:
        findings = _findings(facts, letter_type, prior)
    citations = citations_from_findings(findings, on, letter_type, detail, facts)
    refusal = None
    if letter_type != "complaint" and in_force("PIPL", on):
        refusal = citation_for(REFUSAL_PROVISION, why=Text("", ""), status="in_force", on=on, role="right")
    deadline = add_working_days(on, reply_days)
    if deadline.warning:
        warnings.append(deadline.warning)
    if sender.id_number and facts.holder.category not in ID_NUMBER_CATEGORIES:
        warnings.append(Text(
            zh="信中写入了您的身份证件号码；这类单位通常不需要它来查找您的记录。如非必要，请删除。",
            en="The letter includes your ID document number; this kind of holder rarely needs it to find your "
               "record. Remove it unless it is really needed."))
    subject = sender.subject
    if sender.acting_for == "guardian" and subject is not None:
        age = subject.age_on(on)
        if age is not None and age >= 18:
            warnings.append(Text(
                zh=f"按出生日期，{subject.name}在信函日期已满十八周岁：监护人不能再代其提出请求。请由其本人写信，或由其书面授权您代理。",
                en=f"By the birth date, {subject.name} is 18 or older on the letter's date: a guardian can no longer "
                   "act for them. They should write themselves, or authorise you in writing (agent)."))
    private = rb.in_private_space(facts)
    if private and letter_type == "deletion":
        warnings.append(Text(
            zh="私密空间内的拍摄是违法行为的证据：在公安机关处理完毕之前要求删除，可能导致证据灭失。请先投诉、举报，并要求保全设备和录像。",
            en="Images taken in a private space are evidence: asking for deletion before the police have dealt with "
               "the matter may destroy it. Report it first and ask for the device and recordings to be preserved."))
    addressee = None
    if letter_type == "complaint":
        first = advice.default_addressee(facts)
        addressee = first.id if regulator is None else advice.route_id_for(regulator.name_zh)
        duties = advice.regulator_provisions(addressee)
        if duties is not None:  # cite the duties of the authority the complaint goes to
            citations = [c for c in citations if c.group != "regulator" or c.provision_id in duties]
        if regulator is None:
            regulator = Regulator(name_zh=first.name.zh, name_en=first.name.en[:1].upper() + first.name.en[1:])
            warnings.append(Text(
                zh=f"投诉书的收件部门写作“{first.name.zh}”（按事实建议的第一个部门）。请填写您所在地该部门的具体名称及联系方式，"
                   "并先在其官方网站核实。",
                en=f"The complaint is addressed to \"{first.name.en}\" (the first authority the facts suggest). Fill in "
                   "the name and contact of that authority where you live, verified on its own website."))
    if not citations:
        warnings.append(Text(zh="根据所填事实，没有可引用的法律条文；请补充事实或核对日期。",
                             en="No provision applies to these facts; add facts or check the dates."))
    identification = facts.collection.identification or "unknown"
    letter = Letter(type=letter_type, lang=lang, reference=reference or new_reference(on), date=on,
                    sender=sender, holder=facts.holder, collection=facts.collection, citations=citations,
                    deadline=deadline, refusal=refusal, prior=prior, evidence=list(evidence or []),
                    regulator=regulator if letter_type == "complaint" else None, warnings=warnings, detail=detail,
                    relationship=relationship_of(facts), asks_basis=rb.basis_in_question(facts) and not private,
                    consent_based=rb.consent_based(facts), private_space=private,
                    recognition={"none": "no", "unknown": "unknown"}.get(identification, "yes"),
                    addressee=addressee)
    if detail == "short" and letter_type in TWO_PAGE_TYPES:
        _fit_body(letter)
    return letter


# Withdrawal, deletion and access letters: the body (without the annex) fits on two A4 pages in each language.
TWO_PAGE_TYPES = ("withdrawal", "deletion", "access")
BODY_PAGES = 2
# The provisions a short letter never drops to fit: the right each letter exercises.
MAIN_RIGHTS = {"withdrawal": ("PIPL:15",), "deletion": ("PIPL:47", "MPL-2020:72", "PIPL:49"),
               "access": ("PIPL:45", "PIPL:48")}


def body_pages(letter: Letter, *, at_most: int | None = None) -> list[int]:
    """Pages of each language part of the letter's body (before the annex), as the PDF lays them out; one
    layout for both parts of a bilingual letter. ``at_most``: stop counting a part past that (it then shows
    ``at_most + 1``)."""
    from faceledger.letters.blocks import parse_blocks
    from faceledger.letters.typeset import typeset

    parts: list[list] = [[]]
    for b in parse_blocks(render_html(letter, body_only=True)):
        if b.kind == "pagebreak":
            parts.append([])
        else:
            parts[-1].append(b)
    return [len(typeset(part, max_pages=at_most).pages) for part in parts if part]


def _fit_body(letter: Letter) -> None:
    """Drop the weakest cited provisions (the last "may have breached" lines first, then the last ones the
    request rests on) until the body of each language fits on two pages; the right the letter exercises,
    the sender's standing and a continuing breach always stay. Warns if it still does not fit."""
    keep = set(MAIN_RIGHTS.get(letter.type, ()))
    if letter.asks_basis:
        keep.add("PIPL:13")
    while max(body_pages(letter, at_most=BODY_PAGES)) > BODY_PAGES:
        droppable = [c for group in ("breached", "basis") for c in reversed(letter.citations)
                     if c.group == group and c.provision_id not in keep and c.topic != "standing"
                     and not c.continuing]
        if not droppable:
            letter.warnings.append(Text(
                zh="这封信的正文超过两页：事实或请求事项较多。可以改用 --detail full，或删减事实说明。",
                en="The body of this letter is longer than two pages (many facts or demands). Use --detail full, "
                   "or shorten the facts."))
            return
        letter.citations.remove(droppable[0])


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


def render_html(letter: Letter, *, body_only: bool = False) -> str:
    """The letter as one HTML document (zh, en or zh then en). ``body_only`` (to measure the body) leaves out
    the annex and a bilingual letter's notes on which text prevails, so that each part is laid out as the
    letter in that one language."""
    import jinja2

    from faceledger.letters.pdf import FONT_FAMILY

    try:
        template = environment().get_template("letters/letter.html.j2")
        return template.render(L=letter, font_family=FONT_FAMILY, sections=SectionCounter,
                                in_force=lambda inst: in_force(inst, letter.date), prior_names=PRIOR_NAMES,
                                body_only=body_only)
    except jinja2.TemplateError as err:
        raise FaceLedgerError(f"The letter template is broken: {err}",
                              "This is a packaging bug; reinstall FaceLedger.",
                              zh=f"信函模板已损坏：{err}",
                              hint_zh="这是安装包的问题，请重新安装人脸账本。") from None
