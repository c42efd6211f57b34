"""FACTS.json: what happened (holder, collection), the day the user acts (as_of) and, for letters, the sender.

    {"holder": {"name": "...", "category": "attraction", ...},
     "collection": {"date": "2019-04-27", "context": "entry", "consent": "coerced", ...},
     "as_of": "2026-11-29",
     "sender": {"name": "...", "email": "...", ...}}

The holder and collection blocks are the ledger's own objects (faceledger.ledger.model), validated the
same way and with the same ids; unknown facts are null. Every rejected value names its field
(``collection.consent``), so the CLI and GUI can point at it.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

from faceledger.errors import InvalidValue
from faceledger.jsonfile import read_json_file
from faceledger.ledger.model import Collection, Holder

TOP_LEVEL_FIELDS = ("holder", "collection", "as_of", "sender")
# The letter options (docs/letters.md) share the file; the law check accepts them and leaves them to the letters.
LETTER_BLOCK = "letter"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class Sender:
    """Who signs a letter. Only what the holder needs to find the record: keep ID numbers out unless needed."""

    name: str
    email: str | None = None
    phone: str | None = None
    postal_address: str | None = None
    city: str | None = None
    account_id: str | None = None     # member, card or account number the holder knows the sender by
    id_number: str | None = None      # only if the holder truly needs it to find the record

    def validate(self) -> Sender:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and not isinstance(value, str):
                value = str(value)
            value = value.strip() if isinstance(value, str) else None
            if value and len(value) > 500:
                raise InvalidValue(f"sender.{f.name} is too long (at most 500 characters).", field=f"sender.{f.name}",
                                   zh=f"sender.{f.name} 太长（最多 500 个字符）。")
            setattr(self, f.name, value or None)
        if not self.name:
            raise InvalidValue("sender.name is required.", field="sender.name",
                               zh="sender.name（寄信人姓名）为必填项。")
        if self.email and not _EMAIL.match(self.email):
            raise InvalidValue(f"sender.email: {self.email!r} is not an e-mail address.", field="sender.email",
                               zh=f"sender.email：{self.email!r} 不是电子邮箱地址。")
        return self

    @classmethod
    def from_dict(cls, data: Any) -> Sender:
        if not isinstance(data, dict):
            raise InvalidValue("sender must be an object with name, email, ...", field="sender",
                               zh="sender 必须是一个对象，包含 name、email 等字段")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise InvalidValue(f"unknown sender field(s): {', '.join(unknown)} (allowed: {', '.join(sorted(known))})",
                               field=f"sender.{unknown[0]}",
                               zh=(f"未知的寄信人字段：{', '.join(unknown)}（可用的字段："
                                   f"{', '.join(sorted(known))}）"))
        values = {k: v for k, v in data.items() if k != "name"}
        return cls(name=data.get("name") or "", **values).validate()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Facts:
    holder: Holder
    collection: Collection
    as_of: date
    sender: Sender | None = None

    @property
    def collection_date(self) -> date | None:
        return date.fromisoformat(self.collection.date) if self.collection.date else None

    def to_dict(self) -> dict[str, Any]:
        holder = {k: v for k, v in self.holder.to_dict().items()
                  if v not in (None, [], "") and k not in ("id", "uid", "created_at", "updated_at")}
        out: dict[str, Any] = {"holder": holder, "collection": self.collection.facts(),
                               "as_of": self.as_of.isoformat()}
        if self.sender:
            out["sender"] = {k: v for k, v in self.sender.to_dict().items() if v is not None}
        return out


def _prefixed(err: InvalidValue, block: str) -> InvalidValue:
    name = err.field or block
    message = str(err)
    if not message.startswith(f"{block}."):
        message = f"{block}.{message}" if message.startswith(name) else f"{block}: {message}"
    zh = err.message_in("zh")
    if not zh.startswith(f"{block}."):
        zh = f"{block}.{zh}" if zh.startswith(name) else f"{block}：{zh}"
    return InvalidValue(message, err.hint, field=f"{block}.{name}", zh=zh,
                        hint_zh=err.hint_text.zh if err.hint_text else None)


def facts_from_dict(data: Any, *, today: date | None = None) -> Facts:
    if not isinstance(data, dict):
        raise InvalidValue("FACTS.json must hold an object with holder, collection and as_of.", field="facts",
                           zh="FACTS.json 必须是一个对象，包含 holder、collection 和 as_of。")
    unknown = sorted(set(data) - set(TOP_LEVEL_FIELDS) - {LETTER_BLOCK})
    if unknown:
        raise InvalidValue(f"unknown field(s) in FACTS.json: {', '.join(unknown)} "
                           f"(allowed: {', '.join(TOP_LEVEL_FIELDS)})", field=unknown[0],
                           zh=(f"FACTS.json 中有未知的字段：{', '.join(unknown)}（可用的字段："
                               f"{', '.join(TOP_LEVEL_FIELDS)}）"))
    raw_holder = data.get("holder")
    if not isinstance(raw_holder, dict):
        raise InvalidValue("holder is required: an object with at least name and category.", field="holder",
                           zh="holder（持有方）为必填项：一个至少包含 name 和 category 的对象。")
    if not (raw_holder.get("name") or raw_holder.get("name_zh")):
        raise InvalidValue("holder.name is required.", field="holder.name",
                           zh="holder.name（持有方名称）为必填项。")
    if "category" not in raw_holder:
        raise InvalidValue("holder.category is required.", field="holder.category",
                           zh="holder.category（持有方类别）为必填项。")
    try:
        holder = Holder.from_dict(raw_holder).validate()
    except InvalidValue as err:
        raise _prefixed(err, "holder") from None
    raw_coll = data.get("collection")
    if not isinstance(raw_coll, dict):
        raise InvalidValue("collection is required: an object with the facts (date, context, consent, ...).",
                           field="collection",
                           zh="collection（采集情况）为必填项：一个包含事实（date、context、consent 等）的对象。")
    allowed = set(Collection.FACT_FIELDS) | {"notes"}
    extra = sorted(set(raw_coll) - allowed)
    if extra:
        names = ", ".join(Collection.FACT_FIELDS)
        raise InvalidValue(f"unknown collection fact(s): {', '.join(extra)} (allowed: {names})",
                           field=f"collection.{extra[0]}",
                           zh=f"未知的采集事实：{', '.join(extra)}（可用的：{names}）")
    try:
        collection = Collection.from_dict(dict(raw_coll)).validate()
    except InvalidValue as err:
        raise _prefixed(err, "collection") from None
    as_of_raw = data.get("as_of")
    if as_of_raw in (None, ""):
        as_of = today or date.today()
    else:
        try:
            as_of = date.fromisoformat(str(as_of_raw).strip())
        except ValueError:
            raise InvalidValue(f"as_of: {as_of_raw!r} is not a date (use YYYY-MM-DD).", field="as_of",
                               zh=f"as_of：{as_of_raw!r} 不是日期（请用 YYYY-MM-DD 格式）。") from None
    if collection.date and date.fromisoformat(collection.date) > as_of:
        raise InvalidValue(f"as_of ({as_of.isoformat()}) is before collection.date ({collection.date}).",
                           "as_of is the day you act (write the letter); it cannot precede the collection.",
                           field="as_of",
                           zh=f"as_of（{as_of.isoformat()}）早于 collection.date（{collection.date}）。",
                           hint_zh="as_of 是您采取行动（写信）的日期，不能早于采集日期。")
    sender = Sender.from_dict(data["sender"]) if data.get("sender") is not None else None
    return Facts(holder=holder, collection=collection, as_of=as_of, sender=sender)


def load_facts(source: str | Path | dict[str, Any], *, today: date | None = None) -> Facts:
    """Facts from a FACTS.json path or an already parsed dict; raises InvalidValue naming the bad field."""
    if not isinstance(source, (str, Path)):
        return facts_from_dict(source, today=today)
    data = read_json_file(source, what="FACTS.json file", hint="Give the path of a FACTS.json file (see docs/law.md).",
                          hint_zh="请给出 FACTS.json 文件的路径（见 docs/law.md）。")
    return facts_from_dict(data, today=today)
