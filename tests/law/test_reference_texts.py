"""Every Chinese text the catalog stores is the reference's text, byte for byte."""

from __future__ import annotations

import pytest
from faceledger.law.catalog import get_catalog
from faceledger.law.reference_texts import (
    compare_catalog,
    load_reference,
    parse_frt_texts,
    parse_law_md,
    upgrade_candidates,
)

from tests.law.helpers import reference_dir

REF = reference_dir()
needs_reference = pytest.mark.skipif(REF is None, reason="shared/reference (law.md, frt-texts.md, law-additions.md) not present")


@needs_reference
def test_every_stored_text_matches_the_reference_byte_for_byte():
    reference = load_reference(REF)
    assert compare_catalog(get_catalog(), reference) == []


@needs_reference
def test_every_quoted_text_is_confirmed_by_the_reference_itself():
    reference = load_reference(REF)
    for p in get_catalog().provisions():
        if p.text_zh is None:
            continue
        ref = reference[p.id]
        assert ref.verification.startswith("CONFIRMED"), f"{p.id} is quoted but the reference says {ref.verification!r}"
        assert p.text_zh.encode("utf-8") == ref.text_zh.encode("utf-8")


@needs_reference
def test_nothing_the_reference_confirms_is_left_unquoted():
    assert upgrade_candidates(get_catalog(), load_reference(REF)) == []


@needs_reference
def test_catalog_covers_every_reference_article():
    reference = load_reference(REF)
    cat = get_catalog()
    assert set(reference) <= {p.id for p in cat.provisions()}


def test_parsers_keep_every_character_and_drop_only_structure():
    law = ("## X\n\n#### PIPL Art. 15（第十五条）\n\nOfficial Chinese text:\n\n> 甲，乙。\n> （一）丙；\n\n"
           "- Summary (EN): s\n- Source: src\n- Verification: CONFIRMED (x)\n\n"
           "#### CSL (as amended 2025-10-28) Art. 45（第四十五条）\n\nOfficial Chinese text:\n\n> 丁。\n\n"
           "- Verification: CONFIRMED for wording\n")
    refs = parse_law_md(law)
    assert refs["PIPL:15"].text_zh == "甲，乙。\n（一）丙；"
    assert refs["PIPL:15"].source == "src"
    assert refs["CSL-2025:45"].text_zh == "丁。"
    frt = ("## Measures 2025\n\n### Article 10（第十条）\n\n> 第十条 第一款。\n>\n> 第二款。\n\n"
           "- Source: S1.\n- Second source: PARTIAL — x\n\n## Draft 2023\n\n### Article 1（第一条）\n\n> 不要\n")
    refs = parse_frt_texts(frt)
    assert list(refs) == ["FRT-MEASURES-2025:10"]
    assert refs["FRT-MEASURES-2025:10"].text_zh == "第一款。\n第二款。"


def test_a_changed_character_is_reported(tmp_path):
    # a catalog whose PIPL:15 differs by one punctuation mark from a tiny reference
    import json
    import shutil

    from faceledger.law.catalog import load_catalog
    from faceledger.paths import resource

    shutil.copy(resource("law", "PIPL.json"), tmp_path / "PIPL.json")
    data = json.loads((tmp_path / "PIPL.json").read_text(encoding="utf-8"))
    art = next(a for a in data["articles"] if a["article"] == "15")
    art["text_zh"] = art["text_zh"].replace("，", ",", 1)
    (tmp_path / "PIPL.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    original = get_catalog().provision("PIPL:15").text_zh
    lines = "\n".join(f"> {line}" for line in original.splitlines())
    ref = parse_law_md(f"#### PIPL Art. 15（第十五条）\n\nOfficial Chinese text:\n\n{lines}\n\n- Verification: CONFIRMED\n")
    problems = [p for p in compare_catalog(load_catalog(tmp_path), ref) if p.provision_id == "PIPL:15"]
    assert len(problems) == 1 and "differs at character" in problems[0].problem


def test_additions_parser_takes_the_fenced_body_and_the_confidence_line():
    from faceledger.law.reference_texts import parse_law_additions

    text = ("#### MPL-2020 Art. 72 — minors online\n\nArticle label: 第七十二条 (not included in the block)\n\n"
            "```text\n甲，乙。\n（一）丙；\n```\n\nSources:\n- copy A @ 1\n- copy B @ 2\n\n"
            "Confidence: CONFIRMED (two copies identical)\n\n"
            "#### FRT-MEASURES-2025 Art. 5 — notice\n\nArticle label: 第五条\n\n```text\n丁。\n```\n\n"
            "Confidence: SINGLE SOURCE\n\n"
            "#### PSAPL-2012 Art. 42 — threats\n\nArticle label: 第四十二条\n\n```text\n戊：\n（六）己。\n```\n\n"
            "Confidence: CONFLICT — punctuation only\n")
    refs = parse_law_additions(text)
    assert set(refs) == {"MPL-2020:72", "PSAPL-2012:42"}  # the Measures are left to frt-texts.md
    mpl = refs["MPL-2020:72"]
    assert mpl.text_zh == "甲，乙。\n（一）丙；" and mpl.label_zh == "第七十二条"
    assert mpl.verification.startswith("CONFIRMED") and mpl.source == "copy A @ 1"
    assert refs["PSAPL-2012:42"].verification.startswith("CONFLICT")


@needs_reference
def test_the_additions_confirm_what_law_md_had_from_one_copy():
    reference = load_reference(REF)
    for n in ("2", "4", "6", "11", "12"):
        ref = reference[f"SPC-FR-2021:{n}"]
        assert ref.file.endswith("law-additions.md") and ref.verification.startswith("CONFIRMED")
        assert get_catalog().provision(f"SPC-FR-2021:{n}").text_zh == ref.text_zh
    assert reference["PSAPL-2012:42"].verification.startswith("CONFLICT")
    assert not get_catalog().provision("PSAPL-2012:42").confirmed
