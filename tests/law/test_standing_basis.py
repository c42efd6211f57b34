"""Issue 10 in the law engine: who asks, on what basis, what kind of processing, private spaces, roles,
continuing breaches, time limits, routing, the letters that fit, and the smaller corrections."""

from __future__ import annotations

import json

import pytest
from faceledger.cli import main
from faceledger.errors import InvalidValue
from faceledger.law.advice import ROUTE_IDS, open_questions, route, suggested_letters, time_notes, unfit_reason
from faceledger.law.catalog import get_catalog
from faceledger.law.rulebook import CONSUMER_CATEGORIES, RULES
from faceledger.law.rules import evaluate, findings_for

from tests.law.helpers import AGENT, GUARDIAN, RELATIVE, by_id, facts, ids

MODERN = "2025-09-01"
IGNORED = {"type": "deletion", "date_sent": "2025-10-01", "due_date": "2025-10-22", "outcome": "no_reply"}


# ---------------------------------------------------------------------------------- the police law by date
@pytest.mark.parametrize(("day", "cited", "absent"), [
    ("2025-12-31", {"PSAPL-2012:42"}, {"PSAPL-2025:50", "PSAPL-2025:70"}),
    ("2026-01-01", {"PSAPL-2025:50", "PSAPL-2025:70"}, {"PSAPL-2012:42"}),
])
def test_boundary_police_law_2025_12_31_and_2026_01_01(day, cited, absent):
    f = facts({"date": day, "private_space": "hotel_room", "context": "camera"}, category="hotel", as_of="2026-01-20")
    complaint = by_id(findings_for(f, "complaint"))
    assert cited <= set(complaint) and not absent & set(complaint)
    for pid in cited:
        assert complaint[pid].role == "obligation" and complaint[pid].topic == "private_space"
    if day == "2025-12-31":  # the 2012 text judged the act; it is superseded on the letter's date
        assert complaint["PSAPL-2012:42"].status == "superseded" and complaint["PSAPL-2012:42"].part.items == (6,)
    else:
        assert complaint["PSAPL-2025:50"].part.para == 1 and complaint["PSAPL-2025:50"].part.items == (6,)
    # the police law is for the complaint (to the police), not for a letter to the hotel
    assert not {"PSAPL-2012:42", "PSAPL-2025:50", "PSAPL-2025:70"} & ids(f) - set(complaint)
    assert not {"PSAPL-2012:42", "PSAPL-2025:50"} & {x.provision for x in findings_for(f, "deletion")}


def test_private_space_no_signage_no_consent_and_police_first():
    f = facts({"date": MODERN, "private_space": "bathroom", "signage": False, "consent": "none"}, category="leisure")
    found = ids(f)
    assert "PSVIS-2025:8" in found and "PSVIS-2025:24" in found
    assert "PSVIS-2025:13" not in found  # no sign could make it lawful: no signage finding
    assert route(f)[0].id == "police"
    assert suggested_letters(f)[0].type == "complaint" and suggested_letters(f)[0].to == "police"
    assert unfit_reason(f, "withdrawal") is not None and "complaint" in unfit_reason(f, "withdrawal").en
    assert unfit_reason(f, "deletion") is None  # possible once the matter is closed


# ---------------------------------------------------------------------------------- on what basis
@pytest.mark.parametrize("basis", ["legal_duty", "contract", "employment"])
def test_a_claimed_basis_other_than_consent_is_asked_for_not_judged_by_consent_rules(basis):
    c = {"date": MODERN, "consent": "none", "service_refused_without_face": True, "alternative_offered": False,
         "legal_basis_claimed": basis, "identification": "verification"}
    f = by_id(evaluate(facts(c, category="transport")))
    assert f["PIPL:13"].rule == "basis-asked"
    assert f["PIPL:13"].part.items == ((3,) if basis == "legal_duty" else (2,))
    assert f["FRT-MEASURES-2025:10"].rule == "basis-asked" and "第十条第二款" in f["FRT-MEASURES-2025:10"].why.zh
    # no consent breach, no refusal breach, no damages, no deletion for unlawfulness
    assert not {"PIPL:29", "SPC-FR-2021:4", "PIPL:69", "CSL-2025:45"} & set(f)
    assert not {"consent", "refusal", "alternative"} & {t for x in f.values() for t in x.topics}
    assert "deletion" not in f["CIVIL-CODE:1037"].topics  # only the access right (para. 1), not para. 2


def test_an_unknown_basis_is_consent_only_where_no_legal_duty_is_common():
    c = {"date": MODERN, "consent": "none"}
    assert "PIPL:29" in ids(facts(c, category="retail"))
    for category in ("finance", "telecom", "transport", "hotel", "government", "workplace", "school"):
        found = ids(facts(c, category=category))
        assert "PIPL:29" not in found and "PIPL:13" in found, category
    assert "PIPL:29" in ids(facts({**c, "legal_basis_claimed": "consent"}, category="finance"))


# ---------------------------------------------------------------------------------- what kind of processing
def test_images_only_get_no_face_recognition_rules():
    c = {"date": MODERN, "consent": "bundled", "stored_off_device": True, "alternative_offered": False}
    none = ids(facts({**c, "identification": "none"}, category="online"))
    assert not any(p.startswith(("FRT-MEASURES-2025:", "SPC-FR-2021:")) for p in none)
    assert not {"PIPL:28", "PIPL:29", "PIPL:30", "PIPL:51"} & none  # not biometric; storage off device not a breach
    assert "PIPL:14" in none and "PIPL:47" in none


def test_unknown_identification_words_recognition_rules_as_conditions():
    unknown = by_id(evaluate(facts({"date": MODERN, "consent": "bundled"})))
    assert unknown["PIPL:29"].why.zh.startswith("如持有方将人脸信息用于识别身份，")
    assert unknown["FRT-MEASURES-2025:6"].why.en.startswith("If the face is used to identify people, ")
    known = by_id(evaluate(facts({"date": MODERN, "consent": "bundled", "identification": "identification"})))
    assert not known["PIPL:29"].why.zh.startswith("如持有方将人脸信息用于识别身份")
    assert not unknown["PIPL:14"].why.zh.startswith("如持有方将人脸信息用于识别身份")  # consent law applies either way


# ---------------------------------------------------------------------------------- relationship ended
def test_relationship_ended_grounds_deletion_on_pipl_47_items_1_and_2():
    f = facts({"date": MODERN, "relationship_ended": True}, category="leisure")
    (d,) = [x for x in findings_for(f, "deletion") if x.provision == "PIPL:47"]
    assert d.part.items[:2] == (1, 2) and "关系已经结束" in d.why.zh and d.role == "right"
    (c,) = [x for x in findings_for(f, "complaint") if x.provision == "PIPL:47"]
    assert c.role == "obligation" and c.continuing and c.part.items == (1, 2)
    assert suggested_letters(f)[0].type == "deletion"


# ---------------------------------------------------------------------------------- who asks
def test_guardian_standing_cites_the_minors_law_and_the_civil_code():
    f = by_id(findings_for(facts({"date": MODERN, "minor_under_14": True}, category="school", sender=GUARDIAN),
                           "deletion"))
    assert f["MPL-2020:72"].part.para == 2 and f["MPL-2020:72"].role == "right" and f["MPL-2020:72"].key
    assert {"CIVIL-CODE:23", "CIVIL-CODE:27", "MPL-2020:16"} <= set(f)
    assert f["MPL-2020:16"].part.items == (8,)
    quotes = get_catalog().provision("MPL-2020:16").quotations(part=f["MPL-2020:16"].part)
    assert quotes[0].segments[-1] == "（八）依法代理未成年人实施民事法律行为；"


def test_close_relative_rests_on_pipl_49_and_cannot_withdraw():
    f = facts({"date": MODERN}, sender=RELATIVE)
    assert "PIPL:49" in {x.provision for x in findings_for(f, "deletion")}
    assert unfit_reason(f, "withdrawal") is not None and "PIPL Art. 49" in unfit_reason(f, "withdrawal").en
    assert {s.type for s in suggested_letters(f)} >= {"deletion", "access"}


def test_agent_needs_a_subject_and_unknown_values_name_the_field():
    assert facts({"date": MODERN}, sender=AGENT).acting_for == "agent"
    with pytest.raises(InvalidValue) as e:
        facts({"date": MODERN}, sender={"acting_for": "guardian"})
    assert e.value.field == "sender.subject"
    with pytest.raises(InvalidValue) as e:
        facts({"date": MODERN}, sender={"acting_for": "parent", "subject": {"name": "x", "relation": "y"}})
    assert e.value.field == "sender.acting_for"
    with pytest.raises(InvalidValue) as e:
        facts({"date": MODERN, "legal_basis_claimed": "habit"})
    assert e.value.field == "collection.legal_basis_claimed"
    with pytest.raises(InvalidValue) as e:
        facts({"date": MODERN, "identification": "maybe"})
    assert e.value.field == "collection.identification"


def test_a_birth_date_settles_under_14_and_must_agree():
    sender = {**GUARDIAN, "subject": {**GUARDIAN["subject"], "birth_date": "2012-09-02"}}
    assert facts({"date": "2026-09-01"}, sender=sender).collection.minor_under_14 is True   # 13 the day before
    assert facts({"date": "2026-09-02"}, sender=sender).collection.minor_under_14 is False  # 14 that day
    with pytest.raises(InvalidValue) as e:
        facts({"date": "2026-09-02", "minor_under_14": True}, sender=sender)
    assert e.value.field == "collection.minor_under_14"


# ---------------------------------------------------------------------------------- roles and continuing breaches
def test_a_complaint_against_a_careful_holder_lists_only_the_real_breach():
    # separate consent, an alternative, signs, purpose and retention stated: the deletion request was ignored
    c = {"date": "2024-06-18", "consent": "separate", "legal_basis_claimed": "consent", "alternative_offered": True,
         "place": "public", "signage": True, "purpose_stated": True, "retention_stated": True,
         "identification": "verification", "stored_off_device": True}
    f = facts(c, category="payment", as_of="2026-06-15", prior=IGNORED | {"date_sent": "2026-04-20",
                                                                         "due_date": "2026-05-15"})
    complaint = findings_for(f, "complaint")
    obligations = [x for x in complaint if x.role == "obligation"]
    assert {x.provision for x in obligations} <= {"PIPL:47", "PIPL:50", "NDSMR-2024:23", "PIPL:26"}
    assert {"PIPL:47", "PIPL:50", "NDSMR-2024:23"} <= {x.provision for x in obligations if x.continuing}
    assert not [x for x in complaint if x.role in ("definition", "remedy")]  # never "violated"
    assert complaint[0].continuing  # the continuing breach leads


def test_a_request_still_within_its_date_is_no_breach_yet():
    f = facts({"date": MODERN}, as_of="2025-10-20", prior=IGNORED)  # due 2025-10-22
    assert not [x for x in findings_for(f, "complaint") if x.continuing]


def test_a_prior_request_before_the_collection_is_refused():
    with pytest.raises(InvalidValue) as e:
        facts({"date": "2025-11-01"}, prior=IGNORED)
    assert e.value.field == "prior_request.date_sent"


# ---------------------------------------------------------------------------------- time
def test_old_collections_get_the_time_limits():
    old = facts({"date": "2019-04-27", "relationship_ended": True}, category="attraction", as_of="2026-03-16")
    notes = time_notes(old)
    assert any("第一百八十八条" in n.zh for n in notes) and any("第一百九十六条" in n.zh for n in notes)
    assert any("第三十六条" in n.zh and "仍在继续" in n.zh for n in notes)
    complaint = by_id(findings_for(old, "complaint"))
    assert complaint["APL-2021:36"].role == "regulator"
    follow = by_id(findings_for(facts({"date": "2019-04-27"}, as_of="2026-03-16",
                                      prior=IGNORED | {"date_sent": "2026-01-05", "due_date": "2026-01-26"}),
                                "followup"))
    assert {"CIVIL-CODE:196", "CIVIL-CODE:995"} <= set(follow)
    assert time_notes(facts({"date": "2025-01-01"}, as_of="2026-03-16")) == []


# ---------------------------------------------------------------------------------- routing and suggestions
def test_route_ids_reasons_and_contacts_are_suggestions_to_verify():
    f = facts({"date": MODERN, "scale_over_100k": True}, category="finance")
    r = route(f)
    assert [a.id for a in r] == ["cac", "finance", "samr", "consumer_association", "court", "procuratorate"]
    assert all(a.id in ROUTE_IDS and a.why.zh and a.why.en and "核实" in a.verify.zh for a in r)
    cac = r[0]
    assert "12377" in cac.contact.zh and "尚未核实" in cac.contact.zh  # secondary in the reference: a suggestion
    samr = next(a for a in r if a.id == "samr")
    assert "12315" in samr.contact.en and "not confirmed" in samr.contact.en
    assert next(a for a in r if a.id == "procuratorate").why.zh.endswith("可以向人民检察院反映线索。")
    assert [a.id for a in route(facts({"date": MODERN}, category="school"))][:2] == ["cac", "education"]
    assert "housing" in [a.id for a in route(facts({"date": MODERN}, category="residential"))]
    assert "samr" in [a.id for a in route(facts({"date": MODERN}, category="leisure"))]


def test_which_letter_fits_first():
    gate = facts({"date": MODERN, "place": "residential", "alternative_offered": False}, category="residential")
    assert suggested_letters(gate)[0].type == "withdrawal" and "其他进出方式" in suggested_letters(gate)[0].why.zh
    ignored = facts({"date": MODERN}, prior=IGNORED)
    assert [s.type for s in suggested_letters(ignored)][:2] == ["followup", "complaint"]
    refused = facts({"date": MODERN}, prior=IGNORED | {"outcome": "refused"})
    assert suggested_letters(refused)[0].type == "complaint"
    duty = facts({"date": MODERN, "legal_basis_claimed": "legal_duty"}, category="transport")
    assert suggested_letters(duty)[0].type == "access"


def test_open_questions_name_the_facts_that_would_change_the_analysis():
    q = {x.field for x in open_questions(facts({"date": MODERN}, category="hotel"))}
    assert {"collection.legal_basis_claimed", "collection.identification", "collection.relationship_ended",
            "letter.prior_request"} <= q
    known = facts({"date": MODERN, "legal_basis_claimed": "consent", "identification": "none",
                   "relationship_ended": False, "consent": "separate"}, prior=IGNORED)
    assert not {"collection.legal_basis_claimed", "collection.identification", "letter.prior_request"} & \
        {x.field for x in open_questions(known)}


def test_law_check_and_route_json(tmp_path, capsys):
    data = {"holder": {"name": "某酒店", "category": "hotel"},
            "collection": {"date": "2026-01-15", "private_space": "hotel_room", "context": "camera"},
            "as_of": "2026-01-20"}
    path = tmp_path / "f.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["law", "check", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["suggested_letters"][0] == {**out["suggested_letters"][0], "type": "complaint", "to": "police"}
    assert {f["role"] for f in out["findings"]} <= {"obligation", "right", "remedy", "regulator", "definition"}
    assert main(["law", "route", str(path), "--json"]) == 0
    r = json.loads(capsys.readouterr().out)["route"]
    assert r[0]["id"] == "police" and {"id", "why_zh", "why_en"} <= set(r[0])
    assert main(["law", "route", str(path)]) == 0
    assert "公安机关" in capsys.readouterr().out
    data["collection"]["identification"] = "sometimes"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["law", "route", str(path), "--json"]) == 2
    assert "collection.identification" in capsys.readouterr().err


# ---------------------------------------------------------------------------------- the smaller items
def test_leisure_is_a_consumer_category():
    assert "leisure" in CONSUMER_CATEGORIES
    assert {"CRPL-2013:29", "CRPL-2013:39"} <= ids(facts({"date": MODERN, "consent": "none"}, category="leisure"))


def test_no_alternative_cites_the_amended_cybersecurity_law_too():
    rule = next(r for r in RULES if r.id == "no-alternative")
    assert {"CSL-2016:41", "CSL-2025:43"} <= {c.provision for c in rule.cites}
    f = by_id(evaluate(facts({"date": "2026-02-01", "alternative_offered": False}, as_of="2026-03-01")))
    assert "CSL-2025:43" in f and "alternative" in f["CSL-2025:43"].topics


def test_unavoidable_capture_deletion_rule_only_for_cameras():
    assert "NDSMR-2024:24" in ids(facts({"date": MODERN, "context": "camera", "consent": "none"}))
    assert "NDSMR-2024:24" not in ids(facts({"date": MODERN, "context": "entry", "consent": "none"}))


def test_reasons_keep_the_qualifiers_of_the_articles():
    rb = {c.provision: c for r in RULES for c in r.cites}
    assert "与经营活动无直接关系" in rb["CRPL-REGS-2024:23"].why.zh
    pipl21 = [c.why for r in RULES for c in r.cites if c.provision == "PIPL:21"]
    assert all("终止" in w.zh for w in pipl21)  # only when the entrustment ends
    assert all("须证明" not in c.why.zh for r in RULES for c in r.cites if c.provision == "PIPL:51")
    summary = get_catalog().provision("PIPL:15").summary_en
    assert "at any time" not in summary and "convenient" in summary


def test_each_quote_supports_its_sentence():
    # SPC-FR-2021 Art. 2 is cited for "no separate consent": item (3), with its lead-in
    f = by_id(findings_for(facts({"date": MODERN, "consent": "none", "identification": "verification"}),
                           "followup"))
    part = f["SPC-FR-2021:2"].part
    assert part.items == (3,)
    (q,) = get_catalog().provision("SPC-FR-2021:2").quotations(part=part)
    assert q.cite_zh.endswith("第二条第（三）项") and q.segments[1].startswith("（三）基于个人同意")
    # the Measures' notice items are single-source: cited by number, never quoted
    g = by_id(evaluate(facts({"date": MODERN, "purpose_stated": False, "identification": "verification"})))
    m5 = g["FRT-MEASURES-2025:5"]
    assert m5.part.items == (2, 3) and get_catalog().provision("FRT-MEASURES-2025:5").quotations(part=m5.part) == []
