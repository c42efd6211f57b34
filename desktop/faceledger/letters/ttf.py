"""The shipped TrueType font as data for FaceLedger's own PDF writer: metrics, cmap and per-document subsets.

    from faceledger.letters.ttf import shipped_font
    font = shipped_font()
    font.gid("生"), font.advances[font.gid("生")]  # glyph id, advance in font units (1000 per em)
    data, new_ids = font.subset({3, 1234})         # a TrueType file holding just those glyphs (and .notdef)

The subset renumbers the glyphs it keeps (0, 1, 2, ...) and returns the map from the original ids, so a PDF
can keep the original ids as CIDs (with a CIDToGIDMap to the new ones): the text of a line is then encoded
once and reused across documents.
Only glyph records are copied (TrueType glyphs are self-contained, composites pull in their components),
which is why ``scripts/prepare_font.py`` converts the Noto CFF outlines to TrueType.

fontTools reads the tables once per process (about 0.3 s for the 31,000-glyph font); a subset is built
from byte slices in a few milliseconds.
"""

from __future__ import annotations

import struct
import sys
import threading
import zlib
from array import array
from dataclasses import dataclass
from pathlib import Path

from faceledger.errors import FaceLedgerError
from faceledger.letters.pdf import FONT_REINSTALL_ZH, font_path

_COMPOSITE_MORE = 0x0020
_COMPOSITE_WORDS = 0x0001
_COMPOSITE_SCALE = 0x0008
_COMPOSITE_XY_SCALE = 0x0040
_COMPOSITE_2X2 = 0x0080


@dataclass(frozen=True)
class FontMetrics:
    units_per_em: int
    ascent: int          # hhea ascender, font units (positive)
    descent: int         # hhea descender, font units (negative)
    cap_height: int
    bbox: tuple[int, int, int, int]
    postscript_name: str


class TrueTypeFont:
    """One TrueType font file, read once; thread-safe for reading."""

    def __init__(self, path: Path) -> None:
        from fontTools.ttLib import TTFont, TTLibError

        try:
            tt = TTFont(str(path), lazy=True)
            if "glyf" not in tt:
                raise FaceLedgerError(f"The font {path.name} has no TrueType outlines.",
                                      "Run scripts/prepare_font.py in a source checkout, or reinstall FaceLedger.",
                                      zh=f"字体 {path.name} 没有 TrueType 轮廓。", hint_zh=FONT_REINSTALL_ZH)
            self.cmap: dict[int, int] = {cp: tt.getGlyphID(name) for cp, name in tt.getBestCmap().items()}
            head, hhea, os2 = tt["head"], tt["hhea"], tt["OS/2"]
            raw = tt.reader
            self._tables = {tag: raw[tag] for tag in ("head", "hhea", "maxp", "OS/2", "name", "cvt ", "fpgm", "prep")
                            if tag in raw}
            self._glyf: bytes = raw["glyf"]
            loca = raw["loca"]
        except (OSError, TTLibError, KeyError, struct.error) as err:
            raise FaceLedgerError(f"Could not read the font {path.name}: {err}.",
                                  "Reinstall FaceLedger, or run scripts/prepare_font.py in a source checkout.",
                                  zh=f"无法读取字体 {path.name}（文件可能已损坏）。",
                                  hint_zh=FONT_REINSTALL_ZH) from None
        self.num_glyphs = struct.unpack(">H", self._tables["maxp"][4:6])[0]
        if head.indexToLocFormat:
            self._loca = array("I", loca)
            scale = 1
        else:
            self._loca = array("H", loca)
            scale = 2
        if sys.byteorder == "little":
            self._loca.byteswap()
        if scale != 1:
            self._loca = array("I", (v * scale for v in self._loca))
        glyf = self._glyf  # a composite glyph's numberOfContours is negative: its first byte has the top bit
        self.composites = frozenset(g for g in range(self.num_glyphs)
                                    if self._loca[g] < self._loca[g + 1] and glyf[self._loca[g]] & 0x80)
        hmtx = raw["hmtx"]
        n_long = hhea.numberOfHMetrics
        long = array("H", hmtx[:n_long * 4])
        short = array("h", hmtx[n_long * 4:n_long * 4 + (self.num_glyphs - n_long) * 2])
        if sys.byteorder == "little":
            long.byteswap()
            short.byteswap()
        self.advances = array("H", long[0::2])
        self.lsbs = array("h", long[1::2].tobytes())  # the same 16 bits, read as signed
        last = self.advances[-1] if n_long else 0
        self.advances.extend([last] * (self.num_glyphs - n_long))
        self.lsbs.extend(short)
        self._deflated: dict[int, bytes] = {}   # glyph id -> its record deflated (subset_deflated)
        self.metrics = FontMetrics(head.unitsPerEm, hhea.ascent, hhea.descent,
                                   getattr(os2, "sCapHeight", hhea.ascent),
                                   (head.xMin, head.yMin, head.xMax, head.yMax),
                                   tt["name"].getDebugName(6) or path.stem)
        tt.close()

    # -- lookups
    def gid(self, ch: str) -> int:
        """The glyph for a character: a space's for whitespace the font lacks, else 0 (.notdef) if none."""
        g = self.cmap.get(ord(ch), 0)
        return self.cmap.get(0x20, 0) if g == 0 and ch.isspace() else g

    # -- subsetting
    def _record(self, gid: int) -> bytes:
        return self._glyf[self._loca[gid]:self._loca[gid + 1]]

    def _components(self, record: bytes) -> list[tuple[int, int]]:
        """(offset of the glyph id field, glyph id) of each component of a composite glyph record."""
        if len(record) < 10 or struct.unpack(">h", record[:2])[0] >= 0:
            return []
        out, pos = [], 10
        while pos + 4 <= len(record):
            flags, gid = struct.unpack(">HH", record[pos:pos + 4])
            out.append((pos + 2, gid))
            pos += 4 + (4 if flags & _COMPOSITE_WORDS else 2)
            if flags & _COMPOSITE_SCALE:
                pos += 2
            elif flags & _COMPOSITE_XY_SCALE:
                pos += 4
            elif flags & _COMPOSITE_2X2:
                pos += 8
            if not flags & _COMPOSITE_MORE:
                break
        return out

    def closure(self, gids) -> list[int]:
        """``gids`` with .notdef and every component of a composite glyph, sorted."""
        done = {g for g in gids if 0 <= g < self.num_glyphs}
        done.add(0)
        todo = done & self.composites
        while todo:
            comps = {c for g in todo for _, c in self._components(self._record(g))} - done
            done |= comps
            todo = comps & self.composites
        return sorted(done)

    def subset(self, gids) -> tuple[bytes, dict[int, int]]:
        """A TrueType file with the glyphs ``gids`` (and what they need), renumbered 0, 1, 2, ...

        Returns the file and the map from original to new glyph id (.notdef stays 0).
        """
        tables, _, new_id = self._subset_tables(gids)
        return _sfnt(tables), new_id

    def subset_deflated(self, gids) -> tuple[int, bytes, dict[int, int]]:
        """``subset`` as a zlib stream (for a PDF FontFile2 with /FlateDecode): (file length, stream, new ids).

        Each glyph record is deflated once per process and kept; a subset's stream is the header tables
        deflated now, the kept glyph chunks, and the tables after the glyphs. Every chunk ends with a full
        flush (byte-aligned, no back-references across chunks), so the chunks join into one valid deflate
        stream; that is about five times faster than deflating the whole file for each letter.
        """
        tables, glyphs, new_id = self._subset_tables(gids)
        data = _sfnt(tables)
        start = _table_offset(data, "glyf")
        end = start + len(tables["glyf"])
        cache = self._deflated
        pieces = [b"\x78\x01", _deflate_chunk(data[:start])]
        for g, rec in glyphs:
            if g in self.composites:  # its component ids were renumbered: not the kept bytes
                pieces.append(_deflate_chunk(rec))
                continue
            chunk = cache.get(g)
            if chunk is None:
                chunk = cache[g] = _deflate_chunk(rec)
            pieces.append(chunk)
        pieces += [_deflate_chunk(data[end:]), b"\x03\x00", struct.pack(">I", zlib.adler32(data))]
        return len(data), b"".join(pieces), new_id

    def _subset_tables(self, gids) -> tuple[dict[str, bytes], list[tuple[int, bytes]], dict[int, int]]:
        used = self.closure(gids)
        new_id = {g: i for i, g in enumerate(used)}
        count = len(used)
        loca = array("I", bytes(4 * (count + 1)))
        hmtx = array("H", bytes(4 * count))
        parts: list[bytes] = []
        glyphs: list[tuple[int, bytes]] = []
        offset = 0
        for i, g in enumerate(used):
            rec = self._record(g)
            comps = self._components(rec) if g in self.composites else ()
            if comps:
                buf = bytearray(rec)
                for pos, c in comps:
                    buf[pos:pos + 2] = struct.pack(">H", new_id[c])
                rec = bytes(buf)
            if len(rec) % 4:
                rec += b"\0" * (4 - len(rec) % 4)
            parts.append(rec)
            glyphs.append((g, rec))
            loca[i] = offset
            offset += len(rec)
            hmtx[2 * i] = self.advances[g]
            hmtx[2 * i + 1] = self.lsbs[g] & 0xFFFF
        loca[count] = offset
        if sys.byteorder == "little":
            loca.byteswap()
            hmtx.byteswap()
        tables = dict(self._tables)
        head = bytearray(tables["head"])
        head[8:12] = b"\0\0\0\0"            # checkSumAdjustment, set below
        head[50:52] = struct.pack(">h", 1)  # long loca offsets
        tables["head"] = bytes(head)
        hhea = bytearray(tables["hhea"])
        hhea[34:36] = struct.pack(">H", count)
        tables["hhea"] = bytes(hhea)
        maxp = bytearray(tables["maxp"])
        maxp[4:6] = struct.pack(">H", count)
        tables["maxp"] = bytes(maxp)
        tables["loca"] = loca.tobytes()
        tables["hmtx"] = hmtx.tobytes()
        tables["glyf"] = b"".join(parts)
        tables["post"] = struct.pack(">IiHhIIIII", 0x00030000, 0, 0, 0, 0, 0, 0, 0, 0)
        return tables, glyphs, new_id


def _deflate_chunk(data: bytes) -> bytes:
    """Raw deflate of ``data`` ending in a full flush: joinable with other such chunks."""
    c = zlib.compressobj(1, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_FULL_FLUSH)


def _table_offset(font: bytes, tag: str) -> int:
    n = struct.unpack(">H", font[4:6])[0]
    for i in range(n):
        entry = font[12 + 16 * i:28 + 16 * i]
        if entry[:4] == tag.encode("latin-1"):
            return struct.unpack(">I", entry[8:12])[0]
    raise KeyError(tag)


def _checksum(data: bytes) -> int:
    """The sfnt table checksum: the sum of the big-endian 32-bit words, modulo 2**32."""
    import numpy as np

    if len(data) % 4:
        data += b"\0" * (4 - len(data) % 4)
    return int(np.frombuffer(data, dtype=">u4").sum(dtype=np.uint64) & 0xFFFFFFFF)


def _sfnt(tables: dict[str, bytes]) -> bytes:
    """Assemble an sfnt file (tables sorted by tag, 4-byte aligned, checksums and head adjustment)."""
    tags = sorted(tables)
    n = len(tags)
    entry_selector = max(k for k in range(16) if 2 ** k <= n)
    search_range = 16 * 2 ** entry_selector
    header = struct.pack(">IHHHH", 0x00010000, n, search_range, entry_selector, n * 16 - search_range)
    offset = 12 + 16 * n
    directory, body = [], []
    for tag in tags:
        data = tables[tag]
        directory.append(struct.pack(">4sIII", tag.encode("latin-1"), _checksum(data), offset, len(data)))
        padded = data + b"\0" * (-len(data) % 4)
        body.append(padded)
        offset += len(padded)
    out = bytearray(header + b"".join(directory) + b"".join(body))
    head_offset = struct.unpack(">I", directory[tags.index("head")][8:12])[0]
    adjustment = (0xB1B0AFBA - _checksum(bytes(out))) & 0xFFFFFFFF
    out[head_offset + 8:head_offset + 12] = struct.pack(">I", adjustment)
    return bytes(out)


_lock = threading.Lock()
_font: TrueTypeFont | None = None


def shipped_font() -> TrueTypeFont:
    """The font in resources/fonts, read once per process."""
    global _font
    if _font is None:
        with _lock:
            if _font is None:
                _font = TrueTypeFont(font_path())
    return _font
