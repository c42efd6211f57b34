"""render_pdf: embedded CJK font, exact Chinese text layer, no QApplication needed, atomic writes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from faceledger.errors import FaceLedgerError
from faceledger.letters.pdf import font_family, render_pdf

from tests.letters.poppler import pdf_pages, pdffonts, pdftotext, radicals

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = "尊敬的先生：依据《中华人民共和国个人信息保护法》第四十七条，请删除我的人脸信息。日月生长，兵。"


def test_chinese_text_layer_is_exact_and_font_embedded(tmp_path, qapp):
    out = render_pdf(f"<h1>删除请求</h1><p>{SAMPLE}</p><p>Dear Sir or Madam, <b>bold</b>.</p>",
                     tmp_path / "a.pdf", title="删除请求")
    text = pdftotext(out)
    assert SAMPLE in text.replace("\n", "")
    assert "删除请求" in text and "Dear Sir or Madam" in text
    assert radicals(text) == []  # 生 not ⽣, 日 not ⽇ (stack.md §11)
    fonts = pdffonts(out)
    assert fonts, "no font in the PDF"
    assert all(f["emb"] == "yes" for f in fonts), fonts
    assert any(f["name"].endswith("NotoSansSC-Regular") for f in fonts), fonts
    assert out.stat().st_size < 60_000  # glyph subset only, not the 8 MB font


def test_family_is_the_shipped_font(qapp):
    assert font_family() == "Noto Sans SC"


def test_long_html_paginates(tmp_path, qapp):
    html = "".join(f"<p>第{i}段：{SAMPLE}</p>" for i in range(120))
    out = render_pdf(html, tmp_path / "long.pdf")
    assert pdf_pages(out) > 1
    assert "第119段" in pdftotext(out)


def test_missing_folder_is_a_clear_error_and_leaves_nothing(tmp_path, qapp):
    with pytest.raises(FaceLedgerError, match="does not exist"):
        render_pdf("<p>x</p>", tmp_path / "nope" / "a.pdf")
    render_pdf("<p>x</p>", tmp_path / "b.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["b.pdf"]  # no .part left behind


def test_works_without_qapplication_and_without_any_system_font(tmp_path):
    """A fresh process: no QApplication, no display, and fontconfig given no fonts at all."""
    fc = tmp_path / "fonts.conf"
    fc.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                  f'<cachedir>{tmp_path / "fc-cache"}</cachedir></fontconfig>')
    out = tmp_path / "fresh.pdf"
    code = textwrap.dedent(f"""
        from PySide6.QtGui import QGuiApplication
        assert QGuiApplication.instance() is None
        from faceledger.letters.pdf import render_pdf, ensure_gui_app
        render_pdf({("<p>" + SAMPLE + "</p>")!r}, {str(out)!r})
        app = QGuiApplication.instance()
        assert app is not None and ensure_gui_app() is app  # one application, reused
        print("ok")
    """)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["FONTCONFIG_FILE"] = str(fc)
    env["PYTHONPATH"] = str(ROOT / "desktop")
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert r.returncode == 0, r.stderr
    assert SAMPLE in pdftotext(out).replace("\n", "")
    assert all(f["emb"] == "yes" for f in pdffonts(out))


def test_refuses_to_create_the_application_from_a_worker_thread(tmp_path):
    code = textwrap.dedent(f"""
        import threading
        from faceledger.errors import FaceLedgerError
        from faceledger.letters.pdf import render_pdf
        result = []
        def work():
            try:
                render_pdf("<p>x</p>", {str(tmp_path / "t.pdf")!r})
            except FaceLedgerError as err:
                result.append(str(err))
        t = threading.Thread(target=work); t.start(); t.join()
        print(result[0])
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "desktop"))
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert r.returncode == 0, r.stderr
    assert "main thread" in r.stdout


def test_renders_from_a_worker_thread_once_the_app_exists(tmp_path, qapp):
    import threading

    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            render_pdf(f"<p>{SAMPLE} {i}</p>", tmp_path / f"w{i}.pdf")
        except BaseException as err:  # noqa: BLE001
            errors.append(err)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for i in range(3):
        assert f"{SAMPLE} {i}" in pdftotext(tmp_path / f"w{i}.pdf").replace("\n", "")


def test_latin_digits_and_ligatures_extract_exactly(tmp_path, qapp):
    """locl swapped digits in Latin runs for unmapped glyphs, liga gave U+FB03; both removed from the font."""
    samples = ["FL-20261120-TEST01", "abc 123 def", "A1", "office file flow…", "会员卡 0012345",
               "".join(chr(c) for c in range(0x21, 0x7F))]
    out = render_pdf("".join(f"<p>{s.replace('&', '&amp;').replace('<', '&lt;')}</p>" for s in samples),
                     tmp_path / "latin.pdf")
    text = pdftotext(out).replace("\n", "")
    for s in samples:
        assert s in text, (s, text)
