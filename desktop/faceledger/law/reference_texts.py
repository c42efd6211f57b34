"""Read the research reference files (law.md, frt-texts.md) and compare the catalog's quoted texts with them.

The catalog (resources/law/*.json) is the app's data; the reference files are where its Chinese texts
came from. ``compare_catalog`` checks, byte for byte, that every text the catalog stores is the text
of the reference, so a text can be upgraded (or a typo caught) by re-running
``faceledger law verify REFERENCE_DIR`` or the test suite.

Only structure is normalised: a quoted article is the reference's ``> `` lines joined by newlines
(frt-texts.md separates paragraphs by an empty ``>`` line and starts with the label ``第N条 ``, which
is not part of the text). No character is changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from faceledger.errors import NotFound

LAW_FILE = "law.md"
FRT_FILE = "frt-texts.md"

# "#### PIPL Art. 47（第四十七条）", "#### CSL (2016 text, old numbering) Art. 41（第四十一条）",
# "#### GBT35273-2020 clause 8.7"
_LAW_HEADING = re.compile(r"^#### (?P<inst>[A-Z0-9-]+)(?P<csl> \((?P<ver>[^)]*)\))? "
                          r"(?:Art\. (?P<num>\d+)（(?P<label>第[^）]+条)）|clause (?P<clause>[\d.]+))\s*$")
_FRT_HEADING = re.compile(r"^### Article (?P<num>\d+)（(?P<label>第[^）]+条)）\s*$")
_FRT_LABEL = re.compile(r"^第[零一二三四五六七八九十百千]+条 ")


@dataclass(frozen=True)
class ReferenceArticle:
    """One article as a reference file gives it."""

    provision_id: str
    label_zh: str | None
    text_zh: str | None          # None where the reference gives no text (UNCONFIRMED / GAP)
    verification: str            # the reference's own verification line
    source: str                  # the reference's source line
    file: str
    line: int


@dataclass(frozen=True)
class TextMismatch:
    provision_id: str
    problem: str


def _csl_id(version: str | None) -> str:
    if version and version.startswith("2016"):
        return "CSL-2016"
    if version and "amended 2025" in version:
        return "CSL-2025"
    raise ValueError(f"unknown CSL version heading: {version!r}")


def parse_law_md(text: str, file: str = LAW_FILE) -> dict[str, ReferenceArticle]:
    """Articles of law.md. The FRT-MEASURES-2025 section is skipped: frt-texts.md supersedes it."""
    lines = text.splitlines()
    out: dict[str, ReferenceArticle] = {}
    i = 0
    while i < len(lines):
        m = _LAW_HEADING.match(lines[i])
        if not m:
            i += 1
            continue
        inst = m.group("inst")
        if inst == "CSL":
            inst = _csl_id(m.group("ver"))
        number = m.group("num") or m.group("clause")
        pid = f"{inst}:{number}"
        start = i
        i += 1
        quoted: list[str] = []
        verification = source = ""
        official = False
        while i < len(lines) and not lines[i].startswith("#"):
            line = lines[i]
            if line.startswith("Official Chinese text:"):
                official = True
            elif line.startswith("> ") and official:
                quoted.append(line[2:])
            elif line.startswith("- Verification:"):
                verification = line[len("- Verification:"):].strip()
            elif line.startswith("- Source:"):
                source = line[len("- Source:"):].strip()
            i += 1
        if inst == "FRT-MEASURES-2025":
            continue
        out[pid] = ReferenceArticle(pid, m.group("label"), "\n".join(quoted) if quoted else None,
                                    verification, source, file, start + 1)
    return out


def parse_frt_texts(text: str, file: str = FRT_FILE) -> dict[str, ReferenceArticle]:
    """Articles 1-20 of the 2025 Measures from frt-texts.md (the draft has no article text there)."""
    lines = text.splitlines()
    out: dict[str, ReferenceArticle] = {}
    in_measures = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            in_measures = line.strip() == "## Measures 2025"
            i += 1
            continue
        m = _FRT_HEADING.match(line) if in_measures else None
        if not m:
            i += 1
            continue
        pid = f"FRT-MEASURES-2025:{m.group('num')}"
        start = i
        i += 1
        paragraphs: list[str] = []
        verification = source = ""
        while i < len(lines) and not lines[i].startswith("#"):
            line = lines[i]
            if line.startswith("> "):
                paragraphs.append(line[2:])
            elif line.startswith("- Second source:"):
                verification = line[len("- Second source:"):].strip()
            elif line.startswith("- Source:"):
                source = line[len("- Source:"):].strip()
            i += 1
        if paragraphs:
            label = _FRT_LABEL.match(paragraphs[0])
            if not label or label.group(0).strip() != m.group("label"):
                raise ValueError(f"{file}:{start + 1}: article text does not start with {m.group('label')}")
            paragraphs[0] = paragraphs[0][label.end():]
        out[pid] = ReferenceArticle(pid, m.group("label"), "\n".join(paragraphs) if paragraphs else None,
                                    verification, source, file, start + 1)
    return out


def load_reference(reference_dir: Path | str) -> dict[str, ReferenceArticle]:
    """Every article of both reference files, by provision id."""
    d = Path(reference_dir)
    law, frt = d / LAW_FILE, d / FRT_FILE
    if not law.is_file() or not frt.is_file():
        raise NotFound(f"{d} does not hold {LAW_FILE} and {FRT_FILE}.",
                       "Point to the folder with the legal research files (shared/reference).")
    refs = parse_law_md(law.read_text(encoding="utf-8"), str(law))
    refs.update(parse_frt_texts(frt.read_text(encoding="utf-8"), str(frt)))
    return refs


def compare_catalog(catalog, reference: dict[str, ReferenceArticle]) -> list[TextMismatch]:
    """Every stored Chinese text (quoted, excerpt or unverified) against the reference, byte for byte."""
    problems: list[TextMismatch] = []
    for p in catalog.provisions():
        stored = p.text_zh if p.text_zh is not None else p.unverified_text_zh
        excerpts = p.excerpts
        if stored is None and not excerpts:
            continue
        ref = reference.get(p.id)
        if ref is None or ref.text_zh is None:
            problems.append(TextMismatch(p.id, "the catalog stores a text but the reference has none"))
            continue
        if stored is not None and stored.encode("utf-8") != ref.text_zh.encode("utf-8"):
            problems.append(TextMismatch(p.id, _first_difference(stored, ref.text_zh)))
        for ex in excerpts:
            if ex.text_zh not in ref.text_zh:
                problems.append(TextMismatch(p.id, f"excerpt ({ex.scope_en}) is not part of the reference text"))
    return problems


def upgrade_candidates(catalog, reference: dict[str, ReferenceArticle]) -> list[str]:
    """Provisions the reference now marks CONFIRMED with a text, but the catalog still only cites."""
    out = []
    for p in catalog.provisions():
        ref = reference.get(p.id)
        if ref and ref.text_zh and ref.verification.startswith("CONFIRMED") and not p.confirmed:
            out.append(p.id)
    return out


def _first_difference(a: str, b: str) -> str:
    for k, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"text differs at character {k}: catalog {a[max(0, k - 8):k + 8]!r}, reference {b[max(0, k - 8):k + 8]!r}"
    return f"text length differs: catalog {len(a)} characters, reference {len(b)}"
