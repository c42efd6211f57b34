"""Fact sets and look-ups shared by the law tests."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from faceledger.law.facts import Facts, load_facts
from faceledger.law.rules import Finding, evaluate


def reference_dir() -> Path | None:
    """The research reference files (law.md, frt-texts.md, law-additions.md), when this checkout has them."""
    env = os.environ.get("FACELEDGER_LAW_REFERENCE")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[2] / ".." / "shared" / "reference")
    for c in candidates:
        if all((c / f).is_file() for f in ("law.md", "frt-texts.md", "law-additions.md")):
            return c.resolve()
    return None


def facts(collection: dict[str, Any] | None = None, *, as_of: str = "2026-11-29", category: str = "other",
          name: str = "某公司", sender: dict[str, Any] | None = None, prior: dict[str, Any] | None = None) -> Facts:
    data: dict[str, Any] = {"holder": {"name": name, "category": category}, "collection": collection or {},
                            "as_of": as_of}
    if sender is not None:
        data["sender"] = {"name": "李华", "email": "lihua@example.com", **sender}
    if prior is not None:
        data["letter"] = {"prior_request": prior}
    return load_facts(data)


GUARDIAN = {"acting_for": "guardian", "subject": {"name": "李小雨", "relation": "女儿"}}
RELATIVE = {"acting_for": "close_relative", "subject": {"name": "李大山", "relation": "父亲"}}
AGENT = {"acting_for": "agent", "subject": {"name": "王五", "relation": "委托人"}}


def by_id(findings: list[Finding]) -> dict[str, Finding]:
    return {f.provision: f for f in findings}


def ids(f: Facts) -> set[str]:
    return {x.provision for x in evaluate(f)}


# The four fact sets of the issue.
GUO_BING = {  # 郭兵诉杭州野生动物世界: annual card 2019-04-27, switch to face entry announced by SMS in 2019
    "holder": {"name": "杭州野生动物世界有限公司", "category": "attraction", "city": "杭州"},
    "collection": {"date": "2019-10-17", "context": "entry", "place": "public", "purpose_stated": True,
                   "consent": "coerced", "alternative_offered": False, "service_refused_without_face": True,
                   "signage": None, "minor_under_14": False, "stored_off_device": None, "retention_stated": False},
    "as_of": "2019-10-28",
}
GYM_2024 = {
    "holder": {"name": "某健身房", "category": "other"},
    "collection": {"date": "2024-03-05", "context": "entry", "place": "public", "purpose_stated": True,
                   "consent": "bundled", "alternative_offered": False, "service_refused_without_face": True,
                   "signage": True, "stored_off_device": True, "retention_stated": False},
    "as_of": "2026-02-01",
}
AIRPORT_2025 = {
    "holder": {"name": "某国际机场", "category": "transport"},
    "collection": {"date": "2025-09-12", "context": "check_in", "place": "public", "purpose_stated": True,
                   "consent": "unknown", "alternative_offered": False, "service_refused_without_face": None,
                   "signage": True, "stored_off_device": True, "retention_stated": False, "scale_over_100k": True},
    "as_of": "2025-10-15",
}
BANK_2021 = {
    "holder": {"name": "某银行", "category": "finance"},
    "collection": {"date": "2021-10-15", "context": "account_verification", "place": "online", "purpose_stated": True,
                   "consent": "separate", "alternative_offered": False, "service_refused_without_face": None,
                   "stored_off_device": True, "retention_stated": False},
    "as_of": "2021-10-20",
}
