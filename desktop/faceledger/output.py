"""Printing for the CLI: JSON (UTF-8, not escaped) and plain aligned tables."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any


def json_text(obj: Any) -> str:
    """JSON as readable UTF-8 (CJK kept), with every character a terminal could act on (C0/C1 controls, bidi
    overrides, line separators) and every lone surrogate (a file-name byte that is not UTF-8) written as a
    ``\\uXXXX`` escape: the same data, valid UTF-8, and nothing in it can move the cursor or reorder text."""
    from faceledger.safetext import UNSAFE_KEEP_LINES

    return UNSAFE_KEEP_LINES.sub(lambda m: f"\\u{ord(m.group(0)):04x}",
                      json.dumps(obj, ensure_ascii=False, indent=2, default=str))


def print_json(obj: Any) -> None:
    sys.stdout.write(json_text(obj))
    sys.stdout.write("\n")


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    from faceledger.safetext import for_terminal

    rows = [["" if v is None else for_terminal(v) for v in r] for r in rows]
    widths = [_width(h) for h in headers]
    for r in rows:
        for i, v in enumerate(r):
            widths[i] = max(widths[i], _width(v))

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c + " " * (widths[i] - _width(c)) for i, c in enumerate(cells)).rstrip()

    print(line(headers))
    print(line(["-" * w for w in widths]))
    for r in rows:
        print(line(r))
