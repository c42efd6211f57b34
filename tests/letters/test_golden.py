"""Golden letters: every type x language on the fact sets, compared word for word.

The golden files are the plain-text rendering (tests/letters/golden/<facts>/<type>.<lang>.txt), which
carries every word of the HTML/PDF. A letter type that does not fit the facts (a withdrawal for a camera in a
hotel room, a follow-up without an earlier request) has <type>.error.txt instead: the message that names what
to send. After a reviewed change to templates, law data or rules, regenerate:

    FACELEDGER_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/letters/test_golden.py -q
    git diff tests/letters/golden/     # read every change before committing it
"""

from __future__ import annotations

import os

import pytest
from faceledger.errors import InvalidValue
from faceledger.letters.compose import BODY_PAGES, TWO_PAGE_TYPES
from faceledger.letters.export import page_counts, render

from tests.letters.conftest import FACT_SETS, GOLDEN_DIR, LANGS, TYPES, make_letter

REGEN = os.environ.get("FACELEDGER_REGEN_GOLDEN") == "1"


def _letter_or_error(facts: str, letter_type: str, lang: str):
    try:
        return make_letter(facts, letter_type, lang), None
    except InvalidValue as err:
        assert err.field in ("type", "letter.prior_request"), err
        return None, f"{err.message_in('zh')}\n{err}\n"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("letter_type", TYPES)
@pytest.mark.parametrize("facts", FACT_SETS)
def test_golden_text(facts, letter_type, lang):
    letter, error = _letter_or_error(facts, letter_type, lang)
    path = GOLDEN_DIR / facts / (f"{letter_type}.error.txt" if error else f"{letter_type}.{lang}.txt")
    text = error if error else render(letter).text
    if REGEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"missing golden file {path}; run with FACELEDGER_REGEN_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8")
    stale = GOLDEN_DIR / facts / (f"{letter_type}.{lang}.txt" if error else f"{letter_type}.error.txt")
    assert not stale.exists(), f"{stale} is left over from before: delete it"


def test_body_pages_of_every_golden_letter(capsys):
    """Prints the body (before the annex) and total pages of every golden letter, and holds withdrawal,
    deletion and access letters in one language to two body pages."""
    rows, over = [], []
    for facts in FACT_SETS:
        cells = []
        for letter_type in TYPES:
            for lang in LANGS:
                letter, error = _letter_or_error(facts, letter_type, lang)
                if error:
                    cells.append(f"{letter_type[:3]}.{lang[:2]}=-")
                    continue
                pages, body = page_counts(render(letter))
                cells.append(f"{letter_type[:3]}.{lang[:2]}={body}/{pages}")
                if letter_type in TWO_PAGE_TYPES and lang != "bilingual" and body > BODY_PAGES:
                    over.append(f"{facts} {letter_type}.{lang}: {body} body pages")
        rows.append(f"{facts:24s} " + " ".join(cells))
    with capsys.disabled():
        print("\nbody/total pages of the golden letters (type.lang=body/total):\n" + "\n".join(rows))
    assert not over, over
