"""Loading photos safely: limits checked before decoding, EXIF orientation applied first.

``load_photo(path)`` gives a :class:`LoadedPhoto`: RGB pixels in display orientation, possibly decoded
at a reduced size (JPEG through OpenCV's reduced reads, which decode DCT blocks at 1/2, 1/4 or 1/8),
with ``scale`` = decoded width / full width so that boxes map back to full-resolution pixels.
``load_full(path)`` decodes at full size (for protection). Every failure is a :class:`PhotoError`
with a message for the user; nothing here allocates more than the limits allow.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from faceledger.photos import errors
from faceledger.photos.reveals import metadata_kinds, read_reveals

MAX_FILE_BYTES = 150 * 1024 * 1024  # larger than any camera JPEG/HEIC; a photo this big is suspicious
MAX_PIXELS = 120_000_000            # 120 MP: above every phone's default mode; a 200 MP RGB frame is 600 MB
MAX_SIDE = 30_000
# Detection works on a copy whose long side is at least this (reduced reads stop above it), reduced at
# most by DETECT_MAX_REDUCTION: YuNet finds faces from about 10 px between the eyes in its input, so the
# check's reach (20 px in the full photo, check.MIN_IED_FULL) allows a half-size read and no less.
DETECT_LONG_SIDE = 1600
DETECT_MAX_REDUCTION = 2

SUPPORTED_FORMATS = {"JPEG", "MPO", "PNG", "WEBP", "BMP", "TIFF", "HEIF", "GIF", "PPM"}
_FORMAT_NAMES = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WebP", "BMP": "BMP",
                 "TIFF": "TIFF", "HEIF": "HEIC", "GIF": "GIF"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".bmp", ".dib", ".tif", ".tiff",
                  ".heic", ".heif", ".hif", ".gif", ".mpo"}

_heif_registered = False


@dataclass
class PhotoHeader:
    format: str
    width: int          # display orientation, full size
    height: int
    orientation: int    # EXIF orientation 1..8
    mode: str
    file_size: int


@dataclass
class LoadedPhoto:
    path: Path | None
    rgb: np.ndarray     # uint8 HxWx3, display orientation
    width: int          # full size in display orientation
    height: int
    format: str
    reveals: dict[str, Any] = field(default_factory=dict)
    metadata: list[str] = field(default_factory=list)  # kinds of metadata blocks present

    @property
    def scale(self) -> float:
        """Decoded pixels per full-resolution pixel (1.0, 0.5, 0.25 or 0.125, or a resize ratio)."""
        return self.rgb.shape[1] / self.width

    @property
    def format_name(self) -> str:
        return _FORMAT_NAMES.get(self.format, self.format)


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        try:
            import pillow_heif

            pillow_heif.register_heif_opener()
        except ImportError:  # pragma: no cover - a dependency; without it HEIC is "unsupported"
            pass
        _heif_registered = True


def looks_like_image(head: bytes) -> bool:
    """Magic-number sniff of the first 16 bytes (used by the folder scan to skip non-images)."""
    return (head.startswith(b"\xff\xd8\xff") or head.startswith(b"\x89PNG") or head[:4] == b"RIFF"
            and head[8:12] == b"WEBP" or head.startswith(b"BM") or head[:4] in (b"II*\0", b"MM\0*")
            or head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis",
                                                         b"hevc", b"hevx", b"avif")
            or head[:6] in (b"GIF87a", b"GIF89a"))


def _signature_name(head: bytes) -> str:
    for sig, name in ((b"\xff\xd8\xff", "JPEG"), (b"\x89PNG", "PNG"), (b"GIF8", "GIF"), (b"BM", "BMP"),
                      (b"II*\0", "TIFF"), (b"MM\0*", "TIFF")):
        if head.startswith(sig):
            return name
    return "WebP" if head[:4] == b"RIFF" else "HEIC"


def _what_is(data: bytes) -> str:
    head = data[:16]
    if head.startswith(b"%PDF"):
        return "a PDF document"
    if head.startswith(b"PK\x03\x04"):
        return "a ZIP archive"
    if head[4:8] == b"ftyp":
        return "a video"
    low = data[:512].lstrip().lower()
    if low.startswith(b"<!doctype html") or low.startswith(b"<html"):
        return "an HTML page"
    try:
        data[:4096].decode("utf-8")
        return "plain text"
    except UnicodeDecodeError:
        return ""


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise errors.not_found(str(path)) from None
    except OSError as err:
        raise errors.unreadable(err.strerror or str(err)) from None
    if path.is_dir():
        raise errors.not_image("a folder")
    if not path.is_file():  # /dev/zero or a pipe: its size says 0, and reading it would never end
        raise errors.not_image("a device or a pipe, not a file")
    if size == 0:
        raise errors.empty()
    if size > MAX_FILE_BYTES:
        raise errors.too_large(f"{size / 1e6:.0f} MB file (the limit is {MAX_FILE_BYTES / 1e6:.0f} MB)",
                               f"文件 {size / 1e6:.0f} MB（上限 {MAX_FILE_BYTES / 1e6:.0f} MB）")
    try:
        return path.read_bytes()
    except OSError as err:
        raise errors.unreadable(err.strerror or str(err)) from None


def _open(data: bytes):
    """Open with Pillow (header only), check format, frames and size limits. Returns (img, header)."""
    from PIL import Image, UnidentifiedImageError

    _register_heif()
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    if not data:
        raise errors.empty()
    try:
        img = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        if looks_like_image(data[:16]):  # an image's signature, then no image: cut off, or zeros after it
            raise errors.damaged(_signature_name(data[:16])) from None
        raise errors.not_image(_what_is(data)) from None
    except Image.DecompressionBombError:
        raise errors.too_large("more pixels than the 120 MP limit", "像素数超过 1.2 亿的上限") from None
    except (OSError, SyntaxError, ValueError) as err:
        if data[:8].startswith(b"\xff\xd8") or data.startswith(b"\x89PNG"):
            raise errors.truncated() from None
        raise errors.unreadable(str(err)) from None
    fmt = img.format or "?"
    if fmt not in SUPPORTED_FORMATS:
        raise errors.unsupported(fmt)
    w, h = img.size
    if w <= 0 or h <= 0:
        raise errors.unreadable("zero width or height")
    if w * h > MAX_PIXELS or max(w, h) > MAX_SIDE:
        raise errors.too_large(f"{w} x {h} pixels ({w * h / 1e6:.0f} MP; the limit is {MAX_PIXELS / 1e6:.0f} MP)",
                               f"{w} x {h} 像素（{w * h / 1e6:.0f} MP，上限 {MAX_PIXELS / 1e6:.0f} MP）")
    frames = getattr(img, "n_frames", 1) if fmt in ("GIF", "WEBP", "PNG", "TIFF") else 1
    if frames > 1 or (fmt != "MPO" and getattr(img, "is_animated", False)):
        raise errors.animated(max(frames, 2))
    try:
        orientation = int(img.getexif().get(0x0112, 1) or 1)
    except Exception:  # noqa: BLE001 - damaged EXIF: treat as upright
        orientation = 1
    if orientation not in range(1, 9):
        orientation = 1
    if orientation in (5, 6, 7, 8):
        w, h = h, w
    return img, PhotoHeader(fmt, w, h, orientation, img.mode, len(data))


def _jpeg_complete(data: bytes) -> bool:
    """True if the main JPEG image has its end marker after its scan (a cut-off file does not)."""
    i = 2
    n = len(data)
    while i + 4 <= n:
        if data[i] != 0xFF:
            return False
        marker = data[i + 1]
        if marker == 0xFF:
            i += 1
            continue
        if marker == 0xDA:  # start of scan: entropy data follows; the image ends with FFD9
            return data.find(b"\xff\xd9", i) != -1
        seg = int.from_bytes(data[i + 2:i + 4], "big")
        i += 2 + seg
    return False


def apply_orientation(a: np.ndarray, orientation: int) -> np.ndarray:
    """Rotate/flip decoded pixels as EXIF orientation 1..8 says (same result as ImageOps.exif_transpose)."""
    if orientation == 2:
        a = a[:, ::-1]
    elif orientation == 3:
        a = a[::-1, ::-1]
    elif orientation == 4:
        a = a[::-1]
    elif orientation == 5:
        a = a.swapaxes(0, 1)
    elif orientation == 6:
        a = a.swapaxes(0, 1)[:, ::-1]
    elif orientation == 7:
        a = a[::-1, ::-1].swapaxes(0, 1)
    elif orientation == 8:
        a = a.swapaxes(0, 1)[::-1]
    return np.ascontiguousarray(a)


def _to_rgb(img) -> np.ndarray:
    """Pillow image of any mode -> uint8 RGB (alpha composited on white, 16-bit and float scaled)."""
    from PIL import Image

    mode = img.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        a = np.asarray(img, dtype=np.float64)
        hi = float(a.max()) if a.size else 0.0
        if mode.startswith("I;16") or (mode == "I" and 255 < hi <= 65535):
            a = a / 257.0
        elif mode == "F" and hi <= 1.0:
            a = a * 255.0
        elif hi > 255:
            a = a * (255.0 / hi)
        g = np.clip(a, 0, 255).astype(np.uint8)
        return np.repeat(g[:, :, None], 3, axis=2)
    if mode == "P" and "transparency" in img.info:
        img = img.convert("RGBA")
        mode = "RGBA"
    if mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        img = img.convert("RGBA")
        bg = Image.new("RGBA", img.size, (255, 255, 255, 255))
        img = Image.alpha_composite(bg, img)
    if img.mode != "RGB":
        img = img.convert("RGB")
    return np.asarray(img)


def _reduction(long_side: int, target: int | None) -> int:
    if target is None:
        return 1
    k = 1
    while k < DETECT_MAX_REDUCTION and long_side / (k * 2) >= target:
        k *= 2
    return k


def _decode(data: bytes, img, header: PhotoHeader, target: int | None) -> np.ndarray:
    import cv2

    k = _reduction(max(header.width, header.height), target)
    if header.format in ("JPEG", "MPO"):
        if not _jpeg_complete(data):
            raise errors.truncated()
        if header.mode in ("RGB", "L", "YCbCr"):
            flag = {1: cv2.IMREAD_COLOR, 2: cv2.IMREAD_REDUCED_COLOR_2, 4: cv2.IMREAD_REDUCED_COLOR_4,
                    8: cv2.IMREAD_REDUCED_COLOR_8}[k]
            bgr = cv2.imdecode(np.frombuffer(data, np.uint8), flag | cv2.IMREAD_IGNORE_ORIENTATION)
            if bgr is None:
                raise errors.unreadable("the JPEG decoder rejected it")
            return apply_orientation(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), header.orientation)
        if k > 1:
            sw, sh = img.size
            img.draft(None, (sw // k, sh // k))
    try:
        img.load()
        rgb = _to_rgb(img)
    except Image_errors() as err:
        msg = str(err)
        if "truncated" in msg or "broken" in msg.lower() or isinstance(err, EOFError):
            raise errors.truncated() from None
        raise errors.unreadable(msg) from None
    except MemoryError:
        raise errors.too_large("not enough memory to decode it", "内存不足，无法解码") from None
    rgb = apply_orientation(rgb, header.orientation)
    want_w = max(1, round(header.width / k))  # header sizes are in display orientation already
    if k > 1 and rgb.shape[1] > want_w * 1.01:
        want_h = max(1, round(rgb.shape[0] * want_w / rgb.shape[1]))
        rgb = cv2.resize(rgb, (want_w, want_h), interpolation=cv2.INTER_AREA)
    return rgb


def Image_errors():  # noqa: N802 - a tuple of the exceptions Pillow's decoders raise
    from PIL import Image

    return (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError, TypeError)


def _load(path_or_bytes: str | os.PathLike | bytes, target: int | None) -> LoadedPhoto:
    if isinstance(path_or_bytes, bytes):
        path, data = None, path_or_bytes
    else:
        path = Path(path_or_bytes)
        data = _read_bytes(path)
    img, header = _open(data)
    try:
        reveals = read_reveals(img)
        kinds = metadata_kinds(img)
        rgb = _decode(data, img, header, target)
    finally:
        img.close()
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.size == 0:
        raise errors.unreadable("no colour pixels")
    # EXIF orientation may disagree with a decoder that already rotated (some HEIC): trust the pixels
    full_w, full_h = header.width, header.height
    if (rgb.shape[1] > rgb.shape[0]) != (full_w > full_h) and full_w != full_h:
        full_w, full_h = full_h, full_w
    return LoadedPhoto(path, rgb, full_w, full_h, header.format, reveals, kinds)


def load_photo(path: str | os.PathLike | bytes, detect_long_side: int | None = DETECT_LONG_SIDE) -> LoadedPhoto:
    """Load for checking: decoded at a reduced size when the photo is much larger than detection needs."""
    return _load(path, detect_long_side)


def load_full(path: str | os.PathLike | bytes) -> LoadedPhoto:
    """Load at full resolution (for protection, which writes every pixel back)."""
    return _load(path, None)
