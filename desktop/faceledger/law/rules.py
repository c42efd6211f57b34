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
- an instrument that is not retroactive (SPC-FR-2021: only acts from 2021-08-01) counts only when the
  act it judges (the collection, unless the rule says the act is ongoing) falls on or after that date;
- a draft never counts as law: its findings have status "draft" and say "the regulator's draft also
  proposed ...", and only inside the date window the rule gives.

A provision cited by several rules appears once, with the first rule's reason (rules are ordered from
the most specific) and the union of topics and supported letter types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from faceledger.errors import InvalidValue
from faceledger.law.catalog import Catalog, Provision, get_catalog
from faceledger.law.facts import Facts
from faceledger.text import Text

LETTER_TYPES = ("withdrawal", "deletion", "access", "followup", "complaint")
AXES = ("collection", "rights")
TOPICS = ("sensitive", "consent", "alternative", "refusal", "private_space", "minor", "sensitive_inference",
          "public_place", "signage", "notice", "storage", "retention", "assessment", "filing", "withdrawal",
          "deletion", "access", "explanation", "complaint", "remedy")


@dataclass(frozen=True)
class Finding:
    """One provision that supports the user's position, and why."""

    provision: str                   # "PIPL:29"
    status: str                      # the provision's standing on as_of: in_force, superseded, draft
    why: Text
    topic: str
    supports: tuple[str, ...]        # letter types: withdrawal, deletion, access, followup, complaint
    axis: str                        # "collection" (judged on the collection date) or "rights" (on as_of)
    judged_on: date | None           # the date the provision was applied on (None for a draft)
    rule: str                        # id of the rule that produced it
    topics: tuple[str, ...] = ()     # every topic that cited this provision (topic first)

    def to_json(self) -> dict[str, Any]:
        """The CLI contract: {"provision", "status", "why_zh", "why_en"}."""
        return {"provision": self.provision, "status": self.status, "why_zh": self.why.zh, "why_en": self.why.en}

    def to_dict(self) -> dict[str, Any]:
        return {**self.to_json(), "topic": self.topic, "topics": list(self.topics), "supports": list(self.supports),
                "axis": self.axis, "judged_on": self.judged_on.isoformat() if self.judged_on else None,
                "rule": self.rule}


def _zh_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _dated_reason(cat: Catalog, p: Provision, why: Text, axis: str, on: date, as_of: date) -> Text:
    if axis == "collection":
        zh = f"{why.zh}（按收集之日{_zh_date(on)}施行的规定判断。）"
        en = f"{why.en} (Judged by the rules in force on the collection date, {on.isoformat()}.)"
    else:
        zh = f"{why.zh}（按{_zh_date(on)}施行的规定判断。）"
        en = f"{why.en} (Judged by the rules in force on {on.isoformat()}.)"
    if p.status_on(as_of) == "superseded" and p.renumbered_to:
        new = cat.provision(p.renumbered_to)
        start = new.instrument.in_force
        when_zh = _zh_date(start) if start else ""
        zh += f"该条自{when_zh}起为修正后的{new.label_zh}，文字未变。"
        en += f" From {start.isoformat() if start else '?'} the same text is Art. {new.article} of the amended law."
    return Text(zh, en)


def _draft_reason(why: Text) -> Text:
    return Text(
        f"国家网信办2023年8月公布的征求意见稿还曾提出：{why.zh}该稿仅为征求意见稿，从未生效，不是法律依据，只说明监管方向。",
        f"The regulator's 2023 draft also proposed that {why.en} It was only a draft for comment, never in force and "
        "not a legal basis; it shows the regulator's direction.",
    )


def evaluate(facts: Facts, catalog: Catalog | None = None) -> list[Finding]:
    """All findings for the facts, ordered: collection-axis findings first, then rights, drafts last."""
    from faceledger.law.rulebook import RULES

    cat = catalog or get_catalog()
    collected = facts.collection_date
    as_of = facts.as_of
    merged: dict[str, Finding] = {}
    order: list[str] = []
    for rule in RULES:
        if not rule.applies(facts):
            continue
        axis_date = collected if rule.axis == "collection" else as_of
        if axis_date is None:
            continue
        for cite in rule.cites:
            if cite.when is not None and not cite.when(facts):
                continue
            p = cat.provision(cite.provision)
            inst = p.instrument
            if inst.is_draft:
                if not rule.draft_window or collected is None:
                    continue
                start, end = rule.draft_window
                if collected < start or (end is not None and collected >= end):
                    continue
                why = _draft_reason(cite.why)
                status, judged = "draft", None
            else:
                if not inst.in_force_on(axis_date):
                    continue
                if inst.applies_to_acts_from is not None:
                    act = axis_date if cite.ongoing else collected
                    if act is None or act < inst.applies_to_acts_from:
                        continue
                why = _dated_reason(cat, p, cite.why, rule.axis, axis_date, as_of)
                status, judged = p.status_on(as_of), axis_date
            supports = cite.supports or rule.supports
            prev = merged.get(p.id)
            if prev is None:
                merged[p.id] = Finding(p.id, status, why, rule.topic, tuple(supports), rule.axis, judged, rule.id,
                                       (rule.topic,))
                order.append(p.id)
            else:
                merged[p.id] = Finding(
                    prev.provision, prev.status, prev.why, prev.topic,
                    tuple(dict.fromkeys(prev.supports + tuple(supports))), prev.axis, prev.judged_on, prev.rule,
                    tuple(dict.fromkeys(prev.topics + (rule.topic,))))
    findings = [merged[k] for k in order]
    rank = {"collection": 0, "rights": 1}
    findings.sort(key=lambda f: (f.status == "draft", rank[f.axis]))
    return findings


def findings_for(facts: Facts, letter_type: str, catalog: Catalog | None = None) -> list[Finding]:
    """The findings a letter of that type should cite (withdrawal, deletion, access, followup, complaint)."""
    if letter_type not in LETTER_TYPES:
        raise InvalidValue(f"type: {letter_type!r} is not a letter type; use one of: {', '.join(LETTER_TYPES)}.",
                           field="type",
                           zh=f"type：{letter_type!r} 不是信函类型；请从以下选项中选择：{', '.join(LETTER_TYPES)}。")
    return [f for f in evaluate(facts, catalog) if letter_type in f.supports]


@dataclass(frozen=True)
class Cite:
    """A provision a rule cites, with its reason; ``when`` narrows it further (e.g. consumers only)."""

    provision: str
    why: Text
    when: Any = None                          # Callable[[Facts], bool] | None
    supports: tuple[str, ...] = ()            # overrides the rule's
    ongoing: bool = False                     # judged act is the current conduct (as_of), not the collection


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
