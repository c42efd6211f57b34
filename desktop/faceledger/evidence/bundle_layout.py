"""The names inside an evidence bundle (ZIP), shared by export and verification.

    manifest.json          what the bundle holds: case header, chain head, every file's SHA-256 (signed)
    manifest.json.sig      Ed25519 signature (64 raw bytes) over manifest.json, by the vault's evidence key
    public-key.pem         that key (its SHA-256 is recorded in the case header, hence in every entry's chain)
    entries.jsonl          one entry per line, in order, each with its prev_hash and hash
    exhibits/<sha256>.<ext> the original exhibit files, named by their SHA-256
    timestamps/entry-NNNN[-k].tsr   RFC 3161 replies over entry NNNN's hash
    timestamps/ca-<id>.pem / tsa-<id>.pem   the TSA's root certificate(s) and its own certificate(s)
    report.pdf             case summary, chronology, 证据目录, how to verify
    exhibit-list.docx/.csv the 证据目录 for the lawyer to edit
    HOW-TO-VERIFY.txt      checking it with standard tools (zh and en)
    SHA256SUMS             `sha256sum -c SHA256SUMS` format, every file but itself
"""

from __future__ import annotations

import re

BUNDLE_FORMAT = "faceledger-evidence-bundle"
BUNDLE_VERSION = 1

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.sig"
PUBLIC_KEY = "public-key.pem"
ENTRIES = "entries.jsonl"
SUMS = "SHA256SUMS"
REPORT = "report.pdf"
LIST_DOCX = "exhibit-list.docx"
LIST_CSV = "exhibit-list.csv"
HOWTO = "HOW-TO-VERIFY.txt"
EXHIBITS_DIR = "exhibits/"
TIMESTAMPS_DIR = "timestamps/"

_EXT = re.compile(r"^[a-z0-9]{1,10}$")
EXHIBIT_NAME = re.compile(r"^exhibits/([0-9a-f]{64})\.([a-z0-9]{1,10})$")
TOKEN_NAME = re.compile(r"^timestamps/entry-(\d{4,})(?:-(\d+))?\.tsr$")
CERT_NAME = re.compile(r"^timestamps/(ca|tsa)-[0-9a-f]{16}\.pem$")

# Limits that keep verification's memory bounded whatever a bundle claims.
MAX_MANIFEST = 64 * 1024 * 1024
MAX_ENTRY_LINE = 4 * 1024 * 1024
MAX_ENTRIES_FILE = 512 * 1024 * 1024
MAX_SMALL_FILE = 16 * 1024 * 1024
MAX_MEMBERS = 200_000


def exhibit_ext(filename: str | None) -> str:
    """A safe extension from the original file name ('bin' when there is none usable)."""
    if filename and "." in filename:
        ext = filename.rsplit(".", 1)[1].lower()
        if _EXT.match(ext):
            return ext
    return "bin"


def exhibit_path(sha256: str, filename: str | None) -> str:
    return f"{EXHIBITS_DIR}{sha256}.{exhibit_ext(filename)}"


def token_path(seq: int, k: int) -> str:
    return f"{TIMESTAMPS_DIR}entry-{seq:04d}{'' if k == 1 else f'-{k}'}.tsr"
