"""Writing the signed update manifest that `faceledger.net.update` reads (release side)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from faceledger.release.checksums import sha256_file
from faceledger.release.minisign import SecretKey
from faceledger.release.signing import sign_bytes

MANIFEST_NAME = "update.json"


def manifest_bytes(version: str, artifacts: list[dict], date: str | None = None,
                   notes_url: str | None = None) -> bytes:
    from faceledger.net.update import MANIFEST_FORMAT, MANIFEST_KIND

    doc: dict = {"kind": MANIFEST_KIND, "format": MANIFEST_FORMAT, "version": version,
                 "date": date or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
    if notes_url:
        doc["notes_url"] = notes_url
    doc["artifacts"] = artifacts
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def artifact_entry(path: Path, platform: str, base_url: str) -> dict:
    return {"platform": platform, "name": path.name, "url": base_url.rstrip("/") + "/" + path.name,
            "sha256": sha256_file(path), "size": path.stat().st_size}


def write_signed_manifest(folder: Path, key: SecretKey, version: str, artifacts: list[dict],
                          notes_url: str | None = None, date: str | None = None) -> Path:
    body = manifest_bytes(version, artifacts, date=date, notes_url=notes_url)
    path = folder / MANIFEST_NAME
    path.write_bytes(body)
    (folder / (MANIFEST_NAME + ".minisig")).write_text(sign_bytes(key, body, MANIFEST_NAME), encoding="utf-8")
    return path
