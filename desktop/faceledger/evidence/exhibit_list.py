"""The exhibit list (证据目录), after SPC-EVIDENCE-2019 Art. 19 and practice (law.md, Letter essentials §E).

Columns: 序号, 证据名称, 证据来源, 证明对象, 页码, plus each file's SHA-256 and a 备注 (file name, size,
capture details). Entries are numbered in order among those with exhibits; an entry with several
files gets 1-1, 1-2, ... Page numbers run through the exhibits as they would be printed: a PDF counts
its pages, any other file one page (the lawyer adjusts them in the .docx/.csv).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from faceledger.evidence.bundle_layout import exhibit_path
from faceledger.evidence.model import CAPTURE_METHODS, ENTRY_KINDS, Entry
from faceledger.safetext import csv_cell

HEADERS_ZH = ("序号", "证据名称", "证据来源", "证明对象", "页码", "SHA-256", "备注")
HEADERS_EN = ("No.", "Name of the evidence", "Source", "What it proves", "Pages", "SHA-256", "Notes")


@dataclass(frozen=True)
class ExhibitRow:
    number: str
    name: str
    source: str
    purpose: str
    pages: str
    sha256: str
    note: str
    path: str
    entry_seq: int

    def cells(self) -> tuple[str, ...]:
        return (self.number, self.name, self.source, self.purpose, self.pages, self.sha256, self.note)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def build_rows(entries: list[Entry], page_counts: dict[str, int] | None = None, lang: str = "zh") -> list[ExhibitRow]:
    page_counts = page_counts or {}
    rows: list[ExhibitRow] = []
    number = 0
    page = 1
    for e in entries:
        if not e.exhibits:
            continue
        number += 1
        for k, ex in enumerate(e.exhibits, start=1):
            n_pages = max(1, page_counts.get(ex.sha256, 1))
            pages = str(page) if n_pages == 1 else f"{page}-{page + n_pages - 1}"
            page += n_pages
            method = CAPTURE_METHODS[ex.capture_method].get(lang) if ex.capture_method in CAPTURE_METHODS \
                else ex.capture_method
            source_bits = [e.source or ""]
            extra = ("，" if lang == "zh" else ", ").join(b for b in (method, ex.device, (("收集人：" if lang == "zh" else "collected by ")
                                                               + ex.collector) if ex.collector else None) if b)
            if extra and e.source:
                source_bits.append(f"（{extra}）" if lang == "zh" else f" ({extra})")
            elif extra:
                source_bits = [extra]
            kind = ENTRY_KINDS[e.kind].get(lang) if e.kind in ENTRY_KINDS else e.kind
            name = e.title if len(e.exhibits) == 1 else f"{e.title}（{k}/{len(e.exhibits)}）"
            note_parts = [f"{ex.filename}, {_size(ex.size)}", f"{kind}", f"第{e.seq}条记录" if lang == "zh"
                          else f"log entry {e.seq}", (f"发生于 {e.occurred_at}" if lang == "zh"
                                                      else f"occurred {e.occurred_at}")]
            if ex.captured_at:
                note_parts.append(f"采集于 {ex.captured_at}" if lang == "zh" else f"captured {ex.captured_at}")
            elif ex.file_modified:
                when = ex.file_modified.replace("T", " ").removesuffix("+00:00")
                note_parts.append(f"文件修改时间 {when} UTC" if lang == "zh" else f"file modified {when} UTC")
            if e.corrects_seq:
                note_parts.append(f"更正第{e.corrects_seq}条" if lang == "zh" else f"corrects entry {e.corrects_seq}")
            rows.append(ExhibitRow(number=f"{number}" if len(e.exhibits) == 1 else f"{number}-{k}", name=name,
                                   source="".join(source_bits).strip(), purpose=e.description or "", pages=pages,
                                   sha256=ex.sha256, note="；".join(note_parts) if lang == "zh"
                                   else "; ".join(note_parts), path=exhibit_path(ex.sha256, ex.filename),
                                   entry_seq=e.seq))
    return rows


def to_csv(rows: list[ExhibitRow], lang: str = "zh") -> bytes:
    """UTF-8 with a BOM (so that Excel and WPS open the Chinese correctly), CRLF line ends."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADERS_ZH if lang == "zh" else HEADERS_EN)
    for r in rows:  # a title like =HYPERLINK(...) must stay text in the lawyer's spreadsheet
        w.writerow([csv_cell(c) for c in r.cells()])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_docx(rows: list[ExhibitRow], case_name: str, *, lang: str = "zh", exported_at: str = "") -> bytes:
    """An editable Word/WPS document: heading, the table, and the signature/date lines Art. 19 asks for."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    style = doc.styles["Normal"]
    style.font.size = Pt(10)
    style.font.name = "SimSun"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    doc.add_heading("证据目录" if lang == "zh" else "Exhibit list (证据目录)", level=1)
    doc.add_paragraph((f"案件：{case_name}" if lang == "zh" else f"Case: {case_name}")
                      + (f"    导出时间（UTC）：{exported_at}" if lang == "zh" and exported_at
                         else f"    Exported (UTC): {exported_at}" if exported_at else ""))
    headers = HEADERS_ZH if lang == "zh" else HEADERS_EN
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    widths = (Cm(1.4), Cm(5.0), Cm(4.6), Cm(6.0), Cm(1.5), Cm(3.6), Cm(3.9))
    for i, h in enumerate(headers):
        cell = table.rows[0].cells[i]
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
        cell.width = widths[i]
    for r in rows:
        cells = table.add_row().cells
        for i, v in enumerate(r.cells()):
            text = v if i != 5 else f"{v[:32]}\n{v[32:]}"
            cells[i].text = text
            cells[i].width = widths[i]
            if i == 5:
                for run in cells[i].paragraphs[0].runs:
                    run.font.size = Pt(7)
                    run.font.name = "Courier New"
    doc.add_paragraph("")
    if lang == "zh":
        doc.add_paragraph("页码按每份非 PDF 文件一页、PDF 按其页数连续编排，请按实际装订调整。")
        doc.add_paragraph("提交人（签名或盖章）：____________________        提交日期：______年____月____日")
    else:
        doc.add_paragraph("Pages assume one page per non-PDF file and a PDF's own page count; adjust them to "
                          "the bound copy.")
        doc.add_paragraph("Submitted by (signature or seal): ____________________        Date: ____________")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
