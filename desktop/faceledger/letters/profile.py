"""The sender profile (who signs letters written from the vault) and whose face an entry is.

    faceledger profile set --name 李华 --email lihua@example.com [--acting-for guardian --subject-name 李小雨 ...]
    faceledger profile show [--json]

The profile is the vault's ``letters.sender`` setting (faceledger.letters.record.load_sender/save_sender),
shared with the app's Letters page. An advocate keeps one vault per client: the profile is the advocate, and
its ``acting_for``/``subject`` (agent, the client) apply to every entry that does not say otherwise; a holder
or a collection can say otherwise (a parent keeping a child's entries beside their own).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from faceledger.law.facts import Facts, Sender, check_facts

PROFILE_FIELDS = ("name", "email", "phone", "postal_address", "city", "account_id", "id_number", "id_number_display")


def with_standing(facts: Facts) -> Facts:
    """The facts with the sender's standing for this entry: the collection's, else the holder's, else the
    profile's own (a holder or collection that keeps nothing leaves the profile as it is)."""
    sender = facts.sender
    if sender is None:
        return facts
    for source in (facts.collection, facts.holder):
        if source.acting_for is not None:
            acting = source.acting_for
            subject = source.subject if acting != "self" else None
            return check_facts(replace(facts, sender=replace(sender, acting_for=acting, subject=subject)))
    return check_facts(facts)


def updated_profile(current: Sender | None, changes: dict[str, Any]) -> Sender:
    """The profile with the given fields changed (None: keep; "": clear an optional field), validated.
    ``changes`` may hold PROFILE_FIELDS, ``acting_for`` and ``subject_name``/``_relation``/``_birth_date``;
    acting for yourself again drops the subject."""
    data: dict[str, Any] = current.to_dict() if current else {}
    subject: dict[str, Any] = dict(data.pop("subject", None) or {})
    for key in (*PROFILE_FIELDS, "acting_for"):
        value = changes.get(key)
        if value is not None:
            data[key] = value or None
    for key in ("name", "relation", "birth_date"):
        value = changes.get(f"subject_{key}")
        if value is not None:
            subject[key] = value or None
    if data.get("acting_for") in (None, "self"):
        subject = {}
    if subject:
        data["subject"] = {k: v for k, v in subject.items() if v}
    return Sender.from_dict({k: v for k, v in data.items() if v is not None})
