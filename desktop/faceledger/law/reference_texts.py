"""Read the research reference files (law.md, frt-texts.md, law-additions.md) and compare the catalog's texts.

The catalog (resources/law/*.json) is the app's data; the reference files are where its Chinese texts
came from. ``compare_catalog`` checks, byte for byte, that every text the catalog stores is the text
of the reference, so a text can be upgraded (or a typo caught) by re-running
``faceledger law verify REFERENCE_DIR`` or the test suite.

Only structure is normalised: a quoted article is the reference's ``> `` lines joined by newlines
(frt-texts.md separates paragraphs by an empty ``>`` line and starts with the label ``第N条 ``, which
is not part of the text); law-additions.md gives each article body in a fenced ``text`` block, one
paragraph or item a line, without its label. No character is changed.

law-additions.md confirms texts that law.md had from one copy only (SPC-FR-2021 Arts. 2, 4, 6, 11, 12) and
adds new ones (the Minors Protection Law, the Public Security Administration Punishment Law, the
Administrative Penalty Law, more of the Civil Code and the PIPL); where it covers an article of law.md its
verdict is the newer one. Its Measures entries repeat frt-texts.md (the same single capture) and are left
to frt-texts.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from faceledger.errors import NotFound

LAW_FILE = "law.md"
FRT_FILE = "frt-texts.md"
ADDITIONS_FILE = "law-additions.md"

# "#### PIPL Art. 47（第四十七条）", "#### CSL (2016 text, old numbering) Art. 41（第四十一条）",
# "#### GBT35273-2020 clause 8.7"
_LAW_HEADING = re.compile(r"^#### (?P<inst>[A-Z0-9-]+)(?P<csl> \((?P<ver>[^)]*)\))? "
                          r"(?:Art\. (?P<num>\d+)（(?P<label>第[^）]+条)）|clause (?P<clause>[\d.]+))\s*$")
_FRT_HEADING = re.compile(r"^### Article (?P<num>\d+)（(?P<label>第[^）]+条)）\s*$")
_FRT_LABEL = re.compile(r"^第[零一二三四五六七八九十百千]+条 ")
# "#### MPL-2020 Art. 72 — processing of minors' ...", "#### CIVIL-CODE Art. 23 — ..."
_ADD_HEADING = re.compile(r"^#### (?P<inst>[A-Z][A-Z0-9-]*) Art\. (?P<num>\d+) — ")
_ADD_LABEL = re.compile(r"^Article label: (?P<label>第[零一二三四五六七八九十百千]+条)")


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


def parse_law_additions(text: str, file: str = ADDITIONS_FILE) -> dict[str, ReferenceArticle]:
    """Articles of law-additions.md: the fenced block under each "#### ID Art. N — ..." heading.

    The Measures (FRT-MEASURES-2025) are skipped: frt-texts.md has them, from the same capture.
    """
    lines = text.splitlines()
    out: dict[str, ReferenceArticle] = {}
    i = 0
    while i < len(lines):
        m = _ADD_HEADING.match(lines[i])
        if not m:
            i += 1
            continue
        pid = f"{m.group('inst')}:{m.group('num')}"
        start = i
        i += 1
        label = None
        block: list[str] | None = None
        in_block = False
        verification = source = ""
        in_sources = False
        while i < len(lines) and not lines[i].startswith("#"):
            line = lines[i]
            if in_block:
                if line.startswith("```"):
                    in_block = False
                else:
                    block.append(line)  # type: ignore[union-attr]
            elif line.startswith("```text") and block is None:
                in_block, block = True, []
            elif (lm := _ADD_LABEL.match(line)):
                label = lm.group("label")
            elif line.startswith("Confidence:"):
                verification = line[len("Confidence:"):].strip()
                in_sources = False
            elif line.startswith("Sources:"):
                in_sources = True
            elif in_sources and line.startswith("- ") and not source:
                source = line[2:].strip()
            i += 1
        if m.group("inst") == "FRT-MEASURES-2025":
            continue
        out[pid] = ReferenceArticle(pid, label, "\n".join(block) if block else None, verification, source, file,
                                    start + 1)
    return out


def load_reference(reference_dir: Path | str) -> dict[str, ReferenceArticle]:
    """Every article of the three reference files, by provision id (law-additions.md over law.md)."""
    d = Path(reference_dir)
    law, frt, additions = d / LAW_FILE, d / FRT_FILE, d / ADDITIONS_FILE
    if not law.is_file() or not frt.is_file() or not additions.is_file():
        raise NotFound(f"{d} does not hold {LAW_FILE}, {FRT_FILE} and {ADDITIONS_FILE}.",
                       "Point to the folder with the legal research files (shared/reference).",
                       zh=f"{d} 中没有 {LAW_FILE}、{FRT_FILE} 和 {ADDITIONS_FILE}。",
                       hint_zh="请指向存放法律研究资料的文件夹（shared/reference）。")
    refs = parse_law_md(law.read_text(encoding="utf-8"), str(law))
    refs.update(parse_frt_texts(frt.read_text(encoding="utf-8"), str(frt)))
    refs.update(parse_law_additions(additions.read_text(encoding="utf-8"), str(additions)))
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
