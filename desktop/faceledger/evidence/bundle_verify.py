"""Verify an evidence bundle: no vault, no network, bounded memory, never a crash.

Order of checks (the first failure is reported, named):
  1. the file is a ZIP whose names are all safe (no ``../``, absolute or odd paths) and expected;
  2. public-key.pem is the key recorded in the case header (and the one the caller expects, if given),
     and manifest.json.sig is its valid Ed25519 signature over manifest.json;
  3. the case header hashes to the genesis hash; entries.jsonl follows the chain rule entry by entry,
     and ends at the signed chain head;
  4. every exhibit named by an entry is present and hashes (streamed) to its SHA-256;
  5. every timestamp token verifies (rfc3161-client) over its entry's hash against the TSA root;
  6. every other file matches the manifest; nothing unlisted was added; SHA256SUMS agrees.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faceledger.errors import is_zh, os_reason_zh, zh_of
from faceledger.evidence import bundle_layout as L
from faceledger.evidence import chain
from faceledger.evidence.model import scope_text

CHUNK = 4 << 20
_LOCAL_HEADER = b"PK\x03\x04"


class _Fail(Exception):
    def __init__(self, message: str, where: str = "bundle", *, zh: str | None = None):
        super().__init__(message)
        self.message = message
        self.where = where
        self.zh = zh or message


@dataclass
class VerifyResult:
    path: str
    ok: bool = False
    failure: str | None = None
    failure_zh: str | None = None  # the failure in Chinese, for the GUI (the JSON keeps English)
    failed_check: str | None = None
    passed: list[str] = field(default_factory=list)
    passed_zh: list[str] = field(default_factory=list)
    case_name: str | None = None
    case_id: str | None = None
    entries: int = 0
    exhibits: int = 0
    exhibit_bytes: int = 0
    timestamps: list[dict] = field(default_factory=list)
    head_hash: str | None = None
    key_fingerprint: str | None = None
    tsa_roots_from_bundle: bool = True
    seconds: float = 0.0

    def lines(self, lang: str = "en") -> list[str]:
        """The report as text lines: English (the CLI) or, for ``lang`` "zh", Chinese (the GUI).

        Every line is made safe for a terminal (``safetext.for_terminal``): text from the bundle (the case name,
        file names, the TSA's name) can neither start a line of its own nor hide or recolour what follows. The
        signing key's fingerprint, computed here and never read from the bundle, is the first and the last line,
        so nothing the bundle says can stand between the reader and it."""
        from faceledger import safetext

        out = self._lines_in(lang)
        return [safetext.for_terminal(line) for line in out]

    def key_line(self, lang: str = "en") -> str | None:
        if not self.key_fingerprint:
            return None
        if is_zh(lang):
            return f"签名密钥 SHA-256：{self.key_fingerprint}（请与发送方另行告诉您的指纹比对）"
        return f"signing key SHA-256: {self.key_fingerprint} (compare it with the one the sender gave you separately)"

    def no_timestamp_warning(self, lang: str = "en") -> str | None:
        """A loud warning when an intact bundle carries no trusted timestamp (its dates are the signer's word)."""
        if not self.ok or self.timestamps:
            return None
        if is_zh(lang):
            return ("警告：这个证据包没有任何可信时间戳。其中的日期只是签名人自己的说法：持有这把密钥的人可以在任何时候"
                    "写出它。请把它当作未经时间证明的材料对待。")
        return ("WARNING: this bundle carries NO trusted timestamp. Its dates are only the signer's word: whoever "
                "holds the key could have written it at any time. Treat its dates as unproven.")

    def _lines_in(self, lang: str) -> list[str]:
        zh = is_zh(lang)
        out = []
        key = self.key_line(lang)
        if key:
            out.append(key)
        if self.ok:
            out.append(f"通过：证据包完整无误（{self.path}）" if zh else f"OK: the bundle is intact ({self.path})")
        else:
            out.append(f"未通过：{self.failure_zh or self.failure}" if zh else f"FAILED: {self.failure}")
        if self.case_name is not None:
            out.append(f"案件：{self.case_name}（{self.case_id}）" if zh else f"case: {self.case_name} ({self.case_id})")
        out += [f"  通过  {p}" for p in self.passed_zh] if zh else [f"  ok  {p}" for p in self.passed]
        if self.ok:
            for t in self.timestamps:
                scope = scope_text(t["scope"], lang)
                out.append(f"  第 {t['entry']} 条记录的时间戳（{scope}）：{t['gen_time']}，由 {t['tsa']} 签发 "
                           f"[{t['path']}]" if zh else
                           f"  timestamp on entry {t['entry']} ({scope}): {t['gen_time']} by {t['tsa']} [{t['path']}]")
            if self.timestamps and self.tsa_roots_from_bundle:
                out.append("  注意：时间戳是用证据包内附带的时间戳服务机构根证书核验的；请把它们与该机构公布的根证书"
                           "比对（或使用 --tsa-ca）。" if zh else
                           "  note: timestamps were checked against the TSA root certificate(s) inside the bundle; "
                           "compare them with the roots the TSA publishes (or use --tsa-ca).")
        warn = self.no_timestamp_warning(lang)
        if warn:
            out.append(warn)
        if key:
            out.append(key)
        return out

    def as_json(self) -> dict:
        return {"ok": self.ok, "file": self.path, "failure": self.failure, "failed_check": self.failed_check,
                "passed": self.passed, "case": {"name": self.case_name, "id": self.case_id},
                "entries": self.entries, "exhibits": self.exhibits, "exhibit_bytes": self.exhibit_bytes,
                "timestamps": self.timestamps, "head_hash": self.head_hash, "key_sha256": self.key_fingerprint,
                "tsa_roots_from_bundle": self.tsa_roots_from_bundle, "seconds": round(self.seconds, 3)}


def verify_bundle(path: str | os.PathLike, *, expected_key: str | None = None, tsa_ca_pem: str | bytes | None = None,
                  progress: Callable[[int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> VerifyResult:
    result = VerifyResult(str(path))
    t0 = time.perf_counter()
    try:
        _Verifier(Path(path), result, expected_key, tsa_ca_pem, progress, cancelled).run()
        result.ok = True
    except _Fail as f:
        result.failure, result.failure_zh, result.failed_check = f.message, f.zh, f.where
    except MemoryError:
        result.failure, result.failed_check = "the bundle could not be checked: out of memory", "bundle"
        result.failure_zh = "无法核验证据包：内存不足"
    except Exception as err:  # noqa: BLE001 - verification must never crash; report what happened
        result.failure = f"the bundle could not be checked ({type(err).__name__}: {str(err)[:200]})"
        result.failure_zh = f"无法核验证据包（{type(err).__name__}: {str(err)[:200]}）"
        result.failed_check = "bundle"
    result.seconds = time.perf_counter() - t0
    return result


def _safe_name(name: str) -> bool:
    if not name or len(name) > 512 or "\x00" in name or "\\" in name or name.startswith("/") or ":" in name:
        return False
    parts = name.rstrip("/").split("/")
    return all(p not in ("", ".", "..") for p in parts)


class _Verifier:
    def __init__(self, path: Path, result: VerifyResult, expected_key: str | None, tsa_ca_pem: Any,
                 progress: Callable[[int], None] | None, cancelled: Callable[[], bool] | None):
        self.path = path
        self.r = result
        self.expected_key = (expected_key or "").strip().lower() or None
        self.tsa_ca_pem = tsa_ca_pem
        self.progress = progress
        self.cancelled = cancelled
        self.hashes: dict[str, str] = {}  # member name -> SHA-256 computed here

    # ------------------------------------------------------------------ reading members
    def _open_zip(self) -> zipfile.ZipFile:
        p = self.path
        if not p.exists():
            raise _Fail(f"{p} does not exist", "file",
                        zh=f"{p} 不存在")
        if not p.is_file():
            raise _Fail(f"{p} is not a file", "file",
                        zh=f"{p} 不是文件")
        try:
            with open(p, "rb") as f:
                head = f.read(4)
        except OSError as err:
            raise _Fail(f"{p} cannot be read: {err.strerror or err}", "file",
                        zh=f"无法读取 {p}：{os_reason_zh(err)}") from None
        try:
            return zipfile.ZipFile(p)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError, zlib.error,
                struct.error, UnicodeDecodeError) as err:
            if head == _LOCAL_HEADER:
                raise _Fail(f"{p.name} is a damaged or truncated ZIP file ({err})", "zip",
                            zh=f"{p.name} 是损坏或不完整的 ZIP 文件（{err}）") from None
            raise _Fail(f"{p.name} is not a ZIP file (an evidence bundle is a .zip)", "zip",
                        zh=f"{p.name} 不是 ZIP 文件（证据包是 .zip 文件）") from None

    def _local_header(self, f, info: zipfile.ZipInfo) -> int:
        """Check the member's local header against the central directory (what `unzip -t` checks: signature,
        name, method, and, unless a data descriptor follows, CRC and sizes); returns where its data starts."""
        what = info.filename
        f.seek(info.header_offset)
        h = f.read(30)
        if len(h) != 30 or h[:4] != _LOCAL_HEADER:
            raise _Fail(f"the ZIP entry of {what} is damaged (no local header where the directory points)", what,
                        zh=f"{what} 在 ZIP 中的条目已损坏（目录所指的位置没有本地文件头）")
        flags, method, dostime, dosdate, crc, csize, usize, n, m = struct.unpack("<HHHHIIIHH", h[6:30])
        y, mo, d, hh, mi, ss = info.date_time
        raw_name = f.read(n)
        central = info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437", "replace")
        problem = None
        if raw_name != central:
            problem = "its local header names another file"
        elif method != info.compress_type:
            problem = "its local header gives another compression method"
        elif (dosdate, dostime) != ((y - 1980) << 9 | mo << 5 | d, hh << 11 | mi << 5 | ss // 2):
            problem = "its local header gives another date"
        elif not flags & 0x8 and crc != info.CRC:
            problem = "its local header gives another CRC-32"
        elif not flags & 0x8 and 0xFFFFFFFF not in (csize, usize) and (csize, usize) != (info.compress_size,
                                                                                        info.file_size):
            problem = "its local header gives other sizes"
        if problem:
            raise _Fail(f"the ZIP entry of {what} is damaged: {problem} than the ZIP's directory", what,
                        zh=f"{what} 在 ZIP 中的条目已损坏：本地文件头与 ZIP 目录不一致")
        return info.header_offset + 30 + n + m

    def _stream(self, info: zipfile.ZipInfo, limit: int | None = None) -> Iterator[memoryview]:
        """The member's bytes in chunks, after its local header was checked against the directory; stored
        members are read straight from the file with their CRC-32 checked (zipfile checks deflated ones)."""
        what = info.filename
        if limit is not None and info.file_size > limit:
            raise _Fail(f"{what} is too large ({info.file_size} bytes) for what it should be", what,
                        zh=f"{what} 太大（{info.file_size} 字节），与应有的大小不符")
        try:
            with open(self.path, "rb", buffering=0) as f:
                start = self._local_header(f, info)
                if info.compress_type == zipfile.ZIP_STORED and not info.flag_bits & 0x1:
                    f.seek(start)
                    remaining = info.file_size
                    buf = bytearray(min(CHUNK, max(remaining, 1)))
                    view = memoryview(buf)
                    crc = 0
                    while remaining:
                        got = f.readinto(view[:min(len(buf), remaining)])
                        if not got:
                            raise _Fail(f"{what} is truncated inside the ZIP", what,
                                        zh=f"{what} 在 ZIP 中不完整（被截断）")
                        remaining -= got
                        crc = zlib.crc32(view[:got], crc)
                        if not remaining and crc != info.CRC:
                            raise _Fail(f"{what} is damaged inside the ZIP: its CRC-32 does not match", what,
                                        zh=f"{what} 在 ZIP 中已损坏：CRC-32 校验不符")
                        yield view[:got]
                    return
            with self.zf.open(info) as src:
                total = 0
                while True:
                    data = src.read(1 << 20)
                    if not data:
                        break
                    total += len(data)
                    if limit is not None and total > limit:
                        raise _Fail(f"{what} expands beyond its declared size", what,
                                    zh=f"{what} 解压后超出了声明的大小")
                    yield memoryview(data)
        except (zipfile.BadZipFile, EOFError, zlib.error, OSError, NotImplementedError, RuntimeError,
                struct.error) as err:
            raise _Fail(f"{what} cannot be read from the ZIP: {err}", what,
                        zh=f"无法从 ZIP 中读取 {what}：{err}") from None

    def _read(self, name: str, limit: int = L.MAX_SMALL_FILE) -> bytes:
        info = self.members.get(name)
        if info is None:
            raise _Fail(f"{name} is missing from the bundle", name,
                        zh=f"证据包中缺少 {name}")
        data = b"".join(bytes(c) for c in self._stream(info, limit))
        self.hashes[name] = hashlib.sha256(data).hexdigest()
        return data

    def _hash_member(self, name: str, on_bytes: Callable[[int], None] | None = None,
                     limit: int | None = None) -> tuple[str, int]:
        info = self.members[name]
        digest = hashlib.sha256()
        size = 0
        for chunk in self._stream(info, limit):
            digest.update(chunk)
            size += len(chunk)
            if on_bytes:
                on_bytes(len(chunk))
        self.hashes[name] = digest.hexdigest()
        return self.hashes[name], size

    # ------------------------------------------------------------------ the checks
    def run(self) -> None:
        with self._open_zip() as zf:
            self.zf = zf
            self._check_names()
            manifest = self._check_manifest_and_signature()
            records = self._check_chain(manifest)
            self._check_exhibits(manifest, records)
            self._check_timestamps(manifest, records)
            self._check_other_files(manifest)
            self._check_sums()
        if self.progress:
            self.progress(100)

    def _check_names(self) -> None:
        try:
            infos = self.zf.infolist()
        except Exception as err:  # noqa: BLE001
            raise _Fail(f"the ZIP's directory cannot be read ({err})", "zip",
                        zh=f"无法读取 ZIP 的目录（{err}）") from None
        if len(infos) > L.MAX_MEMBERS:
            raise _Fail(f"the ZIP has {len(infos)} entries, far more than any bundle", "zip",
                        zh=f"ZIP 中有 {len(infos)} 个条目，远多于任何证据包")
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.filename
            if not _safe_name(name):
                raise _Fail(f"the ZIP holds an unsafe path {name!r} (absolute, '..' or odd characters); "
                            "it was not extracted", "zip",
                            zh=f"ZIP 中含有不安全的路径 {name!r}（绝对路径、“..”或异常字符）；没有解压它")
            if name.endswith("/"):
                if name not in (L.EXHIBITS_DIR, L.TIMESTAMPS_DIR):
                    raise _Fail(f"unexpected folder {name!r} in the bundle", "zip",
                                zh=f"证据包中有不应有的文件夹 {name!r}")
                continue
            if info.flag_bits & 0x1:
                raise _Fail(f"{name} is encrypted inside the ZIP; a bundle never is", name,
                            zh=f"{name} 在 ZIP 中被加密了；证据包从不加密")
            if name in self.members:
                raise _Fail(f"the ZIP holds {name} twice", name,
                            zh=f"ZIP 中有两个 {name}")
            fixed = name in (L.MANIFEST, L.SIGNATURE, L.PUBLIC_KEY, L.ENTRIES, L.SUMS, L.REPORT, L.LIST_DOCX,
                             L.LIST_CSV, L.HOWTO)
            if not (fixed or L.EXHIBIT_NAME.match(name) or L.TOKEN_NAME.match(name) or L.CERT_NAME.match(name)):
                raise _Fail(f"unexpected file {name!r} in the bundle (not part of the format)", name,
                            zh=f"证据包中有不应有的文件 {name!r}（不属于证据包格式）")
            self.members[name] = info
        self._passed(f"ZIP structure: {len(self.members)} files, all paths safe",
                     f"ZIP 结构：{len(self.members)} 个文件，路径都安全")

    def _check_manifest_and_signature(self) -> dict:
        from faceledger.evidence import signing

        raw = self._read(L.MANIFEST, L.MAX_MANIFEST)
        try:
            manifest = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            manifest = None
        pem = self._read(L.PUBLIC_KEY, 64 * 1024)
        sig = self._read(L.SIGNATURE, 1024)
        ok, fp = signing.verify(pem, sig, raw)
        if fp is None:
            raise _Fail(f"{L.PUBLIC_KEY} is not an Ed25519 public key: the public key was replaced or damaged",
                        "public key",
                        zh=f"{L.PUBLIC_KEY} 不是 Ed25519 公钥：公钥被替换或已损坏")
        self.r.key_fingerprint = fp
        if not isinstance(manifest, dict) or manifest.get("format") != L.BUNDLE_FORMAT:
            if not ok:
                raise _Fail(f"{L.MANIFEST} was changed: it is not the signed manifest (its signature does not "
                            "verify)", "manifest",
                            zh=f"{L.MANIFEST} 被改动过：它不是签过名的清单（签名核验不通过）")
            raise _Fail(f"{L.MANIFEST} is not a FaceLedger evidence manifest", "manifest",
                        zh=f"{L.MANIFEST} 不是人脸账本的证据清单")
        case = manifest.get("case")
        recorded = case.get("signing_key", {}).get("sha256") if isinstance(case, dict) and \
            isinstance(case.get("signing_key"), dict) else None
        if recorded != fp:
            raise _Fail(f"the public key was replaced: {L.PUBLIC_KEY} has fingerprint {fp}, but the case "
                        f"header records {recorded}" + ("" if ok else " (and the signature does not verify)"),
                        "public key",
                        zh=f"公钥被替换了：{L.PUBLIC_KEY} 的指纹是 {fp}，而案件信息记录的是 {recorded}"
                        + ("" if ok else "（签名也核验不通过）"))
        if not ok:
            raise _Fail(f"the signature in {L.SIGNATURE} does not match {L.MANIFEST}: the manifest or the "
                        "signature was changed", "signature",
                        zh=f"{L.SIGNATURE} 中的签名与 {L.MANIFEST} 不符：清单或签名被改动过")
        if self.expected_key and fp != self.expected_key:
            raise _Fail(f"the bundle is signed by key {fp}, not by the expected key {self.expected_key}",
                        "public key",
                        zh=f"证据包由密钥 {fp} 签名，而不是预期的密钥 {self.expected_key}")
        if manifest.get("version") != L.BUNDLE_VERSION:
            raise _Fail(f"this bundle has format version {manifest.get('version')!r}; this FaceLedger reads "
                        f"version {L.BUNDLE_VERSION}", "manifest",
                        zh=(f"这个证据包的格式版本是 {manifest.get('version')!r}；本版本的人脸账本只能读取版本 "
                            f"{L.BUNDLE_VERSION}"))
        self.r.case_name = str(case.get("name"))
        self.r.case_id = str(case.get("case"))
        self._passed(f"signature: {L.MANIFEST} is signed by the case's Ed25519 key",
                     f"签名：{L.MANIFEST} 由案件的 Ed25519 密钥签名")
        return manifest

    def _check_chain(self, manifest: dict) -> list[dict]:
        case = manifest["case"]
        try:
            genesis = chain.genesis_hash(case)
        except ValueError as err:
            raise _Fail(f"the case header cannot be hashed ({err})", "manifest",
                        zh=f"无法计算案件信息的哈希（{err}）") from None
        if genesis != manifest.get("genesis_hash"):
            raise _Fail("the case header does not hash to the manifest's genesis hash", "manifest",
                        zh="案件信息的哈希与清单中的创世哈希不符")
        info = self.members.get(L.ENTRIES)
        if info is None:
            raise _Fail(f"{L.ENTRIES} is missing from the bundle", L.ENTRIES,
                        zh=f"证据包中缺少 {L.ENTRIES}")
        digest = hashlib.sha256()
        records: list[dict] = []
        pending = b""
        line_no = 0

        def take(line: bytes) -> None:
            nonlocal line_no
            line_no += 1
            if len(line) > L.MAX_ENTRY_LINE:
                raise _Fail(f"line {line_no} of {L.ENTRIES} is far too long for an entry", "entries",
                            zh=f"{L.ENTRIES} 第 {line_no} 行太长，不可能是一条记录")
            try:
                rec = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
                raise _Fail(f"entry at line {line_no} of {L.ENTRIES} is not valid JSON: it was changed or "
                            "truncated", f"entry {line_no}",
                            zh=f"{L.ENTRIES} 第 {line_no} 行的记录不是有效的 JSON：它被改动过或不完整") from None
            if not isinstance(rec, dict):
                raise _Fail(f"line {line_no} of {L.ENTRIES} is not an entry", f"entry {line_no}",
                            zh=f"{L.ENTRIES} 第 {line_no} 行不是一条记录")
            records.append(rec)

        for chunk in self._stream(info, L.MAX_ENTRIES_FILE):
            digest.update(chunk)
            pending += bytes(chunk)
            *lines, pending = pending.split(b"\n")
            for line in lines:
                if line.strip():
                    take(line)
            if len(pending) > L.MAX_ENTRY_LINE:
                take(pending)
        if pending.strip():
            take(pending)
        self.hashes[L.ENTRIES] = digest.hexdigest()

        problem = chain.check_entries(records, genesis, str(case.get("case")))
        if problem:
            raise _Fail(problem.message, f"entry {problem.seq}",
                        zh=problem.zh)
        head = manifest.get("chain") or {}
        n = head.get("entries")
        if len(records) != n:
            if isinstance(n, int) and len(records) < n:
                raise _Fail(f"entry {len(records) + 1} is missing: {L.ENTRIES} ends at entry {len(records)}, but "
                            f"the signed chain has {n} entries (entries were removed from the end)",
                            f"entry {len(records) + 1}",
                            zh=(f"缺少第 {len(records) + 1} 条记录：{L.ENTRIES} 到第 {len(records)} 条记录就结束了，"
                                f"但签名的链有 {n} 条记录（末尾的记录被删除了）"))
            raise _Fail(f"entry {(n or 0) + 1} was added after signing: {L.ENTRIES} has {len(records)} entries, "
                        f"but the signed chain has {n}", f"entry {(n or 0) + 1}",
                        zh=(f"第 {(n or 0) + 1} 条记录是签名之后加上的：{L.ENTRIES} 有 {len(records)} 条记录，但签名的"
                            f"链只有 {n} 条"))
        if not records or records[-1]["hash"] != head.get("head_hash"):
            raise _Fail("the last entry's hash is not the signed chain head", "chain head",
                        zh="最后一条记录的哈希不是签过名的链头")
        if self.hashes[L.ENTRIES] != (manifest.get("files") or {}).get(L.ENTRIES):
            raise _Fail(f"{L.ENTRIES} differs from the manifest although every entry checks: its bytes were "
                        "altered outside the entries", L.ENTRIES,
                        zh=f"{L.ENTRIES} 与清单不符，尽管每条记录都核验通过：记录之外的字节被改动过")
        self.r.entries = len(records)
        self.r.head_hash = head.get("head_hash")
        self._passed(f"chain: {len(records)} entries linked from the genesis hash to the signed head "
                     f"{str(self.r.head_hash)[:16]}…",
                     f"哈希链：{len(records)} 条记录从创世哈希一路链接到签过名的链头 {str(self.r.head_hash)[:16]}…")
        return records

    def _check_exhibits(self, manifest: dict, records: list[dict]) -> None:
        wanted: dict[str, tuple[int, str, int]] = {}  # sha -> (first entry, filename, size)
        for rec in records:
            exs = rec.get("exhibits") or []
            if not isinstance(exs, list):
                raise _Fail(f"entry {rec['seq']} has a malformed exhibit list", f"entry {rec['seq']}",
                            zh=f"第 {rec['seq']} 条记录的证据文件列表格式有误")
            for ex in exs:
                if not isinstance(ex, dict) or not chain.is_sha256_hex(ex.get("sha256")):
                    raise _Fail(f"entry {rec['seq']} names an exhibit without a valid SHA-256", f"entry {rec['seq']}",
                                zh=f"第 {rec['seq']} 条记录列出的证据文件没有有效的 SHA-256")
                wanted.setdefault(ex["sha256"], (rec["seq"], str(ex.get("filename")), ex.get("size")))
        listed: dict[str, str] = {}
        for item in manifest.get("exhibits") or []:
            p = item.get("path") if isinstance(item, dict) else None
            m = L.EXHIBIT_NAME.match(p or "")
            if not m or m.group(1) != item.get("sha256"):
                raise _Fail(f"the manifest lists a malformed exhibit {p!r}", "manifest",
                            zh=f"清单中列出的证据文件 {p!r} 格式有误")
            listed[m.group(1)] = p
        on_disk = {L.EXHIBIT_NAME.match(n).group(1): n for n in self.members if L.EXHIBIT_NAME.match(n)}
        for sha, name in on_disk.items():
            if sha not in wanted:
                raise _Fail(f"{name} is not named by any entry: a file was added", name,
                            zh=f"没有任何记录提到 {name}：有文件被添加进来")
        total = sum(self.members[on_disk[s]].file_size for s in wanted if s in on_disk) or 1
        done = 0

        def on_bytes(n: int) -> None:
            nonlocal done
            done += n
            if self.cancelled and self.cancelled():
                raise _Fail("verification cancelled", "cancelled",
                            zh="核验已取消")
            if self.progress:
                self.progress(min(95, done * 95 // total))

        for sha, (seq, filename, size) in wanted.items():
            name = listed.get(sha) or on_disk.get(sha)
            if name is None or name not in self.members:
                raise _Fail(f"the exhibit of entry {seq} ({filename}, SHA-256 {sha[:16]}…) is missing from the "
                            "bundle", f"exhibit {sha}",
                            zh=f"证据包中缺少第 {seq} 条记录的证据文件（{filename}，SHA-256 {sha[:16]}…）")
            declared = self.members[name].file_size
            if isinstance(size, int) and declared != size:
                raise _Fail(f"exhibit {name} (entry {seq}, {filename}) was changed: it has {declared} bytes, its "
                            f"entry says {size}", f"exhibit {sha}",
                            zh=(f"证据文件 {name}（第 {seq} 条记录，{filename}）被改动过：它有 {declared} 字节，"
                                "而记录写"
                                f"的是 {size} 字节"))
            actual, got = self._hash_member(name, on_bytes, size if isinstance(size, int) and size >= 0 else None)
            if actual != sha:
                raise _Fail(f"exhibit {name} (entry {seq}, {filename}) was changed: its SHA-256 is {actual[:16]}…, "
                            f"not {sha[:16]}…", f"exhibit {sha}",
                            zh=(f"证据文件 {name}（第 {seq} 条记录，{filename}）被改动过：它的 SHA-256 是 "
                                f"{actual[:16]}…，而不是 {sha[:16]}…"))
            if isinstance(size, int) and got != size:
                raise _Fail(f"exhibit {name} (entry {seq}) has {got} bytes, its entry says {size}", f"exhibit {sha}",
                            zh=f"证据文件 {name}（第 {seq} 条记录）有 {got} 字节，而记录写的是 {size} 字节")
            self.r.exhibit_bytes += got
        self.r.exhibits = len(wanted)
        self._passed(f"exhibits: {len(wanted)} files, {self.r.exhibit_bytes} bytes, every SHA-256 matches "
                     "its entry",
                     f"证据文件：{len(wanted)} 个文件，{self.r.exhibit_bytes} 字节，每个 SHA-256 都与其记录相符")

    def _check_timestamps(self, manifest: dict, records: list[dict]) -> None:
        from faceledger.evidence import tokens

        by_seq = {rec["seq"]: rec for rec in records}
        stamps = manifest.get("timestamps") or []
        files = manifest.get("files") or {}
        listed = set()
        for item in stamps:
            if not isinstance(item, dict):
                raise _Fail("the manifest's timestamp list is malformed", "manifest",
                            zh="清单中的时间戳列表格式有误")
            p = str(item.get("path"))
            m = L.TOKEN_NAME.match(p)
            seq = item.get("entry")
            if not m or int(m.group(1)) != seq or seq not in by_seq:
                raise _Fail(f"the manifest lists a malformed timestamp {p!r}", "manifest",
                            zh=f"清单中列出的时间戳 {p!r} 格式有误")
            listed.add(p)
            digest = by_seq[seq]["hash"]
            if item.get("digest") != digest:
                raise _Fail(f"timestamp {p} is recorded for a different hash than entry {seq}'s", f"timestamp {p}",
                            zh=f"时间戳 {p} 针对的哈希与第 {seq} 条记录的哈希不同")
            token = self._read(p, 1 << 20) if p in self.members else None
            if token is None:
                raise _Fail(f"timestamp token {p} (entry {seq}) is missing from the bundle", f"timestamp {p}",
                            zh=f"证据包中缺少时间戳令牌 {p}（第 {seq} 条记录）")
            if self.hashes[p] != files.get(p):
                raise _Fail(f"timestamp token {p} (entry {seq}) was changed: it differs from the manifest",
                            f"timestamp {p}",
                            zh=f"时间戳令牌 {p}（第 {seq} 条记录）被改动过：与清单不符")
            if self.tsa_ca_pem:
                roots = self.tsa_ca_pem
                self.r.tsa_roots_from_bundle = False
            else:
                ca = str(item.get("ca"))
                if not L.CERT_NAME.match(ca) or ca not in self.members:
                    raise _Fail(f"the TSA root certificate for {p} ({ca}) is missing", f"timestamp {p}",
                                zh=f"缺少 {p} 的时间戳服务机构根证书（{ca}）")
                roots = self._read(ca, 4 << 20)
                if self.hashes[ca] != files.get(ca):
                    raise _Fail(f"the TSA root certificate {ca} differs from the manifest", f"timestamp {p}",
                                zh=f"时间戳服务机构根证书 {ca} 与清单不符")
            try:
                info = tokens.verify_reply(token, bytes.fromhex(digest), roots)
            except (tokens.TokenError, tokens.TokenRejected) as err:
                raise _Fail(f"timestamp token {p} (entry {seq}) does not verify: {err.message}",
                            f"timestamp {p}",
                            zh=f"时间戳令牌 {p}（第 {seq} 条记录）核验不通过：{zh_of(err)}") from None
            except Exception as err:  # noqa: BLE001 - e.g. a root file that is not PEM
                raise _Fail(f"timestamp token {p} (entry {seq}) cannot be checked: {err}", f"timestamp {p}",
                            zh=f"时间戳令牌 {p}（第 {seq} 条记录）无法核验：{err}") from None
            self.r.timestamps.append({"path": p, "entry": seq, "scope": item.get("scope"), "gen_time": info.gen_time,
                                      "serial": info.serial, "tsa": info.tsa_name or item.get("tsa_url")})
        for name in self.members:
            if L.TOKEN_NAME.match(name) and name not in listed:
                raise _Fail(f"timestamp token {name} is not in the signed manifest: a file was added", name,
                            zh=f"时间戳令牌 {name} 不在签过名的清单中：有文件被添加进来")
        if stamps:
            self._passed(f"timestamps: {len(stamps)} RFC 3161 token(s) verify over their entries' hashes",
                         f"时间戳：{len(stamps)} 个 RFC 3161 令牌对其记录的哈希核验通过")

    def _check_other_files(self, manifest: dict) -> None:
        files = manifest.get("files")
        if not isinstance(files, dict):
            raise _Fail("the manifest has no file list", "manifest",
                        zh="清单中没有文件列表")
        for name, sha in files.items():
            if name not in self.members:
                raise _Fail(f"{name} is listed in the manifest but missing from the bundle", name,
                            zh=f"{name} 列在清单中，但证据包里没有")
            actual = self.hashes.get(name) or self._hash_member(name)[0]
            if actual != sha:
                raise _Fail(f"{name} was changed: its SHA-256 differs from the manifest", name,
                            zh=f"{name} 被改动过：它的 SHA-256 与清单不符")
        for name in self.members:
            if name not in files and name not in (L.MANIFEST, L.SIGNATURE, L.SUMS):
                raise _Fail(f"{name} is not in the signed manifest: a file was added", name,
                            zh=f"{name} 不在签过名的清单中：有文件被添加进来")
        self._passed(f"files: all {len(files)} files listed in the manifest match",
                     f"文件：清单中列出的 {len(files)} 个文件全部相符")

    def _check_sums(self) -> None:
        raw = self._read(L.SUMS, 32 << 20)
        listed: dict[str, str] = {}
        for i, line in enumerate(raw.decode("utf-8", "replace").splitlines(), start=1):
            if not line.strip():
                continue
            parts = line.split(None, 1)
            if len(parts) != 2 or not chain.is_sha256_hex(parts[0]):
                raise _Fail(f"line {i} of {L.SUMS} is malformed", L.SUMS,
                            zh=f"{L.SUMS} 第 {i} 行格式有误")
            listed[parts[1].lstrip("*")] = parts[0]
        for name in self.members:
            if name == L.SUMS:
                continue
            if name not in listed:
                raise _Fail(f"{L.SUMS} does not list {name}", L.SUMS,
                            zh=f"{L.SUMS} 没有列出 {name}")
            actual = self.hashes.get(name) or self._hash_member(name)[0]
            if listed[name] != actual:
                raise _Fail(f"{L.SUMS} disagrees with {name}", L.SUMS,
                            zh=f"{L.SUMS} 与 {name} 不符")
        extra = set(listed) - set(self.members)
        if extra:
            raise _Fail(f"{L.SUMS} lists {sorted(extra)[0]}, which is not in the bundle", L.SUMS,
                        zh=f"{L.SUMS} 列出了 {sorted(extra)[0]}，但证据包中没有这个文件")
        self._passed(f"{L.SUMS}: every file listed and matching (sha256sum -c would pass)",
                     f"{L.SUMS}：每个文件都已列出且相符（sha256sum -c 会通过）")

    def _passed(self, en: str, zh: str) -> None:
        self.r.passed.append(en)
        self.r.passed_zh.append(zh)
