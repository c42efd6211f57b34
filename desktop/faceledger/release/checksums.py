"""SHA256SUMS in `sha256sum`'s format: one ``<64 hex>  <name>`` line per artifact (``sha256sum -c`` reads it)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from faceledger.errors import FaceLedgerError

SUMS_NAME = "SHA256SUMS"
SIGNATURE_SUFFIX = ".minisig"
_LINE = re.compile(r"^([0-9a-fA-F]{64}) [ *](.+)$")


class ChecksumFormatError(FaceLedgerError):
    """A SHA256SUMS file (or a name in it) is not acceptable."""


@dataclass(frozen=True)
class SumEntry:
    sha256: str  # lower-case hex
    name: str  # relative path with "/" separators


@dataclass(frozen=True)
class ParsedSums:
    entries: list[SumEntry]
    bad_lines: list[str]  # "line N: what is wrong"


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def check_name(name: str) -> str:
    """A name in SHA256SUMS must stay inside the release folder and need no escaping."""
    if not name or any(c in name for c in "\\\n\r\0") or name != name.strip():
        raise ChecksumFormatError(f"Artifact name {name!r} cannot go into SHA256SUMS (control characters, "
                                  "backslash or surrounding spaces).")
    p = PurePosixPath(name)
    if p.is_absolute() or ".." in p.parts or name.startswith("./"):
        raise ChecksumFormatError(f"Artifact name {name!r} points outside the release folder.")
    return name


def format_sums(entries: list[SumEntry]) -> str:
    return "".join(f"{e.sha256}  {check_name(e.name)}\n" for e in sorted(entries, key=lambda e: e.name))


def compute_sums(folder: Path, names: list[str]) -> list[SumEntry]:
    return [SumEntry(sha256_file(folder / check_name(n)), n) for n in names]


def parse_sums(text: str) -> ParsedSums:
    entries: list[SumEntry] = []
    bad: list[str] = []
    seen: set[str] = set()
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        m = _LINE.match(line.rstrip("\r"))
        if not m:
            bad.append(f"line {number}: not '<sha256>  <file name>': {line[:80]!r}")
            continue
        digest, name = m.group(1).lower(), m.group(2)
        try:
            check_name(name)
        except ChecksumFormatError as err:
            bad.append(f"line {number}: {err}")
            continue
        if name in seen:
            bad.append(f"line {number}: {name} is listed twice")
            continue
        seen.add(name)
        entries.append(SumEntry(digest, name))
    return ParsedSums(entries, bad)
