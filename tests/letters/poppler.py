"""pdftotext / pdffonts / pdftoppm (poppler-utils, in ./dev's TEST_DEBS) for checking PDFs as a reader sees them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def _need(tool: str) -> str:
    exe = shutil.which(tool)
    if exe is None:
        pytest.skip(f"{tool} not installed (poppler-utils; ./dev test installs it)")
    return exe


def pdftotext(path: Path, *, layout: bool = False) -> str:
    args = [_need("pdftotext"), "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def pdffonts(path: Path) -> list[dict[str, str]]:
    """One dict per font: name, type, emb, sub, uni."""
    out = subprocess.run([_need("pdffonts"), str(path)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) < 7:
            continue
        # name type... encoding emb sub uni objnum gen: read from the right
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3],
                     "type": " ".join(parts[1:-6])})
    return rows


def pdf_pages(path: Path) -> int:
    out = subprocess.run([_need("pdfinfo"), str(path)], check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError(f"pdfinfo gave no page count for {path}")


def radicals(text: str) -> list[str]:
    """Characters from the Kangxi/CJK radical, stroke and compatibility blocks (the Qt text-layer bug)."""
    ranges = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0x31C0, 0x31EF), (0xF900, 0xFAFF))
    return [c for c in text if any(a <= ord(c) <= b for a, b in ranges)]
