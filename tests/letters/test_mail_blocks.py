"""mailto links with their fallback, and the HTML reader the text/DOCX exporters share."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlparse

from faceledger.letters.blocks import parse_blocks
from faceledger.letters.email_export import MAILTO_MAX_CHARS, mailto_link
from faceledger.letters.export import render

from tests.letters.conftest import make_letter


def test_short_body_fits_in_mailto():
    link = mailto_link("privacy@gym.example", "删除请求", "请删除我的人脸信息。\n李明")
    assert link.complete
    u = urlparse(link.url)
    assert u.scheme == "mailto" and unquote(u.path) == "privacy@gym.example"
    q = parse_qs(u.query)
    assert q["subject"] == ["删除请求"] and q["body"] == ["请删除我的人脸信息。\r\n李明"]


def test_long_letter_falls_back_to_the_clipboard():
    text = render(make_letter("gym_2024", "deletion", "bilingual")).text
    link = mailto_link("privacy@gym.example", "删除请求", text)
    assert not link.complete and len(link.url) <= MAILTO_MAX_CHARS
    assert link.body == text
    assert "剪贴板" in parse_qs(urlparse(link.url).query)["body"][0]


def test_blocks_reader():
    html = ("<html><head><style>p{}</style></head><body><div class='part-zh'><h1>标题</h1>"
            "<p class='meta'>编号：A<br>日期：B</p><ol><li>一<ul><li>甲</li></ul></li><li>二</li></ol>"
            "<blockquote>“引文”</blockquote><table><tr><th>序号</th><th>名称</th></tr><tr><td>1</td><td>收据</td></tr>"
            "</table></div><div class='part-en newpage'><p>Hello <b>bold</b> world</p></div></body></html>")
    blocks = parse_blocks(html)
    kinds = [b.kind for b in blocks]
    assert kinds == ["h1", "p", "li", "li", "li", "quote", "table", "pagebreak", "p"]
    assert blocks[1].text == "编号：A\n日期：B" and blocks[1].css_class == "meta"
    assert [(b.text, b.level, b.ordered, b.number) for b in blocks[2:5]] == [
        ("一", 1, True, 1), ("甲", 2, False, 1), ("二", 1, True, 2)]
    assert blocks[6].rows == [["序号", "名称"], ["1", "收据"]]
    assert blocks[-1].runs == [("Hello ", False), ("bold", True), (" world", False)]
