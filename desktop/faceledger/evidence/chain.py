"""The hash chain: canonical JSON (RFC 8785), entry hashes, the case's genesis hash, and the chain rule.

The rule, in words: entry 1's ``prev_hash`` is the case's genesis hash (SHA-256 of the case header's
canonical JSON); each later entry's ``prev_hash`` is the ``hash`` of the entry before it; and each
entry's ``hash`` is the SHA-256 of the canonical JSON of the entry without its ``hash`` (and without
``timestamps``, which are added later and verified on their own). Numbers run 1, 2, 3, ... with no gap.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from faceledger.evidence.model import CASE_FORMAT, FORMAT_VERSION

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
NOT_HASHED = ("hash", "timestamps")


def canonical(obj: Any) -> bytes:
    """RFC 8785 (JSON Canonicalization Scheme) bytes of ``obj``."""
    import rfc8785

    try:
        return rfc8785.dumps(obj)
    except (rfc8785.CanonicalizationError, TypeError, ValueError) as err:
        raise ValueError(f"cannot canonicalize: {err}") from None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_sha256_hex(value: Any) -> bool:
    return isinstance(value, str) and bool(_HEX64.match(value))


def case_header(uid: str, name: str, created_at: str, timezone: str, key_fingerprint: str) -> dict:
    return {"format": CASE_FORMAT, "version": FORMAT_VERSION, "case": uid, "name": name,
            "created_at": created_at, "timezone": timezone,
            "signing_key": {"algorithm": "Ed25519", "sha256": key_fingerprint}}


def genesis_hash(header: dict) -> str:
    return sha256_hex(canonical(header))


def entry_hash(record: dict) -> str:
    """SHA-256 of the canonical JSON of an entry record (fields in NOT_HASHED are left out)."""
    return sha256_hex(canonical({k: v for k, v in record.items() if k not in NOT_HASHED}))


@dataclass(frozen=True)
class ChainProblem:
    seq: int | None  # the entry's position (1-based line number when its own number is unusable)
    message: str
    zh: str | None = None  # the message in Chinese, for the GUI


def check_entries(records: list[dict], genesis: str, case_uid: str) -> ChainProblem | None:
    """Apply the chain rule to entries in file order. Returns the first problem, or None."""
    prev = genesis
    seen: set[str] = set()
    for i, rec in enumerate(records, start=1):
        seq = rec.get("seq")
        if not isinstance(seq, int) or isinstance(seq, bool):
            return ChainProblem(i, f"line {i} of entries.jsonl has no entry number",
                                zh=f"entries.jsonl 第 {i} 行没有记录编号")
        stored = rec.get("hash")
        if not is_sha256_hex(stored):
            return ChainProblem(seq, f"entry {seq} (line {i}) has no valid hash",
                                zh=f"第 {seq} 条记录（第 {i} 行）没有有效的哈希值")
        try:
            actual = entry_hash(rec)
        except ValueError as err:
            return ChainProblem(seq, f"entry {seq} (line {i}) cannot be hashed: {err}",
                                zh=f"第 {seq} 条记录（第 {i} 行）无法计算哈希：{err}")
        if actual != stored:
            return ChainProblem(seq, f"entry {seq} (line {i}) was changed: its content hashes to {actual[:16]}…, "
                                     f"not to its recorded hash {stored[:16]}…",
                                zh=(f"第 {seq} 条记录（第 {i} 行）被改动过：其内容的哈希是 {actual[:16]}…，而不是记录的"
                                    f"哈希 {stored[:16]}…"))
        if stored in seen:
            return ChainProblem(seq, f"entry {seq} (line {i}) is a duplicate of an earlier entry",
                                zh=f"第 {seq} 条记录（第 {i} 行）与前面的一条记录重复")
        seen.add(stored)
        if rec.get("case") != case_uid:
            return ChainProblem(seq, f"entry {seq} (line {i}) belongs to another case ({rec.get('case')!r})",
                                zh=f"第 {seq} 条记录（第 {i} 行）属于另一个案件（{rec.get('case')!r}）")
        if seq != i:
            return ChainProblem(seq, f"entry {seq} is at line {i}: entries were removed, reordered or inserted "
                                     f"(expected entry {i})",
                                zh=(f"第 {seq} 条记录位于第 {i} 行：有记录被删除、调换顺序或插入"
                                    f"（此处应为第 {i} 条记录）"))
        if rec.get("prev_hash") != prev:
            what = "the case's genesis hash" if i == 1 else f"the hash of entry {i - 1}"
            what_zh = "案件的创世哈希" if i == 1 else f"第 {i - 1} 条记录的哈希"
            return ChainProblem(seq, f"entry {seq}'s link is broken: its prev_hash does not match {what}",
                                zh=f"第 {seq} 条记录的链接断了：它的 prev_hash 与{what_zh}不符")
        prev = stored
    return None
