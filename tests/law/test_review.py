"""The second reading of issue 10 (notes/lawreview/REVIEW.md): what a reason says of the law must be what the
cited part says, in the law's own words for the person, without our demands, and the time limits count
calendar years."""

from __future__ import annotations

import pytest
from faceledger.law.advice import route, time_notes
from faceledger.law.rules import evaluate, findings_for

from tests.law.helpers import AGENT, GUARDIAN, by_id, facts

MODERN = "2025-09-01"


# ---------------------------------------------------------------------------------- the law, not our demands
@pytest.mark.parametrize("basis", ["unknown", "legal_duty", "contract", "employment"])
def test_a_reason_states_the_law_and_leaves_the_demand_to_the_letter(basis):
    """REVIEW 3: "须说明……", "须指明……" (must say which ground, must name the rule) are the letter's
    demands, not what PIPL Art. 13, Art. 28 or Measures Art. 10 say."""
    f = by_id(evaluate(facts({"date": MODERN, "consent": "none", "legal_basis_claimed": basis,
                              "identification": "verification", "alternative_offered": False},
                             category="transport")))
    for pid in ("PIPL:13", "PIPL:28", "FRT-MEASURES-2025:10"):
        why = f[pid].why
        for demand in ("须说明", "须指明", "可以询问"):
            assert demand not in why.zh, (pid, why.zh)
        for demand in ("must say which", "must show", "must be named", "must name", "must explain"):
            assert demand not in why.en, (pid, why.en)
    assert "第十条第二款" in f["FRT-MEASURES-2025:10"].why.zh  # the state-rule exception is still named


def test_the_sensitivity_of_a_face_rests_on_the_paragraph_that_says_so():
    """REVIEW 2: "biometric data is sensitive" is PIPL Art. 28 para. 1; para. 2 alone was cited and quoted."""
    f = by_id(evaluate(facts({"date": MODERN, "legal_basis_claimed": "legal_duty", "identification": "verification"},
                             category="transport")))
    p28 = f["PIPL:28"]
    assert "敏感个人信息" in p28.reason.zh
    assert p28.part is None or p28.part.para in (None, 1)


def test_access_promptly_rests_on_paragraph_2():
    """REVIEW 1: "处理者应当及时提供" is PIPL Art. 45 para. 2, not para. 1."""
    (p45,) = [x for x in findings_for(facts({"date": MODERN}), "access") if x.provision == "PIPL:45"]
    assert "及时提供" in p45.reason.zh
    assert p45.part is None or p45.part.para == 2


# ---------------------------------------------------------------------------------- whose rights
@pytest.mark.parametrize("sender", [GUARDIAN, AGENT])
def test_reasons_speak_of_the_person_not_of_the_sender(sender):
    """REVIEW 4: in a guardian's or an agent's letter 本人 is the parent or the agent; a reason that says
    "本人有权查阅、复制其个人信息" gives the rights to the wrong person. The law's own word is 个人."""
    f = facts({"date": MODERN, "consent": "bundled", "minor_under_14": True, "relationship_ended": True},
              category="leisure", sender=sender, prior={"type": "deletion", "date_sent": "2025-10-01",
                                                        "due_date": "2025-10-22", "outcome": "no_reply"})
    for letter_type in ("withdrawal", "deletion", "access", "followup", "complaint"):
        for x in findings_for(f, letter_type):
            assert "本人" not in (x.reason or x.why).zh, (letter_type, x.provision, x.why.zh)


# ---------------------------------------------------------------------------------- what the facts support
def test_no_alternative_is_asked_where_one_was_offered_or_the_relationship_ended():
    """REVIEW 6, 7: Measures Art. 10 (face recognition not the only way) has no object where an
    alternative was offered, or where the person has left (a former employee, an expired card)."""
    for c in ({"alternative_offered": True},
              {"alternative_offered": False, "service_refused_without_face": True, "relationship_ended": True}):
        for category, basis in (("transport", "legal_duty"), ("attraction", "consent")):
            f = facts({"date": MODERN, "identification": "verification", "legal_basis_claimed": basis, **c},
                      category=category)
            for letter_type in ("withdrawal", "deletion", "access", "complaint"):
                art10 = [x for x in findings_for(f, letter_type) if x.provision == "FRT-MEASURES-2025:10"]
                if c["alternative_offered"]:
                    assert not art10, (c, category, letter_type)
                else:  # no demand for another way now; a past breach (none offered when taken) may be listed
                    assert all(x.axis == "collection" and x.role == "obligation" for x in art10), \
                        (c, category, letter_type, [x.rule for x in art10])


def test_no_consent_reasoning_without_a_hedge_where_another_basis_is_claimed():
    """REVIEW 8: PIPL Art. 16 (no refusal of service after withdrawal) only binds consent-based processing."""
    f = facts({"date": MODERN, "legal_basis_claimed": "legal_duty", "identification": "verification"},
              category="transport")
    (p16,) = [x for x in findings_for(f, "withdrawal") if x.provision == "PIPL:16"]
    assert p16.reason.zh.startswith("如以同意为依据") and p16.reason.en.startswith("If consent is the basis")


def test_an_employer_provides_no_product_or_service():
    """REVIEW 20: PIPL Art. 47 para. 1 item (2) and Art. 16 speak of products or services; a former employee's
    deletion rests on item (1)."""
    f = facts({"date": MODERN, "legal_basis_claimed": "employment", "consent": "coerced", "relationship_ended": True,
               "identification": "verification"}, category="workplace")
    (p47,) = [x for x in findings_for(f, "deletion") if x.provision == "PIPL:47"]
    assert 1 in p47.part.items and 2 not in p47.part.items and "产品或者服务" not in p47.reason.zh
    assert "PIPL:16" not in {x.provision for x in findings_for(f, "withdrawal")}
    shop = facts({"date": MODERN, "relationship_ended": True}, category="leisure")
    (p47,) = [x for x in findings_for(shop, "deletion") if x.provision == "PIPL:47"]
    assert p47.part.items[:2] == (1, 2)


def test_a_deletion_request_withdraws_only_consent_that_was_given():
    """REVIEW 17: "本人撤回同意" next to the fact "贵单位未征得本人的同意": where no consent was given the
    letter withdraws consent only to the extent it is the basis."""
    f = facts({"date": MODERN, "consent": "none", "legal_basis_claimed": "consent"}, category="attraction")
    (p47,) = [x for x in findings_for(f, "deletion") if x.provision == "PIPL:47"]
    assert "如以同意为依据，同意已经撤回" in p47.reason.zh
    given = facts({"date": MODERN, "consent": "separate", "legal_basis_claimed": "consent"}, category="payment")
    (p47,) = [x for x in findings_for(given, "deletion") if x.provision == "PIPL:47"]
    assert p47.reason.zh.startswith("同意已经撤回")


# ---------------------------------------------------------------------------------- requests ignored
IGNORED = {"type": "deletion", "date_sent": "2026-04-20", "due_date": "2026-05-15", "outcome": "no_reply"}


def test_a_follow_up_to_an_access_request_does_not_rest_on_the_right_to_deletion():
    """REVIEW 9."""
    f = facts({"date": MODERN, "identification": "verification"}, category="other", as_of="2026-06-15",
              prior={"type": "access", "date_sent": "2026-04-20", "due_date": "2026-05-15", "outcome": "partial",
                     "reply_date": "2026-05-10"})
    assert "PIPL:47" not in {x.provision for x in findings_for(f, "followup")}
    deletion = facts({"date": MODERN}, category="other", as_of="2026-06-15", prior=IGNORED)
    assert "PIPL:47" in {x.provision for x in findings_for(deletion, "followup")}


def test_an_ignored_deletion_names_the_item_it_rests_on_and_states_the_fact_once():
    """REVIEW 10, 11: the ignored request withdrew a separate consent (item (3)); the fact that it went
    unanswered is said once, not after every duty."""
    f = facts({"date": "2024-06-18", "consent": "separate", "legal_basis_claimed": "consent",
               "identification": "verification"}, category="payment", as_of="2026-06-15", prior=IGNORED)
    breached = [x for x in findings_for(f, "complaint") if x.continuing]
    p47 = next(x for x in breached if x.provision == "PIPL:47")
    assert p47.part.para == 1 and p47.part.items == (3,)
    assert sum("2026年4月20日" in x.reason.zh for x in breached) == 1
    assert sum("2026-04-20" in x.reason.en for x in breached) == 1


# ---------------------------------------------------------------------------------- private spaces
def test_the_private_space_ban_is_on_installing_and_names_the_managers_duty():
    """REVIEW 12: the facts say the face "may have been" filmed; the regulation bans installing the device
    (para. 1, public bathrooms, not every bathroom) and makes the manager check and report (para. 2)."""
    f = by_id(findings_for(facts({"date": "2026-01-15", "private_space": "hotel_room", "context": "camera"},
                                 category="hotel", as_of="2026-01-20"), "complaint"))
    p8 = f["PSVIS-2025:8"]
    assert "被拍摄的" not in p8.reason.zh and "公共的浴室" in p8.reason.zh and "第二款" in p8.reason.zh
    assert p8.part is None  # both paragraphs are quoted


# ---------------------------------------------------------------------------------- punctuation
def test_a_conditional_reason_has_no_colon_of_its_own():
    """REVIEW 13: "第十条第一款：如以人脸识别身份：撤回后仍须能使用服务：……" - a letter's line is "citation：
    reason"; the condition and the reason add no colon of their own."""
    # taken before the Measures: Art. 10 is cited for today's withdrawal (rights axis), with the condition
    f = facts({"date": "2024-03-05", "consent": "bundled", "alternative_offered": False,
               "service_refused_without_face": True}, category="leisure", as_of="2026-11-20")
    found = evaluate(f)
    assert any(x.provision == "FRT-MEASURES-2025:10" and x.why.zh.startswith("如持有方将人脸信息用于识别身份") for x in found)
    many = [f, facts({"date": MODERN, "stored_off_device": True, "relationship_ended": True, "minor_under_14": True,
                      "guardian_consent": True, "identification": "verification"}, category="leisure",
                     prior={"type": "withdrawal", "date_sent": "2025-10-01", "due_date": "2025-10-22",
                            "outcome": "refused"}),
            facts({"date": MODERN, "legal_basis_claimed": "legal_duty"}, category="transport")]
    for x in [x for g in many for x in evaluate(g)]:
        if x.role != "draft":
            assert "：" not in x.reason.zh and ": " not in x.reason.en, (x.provision, x.why.zh, x.why.en)


# ---------------------------------------------------------------------------------- routing
def test_routes_cite_what_the_articles_say():
    """REVIEW 15, 16: local departments' duties are PIPL Art. 60 para. 2, not para. 1 (cite the article);
    Art. 50 para. 2 lets a person sue on a refusal, not on silence."""
    for category in ("school", "residential", "finance", "telecom", "transport"):
        for a in route(facts({"date": MODERN, "consent": "none"}, category=category)):
            assert "第六十条第一款" not in a.why.zh and "Art. 60 para. 1" not in a.why.en, a.why.zh
            if a.id == "court":
                assert "不答复" not in a.why.zh and "does not answer" not in a.why.en, a.why.zh


# ---------------------------------------------------------------------------------- time
@pytest.mark.parametrize(("collected", "as_of", "old"), [
    ("2023-03-16", "2025-03-16", False),   # two years to the day (2024 is a leap year: 731 days)
    ("2023-03-16", "2025-03-17", True),
    ("2024-02-29", "2026-02-28", False),   # no 29 February in 2026: the period ends on the 28th
    ("2024-02-29", "2026-03-01", True),
    ("2024-03-16", "2026-03-16", False),
])
def test_two_years_are_calendar_years(collected, as_of, old):
    """REVIEW 19: "more than two years" (APL Art. 36; the limitation notes) was counted as 730 days."""
    assert bool(time_notes(facts({"date": collected}, as_of=as_of))) is old


# ---------------------------------------------------------------------------------- third reading (REVIEW 21-)
def test_bundled_consent_is_stated_as_the_fact_not_as_the_articles_words():
    """REVIEW 28: "与其他条款捆绑取得的不是这样的同意" (PIPL 14) and "与其他条款捆绑的概括同意不是单独同意"
    (PIPL 29) put in the article a conclusion it does not state; the reason gives the fact and the rule."""
    f = facts({"date": MODERN, "consent": "bundled", "identification": "verification"}, category="leisure")
    found = by_id(evaluate(f))
    for pid in ("PIPL:14", "PIPL:29"):
        assert "不是" not in found[pid].reason.zh and "is not" not in found[pid].reason.en, pid
        assert "一并取得" in found[pid].reason.zh, pid
    assert "自愿、明确作出" in found["PIPL:14"].reason.zh and "单独同意" in found["PIPL:29"].reason.zh


def test_coerced_consent_is_stated_as_the_fact_not_as_the_articles_words():
    """REVIEW 52 (the residential estate, the first golden letter with coerced consent): "被强迫的同意不是有效同意"
    (PIPL 14) is a conclusion the article does not state; as for bundled consent, the rule and then the fact."""
    f = facts({"date": MODERN, "consent": "coerced", "identification": "identification"}, category="residential")
    reason = by_id(evaluate(f))["PIPL:14"].reason
    assert "不是" not in reason.zh and "not valid" not in reason.en
    assert "自愿、明确作出" in reason.zh and "不同意即被拒绝" in reason.zh and "turned away" in reason.en


# ---------------------------------------------------------------------------------- fourth reading (REVIEW 43-)
PARK_2019 = {"date": "2019-04-27", "context": "other", "place": "public", "consent": "none", "purpose_stated": False,
             "alternative_offered": False, "service_refused_without_face": True}
REFUSED_2019 = {"type": "deletion", "date_sent": "2019-10-18", "outcome": "refused", "reply_date": "2019-10-20"}
CSL_HEDGE = "如果持有方通过网络收集、使用个人信息（即网络运营者）"


@pytest.mark.parametrize("letter_type", ["complaint", "followup"])
def test_a_deletion_refused_in_2019_breaches_the_cybersecurity_laws_duty_hedged(letter_type):
    """REVIEW 43 (N38): the park refused a deletion request in 2019; the complaint tied the refusal to no duty
    (the PIPL was not yet law), and the follow-up cited CSL 2016 Art. 43 as a right only and without the
    "if you are a network operator" hedge that Art. 41 gets."""
    f = facts(PARK_2019, category="attraction", as_of="2019-10-26", prior=REFUSED_2019)
    (csl,) = [x for x in findings_for(f, letter_type) if x.provision == "CSL-2016:43"]
    assert csl.role == "obligation" and csl.continuing and csl.judged_on.isoformat() == "2019-10-18"
    assert csl.reason.zh.startswith(CSL_HEDGE) and csl.reason.en.startswith("If the holder collects or uses")
    assert "应当采取措施予以删除" in csl.reason.zh and "拒绝了2019年10月18日的删除请求" in csl.reason.zh
    deletion = findings_for(facts(PARK_2019, category="attraction", as_of="2019-10-26"), "deletion")
    (right,) = [x for x in deletion if x.provision == "CSL-2016:43"]
    assert right.reason.zh.startswith(CSL_HEDGE)


def test_a_refusal_before_the_pipl_is_judged_by_the_law_of_its_day_and_the_keeping_by_todays():
    """REVIEW 43 (N38): the same 2019 refusal in a 2026 complaint was read as a breach of PIPL Art. 50 para. 1
    and of the 2025 data regulation (NDSMR Art. 23), neither in force in 2019. The answer to a request is
    judged on the day it was made; the keeping of the face after the PIPL took effect breaches PIPL Art. 47
    where the facts say the face is still held (the park refused to delete it), and only then."""
    f = facts(PARK_2019, category="attraction", as_of="2026-03-16", prior=REFUSED_2019)
    found = by_id(findings_for(f, "complaint"))
    assert "PIPL:50" not in found and "NDSMR-2024:23" not in found
    p47 = found["PIPL:47"]
    assert p47.continuing and p47.role == "obligation"
    assert "2021年11月1日施行后仍未删除" in p47.reason.zh and "since this Law took effect on 2021-11-01" in p47.reason.en
    csl = found["CSL-2016:43"]  # the refusal itself, under the law of 2019 (now Art. 45, same words)
    assert csl.judged_on.isoformat() == "2019-10-18" and "拒绝了" not in csl.reason.zh
    assert "该条自2026年1月1日起为修正后的第四十五条" in csl.why.zh
    silent = facts(PARK_2019, category="attraction", as_of="2026-03-16",
                   prior={"type": "deletion", "date_sent": "2019-10-18", "outcome": "no_reply"})
    found = by_id(findings_for(silent, "complaint"))
    assert "PIPL:47" not in found  # silence in 2019 does not say the face is still held
    assert "未答复2019年10月18日的删除请求" in found["CSL-2016:43"].reason.zh
    # a request made under the PIPL is judged by it, as before
    late = by_id(findings_for(facts(PARK_2019, category="attraction", as_of="2026-03-16",
                                    prior={"type": "deletion", "date_sent": "2026-02-02", "outcome": "refused",
                                           "reply_date": "2026-02-10"}), "complaint"))
    assert {"PIPL:47", "PIPL:50", "NDSMR-2024:23"} <= set(late)
    assert "施行后" not in late["PIPL:47"].reason.zh


def test_the_access_right_says_what_the_article_says():
    """REVIEW 44 (N34): "个人有权查阅、复制其个人信息，包括人脸图像和特征数据" - the 包括 is our gloss, not the
    article's words; the face images and templates belong in the letter's request."""
    (p45,) = [x for x in findings_for(facts({"date": MODERN}), "access") if x.provision == "PIPL:45"]
    assert "人脸" not in p45.reason.zh and "face" not in p45.reason.en.lower()
    assert p45.reason.zh.startswith("个人有权查阅、复制其个人信息（第一款）")


def test_the_guardians_standing_says_what_civil_code_art_23_says():
    """REVIEW 45 (N35): "监护人是未成年人的法定代理人" is broader than the article, which speaks of persons
    without or with limited civil capacity (a 16-year-old living on their own income is neither)."""
    (p23,) = [x for x in findings_for(facts({"date": MODERN, "minor_under_14": True}, sender=GUARDIAN), "withdrawal")
              if x.provision == "CIVIL-CODE:23"]
    assert "未成年人的法定代理人" not in p23.reason.zh
    assert "无民事行为能力人、限制民事行为能力人的监护人是其法定代理人" in p23.reason.zh
    assert "without or with limited civil capacity" in p23.reason.en


def test_bundled_consent_is_not_a_breach_of_the_consumer_law_that_asks_only_for_consent():
    """REVIEW 46 (N39): CRPL Art. 29 asks a business to state purpose, method and scope and to obtain the
    consumer's consent; a filter app that stated its purpose and took (bundled) consent does not breach it on
    these facts. No consent, or no purpose stated, does."""
    app = facts({"date": "2026-02-01", "consent": "bundled", "legal_basis_claimed": "consent", "identification": "none",
                 "purpose_stated": True, "place": "online"}, category="online", as_of="2026-05-06")
    for letter_type in ("withdrawal", "deletion", "complaint", "followup"):
        assert "CRPL-2013:29" not in {x.provision for x in findings_for(app, letter_type)}, letter_type
    for c in ({"consent": "none"}, {"consent": "bundled", "purpose_stated": False}):
        shop = facts({"date": "2026-02-01", "legal_basis_claimed": "consent", **c}, category="online",
                     as_of="2026-05-06")
        assert "CRPL-2013:29" in {x.provision for x in findings_for(shop, "complaint")}, c


def test_public_place_signage_is_conditional_for_a_verification_gate():
    """REVIEW 47 (N40): PIPL Art. 26 and Measures Art. 13 para. 1 speak of devices installed in public places for
    public security; whether a gate where the passenger presents the face for one-to-one verification is one is
    open, so the letter says "if". A camera that takes in whoever passes is one."""
    gate = by_id(findings_for(facts({"date": MODERN, "place": "public", "signage": False, "identification": "verification",
                                     "legal_basis_claimed": "legal_duty", "context": "entry"}, category="transport"),
                              "complaint"))
    for pid in ("PIPL:26", "FRT-MEASURES-2025:13"):
        assert gate[pid].reason.zh.startswith("如该身份核验设备属于在公共场所安装的"), pid
        assert gate[pid].reason.en.startswith("If this verification device counts as"), pid
        assert "现场未设置显著的提示标识" in gate[pid].reason.zh
    camera = by_id(findings_for(facts({"date": MODERN, "place": "public", "signage": False, "context": "camera",
                                       "identification": "identification", "consent": "none"}, category="retail"),
                                "complaint"))
    assert camera["PIPL:26"].reason.zh.startswith("在公共场所采集人脸而没有显著的提示标识")


def test_the_authoritys_face_recognition_duties_are_not_conditional():
    """REVIEW 48 (N42): "Measures Art. 17: 如以人脸识别身份，对违法应用人脸识别的活动，可以……投诉" in the list of the
    department's duties reads oddly; where it is unknown whether the face identifies anyone, PIPL Art. 65 says
    what the department must do, and the Measures' articles on the department are left out."""
    unknown = by_id(findings_for(facts({"date": MODERN, "consent": "bundled"}, category="leisure"), "complaint"))
    assert "PIPL:65" in unknown
    assert not [x for x in unknown.values() if x.role == "regulator" and x.reason.zh.startswith("如")]
    assert "FRT-MEASURES-2025:17" not in unknown
    known = by_id(findings_for(facts({"date": MODERN, "consent": "bundled", "identification": "verification"},
                                     category="leisure"), "complaint"))
    assert "FRT-MEASURES-2025:17" in known
