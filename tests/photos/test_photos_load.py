"""Loading: formats, modes, EXIF orientation, reduced decodes, what the metadata reveals."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageOps

from faceledger.photos.load import apply_orientation, load_full, load_photo, looks_like_image
from faceledger.photos.reveals import reveal_lines

from .conftest import astronaut_rgb, jpeg_with_exif, save


def _pattern(h: int = 60, w: int = 90) -> np.ndarray:
    a = np.zeros((h, w, 3), np.uint8)
    a[:20, :30] = (255, 0, 0)       # red block top-left: shows where the corner went
    a[-10:, -10:] = (0, 0, 255)
    return a


@pytest.mark.parametrize("orientation", range(1, 9))
def test_orientation_matches_pillow(orientation):
    a = _pattern()
    img = Image.fromarray(a)
    exif = Image.Exif()
    exif[0x0112] = orientation
    img.info["exif"] = exif.tobytes()
    img.getexif()[0x0112] = orientation
    expected = np.asarray(ImageOps.exif_transpose(img))
    assert np.array_equal(apply_orientation(a, orientation), expected)


def test_jpeg_orientation_applied_and_size_in_display_orientation(tmp_path):
    a = _pattern(60, 90)
    p = jpeg_with_exif(tmp_path / "o6.jpg", a, orientation=6)
    photo = load_photo(p)
    assert (photo.width, photo.height) == (60, 90)
    assert photo.rgb.shape[:2] == (90, 60)
    # orientation 6 = rotate 90 degrees clockwise: the red top-left corner goes to the top-right
    assert photo.rgb[5, -5, 0] > 200 and photo.rgb[5, -5, 2] < 80


def test_reveals_gps_time_device_owner(tmp_path):
    p = jpeg_with_exif(tmp_path / "phone.jpg", astronaut_rgb())
    photo = load_photo(p)
    r = photo.reveals
    assert r["gps"]["lat"] == pytest.approx(31.225, abs=1e-3)
    assert r["gps"]["lon"] == pytest.approx(121.47, abs=1e-2)
    assert r["captured"] == "2024:05:01 10:20:30"
    assert r["device"] == "Apple iPhone 13"
    assert r["owner"] == "Zhang San"
    assert "exif" in photo.metadata and "gps" in photo.metadata
    zh = reveal_lines(r, "zh")
    en = reveal_lines(r, "en")
    assert any("GPS" in line and "31.22" in line for line in en)
    assert any("拍摄时间" in line for line in zh)


def test_large_jpeg_is_decoded_reduced(tmp_path):
    big = np.zeros((3000, 4000, 3), np.uint8)
    big[:, :, 1] = 120
    p = save(big, tmp_path / "big.jpg", quality=80)
    photo = load_photo(p)
    assert (photo.width, photo.height) == (4000, 3000)
    assert photo.rgb.shape == (1500, 2000, 3)
    assert photo.scale == 0.5
    assert load_full(p).rgb.shape == (3000, 4000, 3)


def test_modes_and_formats(tmp_path):
    a = astronaut_rgb()[:128, :128]
    cases = {}
    cases["rgba.png"] = Image.fromarray(np.dstack([a, np.full(a.shape[:2], 128, np.uint8)]), "RGBA")
    cases["palette.png"] = Image.fromarray(a).convert("P")
    cases["grey16.png"] = Image.fromarray(a[:, :, 0].astype(np.uint16) * 257)
    cases["cmyk.jpg"] = Image.fromarray(a).convert("CMYK")
    cases["bilevel.tif"] = Image.fromarray(a).convert("1")
    cases["float.tif"] = Image.fromarray(a[:, :, 0].astype(np.float32) / 255.0)
    cases["photo.webp"] = Image.fromarray(a)
    cases["photo.bmp"] = Image.fromarray(a)
    cases["lab.tif"] = Image.fromarray(a).convert("LAB")
    for name, img in cases.items():
        p = tmp_path / name
        img.save(p)
        photo = load_photo(p)
        assert photo.rgb.dtype == np.uint8 and photo.rgb.shape == (128, 128, 3), name
        assert 20 < photo.rgb.mean() < 240, name


def test_heic(tmp_path):
    import pillow_heif

    pillow_heif.register_heif_opener()
    p = tmp_path / "phone.heic"
    Image.fromarray(astronaut_rgb()).save(p, quality=90)
    photo = load_photo(p)
    assert photo.format_name == "HEIC"
    assert photo.rgb.shape == (512, 512, 3)


def test_sniffing():
    assert looks_like_image(b"\xff\xd8\xff\xe0" + b"\0" * 12)
    assert looks_like_image(b"\x89PNG\r\n\x1a\n" + b"\0" * 8)
    assert not looks_like_image(b"hello world, no image")
