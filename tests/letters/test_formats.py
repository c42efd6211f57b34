"""Every format says the same words: PDF (pdffonts, pdftotext), DOCX (python-docx), .eml (email), text."""

from __future__ import annotations

import email
import re
from email import policy

import pytest
from faceledger.letters.export import letter_bytes, render, write_letter

from tests.letters.conftest import FACT_SETS, FITTING, make_letter
from tests.letters.poppler import pdffonts, pdftotext, radicals

_MARK = re.compile(r"^(\d+\. |- )")


def _norm(s: str) -> str:
    """Whitespace out; hyphens too, since pdftotext joins a word hyphenated at a line end ("personal-\ninformation")."""
    return re.sub(r"[\s-]+", "", s)


def _lines(text: str, *, cells: bool = True) -> list[str]:
    """The text's lines without list marks (PDF lists draw their bullets, DOCX writes its own);
    table rows are split into cells (the PDF draws the grid, not the " | ") or left out."""
    out = []
    for ln in text.splitlines():
        ln = _MARK.sub("", ln.strip())
        if not ln or set(ln) <= {"—"}:
            continue
        if " | " in ln:
            if cells:
                out.extend(c for c in ln.split(" | ") if c.strip())
        else:
            out.append(ln)
    return out


def _cells(text: str) -> list[str]:
    return [c for ln in text.splitlines() if " | " in ln for c in ln.split(" | ") if c.strip()]


def _in_order(needle: str, hay: str) -> bool:
    """needle's characters appear in order in hay, close together (a wrapped table cell: pdftotext
    interleaves the lines of neighbouring cells)."""
    start = hay.find(needle[0])
    while start >= 0:
        pos, ok = start, True
        for ch in needle[1:]:
            nxt = hay.find(ch, pos + 1)
            if nxt < 0 or nxt - pos > 80:
                ok = False
                break
            pos = nxt
        if ok:
            return True
        start = hay.find(needle[0], start + 1)
    return False


def _without_page_numbers(layer: str) -> str:
    """pdftotext puts each page's number ("3 / 11" at the foot) before the page break."""
    return re.sub(r"\n\d+\s*/\s*\d+\s*\f", "\n", layer)


@pytest.mark.parametrize(("facts", "letter_type"), FITTING)
def test_pdf_text_layer_matches_the_letter(tmp_path, qapp, facts, letter_type):
    rendered = render(make_letter(facts, letter_type, "bilingual"))
    out = write_letter(rendered, "pdf", tmp_path / "l.pdf")
    fonts = pdffonts(out)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts
    layer = pdftotext(out)
    assert radicals(layer) == []
    flat = _norm(_without_page_numbers(layer))
    missing = [ln for ln in _lines(rendered.text, cells=False) if _norm(ln) not in flat]
    assert missing == [], missing[:5]
    missing = [c for c in _cells(rendered.text) if not _in_order(_norm(c), flat)]
    assert missing == [], missing[:5]


@pytest.mark.parametrize("facts", FACT_SETS)
def test_docx_holds_every_line(facts):
    import io

    import docx

    rendered = render(make_letter(facts, "complaint", "bilingual"))
    d = docx.Document(io.BytesIO(letter_bytes(rendered, "docx")))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        parts += [" | ".join(c.text for c in row.cells) for row in t.rows]
    flat = _norm("\n".join(parts))
    missing = [ln for ln in _lines(rendered.text) if _norm(ln) not in flat]
    assert missing == [], missing[:5]
    assert d.core_properties.title == rendered.letter.display_title
    assert d.sections[0].page_width.cm == pytest.approx(21.0, abs=0.01)


def test_eml_is_addressed_to_the_holder_and_parses():
    rendered = render(make_letter("gym_2024", "deletion", "bilingual"))
    msg = email.message_from_bytes(letter_bytes(rendered, "eml"), policy=policy.default)
    assert msg["To"].addresses[0].addr_spec == "privacy@gym.example"
    assert msg["To"].addresses[0].display_name == "某某健身有限公司"
    assert msg["From"].addresses[0].addr_spec == "liming@example.com"
    assert msg["From"].addresses[0].display_name == "李明"
    assert "个人信息删除请求书" in msg["Subject"] and "FL-20261120-GYM024" in msg["Subject"]
    assert msg["X-FaceLedger-Reference"] == "FL-20261120-GYM024"
    assert msg["Message-ID"] and msg["Date"]
    plain = msg.get_body(("plain",))
    assert plain.get_content_charset() == "utf-8"
    assert plain.get_content().replace("\r\n", "\n") == rendered.text
    html = msg.get_body(("html",))
    assert "个人信息删除请求书" in html.get_content()


def test_eml_can_carry_the_pdf(qapp):
    rendered = render(make_letter("gym_2024", "withdrawal", "zh"))
    msg = email.message_from_bytes(letter_bytes(rendered, "eml", attach_pdf=True), policy=policy.default)
    atts = list(msg.iter_attachments())
    assert [a.get_filename() for a in atts] == ["FL-20261120-GYM024-withdrawal-zh.pdf"]
    assert atts[0].get_content().startswith(b"%PDF")


def test_complaint_eml_goes_to_the_regulator():
    rendered = render(make_letter("airport_2025_09", "complaint", "zh"))
    msg = email.message_from_bytes(letter_bytes(rendered, "eml"), policy=policy.default)
    assert msg["To"].addresses[0].addr_spec == "complaints@cac.example"


def test_eml_without_recipient_address_is_a_clear_error():
    from faceledger.errors import FaceLedgerError

    rendered = render(make_letter("guo_bing_2019", "deletion", "zh"))  # the park has no e-mail on file
    with pytest.raises(FaceLedgerError, match="no e-mail address"):
        letter_bytes(rendered, "eml")


def test_text_and_html_files(tmp_path):
    rendered = render(make_letter("bank_2021_10", "access", "en"))
    t = write_letter(rendered, "txt", tmp_path / "a.txt")
    h = write_letter(rendered, "html", tmp_path / "a.html")
    assert t.read_text(encoding="utf-8") == rendered.text
    assert h.read_text(encoding="utf-8") == rendered.html
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "a.txt"]


@pytest.mark.parametrize("lang, title", [("zh", "个人信息查阅、复制及解释说明请求书"),
                                         ("en", "Request to access, copy and explain personal information"),
                                         ("bilingual", "个人信息查阅、复制及解释说明请求书")])
def test_first_page_starts_with_the_title(tmp_path, qapp, lang, title):
    """A one-language letter has no page break before its only part (an English letter once began blank)."""
    import subprocess

    out = write_letter(render(make_letter("airport_2025_09", "access", lang)), "pdf", tmp_path / "a.pdf")
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert " ".join(first.split()).startswith(title), first[:200]
    if lang == "bilingual":  # the English part starts on a new page
        layer = pdftotext(out)
        page_of_en = layer[:layer.index("Request to access, copy")].count("\f")
        assert page_of_en >= 1 and "\fRequest to access, copy" in layer
