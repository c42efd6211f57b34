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
                raise InvalidValue(f"sender.{f.name} is too long (at most 500 characters).", field=f"sender.{f.name}")
            setattr(self, f.name, value or None)
        if not self.name:
            raise InvalidValue("sender.name is required.", field="sender.name")
        if self.email and not _EMAIL.match(self.email):
            raise InvalidValue(f"sender.email: {self.email!r} is not an e-mail address.", field="sender.email")
        return self

    @classmethod
    def from_dict(cls, data: Any) -> Sender:
        if not isinstance(data, dict):
            raise InvalidValue("sender must be an object with name, email, ...", field="sender")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise InvalidValue(f"unknown sender field(s): {', '.join(unknown)} (allowed: {', '.join(sorted(known))})",
                               field=f"sender.{unknown[0]}")
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
    return InvalidValue(message, err.hint, field=f"{block}.{name}")


def facts_from_dict(data: Any, *, today: date | None = None) -> Facts:
    if not isinstance(data, dict):
        raise InvalidValue("FACTS.json must hold an object with holder, collection and as_of.", field="facts")
    unknown = sorted(set(data) - set(TOP_LEVEL_FIELDS) - {LETTER_BLOCK})
    if unknown:
        raise InvalidValue(f"unknown field(s) in FACTS.json: {', '.join(unknown)} "
                           f"(allowed: {', '.join(TOP_LEVEL_FIELDS)})", field=unknown[0])
    raw_holder = data.get("holder")
    if not isinstance(raw_holder, dict):
        raise InvalidValue("holder is required: an object with at least name and category.", field="holder")
    if not (raw_holder.get("name") or raw_holder.get("name_zh")):
        raise InvalidValue("holder.name is required.", field="holder.name")
    if "category" not in raw_holder:
        raise InvalidValue("holder.category is required.", field="holder.category")
    try:
        holder = Holder.from_dict(raw_holder).validate()
    except InvalidValue as err:
        raise _prefixed(err, "holder") from None
    raw_coll = data.get("collection")
    if not isinstance(raw_coll, dict):
        raise InvalidValue("collection is required: an object with the facts (date, context, consent, ...).",
                           field="collection")
    allowed = set(Collection.FACT_FIELDS) | {"notes"}
    extra = sorted(set(raw_coll) - allowed)
    if extra:
        names = ", ".join(Collection.FACT_FIELDS)
        raise InvalidValue(f"unknown collection fact(s): {', '.join(extra)} (allowed: {names})",
                           field=f"collection.{extra[0]}")
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
            raise InvalidValue(f"as_of: {as_of_raw!r} is not a date (use YYYY-MM-DD).", field="as_of") from None
    if collection.date and date.fromisoformat(collection.date) > as_of:
        raise InvalidValue(f"as_of ({as_of.isoformat()}) is before collection.date ({collection.date}).",
                           "as_of is the day you act (write the letter); it cannot precede the collection.",
                           field="as_of")
    sender = Sender.from_dict(data["sender"]) if data.get("sender") is not None else None
    return Facts(holder=holder, collection=collection, as_of=as_of, sender=sender)


def load_facts(source: str | Path | dict[str, Any], *, today: date | None = None) -> Facts:
    """Facts from a FACTS.json path or an already parsed dict; raises InvalidValue naming the bad field."""
    if not isinstance(source, (str, Path)):
        return facts_from_dict(source, today=today)
    data = read_json_file(source, what="FACTS.json file", hint="Give the path of a FACTS.json file (see docs/law.md).")
    return facts_from_dict(data, today=today)
