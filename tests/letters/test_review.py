"""The second reading of issue 10's letters (notes/lawreview/REVIEW.md), on the golden fact sets: each test
names the finding it guards."""

from __future__ import annotations

import pytest
from faceledger.letters.export import render

from tests.letters.conftest import FITTING, make_letter

LAW = ("三、法律依据", "六、法律依据")


def _text(facts: str, letter_type: str, lang: str = "zh") -> str:
    return render(make_letter(facts, letter_type, lang)).text


def _body(text: str) -> str:
    return text.split("附件：所引法律条文")[0].split("Annex: the provisions cited")[0]


def _demands(text: str) -> str:
    """The numbered requests of a zh letter (before its legal basis)."""
    for head in LAW:
        if head in text:
            return text.split(head)[0]
    return text


def _line(text: str, cite: str) -> str:
    (line,) = [x for x in _body(text).split("\n") if x.startswith(cite + "：")]
    return line


def test_the_access_right_quotes_the_paragraph_that_says_promptly():
    """REVIEW 1: "处理者应当及时提供" is PIPL Art. 45 para. 2; the letter cited and quoted para. 1 only."""
    text = _text("school_child_2025", "access")
    assert "及时提供" in _line(text, "《中华人民共和国个人信息保护法》第四十五条")
    assert "个人请求查阅、复制其个人信息的，个人信息处理者应当及时提供。" in text.split("附件：所引法律条文")[1]


def test_a_face_is_sensitive_by_the_paragraph_that_says_so():
    """REVIEW 2: PIPL Art. 28 para. 1 ("包括生物识别……") is quoted where a letter says biometric data is
    sensitive."""
    text = _text("airport_2025_09", "access")
    assert "敏感个人信息" in _line(text, "《中华人民共和国个人信息保护法》第二十八条")
    assert "包括生物识别、宗教信仰" in text.split("附件：所引法律条文")[1]


@pytest.mark.parametrize(("facts", "letter_type"), FITTING)
def test_no_summary_puts_the_senders_demands_in_the_law(facts, letter_type):
    """REVIEW 3: "PIPL Art. 13: ……须说明其依据的是哪一种情形" - the article imposes no such duty; the demand
    is in the requests."""
    zh, en = _body(_text(facts, letter_type)), _body(_text(facts, letter_type, "en"))
    law_zh = zh.split("法律依据", 1)[1] if "法律依据" in zh else ""
    for demand in ("须说明", "须指明", "可以询问", "可以要求说明是否"):
        assert demand not in law_zh, demand
    for demand in ("must show", "must be named", "must say which", "can be asked"):
        assert demand not in en, demand


@pytest.mark.parametrize("letter_type", ["withdrawal", "deletion", "access", "complaint"])
def test_a_guardian_letter_never_gives_the_childs_rights_to_the_parent(letter_type):
    """REVIEW 4: in the parent's letter 本人 is the parent: "本人有权查阅、复制其个人信息" was wrong."""
    text = _text("school_child_2025", letter_type)
    assert "本人有权" not in text and "本人撤回同意" not in text and "本人的人脸信息" not in text


@pytest.mark.parametrize(("facts", "letter_type"), FITTING)
def test_a_letter_calls_the_holder_by_its_title(facts, letter_type):
    """REVIEW 5: 持有方 is the app's word; a letter to the holder says 贵单位, a complaint 被投诉人."""
    assert "持有方" not in _text(facts, letter_type)
    if letter_type == "complaint":
        assert "the holder" not in _text(facts, letter_type, "en").lower()


@pytest.mark.parametrize(("facts", "letter_type"), [
    ("airport_2025_09", "withdrawal"), ("airport_2025_09", "access"), ("airport_2025_09", "complaint"),
    ("payment_separate_2026", "withdrawal"), ("payment_separate_2026", "complaint"),
    ("employer_2025", "access"), ("employer_2025", "complaint"), ("guo_bing_2026", "withdrawal"),
])
def test_no_other_way_is_demanded_where_one_was_offered_or_the_person_has_left(facts, letter_type):
    """REVIEW 6, 7: the airport and the payment service offered another way; the employee has left and the
    annual card has expired."""
    letter = make_letter(facts, letter_type, "zh")
    text = render(letter).text
    assert "人脸识别以外的其他合理、便捷的方式" not in _demands(text)
    assert "继续考勤" not in text and "继续使用贵单位的产品或者服务" not in text
    demand = [c for c in letter.citations if c.provision_id == "FRT-MEASURES-2025:10" and c.axis == "rights"]
    assert not demand


def test_consent_reasoning_is_hedged_where_the_holder_claims_a_legal_duty():
    """REVIEW 8."""
    text = _text("airport_2025_09", "withdrawal")
    assert _line(text, "《中华人民共和国个人信息保护法》第十六条").split("：", 1)[1].startswith("如以同意为依据")


def test_a_follow_up_to_an_access_request_does_not_cite_the_right_to_deletion():
    """REVIEW 9."""
    assert "PIPL:47" not in [c.provision_id for c in make_letter("airport_2025_09", "followup", "zh").citations]


def test_the_ignored_deletion_names_item_3_and_is_stated_once():
    """REVIEW 10, 11: the payment user withdrew a separate consent; "至今如此" closed every line."""
    letter = make_letter("payment_separate_2026", "complaint", "zh")
    (p47,) = [c for c in letter.citations if c.provision_id == "PIPL:47"]
    assert p47.cite_zh.endswith("第四十七条第一款第（三）项")
    text = render(letter).text
    law = text.split("六、法律依据")[1].split("七、证据目录")[0]
    assert law.count("2026年4月20日") == 1 and "至今如此" not in text
    annex = text.split("附件：所引法律条文")[1]
    assert "（三）个人撤回同意；" in annex and "（四）个人信息处理者违反法律" not in annex
    assert "截至本投诉书日期未收到任何答复" in text  # not "至所请求的答复期限……未收到"


def test_the_police_complaint_does_not_assert_the_filming_and_names_the_hotels_duty():
    """REVIEW 12."""
    text = _text("hotel_room_camera_2026", "complaint")
    line = _line(text, "《公共安全视频图像信息系统管理条例》第八条")
    assert "被拍摄的" not in line and "公共的浴室" in line and "立即报告公安机关" in line
    assert "应当立即报告所在地公安机关处理。" in text.split("附件：所引法律条文")[1]


def test_english_facts_agree_with_the_respondent():
    """REVIEW 14."""
    text = _text("guo_bing_2026", "complaint", "en")
    assert "The respondent uses the face" in text and "the respondent still keeps my facial information" in text
    assert "did not obtain my consent" in text and "the consent of me" not in text
    assert "I have ended" not in text


def test_the_filing_question_is_conditional_where_identification_is_unknown():
    """REVIEW 19: the hotel room camera may identify nobody."""
    assert "如贵单位应用人脸识别技术，是否已就此向网信部门办理备案" in _text("hotel_room_camera_2026", "access")
    assert "if you use face recognition technology, whether" in _text("hotel_room_camera_2026", "access", "en")


def test_a_former_employee_is_not_a_customer_of_the_employer():
    """REVIEW 20."""
    text = _text("employer_2025", "deletion")
    assert _line(text, "《中华人民共和国个人信息保护法》第四十七条第一款第（一）项、第（三）项")
    assert "产品或者服务" not in _body(text)


def test_a_deletion_without_consent_withdraws_it_only_if_it_is_the_basis():
    """REVIEW 17: the park took the face without consent; "本人撤回同意" contradicted the facts."""
    text = _text("guo_bing_2026", "deletion")
    assert "如以同意为依据，同意已经撤回" in text


# ---------------------------------------------------------------------------------- third reading (REVIEW 21-)
def test_the_deletion_grounds_do_not_run_two_clauses_together():
    """REVIEW 21: "本人作为监护人在此撤回同意，如主张其他依据，请按下一项说明；" - a comma splice with no subject in
    its second clause; the other basis goes in brackets, as in the English."""
    for facts in ("school_child_2025", "airport_2025_09", "bank_2021_10"):
        demands = _demands(_text(facts, "deletion"))
        assert "，如主张其他依据" not in demands
        assert "（如贵单位主张其他依据，请按下一项说明）" in demands


@pytest.mark.parametrize(("facts", "claimed"), [("airport_2025_09", "履行法定职责或者法定义务所必需"),
                                               ("employer_2025", "人力资源管理所必需")])
def test_the_claimed_basis_is_reported_not_named(facts, claimed):
    """REVIEW 22: "贵单位称为履行法定职责……所必需：请指明……" reads "what you call a legal duty" and puts a
    colon inside the bracket."""
    for letter_type in ("withdrawal", "deletion", "complaint"):
        text = _text(facts, letter_type)
        assert "称为" not in text
    demands = _demands(_text(facts, "deletion"))
    assert f"（贵单位称系为{claimed}，请" in demands and "所必需：" not in demands


@pytest.mark.parametrize(("facts", "n"), [("bank_2021_10", 1), ("airport_2025_09", 1), ("gym_2024", 1)])
def test_a_follow_up_demand_joins_its_parts_once(facts, n):
    """REVIEW 23: "即停止处理并删除……，并提供人脸识别以外的其他方式，并书面告知结果" - three 并 in one demand."""
    demands = _demands(_text(facts, "followup"))
    (first,) = [x for x in demands.split("\n") if x.startswith("1. 请完成本人")]
    assert first.count("，并") == n, first


@pytest.mark.parametrize("facts", [f for f, t in FITTING if t == "access"])
def test_the_list_of_questions_ends_with_a_full_stop(facts):
    """REVIEW 24: without the filing question (a filter app identifies nobody) the list ended on "；"."""
    for lang, stop in (("zh", "。"), ("en", ".")):
        items = [x for x in _body(_text(facts, "access", lang)).split("\n") if x.startswith("   - ")]
        assert items and items[-1].endswith(stop), (lang, items[-1])
        assert all(not x.endswith(stop) for x in items[:-1]), lang


def test_an_ignored_withdrawal_is_hedged_where_the_bank_may_rely_on_a_legal_duty():
    """REVIEW 25: a bank (customer identification duties) that ignored a withdrawal was told "同意已经撤回，被投诉人
    应当删除" outright, and PIPL Art. 15 para. 1 was read as "尊重撤回", which it does not say."""
    for letter_type in ("complaint", "followup"):
        text = _text("bank_2021_10", letter_type)
        law = _body(text).split("法律依据")[1]
        (p47,) = [x for x in law.split("\n") if x.startswith("《中华人民共和国个人信息保护法》第四十七条")]
        assert "如以同意为依据，同意已经撤回" in p47
        p15 = _line(text, "《中华人民共和国个人信息保护法》第十五条第一款")
        assert "尊重" not in p15 and "基于个人同意处理个人信息的" in p15
    en = _text("bank_2021_10", "complaint", "en")
    assert "if consent is the basis" in en.lower() and "respect" not in _body(en).lower()


def test_the_covert_camera_offence_is_not_said_to_add_a_penalty():
    """REVIEW 26: PSAPL 2025 Art. 70 punishes installing or using covert-photography equipment; "另受处罚"
    (punished in addition) is a conclusion on cumulation the article does not state."""
    line = _line(_text("hotel_room_camera_2026", "complaint"), "《中华人民共和国治安管理处罚法》第七十条")
    assert "另" not in line and "拘留或者罚款" in line
    assert "as well" not in _text("hotel_room_camera_2026", "complaint", "en")


def test_the_hotel_deletion_rests_on_the_installation_not_on_a_filming_the_facts_do_not_show():
    """REVIEW 27: the facts say the face may have been filmed; the ground said "在私密空间内拍摄违反……"."""
    demands = _demands(_text("hotel_room_camera_2026", "deletion"))
    assert "拍摄违反" not in demands and "安装摄像设备违反" in demands
    assert "filming inside" not in _text("hotel_room_camera_2026", "deletion", "en")


def test_a_refused_service_is_put_in_the_articles_terms():
    """REVIEW 29: "……这是不允许的" is not how a letter states PIPL Art. 16."""
    line = _line(_text("gym_2024", "deletion"), "《中华人民共和国个人信息保护法》第十六条")
    assert "这是不允许的" not in line and "不得以此为由拒绝提供服务" in line


def test_the_complaint_keeps_the_notice_breach_the_deletion_letter_asserts():
    """REVIEW 30: the deletion letter told the employer it may have breached PIPL Art. 17 (no retention period
    stated); the complaint about the same facts left it out."""
    letter = make_letter("employer_2025", "complaint", "zh")
    assert any(c.provision_id == "PIPL:17" and c.group == "breached" for c in letter.citations)


def test_a_complaint_for_oneself_does_not_head_a_section_with_standing():
    """REVIEW 31: "投诉人的身份及请求核查事项的依据" where the complainant acts for nobody but themselves."""
    own = _text("airport_2025_09", "complaint")
    assert "（二）请求核查事项的依据" in own and "投诉人的身份" not in own
    assert "My standing" not in _text("airport_2025_09", "complaint", "en")
    assert "投诉人的身份及请求核查事项的依据" in _text("school_child_2025", "complaint")


@pytest.mark.parametrize(("facts", "letter_type"), FITTING)
def test_no_colloquial_words_in_a_letter(facts, letter_type):
    """REVIEW 32: "贵单位即不让本人使用服务"."""
    assert "不让" not in _text(facts, letter_type)


@pytest.mark.parametrize(("facts", "letter_type"), [("airport_2025_09", "withdrawal"), ("school_child_2025", "access"),
                                                    ("employer_2025", "deletion"), ("bank_2021_10", "followup")])
def test_an_english_letter_tells_the_addressee_what_it_relies_on(facts, letter_type):
    """REVIEW 33: "which ground the holder relies on is not known" in a letter addressed to "you"."""
    text = _text(facts, letter_type, "en")
    assert "the holder relies" not in text and "you rely on" in _body(text).split("Legal basis")[1]


# ---------------------------------------------------------------------------------- fourth reading (REVIEW 43-)
def test_the_2019_refusal_is_tied_to_the_cybersecurity_laws_duty():
    """REVIEW 43 (N38): the complaint stated the refused deletion request but cited no duty it breached."""
    text = _text("guo_bing_2019", "complaint")
    breached = _body(text).split("（一）被投诉人涉嫌违反的规定")[1].split("（二）")[0]
    line = _line(text, "《中华人民共和国网络安全法》第四十三条")
    assert line in breached
    assert "如果被投诉人通过网络收集、使用个人信息（即网络运营者）" in line and "拒绝了2019年10月18日的删除请求" in line
    assert "网络运营者应当采取措施予以删除或者更正。" in text.split("附件：所引法律条文")[1]
    en = _text("guo_bing_2019", "complaint", "en")
    assert "If the respondent collects or uses personal information through a network" in en


@pytest.mark.parametrize("facts", ["school_child_2025", "guo_bing_2019"])
def test_a_withdrawal_does_not_withdraw_a_consent_the_facts_say_was_never_given(facts):
    """REVIEW 49 (N36): "撤回……所作出的任何同意" right after the fact that no consent was obtained: the sender
    refuses the processing and withdraws whatever consent the holder may claim."""
    zh = _demands(_text(facts, "withdrawal"))
    (first,) = [x for x in zh.split("\n") if x.startswith("1. ")]
    assert "任何同意" not in first and "拒绝贵单位处理" in first and "如贵单位认为已就此取得同意" in first
    en = _body(_text(facts, "withdrawal", "en"))
    assert "withdraw any consent given" not in en and "object to your processing" in en
    given = _demands(_text("payment_separate_2026", "withdrawal"))
    assert "所作出的任何同意" in given and "拒绝贵单位处理" not in given


def test_a_coerced_consent_and_the_refused_service_are_one_fact():
    """REVIEW 50 (N37): the employer's letters said twice that attendance was refused without the face."""
    for lang, needle in (("zh", "考勤或者进入工作场所"), ("en", "entry to the workplace")):
        for letter_type in ("withdrawal", "deletion", "complaint"):
            body = _body(_text("employer_2025", letter_type, lang))
            facts_part = body.split("二、" if lang == "zh" else "2. What")[0] if letter_type != "complaint" else \
                body.split("五、" if lang == "zh" else "5. ")[0]
            lines = [x for x in facts_part.split("\n") if x.startswith("- ") and needle in x]
            assert len(lines) == 1, (lang, letter_type, lines)


def test_a_filter_app_is_not_said_to_breach_the_consumer_law_on_consent_it_took():
    """REVIEW 46 (N39)."""
    for letter_type in ("withdrawal", "deletion", "complaint"):
        assert "消费者权益保护法》第二十九条" not in _text("beauty_app_2026", letter_type)


def test_the_airport_gate_signage_is_conditional():
    """REVIEW 47 (N40)."""
    text = _text("airport_2025_09", "complaint")
    line = _line(text, "《中华人民共和国个人信息保护法》第二十六条")
    assert line.split("：", 1)[1].startswith("如该身份核验设备属于在公共场所安装的图像采集、个人身份识别设备，则")


def test_no_conditional_in_the_departments_duties():
    """REVIEW 48 (N42)."""
    for facts in ("gym_2024", "bank_2021_10"):
        text = _text(facts, "complaint")
        duties = _body(text).split("贵部门的职责")[1]
        assert "第十七条" not in duties and "用于识别身份" not in duties, facts


def test_the_access_line_is_the_articles_words():
    """REVIEW 44 (N34)."""
    line = _line(_text("school_child_2025", "access"), "《中华人民共和国个人信息保护法》第四十五条")
    assert "人脸图像" not in line and "特征数据" not in line


def test_the_face_recognition_condition_names_who_would_use_the_face():
    """REVIEW 51 (N41): "如以人脸识别身份，" has no subject; "如贵单位将人脸信息用于识别身份，" reads as a lawyer would
    write it, and the golden letters keep their body pages (test_golden prints them) and every citation."""
    for letter_type, who in (("deletion", "贵单位"), ("complaint", "被投诉人")):
        text = _text("gym_2024", letter_type)
        assert "如以人脸识别身份" not in text
        assert f"如{who}将人脸信息用于识别身份，" in _body(text)
