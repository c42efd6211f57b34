"""The rule engine: one test per rule, per date boundary, and the four fact sets of the issue."""

from __future__ import annotations

import pytest
from faceledger.errors import InvalidValue
from faceledger.law.catalog import get_catalog
from faceledger.law.facts import load_facts
from faceledger.law.rulebook import RULES
from faceledger.law.rules import LETTER_TYPES, TOPICS, evaluate, findings_for

from tests.law.helpers import AIRPORT_2025, BANK_2021, GUARDIAN, GUO_BING, GYM_2024, RELATIVE, by_id, facts, ids

MODERN = "2025-09-01"  # every in-force instrument applies to a collection on this date


def find(f, provision):
    return by_id(evaluate(f)).get(provision)


IGNORED = {"type": "deletion", "date_sent": "2025-10-01", "due_date": "2025-10-22", "outcome": "no_reply"}

# rule id -> (collection facts that trigger it, holder category, provision it must produce, facts that must not);
# a fifth element gives other parts of the facts (sender, prior request, as_of) for both
PER_RULE = {
    "guardian-standing": ({}, "school", "MPL-2020:72", {}, {"sender": GUARDIAN}),
    "close-relative-standing": ({}, "other", "PIPL:49", {}, {"sender": RELATIVE}),
    "prior-request-ignored": ({}, "other", "NDSMR-2024:23", {}, {"prior": IGNORED}),
    "kept-after-relationship": ({"relationship_ended": True}, "attraction", "PIPL:47", {"relationship_ended": False}),
    "minor-basis-unclear": ({"minor_under_14": True, "guardian_consent": False}, "school", "FRT-MEASURES-2025:7",
                            {"minor_under_14": True, "guardian_consent": False, "legal_basis_claimed": "consent"}),
    "basis-asked": ({"legal_basis_claimed": "legal_duty"}, "other", "PIPL:13", {"legal_basis_claimed": "consent"}),
    "limitation": ({"date": "2021-11-01", "relationship_ended": True}, "attraction", "APL-2021:36",
                   {"date": "2025-09-01", "relationship_ended": True}),
    "private-space": ({"private_space": "hotel_room"}, "hotel", "PSVIS-2025:8", {"place": "public"}),
    "minor-without-guardian": ({"minor_under_14": True, "guardian_consent": False}, "other", "FRT-MEASURES-2025:7",
                               {"minor_under_14": True, "guardian_consent": True}),
    "minor-special-rules": ({"minor_under_14": True, "guardian_consent": True}, "school", "PIPL:31",
                            {"minor_under_14": False}),
    "consent-coerced": ({"consent": "coerced"}, "other", "FRT-MEASURES-2025:12", {"consent": "separate"}),
    "consent-bundled": ({"consent": "bundled"}, "other", "NDSMR-2024:62", {"consent": "separate"}),
    "consent-none": ({"consent": "none"}, "other", "PIPL:13", {"consent": "separate"}),
    "refused-without-face": ({"service_refused_without_face": True}, "other", "PIPL:16",
                             {"service_refused_without_face": False}),
    "no-alternative": ({"alternative_offered": False}, "other", "PIPL:6", {"alternative_offered": True}),
    "sensitive-inference": ({"sensitive_inference": ["ethnicity"]}, "other", "PIPL:6", {"sensitive_inference": []}),
    "public-without-sign": ({"place": "public", "signage": False}, "other", "PSVIS-2025:13",
                            {"place": "public", "signage": True}),
    "public-place": ({"place": "public", "signage": True}, "other", "PIPL:26", {"place": "workplace"}),
    "purpose-not-stated": ({"purpose_stated": False}, "other", "PIPL:17", {"purpose_stated": True}),
    "stored-off-device": ({"stored_off_device": True}, "other", "FRT-MEASURES-2025:14", {"stored_off_device": False}),
    "stored-off-device-now": ({"date": "2024-05-01", "stored_off_device": True}, "other", "FRT-MEASURES-2025:8",
                              {"date": "2024-05-01", "stored_off_device": False}),
    "retention-not-stated": ({"retention_stated": False}, "other", "PIPL:19", {"retention_stated": True}),
    "face-is-sensitive": ({}, "other", "PIPL:28", None),
    "assessment": ({}, "other", "FRT-MEASURES-2025:9", None),
    "damages": ({"consent": "none"}, "other", "PIPL:69", {"consent": "separate"}),
    "withdrawal": ({}, "other", "PIPL:15", None),
    "deletion": ({}, "other", "PIPL:47", None),
    "access": ({}, "other", "CIVIL-CODE:1037", None),
    "explanation": ({}, "other", "PIPL:48", None),
    "filing": ({"scale_over_100k": True}, "other", "FRT-MEASURES-2025:15", {"scale_over_100k": None}),
    "complaint": ({}, "other", "PIPL:65", None),
    "refusal-remedy": ({}, "other", "PIPL:50", None),
}


def test_every_rule_has_a_test_and_cites_only_catalog_provisions():
    assert {r.id for r in RULES} == set(PER_RULE)
    cat = get_catalog()
    for rule in RULES:
        assert rule.topic in TOPICS and rule.axis in ("collection", "rights")
        assert set(rule.supports) <= set(LETTER_TYPES)
        for cite in rule.cites:
            p = cat.provision(cite.provision)  # raises if invented
            assert callable(cite.why) or (cite.why.zh and cite.why.en)
            part = cite.part if not callable(cite.part) else None
            if part is not None:
                p.part_segments(part)  # raises if the article has no such paragraph or item
            if p.instrument.is_draft:
                assert rule.draft_window is not None, f"{rule.id} cites a draft without a date window"


@pytest.mark.parametrize("rule_id", sorted(PER_RULE))
def test_rule(rule_id):
    rule = next(r for r in RULES if r.id == rule_id)
    trigger, category, provision, negative, *more = PER_RULE[rule_id]
    extra = more[0] if more else {}
    f = facts({"date": MODERN, **trigger}, category=category, **extra)
    found = find(f, provision)
    assert found is not None, f"{rule_id} should cite {provision}"
    assert rule.topic in found.topics
    assert found.status == "in_force"
    assert found.why.zh and found.why.en
    assert found.role in ("obligation", "right", "remedy", "regulator", "definition")
    if negative is not None:
        g = facts({"date": MODERN, **negative}, category=category, **({} if more else extra))
        other = find(g, provision)
        assert other is None or rule.topic not in other.topics or other.rule != rule_id


def test_consumer_only_provisions_follow_the_holder_category():
    consumer = ids(facts({"date": MODERN, "consent": "coerced"}, category="retail"))
    employer = ids(facts({"date": MODERN, "consent": "coerced"}, category="workplace"))
    assert {"CRPL-REGS-2024:23", "CRPL-2013:29", "CRPL-2013:39"} <= consumer
    assert not {"CRPL-REGS-2024:23", "CRPL-2013:29", "CRPL-2013:39"} & employer


def test_property_managers():
    home = ids(facts({"date": MODERN, "context": "entry", "place": "residential", "alternative_offered": False},
                     category="residential"))
    shop = ids(facts({"date": MODERN, "context": "entry", "alternative_offered": False}, category="retail"))
    assert "SPC-FR-2021:10" in home and "SPC-FR-2021:10" not in shop


def test_contract_deletion_needs_a_unilateral_change():
    assert "SPC-FR-2021:12" in ids(facts({"date": MODERN, "service_refused_without_face": True}))
    assert "SPC-FR-2021:12" not in ids(facts({"date": MODERN, "consent": "none"}))


def test_police_report_only_for_private_spaces():
    assert "PSVIS-2025:24" in ids(facts({"date": MODERN, "private_space": "changing_room"}))
    assert "PSVIS-2025:24" not in ids(facts({"date": MODERN, "place": "public"}))


def test_a_provision_appears_once_with_all_its_topics_and_letter_types():
    f = facts({"date": MODERN, "consent": "coerced", "service_refused_without_face": True,
               "alternative_offered": False}, category="retail")
    findings = evaluate(f)
    assert len({x.provision for x in findings}) == len(findings)
    art10 = by_id(findings)["FRT-MEASURES-2025:10"]
    assert {"refusal", "alternative", "withdrawal"} <= set(art10.topics)
    assert {"withdrawal", "complaint"} <= set(art10.supports)


def test_the_right_to_sue_is_a_follow_up_remedy_and_an_ignored_request_a_breach():
    # every other letter states PIPL Art. 50 in its refusal paragraph (letters/compose.py); among the findings
    # the right to sue is a remedy for follow-ups, and a complaint cites Art. 50 only as a duty breached
    f = facts({"date": MODERN})
    (sue,) = [x for x in findings_for(f, "followup") if x.provision == "PIPL:50"]
    assert sue.role == "remedy" and sue.part.para == 2
    assert "PIPL:50" not in {x.provision for x in findings_for(f, "complaint")}
    ignored = facts({"date": MODERN}, prior=IGNORED)
    (duty,) = [x for x in findings_for(ignored, "complaint") if x.provision == "PIPL:50"]
    assert duty.role == "obligation" and duty.continuing and duty.part.para == 1


def test_findings_for_filters_by_letter_type():
    f = facts({"date": MODERN, "consent": "none"})
    withdrawal = {x.provision for x in findings_for(f, "withdrawal")}
    access = {x.provision for x in findings_for(f, "access")}
    assert "PIPL:15" in withdrawal and "PIPL:15" not in access
    assert "PIPL:45" in access and "PIPL:48" in access
    assert "PIPL:65" in {x.provision for x in findings_for(f, "complaint")}
    with pytest.raises(InvalidValue) as err:
        findings_for(f, "lawsuit")
    assert err.value.field == "type"


def test_unknown_facts_trigger_nothing_but_the_rights_everyone_has():
    f = facts({"date": MODERN})
    topics = {t for x in evaluate(f) for t in x.topics}
    assert topics <= {"sensitive", "assessment", "withdrawal", "deletion", "access", "explanation", "complaint",
                      "remedy"}
    assert "CIVIL-CODE:1037" in ids(f)  # access (para. 1) is everyone's
    assert "CSL-2025:45" not in ids(f)  # deletion under the CSL needs a breach


def test_unknown_collection_date_gives_only_rights_findings():
    f = facts({"consent": "none", "place": "public", "signage": False})
    findings = evaluate(f)
    assert findings and all(x.axis == "rights" for x in findings)


def test_findings_are_ordered_collection_then_rights_then_drafts():
    findings = evaluate(load_facts(GYM_2024))
    keys = [(x.status == "draft", x.axis != "collection") for x in findings]
    assert keys == sorted(keys)


def test_json_shape():
    (first, *_) = evaluate(facts({"date": MODERN, "consent": "none"}))
    assert list(first.to_json()) == ["provision", "status", "role", "why_zh", "why_en"]
    assert first.to_dict()["axis"] in ("collection", "rights")


# ---------------------------------------------------------------------------------- date boundaries
def test_boundary_spc_face_rules_2021_07_31_and_08_01():
    c = {"consent": "none", "service_refused_without_face": True}
    before = ids(facts({"date": "2021-07-31", **c}, as_of="2026-01-05"))
    after = ids(facts({"date": "2021-08-01", **c}, as_of="2026-01-05"))
    assert not any(p.startswith("SPC-FR-2021:") for p in before)
    assert {"SPC-FR-2021:2", "SPC-FR-2021:1", "SPC-FR-2021:4", "SPC-FR-2021:12", "SPC-FR-2021:8"} <= after


def test_boundary_spc_face_rules_ongoing_conduct_counts_on_as_of():
    # face-only entry still demanded today: the act judged is today's, not the 2020 enrolment
    f = facts({"date": "2020-06-01", "place": "residential", "alternative_offered": False}, category="residential",
              as_of="2021-08-01")
    assert "SPC-FR-2021:10" in ids(f)
    g = facts({"date": "2020-06-01", "place": "residential", "alternative_offered": False}, category="residential",
              as_of="2021-07-31")
    assert "SPC-FR-2021:10" not in ids(g)


def test_boundary_pipl_2021_10_31_and_11_01_collection_axis():
    before = ids(facts({"date": "2021-10-31", "consent": "none"}, as_of="2026-01-05"))
    after = ids(facts({"date": "2021-11-01", "consent": "none"}, as_of="2026-01-05"))
    assert "PIPL:29" not in before and "PIPL:29" in after
    assert "CIVIL-CODE:1035" in before  # the Civil Code already applied


def test_boundary_pipl_2021_10_31_and_11_01_rights_axis():
    before = ids(facts({"date": "2021-10-01"}, as_of="2021-10-31"))
    after = ids(facts({"date": "2021-10-01"}, as_of="2021-11-01"))
    assert not {"PIPL:15", "PIPL:47", "PIPL:45", "PIPL:65"} & before
    assert {"PIPL:15", "PIPL:47", "PIPL:45", "PIPL:48", "PIPL:50", "PIPL:65"} <= after


def test_boundary_measures_2025_05_31_and_06_01():
    c = {"alternative_offered": False, "stored_off_device": True}
    before = by_id(evaluate(facts({"date": "2025-05-31", **c}, as_of="2025-05-31")))
    after = by_id(evaluate(facts({"date": "2025-06-01", **c}, as_of="2025-06-01")))
    assert not any(p.startswith("FRT-MEASURES-2025:") for p in before)
    assert after["FRT-MEASURES-2025:10"].axis == "collection" and after["FRT-MEASURES-2025:8"].axis == "collection"
    # a 2025-05-31 collection still held on 2025-06-01: the Measures govern today's storage and requests
    held = by_id(evaluate(facts({"date": "2025-05-31", **c}, as_of="2025-06-01")))
    assert held["FRT-MEASURES-2025:8"].axis == "rights"
    assert held["FRT-MEASURES-2025:10"].axis == "rights"
    assert "FRT-MEASURES-2025:15" not in ids(facts({"date": "2025-05-01", "scale_over_100k": True}, as_of="2025-05-31"))
    assert "FRT-MEASURES-2025:15" in ids(facts({"date": "2025-05-01", "scale_over_100k": True}, as_of="2025-06-01"))


def test_boundary_measures_end_the_draft_window():
    c = {"service_refused_without_face": True, "place": "public"}
    assert "FRT-DRAFT-2023:Q9" in ids(facts({"date": "2025-05-31", **c}))
    assert "FRT-DRAFT-2023:Q9" not in ids(facts({"date": "2025-06-01", **c}))


def test_boundary_csl_numbering_2025_12_31_and_2026_01_01():
    c = {"consent": "none"}
    old = by_id(evaluate(facts({"date": "2025-12-31", **c}, as_of="2025-12-31")))
    assert "CSL-2016:41" in old and "CSL-2016:43" in old
    assert old["CSL-2016:41"].status == "in_force" and "CSL-2025:45" not in old
    new = by_id(evaluate(facts({"date": "2026-01-01", **c}, as_of="2026-01-01")))
    assert "CSL-2025:43" in new and "CSL-2025:45" in new and "CSL-2016:41" not in new
    # collected on the last day of the old text, asked the next day: old number for the collection, now
    # superseded, and the new number for today's deletion right
    mixed = by_id(evaluate(facts({"date": "2025-12-31", **c}, as_of="2026-01-01")))
    assert mixed["CSL-2016:41"].status == "superseded"
    assert "第四十三条" in mixed["CSL-2016:41"].why.zh and "Art. 43" in mixed["CSL-2016:41"].why.en
    assert "CSL-2025:45" in mixed and "CSL-2016:43" not in mixed


def test_the_draft_is_never_law():
    before = ids(facts({"date": "2023-08-07", "sensitive_inference": ["race"]}))
    after = by_id(evaluate(facts({"date": "2023-08-08", "sensitive_inference": ["race"]})))
    assert not any(p.startswith("FRT-DRAFT-2023") for p in before)
    d = after["FRT-DRAFT-2023:Q10"]
    assert d.status == "draft" and d.judged_on is None
    assert "征求意见稿" in d.why.zh and "从未生效" in d.why.zh
    assert d.why.en.startswith("The regulator's 2023 draft also proposed") and "never in force" in d.why.en
    for x in evaluate(load_facts(GYM_2024)):
        if x.provision.startswith("FRT-DRAFT-2023"):
            assert x.status == "draft"
        else:
            assert x.status in ("in_force", "superseded")


def test_why_names_the_date_it_was_judged_on():
    f = by_id(evaluate(facts({"date": "2024-03-05", "consent": "none"}, as_of="2026-02-01")))
    assert "2024年3月5日" in f["PIPL:29"].why.zh and "2024-03-05" in f["PIPL:29"].why.en
    assert "2026年2月1日" in f["PIPL:47"].why.zh and "2026-02-01" in f["PIPL:47"].why.en


# ---------------------------------------------------------------------------------- the fact sets
def test_guo_bing_2019_before_pipl():
    f = by_id(evaluate(load_facts(GUO_BING)))
    assert set(f) == {"CSL-2016:41", "CRPL-2013:29", "CRPL-2013:50", "CSL-2016:43", "CRPL-2013:39", "CRPL-2013:46"}
    assert all(x.status == "in_force" for x in f.values())
    assert {"consent", "refusal", "alternative"} <= set(f["CSL-2016:41"].topics)


def test_guo_bing_facts_judged_today():
    data = dict(GUO_BING, as_of="2026-11-29")
    f = by_id(evaluate(load_facts(data)))
    # collection: still only the 2019 law (the old CSL number, now superseded)
    assert f["CSL-2016:41"].status == "superseded" and f["CSL-2016:41"].axis == "collection"
    assert not any(p.startswith(("SPC-FR-2021", "FRT-DRAFT")) for p in f)
    assert "PIPL:29" not in f  # collected in 2019: no PIPL consent rule for the collection
    assert f["PIPL:16"].axis == "rights"  # but after withdrawing today, service may not be refused
    # rights now: PIPL, the Civil Code, the new CSL number and the Measures for today's conduct
    assert {"PIPL:15", "PIPL:47", "PIPL:45", "PIPL:48", "PIPL:50", "PIPL:65", "CIVIL-CODE:1037", "CSL-2025:45",
            "FRT-MEASURES-2025:10"} <= set(f)
    assert f["FRT-MEASURES-2025:10"].axis == "rights"
    assert "NDSMR-2024:24" not in f  # a face taken at the gate on purpose is not an unavoidable capture


def test_gym_face_gate_2024():
    f = by_id(evaluate(load_facts(GYM_2024)))
    assert {"PIPL:29", "SPC-FR-2021:4", "PIPL:16", "PIPL:6", "PIPL:17", "PIPL:19", "PIPL:28"} <= set(f)
    assert f["PIPL:29"].axis == "collection" and f["PIPL:29"].status == "in_force"
    # the Measures were not yet in force when the face was taken, but govern today's requests
    assert f["FRT-MEASURES-2025:10"].axis == "rights" and f["FRT-MEASURES-2025:8"].axis == "rights"
    assert "FRT-MEASURES-2025:4" not in f
    assert f["CSL-2016:41"].status == "superseded" and "CSL-2025:45" in f
    assert f["FRT-DRAFT-2023:Q9"].status == "draft"  # a business premises pushing face entry in 2024
    assert "CRPL-2013:29" not in f  # category "other": not treated as a consumer business


def test_airport_face_boarding_2025_09():
    f = by_id(evaluate(load_facts(AIRPORT_2025)))
    assert {"FRT-MEASURES-2025:10", "FRT-MEASURES-2025:8", "FRT-MEASURES-2025:4", "FRT-MEASURES-2025:9",
            "PIPL:26", "PIPL:28", "PIPL:19", "PIPL:13"} <= set(f)
    # an airport may rely on a legal duty: the consent basis is not presumed, the holder is asked for its basis
    assert f["FRT-MEASURES-2025:10"].axis == "rights" and f["FRT-MEASURES-2025:10"].rule == "basis-asked"
    consented = by_id(evaluate(load_facts({**AIRPORT_2025, "collection": {**AIRPORT_2025["collection"],
                                                                          "legal_basis_claimed": "consent"}})))
    assert consented["FRT-MEASURES-2025:10"].axis == "collection"
    assert consented["FRT-MEASURES-2025:10"].rule == "no-alternative"
    assert f["FRT-MEASURES-2025:15"].axis == "rights"  # over 100,000 people: filing
    assert "CSL-2016:43" not in f and "CSL-2025:45" not in f  # no breach asserted: no CSL deletion right
    assert "CSL-2016:43" in consented  # consent-based and none given: asked in 2025, the old number
    assert not any(p.startswith("FRT-DRAFT") for p in f)
    assert "CRPL-2013:39" in f  # a passenger is a consumer
    assert "PIPL:29" not in f  # consent unknown: no claim that it was missing


def test_bank_remote_account_opening_2021_10():
    f = by_id(evaluate(load_facts(BANK_2021)))
    # before PIPL, after the Civil Code and the SPC face rules
    assert not any(p.startswith("PIPL:") for p in f)
    assert {"SPC-FR-2021:1", "CIVIL-CODE:1034", "CIVIL-CODE:1037"} <= set(f)
    assert "CSL-2016:41" not in f  # a bank may rely on customer-identification duties: no consent breach asserted
    assert "CIVIL-CODE:1037" in f and f["CIVIL-CODE:1037"].axis == "rights"
    later = by_id(evaluate(load_facts(dict(BANK_2021, as_of="2021-11-01"))))
    assert {"PIPL:15", "PIPL:47", "PIPL:45"} <= set(later)
    # retention not stated is judged at collection (October 2021, PIPL not yet in force); the shortest-retention
    # rule counts only for today's deletion request
    assert later["PIPL:19"].axis == "rights" and "retention" not in later["PIPL:19"].topics


@pytest.mark.parametrize("space", ["hotel_room", "bathroom", "toilet", "changing_room"])
def test_every_private_space(space):
    f = by_id(evaluate(facts({"date": MODERN, "private_space": space})))
    assert {"PSVIS-2025:8", "FRT-MEASURES-2025:13", "CIVIL-CODE:1033", "PSVIS-2025:24"} <= set(f)
    assert f["PSVIS-2025:8"].topic == "private_space"


@pytest.mark.parametrize("trait", ["race", "ethnicity", "religion", "health", "other"])
def test_every_sensitive_inference(trait):
    f = by_id(evaluate(facts({"date": MODERN, "sensitive_inference": [trait]})))
    assert {"PIPL:30", "PIPL:6", "FRT-DRAFT-2023:Q10"} <= set(f)
    assert "sensitive_inference" in f["PIPL:28"].topics
