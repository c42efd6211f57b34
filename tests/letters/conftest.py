"""Fixtures for letter tests: the fact sets in tests/letters/facts/ and a composed-letter helper."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FACTS_DIR = Path(__file__).resolve().parent / "facts"
GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
FACT_SETS = ("guo_bing_2019", "gym_2024", "airport_2025_09", "bank_2021_10", "school_child_2025",
             "hotel_room_camera_2026", "employer_2025", "beauty_app_2026", "payment_separate_2026", "guo_bing_2026",
             "residential_estate_2025")
TYPES = ("withdrawal", "deletion", "access", "followup", "complaint")
LANGS = ("zh", "en", "bilingual")


# (facts, type) pairs whose letter fits: no withdrawal for a camera in a hotel room, no follow-up without an
# earlier request (those are golden error messages instead, test_golden.py)
UNFIT = {("hotel_room_camera_2026", "withdrawal"), ("hotel_room_camera_2026", "followup"),
         ("school_child_2025", "followup"), ("employer_2025", "followup"), ("beauty_app_2026", "followup"),
         ("residential_estate_2025", "followup")}
FITTING = [(f, t) for f in FACT_SETS for t in TYPES if (f, t) not in UNFIT]


def fact_data(name: str) -> dict:
    return json.loads((FACTS_DIR / f"{name}.json").read_text(encoding="utf-8"))


def make_letter(name: str, letter_type: str, lang: str, **overrides):
    from faceledger.letters.compose import compose, load_letter_input

    facts, extras = load_letter_input(fact_data(name))
    opts = extras.options()
    opts.update(overrides)
    return compose(facts, letter_type, lang, **opts)


@pytest.fixture
def letter_factory():
    return make_letter
