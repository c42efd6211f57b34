"""The guided checklist: the common ways faces are taken in China, turned into holders and collections.

Data in ``resources/checklist/checklist.json`` (zh and en). Each "yes" becomes a holder (an existing
one with the same name and city is reused) and a collection with the facts asked on the spot.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from faceledger.errors import InvalidValue
from faceledger.ledger import store
from faceledger.ledger.directory import _key
from faceledger.ledger.model import Collection, Holder
from faceledger.paths import resource
from faceledger.text import Text
from faceledger.vault.store import Vault


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    question: Text
    examples: Text
    category: str
    context: str
    place: str
    facts: tuple[str, ...]


@dataclass(frozen=True)
class FactQuestion:
    id: str
    question: Text
    options: tuple[tuple[str, Text], ...]  # empty for yes/no/unknown questions and the date


@dataclass(frozen=True)
class Checklist:
    items: tuple[ChecklistItem, ...]
    facts: dict[str, FactQuestion]

    def item(self, item_id: str) -> ChecklistItem:
        for it in self.items:
            if it.id == item_id:
                return it
        raise InvalidValue(f"No checklist item {item_id!r}.", field="item",
                           zh=f"清单中没有 {item_id!r} 这一项。")


@lru_cache(maxsize=1)
def load_checklist() -> Checklist:
    data = json.loads(resource("checklist", "checklist.json").read_text(encoding="utf-8"))
    facts = {}
    for fid, q in data["facts"].items():
        opts = tuple((k, Text(v["zh"], v["en"])) for k, v in (q.get("options") or {}).items())
        facts[fid] = FactQuestion(fid, Text(q["zh"], q["en"]), opts)
    items = tuple(ChecklistItem(i["id"], Text(i["zh"], i["en"]), Text(i["examples_zh"], i["examples_en"]),
                                i["category"], i["context"], i["place"], tuple(i["facts"]))
                  for i in data["items"])
    return Checklist(items, facts)


def record_answer(vault: Vault, item_id: str, holder_name: str, *, city: str | None = None,
                  facts: dict[str, Any] | None = None) -> tuple[Holder, Collection]:
    """Record one "yes": find or create the holder and add a collection with the answered facts."""
    item = load_checklist().item(item_id)
    facts = dict(facts or {})
    unknown = set(facts) - set(Collection.FACT_FIELDS)
    if unknown:
        raise InvalidValue(f"Unknown fact(s): {', '.join(sorted(unknown))}", field=sorted(unknown)[0],
                           zh=f"未知的事实：{', '.join(sorted(unknown))}")
    coll = Collection(context=item.context, place=item.place, **facts)
    if item.place == "private_space" and not coll.private_space:
        coll.private_space = "hotel_room" if item.category == "hotel" else None
    coll.validate()
    key = _key(holder_name, city)
    existing = next((h for h in store.list_holders(vault, holder_name.strip()) if _key(h.name_zh, h.city) == key),
                    None)
    with vault.transaction() as db:
        holder = existing or store.add_holder(vault, Holder(name_zh=holder_name, category=item.category, city=city),
                                              db=db)
        coll.holder_id = holder.id
        store.add_collection(vault, coll, db=db)
    return holder, coll
