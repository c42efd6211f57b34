"""A rendered letter as plain text (for e-mail bodies, the clipboard, .txt files and golden tests)."""

from __future__ import annotations

from faceledger.letters.blocks import Block, parse_blocks

PART_SEPARATOR = "—" * 24


def blocks_to_text(blocks: list[Block]) -> str:
    out: list[str] = []

    def para(text: str, *, gap: bool = False) -> None:
        if gap and out and out[-1] != "":
            out.append("")
        out.append(text)

    for b in blocks:
        if b.kind == "h1":
            para(b.text, gap=True)
            out.append("")
        elif b.kind in ("h2", "h3"):
            para(b.text, gap=True)
        elif b.kind == "li":
            indent = "   " * (b.level - 1)
            mark = f"{b.number}. " if b.ordered else "- "
            lines = b.text.split("\n")
            para(indent + mark + lines[0])
            out.extend(indent + " " * len(mark) + ln for ln in lines[1:])
        elif b.kind == "quote":
            out.extend("    " + ln for ln in b.text.split("\n"))
        elif b.kind == "table":
            if out and out[-1] != "":
                out.append("")
            out.extend(" | ".join(cell for cell in row) for row in b.rows)
        elif b.kind == "pagebreak":
            out.extend(["", PART_SEPARATOR, ""])
        else:
            if out and out[-1] != "":
                out.append("")
            out.extend(b.text.split("\n"))
    text = "\n".join(out).strip("\n") + "\n"
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


def html_to_text(html: str) -> str:
    return blocks_to_text(parse_blocks(html))
