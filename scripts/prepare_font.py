#!/usr/bin/env python3
"""Prepare the CJK font shipped in resources/fonts/ (run once; the result is committed).

    .venv/bin/python scripts/prepare_font.py            # pip download the wheel, then prepare
    .venv/bin/python scripts/prepare_font.py --wheel W  # use a wheel already downloaded
    .venv/bin/python scripts/prepare_font.py --check    # verify the committed font, change nothing

Source: NotoSansSC-Regular.otf (Noto Sans SC 2.004, Adobe/Google, SIL OFL 1.1) from the PyPI wheel
``pylopdf-fonts-zh-cn==0.1.1``, fetched with ``pip download`` (the ordinary client). The font in the
wheel is checked against the sha256 pinned below before anything is written.

Qt's PDF writer builds the text layer's ToUnicode map from glyph back to character through the font's
cmap. Two things in Noto CJK break that, and both are changed here (every glyph stays in the font):

1. stack.md §11: the font maps both a radical code point (U+2F63 ⽣) and the ideograph (U+751F 生) to one
   glyph, and Qt can pick the radical, so pdftotext and copy-paste give ⽣ instead of 生. We delete the
   cmap entries for CJK Radicals Supplement, Kangxi Radicals, CJK Strokes and CJK Compatibility
   Ideographs.
2. Found here: in Latin runs the ``locl`` feature swaps the digits 0-9 and the ellipsis for variant glyphs
   (same widths) that no cmap entry points to, so "TEST01" or "abc 123" lost their digits in the text
   layer; and ``liga`` makes "office" extract as "oﬃce" (U+FB03). We take ``locl`` and ``liga`` out of
   every script's feature list, so the cmap glyphs are drawn.
3. The outlines are converted from CFF to TrueType (``to_truetype``), so that FaceLedger's own PDF writer
   can embed a per-letter subset by copying glyph records (the result is written as ``.ttf``).

Why no subset: a letter carries the user's own name and address, which may use rare characters
(GB 18030 extension ideographs in personal names); a subset to a common-character list would print
tofu for exactly those. The PDF writers embed only the glyphs a document uses, so each PDF stays small
whatever the size of the shipped file; the full font costs 10 MB in a bundle of several hundred MB.
``--measure-subset`` prints what a GB 2312 subset would save, for the record.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "resources" / "fonts"
WHEEL_REQ = "pylopdf-fonts-zh-cn==0.1.1"
WHEEL_MEMBER = "pylopdf_fonts_zh_cn/NotoSansSC-Regular.otf"
SOURCE_SHA256 = "faa6c9df652116dde789d351359f3d7e5d2285a2b2a1f04a2d7244df706d5ea9"
FONT_NAME = "NotoSansSC-Regular.ttf"
# What this script writes from that source (reproducible: the head table's timestamp is kept).
PREPARED_SHA256 = "6eb303a0cfdd4eb0dbe8c3219dec56750c23cabc965af023ca6455d715ab81f1"
# The copyright line of upstream noto-cjk's LICENSE (the font's own name table id 0 has the year range).
COPYRIGHT = "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'."

# (first, last) code point ranges whose cmap entries are removed.
REMOVED_RANGES = (
    (0x2E80, 0x2EFF),  # CJK Radicals Supplement
    (0x2F00, 0x2FDF),  # Kangxi Radicals
    (0x31C0, 0x31EF),  # CJK Strokes
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
)


def removed(cp: int) -> bool:
    return any(a <= cp <= b for a, b in REMOVED_RANGES)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch_wheel(dest: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", WHEEL_REQ,
                    "-d", str(dest)], check=True)
    wheels = sorted(dest.glob("pylopdf_fonts_zh_cn-*.whl"))
    if not wheels:
        sys.exit("error: pip download produced no wheel")
    return wheels[0]


DROPPED_FEATURES = ("locl", "liga")


def drop_features(font) -> int:
    """Remove DROPPED_FEATURES from every script/language system of GSUB; return how many links were cut."""
    table = font["GSUB"].table
    records = table.FeatureList.FeatureRecord
    cut = 0
    for script in table.ScriptList.ScriptRecord:
        systems = [script.Script.DefaultLangSys] + [r.LangSys for r in script.Script.LangSysRecord]
        for ls in systems:
            if ls is None:
                continue
            keep = [i for i in ls.FeatureIndex if records[i].FeatureTag not in DROPPED_FEATURES]
            cut += len(ls.FeatureIndex) - len(keep)
            ls.FeatureIndex = keep
            ls.FeatureCount = len(keep)
    return cut


def strip_radicals(font_bytes: bytes) -> tuple[bytes, int]:
    import io

    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(font_bytes), recalcTimestamp=False)
    count = 0
    for table in font["cmap"].tables:
        cmap = getattr(table, "cmap", None)
        if cmap is None:  # format 14 (variation sequences) has no plain cmap
            continue
        for cp in [c for c in cmap if removed(c)]:
            del cmap[cp]
            count += 1
    print(f"dropped {drop_features(font)} GSUB feature links ({', '.join(DROPPED_FEATURES)})")
    print(f"converted {to_truetype(font):,} glyphs to TrueType outlines")
    out = io.BytesIO()
    font.save(out)
    return out.getvalue(), count


def to_truetype(font) -> int:
    """Replace the CFF outlines by TrueType (quadratic) ones, glyph for glyph; return the glyph count.

    FaceLedger's own PDF writer (letters/pdfdoc.py) embeds a per-letter subset by copying glyph records;
    TrueType glyphs are self-contained records, where CFF glyphs share subroutines that would all have to
    be embedded (or the charstrings rewritten) in every PDF. The cubic curves are approximated by
    quadratic ones to within 1 font unit (1/1000 em), which cannot be seen at any print size.
    """
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for tag in ("CFF ", "VORG", "DSIG"):  # VORG belongs to CFF fonts; DSIG signed the original bytes
        if tag in font:
            del font[tag]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["post"].formatType = 3.0  # no glyph names (CID fonts have none worth keeping)
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    return len(order)


def check(path: Path) -> int:
    from fontTools.ttLib import TTFont

    font = TTFont(path)
    best = font.getBestCmap()
    left = [hex(c) for c in best if removed(c)]
    needed = "生日月人民十七先中华"
    missing = [ch for ch in needed if ord(ch) not in best]
    print(f"{path}: {path.stat().st_size:,} bytes, {len(best):,} mapped code points, "
          f"{font['maxp'].numGlyphs:,} glyphs")
    table = font["GSUB"].table
    records = table.FeatureList.FeatureRecord
    live = {records[i].FeatureTag for sr in table.ScriptList.ScriptRecord
            for ls in [sr.Script.DefaultLangSys] + [r.LangSys for r in sr.Script.LangSysRecord] if ls is not None
            for i in ls.FeatureIndex}
    still = sorted(live & set(DROPPED_FEATURES))
    if "glyf" not in font or "CFF " in font:
        print("error: the font has no TrueType outlines (run the script without --check)")
        return 1
    if left or missing or still:
        print(f"error: radical mappings left: {left[:10]}; ideographs missing: {missing}; features left: {still}")
        return 1
    digest = sha256(path.read_bytes())
    if digest != PREPARED_SHA256:
        print(f"error: sha256 {digest} is not the prepared font's {PREPARED_SHA256}")
        return 1
    print("ok: TrueType outlines; no radical/compatibility mappings, no locl/liga; ideographs mapped; sha256 matches")
    return 0


def measure_subset(path: Path) -> None:
    import io

    from fontTools import subset

    codes = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | set(range(0x2000, 0x2070))
    codes |= set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
    for b1 in range(0xB0, 0xF8):  # GB 2312 level 1 and 2 hanzi
        for b2 in range(0xA1, 0xFF):
            try:
                codes.add(ord(bytes([b1, b2]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    opts = subset.Options()
    opts.layout_features = ["*"]
    font = subset.load_font(str(path), opts)
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=codes)
    sub.subset(font)
    out = io.BytesIO()
    font.save(out)
    print(f"GB 2312 + Latin + punctuation subset: {len(out.getvalue()):,} bytes "
          f"(full: {path.stat().st_size:,}); names with characters outside GB 2312 (e.g. 喆, 堃, 玥, 璟) would print as tofu")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wheel", type=Path, help="use this downloaded wheel instead of running pip download")
    ap.add_argument("--check", action="store_true", help="verify the committed font and exit")
    ap.add_argument("--measure-subset", action="store_true", help="print the size a GB 2312 subset would have")
    args = ap.parse_args()
    target = FONTS / FONT_NAME
    if args.check:
        return check(target)
    if args.measure_subset:
        measure_subset(target)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        with zipfile.ZipFile(wheel) as zf:
            data = zf.read(WHEEL_MEMBER)
            licence = zf.read("pylopdf_fonts_zh_cn-0.1.1.dist-info/licenses/LICENSE").decode("utf-8")
    if sha256(data) != SOURCE_SHA256:
        sys.exit(f"error: {WHEEL_MEMBER} has sha256 {sha256(data)}, expected {SOURCE_SHA256}; not written")
    fixed, count = strip_radicals(data)
    FONTS.mkdir(parents=True, exist_ok=True)
    target.write_bytes(fixed)
    (FONTS / "OFL.txt").write_text(f"{COPYRIGHT}\n\n{licence.rstrip()}\n", encoding="utf-8")
    print(f"wrote {target} ({len(fixed):,} bytes, sha256 {sha256(fixed)}); "
          f"removed {count} cmap entries (source sha256 {SOURCE_SHA256})")
    return check(target)


if __name__ == "__main__":
    sys.exit(main())
