"""Helpers to take a bundle apart and put a tampered one together, as an attacker with a ZIP tool would."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from faceledger.evidence import chain


def read_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_members(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            comp = zipfile.ZIP_STORED if name.startswith(("exhibits/", "timestamps/")) else zipfile.ZIP_DEFLATED
            zf.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, compress_type=comp)
    return path


def flip(data: bytes, pos: int | None = None) -> bytes:
    pos = len(data) // 2 if pos is None else pos
    return data[:pos] + bytes([data[pos] ^ 0x01]) + data[pos + 1:]


def entry_lines(members: dict[str, bytes]) -> list[bytes]:
    return members["entries.jsonl"].rstrip(b"\n").split(b"\n")


def set_entry_lines(members: dict[str, bytes], lines: list[bytes]) -> None:
    members["entries.jsonl"] = b"\n".join(lines) + b"\n"


def forged_entry(prev_hash: str, case_uid: str, seq: int, title: str = "forged") -> bytes:
    rec = {"format": "faceledger-evidence-entry", "version": 1, "case": case_uid, "seq": seq,
           "recorded_at": "2019-10-20T00:00:00+00:00", "occurred_at": "2019-10-20", "timezone": "Asia/Shanghai",
           "kind": "note", "title": title, "description": None, "source": None, "corrects_seq": None,
           "request": None, "exhibits": [], "prev_hash": prev_hash}
    rec["hash"] = chain.entry_hash(rec)
    return chain.canonical(rec)


def manifest(members: dict[str, bytes]) -> dict:
    return json.loads(members["manifest.json"])
