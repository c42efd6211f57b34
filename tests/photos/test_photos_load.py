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


def _exif(orientation: int) -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = orientation
    return exif


# every format the check reads, with the EXIF orientation where the format carries it; the portrait is
# stored turned on its side (orientation 6 says: rotate 90 degrees clockwise to show it)
FORMATS = {
    "baseline.jpg": dict(format="JPEG", quality=92),
    "progressive.jpg": dict(format="JPEG", quality=92, progressive=True),
    "cmyk.jpg": dict(format="JPEG", quality=95, mode="CMYK"),
    "rgb8.png": dict(format="PNG"),
    "rgb16.png": dict(format="PNG", mode="RGB16", exif_ok=False),
    "palette.png": dict(format="PNG", mode="P"),
    "alpha.png": dict(format="PNG", mode="RGBA"),
    "photo.webp": dict(format="WEBP", quality=92),
    # HEIF turns pictures with its own transform boxes, which libheif applies (and pillow-heif then resets
    # the EXIF orientation to 1); an EXIF orientation alone is not how phones store HEIC
    "photo.heic": dict(format="HEIF", quality=90, exif_ok=False),
    "photo.tif": dict(format="TIFF", compression="tiff_lzw"),
    "photo.bmp": dict(format="BMP", exif_ok=False),
    "photo.gif": dict(format="GIF", mode="P", exif_ok=False, animated=True),
    "photo.ppm": dict(format="PPM", exif_ok=False),
    "photo.pgm": dict(format="PPM", mode="L", exif_ok=False),
    "photo.pbm": dict(format="PPM", mode="1", exif_ok=False, detect=False),
}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_upright_and_checked(tmp_path, name):
    """Each format reads to upright RGB at the right size, the orientation applied where the format has it,
    and the astronaut's face is found where the pixels still show one."""
    import pillow_heif

    from faceledger.photos.check import check_photo

    pillow_heif.register_heif_opener()
    spec = dict(FORMATS[name])
    exif_ok = spec.pop("exif_ok", True)
    animated = spec.pop("animated", False)
    detect = spec.pop("detect", True)
    mode = spec.pop("mode", "RGB")
    upright = astronaut_rgb()[:, 32:480]                 # 448 wide, 512 high
    stored = np.ascontiguousarray(np.rot90(upright, 1)) if exif_ok else upright  # turned left
    img = Image.fromarray(stored)
    if mode == "RGBA":
        img = Image.fromarray(np.dstack([stored, np.full(stored.shape[:2], 255, np.uint8)]), "RGBA")
    elif mode not in ("RGB", "RGB16"):
        img = img.convert(mode)
    p = tmp_path / name
    kw = dict(spec)
    if exif_ok:
        kw["exif"] = _exif(6)
    if animated:
        other = Image.fromarray(np.zeros_like(stored)).convert(mode)  # a black second frame
        img.save(p, save_all=True, append_images=[other], duration=100, **kw)
    else:
        img.save(p, **kw)
    if mode == "RGB16":  # a real 16-bit-per-channel PNG (Pillow writes RGB as 8 bit), written by OpenCV
        import cv2

        cv2.imwrite(str(p), cv2.cvtColor(upright, cv2.COLOR_RGB2BGR).astype(np.uint16) * 257)
        assert cv2.imread(str(p), cv2.IMREAD_UNCHANGED).dtype == np.uint16
    upright_expected = upright
    photo = load_photo(p)
    h, w = upright_expected.shape[:2]
    assert (photo.width, photo.height) == (w, h), name
    assert photo.rgb.shape == (h, w, 3) and photo.rgb.dtype == np.uint8, name
    if mode in ("RGB", "RGBA", "CMYK", "RGB16"):
        diff = np.abs(photo.rgb.astype(int) - upright_expected.astype(int)).mean()
        assert diff < 12, (name, diff)   # the same picture, upright (lossy formats differ a little)
    if detect:
        r = check_photo(p)
        assert r.ok and r.verdict in ("high", "medium") and len(r.faces) >= 1, (name, r.verdict)


def test_negative_bmp_width_is_damage_not_a_huge_image(tmp_path):
    import struct

    from faceledger.photos.check import check_photo

    p = save(np.zeros((10, 10, 3), np.uint8), tmp_path / "neg.bmp")
    data = bytearray(p.read_bytes())
    data[18:22] = struct.pack("<i", -10)
    p.write_bytes(bytes(data))
    r = check_photo(p)
    assert not r.ok and "impossible size" in r.error.en and "120 MP" not in r.error.en
    assert "尺寸无效" in r.error.zh


def test_file_size_limit_in_binary_megabytes(tmp_path, monkeypatch):
    from faceledger.photos import load as L
    from faceledger.photos.check import check_photo

    monkeypatch.setattr(L, "MAX_FILE_BYTES", 2 * 1024 * 1024)
    p = tmp_path / "big.jpg"
    p.write_bytes(b"\xff\xd8\xff" + b"\0" * (3 * 1024 * 1024))
    r = check_photo(p)
    assert not r.ok and r.error_kind == "too_large" and "3 MB file (the limit is 2 MB)" in r.error.en


def test_symlink_loop_is_not_called_damaged_image_data(tmp_path):
    import os

    from faceledger.photos.check import check_photo

    loop = tmp_path / "loop.jpg"
    os.symlink(loop, loop)
    r = check_photo(loop)
    assert not r.ok and "symbolic link" in r.error.en and "damaged" not in r.error.en
    os.symlink(tmp_path / "gone.jpg", tmp_path / "dangling.jpg")
    r = check_photo(tmp_path / "dangling.jpg")
    assert not r.ok and "does not exist" in r.error.en


def test_decode_budget_reduces_a_jpeg_and_refuses_what_cannot_be_reduced(tmp_path):
    """Declared sizes within the limits that would not fit the budget: a JPEG is read smaller, a PNG is
    refused with its figures, before any pixel is decoded (a small budget stands in for a huge image)."""
    from faceledger.photos import errors
    from faceledger.photos.load import decode_bytes

    img = Image.new("RGB", (2000, 1000), (90, 120, 150))
    jpg, png = tmp_path / "a.jpg", tmp_path / "a.png"
    img.save(jpg)
    img.save(png)
    small = load_photo(jpg, budget=1_000_000)
    assert small.rgb.shape[1] <= 500 and (small.width, small.height) == (2000, 1000)
    with pytest.raises(errors.PhotoError) as e:
        load_photo(png, budget=1_000_000)
    assert e.value.kind == "too_large" and "2000 x 1000" in e.value.text.en and "MB" in e.value.text.zh
    with pytest.raises(errors.PhotoError) as e:
        load_full(jpg, budget=1_000_000)  # protection needs every pixel: refused, not reduced
    assert "protect" in e.value.text.en
    from faceledger.photos.load import PhotoHeader

    assert decode_bytes(PhotoHeader("PNG", 100, 100, 1, "RGBA", 0)) == 100 * 100 * 7
    assert decode_bytes(PhotoHeader("JPEG", 100, 100, 6, "RGB", 0), 2) == 50 * 50 * 6


def test_exif_mojibake_is_repaired():
    from faceledger.photos.reveals import _clean

    assert _clean("Â© NBC Universal") == "© NBC Universal"
    assert _clean("张三".encode("utf-8").decode("latin-1")) == "张三"
    assert _clean("Café") == "Café"  # real Latin-1 text that is not UTF-8 stays


@pytest.mark.parametrize("kind", ["baseline420", "progressive444", "grey"])
def test_jpeg_decoder_gives_opencvs_pixels_and_leaves_the_rest_to_it(kind):
    """simplejpeg (load._turbo_rgb) reads YCbCr and grey JPEGs at 1/1, 1/2, 1/4 and 1/8 to exactly the pixels
    OpenCV's reduced reads give; CMYK and damaged data are left to the OpenCV/Pillow path (None)."""
    import io

    import cv2

    from faceledger.photos.load import _turbo_rgb

    img = Image.fromarray(np.tile(astronaut_rgb(), (2, 3, 1))[:1001, :1499])  # sides not multiples of 8
    buf = io.BytesIO()
    if kind == "grey":
        img.convert("L").save(buf, "JPEG", quality=88)
    else:
        img.save(buf, "JPEG", quality=88, progressive=kind.startswith("progressive"),
                 subsampling=0 if kind.endswith("444") else 2)
    data = buf.getvalue()
    for k, flag in ((1, cv2.IMREAD_COLOR), (2, cv2.IMREAD_REDUCED_COLOR_2), (4, cv2.IMREAD_REDUCED_COLOR_4),
                    (8, cv2.IMREAD_REDUCED_COLOR_8)):
        want = cv2.imdecode(np.frombuffer(data, np.uint8), flag | cv2.IMREAD_IGNORE_ORIENTATION)[:, :, ::-1]
        got = _turbo_rgb(data, k)
        assert got is not None and got.shape == want.shape and np.array_equal(got, want), k
    assert _turbo_rgb(data[: len(data) // 2], 2) is None  # cut off: OpenCV's lenient read and message
    cmyk = io.BytesIO()
    img.convert("CMYK").save(cmyk, "JPEG")
    assert _turbo_rgb(cmyk.getvalue(), 1) is None
