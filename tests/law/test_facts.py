"""FACTS.json: the ledger's holder and collection facts, as_of and sender; bad values name their field."""

from __future__ import annotations

import json
from datetime import date

import pytest
from faceledger.errors import FaceLedgerError, InvalidValue, NotFound
from faceledger.law.facts import load_facts

from tests.law.helpers import GUO_BING

BASE = {"holder": {"name": "某公司", "category": "retail"}, "collection": {}}


def test_loads_the_guo_bing_facts_from_a_file(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(GUO_BING, ensure_ascii=False), encoding="utf-8")
    f = load_facts(path)
    assert f.holder.name_zh == "杭州野生动物世界有限公司" and f.holder.category == "attraction"
    assert f.collection.consent == "coerced" and f.collection.alternative_offered is False
    assert f.collection.signage is None  # unknown stays unknown
    assert f.collection_date == date(2019, 10, 17) and f.as_of == date(2019, 10, 28)
    assert f.sender is None


def test_as_of_defaults_to_today_and_the_date_may_be_unknown():
    f = load_facts(BASE, today=date(2026, 3, 1))
    assert f.as_of == date(2026, 3, 1) and f.collection_date is None


def test_sender_block():
    f = load_facts({**BASE, "sender": {"name": " 张三 ", "email": "zs@example.cn", "account_id": "VIP-001"}})
    assert f.sender.name == "张三" and f.sender.account_id == "VIP-001" and f.sender.phone is None
    assert f.to_dict()["sender"] == {"name": "张三", "email": "zs@example.cn", "account_id": "VIP-001"}


def test_a_letters_facts_file_is_accepted_by_the_law_check():
    """docs/letters.md describes one FACTS.json for both; of the letter block the law check reads only the
    earlier request (a request ignored or refused is itself a breach), the rest is left to the letters."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "letters" / "facts" / "gym_2024.json"
    assert "letter" in json.loads(path.read_text(encoding="utf-8"))
    f = load_facts(path)
    assert f.holder.category and set(f.to_dict()["letter"]) == {"prior_request"}
    assert f.prior is not None and f.prior.outcome == "no_reply"
    with pytest.raises(InvalidValue, match="unknown field"):
        load_facts({**BASE, "leter": {}})


def test_round_trip_through_to_dict():
    f = load_facts(GUO_BING)
    again = load_facts(f.to_dict())
    assert again.collection.facts() == f.collection.facts() and again.as_of == f.as_of


@pytest.mark.parametrize(("data", "field"), [
    ({"holder": {"name": "x", "category": "zoo"}, "collection": {}}, "holder.category"),
    ({"holder": {"category": "retail"}, "collection": {}}, "holder.name"),
    ({"holder": {"name": "x"}, "collection": {}}, "holder.category"),
    ({"holder": {"name": "x", "category": "retail", "email": "not-an-address"}, "collection": {}}, "holder.email"),
    ({**BASE, "collection": {"consent": "maybe"}}, "collection.consent"),
    ({**BASE, "collection": {"context": "gym"}}, "collection.context"),
    ({**BASE, "collection": {"place": "street"}}, "collection.place"),
    ({**BASE, "collection": {"private_space": "office"}}, "collection.private_space"),
    ({**BASE, "collection": {"signage": "sometimes"}}, "collection.signage"),
    ({**BASE, "collection": {"sensitive_inference": ["gait"]}}, "collection.sensitive_inference"),
    ({**BASE, "collection": {"date": "2021-13-01"}}, "collection.date"),
    ({**BASE, "collection": {"colour": "red"}}, "collection.colour"),
    ({**BASE, "as_of": "tomorrow"}, "as_of"),
    ({**BASE, "collection": {"date": "2024-01-02"}, "as_of": "2024-01-01"}, "as_of"),
    ({**BASE, "sender": {"email": "a@b.cn"}}, "sender.name"),
    ({**BASE, "sender": {"name": "x", "email": "nope"}}, "sender.email"),
    ({**BASE, "sender": {"name": "x", "id_card_photo": "..."}}, "sender.id_card_photo"),
    ({**BASE, "extra": 1}, "extra"),
    ({"collection": {}}, "holder"),
    ({"holder": {"name": "x", "category": "retail"}}, "collection"),
    ([], "facts"),
])
def test_bad_values_are_rejected_naming_the_field(data, field):
    with pytest.raises(InvalidValue) as err:
        load_facts(data)
    assert err.value.field == field
    assert field.split(".")[-1] in str(err.value).lower()


def test_yes_no_words_are_accepted_like_the_ledger():
    f = load_facts({**BASE, "collection": {"signage": "否", "minor_under_14": "yes", "guardian_consent": "unknown"}})
    assert f.collection.signage is False and f.collection.minor_under_14 is True
    assert f.collection.guardian_consent is None


def test_file_errors(tmp_path):
    with pytest.raises(NotFound):
        load_facts(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(InvalidValue, match="not valid JSON"):
        load_facts(bad)
    gbk = tmp_path / "gbk.json"
    gbk.write_bytes('{"holder": {"name": "某公司"}}'.encode("gbk"))
    with pytest.raises(FaceLedgerError, match="UTF-8"):
        load_facts(gbk)
