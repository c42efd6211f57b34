"""Golden letters: every type x language on four fact sets, compared word for word.

The golden files are the plain-text rendering (tests/letters/golden/<facts>/<type>.<lang>.txt), which
carries every word of the HTML/PDF. After a reviewed change to templates, law data or rules, regenerate:

    FACELEDGER_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/letters/test_golden.py -q
    git diff tests/letters/golden/     # read every change before committing it
"""

from __future__ import annotations

import os

import pytest
from faceledger.letters.export import render

from tests.letters.conftest import FACT_SETS, GOLDEN_DIR, LANGS, TYPES, make_letter

REGEN = os.environ.get("FACELEDGER_REGEN_GOLDEN") == "1"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("letter_type", TYPES)
@pytest.mark.parametrize("facts", FACT_SETS)
def test_golden_text(facts, letter_type, lang):
    text = render(make_letter(facts, letter_type, lang)).text
    path = GOLDEN_DIR / facts / f"{letter_type}.{lang}.txt"
    if REGEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"missing golden file {path}; run with FACELEDGER_REGEN_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8")
