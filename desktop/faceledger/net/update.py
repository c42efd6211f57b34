"""The update check: only when the user asks, fetch the signed update manifest and say what it means.

The manifest is a small JSON file published next to its minisign signature (``<url>.minisig``),
signed with the release key pinned in ``faceledger.release.keys``. The signature is checked on the raw
bytes **before anything in the manifest is parsed**; then the manifest is validated strictly and its
version compared with this app's. A manifest that is unsigned, signed by another key, altered,
malformed, or older than this app or than one already seen (a replay that would hide an update) is
rejected with :class:`UpdateRejected`. Nothing is ever downloaded beyond the manifest, and nothing is run.

Manifest (format 1)::

    {"kind": "faceledger-update-manifest", "format": 1, "version": "0.2.0",
     "date": "2026-12-01T00:00:00Z", "notes_url": "https://…" (optional),
     "artifacts": [{"platform": "linux-x86_64", "name": "…tar.gz", "url": "https://…",
                    "sha256": "<64 hex>", "size": 123}]}
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from faceledger import __version__
from faceledger.errors import FaceLedgerError, zh_of
from faceledger.text import Text

MANIFEST_KIND = "faceledger-update-manifest"
MANIFEST_FORMAT = 1
MAX_MANIFEST_BYTES = 256 * 1024
MAX_SIGNATURE_BYTES = 8 * 1024
ENV_URL = "FACELEDGER_UPDATE_URL"
STATE_FILE = "update-check.json"
_VERSION = re.compile(r"^\d{1,6}(\.\d{1,6}){1,3}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_PLATFORM = re.compile(r"^[a-z0-9_.-]{1,40}$")
_NAME = re.compile(r"^[A-Za-z0-9_.+-]{1,200}$")


class UpdateRejected(FaceLedgerError):
    """The update manifest cannot be trusted or understood; nothing was changed."""


@dataclass(frozen=True)
class UpdateArtifact:
    platform: str
    name: str
    url: str
    sha256: str
    size: int


@dataclass(frozen=True)
class UpdateStatus:
    update_available: bool
    current_version: str
    latest_version: str
    released: str  # ISO 8601 UTC, from the signed manifest
    artifacts: tuple[UpdateArtifact, ...]
    notes_url: str | None
    manifest_url: str
    key_id: str

    def artifact_for_this_platform(self) -> UpdateArtifact | None:
        here = current_platform()
        return next((a for a in self.artifacts if a.platform == here), None)

    def text(self) -> Text:
        """What to tell the user, in both languages."""
        if not self.update_available:
            return Text(f"已是最新版本（{self.current_version}）。更新清单的签名已验证。",
                        f"FaceLedger {self.current_version} is up to date. The update manifest's signature "
                        f"was verified.")
        return Text(f"有新版本 {self.latest_version}（发布于 {self.released[:10]}），当前版本为 "
                    f"{self.current_version}。更新清单的签名已验证；请自行下载，并用 "
                    f"“faceledger verify-release” 校验后再安装。不会自动下载或安装任何内容。",
                    f"FaceLedger {self.latest_version} is available (released {self.released[:10]}); "
                    f"you have {self.current_version}. The update manifest's signature was verified. "
                    f"Download it yourself and check it with `faceledger verify-release` before "
                    f"installing; nothing is downloaded or installed automatically.")

    def summary(self, lang: str = "zh") -> str:
        """The message for the Settings page in ``lang`` ("zh" or "en")."""
        return self.text().get(lang)

    def __str__(self) -> str:
        return f"{self.text().zh}\n{self.text().en}"

    def lines(self, lang: str = "en") -> list[str]:
        out = [self.text().get(lang), f"manifest: {self.manifest_url} (release key {self.key_id})"]
        if self.update_available:
            mine = self.artifact_for_this_platform()
            for a in self.artifacts:
                mark = "*" if a is mine else " "
                out.append(f"{mark} {a.platform:<16} {a.name}  sha256 {a.sha256}  {a.url}")
            if self.notes_url:
                out.append(f"release notes: {self.notes_url}")
        return out

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["artifacts"] = [asdict(a) for a in self.artifacts]
        d["message"] = self.text().to_dict()
        return d


def current_platform() -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def parse_version(text: str) -> tuple[int, ...]:
    if not isinstance(text, str) or not _VERSION.match(text):
        raise ValueError(text)
    parts = tuple(int(p) for p in text.split("."))
    return parts + (0,) * (4 - len(parts))


def default_manifest_url() -> str:
    from faceledger.release.keys import UPDATE_MANIFEST_URL

    return os.environ.get(ENV_URL) or UPDATE_MANIFEST_URL


UPDATE_DEADLINE = 30.0  # seconds for the whole check (manifest and signature), however slow the server


def check_for_update(url: str | None = None, *, public_key=None, current_version: str = __version__,
                     state_path: Path | None = None, deadline: float = UPDATE_DEADLINE) -> UpdateStatus:
    """Fetch and verify the update manifest; say whether a newer version exists.

    Raises :class:`UpdateRejected` for an unsigned, tampered, wrong-key, malformed or replayed
    manifest, and ``faceledger.net.http.NetworkError`` when the server cannot be reached. Blocking
    (network): the GUI calls it from a worker thread.
    """
    from faceledger.net.http import request
    from faceledger.release.keys import release_public_key

    url = (url or default_manifest_url()).strip()
    if not url:
        raise UpdateRejected("No update address is set.",
                             "Enter the address of the update manifest in Settings, or run "
                             "`faceledger update-check --url URL` (or set FACELEDGER_UPDATE_URL).",
                             zh="还没有设置更新地址。",
                             hint_zh="请在“设置”中填写更新清单的地址。")
    key = public_key or release_public_key()
    import functools
    import time

    end = time.monotonic() + deadline

    def bounded(*a, **kw):  # every request gets what is left of the one deadline
        from faceledger.net.http import NetworkError

        left = end - time.monotonic()
        if left <= 0:
            raise NetworkError(f"The update server at {url} did not finish answering within {deadline:g} seconds; "
                               "gave up.", "Try again later.",
                               zh=f"{url} 的更新服务器在 {deadline:g} 秒内没有完成回应，已放弃。", hint_zh="请稍后再试。")
        return functools.partial(request, deadline=left, timeout=(min(5.0, left), min(20.0, left)))(*a, **kw)

    body = _fetch(bounded, url, MAX_MANIFEST_BYTES, "update manifest")
    sig_body = _fetch(bounded, url + ".minisig", MAX_SIGNATURE_BYTES, "signature", missing_means_unsigned=True)
    verify_manifest_signature(body, sig_body, key)
    manifest = parse_manifest(body)
    status = _status_from(manifest, url, key.key_id_hex, current_version)
    _check_not_replayed(status, state_path or _state_path())
    return status


def verify_manifest_signature(body: bytes, sig_body: bytes, key) -> None:
    from faceledger.release.minisign import Signature, verify

    try:
        verify(body, Signature.parse(sig_body), key)
    except FaceLedgerError as err:
        raise UpdateRejected(f"The update manifest was rejected: its signature is not valid. {err.message}",
                             "Nothing was changed. Someone may be tampering with your connection; "
                             "try again later or check the project's release page by hand.",
                             zh=f"更新清单被拒绝：它的签名无效。{zh_of(err)}",
                             hint_zh=("未做任何更改。可能有人在篡改您的网络连接；请稍后再试，或自行查看项目的发布页"
                                      "面。")) from None


def parse_manifest(body: bytes) -> dict[str, Any]:
    """Strict validation of a manifest whose signature is already verified."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise _malformed(f"it is not JSON ({err})",
                         zh=f"它不是 JSON（{err}）") from None
    if not isinstance(data, dict):
        raise _malformed("it is not a JSON object",
                         zh="它不是 JSON 对象")
    if data.get("kind") != MANIFEST_KIND:
        raise _malformed(f"it is not a FaceLedger update manifest (kind {data.get('kind')!r})",
                         zh=f"它不是人脸账本的更新清单（kind {data.get('kind')!r}）")
    if data.get("format") != MANIFEST_FORMAT:
        raise _malformed(f"format {data.get('format')!r} is not one this version understands",
                         "A newer manifest format may need a newer FaceLedger: check the project's page.",
                         zh=f"本版本不认识格式 {data.get('format')!r}",
                         hint_zh="新格式的清单可能需要新版本的人脸账本：请查看项目页面。")
    try:
        parse_version(data.get("version"))
    except ValueError:
        raise _malformed(f"version {data.get('version')!r} is not like 1.2.3",
                         zh=f"版本号 {data.get('version')!r} 不是 1.2.3 这样的格式") from None
    _parse_date(data.get("date"))
    notes = data.get("notes_url")
    if notes is not None and not _is_web_url(notes):
        raise _malformed("notes_url is not a web address",
                         zh="notes_url 不是网址")
    arts = data.get("artifacts")
    if not isinstance(arts, list) or not arts:
        raise _malformed("it lists no artifacts",
                         zh="它没有列出任何安装文件")
    for i, a in enumerate(arts):
        if not isinstance(a, dict):
            raise _malformed(f"artifact {i + 1} is not an object",
                             zh=f"第 {i + 1} 个安装文件不是对象")
        if not isinstance(a.get("platform"), str) or not _PLATFORM.match(a["platform"]):
            raise _malformed(f"artifact {i + 1} has no valid platform",
                             zh=f"第 {i + 1} 个安装文件没有有效的平台")
        if not isinstance(a.get("name"), str) or not _NAME.match(a["name"]):
            raise _malformed(f"artifact {i + 1} has no valid file name",
                             zh=f"第 {i + 1} 个安装文件没有有效的文件名")
        if not _is_web_url(a.get("url")):
            raise _malformed(f"artifact {i + 1} ({a['name']}) has no valid http(s) address",
                             zh=f"第 {i + 1} 个安装文件（{a['name']}）没有有效的 http(s) 地址")
        if not isinstance(a.get("sha256"), str) or not _SHA256.match(a["sha256"]):
            raise _malformed(f"artifact {i + 1} ({a['name']}) has no valid SHA-256",
                             zh=f"第 {i + 1} 个安装文件（{a['name']}）没有有效的 SHA-256")
        size = a.get("size")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise _malformed(f"artifact {i + 1} ({a['name']}) has no valid size",
                             zh=f"第 {i + 1} 个安装文件（{a['name']}）没有有效的大小")
    return data


def _status_from(data: dict[str, Any], url: str, key_id: str, current_version: str) -> UpdateStatus:
    latest = data["version"]
    if parse_version(latest) < parse_version(current_version):
        raise UpdateRejected(
            f"The update manifest was rejected: it announces version {latest}, older than this "
            f"FaceLedger ({current_version}). An old manifest may be being replayed to hide an update.",
            "Nothing was changed. Check the project's release page by hand.",
            zh=(f"更新清单被拒绝：它宣布的版本 {latest} 比当前的人脸账本（{current_version}）还旧。可能有人在重放旧"
                "清单以隐瞒更新。"),
            hint_zh="未做任何更改。请自行查看项目的发布页面。")
    arts = tuple(UpdateArtifact(a["platform"], a["name"], a["url"], a["sha256"], a["size"])
                 for a in data["artifacts"])
    return UpdateStatus(
        update_available=parse_version(latest) > parse_version(current_version),
        current_version=current_version, latest_version=latest, released=data["date"],
        artifacts=arts, notes_url=data.get("notes_url"), manifest_url=url, key_id=key_id)


def _check_not_replayed(status: UpdateStatus, state_path: Path) -> None:
    """Refuse a manifest older than the newest one seen before; remember the newest."""
    seen: dict[str, Any] = {}
    try:
        seen = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        seen = {}
    try:
        seen_version = parse_version(seen.get("version", "0.0"))
        seen_date = _parse_date(seen.get("date", "1970-01-01T00:00:00Z"))
    except (ValueError, UpdateRejected):
        seen_version, seen_date = (0, 0, 0, 0), _parse_date("1970-01-01T00:00:00Z")
    new_version, new_date = parse_version(status.latest_version), _parse_date(status.released)
    if new_version < seen_version or new_date < seen_date:
        raise UpdateRejected(
            f"The update manifest was rejected: it is older ({status.latest_version}, {status.released}) "
            f"than one this computer already saw ({seen.get('version')}, {seen.get('date')}). An old "
            f"manifest may be being replayed to hide an update.",
            "Nothing was changed. Check the project's release page by hand.",
            zh=(f"更新清单被拒绝：它（{status.latest_version}，{status.released}）比这台电脑见过的清单（"
                f"{seen.get('version')}，{seen.get('date')}）还旧。可能有人在重放旧清单以隐瞒更新。"),
            hint_zh="未做任何更改。请自行查看项目的发布页面。")
    if (new_version, new_date) != (seen_version, seen_date):
        try:
            from faceledger.paths import private_dir

            private_dir(state_path.parent)
            tmp = state_path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"version": status.latest_version, "date": status.released}),
                           encoding="utf-8")
            os.replace(tmp, state_path)
        except OSError:
            pass  # remembering is a defence in depth; the check itself succeeded


def _state_path() -> Path:
    from faceledger.paths import config_dir

    return config_dir() / STATE_FILE


def _fetch(request, url: str, max_bytes: int, what: str, missing_means_unsigned: bool = False) -> bytes:
    from faceledger.net.http import NetworkError

    try:
        resp = request("GET", url, max_bytes=max_bytes)
    except NetworkError as err:
        if " sent more than " in err.message:
            raise UpdateRejected(f"The {what} at {url} is far too large; refused.",
                                 zh=f"{url} 上的{_WHAT_ZH.get(what, what)}太大，已拒绝。") from None
        raise
    if resp.status_code == 404 and missing_means_unsigned:
        raise UpdateRejected(f"The update manifest was rejected: it is unsigned ({url} was not found).",
                             "Nothing was changed. Try again later or check the project's release page.",
                             zh=f"更新清单被拒绝：它没有签名（找不到 {url}）。",
                             hint_zh="未做任何更改。请稍后再试，或查看项目的发布页面。")
    if resp.status_code != 200:
        raise UpdateRejected(f"The server answered {resp.status_code} for the {what} at {url}.",
                             "Check the address, or try again later.",
                             zh=f"服务器对 {url} 上的{_WHAT_ZH.get(what, what)}回应了 {resp.status_code}。",
                             hint_zh="请检查地址，或稍后再试。")
    return resp.content


def _parse_date(value: Any) -> datetime:
    if not isinstance(value, str):
        raise _malformed(f"date {value!r} is not an ISO 8601 UTC time",
                         zh=f"日期 {value!r} 不是 ISO 8601 UTC 时间")
    try:
        d = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _malformed(f"date {value!r} is not an ISO 8601 UTC time",
                         zh=f"日期 {value!r} 不是 ISO 8601 UTC 时间") from None
    if d.tzinfo is None:
        raise _malformed(f"date {value!r} has no time zone",
                         zh=f"日期 {value!r} 没有时区")
    return d.astimezone(timezone.utc)


def _is_web_url(value: Any) -> bool:
    return isinstance(value, str) and len(value) < 2000 and re.match(r"^https?://[^\s]+$", value) is not None


def _malformed(what: str, hint: str | None = None, *, zh: str | None = None,
               hint_zh: str | None = None) -> UpdateRejected:
    return UpdateRejected(f"The update manifest was rejected: it is signed but malformed: {what}.",
                          hint or "Nothing was changed. Please report this to the FaceLedger project.",
                          zh=f"更新清单被拒绝：它有签名，但格式有误：{zh or what}。",
                          hint_zh=hint_zh or "未做任何更改。请把这个问题报告给人脸账本项目。")


_WHAT_ZH = {"update manifest": "更新清单", "signature": "签名文件"}  # the ``what`` of _fetch()
