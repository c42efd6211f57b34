"""The catalog: data loads, ids, kinds, dates, citations, what may be quoted."""

from __future__ import annotations

import json
from datetime import date

import pytest
from faceledger.errors import NotFound
from faceledger.law.catalog import CONFIDENCES, KINDS, CatalogError, get_catalog, load_catalog
from faceledger.law.numerals import article_label_zh, chinese_number
from faceledger.paths import resource

EXPECTED_INSTRUMENTS = {"PIPL", "CIVIL-CODE", "CSL-2016", "CSL-2025", "NDSMR-2024", "FRT-MEASURES-2025",
                        "FRT-DRAFT-2023", "SPC-FR-2021", "SPC-EVIDENCE-2019", "SPC-ONLINE-2021", "CPL-2023",
                        "SPC-CPL-INTERP-2022", "CRPL-2013", "CRPL-REGS-2024", "PSVIS-2025", "GBT35273-2020",
                        "APP-PI-DRAFT-2026", "MPL-2020", "PSAPL-2012", "PSAPL-2025", "APL-2021"}


def test_all_instruments_and_their_kinds():
    cat = get_catalog()
    assert {i.id for i in cat.instruments()} == EXPECTED_INSTRUMENTS
    kinds = {i.id: i.kind for i in cat.instruments()}
    assert kinds["PIPL"] == "law" and kinds["NDSMR-2024"] == "regulation"
    assert kinds["SPC-FR-2021"] == "judicial_interpretation" and kinds["FRT-MEASURES-2025"] == "departmental_rule"
    assert kinds["GBT35273-2020"] == "standard" and kinds["FRT-DRAFT-2023"] == "draft"
    assert all(k in KINDS for k in kinds.values())


def test_counts_quoted_and_cited_only():
    provs = get_catalog().provisions()
    quoted = [p for p in provs if p.confirmed]
    assert len(provs) == 153
    assert len(quoted) == 97
    assert all(p.confidence in CONFIDENCES for p in provs)


def test_every_quoted_text_is_flagged_confirmed_and_nothing_else_is_quotable():
    # fixture-free: runs without the reference files
    for p in get_catalog().provisions():
        if p.text_zh is not None:
            assert p.confirmed and p.confidence == "confirmed", p.id
        else:
            assert not p.confirmed, p.id
        whole = [q for q in p.quotations() if q.whole_article]
        assert bool(whole) == p.confirmed, p.id
        for ex in p.excerpts:
            assert not p.confirmed, f"{p.id}: excerpts only for articles not confirmed in full"
            assert p.unverified_text_zh and ex.text_zh in p.unverified_text_zh, p.id
            assert ex.basis


def test_the_2023_draft_quotes_nothing_and_is_always_a_draft():
    cat = get_catalog()
    draft = cat.instrument("FRT-DRAFT-2023")
    assert not draft.binding and draft.status == "draft"
    for d in (date(2023, 8, 8), date(2025, 6, 1), date(2030, 1, 1)):
        assert draft.status_on(d) == "draft"
    for p in cat.provisions("FRT-DRAFT-2023"):
        assert p.text_zh is None and p.unverified_text_zh is None and not p.quotations()
        assert "征求意见稿" in p.cite_zh() and "未施行" in p.cite_zh()
        assert "draft" in p.cite_en()
    # the draft's 10,000 threshold is recorded only as a warning
    assert "never" in cat.provision("FRT-DRAFT-2023:Q12").summary_en.lower()


def test_measures_quote_only_what_a_second_copy_confirms():
    cat = get_catalog()
    full = {p.article for p in cat.provisions("FRT-MEASURES-2025") if p.confirmed}
    assert full == {"1", "2", "3", "4", "8", "12", "13"}
    art10 = cat.provision("FRT-MEASURES-2025:10")
    (q,) = art10.quotations()
    assert q.cite_zh == "《人脸识别技术应用安全管理办法》第十条第一款"
    assert "不得将人脸识别技术作为唯一验证方式" in q.text_zh and "国家对应用" not in q.text_zh
    assert cat.provision("FRT-MEASURES-2025:17").quotations() == []  # single source: cited only


def test_spc_face_rules_quote_what_two_copies_confirm():
    cat = get_catalog()
    # law-additions.md: a second copy (the flk export) confirms Arts. 2, 4, 6, 11 and 12; the rest stay cited only
    assert {p.article for p in cat.provisions("SPC-FR-2021") if p.confirmed} == {"2", "4", "6", "11", "12"}
    (q,) = cat.provision("SPC-FR-2021:10").quotations()
    assert q.cite_zh.endswith("第十条第一款") and q.text_zh.startswith("物业服务企业")
    assert cat.provision("SPC-FR-2021:9").quotations() == []


def test_the_2012_police_law_quotes_only_item_6_of_art_42():
    # the copies differ by one colon in the lead-in: only item (6), identical everywhere, is quoted
    p = get_catalog().provision("PSAPL-2012:42")
    assert not p.confirmed and p.confidence == "partial"
    (q,) = p.quotations()
    assert q.text_zh == "偷窥、偷拍、窃听、散布他人隐私的。"
    assert q.cite_zh == "《中华人民共和国治安管理处罚法》第四十二条第（六）项"


@pytest.mark.parametrize(("day", "old", "new"), [(date(2025, 12, 31), "in_force", "not_yet_in_force"),
                                                 (date(2026, 1, 1), "superseded", "in_force")])
def test_the_police_law_changes_text_on_2026_01_01(day, old, new):
    cat = get_catalog()
    assert cat.provision("PSAPL-2012:42").status_on(day) == old
    assert cat.provision("PSAPL-2025:50").status_on(day) == new
    assert cat.provision("PSAPL-2025:70").status_on(day) == new
    if old == "superseded":
        assert cat.provision("PSAPL-2012:42").cite_zh(day) == "《中华人民共和国治安管理处罚法》（2025年修订前）第四十二条"


def test_citations():
    cat = get_catalog()
    p = cat.provision("PIPL:47")
    assert p.cite_zh() == "《中华人民共和国个人信息保护法》第四十七条"
    assert p.cite_en() == "Personal Information Protection Law of the People's Republic of China, Art. 47"
    assert p.cite_short_en() == "PIPL Art. 47"
    assert cat.provision("CIVIL-CODE:1032").cite_zh() == "《中华人民共和国民法典》第一千零三十二条"
    new = cat.provision("CSL-2025:45")
    assert new.cite_zh(with_former=True) == "《中华人民共和国网络安全法》第四十五条（原第四十三条）"
    assert new.cite_en(with_former=True).endswith("Art. 45 (formerly Art. 43)")
    old = cat.provision("CSL-2016:41")
    assert old.cite_zh(date(2025, 12, 31)) == "《中华人民共和国网络安全法》第四十一条"
    assert old.cite_zh(date(2026, 1, 1)) == "《中华人民共和国网络安全法》（2025年修正前）第四十一条"
    assert old.cite_zh(date(2026, 1, 1), with_former=True) == \
        "《中华人民共和国网络安全法》（2025年修正前）第四十一条（现第四十三条）"
    assert old.cite_en(date(2026, 1, 1), with_former=True).endswith("Art. 41 (now Art. 43)")
    assert old.cite_zh(date(2025, 12, 31), with_former=True) == "《中华人民共和国网络安全法》第四十一条"
    assert old.renumbered_to == "CSL-2025:43" and cat.provision("CSL-2025:43").renumbered_from == "CSL-2016:41"
    assert cat.provision("GBT35273-2020:8.7").cite_zh() == "GB/T 35273—2020《信息安全技术 个人信息安全规范》第8.7条"


def test_lookup_variants_and_unknown_ids():
    cat = get_catalog()
    assert cat.provision("pipl:47").id == "PIPL:47"
    assert cat.provision("PIPL 47").id == "PIPL:47"
    with pytest.raises(NotFound, match="PIPL:99"):
        cat.provision("PIPL:99")
    with pytest.raises(NotFound):
        cat.instrument("GDPR")


@pytest.mark.parametrize(("instrument", "before", "start"), [
    ("PIPL", date(2021, 10, 31), date(2021, 11, 1)),
    ("SPC-FR-2021", date(2021, 7, 31), date(2021, 8, 1)),
    ("FRT-MEASURES-2025", date(2025, 5, 31), date(2025, 6, 1)),
    ("CSL-2025", date(2025, 12, 31), date(2026, 1, 1)),
    ("CIVIL-CODE", date(2020, 12, 31), date(2021, 1, 1)),
    ("NDSMR-2024", date(2024, 12, 31), date(2025, 1, 1)),
    ("PSVIS-2025", date(2025, 3, 31), date(2025, 4, 1)),
])
def test_status_boundaries(instrument, before, start):
    inst = get_catalog().instrument(instrument)
    assert inst.status_on(before) == "not_yet_in_force"
    assert inst.status_on(start) == "in_force"


def test_csl_2016_numbering_ends_on_2025_12_31():
    inst = get_catalog().instrument("CSL-2016")
    assert inst.status_on(date(2017, 5, 31)) == "not_yet_in_force"
    assert inst.status_on(date(2025, 12, 31)) == "in_force"
    assert inst.status_on(date(2026, 1, 1)) == "superseded"
    assert get_catalog().provision("CSL-2016:43").status_on(date(2026, 1, 1)) == "superseded"


def test_spc_face_rules_are_not_retroactive():
    inst = get_catalog().instrument("SPC-FR-2021")
    assert inst.applies_to_act_on(date(2021, 8, 1)) and not inst.applies_to_act_on(date(2021, 7, 31))


@pytest.mark.parametrize(("n", "zh"), [(1, "一"), (10, "十"), (15, "十五"), (47, "四十七"), (101, "一百零一"),
                                       (111, "一百一十一"), (995, "九百九十五"), (1032, "一千零三十二"),
                                       (1165, "一千一百六十五"), (1010, "一千零一十")])
def test_chinese_numerals(n, zh):
    assert chinese_number(n) == zh
    assert article_label_zh(n) == f"第{zh}条"


def test_every_label_matches_its_number():
    for p in get_catalog().provisions():
        if p.number is not None:
            assert p.label_zh == article_label_zh(p.number)


def _write_instrument(tmp_path, **changes):
    data = json.loads(resource("law", "PIPL.json").read_text(encoding="utf-8"))
    data["articles"] = data["articles"][:2]
    for k, v in changes.items():
        if k.startswith("art_"):
            data["articles"][0][k[4:]] = v
        else:
            data[k] = v
    (tmp_path / "PIPL.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_broken_data_is_rejected_with_a_message(tmp_path):
    assert len(load_catalog(_write_instrument(tmp_path))) == 2
    with pytest.raises(CatalogError, match="not confirmed"):
        load_catalog(_write_instrument(tmp_path, art_confirmed=False, art_confidence="single_source"))
    with pytest.raises(CatalogError, match="kind"):
        load_catalog(_write_instrument(tmp_path, kind="treaty"))
    with pytest.raises(CatalogError, match="label"):
        load_catalog(_write_instrument(tmp_path, art_label_zh="第五条"))
    with pytest.raises(CatalogError, match="No law data"):
        load_catalog(tmp_path / "empty")
