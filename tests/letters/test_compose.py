"""Composition: validation, quotes only from the catalog, dates decide what is cited."""

from __future__ import annotations

import re

import pytest
from faceledger.errors import InvalidValue
from faceledger.law.catalog import get_catalog
from faceledger.letters.compose import compose, load_letter_input, new_reference, render_html
from faceledger.letters.export import render

from tests.letters.conftest import FITTING, UNFIT, fact_data, make_letter


def _facts(name="gym_2024", **changes):
    data = fact_data(name)
    for key, value in changes.items():
        block, _, field = key.partition("__")
        if field:
            data[block][field] = value
        else:
            data[block] = value
    return load_letter_input(data)


@pytest.mark.parametrize(("facts", "letter_type"), FITTING)
def test_quotes_are_the_catalogs_text_byte_for_byte(facts, letter_type):
    cat = get_catalog()
    letter = make_letter(facts, letter_type, "zh")
    assert letter.citations
    for c in letter.citations:
        prov = cat.provision(c.provision_id)
        for q in c.quotes:
            # the whole article, a confirmed excerpt, or pieces of a confirmed article joined by an ellipsis line
            assert q.segments and q.text_zh == "\n……\n".join(q.segments)
            for seg in q.segments:
                assert (prov.text_zh is not None and seg in prov.text_zh) or seg in {e.text_zh for e in prov.excerpts}
        if prov.text_zh is None and not prov.excerpts:
            assert c.quotes == ()
    text = render(letter).text
    # an unconfirmed article is cited by number only, and the letter never says its citations are unverified
    assert "尚未核实" not in text and "could not be verified" not in text
    # no quotation in the letter that is not a catalog text (the letter's own words use no “ ” quotes)
    quoted = re.findall(r"“([^”]*)”", text.replace("\n    ", "\n"))
    texts = {q.text_zh for c in letter.citations for q in c.quotes}
    if letter.refusal:
        texts |= {q.text_zh for q in letter.refusal.quotes}
    for q in quoted:
        assert q in texts or any(q in t for t in texts) or q in {c.why.zh for c in letter.citations} \
            or any(q in c.why.zh for c in letter.citations), q


def test_drafts_are_called_drafts():
    letter = make_letter("gym_2024", "complaint", "bilingual", detail="full")
    assert not [c for c in make_letter("gym_2024", "complaint", "zh").citations if c.is_draft]  # short: no draft
    drafts = [c for c in letter.citations if c.is_draft]
    assert drafts, "the 2024 facts should meet the 2023 draft's window"
    for c in drafts:
        assert "征求意见稿" in c.cite_zh or "未施行" in c.cite_zh
        assert "draft" in c.cite_en.lower()
    text = render(letter).text
    assert "监管部门的征求意见稿（不是法律依据" in text and "The regulator's draft (not law" in text


def test_reply_deadline_is_the_senders_and_no_statute_is_claimed():
    letter = make_letter("gym_2024", "deletion", "bilingual")
    text = render(letter).text
    assert letter.deadline.working_days == 15
    assert "请于2026年12月11日前（自本函日期起15个工作日内）书面答复。法律没有规定答复的具体天数，这是本人提出的合理期限。" in text
    assert "No statute fixes a number of days for the answer; this is the time I consider reasonable." in text
    letter = make_letter("airport_2025_09", "access", "en")  # the file asks for 20 working days
    assert letter.deadline.working_days == 20 and "(20 working days" in render(letter).text


def test_refusal_quotes_pipl_50_only_once_pipl_is_in_force():
    before = _facts("gym_2024", collection__date="2021-01-05", as_of="2021-10-31")
    after = _facts("gym_2024", collection__date="2021-01-05", as_of="2021-11-01")
    l1 = compose(before[0], "deletion", "zh", reference="R1")
    l2 = compose(after[0], "deletion", "zh", reference="R2")
    assert l1.refusal is None
    assert l2.refusal is not None and l2.refusal.quotes[0].text_zh == get_catalog().provision("PIPL:50").text_zh
    assert "个人信息处理者拒绝个人行使权利的请求的，个人可以依法向人民法院提起诉讼。" in render(l2).text
    assert "第五十条" not in render(l1).text


def test_access_letter_asks_about_the_filing_only_under_the_measures():
    f1 = _facts("airport_2025_09", collection__date="2025-01-10", as_of="2025-05-31")
    f2 = _facts("airport_2025_09", collection__date="2025-01-10", as_of="2025-06-01")
    t1 = render(compose(f1[0], "access", "zh", reference="R1")).text
    t2 = render(compose(f2[0], "access", "zh", reference="R2")).text
    assert "备案" not in t1.split("三、")[0]
    assert "贵单位是否已就人脸识别技术的应用向网信部门办理备案。" in t2


def test_cybersecurity_law_numbering_follows_the_letter_date():
    f1 = _facts("gym_2024", as_of="2025-12-31")
    f2 = _facts("gym_2024", as_of="2026-01-01")
    ids1 = [c.provision_id for c in compose(f1[0], "deletion", "zh", reference="R", detail="full").citations]
    ids2 = [c.provision_id for c in compose(f2[0], "deletion", "zh", reference="R", detail="full").citations]
    assert "CSL-2016:43" in ids1 and "CSL-2025:45" not in ids1
    assert "CSL-2025:45" in ids2


def test_guo_bing_2019_cites_no_pipl():
    letter = make_letter("guo_bing_2019", "deletion", "zh")
    ids = [c.provision_id for c in letter.citations]
    assert ids and not any(i.startswith(("PIPL:", "CIVIL-CODE:", "SPC-FR-2021:")) for i in ids), ids
    assert letter.refusal is None


def test_identity_is_minimal():
    letter = make_letter("gym_2024", "deletion", "zh")
    text = render(letter).text
    assert "姓名李明；会员、卡或者账户号：0012345；联系方式见上。" in text
    assert "身份证件号码：" not in text
    facts, extras = _facts("gym_2024", sender__id_number="110101199001011234")
    letter = compose(facts, "deletion", "zh", **extras.options())
    text = render(letter).text
    assert "身份证件号码：110***********1234" in text and "110101199001011234" not in text  # masked by default
    assert any("身份证件号码" in w.zh for w in letter.warnings)  # a gym rarely needs it: warned
    facts, extras = _facts("gym_2024", sender__id_number="110101199001011234", sender__id_number_display="full")
    assert "身份证件号码：110101199001011234" in render(compose(facts, "deletion", "zh", **extras.options())).text


@pytest.mark.parametrize("change, field", [
    ({"sender": {"name": "李明"}}, "sender.email"),
    ({"sender": None}, "sender"),
])
def test_sender_problems_name_the_field(change, field):
    data = fact_data("gym_2024")
    data.update(change)
    if data["sender"] is None:
        del data["sender"]
    facts, extras = load_letter_input(data)
    with pytest.raises(InvalidValue) as e:
        compose(facts, "deletion", "zh", **extras.options())
    assert e.value.field == field


def test_followup_needs_the_earlier_request():
    facts, _ = _facts()
    with pytest.raises(InvalidValue) as e:
        compose(facts, "followup", "zh")
    assert e.value.field == "letter.prior_request"


@pytest.mark.parametrize("letter_block, field", [
    ({"colour": "red"}, "letter.colour"),
    ({"prior_request": {"type": "deletion"}}, "prior_request.date_sent"),
    ({"prior_request": {"type": "nope", "date_sent": "2026-01-01"}}, "prior_request.type"),
    ({"evidence": [{"source": "x"}]}, "evidence[1].name"),
    ({"regulator": {"email": "a@b.cn"}}, "regulator.name_zh"),
])
def test_letter_block_errors_name_the_field(letter_block, field):
    data = fact_data("gym_2024")
    data["letter"] = letter_block
    with pytest.raises(InvalidValue) as e:
        load_letter_input(data)
    assert e.value.field == field


def test_bad_type_and_lang():
    facts, _ = _facts()
    with pytest.raises(InvalidValue):
        compose(facts, "sue", "zh")
    with pytest.raises(InvalidValue):
        compose(facts, "deletion", "fr")


def test_user_text_is_escaped_in_html():
    facts, extras = _facts("gym_2024", sender__name="<b>李明</b>&")
    html = render_html(compose(facts, "deletion", "zh", **extras.options()))
    assert "&lt;b&gt;李明&lt;/b&gt;&amp;" in html and "<b>李明</b>&" not in html


def test_complaint_without_regulator_goes_to_the_first_suggested_authority_and_warns():
    letter = make_letter("gym_2024", "complaint", "zh")
    assert letter.addressee == "cac" and letter.regulator.name_zh == "网信部门（互联网信息办公室）"
    assert any("请填写您所在地该部门的具体名称" in w.zh for w in letter.warnings)
    police = make_letter("hotel_room_camera_2026", "complaint", "zh")
    assert police.addressee == "police" and police.regulator.name_zh == "公安机关"


def test_references_are_unique_and_dated():
    from datetime import date

    refs = {new_reference(date(2026, 11, 29)) for _ in range(200)}
    assert len(refs) == 200
    assert all(re.fullmatch(r"FL-20261129-[A-HJ-NP-Z2-9]{6}", r) for r in refs)


@pytest.mark.parametrize(("facts", "letter_type"), sorted(UNFIT))
def test_a_letter_that_does_not_fit_is_refused_naming_what_to_send(facts, letter_type):
    with pytest.raises(InvalidValue) as e:
        make_letter(facts, letter_type, "zh")
    assert e.value.field in ("type", "letter.prior_request")
    if letter_type == "withdrawal":  # a camera in a hotel room: a complaint to the police, deletion later
        assert "complaint" in str(e.value) and "police" in str(e.value) and "公安机关" in e.value.message_in("zh")
