"""The rule engine: facts in, findings out.

    findings = evaluate(load_facts("FACTS.json"))
    for f in findings_for(facts, "deletion"): ...

Every rule (faceledger.law.rulebook) is data: a topic, an axis, a small pure predicate on the facts and
the provisions it cites, each with its reason in Chinese and English. The engine decides which cited
provisions count on which date:

- axis "collection": whether taking the face was lawful is judged by the instruments in force on the
  collection date (no finding on this axis when the date is unknown);
- axis "rights": what the user asks for now (withdraw, delete, access, explanation, complaint) is
  judged by the instruments in force on ``as_of``;
- a citation about the answer to an earlier request (``Cite.on_request``: the request a follow-up or a
  complaint refers to) is judged by the instruments in force on the day that request was made: a deletion
  refused in 2019 broke the Cybersecurity Law's duty, not the PIPL's (which was not yet law), while the
  keeping of the face that continues after the PIPL took effect is judged on ``as_of`` like any right;
- an instrument that is not retroactive (SPC-FR-2021: only acts from 2021-08-01) counts only when the
  act it judges (the collection, unless the rule says the act is ongoing, or the request) falls on or
  after that date;
- a draft never counts as law: its findings have status "draft" and say "the regulator's draft also
  proposed ...", and only inside the date window the rule gives.

A provision cited by several rules appears once, with the first rule's reason (rules are ordered from
the most specific) and the union of topics and supported letter types. Asked for one letter type
(``findings_for``), only the citations that support it take part, so a provision keeps the role it has
in that letter (PIPL Art. 47 is the right a deletion request rests on, and a duty breached in a complaint).

Each finding has a ``role``: ``obligation`` (a duty of the holder; what a complaint says was breached),
``right`` (what the person may ask, and the standing to ask it), ``remedy`` (what a court may order),
``regulator`` (what a department may and must do), ``definition`` or ``draft``. A citation may rest on a
part of its article (``Part``: paragraph, items); the letter names and quotes only that part.

Whether face-recognition rules apply depends on ``collection.identification``: only for verification or
identification; for ``unknown`` the reason is conditional ("if the holder uses the face to identify
people ..."), and what a department may do under them is left to the general provisions (PIPL Art. 65);
for ``none`` (images only) they are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from faceledger.errors import InvalidValue
from faceledger.law.catalog import Catalog, Part, Provision, get_catalog
from faceledger.law.facts import Facts
from faceledger.text import Text

LETTER_TYPES = ("withdrawal", "deletion", "access", "followup", "complaint")
AXES = ("collection", "rights")
ROLES = ("obligation", "right", "remedy", "regulator", "definition", "draft")
TOPICS = ("standing", "basis", "sensitive", "consent", "alternative", "refusal", "private_space", "minor",
          "sensitive_inference", "public_place", "signage", "notice", "storage", "retention", "assessment",
          "filing", "relationship", "prior_request", "withdrawal", "deletion", "access", "explanation",
          "complaint", "remedy", "time")
# Instruments that speak only of face recognition (identifying or verifying a person): Measures Art. 19(3).
RECOGNITION_INSTRUMENTS = ("FRT-MEASURES-2025", "FRT-DRAFT-2023", "SPC-FR-2021")


@dataclass(frozen=True)
class Finding:
    """One provision that supports the user's position, and why."""

    provision: str                   # "PIPL:29"
    status: str                      # the provision's standing on as_of: in_force, superseded, draft
    why: Text                        # reason + the date it was judged on (the CLI's why_zh/why_en)
    topic: str
    supports: tuple[str, ...]        # letter types: withdrawal, deletion, access, followup, complaint
    axis: str                        # "collection" (judged on the collection date) or "rights" (on as_of)
    judged_on: date | None           # the date the provision was applied on (None for a draft)
    rule: str                        # id of the rule that produced it
    topics: tuple[str, ...] = ()     # every topic that cited this provision (topic first)
    role: str = "obligation"         # ROLES
    part: Part | None = None         # the paragraph/items the reason rests on (None: the whole article)
    reason: Text | None = None       # the reason alone, without the date note
    date_note: Text | None = None    # "judged by the rules in force on ..." (+ the renumbering)
    key: bool = False                # one of the few provisions a short letter cites
    continuing: bool = False         # a breach that continues on as_of (a request ignored or refused)

    @property
    def plain(self) -> Text:
        return self.reason or self.why

    def to_json(self) -> dict[str, Any]:
        """The CLI contract: {"provision", "status", "role", "why_zh", "why_en"}."""
        return {"provision": self.provision, "status": self.status, "role": self.role,
                "why_zh": self.why.zh, "why_en": self.why.en}

    def to_dict(self) -> dict[str, Any]:
        return {**self.to_json(), "topic": self.topic, "topics": list(self.topics), "supports": list(self.supports),
                "axis": self.axis, "judged_on": self.judged_on.isoformat() if self.judged_on else None,
                "rule": self.rule, "part": [self.part.para, list(self.part.items)] if self.part else None,
                "key": self.key, "continuing": self.continuing}


def _zh_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _date_note(axis: str, on: date) -> Text:
    if axis == "request":
        return Text(f"（按提出请求之日{_zh_date(on)}施行的规定判断。）",
                    f"(Judged by the rules in force on the day of the request, {on.isoformat()}.)")
    if axis == "collection":
        return Text(f"（按收集之日{_zh_date(on)}施行的规定判断。）",
                    f"(Judged by the rules in force on the collection date, {on.isoformat()}.)")
    return Text(f"（按{_zh_date(on)}施行的规定判断。）", f"(Judged by the rules in force on {on.isoformat()}.)")


def _renumbering_note(cat: Catalog, p: Provision, as_of: date) -> Text | None:
    """For an old version cited after its amendment: the article that has the same text now."""
    if p.status_on(as_of) != "superseded" or not p.renumbered_to:
        return None
    new = cat.provision(p.renumbered_to)
    start = new.instrument.in_force
    when_zh = _zh_date(start) if start else ""
    return Text(f"该条自{when_zh}起为修正后的{new.label_zh}，文字未变。",
                f"From {start.isoformat() if start else '?'} the same text is Art. {new.article} of the amended law.")


def _join(reason: Text, note: Text) -> Text:
    return Text(reason.zh + note.zh, f"{reason.en} {note.en}")


CONDITIONAL = Text("如持有方将人脸信息用于识别身份，", "If the face is used to identify people, ")


def _conditional(why: Text) -> Text:
    en = why.en[:1].lower() + why.en[1:] if why.en[:2] != "If" else why.en
    return Text(CONDITIONAL.zh + why.zh, CONDITIONAL.en + en)


def _draft_reason(why: Text) -> Text:
    return Text(
        f"国家网信办2023年8月公布的征求意见稿还曾提出：{why.zh}该稿仅为征求意见稿，从未生效，不是法律依据，只说明监管方向。",
        f"The regulator's 2023 draft also proposed that {why.en} It was only a draft for comment, never in force and "
        "not a legal basis; it shows the regulator's direction.",
    )


def _recognition_applies(cite: Cite, p: Provision) -> bool:
    return cite.recognition if cite.recognition is not None else p.instrument.id in RECOGNITION_INSTRUMENTS


def evaluate(facts: Facts, catalog: Catalog | None = None, types: set[str] | tuple[str, ...] | None = None,
             ) -> list[Finding]:
    """All findings for the facts, ordered: collection-axis findings first, then rights, drafts last.

    ``types``: only the citations that support one of these letter types take part (and merge).
    """
    from faceledger.law.rulebook import ROLE_OF

    cat = catalog or get_catalog()
    collected = facts.collection_date
    as_of = facts.as_of
    requested = date.fromisoformat(facts.prior.date_sent) if facts.prior is not None else None
    identification = facts.collection.identification or "unknown"
    wanted = set(types) if types else None
    merged: dict[str, Finding] = {}
    order: list[str] = []
    for rule in rules():
        if not rule.applies(facts):
            continue
        axis_date = collected if rule.axis == "collection" else as_of
        if axis_date is None:
            continue
        for cite in rule.cites:
            supports = cite.supports or rule.supports
            if wanted is not None and not wanted & set(supports):
                continue
            if cite.when is not None and not cite.when(facts):
                continue
            on = requested if cite.on_request else axis_date
            if on is None:
                continue
            p = cat.provision(cite.provision)
            recognition = _recognition_applies(cite, p)
            if recognition and identification == "none":
                continue  # images only: no face-recognition rule applies (Measures Art. 19(3))
            if recognition and identification == "unknown" and (cite.role or ROLE_OF.get(p.id)) == "regulator":
                continue  # "if the face identifies people, the department may ..." adds nothing to PIPL Art. 65
            base = cite.why(facts) if callable(cite.why) else cite.why
            if recognition and identification == "unknown":
                base = _conditional(base)
            part = cite.part(facts) if callable(cite.part) else cite.part
            inst = p.instrument
            note: Text | None = None
            if inst.is_draft:
                if not rule.draft_window or collected is None:
                    continue
                start, end = rule.draft_window
                if collected < start or (end is not None and collected >= end):
                    continue
                why = reason = _draft_reason(base)
                status, judged, role = "draft", None, "draft"
            else:
                if not inst.in_force_on(on):
                    continue
                if inst.applies_to_acts_from is not None:
                    act = on if cite.ongoing or cite.on_request else collected
                    if act is None or act < inst.applies_to_acts_from:
                        continue
                note = _date_note("request" if cite.on_request else rule.axis, on)
                reason, why = base, _join(base, note)
                renumbered = _renumbering_note(cat, p, as_of)
                if renumbered is not None:  # the letter's citation says 现第N条 already; the listing says it here
                    why = Text(why.zh + renumbered.zh, f"{why.en} {renumbered.en}")
                status, judged = p.status_on(as_of), on
                role = cite.role or ROLE_OF.get(p.id, "obligation")
            prev = merged.get(p.id)
            if prev is None:
                merged[p.id] = Finding(p.id, status, why, rule.topic, tuple(supports), rule.axis, judged, rule.id,
                                       (rule.topic,), role, part, reason, note, cite.key, cite.continuing)
                order.append(p.id)
            else:
                merged[p.id] = Finding(
                    prev.provision, prev.status, prev.why, prev.topic,
                    tuple(dict.fromkeys(prev.supports + tuple(supports))), prev.axis, prev.judged_on, prev.rule,
                    tuple(dict.fromkeys(prev.topics + (rule.topic,))), prev.role,
                    prev.part, prev.reason, prev.date_note,
                    prev.key or cite.key, prev.continuing)
    findings = [merged[k] for k in order]
    rank = {"collection": 0, "rights": 1}
    findings.sort(key=lambda f: (f.status == "draft", not f.continuing, rank[f.axis]))
    return findings


def rules() -> tuple[Rule, ...]:
    from faceledger.law.rulebook import RULES

    return RULES


def check_type(letter_type: str) -> str:
    if letter_type not in LETTER_TYPES:
        raise InvalidValue(f"type: {letter_type!r} is not a letter type; use one of: {', '.join(LETTER_TYPES)}.",
                           field="type",
                           zh=f"type：{letter_type!r} 不是信函类型；请从以下选项中选择：{', '.join(LETTER_TYPES)}。")
    return letter_type


def findings_for(facts: Facts, letter_type: str, catalog: Catalog | None = None) -> list[Finding]:
    """The findings a letter of that type should cite (withdrawal, deletion, access, followup, complaint)."""
    return evaluate(facts, catalog, types=(check_type(letter_type),))


@dataclass(frozen=True)
class Cite:
    """A provision a rule cites, with its reason; ``when`` narrows it further (e.g. consumers only)."""

    provision: str
    why: Any                                  # Text, or Callable[[Facts], Text] for a reason built from the facts
    when: Any = None                          # Callable[[Facts], bool] | None
    supports: tuple[str, ...] = ()            # overrides the rule's
    ongoing: bool = False                     # judged act is the current conduct (as_of), not the collection
    part: Any = None                          # Part, or Callable[[Facts], Part | None]; None: the whole article
    role: str | None = None                   # ROLES; default: the provision's usual role (rulebook.ROLE_OF)
    key: bool = False                         # one of the few provisions a short letter cites
    recognition: bool | None = None           # applies only to face recognition (default: by instrument)
    continuing: bool = False                  # a breach continuing on as_of
    on_request: bool = False                  # judged on the day the earlier request was made (facts.prior)


@dataclass(frozen=True)
class Rule:
    id: str
    topic: str
    axis: str
    supports: tuple[str, ...]
    predicate: Any                            # Callable[[Facts], bool]
    cites: tuple[Cite, ...]
    draft_window: tuple[date, date | None] | None = None
    description: str = ""
    examples: tuple[str, ...] = field(default=())

    def applies(self, facts: Facts) -> bool:
        return bool(self.predicate(facts))
