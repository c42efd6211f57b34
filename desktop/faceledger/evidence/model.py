"""The evidence log's domain objects and the values they may take."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from faceledger.errors import InvalidValue
from faceledger.text import Text

# What an entry records. Order matters only for menus.
ENTRY_KINDS: dict[str, Text] = {
    "notice_sign": Text("告示、标识", "Notice or sign"),
    "contract_terms": Text("合同、条款", "Contract or terms"),
    "communication": Text("通信往来", "Communication"),
    "receipt_payment": Text("收据、付款凭证", "Receipt or payment"),
    "photo_video": Text("照片、视频", "Photo or video"),
    "witness_statement": Text("证人证言", "Witness statement"),
    "letter_sent": Text("已发函件", "Letter sent"),
    "reply_received": Text("收到的答复", "Reply received"),
    "note": Text("备注", "Note"),
}

# How an exhibit was captured (free text is allowed too; these are the usual ones).
CAPTURE_METHODS: dict[str, Text] = {
    "screenshot": Text("截图", "Screenshot"),
    "screen_recording": Text("录屏", "Screen recording"),
    "photo": Text("拍照", "Photograph"),
    "video": Text("录像", "Video recording"),
    "audio": Text("录音", "Audio recording"),
    "scan": Text("扫描", "Scan"),
    "export": Text("导出", "Export from an app or account"),
    "download": Text("下载", "Download"),
    "original_file": Text("原始文件", "Original file"),
    "other": Text("其他", "Other"),
}

ENTRY_FORMAT = "faceledger-evidence-entry"
CASE_FORMAT = "faceledger-evidence-case"
FORMAT_VERSION = 1

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MAX_TEXT = 20000


# the names check_text() and friends are given, as the Evidence page labels them in Chinese
_FIELD_ZH = {"title": "标题", "description": "说明", "source": "来源", "time zone": "时区",
             "capture method": "采集方式", "device": "设备", "collector": "收集人", "occurred": "发生时间",
             "captured": "采集日期", "case name": "案件名称"}


def field_zh(name: str) -> str:
    """A field name of this module in Chinese (as the Evidence page labels it); unknown names as they are."""
    return _FIELD_ZH.get(name, name)


def check_kind(kind: str) -> str:
    if kind not in ENTRY_KINDS:
        raise InvalidValue(f"Unknown entry kind {kind!r}; use one of: {', '.join(ENTRY_KINDS)}.", field="kind",
                           zh=f"未知的记录类别 {kind!r}；请从以下选项中选择：{', '.join(ENTRY_KINDS)}。")
    return kind


def check_text(value: str | None, name: str, *, required: bool = False, max_len: int = _MAX_TEXT,
               one_line: bool = False) -> str | None:
    """Clean text or a clear refusal: it goes into the signed log for good, then into PDFs, CSVs and terminals,
    so control characters and bidi overrides are refused (``one_line``: line breaks too)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InvalidValue(f"The {name} is required.", field=name,
                               zh=f"{field_zh(name)}为必填项。")
        return None
    if not isinstance(value, str):
        raise InvalidValue(f"The {name} must be text.", field=name,
                           zh=f"{field_zh(name)}必须是文本。")
    value = value.strip()
    if len(value) > max_len:
        raise InvalidValue(f"The {name} is too long ({len(value)} characters; at most {max_len}).", field=name,
                           zh=f"{field_zh(name)}太长（{len(value)} 个字符，最多 {max_len} 个）。")
    if "\x00" in value:
        raise InvalidValue(f"The {name} contains a NUL character.", field=name,
                           zh=f"{field_zh(name)}含有 NUL 字符。")
    from faceledger.safetext import refuse_unsafe

    return refuse_unsafe(value, name, field_zh(name), keep_lines=not one_line)


_UTC_OFFSET = re.compile(r"^UTC(?:[+-](?:0\d|1[0-4]):[0-5]\d)?$")


def check_timezone(value: str | None, name: str = "time zone") -> str | None:
    """An IANA time zone name (Asia/Shanghai) or a UTC offset (UTC+08:00); it goes into the signed record
    for good, so a typo is refused here."""
    value = check_text(value, name, max_len=64)
    if value is None or _UTC_OFFSET.match(value):
        return value
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(value)
    except (KeyError, ValueError, OSError):
        raise InvalidValue(f"Unknown time zone {value!r}: give an IANA name such as Asia/Shanghai, or a UTC "
                           "offset such as UTC+08:00.", field=name,
                           zh=(f"未知的时区 {value!r}：请填写 IANA 名称（如 Asia/Shanghai）或 UTC 偏移（如 "
                               "UTC+08:00）。")) from None
    return value


def check_occurred(value: str, name: str = "occurred") -> str:
    """A date (YYYY-MM-DD) or a date and time (ISO 8601, with or without an offset)."""
    value = (value or "").strip()
    if not value:
        raise InvalidValue("When it happened (--occurred YYYY-MM-DD) is required.", field=name,
                           zh=f"{field_zh(name)}为必填项（YYYY-MM-DD）。")
    try:
        if _DATE.match(value):
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value)
    except ValueError:
        raise InvalidValue(f"Not a date: {value!r}. Write it as YYYY-MM-DD (or YYYY-MM-DDTHH:MM).",
                           field=name,
                           zh=(f"{field_zh(name)}“{value}”不是日期："
                               "请写成 YYYY-MM-DD（或 YYYY-MM-DDTHH:MM）。")) from None
    return value


@dataclass(frozen=True)
class Case:
    id: int
    uid: str
    name: str
    description: str | None
    timezone: str
    key_fingerprint: str
    genesis_hash: str
    created_at: str
    entry_count: int = 0
    head_hash: str | None = None


@dataclass
class ExhibitSource:
    """A file to attach to a new entry, and how it was obtained."""

    path: str
    captured_at: str | None = None
    capture_method: str | None = None
    device: str | None = None
    collector: str | None = None


@dataclass
class NewEntry:
    """What the user gives for a new entry; the log adds number, times and hashes."""

    kind: str
    title: str
    occurred_at: str
    description: str | None = None
    source: str | None = None
    timezone: str | None = None
    corrects_seq: int | None = None
    request_uid: str | None = None
    exhibits: list[ExhibitSource] = field(default_factory=list)

    def validate(self) -> NewEntry:
        self.kind = check_kind(self.kind)
        self.title = check_text(self.title, "title", required=True, max_len=500, one_line=True) or ""
        self.occurred_at = check_occurred(self.occurred_at)
        self.description = check_text(self.description, "description")
        self.source = check_text(self.source, "source", max_len=2000)
        self.timezone = check_timezone(self.timezone)
        for ex in self.exhibits:
            ex.captured_at = check_occurred(ex.captured_at, "captured") if ex.captured_at else None
            ex.capture_method = check_text(ex.capture_method, "capture method", max_len=200, one_line=True)
            ex.device = check_text(ex.device, "device", max_len=500, one_line=True)
            ex.collector = check_text(ex.collector, "collector", max_len=500, one_line=True)
        return self


@dataclass(frozen=True)
class Exhibit:
    sha256: str
    size: int
    filename: str
    media_type: str | None
    captured_at: str | None
    capture_method: str | None
    device: str | None
    collector: str | None
    file_modified: str | None = None  # the file's modification time (UTC) when it was added, as a fact
    blob_id: str | None = None

    def record(self) -> dict:
        """The exhibit as it appears inside its entry's hashed JSON."""
        return {"sha256": self.sha256, "size": self.size, "filename": self.filename,
                "media_type": self.media_type, "captured_at": self.captured_at, "file_modified": self.file_modified,
                "capture_method": self.capture_method, "device": self.device, "collector": self.collector}


@dataclass(frozen=True)
class Timestamp:
    id: int
    seq: int
    scope: str  # "entry" | "head"
    digest: str
    tsa_url: str
    gen_time: str
    serial: str
    token: bytes
    ca_pem: str


@dataclass(frozen=True)
class Entry:
    case_uid: str
    seq: int
    recorded_at: str
    occurred_at: str
    timezone: str
    kind: str
    title: str
    description: str | None
    source: str | None
    corrects_seq: int | None
    request_uid: str | None
    exhibits: tuple[Exhibit, ...]
    prev_hash: str
    hash: str
    id: int | None = None
    timestamps: tuple[Timestamp, ...] = ()

    def record(self) -> dict:
        """Everything the entry's hash covers (all but the hash itself)."""
        return {"format": ENTRY_FORMAT, "version": FORMAT_VERSION, "case": self.case_uid, "seq": self.seq,
                "recorded_at": self.recorded_at, "occurred_at": self.occurred_at, "timezone": self.timezone,
                "kind": self.kind, "title": self.title, "description": self.description, "source": self.source,
                "corrects_seq": self.corrects_seq, "request": self.request_uid,
                "exhibits": [e.record() for e in self.exhibits], "prev_hash": self.prev_hash}

    def as_json(self) -> dict:
        d = self.record()
        d["hash"] = self.hash
        d["timestamps"] = [{"scope": t.scope, "tsa_url": t.tsa_url, "gen_time": t.gen_time, "serial": t.serial}
                           for t in self.timestamps]
        return d


def local_timezone_name() -> str:
    """The user's time zone: an IANA name when the system tells it, else the current UTC offset."""
    import os
    from pathlib import Path

    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and "/" in tz and not tz.startswith("/"):
        return tz
    try:
        link = os.readlink("/etc/localtime")
        if "zoneinfo/" in link:
            return link.split("zoneinfo/", 1)[1]
    except OSError:
        pass
    try:
        name = Path("/etc/timezone").read_text(encoding="utf-8").strip()
        if name:
            return name
    except OSError:
        pass
    offset = datetime.now().astimezone().strftime("%z") or "+0000"
    return f"UTC{offset[:3]}:{offset[3:]}"


def scope_text(scope: object, lang: str = "en") -> str:
    """A timestamp's scope for people: the chain head (covers every entry so far) or one entry."""
    from faceledger.errors import is_zh

    zh = is_zh(lang)
    return {"head": "链头" if zh else "chain head", "entry": "单条记录" if zh else "this entry"}.get(str(scope),
                                                                                                str(scope))
