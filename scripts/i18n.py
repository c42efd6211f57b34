#!/usr/bin/env python3
"""Qt translations: one .ts file per GUI module group, compiled to .qm beside it.

    python scripts/i18n.py update [GROUP...]  # lupdate (keeps translations), then lrelease
    python scripts/i18n.py check      # list unfinished zh_CN translations; exit 1 if any

Groups: every ``desktop/faceledger/gui/pages/<name>_page.py`` (plus ``<name>_*.py`` helpers
in pages/) is group ``<name>``; everything else under gui/ is group ``shell``. Translations are in
``resources/i18n/<group>_zh_CN.ts``; English is the source language. The app loads every
``*_<lang>.qm`` it finds.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "desktop" / "faceledger" / "gui"
I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN",)


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
            subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-source-language", "en",
                            "-target-language", lang, *map(str, files), "-ts", str(ts)], check=True)
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def unfinished() -> list[str]:
    problems = []
    for ts in sorted(I18N.glob("*.ts")):
        root = ET.parse(ts).getroot()
        for ctx in root.iter("context"):
            cname = ctx.findtext("name")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                text = (tr.text or "").strip() if tr is not None else ""
                if tr is not None and msg.get("numerus") == "yes":  # %n plurals: one form per numerusform
                    text = "".join((f.text or "").strip() for f in tr.findall("numerusform"))
                if tr is None or tr.get("type") in ("unfinished",) or not text:
                    if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                        continue
                    problems.append(f"{ts.name}: {cname}: {msg.findtext('source')!r}")
    return problems


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
            tr.text = mapping[src]
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
    elif cmd == "fill":
        # python scripts/i18n.py fill resources/i18n/x_zh_CN.ts map.json  (JSON: {"English": "中文"})
        import json

        n = fill(Path(sys.argv[2]), json.loads(Path(sys.argv[3]).read_text(encoding="utf-8")))
        subprocess.run([_tool("lrelease"), "-silent", sys.argv[2], "-qm", str(Path(sys.argv[2]).with_suffix(".qm"))],
                       check=True)
        print(f"filled {n}")
    else:
        sys.exit(__doc__)
