"""The ledger's domain objects and the allowed values of every field.

These ids are stored in the vault and are the facts the law rules reason on: keep the names.
Yes/no facts are ``True``/``False`` or ``None`` (unknown).
"""

from __future__ import annotations

import re
from dataclasses import MISSING, asdict, dataclass, field, fields
from datetime import date
from typing import Any

from faceledger.errors import InvalidValue


def _construct(cls, d: dict[str, Any], what: str):
    """``cls(**d)``, but a missing required field is named, not reported as a Python TypeError."""
    missing = [f.name for f in fields(cls)
               if f.default is MISSING and f.default_factory is MISSING and f.name not in d]
    if missing:
        raise InvalidValue(f"{what}: {', '.join(missing)} is required.", field=missing[0],
                           zh=f"{what}：缺少必填项 {', '.join(missing)}。")
    return cls(**d)

HOLDER_CATEGORIES = ("payment", "transport", "hotel", "retail", "residential", "workplace", "school",
                     "attraction", "leisure", "finance", "telecom", "healthcare", "government", "online", "other")
CONTEXTS = ("entry", "payment", "check_in", "attendance", "account_verification", "camera", "other")
PLACES = ("public", "private_space", "residential", "workplace", "online")
PRIVATE_SPACES = ("hotel_room", "bathroom", "toilet", "changing_room")
CONSENTS = ("none", "bundled", "separate", "coerced", "unknown")
SENSITIVE_INFERENCES = ("race", "ethnicity", "religion", "health", "other")
BOOL_FACTS = ("purpose_stated", "alternative_offered", "service_refused_without_face", "signage",
              "minor_under_14", "guardian_consent", "stored_off_device", "retention_stated", "scale_over_100k")
# What the holder says it relies on (PIPL Art. 13): only consent-based processing is judged by the consent rules.
LEGAL_BASES = ("consent", "contract", "employment", "legal_duty", "unknown")
# What the face is used for: 1:1 verification, 1:N identification (Measures Art. 19), images only, or not known.
IDENTIFICATIONS = ("verification", "identification", "none", "unknown")
# Who writes: the person, the guardian of a minor, a close relative of a deceased person, or an agent.
ACTING_FOR = ("self", "guardian", "close_relative", "agent")

REQUEST_TYPES = ("withdrawal", "deletion", "access", "explanation", "followup", "complaint", "other")
REQUEST_CHANNELS = ("email", "post", "web_form", "in_person", "phone", "app", "other")
# "overdue" is derived (sent/awaiting past the due date), never stored.
REQUEST_STATES = ("draft", "sent", "awaiting", "answered_complied", "answered_partial", "answered_refused",
                  "escalated", "closed")
OPEN_STATES = ("draft", "sent", "awaiting", "escalated")
WAITING_STATES = ("sent", "awaiting")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def parse_date(value: Any, field_name: str) -> str | None:
    """ISO date string (YYYY-MM-DD) or None; anything else names the field."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InvalidValue(f"{field_name}: {value!r} is not a date (use YYYY-MM-DD).", field=field_name,
                           zh=f"{field_name}：{value!r} 不是日期（请用 YYYY-MM-DD 格式）。") from None


def parse_bool(value: Any, field_name: str) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    s = str(value).strip().lower()
    if s in ("yes", "y", "true", "1", "是", "有"):
        return True
    if s in ("no", "n", "false", "0", "否", "无", "没有"):
        return False
    if s in ("unknown", "null", "none", "?", "不知道", "不清楚"):
        return None
    raise InvalidValue(f"{field_name}: {value!r} is not yes, no or unknown.", field=field_name,
                       zh=f"{field_name}：{value!r} 不是“是”“否”或“不知道”。")


def check_choice(value: Any, allowed: tuple[str, ...], field_name: str, *, optional: bool = False) -> str | None:
    if value is None or value == "":
        if optional:
            return None
        raise InvalidValue(f"{field_name} is required (one of: {', '.join(allowed)}).", field=field_name,
                           zh=f"{field_name} 为必填项（可选：{', '.join(allowed)}）。")
    if value not in allowed:
        raise InvalidValue(f"{field_name}: {value!r} is not allowed; use one of: {', '.join(allowed)}.",
                           field=field_name,
                           zh=f"{field_name}：不允许 {value!r}；请从以下选项中选择：{', '.join(allowed)}。")
    return str(value)


def clean_text(value: Any, field_name: str, *, required: bool = False, max_len: int = 2000) -> str | None:
    """A stripped text or None; too long or missing-but-required names the field."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        value = str(value)
    value = value.strip()
    if not value:
        if required:
            raise InvalidValue(f"{field_name} is required.", field=field_name,
                               zh=f"{field_name} 为必填项。")
        return None
    bad = next((c for c in value if (ord(c) < 32 and c not in "\t\n\r") or ord(c) == 127), None)
    if bad is not None:  # a NUL or other control character: pasted from a binary file, invisible and unprintable
        raise InvalidValue(f"{field_name} contains a control character (U+{ord(bad):04X}); remove it.",
                           field=field_name,
                           zh=f"{field_name} 含有控制字符（U+{ord(bad):04X}），请删除它。")
    if len(value) > max_len:
        raise InvalidValue(f"{field_name} is too long ({len(value)} characters, at most {max_len}).",
                           field=field_name,
                           zh=f"{field_name} 太长（{len(value)} 个字符，最多 {max_len} 个）。")
    return value


def reject_unknown_fields(data: dict[str, Any], cls, block: str, *, allowed: set[str] | None = None) -> None:
    """An object of FACTS.json or an import may only hold the dataclass's fields: the first unknown one is named."""
    known = allowed if allowed is not None else {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InvalidValue(f"unknown {block} field(s): {', '.join(unknown)} (allowed: {', '.join(sorted(known))}).",
                           field=f"{block}.{unknown[0]}",
                           zh=(f"未知的 {block} 字段：{', '.join(unknown)}（可用的字段："
                               f"{', '.join(sorted(known))}）。"))


@dataclass
class Subject:
    """The person whose face it is, when the sender writes for someone else (a child, a deceased relative,
    a client who signed an authorisation)."""

    name: str
    relation: str | None = None          # to the sender, in the sender's words: 女儿, 父亲, 委托人
    birth_date: str | None = None

    def validate(self, where: str = "subject") -> Subject:
        self.name = clean_text(self.name, f"{where}.name", required=True, max_len=200)  # type: ignore[assignment]
        self.relation = clean_text(self.relation, f"{where}.relation", max_len=100)
        self.birth_date = parse_date(self.birth_date, f"{where}.birth_date")
        if self.birth_date and self.birth_date > date.today().isoformat():
            raise InvalidValue(f"{where}.birth_date ({self.birth_date}) is in the future.", field=f"{where}.birth_date",
                               zh=f"{where}.birth_date（{self.birth_date}）是将来的日期。")
        return self

    def age_on(self, on: str | date | None) -> int | None:
        """Full years on that day, or None when the birth date or the day is unknown."""
        if not self.birth_date or not on:
            return None
        b = date.fromisoformat(self.birth_date)
        d = on if isinstance(on, date) else date.fromisoformat(on)
        return d.year - b.year - ((d.month, d.day) < (b.month, b.day))

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: Any, where: str = "subject") -> Subject:
        if not isinstance(data, dict):
            raise InvalidValue(f"{where} must be an object with name, relation and birth_date.", field=where,
                               zh=f"{where} 必须是一个对象，包含 name、relation 和 birth_date。")
        reject_unknown_fields(data, cls, where)
        return cls(name=data.get("name") or "", relation=data.get("relation"),
                   birth_date=data.get("birth_date")).validate(where)


def check_standing(acting_for: Any, subject: Any, where: str, *,
                   optional: bool = False) -> tuple[str | None, Subject | None]:
    """``acting_for`` and its ``subject`` checked together: someone else's face needs whose it is."""
    acting = check_choice(acting_for, ACTING_FOR, f"{where}acting_for", optional=True)
    if acting is None and not optional:
        acting = "self"
    if subject is not None and not isinstance(subject, Subject):
        subject = Subject.from_dict(subject, f"{where}subject")
    elif subject is not None:
        subject.validate(f"{where}subject")
    if acting in ("guardian", "close_relative", "agent") and subject is None:
        raise InvalidValue(f"{where}acting_for is {acting!r}: give {where}subject (name, relation) for the person "
                           "whose face it is.", field=f"{where}subject",
                           zh=f"{where}acting_for 为 {acting!r}：请在 {where}subject 中写明是谁的人脸（name、relation）。")
    if acting in (None, "self") and subject is not None:
        raise InvalidValue(f"{where}subject is given but {where}acting_for is not guardian, close_relative or agent.",
                           field=f"{where}acting_for",
                           zh=f"给出了 {where}subject，但 {where}acting_for 不是 guardian、close_relative 或 agent。")
    if acting in ("guardian", "close_relative") and subject is not None and not subject.relation:
        raise InvalidValue(f"{where}subject.relation is required when acting as {acting} (e.g. 女儿, 父亲).",
                           field=f"{where}subject.relation",
                           zh=f"以 {acting} 身份写信时，{where}subject.relation（与您的关系，如女儿、父亲）为必填项。")
    return acting, subject


@dataclass
class Holder:
    """A business or body that holds the user's face data."""

    name_zh: str
    category: str
    name_en: str | None = None
    city: str | None = None
    address: str | None = None
    email: str | None = None
    postal_address: str | None = None
    phone: str | None = None
    web_form: str | None = None
    pi_officer: str | None = None  # 个人信息保护负责人: name and/or contact
    notes: str | None = None
    sources: list[str] = field(default_factory=list)
    last_verified: str | None = None
    acting_for: str | None = None   # whose face: set when the entries of this holder are someone else's
    subject: Subject | None = None
    id: int | None = None
    uid: str | None = None
    created_at: str | None = None
    updated_at: str | None = None

    DIRECTORY_FIELDS = ("uid", "name_zh", "name_en", "category", "city", "address", "email", "postal_address",
                        "phone", "web_form", "pi_officer", "sources", "last_verified")

    def validate(self) -> Holder:
        self.name_zh = clean_text(self.name_zh, "name", required=True, max_len=200)  # type: ignore[assignment]
        self.category = check_choice(self.category, HOLDER_CATEGORIES, "category")  # type: ignore[assignment]
        for f in ("name_en", "city", "address", "postal_address", "phone", "web_form", "pi_officer"):
            setattr(self, f, clean_text(getattr(self, f), f, max_len=500))
        self.notes = clean_text(self.notes, "notes", max_len=20000)
        self.email = clean_text(self.email, "email", max_len=320)
        if self.email and not _EMAIL.match(self.email):
            raise InvalidValue(f"email: {self.email!r} is not an e-mail address.", field="email",
                               zh=f"email：{self.email!r} 不是电子邮箱地址。")
        if self.web_form and not re.match(r"^https?://\S+$", self.web_form):
            raise InvalidValue(f"web_form: {self.web_form!r} is not a web address (http:// or https://).",
                               field="web_form",
                               zh=f"web_form：{self.web_form!r} 不是网址（应以 http:// 或 https:// 开头）。")
        self.last_verified = parse_date(self.last_verified, "last_verified")
        if not isinstance(self.sources, list) or not all(isinstance(s, str) for s in self.sources):
            raise InvalidValue("sources must be a list of texts.", field="sources",
                               zh="sources 必须是文本列表。")
        self.sources = [s.strip() for s in self.sources if s.strip()]
        self.acting_for, self.subject = check_standing(self.acting_for, self.subject, "", optional=True)
        return self

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["subject"] = self.subject.to_dict() if self.subject else None
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Holder:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known - {"name"}
        if unknown:
            raise InvalidValue(f"unknown holder field(s): {', '.join(sorted(unknown))}", field=sorted(unknown)[0],
                               zh=f"未知的持有方字段：{', '.join(sorted(unknown))}")
        d = dict(data)
        if "name" in d and "name_zh" not in d:
            d["name_zh"] = d.pop("name")
        d.pop("name", None)
        if d.get("sources") is None:
            d["sources"] = []
        if isinstance(d.get("subject"), dict):
            d["subject"] = Subject.from_dict(d["subject"])
        return _construct(cls, d, "holder")

    @property
    def display_name(self) -> str:
        return f"{self.name_zh} ({self.name_en})" if self.name_en else self.name_zh


@dataclass
class Collection:
    """One occasion on which a holder took the face, with its facts."""

    holder_id: int | None = None
    date: str | None = None
    context: str | None = None
    place: str | None = None
    private_space: str | None = None
    purpose_stated: bool | None = None
    consent: str | None = None
    alternative_offered: bool | None = None
    service_refused_without_face: bool | None = None
    signage: bool | None = None
    minor_under_14: bool | None = None
    guardian_consent: bool | None = None
    sensitive_inference: list[str] = field(default_factory=list)
    stored_off_device: bool | None = None
    retention_stated: bool | None = None
    scale_over_100k: bool | None = None
    legal_basis_claimed: str | None = None       # LEGAL_BASES; None = unknown
    identification: str | None = None            # IDENTIFICATIONS; None = unknown
    relationship_ended: bool | None = None       # card expired, moved out, left the job, account closed
    notes: str | None = None
    acting_for: str | None = None                # whose face (overrides the holder's): see Subject
    subject: Subject | None = None
    id: int | None = None
    uid: str | None = None
    created_at: str | None = None

    FACT_FIELDS = ("date", "context", "place", "private_space", "purpose_stated", "consent", "alternative_offered",
                   "service_refused_without_face", "signage", "minor_under_14", "guardian_consent",
                   "sensitive_inference", "stored_off_device", "retention_stated", "scale_over_100k",
                   "legal_basis_claimed", "identification", "relationship_ended")

    def validate(self) -> Collection:
        self.date = parse_date(self.date, "date")
        self.context = check_choice(self.context, CONTEXTS, "context", optional=True)
        self.place = check_choice(self.place, PLACES, "place", optional=True)
        self.private_space = check_choice(self.private_space, PRIVATE_SPACES, "private_space", optional=True)
        if self.private_space and self.place is None:
            self.place = "private_space"
        self.consent = check_choice(self.consent, CONSENTS, "consent", optional=True)
        self.legal_basis_claimed = check_choice(self.legal_basis_claimed, LEGAL_BASES, "legal_basis_claimed",
                                                optional=True)
        self.identification = check_choice(self.identification, IDENTIFICATIONS, "identification", optional=True)
        for f in (*BOOL_FACTS, "relationship_ended"):
            setattr(self, f, parse_bool(getattr(self, f), f))
        si = self.sensitive_inference
        if si is None:
            si = []
        if isinstance(si, str):
            si = [s.strip() for s in si.replace(";", ",").split(",") if s.strip()]
        if not isinstance(si, list):
            raise InvalidValue("sensitive_inference must be a list.", field="sensitive_inference",
                               zh="sensitive_inference 必须是列表。")
        for s in si:
            check_choice(s, SENSITIVE_INFERENCES, "sensitive_inference")
        self.sensitive_inference = list(dict.fromkeys(si))
        self.notes = clean_text(self.notes, "notes", max_len=20000)
        self.acting_for, self.subject = check_standing(self.acting_for, self.subject, "", optional=True)
        return self

    def facts(self) -> dict[str, Any]:
        """The facts as the law rules take them (FACTS.json's ``collection`` block)."""
        return {f: getattr(self, f) for f in self.FACT_FIELDS}

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["subject"] = self.subject.to_dict() if self.subject else None
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Collection:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise InvalidValue(f"unknown collection field(s): {', '.join(sorted(unknown))}",
                               field=sorted(unknown)[0],
                               zh=f"未知的采集记录字段：{', '.join(sorted(unknown))}")
        d = dict(data)
        if d.get("sensitive_inference") is None:
            d["sensitive_inference"] = []
        if isinstance(d.get("subject"), dict):
            d["subject"] = Subject.from_dict(d["subject"])
        return _construct(cls, d, "collection")


@dataclass
class Request:
    """What the user asked of a holder, and where it stands."""

    holder_id: int
    type: str
    state: str = "draft"
    collection_id: int | None = None
    channel: str | None = None
    date_sent: str | None = None
    due_date: str | None = None
    reply_date: str | None = None
    reply_summary: str | None = None
    reference: str | None = None
    document_blob: str | None = None
    reply_blob: str | None = None
    notes: str | None = None
    id: int | None = None
    uid: str | None = None
    created_at: str | None = None
    updated_at: str | None = None

    def validate(self) -> Request:
        self.type = check_choice(self.type, REQUEST_TYPES, "type")  # type: ignore[assignment]
        self.state = check_choice(self.state, REQUEST_STATES, "state")  # type: ignore[assignment]
        self.channel = check_choice(self.channel, REQUEST_CHANNELS, "channel", optional=True)
        self.date_sent = parse_date(self.date_sent, "date_sent")
        self.due_date = parse_date(self.due_date, "due_date")
        self.reply_date = parse_date(self.reply_date, "reply_date")
        if self.due_date and self.date_sent and self.due_date < self.date_sent:
            raise InvalidValue("due_date is before date_sent.", field="due_date",
                               zh="答复期限（due_date）早于发出日期（date_sent）。")
        if self.reply_date and self.date_sent and self.reply_date < self.date_sent:
            raise InvalidValue("reply_date is before date_sent.", field="reply_date",
                               zh="答复日期（reply_date）早于发出日期（date_sent）。")
        self.reply_summary = clean_text(self.reply_summary, "reply_summary", max_len=20000)
        self.notes = clean_text(self.notes, "notes", max_len=20000)
        self.reference = clean_text(self.reference, "reference", max_len=100)
        return self

    def is_overdue(self, today: date | None = None) -> bool:
        today = today or date.today()
        return bool(self.state in WAITING_STATES and self.due_date and self.due_date < today.isoformat())

    def display_state(self, today: date | None = None) -> str:
        return "overdue" if self.is_overdue(today) else self.state

    def to_dict(self, today: date | None = None) -> dict[str, Any]:
        d = asdict(self)
        d["overdue"] = self.is_overdue(today)
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Request:
        known = {f.name for f in fields(cls)}
        d = {k: v for k, v in data.items() if k != "overdue"}
        unknown = set(d) - known
        if unknown:
            raise InvalidValue(f"unknown request field(s): {', '.join(sorted(unknown))}", field=sorted(unknown)[0],
                               zh=f"未知的请求字段：{', '.join(sorted(unknown))}")
        return _construct(cls, d, "request")
