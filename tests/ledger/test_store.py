from datetime import date

import pytest
from faceledger.errors import InvalidValue, NotFound
from faceledger.ledger import store
from faceledger.ledger.model import Collection, Holder, Request


def h(name="杭州野生动物世界", **kw):
    return Holder(name_zh=name, category=kw.pop("category", "attraction"), **kw)


def test_holder_crud_and_search(vault):
    a = store.add_holder(vault, h(city="杭州", name_en="Hangzhou Safari Park"))
    b = store.add_holder(vault, h("万科物业", category="residential", city="深圳"))
    assert a.id and a.uid and b.id != a.id
    assert [x.name_zh for x in store.list_holders(vault, "safari")] == ["杭州野生动物世界"]
    assert [x.name_zh for x in store.list_holders(vault, "深圳")] == ["万科物业"]
    assert store.list_holders(vault, "%") == []  # LIKE wildcards are literal
    a.email = "privacy@example.cn"
    store.update_holder(vault, a)
    assert store.get_holder(vault, a.id).email == "privacy@example.cn"
    store.delete_holder(vault, b.id)
    with pytest.raises(NotFound):
        store.get_holder(vault, b.id)


@pytest.mark.parametrize("field,kw,msg", [
    ("category", {"category": "zoo"}, "category"),
    ("email", {"email": "not-an-email"}, "email"),
    ("web_form", {"web_form": "ftp://x"}, "web_form"),
    ("last_verified", {"last_verified": "2024-13-01"}, "last_verified"),
    ("notes", {"notes": "ok\x00hidden"}, "control character (U+0000)"),
    ("city", {"city": "杭州\x1b[31m"}, "control character (U+001B)"),
])
def test_invalid_holder_values_name_the_field(vault, field, kw, msg):
    with pytest.raises(InvalidValue) as e:
        store.add_holder(vault, Holder(name_zh="X", **{"category": "other", **kw}))
    assert e.value.field == field and msg in str(e.value)
    assert store.list_holders(vault) == []


def test_line_breaks_and_tabs_are_kept_in_notes(vault):
    h = store.add_holder(vault, Holder(name_zh="X", category="other", notes="第一行\n\t第二行"))
    assert store.get_holder(vault, h.id).notes == "第一行\n\t第二行"


def test_empty_name_rejected(vault):
    with pytest.raises(InvalidValue, match="name is required"):
        store.add_holder(vault, Holder(name_zh="  ", category="other"))


def test_collections_with_facts(vault):
    a = store.add_holder(vault, h())
    c = store.add_collection(vault, Collection(holder_id=a.id, date="2019-04-25", context="entry", place="public",
                                               consent="coerced", alternative_offered="no",
                                               service_refused_without_face=True,
                                               sensitive_inference="health, race"))
    got = store.get_collection(vault, c.id)
    assert got.alternative_offered is False and got.service_refused_without_face is True
    assert got.signage is None
    assert got.sensitive_inference == ["health", "race"]
    assert got.facts()["consent"] == "coerced"
    with pytest.raises(InvalidValue) as e:
        store.add_collection(vault, Collection(holder_id=a.id, consent="maybe"))
    assert e.value.field == "consent"
    with pytest.raises(InvalidValue) as e:
        store.add_collection(vault, Collection(holder_id=a.id, private_space="kitchen"))
    assert e.value.field == "private_space"
    with pytest.raises(NotFound):
        store.add_collection(vault, Collection(holder_id=999))


def test_private_space_implies_place(vault):
    a = store.add_holder(vault, h(category="hotel"))
    c = store.add_collection(vault, Collection(holder_id=a.id, private_space="hotel_room"))
    assert c.place == "private_space"


def test_requests_states_overdue_and_timeline(vault):
    a = store.add_holder(vault, h())
    b = store.add_holder(vault, h("B公司", category="retail"))
    r = store.add_request(vault, Request(holder_id=a.id, type="deletion", state="sent", date_sent="2026-10-01",
                                         due_date="2026-10-22"))
    store.add_request(vault, Request(holder_id=b.id, type="withdrawal", state="sent", date_sent="2026-11-20",
                                     due_date="2026-12-11"))
    today = date(2026, 11, 29)
    assert [x.id for x in store.overdue_requests(vault, today)] == [r.id]
    assert store.get_request(vault, r.id).display_state(today) == "overdue"
    sums = {s.holder.name_zh: s for s in store.holder_summaries(vault, today=today)}
    assert (sums["杭州野生动物世界"].open_requests, sums["杭州野生动物世界"].overdue) == (1, 1)
    assert (sums["B公司"].open_requests, sums["B公司"].overdue) == (1, 0)
    store.update_request(vault, r.id, state="answered_refused", reply_date="2026-11-02", reply_summary="拒绝删除")
    ev = store.request_events(vault, r.id)
    assert [e.state for e in ev] == ["sent", "answered_refused"]
    assert ev[1].date == "2026-11-02"
    assert store.overdue_requests(vault, today) == []
    with pytest.raises(InvalidValue) as e:
        store.update_request(vault, r.id, reply_date="2020-01-01")
    assert e.value.field == "reply_date"
    with pytest.raises(InvalidValue):
        store.update_request(vault, r.id, holder_id=5)


def test_request_collection_must_belong_to_holder(vault):
    a = store.add_holder(vault, h())
    b = store.add_holder(vault, h("B", category="retail"))
    c = store.add_collection(vault, Collection(holder_id=b.id))
    with pytest.raises(InvalidValue, match="does not belong"):
        store.add_request(vault, Request(holder_id=a.id, type="deletion", collection_id=c.id))


def test_deleting_holder_removes_its_records(vault):
    a = store.add_holder(vault, h())
    store.add_collection(vault, Collection(holder_id=a.id))
    store.add_request(vault, Request(holder_id=a.id, type="access"))
    store.delete_holder(vault, a.id)
    assert store.list_collections(vault) == [] and store.list_requests(vault) == []
