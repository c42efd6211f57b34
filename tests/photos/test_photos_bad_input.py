"""Bad input: every broken file gets a clear per-file message; nothing crashes, hangs or eats memory."""

from __future__ import annotations

import pytest

import resource
import struct
import zlib

import numpy as np
from PIL import Image

from faceledger.photos.check import check_photo

from .conftest import astronaut_rgb, save


def _png_declaring(w: int, h: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


def test_zero_byte(tmp_path):
    p = tmp_path / "empty.jpg"
    p.write_bytes(b"")
    r = check_photo(p)
    assert not r.ok and r.error_kind == "empty" and "empty" in r.error.en and r.error.zh


def test_devices_and_pipes_are_not_read(tmp_path):
    """/dev/zero reports size 0 and never ends; a FIFO blocks: both are refused before any read."""
    import os

    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    for p in ("/dev/zero", fifo):
        r = check_photo(p)
        assert not r.ok and r.error_kind == "not_image" and "device or a pipe" in r.error.en
        assert "设备或管道" in r.error.zh


def test_truncated_jpeg_and_png(tmp_path):
    a = astronaut_rgb()
    for name in ("cut.jpg", "cut.png"):
        full = save(a, tmp_path / ("full_" + name))
        data = full.read_bytes()
        p = tmp_path / name
        p.write_bytes(data[: len(data) * 2 // 5])
        r = check_photo(p)
        assert not r.ok, name
        assert r.error_kind in ("truncated", "unreadable"), (name, r.error_kind)
        assert "incomplete" in r.error.en or "damaged" in r.error.en


def test_wrong_extension_still_checked(tmp_path):
    p = save(astronaut_rgb(), tmp_path / "really_a_jpeg.png", "JPEG")
    r = check_photo(p)
    assert r.ok and r.format == "JPEG" and len(r.faces) == 1


def test_not_an_image(tmp_path):
    p = tmp_path / "notes.jpg"
    p.write_text("这不是图片 / this is not a picture\n", encoding="utf-8")
    r = check_photo(p)
    assert not r.ok and r.error_kind == "not_image" and "plain text" in r.error.en
    pdf = tmp_path / "doc.png"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    assert "PDF" in check_photo(pdf).error.en


@pytest.mark.parametrize(("head", "fmt"), [(b"\xff\xd8\xff\xe0", "JPEG"), (b"\x89PNG\r\n\x1a\n", "PNG")])
def test_a_picture_signature_followed_by_zeros_is_called_damaged_not_a_non_picture(tmp_path, head, fmt):
    """What an interrupted download or copy leaves: the first bytes of a picture, then zeros."""
    p = tmp_path / "cut.jpg"
    p.write_bytes(head + b"\0" * 5000)
    r = check_photo(p)
    assert not r.ok and r.error_kind == "unreadable"
    assert f"starts as a {fmt} picture" in r.error.en and "damaged or incomplete" in r.error.en
    assert f"开头是 {fmt} 图片" in r.error.zh


def test_huge_dimensions_refused_before_decoding(tmp_path):
    p = tmp_path / "bomb.png"
    p.write_bytes(_png_declaring(50000, 50000))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    r = check_photo(p)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert not r.ok and r.error_kind == "too_large"
    assert after - before < 200 * 1024  # KiB: nothing near 7.5 GB was allocated


def test_animated(tmp_path):
    frames = [Image.fromarray(np.full((40, 40, 3), v, np.uint8)) for v in (0, 128, 255)]
    gif = tmp_path / "anim.gif"
    frames[0].save(gif, save_all=True, append_images=frames[1:], duration=100, loop=0)
    webp = tmp_path / "anim.webp"
    frames[0].save(webp, save_all=True, append_images=frames[1:], duration=100, loop=0)
    r = check_photo(webp)
    assert not r.ok and r.error_kind == "animated" and "animated" in r.error.en
    r = check_photo(gif)  # a GIF is checked on its first frame, as a viewer shows it
    assert r.ok and r.format == "GIF" and (r.width, r.height) == (40, 40)


def test_exotic_and_missing(tmp_path):
    ico = tmp_path / "icon.ico"
    Image.fromarray(astronaut_rgb()[:64, :64]).save(ico)
    r = check_photo(ico)
    assert not r.ok and r.error_kind == "unsupported_format" and "ICO" in r.error.en
    r = check_photo(tmp_path / "nope.jpg")
    assert not r.ok and r.error_kind == "not_found"
    tiny = save(np.zeros((1, 1, 3), np.uint8), tmp_path / "one_pixel.png")
    r = check_photo(tiny)
    assert r.ok and r.verdict == "none"


def test_garbage_after_a_jpeg_header(tmp_path):
    p = tmp_path / "garbage.jpg"
    p.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
    r = check_photo(p)
    assert not r.ok and r.error
