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

from faceledger.evidence import bundle_layout as L
from faceledger.evidence import chain

CHUNK = 4 << 20
_LOCAL_HEADER = b"PK\x03\x04"


class _Fail(Exception):
    def __init__(self, message: str, where: str = "bundle"):
        super().__init__(message)
        self.message = message
        self.where = where


@dataclass
class VerifyResult:
    path: str
    ok: bool = False
    failure: str | None = None
    failed_check: str | None = None
    passed: list[str] = field(default_factory=list)
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

    def lines(self) -> list[str]:
        out = []
        if self.ok:
            out.append(f"OK: the bundle is intact ({self.path})")
        else:
            out.append(f"FAILED: {self.failure}")
        if self.case_name is not None:
            out.append(f"case: {self.case_name} ({self.case_id})")
        out += [f"  ok  {p}" for p in self.passed]
        if self.ok:
            if self.timestamps:
                for t in self.timestamps:
                    out.append(f"  timestamp on entry {t['entry']} ({t['scope']}): {t['gen_time']} by "
                               f"{t['tsa']} [{t['path']}]")
                if self.tsa_roots_from_bundle:
                    out.append("  note: timestamps were checked against the TSA root certificate(s) inside the "
                               "bundle; compare them with the roots the TSA publishes (or use --tsa-ca).")
            out.append(f"signing key SHA-256: {self.key_fingerprint} (compare it with the one the sender gave "
                       "you separately)")
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
        result.failure, result.failed_check = f.message, f.where
    except MemoryError:
        result.failure, result.failed_check = "the bundle could not be checked: out of memory", "bundle"
    except Exception as err:  # noqa: BLE001 - verification must never crash; report what happened
        result.failure = f"the bundle could not be checked ({type(err).__name__}: {str(err)[:200]})"
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
            raise _Fail(f"{p} does not exist", "file")
        if not p.is_file():
            raise _Fail(f"{p} is not a file", "file")
        try:
            with open(p, "rb") as f:
                head = f.read(4)
        except OSError as err:
            raise _Fail(f"{p} cannot be read: {err.strerror or err}", "file") from None
        try:
            return zipfile.ZipFile(p)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError, zlib.error,
                struct.error, UnicodeDecodeError) as err:
            if head == _LOCAL_HEADER:
                raise _Fail(f"{p.name} is a damaged or truncated ZIP file ({err})", "zip") from None
            raise _Fail(f"{p.name} is not a ZIP file (an evidence bundle is a .zip)", "zip") from None

    def _stream(self, info: zipfile.ZipInfo, limit: int | None = None) -> Iterator[memoryview]:
        """The member's bytes in chunks; stored members are read straight from the file (no CRC pass)."""
        what = info.filename
        if limit is not None and info.file_size > limit:
            raise _Fail(f"{what} is too large ({info.file_size} bytes) for what it should be", what)
        try:
            if info.compress_type == zipfile.ZIP_STORED and not info.flag_bits & 0x1:
                with open(self.path, "rb", buffering=0) as f:
                    f.seek(info.header_offset)
                    h = f.read(30)
                    if len(h) != 30 or h[:4] != _LOCAL_HEADER:
                        raise _Fail(f"the ZIP entry of {what} is damaged", what)
                    n, m = struct.unpack("<HH", h[26:30])
                    f.seek(info.header_offset + 30 + n + m)
                    remaining = info.file_size
                    buf = bytearray(min(CHUNK, max(remaining, 1)))
                    view = memoryview(buf)
                    while remaining:
                        got = f.readinto(view[:min(len(buf), remaining)])
                        if not got:
                            raise _Fail(f"{what} is truncated inside the ZIP", what)
                        remaining -= got
                        yield view[:got]
            else:
                with self.zf.open(info) as src:
                    total = 0
                    while True:
                        data = src.read(1 << 20)
                        if not data:
                            break
                        total += len(data)
                        if limit is not None and total > limit:
                            raise _Fail(f"{what} expands beyond its declared size", what)
                        yield memoryview(data)
        except (zipfile.BadZipFile, EOFError, zlib.error, OSError, NotImplementedError, RuntimeError) as err:
            raise _Fail(f"{what} cannot be read from the ZIP: {err}", what) from None

    def _read(self, name: str, limit: int = L.MAX_SMALL_FILE) -> bytes:
        info = self.members.get(name)
        if info is None:
            raise _Fail(f"{name} is missing from the bundle", name)
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
            raise _Fail(f"the ZIP's directory cannot be read ({err})", "zip") from None
        if len(infos) > L.MAX_MEMBERS:
            raise _Fail(f"the ZIP has {len(infos)} entries, far more than any bundle", "zip")
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.filename
            if not _safe_name(name):
                raise _Fail(f"the ZIP holds an unsafe path {name!r} (absolute, '..' or odd characters); "
                            "it was not extracted", "zip")
            if name.endswith("/"):
                if name not in (L.EXHIBITS_DIR, L.TIMESTAMPS_DIR):
                    raise _Fail(f"unexpected folder {name!r} in the bundle", "zip")
                continue
            if info.flag_bits & 0x1:
                raise _Fail(f"{name} is encrypted inside the ZIP; a bundle never is", name)
            if name in self.members:
                raise _Fail(f"the ZIP holds {name} twice", name)
            fixed = name in (L.MANIFEST, L.SIGNATURE, L.PUBLIC_KEY, L.ENTRIES, L.SUMS, L.REPORT, L.LIST_DOCX,
                             L.LIST_CSV, L.HOWTO)
            if not (fixed or L.EXHIBIT_NAME.match(name) or L.TOKEN_NAME.match(name) or L.CERT_NAME.match(name)):
                raise _Fail(f"unexpected file {name!r} in the bundle (not part of the format)", name)
            self.members[name] = info
        self.r.passed.append(f"ZIP structure: {len(self.members)} files, all paths safe")

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
                        "public key")
        self.r.key_fingerprint = fp
        if not isinstance(manifest, dict) or manifest.get("format") != L.BUNDLE_FORMAT:
            if not ok:
                raise _Fail(f"{L.MANIFEST} was changed: it is not the signed manifest (its signature does not "
                            "verify)", "manifest")
            raise _Fail(f"{L.MANIFEST} is not a FaceLedger evidence manifest", "manifest")
        case = manifest.get("case")
        recorded = case.get("signing_key", {}).get("sha256") if isinstance(case, dict) and \
            isinstance(case.get("signing_key"), dict) else None
        if recorded != fp:
            raise _Fail(f"the public key was replaced: {L.PUBLIC_KEY} has fingerprint {fp}, but the case "
                        f"header records {recorded}" + ("" if ok else " (and the signature does not verify)"),
                        "public key")
        if not ok:
            raise _Fail(f"the signature in {L.SIGNATURE} does not match {L.MANIFEST}: the manifest or the "
                        "signature was changed", "signature")
        if self.expected_key and fp != self.expected_key:
            raise _Fail(f"the bundle is signed by key {fp}, not by the expected key {self.expected_key}",
                        "public key")
        if manifest.get("version") != L.BUNDLE_VERSION:
            raise _Fail(f"this bundle has format version {manifest.get('version')!r}; this FaceLedger reads "
                        f"version {L.BUNDLE_VERSION}", "manifest")
        self.r.case_name = str(case.get("name"))
        self.r.case_id = str(case.get("case"))
        self.r.passed.append(f"signature: {L.MANIFEST} is signed by the case's Ed25519 key")
        return manifest

    def _check_chain(self, manifest: dict) -> list[dict]:
        case = manifest["case"]
        try:
            genesis = chain.genesis_hash(case)
        except ValueError as err:
            raise _Fail(f"the case header cannot be hashed ({err})", "manifest") from None
        if genesis != manifest.get("genesis_hash"):
            raise _Fail("the case header does not hash to the manifest's genesis hash", "manifest")
        info = self.members.get(L.ENTRIES)
        if info is None:
            raise _Fail(f"{L.ENTRIES} is missing from the bundle", L.ENTRIES)
        digest = hashlib.sha256()
        records: list[dict] = []
        pending = b""
        line_no = 0

        def take(line: bytes) -> None:
            nonlocal line_no
            line_no += 1
            if len(line) > L.MAX_ENTRY_LINE:
                raise _Fail(f"line {line_no} of {L.ENTRIES} is far too long for an entry", "entries")
            try:
                rec = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
                raise _Fail(f"entry at line {line_no} of {L.ENTRIES} is not valid JSON: it was changed or "
                            "truncated", f"entry {line_no}") from None
            if not isinstance(rec, dict):
                raise _Fail(f"line {line_no} of {L.ENTRIES} is not an entry", f"entry {line_no}")
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
            raise _Fail(problem.message, f"entry {problem.seq}")
        head = manifest.get("chain") or {}
        n = head.get("entries")
        if len(records) != n:
            if isinstance(n, int) and len(records) < n:
                raise _Fail(f"entry {len(records) + 1} is missing: {L.ENTRIES} ends at entry {len(records)}, but "
                            f"the signed chain has {n} entries (entries were removed from the end)",
                            f"entry {len(records) + 1}")
            raise _Fail(f"entry {(n or 0) + 1} was added after signing: {L.ENTRIES} has {len(records)} entries, "
                        f"but the signed chain has {n}", f"entry {(n or 0) + 1}")
        if not records or records[-1]["hash"] != head.get("head_hash"):
            raise _Fail("the last entry's hash is not the signed chain head", "chain head")
        if self.hashes[L.ENTRIES] != (manifest.get("files") or {}).get(L.ENTRIES):
            raise _Fail(f"{L.ENTRIES} differs from the manifest although every entry checks: its bytes were "
                        "altered outside the entries", L.ENTRIES)
        self.r.entries = len(records)
        self.r.head_hash = head.get("head_hash")
        self.r.passed.append(f"chain: {len(records)} entries linked from the genesis hash to the signed head "
                             f"{str(self.r.head_hash)[:16]}…")
        return records

    def _check_exhibits(self, manifest: dict, records: list[dict]) -> None:
        wanted: dict[str, tuple[int, str, int]] = {}  # sha -> (first entry, filename, size)
        for rec in records:
            exs = rec.get("exhibits") or []
            if not isinstance(exs, list):
                raise _Fail(f"entry {rec['seq']} has a malformed exhibit list", f"entry {rec['seq']}")
            for ex in exs:
                if not isinstance(ex, dict) or not chain.is_sha256_hex(ex.get("sha256")):
                    raise _Fail(f"entry {rec['seq']} names an exhibit without a valid SHA-256", f"entry {rec['seq']}")
                wanted.setdefault(ex["sha256"], (rec["seq"], str(ex.get("filename")), ex.get("size")))
        listed: dict[str, str] = {}
        for item in manifest.get("exhibits") or []:
            p = item.get("path") if isinstance(item, dict) else None
            m = L.EXHIBIT_NAME.match(p or "")
            if not m or m.group(1) != item.get("sha256"):
                raise _Fail(f"the manifest lists a malformed exhibit {p!r}", "manifest")
            listed[m.group(1)] = p
        on_disk = {L.EXHIBIT_NAME.match(n).group(1): n for n in self.members if L.EXHIBIT_NAME.match(n)}
        for sha, name in on_disk.items():
            if sha not in wanted:
                raise _Fail(f"{name} is not named by any entry: a file was added", name)
        total = sum(self.members[on_disk[s]].file_size for s in wanted if s in on_disk) or 1
        done = 0

        def on_bytes(n: int) -> None:
            nonlocal done
            done += n
            if self.cancelled and self.cancelled():
                raise _Fail("verification cancelled", "cancelled")
            if self.progress:
                self.progress(min(95, done * 95 // total))

        for sha, (seq, filename, size) in wanted.items():
            name = listed.get(sha) or on_disk.get(sha)
            if name is None or name not in self.members:
                raise _Fail(f"the exhibit of entry {seq} ({filename}, SHA-256 {sha[:16]}…) is missing from the "
                            "bundle", f"exhibit {sha}")
            declared = self.members[name].file_size
            if isinstance(size, int) and declared != size:
                raise _Fail(f"exhibit {name} (entry {seq}, {filename}) was changed: it has {declared} bytes, its "
                            f"entry says {size}", f"exhibit {sha}")
            actual, got = self._hash_member(name, on_bytes, size if isinstance(size, int) and size >= 0 else None)
            if actual != sha:
                raise _Fail(f"exhibit {name} (entry {seq}, {filename}) was changed: its SHA-256 is {actual[:16]}…, "
                            f"not {sha[:16]}…", f"exhibit {sha}")
            if isinstance(size, int) and got != size:
                raise _Fail(f"exhibit {name} (entry {seq}) has {got} bytes, its entry says {size}", f"exhibit {sha}")
            self.r.exhibit_bytes += got
        self.r.exhibits = len(wanted)
        self.r.passed.append(f"exhibits: {len(wanted)} files, {self.r.exhibit_bytes} bytes, every SHA-256 matches "
                             "its entry")

    def _check_timestamps(self, manifest: dict, records: list[dict]) -> None:
        from faceledger.evidence import tokens

        by_seq = {rec["seq"]: rec for rec in records}
        stamps = manifest.get("timestamps") or []
        files = manifest.get("files") or {}
        listed = set()
        for item in stamps:
            if not isinstance(item, dict):
                raise _Fail("the manifest's timestamp list is malformed", "manifest")
            p = str(item.get("path"))
            m = L.TOKEN_NAME.match(p)
            seq = item.get("entry")
            if not m or int(m.group(1)) != seq or seq not in by_seq:
                raise _Fail(f"the manifest lists a malformed timestamp {p!r}", "manifest")
            listed.add(p)
            digest = by_seq[seq]["hash"]
            if item.get("digest") != digest:
                raise _Fail(f"timestamp {p} is recorded for a different hash than entry {seq}'s", f"timestamp {p}")
            token = self._read(p, 1 << 20) if p in self.members else None
            if token is None:
                raise _Fail(f"timestamp token {p} (entry {seq}) is missing from the bundle", f"timestamp {p}")
            if self.hashes[p] != files.get(p):
                raise _Fail(f"timestamp token {p} (entry {seq}) was changed: it differs from the manifest",
                            f"timestamp {p}")
            if self.tsa_ca_pem:
                roots = self.tsa_ca_pem
                self.r.tsa_roots_from_bundle = False
            else:
                ca = str(item.get("ca"))
                if not L.CERT_NAME.match(ca) or ca not in self.members:
                    raise _Fail(f"the TSA root certificate for {p} ({ca}) is missing", f"timestamp {p}")
                roots = self._read(ca, 4 << 20)
                if self.hashes[ca] != files.get(ca):
                    raise _Fail(f"the TSA root certificate {ca} differs from the manifest", f"timestamp {p}")
            try:
                info = tokens.verify_reply(token, bytes.fromhex(digest), roots)
            except (tokens.TokenError, tokens.TokenRejected) as err:
                raise _Fail(f"timestamp token {p} (entry {seq}) does not verify: {err.message}",
                            f"timestamp {p}") from None
            except Exception as err:  # noqa: BLE001 - e.g. a root file that is not PEM
                raise _Fail(f"timestamp token {p} (entry {seq}) cannot be checked: {err}", f"timestamp {p}") from None
            self.r.timestamps.append({"path": p, "entry": seq, "scope": item.get("scope"), "gen_time": info.gen_time,
                                      "serial": info.serial, "tsa": info.tsa_name or item.get("tsa_url")})
        for name in self.members:
            if L.TOKEN_NAME.match(name) and name not in listed:
                raise _Fail(f"timestamp token {name} is not in the signed manifest: a file was added", name)
        if stamps:
            self.r.passed.append(f"timestamps: {len(stamps)} RFC 3161 token(s) verify over their entries' hashes")

    def _check_other_files(self, manifest: dict) -> None:
        files = manifest.get("files")
        if not isinstance(files, dict):
            raise _Fail("the manifest has no file list", "manifest")
        for name, sha in files.items():
            if name not in self.members:
                raise _Fail(f"{name} is listed in the manifest but missing from the bundle", name)
            actual = self.hashes.get(name) or self._hash_member(name)[0]
            if actual != sha:
                raise _Fail(f"{name} was changed: its SHA-256 differs from the manifest", name)
        for name in self.members:
            if name not in files and name not in (L.MANIFEST, L.SIGNATURE, L.SUMS):
                raise _Fail(f"{name} is not in the signed manifest: a file was added", name)
        self.r.passed.append(f"files: all {len(files)} files listed in the manifest match")

    def _check_sums(self) -> None:
        raw = self._read(L.SUMS, 32 << 20)
        listed: dict[str, str] = {}
        for i, line in enumerate(raw.decode("utf-8", "replace").splitlines(), start=1):
            if not line.strip():
                continue
            parts = line.split(None, 1)
            if len(parts) != 2 or not chain.is_sha256_hex(parts[0]):
                raise _Fail(f"line {i} of {L.SUMS} is malformed", L.SUMS)
            listed[parts[1].lstrip("*")] = parts[0]
        for name in self.members:
            if name == L.SUMS:
                continue
            if name not in listed:
                raise _Fail(f"{L.SUMS} does not list {name}", L.SUMS)
            actual = self.hashes.get(name) or self._hash_member(name)[0]
            if listed[name] != actual:
                raise _Fail(f"{L.SUMS} disagrees with {name}", L.SUMS)
        extra = set(listed) - set(self.members)
        if extra:
            raise _Fail(f"{L.SUMS} lists {sorted(extra)[0]}, which is not in the bundle", L.SUMS)
        self.r.passed.append(f"{L.SUMS}: every file listed and matching (sha256sum -c would pass)")
