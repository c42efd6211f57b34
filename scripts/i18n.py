#!/usr/bin/env python3
"""Qt translations: one .ts file per GUI module group, compiled to .qm beside it.

    python scripts/i18n.py update [GROUP...]  # lupdate (keeps translations), then lrelease
    python scripts/i18n.py check      # list unfinished zh_CN translations; exit 1 if any

Groups: every ``desktop/faceledger/gui/pages/<name>_page.py`` (plus ``<name>_*.py`` helpers
in pages/) is group ``<name>``; everything else under gui/ is group ``shell``. Translations are in
``resources/i18n/<group>_zh_CN.ts``; English is the source language. English plurals ("%n request(s)"
said as "1 request" / "2 requests") are in ``<group>_en.ts``, which holds only the plural messages
(lupdate -pluralonly). The app loads every ``*_<lang>.qm`` it finds.

    python scripts/i18n.py glossary   # the zh_CN translations against resources/i18n/glossary_zh.json
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "desktop" / "faceledger" / "gui"
I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN", "en")


def _tool(name: str) -> str:
    bindir = Path(sys.executable).parent
    for cand in (bindir / f"pyside6-{name}", bindir / name):
        if cand.exists():
            return str(cand)
    return f"pyside6-{name}"


def groups() -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {"shell": []}
    for f in sorted(GUI.rglob("*.py")):
        if f.parent.name == "pages" and f.name != "__init__.py":
            name = f.stem.split("_")[0]
            out.setdefault(name, []).append(f)
        elif f.parent == GUI or f.parent.name == "widgets":
            out["shell"].append(f)
    return out


def update(only: list[str] | None = None) -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for group, files in groups().items():
        if not files or (only and group not in only):
            continue
        for lang in LANGS:
            ts = I18N / f"{group}_{lang}.ts"
            extra = ["-pluralonly"] if lang == "en" else []
            subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", *extra, "-source-language", "en",
                            "-target-language", lang, *map(str, files), "-ts", str(ts)], check=True)
            if lang == "en" and ET.parse(ts).getroot().find(".//message") is None:
                ts.unlink()  # this group has no plurals: English needs no file
                ts.with_suffix(".qm").unlink(missing_ok=True)
                continue
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def _translated(tr) -> bool:
    forms = tr.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


def unfinished() -> list[str]:
    problems = []
    for ts in sorted(I18N.glob("*.ts")):
        root = ET.parse(ts).getroot()
        for ctx in root.iter("context"):
            cname = ctx.findtext("name")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished",) or not _translated(tr):
                    if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                        continue
                    problems.append(f"{ts.name}: {cname}: {msg.findtext('source')!r}")
    return problems


_CJK = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]"


def _messages(ts: Path):
    """(context, source, translation text(s) joined) of every finished message of a .ts file."""
    for ctx in ET.parse(ts).getroot().iter("context"):
        cname = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("vanished", "obsolete"):
                continue
            forms = tr.findall("numerusform")
            text = "\n".join(f.text or "" for f in forms) if forms else (tr.text or "")
            if text.strip():
                yield cname, msg.findtext("source") or "", text


def glossary_problems(glossary: Path | None = None) -> list[str]:
    """Every zh_CN translation that breaks the house style: a term translated another way, an avoided word,
    ASCII punctuation or parentheses beside Chinese, an ellipsis other than ……"""
    import json
    import re

    g = json.loads((glossary or I18N / "glossary_zh.json").read_text(encoding="utf-8"))
    ascii_punct = re.compile(rf"(?<={_CJK}) ?[,:;?!()\[\]]|[,;?!()\[\]] ?(?={_CJK})|(?<={_CJK}) ?: ")
    out = []
    for ts in sorted(I18N.glob("*_zh_CN.ts")):
        for cname, src, text in _messages(ts):
            where = f"{ts.name}: {cname}: {src[:60]!r} -> {text[:60]!r}"
            # Qt's own syntax keeps ASCII: a mnemonic "(&F)" and a file filter's "(*.zip)"
            plain = re.sub(r"\(&\w\)|\([^()]*[*{][^()]*\)|;;", " ", re.sub(r"<[^>]+>", "", text))
            for term in g["terms"]:
                if re.search(rf"\b{re.escape(term['en'])}", src, re.I) and term["zh"] not in text:
                    out.append(f"{where}: '{term['en']}' is {term['zh']}")
                for bad in term["avoid"]:
                    if bad in text:
                        out.append(f"{where}: {bad} -> {term['zh']}")
            for bad, good in g["avoid"].items():
                if bad in text:
                    out.append(f"{where}: {bad} -> {good}")
            if "..." in plain or "⋯" in plain or re.search(r"(?<!…)…(?!…)", plain):
                out.append(f"{where}: one ellipsis, ……")
            if ascii_punct.search(plain):
                out.append(f"{where}: full-width punctuation inside Chinese")
    return out


def fill(ts_path: Path, mapping: dict[str, str]) -> int:
    """Set translations for source strings found in ``mapping``; returns how many were set."""
    tree = ET.parse(ts_path)
    n = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source")
        if src in mapping:
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            value = mapping[src]
            if msg.get("numerus") == "yes":  # plural forms: one in Chinese, singular and plural in English
                forms = tr.findall("numerusform") or [ET.SubElement(tr, "numerusform")]
                values = value if isinstance(value, list) else [value] * len(forms)
                for form, text in zip(forms, values):
                    form.text = text
                tr.text = None
            else:
                tr.text = value
            tr.attrib.pop("type", None)
            n += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return n


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "update"
    if cmd == "update":
        update(sys.argv[2:] or None)  # optional: only these groups
        left = unfinished()
        print(f"updated; {len(left)} unfinished")
    elif cmd == "check":
        left = unfinished()
        print("\n".join(left) or "all translated")
        sys.exit(1 if left else 0)
    elif cmd == "glossary":
        bad = glossary_problems()
        print("\n".join(bad) or "the zh_CN translations follow the glossary")
        sys.exit(1 if bad else 0)
    elif cmd == "fill":
        # python scripts/i18n.py fill resources/i18n/x_zh_CN.ts map.json  (JSON: {"English": "中文"})
        import json

        n = fill(Path(sys.argv[2]), json.loads(Path(sys.argv[3]).read_text(encoding="utf-8")))
        subprocess.run([_tool("lrelease"), "-silent", sys.argv[2], "-qm", str(Path(sys.argv[2]).with_suffix(".qm"))],
                       check=True)
        print(f"filled {n}")
    else:
        sys.exit(__doc__)
