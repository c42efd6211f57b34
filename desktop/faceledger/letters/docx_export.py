"""A rendered letter as a Word document (python-docx), for lawyers who edit in Word or WPS.

Numbers of ordered lists are written as text so they restart per list in every editor; the fonts are
宋体 for Chinese and Times New Roman for Latin text, which Word and WPS have on Chinese systems.
"""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

from faceledger.letters.blocks import Block, parse_blocks

EAST_ASIAN_FONT = "宋体"
LATIN_FONT = "Times New Roman"


def _set_fonts(style_or_run, size_pt: float | None = None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    font = style_or_run.font
    font.name = LATIN_FONT
    if size_pt:
        font.size = Pt(size_pt)
    rpr = style_or_run.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)


def blocks_to_docx(blocks: list[Block], *, title: str = "", author: str = "",
                   created: datetime | None = None) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    normal = doc.styles["Normal"]
    _set_fonts(normal, 10.5)
    normal.paragraph_format.space_after = Pt(4)
    props = doc.core_properties
    props.title = title
    props.author = author
    props.comments = "FaceLedger"
    if created is not None:
        props.created = created
        props.modified = created

    def paragraph(b: Block, *, size: float | None = None, bold: bool = False, align=None, indent_cm: float = 0.0,
                  prefix: str = ""):
        p = doc.add_paragraph()
        if align is not None:
            p.alignment = align
        if indent_cm:
            p.paragraph_format.left_indent = Cm(indent_cm)
        runs = list(b.runs)
        if prefix:
            runs.insert(0, (prefix, False))
        for text, run_bold in runs:
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    p.add_run().add_break()
                if part:
                    r = p.add_run(part)
                    r.bold = bold or run_bold
                    if size:
                        r.font.size = Pt(size)
        return p

    for b in blocks:
        if b.kind == "h1":
            paragraph(b, size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif b.kind in ("h2", "h3"):
            p = paragraph(b, size=12 if b.kind == "h2" else 10.5, bold=True)
            p.paragraph_format.space_before = Pt(10)
        elif b.kind == "li":
            mark = f"{b.number}. " if b.ordered else "• "
            p = paragraph(b, indent_cm=0.6 * b.level, prefix=mark)
            p.paragraph_format.first_line_indent = Cm(-0.5)
        elif b.kind == "quote":
            paragraph(b, size=9.5, indent_cm=1.0)
        elif b.kind == "table" and b.rows:
            cols = max(len(r) for r in b.rows)
            table = doc.add_table(rows=len(b.rows), cols=cols)
            table.style = doc.styles["Table Grid"]
            for i, row in enumerate(b.rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
                    if i == 0:
                        for r in table.cell(i, j).paragraphs[0].runs:
                            r.bold = True
        elif b.kind == "pagebreak":
            doc.add_page_break()
        else:
            align = WD_ALIGN_PARAGRAPH.RIGHT if b.css_class == "meta" else (
                WD_ALIGN_PARAGRAPH.CENTER if b.css_class == "langnote" else None)
            p = paragraph(b, align=align, size=9.5 if b.css_class in ("note", "langnote") else None)
            if b.css_class == "sign":
                p.paragraph_format.space_before = Pt(18)
    buf = BytesIO()
    doc.save(buf)
    return buf.getvalue()


def html_to_docx(html: str, **kwargs) -> bytes:
    return blocks_to_docx(parse_blocks(html), **kwargs)
