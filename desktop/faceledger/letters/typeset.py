"""Lay out a letter's blocks (letters/blocks.py) on A4 pages with the shipped font, for letters/pdfdoc.py.

    from faceledger.letters.typeset import typeset
    doc = typeset(parse_blocks(html))          # -> Document(pages=[Page(lines=[...], rules=[...])])

What it does, and what it does not:
- The letter's own small vocabulary of blocks (h1 h2 h3 p li quote table pagebreak; css classes meta, note,
  langnote, sign), styled like the HTML's stylesheet: A4, 2 cm margins, 10.5 pt text, page numbers "n / N"
  at the foot.
- Line breaking for mixed Chinese and Latin text: between any two Chinese characters, at spaces in Latin
  text, never before closing punctuation (，。、；：）》” …) or after opening punctuation (（《“ …), the
  rules of Chinese typesetting (禁则); a Latin word wider than the line (an e-mail address) is cut.
- Glyphs come straight from the font's cmap, with the font's own advances: no kerning and no ligatures
  (the shipped font has its ligatures unlinked for the text layer anyway). A character the font lacks is
  reported by ``missing_characters`` so the caller can use a renderer with system fonts instead.
- Headings are kept with the first line that follows them; table rows are not split, and a table that
  continues on a new page repeats its header row.

A paragraph's lines depend only on its text, style and width, so they are cached: in a batch the
quoted provisions, identical across letters, are laid out once per process.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from faceledger.letters.blocks import Block
from faceledger.letters.ttf import TrueTypeFont, shipped_font

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
MARGIN = 20 * MM
TEXT_W = PAGE_W - 2 * MARGIN
BODY_TOP = PAGE_H - MARGIN
BODY_BOTTOM = MARGIN
FOOTER_Y = 11 * MM            # baseline of the page number
FOOTER_SIZE = 8.5
PX = 0.75                     # a CSS pixel in points

Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Style:
    size: float = 10.5
    bold: bool = False
    color: Color = BLACK
    align: str = "left"        # left, center, right
    left: float = 0.0          # indent, points
    right: float = 0.0
    before: float = 6 * PX     # space above, points
    after: float = 6 * PX
    leading: float = 1.6       # line height as a multiple of the size
    keep_with_next: bool = False


def _grey(v: int) -> Color:
    return (v / 255, v / 255, v / 255)


BODY = Style()
STYLES: dict[tuple[str, str], Style] = {
    ("h1", ""): Style(size=16, bold=True, align="center", before=0, after=12 * PX, leading=1.5, keep_with_next=True),
    ("h2", ""): Style(size=11.5, bold=True, before=16 * PX, after=6 * PX, leading=1.5, keep_with_next=True),
    ("h3", ""): Style(size=10.5, bold=True, before=10 * PX, after=4 * PX, leading=1.5, keep_with_next=True),
    ("p", ""): BODY,
    ("p", "meta"): Style(align="right", color=_grey(0x33)),
    ("p", "note"): Style(size=9.5, color=_grey(0x44)),
    ("p", "langnote"): Style(size=9.5, color=_grey(0x44), align="center"),
    ("p", "sign"): Style(before=28 * PX),
    ("quote", ""): Style(size=9.5, color=_grey(0x22), left=24 * PX, right=8 * PX, before=4 * PX, after=8 * PX,
                         leading=1.55),
    ("li", ""): Style(before=1 * PX, after=3 * PX),
}
LIST_INDENT = 20.0            # points per nesting level
TABLE_SIZE = 9.0
CELL_PAD = 3.0
RULE_W = 0.5
HEADER_FILL: Color = _grey(0xEE)

# Chinese typesetting rules (禁则): no line starts with these ...
NO_START = frozenset("，。、；：？！）》」』】〕〉〗”’％‰,.;:?!)]}…·・〜～ー々〻"
                     "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
# ... and no line ends with these.
NO_END = frozenset("（《「『【〔〈〖“‘([{＄￥$")
_CJK = ("\u1100-\u11ff\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3200-\u9fff"
        "\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff")
# A break opportunity is the start of a token: a Latin word with its trailing spaces, one CJK character
# with its trailing spaces, or a run of leading spaces.
_TOKEN = re.compile(f"[^\\s{_CJK}]+ *|[{_CJK}] *| +")


@dataclass(frozen=True)
class Segment:
    bold: bool
    hex: str                  # glyph ids as 4-digit hex, for a PDF string <...>


@dataclass(frozen=True)
class LineText:
    width: float              # font units (1000 per em) of the visible text
    segments: tuple[Segment, ...]


@dataclass
class PlacedLine:
    x: float
    y: float                  # baseline, points from the page bottom
    size: float
    color: Color
    text: LineText


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: Color | None = None   # None: stroked outline
    stroke: float = RULE_W


@dataclass
class Page:
    lines: list[PlacedLine] = field(default_factory=list)
    rects: list[Rect] = field(default_factory=list)


@dataclass
class Document:
    pages: list[Page]
    chars: set[str]           # every character drawn (for the subset and the ToUnicode map)
    annex_page: int | None = None   # 0-based page on which the annex of quoted texts starts

    @property
    def body_pages(self) -> int:
        """Pages before the annex (all of them when there is none)."""
        return len(self.pages) if self.annex_page is None else self.annex_page


def missing_characters(blocks: list[Block], font: TrueTypeFont | None = None) -> set[str]:
    """Characters (other than line breaks) that the font cannot draw."""
    font = font or shipped_font()
    seen: set[str] = set()
    for b in blocks:
        seen.update(*(t for t, _ in b.runs))
        for row in b.rows:
            seen.update(*row)
    seen.discard("\n")
    return {c for c in seen if font.gid(c) == 0}


class _Shaper:
    """Characters to glyph hex and advances for one font, memoised per character."""

    def __init__(self, font: TrueTypeFont) -> None:
        self.font = font
        self.hex: dict[str, str] = {}
        self.adv: dict[str, int] = {}

    def learn(self, text: str) -> None:
        font = self.font
        for c in set(text) - self.hex.keys():
            g = font.gid(c)
            self.hex[c] = f"{g:04X}"
            self.adv[c] = font.advances[g]


_shapers: dict[int, _Shaper] = {}


def _shaper(font: TrueTypeFont) -> _Shaper:
    s = _shapers.get(id(font))
    if s is None or s.font is not font:
        s = _shapers[id(font)] = _Shaper(font)
    return s


def _break_starts(s: str) -> list[int]:
    """Positions where a line may start, by the token rules and 禁则."""
    out = []
    for m in _TOKEN.finditer(s):
        i = m.start()
        if i and (s[i] in NO_START or s[i - 1] in NO_END):
            continue
        out.append(i)
    return out


@lru_cache(maxsize=8192)
def _lines(runs: tuple[tuple[str, bool], ...], size: float, width: float, font_id: int) -> tuple[LineText, ...]:
    sh = _shapers[font_id]
    text = "".join(t for t, _ in runs)
    sh.learn(text)
    # bold flag per run boundary
    bounds = list(accumulate(len(t) for t, _ in runs))
    flags = [b for _, b in runs]
    max_units = width * 1000.0 / size
    out: list[LineText] = []
    pos = 0
    for hard in text.split("\n"):
        a, n = pos, len(hard)
        pos += n + 1
        cum = [0, *accumulate(sh.adv[c] for c in hard)]
        starts = _break_starts(hard)
        start = 0
        if not hard:
            out.append(LineText(0, ()))
            continue
        while start < n:
            limit = cum[start] + max_units + 1e-3  # a word exactly as wide as the line fits (float round trip)
            j = bisect_right(cum, limit) - 1          # furthest end whose width fits
            if j >= n:
                end = n
            else:
                while j < n and hard[j] == " ":       # trailing spaces do not count
                    j += 1
                k = bisect_right(starts, j) - 1
                end = starts[k] if k >= 0 and starts[k] > start else max(j, start + 1)
            vis = end
            while vis > start and hard[vis - 1] == " ":
                vis -= 1
            out.append(LineText(cum[vis] - cum[start], _segments(sh, text, a + start, a + vis, bounds, flags)))
            start = end
    return tuple(out)


def _segments(sh: _Shaper, text: str, a: int, b: int, bounds: list[int], flags: list[bool]) -> tuple[Segment, ...]:
    segs: list[Segment] = []
    i = a
    r = bisect_right(bounds, a)
    hx = sh.hex
    while i < b and r < len(bounds):
        e = min(b, bounds[r])
        if e > i:
            part = "".join([hx[c] for c in text[i:e]])
            if segs and segs[-1].bold == flags[r]:
                segs[-1] = Segment(flags[r], segs[-1].hex + part)
            else:
                segs.append(Segment(flags[r], part))
        i = e
        r += 1
    return tuple(segs)


class _Flow:
    """Places lines top to bottom, starting new pages as needed."""

    def __init__(self) -> None:
        self.pages: list[Page] = [Page()]
        self.y = BODY_TOP           # top of the free space
        self.pending_space = 0.0    # collapsed vertical margin before the next line

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = BODY_TOP
        self.pending_space = 0.0

    def space(self, pts: float) -> None:
        self.pending_space = max(self.pending_space, pts)

    def room(self) -> float:
        return self.y - (self.pending_space if self.y < BODY_TOP else 0.0) - BODY_BOTTOM

    def take(self, height: float) -> float:
        """Reserve ``height`` points (new page if they do not fit); return the top of the reserved band."""
        if self.y < BODY_TOP:
            if self.y - self.pending_space - height < BODY_BOTTOM - 0.01:
                self.new_page()
            else:
                self.y -= self.pending_space
        self.pending_space = 0.0
        top = self.y
        self.y -= height
        return top


def _line_height(style_size: float, leading: float) -> float:
    return style_size * leading


def _baseline(top: float, size: float, line_h: float, font: TrueTypeFont) -> float:
    m = font.metrics
    asc, desc = m.ascent / m.units_per_em * size, -m.descent / m.units_per_em * size
    return top - (line_h - asc - desc) / 2 - asc


def _style(b: Block) -> Style:
    return STYLES.get((b.kind, b.css_class)) or STYLES.get((b.kind, "")) or BODY


def _kept_height(blocks: list[Block], idx: int) -> float:
    """Height that must follow heading ``blocks[idx]`` on its page: the headings right after it (a 三、 with
    its （一）) and the first line of the text they introduce."""
    need = 0.0
    prev = _style(blocks[idx])
    for nxt in blocks[idx + 1:]:
        if nxt.kind == "pagebreak":
            break
        st = _style(nxt) if nxt.kind != "table" else Style(size=TABLE_SIZE, leading=1.45 + 2 * CELL_PAD / TABLE_SIZE)
        need += max(prev.after, st.before) + _line_height(st.size, st.leading)
        if not st.keep_with_next:
            break
        prev = st
    return need


def typeset_if_drawable(blocks: list[Block]) -> Document | None:
    """The letter laid out with the shipped font, or None when it holds a character that font lacks (the
    caller then uses Qt, which can fall back to the system's fonts): one decision for the PDF and the preview."""
    return None if missing_characters(blocks) else typeset(blocks)


def typeset(blocks: list[Block], font: TrueTypeFont | None = None, *, max_pages: int | None = None) -> Document:
    """Lay the blocks out on pages. ``max_pages``: stop once the text runs past that many pages (to measure a
    letter's length cheaply); the document then holds those pages and no footers."""
    font = font or shipped_font()
    sh = _shaper(font)
    fid = id(font)
    flow = _Flow()
    chars: set[str] = set()
    annex_page = None
    for idx, b in enumerate(blocks):
        if max_pages is not None and len(flow.pages) > max_pages:
            return Document(flow.pages, chars, annex_page)
        if b.kind == "pagebreak":
            if flow.y < BODY_TOP:
                flow.new_page()
            if b.css_class == "annex":
                annex_page = len(flow.pages) - 1
            continue
        if b.kind == "table":
            _table(flow, b, font, sh, chars)
            continue
        style = _style(b)
        left, right = style.left, style.right
        marker = None
        if b.kind == "li":
            left = LIST_INDENT * max(1, b.level)
            marker = f"{b.number}." if b.ordered else "•"
        width = TEXT_W - left - right
        runs = tuple((t, style.bold or bold) for t, bold in b.runs)
        for t, _ in runs:
            chars.update(t)
        lines = _lines(runs, style.size, width, fid)
        line_h = _line_height(style.size, style.leading)
        flow.space(style.before)
        need_next = _kept_height(blocks, idx) if style.keep_with_next else 0.0
        if need_next and flow.room() < line_h * len(lines) + need_next and flow.y < BODY_TOP:
            flow.new_page()
        for n, lt in enumerate(lines):
            top = flow.take(line_h)
            base = _baseline(top, style.size, line_h, font)
            w = lt.width * style.size / 1000
            if style.align == "center":
                x = MARGIN + left + (width - w) / 2
            elif style.align == "right":
                x = MARGIN + left + width - w
            else:
                x = MARGIN + left
            flow.page.lines.append(PlacedLine(x, base, style.size, style.color, lt))
            if marker and n == 0:
                chars.update(marker)
                (mk,) = _lines(((marker, False),), style.size, 1000.0, fid)
                mx = MARGIN + left - 5 - mk.width * style.size / 1000
                flow.page.lines.append(PlacedLine(mx, base, style.size, style.color, mk))
        flow.space(style.after)
    pages = flow.pages
    _footers(pages, fid, chars)
    return Document(pages, chars, annex_page)


def _footers(pages: list[Page], fid: int, chars: set[str]) -> None:
    total = len(pages)
    for i, page in enumerate(pages, 1):
        label = f"{i} / {total}"
        chars.update(label)
        (lt,) = _lines(((label, False),), FOOTER_SIZE, TEXT_W, fid)
        x = (PAGE_W - lt.width * FOOTER_SIZE / 1000) / 2
        page.lines.append(PlacedLine(x, FOOTER_Y, FOOTER_SIZE, _grey(0x66), lt))


def _table(flow: _Flow, b: Block, font: TrueTypeFont, sh: _Shaper, chars: set[str]) -> None:
    rows = [r for r in b.rows if r]
    if not rows:
        return
    ncol = max(len(r) for r in rows)
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    size = TABLE_SIZE
    fid = id(font)
    for r in rows:
        for c in r:
            chars.update(c)
            sh.learn(c)
    scale = size / 1000
    # natural (unwrapped) and minimum (longest unbreakable piece) widths per column
    natural = [0.0] * ncol
    minimum = [0.0] * ncol
    for r in rows:
        for k, c in enumerate(r):
            natural[k] = max(natural[k], sum(sh.adv[ch] for ch in c) * scale)
            pieces = _TOKEN.findall(c) or [""]
            minimum[k] = max(minimum[k], max(sum(sh.adv[ch] for ch in p.rstrip()) * scale for p in pieces))
    inner = TEXT_W - ncol * 2 * CELL_PAD
    minimum = [min(m, inner / ncol) for m in minimum]
    if sum(natural) <= inner:
        widths = [n + (inner - sum(natural)) / ncol for n in natural]
    else:
        spare = inner - sum(minimum)
        extra = [max(0.0, n - m) for n, m in zip(natural, minimum, strict=True)]
        total_extra = sum(extra) or 1.0
        widths = [m + spare * e / total_extra for m, e in zip(minimum, extra, strict=True)]
    line_h = size * 1.45

    def cell_lines(text: str, k: int, bold: bool):
        return _lines(((text, bold),), size, widths[k], fid) if text else ()

    laid = [[cell_lines(c, k, i == 0) for k, c in enumerate(r)] for i, r in enumerate(rows)]
    heights = [max(1, *(len(cl) for cl in row)) * line_h + 2 * CELL_PAD for row in laid]
    flow.space(6 * PX)

    def draw_row(i: int) -> None:
        top = flow.take(heights[i])
        x = MARGIN
        for k in range(ncol):
            w = widths[k] + 2 * CELL_PAD
            if i == 0:
                flow.page.rects.append(Rect(x, top - heights[i], w, heights[i], fill=HEADER_FILL))
            flow.page.rects.append(Rect(x, top - heights[i], w, heights[i]))
            for n, lt in enumerate(laid[i][k]):
                base = _baseline(top - CELL_PAD - n * line_h, size, line_h, font)
                flow.page.lines.append(PlacedLine(x + CELL_PAD, base, size, BLACK, lt))
            x += w

    page_of_header = None
    for i in range(len(rows)):
        if i > 0 and flow.room() < heights[i]:
            flow.new_page()
        if i > 0 and page_of_header is not flow.page:
            draw_row(0)  # repeat the header on a new page
            page_of_header = flow.page
        draw_row(i)
        if i == 0:
            page_of_header = flow.page
    flow.space(8 * PX)
