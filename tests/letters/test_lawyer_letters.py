"""Issue 10 in the letters: the voice of a guardian, relative or agent; wording per relationship; the short
body with its annex (and --detail full); the JSON contract; letters that do not fit; the sender profile from
the CLI; the new facts in the vault, its export and the batch CSV."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from faceledger.cli import main
from faceledger.errors import InvalidValue
from faceledger.letters.compose import BODY_PAGES, compose, load_letter_input
from faceledger.letters.export import page_counts, render

from tests.letters.conftest import FACTS_DIR, fact_data, make_letter

GROUP_IDS = {"breached", "basis", "regulator", "remedies", "draft"}


def _with(name: str, **blocks):
    data = fact_data(name)
    for block, changes in blocks.items():
        if changes is None:
            data.pop(block, None)
        elif isinstance(changes, dict) and isinstance(data.get(block), dict):
            data[block] = {**data[block], **changes}
        else:
            data[block] = changes
    return load_letter_input(data)


# ---------------------------------------------------------------------------------- who speaks
def test_a_guardian_writes_for_the_child_and_cites_the_standing():
    text = render(make_letter("school_child_2025", "deletion", "zh")).text
    assert "本人李华系未成年人李小雨的监护人（李小雨系本人的女儿），现代其请求贵单位删除李小雨的个人信息" in text
    assert "本人的人脸信息" not in text.split("三、法律依据")[0]  # the child's face, not the parent's
    assert "《中华人民共和国未成年人保护法》第七十二条第二款" in text and "《中华人民共和国民法典》第二十三条" in text
    assert "被采集人姓名李小雨，出生日期2016年5月20日；本人姓名李华" in text
    assert "如需核实本人与李小雨的监护关系，请告知所需的最少证明材料。" in text
    en = render(make_letter("school_child_2025", "deletion", "en")).text
    assert "I, 李华, guardian of the minor 李小雨 (女儿), acting for 李小雨, ask you to delete 李小雨's" in en


def test_an_agent_and_a_close_relative_speak_in_their_own_voice():
    agent = {"acting_for": "agent", "subject": {"name": "张三", "relation": "委托人"}}
    facts, extras = _with("gym_2024", sender=agent)
    text = render(compose(facts, "withdrawal", "zh", **extras.options())).text
    assert "本人李明受张三书面委托（授权委托书附后），代其就贵单位处理张三人脸信息一事" in text
    assert "本人代张三撤回" in text and "授权委托书附后。" in text.split("五、身份信息")[1]
    relative = {"acting_for": "close_relative", "subject": {"name": "李大山", "relation": "父亲"}}
    facts, extras = _with("gym_2024", sender=relative)
    text = render(compose(facts, "deletion", "zh", **extras.options())).text
    assert "本人李明系已故的李大山的近亲属（李大山系本人的父亲），为了自身的合法、正当利益，依据《中华人民共和国个人信息保护法》第四十九条，请求" in text
    assert "《中华人民共和国个人信息保护法》第四十九条：" in text
    with pytest.raises(InvalidValue) as e:
        compose(facts, "withdrawal", "zh", **extras.options())
    assert e.value.field == "type" and "deletion" in str(e.value)


def test_a_guardian_of_an_adult_is_warned():
    facts, extras = _with("school_child_2025", as_of="2035-01-01")
    letter = compose(facts, "deletion", "zh", **extras.options())
    assert any("已满十八周岁" in w.zh for w in letter.warnings)


# ---------------------------------------------------------------------------------- wording per relationship
@pytest.mark.parametrize(("name", "words", "not_words"), [
    ("school_child_2025", "使李小雨可以继续入校和参加学校活动", "产品或者服务"),
    ("gym_2024", "使本人可以继续使用贵单位的产品或者服务", "小区"),
])
def test_the_alternative_is_asked_in_the_words_of_the_relationship(name, words, not_words):
    text = render(make_letter(name, "withdrawal", "zh")).text
    assert words in text and not_words not in text.split("三、法律依据")[0]


def test_employees_and_residents_are_not_customers():
    facts, extras = _with("employer_2025", collection={"relationship_ended": False})
    text = render(compose(facts, "withdrawal", "zh", **extras.options())).text
    assert "使本人可以继续考勤和出入工作场所" in text and "产品或者服务" not in text.split("附件")[0]
    assert "本人不同意使用人脸识别时，贵单位即不允许本人考勤或者进入工作场所，本人因此才同意。" in text
    home = {"name": "某物业服务有限公司", "category": "residential"}
    facts, extras = _with("gym_2024", holder=home, collection={"place": "residential"})
    text = render(compose(facts, "withdrawal", "en", **extras.options())).text
    assert "so that I can keep entering the residential compound" in text and "products or services" not in text


# ---------------------------------------------------------------------------------- short body, annex, full form
def test_short_letters_quote_in_an_annex_and_never_doubt_their_citations():
    rendered = render(make_letter("gym_2024", "deletion", "zh"))
    body, annex = rendered.text.split("附件：所引法律条文")
    assert "“" not in body  # the body cites, one line each; the texts are in the annex
    assert "上述条文的原文见附件。" in body and "《中华人民共和国个人信息保护法》第四十七条第一款" in annex
    for bad in ("尚未核实", "未经核对", "could not be verified", "not verified"):
        assert bad not in rendered.text
    assert "按收集之日" not in body  # date notes only where two versions of a law differ
    pages, body_pages = page_counts(rendered)
    assert body_pages <= BODY_PAGES < pages


def test_full_detail_keeps_the_long_form():
    short = make_letter("gym_2024", "deletion", "zh")
    full = make_letter("gym_2024", "deletion", "zh", detail="full")
    assert len(full.citations) > len(short.citations) and full.annex == [] and short.annex
    text = render(full).text
    assert "附件：所引法律条文" not in text and "（按收集之日2024年3月5日施行的规定判断。）" in text
    assert "监管部门的征求意见稿（不是法律依据" in text  # the full form keeps the draft, called a draft
    with pytest.raises(InvalidValue) as e:
        make_letter("gym_2024", "deletion", "zh", detail="medium")
    assert e.value.field == "detail"


def test_a_long_letter_drops_its_weakest_lines_to_keep_two_pages():
    many = {"consent": "coerced", "purpose_stated": False, "retention_stated": False, "signage": False,
            "sensitive_inference": ["race", "religion", "health"], "scale_over_100k": True, "minor_under_14": True,
            "guardian_consent": False, "identification": "identification"}
    facts, extras = _with("gym_2024", collection=many)
    for lang in ("zh", "en"):
        letter = compose(facts, "deletion", lang, **extras.options())
        assert page_counts(render(letter))[1] <= BODY_PAGES
        assert "PIPL:47" in [c.provision_id for c in letter.citations]  # the right exercised always stays


def test_a_complaint_has_no_definitions_no_remedies_and_its_addressees_duties():
    letter = make_letter("payment_separate_2026", "complaint", "zh")
    groups = dict(letter.citation_groups())
    assert set(groups) <= {"breached", "basis", "regulator"}
    assert [c.provision_id for c in groups["breached"]] == ["PIPL:47", "PIPL:50", "NDSMR-2024:23"]
    assert all(c.continuing and c.role == "obligation" for c in groups["breached"])
    assert {c.provision_id for c in groups["regulator"]} <= {"PIPL:60", "PIPL:61", "PIPL:65", "PIPL:66",
                                                             "FRT-MEASURES-2025:16", "FRT-MEASURES-2025:17"}
    police = make_letter("hotel_room_camera_2026", "complaint", "zh")
    assert [c.provision_id for c in dict(police.citation_groups())["regulator"]] == ["PSVIS-2025:24"]
    text = render(police).text
    assert "保全措施" in text and "现场未设置显著的提示标识" not in text and "删除相关人脸信息" not in text


def test_old_collections_note_the_continuing_violation_in_a_complaint():
    text = render(make_letter("guo_bing_2026", "complaint", "zh")).text
    assert "《中华人民共和国行政处罚法》第三十六条：" in text and "被投诉人至今仍保存相关人脸信息，违法状态仍在继续" in text
    assert "第四十七条第一款第（一）项、第（二）项：与被投诉人的关系已经结束" in text
    assert "持有方" not in text  # the app's word for the holder; a complaint names the respondent


def test_quotes_name_the_item_and_quote_only_it():
    text = render(make_letter("airport_2025_09", "access", "zh")).text
    annex = text.split("附件：所引法律条文")[1]
    assert "《中华人民共和国个人信息保护法》第十三条第一款第（三）项\n" in annex
    quote = annex.split("第十三条第一款第（三）项\n")[1].split("\n\n")[0]
    assert "（三）为履行法定职责或者法定义务所必需；" in quote and "（一）取得个人的同意" not in quote


def test_the_facts_say_達到_not_超过():
    text = render(make_letter("airport_2025_09", "access", "zh")).text
    assert "达到十万人" in text and "超过十万人" not in text
    assert "100,000 or more people" in render(make_letter("airport_2025_09", "access", "en")).text


# ---------------------------------------------------------------------------------- the command line
def test_letter_json_has_groups_pages_and_body_pages(tmp_path, capsys):
    out = tmp_path / "d.txt"
    assert main(["letter", str(FACTS_DIR / "school_child_2025.json"), "--type", "deletion", "-o", str(out),
                 "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert {g["id"] for g in info["groups"]} <= GROUP_IDS and info["groups"][0]["id"] == "basis"
    assert all(re.fullmatch(r"[A-Z0-9-]+:[0-9Q.]+", c) for g in info["groups"] for c in g["citations"])
    assert info["body_pages"] <= 2 < info["pages"] and info["detail"] == "short"
    assert main(["letter", str(FACTS_DIR / "school_child_2025.json"), "--type", "deletion", "-o", str(out),
                 "--detail", "full", "--json"]) == 0
    full = json.loads(capsys.readouterr().out)
    assert full["detail"] == "full" and full["body_pages"] == full["pages"]  # no annex


def test_a_letter_that_does_not_fit_exits_2_naming_what_to_send(tmp_path, capsys):
    rc = main(["letter", str(FACTS_DIR / "hotel_room_camera_2026.json"), "--type", "withdrawal",
               "-o", str(tmp_path / "w.pdf")])
    err = capsys.readouterr().err
    assert rc == 2 and "complaint" in err and "police" in err and "Traceback" not in err
    assert not (tmp_path / "w.pdf").exists()


def test_unknown_values_of_the_new_fields_exit_2_naming_the_field(tmp_path, capsys):
    for block, field, value in (("collection", "legal_basis_claimed", "habit"),
                                ("collection", "identification", "often"),
                                ("collection", "relationship_ended", "perhaps"),
                                ("sender", "acting_for", "parent"),
                                ("holder", "category", "gym")):
        data = fact_data("gym_2024")
        data[block][field] = value
        path = tmp_path / "f.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        assert main(["letter", str(path), "--type", "deletion", "-o", str(tmp_path / "x.txt")]) == 2
        assert f"{block}.{field}" in capsys.readouterr().err


def test_profile_set_and_show_make_vault_letters_work_without_the_gui(tmp_path, capsys, vault):
    from faceledger.ledger import store
    from faceledger.ledger.model import Collection, Holder, Subject

    h = store.add_holder(vault, Holder(name_zh="某市实验小学", category="school"))
    store.add_collection(vault, Collection(holder_id=h.id, date="2025-09-01", context="entry", consent="none",
                                           minor_under_14=True, guardian_consent=False, acting_for="guardian",
                                           subject=Subject(name="李小雨", relation="女儿")))
    h2 = store.add_holder(vault, Holder(name_zh="某健身馆", category="leisure"))
    store.add_collection(vault, Collection(holder_id=h2.id, date="2025-09-01", context="entry", consent="bundled"))
    vault.close()
    assert main(["letter", "--holder", str(h.id), "--type", "deletion", "-o", str(tmp_path / "a.txt")]) == 2
    assert "profile set" in capsys.readouterr().err
    assert main(["profile", "set", "--email", "lihua@example.com"]) == 2  # a name is needed the first time
    assert "sender.name" in capsys.readouterr().err
    assert main(["profile", "set", "--name", "李华", "--email", "lihua@example.com", "--phone", "13700000000",
                 "--postal-address", "某市某路1号", "--account-id", "0001", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["name"] == "李华"
    assert main(["profile", "show", "--json"]) == 0
    profile = json.loads(capsys.readouterr().out)["profile"]
    assert profile["postal_address"] == "某市某路1号" and profile.get("acting_for") == "self"
    # the collection keeps the child's entries: the letter is the guardian's
    assert main(["letter", "--holder", str(h.id), "--type", "deletion", "-o", str(tmp_path / "a.txt"),
                 "--as-of", "2026-03-02"]) == 0
    capsys.readouterr()
    text = (tmp_path / "a.txt").read_text(encoding="utf-8")
    assert "本人李华系未成年人李小雨的监护人" in text and "删除李小雨的个人信息" in text
    # the parent's own entry: the parent's own voice
    assert main(["letter", "--holder", str(h2.id), "--type", "deletion", "-o", str(tmp_path / "b.txt"),
                 "--as-of", "2026-03-02"]) == 0
    assert "本人李华请求贵单位删除本人的个人信息" in (tmp_path / "b.txt").read_text(encoding="utf-8")
    # an advocate's vault: the profile acts for the client everywhere the entries do not say otherwise
    assert main(["profile", "set", "--acting-for", "agent", "--subject-name", "王五", "--subject-relation",
                 "委托人"]) == 0
    assert main(["letter", "--holder", str(h2.id), "--type", "deletion", "-o", str(tmp_path / "c.txt"),
                 "--as-of", "2026-03-02"]) == 0
    assert "本人李华受王五书面委托（授权委托书附后），代其请求" in (tmp_path / "c.txt").read_text(encoding="utf-8")
    assert main(["profile", "show"]) == 0
    assert "王五" in capsys.readouterr().out


# ---------------------------------------------------------------------------------- vault, export, batch
def test_the_new_facts_are_stored_exported_and_imported(tmp_path, vault):
    from faceledger.ledger import store, transfer
    from faceledger.ledger.model import Collection, Holder, Subject
    from faceledger.vault.store import create_vault

    h = store.add_holder(vault, Holder(name_zh="某小学", category="school", acting_for="guardian",
                                       subject=Subject(name="李小雨", relation="女儿", birth_date="2016-05-20")))
    c = store.add_collection(vault, Collection(holder_id=h.id, date="2025-09-01", legal_basis_claimed="legal_duty",
                                               identification="identification", relationship_ended=True))
    got_h, got_c = store.get_holder(vault, h.id), store.get_collection(vault, c.id)
    assert got_h.subject == Subject(name="李小雨", relation="女儿", birth_date="2016-05-20")
    assert (got_c.legal_basis_claimed, got_c.identification, got_c.relationship_ended) == (
        "legal_duty", "identification", True)
    got_c.acting_for, got_c.subject = "close_relative", Subject(name="李大山", relation="父亲")
    store.update_collection(vault, got_c)
    assert store.get_collection(vault, c.id).subject.name == "李大山"
    transfer.export_json(vault, tmp_path / "e.json")
    other = create_vault("other")
    try:
        transfer.import_json(other, tmp_path / "e.json")
        (h2,) = store.list_holders(other)
        (c2,) = store.list_collections(other, h2.id)
        assert h2.subject == got_h.subject and c2.subject.name == "李大山" and c2.relationship_ended is True
    finally:
        other.close()


def test_the_migration_adds_only_new_columns(vault):
    cols = {r[1] for r in vault.query("PRAGMA table_info(collections)")}
    assert {"legal_basis_claimed", "identification", "relationship_ended", "acting_for", "subject"} <= cols
    assert {"acting_for", "subject"} <= {r[1] for r in vault.query("PRAGMA table_info(holders)")}


def test_ledger_cli_records_the_new_facts(capsys, vault):
    vault.close()
    assert main(["holder", "add", "--name", "某小学", "--category", "school", "--acting-for", "guardian",
                 "--subject-name", "李小雨", "--subject-relation", "女儿"]) == 0
    hid = capsys.readouterr().out.strip()
    assert main(["collection", "add", "--holder", hid, "--date", "2025-09-01", "--legal-basis-claimed",
                 "legal_duty", "--identification", "verification", "--relationship-ended", "yes", "--json"]) == 0
    c = json.loads(capsys.readouterr().out)
    assert (c["legal_basis_claimed"], c["identification"], c["relationship_ended"]) == (
        "legal_duty", "verification", True)
    assert main(["holder", "show", hid]) == 0
    assert "guardian: 李小雨 (女儿)" in capsys.readouterr().out
    assert main(["holder", "edit", hid, "--acting-for", "self"]) == 0
    assert main(["holder", "show", hid, "--json"]) == 0
    assert json.loads(capsys.readouterr().out.split("\n", 1)[1])["subject"] is None


def test_batch_csv_takes_the_new_columns(tmp_path):
    from faceledger.letters.batch import run_batch

    src = tmp_path / "p.csv"
    src.write_text("sender_name,sender_email,sender_acting_for,subject_name,subject_relation,holder_name,"
                   "holder_category,collection_date,consent,legal_basis_claimed,identification,relationship_ended,"
                   "as_of\n"
                   "李华,l@example.com,guardian,李小雨,女儿,某小学,school,2025-09-01,none,unknown,identification,no,"
                   "2026-03-02\n"
                   "王芳,w@example.com,,,,某机场,transport,2025-09-12,none,duty,,,2026-03-02\n", encoding="utf-8")
    result = run_batch(src, tmp_path / "out", "deletion", "zh", "txt")
    assert (result.ok, result.failed) == (1, 1)
    ok, bad = result.rows
    assert "本人李华系未成年人李小雨的监护人" in (tmp_path / "out" / ok.file).read_text(encoding="utf-8")
    assert bad.error.startswith("legal_basis_claimed: ")  # the CSV column


def test_a_prior_request_before_the_collection_is_refused():
    facts, extras = _with("payment_separate_2026",
                          letter={"prior_request": {"type": "deletion", "date_sent": "2024-01-01"}})
    assert facts.collection.date == "2024-06-18" and facts.as_of == date(2026, 6, 15)
    with pytest.raises(InvalidValue) as e:
        compose(facts, "followup", "zh", **extras.options())
    assert e.value.field == "prior_request.date_sent"
