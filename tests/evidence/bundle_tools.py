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


def sums(members: dict[str, bytes]) -> bytes:
    """A SHA256SUMS over every member but itself, as the attacker who rewrote files would write it."""
    import hashlib

    return "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in sorted(members.items())
                   if n != "SHA256SUMS" and not n.endswith("/")).encode()


def resign(members: dict[str, bytes], *, case_changes: dict | None = None, titles: dict[int, str] | None = None,
           drop_timestamps: bool = False, keep_key_in_header: bool = False) -> tuple[dict[str, bytes], str]:
    """A forger's rewrite, with a key of their own: change the case header and entry titles, rebuild the chain,
    the manifest's file list and SHA256SUMS, and sign it all. Returns (members, the forger's fingerprint)."""
    import hashlib

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    fp = hashlib.sha256(raw).hexdigest()
    out = dict(members)
    man = manifest(out)
    case = dict(man["case"])
    case.update(case_changes or {})
    if not keep_key_in_header:
        case["signing_key"] = {"algorithm": "Ed25519", "sha256": fp}
    man["case"] = case
    man["genesis_hash"] = chain.genesis_hash(case)
    prev = man["genesis_hash"]
    lines = []
    for line in entry_lines(out):
        rec = json.loads(line)
        rec.pop("hash", None)
        rec["prev_hash"] = prev
        if titles and rec["seq"] in titles:
            rec["title"] = titles[rec["seq"]]
        rec["hash"] = prev = chain.entry_hash(rec)
        lines.append(chain.canonical(rec))
    set_entry_lines(out, lines)
    man["chain"]["head_hash"] = prev
    if drop_timestamps:
        for name in [n for n in out if n.startswith("timestamps/")]:
            del out[name]
        man["timestamps"] = []
    out["public-key.pem"] = key.public_key().public_bytes(serialization.Encoding.PEM,
                                                          serialization.PublicFormat.SubjectPublicKeyInfo)
    man["signature"]["key_sha256"] = fp
    man["files"] = {n: hashlib.sha256(d).hexdigest() for n, d in sorted(out.items())
                    if n not in ("manifest.json", "manifest.json.sig", "SHA256SUMS") and not n.endswith("/")}
    out["manifest.json"] = json.dumps(man, ensure_ascii=False, indent=1).encode()
    out["manifest.json.sig"] = key.sign(out["manifest.json"])
    out["SHA256SUMS"] = sums(out)
    return out, fp
