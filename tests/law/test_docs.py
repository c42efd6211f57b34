"""docs/law.md stays in step with the rulebook, the allowed fact values and the catalog counts."""

from __future__ import annotations

from pathlib import Path

from faceledger.law.catalog import get_catalog
from faceledger.law.rulebook import CONSUMER_CATEGORIES, RULES
from faceledger.ledger.model import (
    CONSENTS,
    CONTEXTS,
    HOLDER_CATEGORIES,
    PLACES,
    PRIVATE_SPACES,
    SENSITIVE_INFERENCES,
)

DOC = (Path(__file__).resolve().parents[2] / "docs" / "law.md").read_text(encoding="utf-8")


def test_every_rule_is_documented_with_its_citations():
    for rule in RULES:
        rows = [line for line in DOC.splitlines() if line.startswith(f"| `{rule.id}` |")]
        assert rows, f"rule {rule.id} missing from docs/law.md"
        assert ", ".join(c.provision for c in rule.cites) in rows[0], rule.id


def test_every_allowed_value_is_documented():
    for values in (HOLDER_CATEGORIES, CONTEXTS, PLACES, PRIVATE_SPACES, CONSENTS, SENSITIVE_INFERENCES,
                   CONSUMER_CATEGORIES):
        for v in values:
            assert f"`{v}`" in DOC, v


def test_counts_in_the_doc_match_the_catalog():
    provs = get_catalog().provisions()
    full = sum(p.confirmed for p in provs)
    part = sum(1 for p in provs if not p.confirmed and p.excerpts)
    assert f"| **Total** | | | {len(provs)} | {full} | {part} | {len(provs) - full - part} |" in DOC
