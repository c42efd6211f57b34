"""Write a typeset Document (letters/typeset.py) as a PDF: one embedded TrueType subset, exact text layer.

    from faceledger.letters.pdfdoc import pdf_bytes
    data = pdf_bytes(typeset(blocks), title="删除请求")

The font is a Type0 font over a CIDFontType2: the content streams hold the shipped font's glyph ids as CIDs
(so a laid-out line is encoded once, whatever document it lands in), the CIDToGIDMap points them at the
renumbered glyphs of the embedded subset (``TrueTypeFont.subset``), and a ToUnicode CMap built from the characters
actually drawn maps every glyph back to its character, so pdftotext and copy-paste give the letter's own
text (生, not the radical ⽣). Bold is the regular glyph filled and stroked (render mode 2), as Qt and
browsers synthesise it when a font has no bold face. Streams are deflated at level 1 (level 6 makes a
bilingual letter 7 % smaller and takes twice as long).
"""

from __future__ import annotations

import hashlib
import sys
import zlib
from array import array
from datetime import datetime, timezone

from faceledger.letters.ttf import TrueTypeFont, shipped_font
from faceledger.letters.typeset import PAGE_H, PAGE_W, Document, Page

BOLD_STROKE = 0.035          # stroke width for synthetic bold, in ems


def _num(v: float) -> str:
    return f"{v:.2f}"


def _pdf_string(text: str) -> bytes:
    """A PDF text string (document info): UTF-16BE with BOM, as a hex string."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _content(page: Page) -> bytes:
    out: list[str] = []
    for r in page.rects:
        if r.fill is not None:
            out.append(f"{_num(r.fill[0])} {_num(r.fill[1])} {_num(r.fill[2])} rg "
                       f"{_num(r.x)} {_num(r.y)} {_num(r.w)} {_num(r.h)} re f")
    strokes = [r for r in page.rects if r.fill is None]
    if strokes:
        out.append(f"{_num(strokes[0].stroke)} w 0 0 0 RG")
        out.extend(f"{_num(r.x)} {_num(r.y)} {_num(r.w)} {_num(r.h)} re S" for r in strokes)
    out.append("BT")
    size = color = None
    mode = 0
    for ln in page.lines:
        if ln.size != size:
            size = ln.size
            out.append(f"/F1 {_num(size)} Tf {_num(size * BOLD_STROKE)} w")
        if ln.color != color:
            color = ln.color
            c = " ".join(_num(v) for v in color)
            out.append(f"{c} rg {c} RG")
        out.append(f"1 0 0 1 {_num(ln.x)} {_num(ln.y)} Tm")
        for seg in ln.text.segments:
            want = 2 if seg.bold else 0
            if want != mode:
                mode = want
                out.append(f"{mode} Tr")
            out.append(f"<{seg.hex}> Tj")
    out.append("ET")
    return "\n".join(out).encode("ascii")


def _to_unicode(pairs: list[tuple[int, str]]) -> bytes:
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    for i in range(0, len(pairs), 100):
        chunk = pairs[i:i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(f"<{g:04X}> <{ch.encode('utf-16-be').hex().upper()}>" for g, ch in chunk)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def _widths(font: TrueTypeFont, gids: list[int]) -> str:
    """The W array: runs of consecutive glyph ids with their advances (in 1/1000 em)."""
    scale = 1000 / font.metrics.units_per_em
    adv = font.advances
    width = (lambda g: str(adv[g])) if scale == 1 else (lambda g: _num(adv[g] * scale))
    parts: list[str] = []
    run: list[int] = []
    for g in gids:
        if run and g != run[-1] + 1:
            parts.append(f"{run[0]} [{' '.join(map(width, run))}]")
            run = []
        run.append(g)
    if run:
        parts.append(f"{run[0]} [{' '.join(map(width, run))}]")
    return "[" + " ".join(parts) + "]"


def pdf_bytes(doc: Document, *, title: str | None = None, creator: str = "FaceLedger",
              created: datetime | None = None, font: TrueTypeFont | None = None) -> bytes:
    font = font or shipped_font()
    glyph_of: dict[int, str] = {}
    for ch in sorted(doc.chars):
        g = font.gid(ch)
        if g and g not in glyph_of:
            glyph_of[g] = " " if ch.isspace() else ch
    gids = sorted(glyph_of)
    font_len, font_stream, new_id = font.subset_deflated(gids)
    cid_to_gid = array("H", bytes(2 * (max(gids, default=0) + 1)))
    for g, n in new_id.items():
        if g < len(cid_to_gid):
            cid_to_gid[g] = n
    if sys.byteorder == "little":
        cid_to_gid.byteswap()
    tag = "".join(chr(65 + b % 26) for b in hashlib.sha256(bytes(str(gids), "ascii")).digest()[:6])
    m = font.metrics
    k = 1000 / m.units_per_em
    base_font = f"{tag}+{m.postscript_name}"

    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "", *, level: int = 1) -> bytes:
        packed = zlib.compress(data, level)
        return (f"<< /Length {len(packed)} /Filter /FlateDecode {extra}>>\nstream\n".encode("ascii")
                + packed + b"\nendstream")

    catalog = add(b"")
    pages_id = add(b"")
    font_file = add(f"<< /Length {len(font_stream)} /Filter /FlateDecode /Length1 {font_len} >>\nstream\n"
                    .encode("ascii") + font_stream + b"\nendstream")
    descriptor = add((f"<< /Type /FontDescriptor /FontName /{base_font} /Flags 4 "
                      f"/FontBBox [{' '.join(_num(v * k) for v in m.bbox)}] /ItalicAngle 0 "
                      f"/Ascent {_num(m.ascent * k)} /Descent {_num(m.descent * k)} "
                      f"/CapHeight {_num(m.cap_height * k)} /StemV 80 /FontFile2 {font_file} 0 R >>").encode("ascii"))
    cid_map = add(stream(cid_to_gid.tobytes()))
    cid_font = add((f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base_font} "
                    f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                    f"/FontDescriptor {descriptor} 0 R /CIDToGIDMap {cid_map} 0 R /DW 1000 "
                    f"/W {_widths(font, gids)} >>").encode("ascii"))
    to_unicode = add(stream(_to_unicode(sorted(glyph_of.items()))))
    type0 = add((f"<< /Type /Font /Subtype /Type0 /BaseFont /{base_font} /Encoding /Identity-H "
                 f"/DescendantFonts [{cid_font} 0 R] /ToUnicode {to_unicode} 0 R >>").encode("ascii"))
    page_ids = []
    for page in doc.pages:
        contents = add(stream(_content(page)))
        page_ids.append(add((f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {_num(PAGE_W)} {_num(PAGE_H)}] "
                             f"/Resources << /Font << /F1 {type0} 0 R >> >> /Contents {contents} 0 R >>")
                            .encode("ascii")))
    objects[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] "
                             f"/Count {len(page_ids)} >>").encode("ascii")
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode("ascii")
    when = (created or datetime.now(timezone.utc)).astimezone(timezone.utc)
    info_parts = [b"<< /Creator ", _pdf_string(creator), b" /Producer ", _pdf_string("FaceLedger PDF writer"),
                  f" /CreationDate (D:{when:%Y%m%d%H%M%S}Z)".encode("ascii")]
    if title:
        info_parts += [b" /Title ", _pdf_string(title)]
    info = add(b"".join(info_parts) + b" >>")

    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += b"".join(f"{o:010d} 00000 n \n".encode("ascii") for o in offsets)
    doc_id = hashlib.sha256(bytes(out)).hexdigest()[:32]
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R "
            f"/ID [<{doc_id}> <{doc_id}>] >>\nstartxref\n{xref}\n%%EOF\n").encode("ascii")
    return bytes(out)


def letter_pdf(html: str, *, title: str | None = None, created: datetime | None = None) -> bytes:
    """A rendered letter's HTML as PDF bytes.

    The letter's blocks are typeset here with the shipped font. If the letter holds a character that font
    lacks (a rare ideograph in a name, an emoji), it goes through Qt's renderer instead (letters/pdf.py),
    which can fall back to the system's fonts, so nothing is printed as an empty box that a font on this
    machine could draw.
    """
    from faceledger import APP_NAME, __version__
    from faceledger.letters.blocks import parse_blocks
    from faceledger.letters.typeset import typeset_if_drawable

    doc = typeset_if_drawable(parse_blocks(html))
    if doc is None:
        from faceledger.letters.pdf import render_pdf_bytes

        return render_pdf_bytes(html, title=title)
    return pdf_bytes(doc, title=title, creator=f"{APP_NAME} {__version__}", created=created)
