"""FaceLedger's own letter PDFs: the font subset, the text layer, line breaking, pages, and the Qt fallback."""

from __future__ import annotations

import io
import subprocess

import pytest
from faceledger.letters.blocks import Block, parse_blocks
from faceledger.letters.pdfdoc import letter_pdf, pdf_bytes
from faceledger.letters.ttf import shipped_font
from faceledger.letters.typeset import (BODY_BOTTOM, BODY_TOP, MARGIN, NO_END, NO_START, TEXT_W, _lines, _shaper,
                                        missing_characters, typeset)

from tests.letters.poppler import pdffonts, pdftotext

ZH = "个人信息处理者应当建立便捷的个人行使权利的申请受理和处理机制。拒绝个人行使权利的请求的，应当说明理由。"
EN = "Dear Sir or Madam, please delete my face data (TEST01, abc 123) from every office and backup."


def _write(tmp_path, data: bytes, name: str = "l.pdf"):
    out = tmp_path / name
    out.write_bytes(data)
    return out


def _info(path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "Syntax Error" not in out.stderr, out.stderr
    return dict(ln.split(":", 1) for ln in out.stdout.splitlines() if ":" in ln)


def test_text_layer_is_the_letter_and_the_font_is_an_embedded_subset(tmp_path):
    html = f"<h1>删除请求</h1><p>{ZH}</p><p>{EN} <b>粗体 bold</b>。</p><blockquote>“生日月人民”</blockquote>"
    out = _write(tmp_path, letter_pdf(html, title="删除请求"))
    fonts = pdffonts(out)
    assert len(fonts) == 1 and fonts[0]["emb"] == "yes" and fonts[0]["sub"] == "yes" and fonts[0]["uni"] == "yes"
    assert fonts[0]["name"].endswith("+NotoSansSC-Regular")
    layer = pdftotext(out)
    flat = "".join(layer.split())
    for piece in ("删除请求", ZH, EN, "粗体bold", "“生日月人民”"):
        assert "".join(piece.split()) in flat, piece
    assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in layer)  # no Kangxi/radical look-alikes
    info = _info(out)
    assert info["Title"].strip() == "删除请求" and info["Pages"].strip() == "1"
    assert "FaceLedger" in info["Producer"]


def test_subset_glyphs_are_the_fonts_own_outlines():
    from fontTools.ttLib import TTFont

    font = shipped_font()
    chars = "生日A"
    gids = [font.gid(c) for c in chars]
    data, new_id = font.subset(gids)
    sub = TTFont(io.BytesIO(data), checkChecksums=2)  # raises on a wrong table checksum
    full = TTFont(str(__import__("faceledger.letters.pdf", fromlist=["font_path"]).font_path()))
    assert sub["maxp"].numGlyphs == len(new_id) == 4  # .notdef + 3
    order_full, order_sub = full.getGlyphOrder(), sub.getGlyphOrder()
    for g in gids:
        a = full["glyf"][order_full[g]]
        b = sub["glyf"][order_sub[new_id[g]]]
        assert a.getCoordinates(full["glyf"])[0] == b.getCoordinates(sub["glyf"])[0]
        assert sub["hmtx"][order_sub[new_id[g]]] == full["hmtx"][order_full[g]]


def test_lines_fit_the_width_and_keep_the_chinese_line_breaking_rules():
    font = shipped_font()
    sh = _shaper(font)
    text = ("本人请求删除（包括备份）。" * 30) + " an e-mail address like someone.with.a.very.long.name@example.com.cn "
    width = 200.0
    lines = _lines(((text, False),), 10.5, width, id(font))
    assert len(lines) > 5
    rebuilt = []
    inv = {v: k for k, v in sh.hex.items()}
    for lt in lines:
        assert lt.width * 10.5 / 1000 <= width + 0.01
        s = "".join(inv[seg.hex[i:i + 4]] for seg in lt.segments for i in range(0, len(seg.hex), 4))
        rebuilt.append(s)
        assert s[:1] not in NO_START, s
        assert s[-1:] not in NO_END, s
    assert "".join(rebuilt).replace(" ", "") == text.replace(" ", "")
    # a Latin word narrower than the line is never cut; one wider than the line (the address) is
    for word in ("an", "e-mail", "address", "like"):
        assert any(word in r.split() for r in rebuilt), word
    assert not any("someone.with.a.very.long.name@example.com.cn" in r for r in rebuilt)


def test_pages_break_and_keep_headings_with_their_text(tmp_path):
    blocks = []
    for i in range(40):
        blocks.append(Block("h2", [(f"第{i}节", False)]))
        if i % 2:
            blocks.append(Block("h3", [(f"（{i}）小节", False)]))
        blocks.append(Block("p", [(ZH * (i % 4 + 1), False)]))
    doc = typeset(blocks)
    assert len(doc.pages) > 3
    for page in doc.pages:
        body = [ln for ln in page.lines if ln.y > BODY_BOTTOM]  # not the page number
        assert all(BODY_BOTTOM - 1 <= ln.y <= BODY_TOP for ln in body)
        assert all(MARGIN - 20 <= ln.x and ln.x + ln.text.width * ln.size / 1000 <= MARGIN + TEXT_W + 0.01
                   for ln in body)
        # a heading is never the last line of a page (h2 is 11.5 pt; h3 is the only other bold line)
        last = body[-1]
        assert last.size != 11.5 and not any(seg.bold for seg in last.text.segments), page
    out = _write(tmp_path, pdf_bytes(doc))
    layer = pdftotext(out)
    assert f"1 / {len(doc.pages)}".replace(" ", "") in layer.replace(" ", "")
    assert layer.count("\f") == len(doc.pages)


def test_a_table_repeats_its_header_on_the_next_page(tmp_path):
    rows = "".join(f"<tr><td>{i}</td><td>证据{i}</td><td>投诉人</td><td>{ZH}</td><td>2026年1月{i % 28 + 1}日</td></tr>"
                   for i in range(1, 40))
    html = (f"<p>{ZH}</p><table class='evidence'><tr><th>序号</th><th>证据名称</th><th>来源</th><th>证明内容</th>"
            f"<th>日期</th></tr>{rows}</table><p>此致</p>")
    out = _write(tmp_path, letter_pdf(html))
    pages = pdftotext(out).split("\f")
    assert len([p for p in pages if p.strip()]) >= 2
    assert all("证明内容" in p for p in pages if "证据" in p)
    assert "此致" in pages[-2] or "此致" in pages[-1]


def test_a_character_the_font_lacks_goes_through_qt_with_system_fonts(tmp_path, qapp):
    html = "<p>申请人：王𠀀 😀</p>"
    assert missing_characters(parse_blocks(html)) == {"𠀀", "😀"}
    out = _write(tmp_path, letter_pdf(html, title="x"))
    assert "FaceLedger PDF writer" not in _info(out).get("Producer", "")
    assert "申请人" in pdftotext(out)


def test_same_letter_same_pages(tmp_path):
    from datetime import datetime, timezone

    html = f"<h1>删除请求</h1><p>{ZH}</p><p>{EN}</p>"
    when = datetime(2026, 11, 20, tzinfo=timezone.utc)
    assert letter_pdf(html, created=when) == letter_pdf(html, created=when)


@pytest.mark.parametrize("html", ["", "<p></p>", "<p>\n\n</p>"])
def test_an_empty_letter_is_one_blank_page_not_a_crash(tmp_path, html):
    out = _write(tmp_path, letter_pdf(html))
    assert _info(out)["Pages"].strip() == "1"


def test_the_deflated_subset_is_the_subset():
    import zlib

    font = shipped_font()
    for text in ("生日A", "个人信息保护法 Personal Information", "生日B"):  # the second call reuses kept glyphs
        gids = [font.gid(c) for c in text]
        length, stream, new_id = font.subset_deflated(gids)
        data, new_id2 = font.subset(gids)
        assert zlib.decompress(stream) == data and length == len(data) and new_id == new_id2


def test_a_table_column_is_at_least_as_wide_as_its_longest_word(tmp_path):
    """The column's minimum is its longest word; a word exactly that wide must not be cut (float round trip)."""
    long = "I made the request to the respondent, which refused and did not answer any of my later letters"
    rows = "".join(f"<tr><td>{i}</td><td>My deletion request and the record of sending it</td>"
                   f"<td>Complainant</td><td>{long}</td><td>18 October 2019</td></tr>" for i in range(1, 4))
    html = (f"<table class='evidence'><tr><th>No.</th><th>Item</th><th>Source</th><th>What it shows</th>"
            f"<th>Date</th></tr>{rows}</table>")
    layer = pdftotext(_write(tmp_path, letter_pdf(html)))
    assert layer.count("Complainant") == 3, layer
