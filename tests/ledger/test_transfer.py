import json

import pytest
from faceledger.errors import ImportRejected
from faceledger.ledger import store
from faceledger.ledger.checklist import load_checklist, record_answer
from faceledger.ledger.directory import export_directory, merge_directory
from faceledger.ledger.model import Collection, Holder, Request
from faceledger.ledger.transfer import export_data, export_json, import_holders_csv, import_json
from faceledger.vault.store import create_vault


def fill(vault):
    a = store.add_holder(vault, Holder(name_zh="杭州野生动物世界", category="attraction", city="杭州",
                                       sources=["官网"], notes="年卡"))
    c = store.add_collection(vault, Collection(holder_id=a.id, date="2019-10-17", consent="coerced",
                                               sensitive_inference=["health"]))
    blob = vault.add_blob("删除请求函".encode(), filename="letter.pdf", media_type="application/pdf")
    r = store.add_request(vault, Request(holder_id=a.id, collection_id=c.id, type="deletion", state="sent",
                                         date_sent="2019-10-26", due_date="2019-11-15", document_blob=blob["id"]))
    store.update_request(vault, r.id, state="answered_refused", reply_date="2019-11-01", event_note="电话拒绝")
    store.add_holder(vault, Holder(name_zh="某物业", category="residential"))


def strip_volatile(d):
    d = dict(d)
    d.pop("exported_at")
    return d


def test_json_round_trip_identical(vault, tmp_path):
    fill(vault)
    f = tmp_path / "e.json"
    export_json(vault, f)
    other = create_vault("other")
    rep = import_json(other, f)
    assert (rep.holders, rep.collections, rep.requests) == (2, 1, 1)
    assert strip_volatile(export_data(other)) == strip_volatile(json.loads(f.read_text(encoding="utf-8")))
    # importing again adds nothing
    assert import_json(other, f).skipped_existing == ["杭州野生动物世界", "某物业"]
    other.close()


def test_bad_export_imports_nothing_and_lists_every_problem(vault, tmp_path):
    fill(vault)
    data = export_data(vault)
    data["holders"][0]["category"] = "zoo"
    data["holders"][0]["collections"][0]["consent"] = "maybe"
    data["holders"][1]["email"] = "nope"
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    other = create_vault("other")
    with pytest.raises(ImportRejected) as e:
        import_json(other, f)
    assert len(e.value.problems) == 3
    assert any("holders[0]" in p and "category" in p for p in e.value.problems)
    assert any("collections[0]" in p and "consent" in p for p in e.value.problems)
    assert store.list_holders(other) == []
    (tmp_path / "trunc.json").write_text(f.read_text(encoding="utf-8")[:100], encoding="utf-8")
    with pytest.raises(Exception, match="not valid JSON"):
        import_json(other, tmp_path / "trunc.json")
    other.close()


CSV_OK = "name,category,city,email,sources\n海底捞某店,retail,北京,pi@hdl.example,官网;电话\n某银行,finance,上海,,\n"


def test_csv_import_utf8_and_gbk(vault, tmp_path):
    f = tmp_path / "h.csv"
    f.write_text(CSV_OK, encoding="utf-8-sig")
    assert import_holders_csv(vault, f) == 2
    g = tmp_path / "g.csv"
    g.write_bytes("name,category\n某健身房,other\n".encode("gb18030"))
    assert import_holders_csv(vault, g) == 1
    names = sorted(x.name_zh for x in store.list_holders(vault))
    assert names == sorted(["海底捞某店", "某银行", "某健身房"])
    assert store.list_holders(vault, "海底捞")[0].sources == ["官网", "电话"]


def test_csv_bad_rows_reported_with_lines(vault, tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text("name,category,email,colour\nA,retail,a@b.cn,red\n,retail,,\nC,zoo,,\nD,other,bad,\n",
                 encoding="utf-8")
    with pytest.raises(ImportRejected) as e:
        import_holders_csv(vault, f)
    probs = e.value.problems
    assert "line 1: unknown column 'colour'" in probs
    assert any(p.startswith("line 3:") and "name" in p for p in probs)
    assert any(p.startswith("line 4:") and "category" in p for p in probs)
    assert any(p.startswith("line 5:") and "email" in p for p in probs)
    assert store.list_holders(vault) == []


def test_directory_has_no_personal_facts_and_merges(vault, tmp_path):
    fill(vault)
    f = tmp_path / "dir.json"
    export_directory(vault, f, title="杭州")
    text = f.read_text(encoding="utf-8")
    assert "年卡" not in text and "coerced" not in text and "2019-10-26" not in text
    other = create_vault("other")
    store.add_holder(other, Holder(name_zh="杭州野生动物世界", category="attraction", city="杭州",
                                   email="mine@example.cn"))
    store.add_holder(other, Holder(name_zh="某物业", category="retail"))
    rep = merge_directory(other, f)
    assert rep.added == [] and len(store.list_holders(other)) == 2
    assert [c.field for c in rep.conflicts] == ["category"]
    park = store.list_holders(other, "野生")[0]
    assert park.sources == ["官网"] and park.email == "mine@example.cn"
    rep2 = merge_directory(other, f)
    assert rep2.updated == [] and len(store.list_holders(other)) == 2
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "faceledger-directory", "version": 1,
                               "holders": [{"name_zh": "X", "category": "retail", "notes": "secret"}]}))
    with pytest.raises(ImportRejected, match="nothing was imported"):
        merge_directory(other, bad)
    other.close()


def test_checklist_speaks_as_the_app_does_and_files_a_gym_as_leisure():
    """The app says 您 (the glossary); a gym's face gate is the 'leisure' category the law rules know, not 'other'
    (QA: the Ledger showed 其他 for the checklist's gym)."""
    import json

    from faceledger.paths import resource

    text = resource("checklist", "checklist.json").read_text(encoding="utf-8")
    assert "你" not in text
    data = json.loads(text)
    gym = next(i for i in data["items"] if i["id"] == "gym")
    assert gym["category"] == "leisure"
    # without a date the letter can only ask, not say what was breached: the question says why it matters
    assert "适用哪些法律" in data["facts"]["date"]["zh"] and "which laws apply" in data["facts"]["date"]["en"]


def test_checklist_yes_becomes_holder_and_collection(vault):
    cl = load_checklist()
    assert len(cl.items) >= 12
    ids = {i.id for i in cl.items}
    assert {"face_payment", "residential_gate", "hotel_checkin", "rail_airport", "sim_card", "bank_account",
            "school", "parks_zoos", "gym", "app_identity"} <= ids
    for item in cl.items:
        for f in item.facts:
            assert f in cl.facts
            assert cl.facts[f].question.zh and cl.facts[f].question.en
    holder, coll = record_answer(vault, "parks_zoos", "杭州野生动物世界", city="杭州",
                                 facts={"date": "2019-04-27", "consent": "coerced", "alternative_offered": False})
    assert holder.category == "attraction" and coll.context == "entry" and coll.consent == "coerced"
    h2, _ = record_answer(vault, "parks_zoos", "杭州野生动物世界", city="杭州", facts={})
    assert h2.id == holder.id
    assert len(store.list_collections(vault, holder.id)) == 2
