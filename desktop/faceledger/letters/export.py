"""Write a composed letter in one format: pdf, docx, eml, txt or html (one call for CLI, GUI and batch)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

from faceledger.errors import InvalidValue
from faceledger.letters.compose import render_html
from faceledger.letters.model import Letter
from faceledger.outfile import check_output_path, write_bytes_atomic

FORMATS = ("pdf", "docx", "eml", "txt", "html")
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "eml": "message/rfc822",
    "txt": "text/plain; charset=utf-8",
    "html": "text/html; charset=utf-8",
}


@dataclass(frozen=True)
class RenderedLetter:
    """One letter in every textual form, rendered once."""

    letter: Letter
    html: str

    @property
    def text(self) -> str:
        from faceledger.letters.plaintext import html_to_text

        return html_to_text(self.html)

    @property
    def subject(self) -> str:
        return f"{self.letter.display_title}（{self.letter.reference}）" if self.letter.lang != "en" \
            else f"{self.letter.display_title} ({self.letter.reference})"


def render(letter: Letter) -> RenderedLetter:
    return RenderedLetter(letter, render_html(letter))


def default_filename(letter: Letter, fmt: str) -> str:
    return f"{letter.reference}-{letter.type}-{letter.lang}.{fmt}"


def letter_bytes(rendered: RenderedLetter, fmt: str, *, attach_pdf: bool = False) -> bytes:
    """The letter in ``fmt`` as bytes."""
    letter = rendered.letter
    if fmt == "txt":
        return rendered.text.encode("utf-8")
    if fmt == "html":
        return rendered.html.encode("utf-8")
    if fmt == "docx":
        from faceledger.letters.docx_export import html_to_docx

        return html_to_docx(rendered.html, title=letter.display_title, author=letter.sender.name,
                            created=datetime.combine(letter.date, time(12, 0)))
    if fmt == "pdf":
        from faceledger.letters.pdfdoc import letter_pdf

        return letter_pdf(rendered.html, title=letter.display_title)
    if fmt == "eml":
        from faceledger.letters.email_export import build_eml

        if letter.type == "complaint":
            to_email = letter.regulator.email if letter.regulator else None
            to_name = letter.regulator.name_zh if letter.regulator else None
        else:
            to_email, to_name = letter.holder.email, letter.holder.name_zh
        attachment = None
        if attach_pdf:
            attachment = (default_filename(letter, "pdf"), letter_bytes(rendered, "pdf"), "application/pdf")
        return build_eml(to_email=to_email, to_name=to_name, from_email=letter.sender.email,
                         from_name=letter.sender.name, subject=rendered.subject, text=rendered.text,
                         html=rendered.html, reference=letter.reference, attachment=attachment)
    raise InvalidValue(f"format: {fmt!r} is not one of {', '.join(FORMATS)}.", field="format",
                       zh=f"format：{fmt!r} 不是可用的格式；可选：{', '.join(FORMATS)}。")


def write_letter(rendered: RenderedLetter, fmt: str, out_path: str | os.PathLike[str], *,
                 attach_pdf: bool = False) -> Path:
    """Write the letter to ``out_path`` (replaced atomically)."""
    if fmt not in FORMATS:
        raise InvalidValue(f"format: {fmt!r} is not one of {', '.join(FORMATS)}.", field="format",
                           zh=f"format：{fmt!r} 不是可用的格式；可选：{', '.join(FORMATS)}。")
    out = check_output_path(out_path, "letter")
    return write_bytes_atomic(out, letter_bytes(rendered, fmt, attach_pdf=attach_pdf), "letter")


def page_counts(rendered: RenderedLetter) -> tuple[int, int]:
    """(pages, body pages) of the letter as the PDF lays it out: the body is what comes before the annex."""
    from faceledger.letters.blocks import parse_blocks
    from faceledger.letters.typeset import typeset

    doc = typeset(parse_blocks(rendered.html))
    return len(doc.pages), doc.body_pages
