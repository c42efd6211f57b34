"""Loading photos safely: limits checked before decoding, a memory budget for the decode, EXIF orientation.

``load_photo(path)`` gives a :class:`LoadedPhoto`: RGB pixels in display orientation, possibly decoded
at a reduced size (JPEG through libjpeg-turbo's scaled reads, which decode DCT blocks at 1/2, 1/4 or 1/8),
with ``scale`` = decoded width / full width so that boxes map back to full-resolution pixels.
``load_full(path)`` decodes at full size (for protection). Every failure is a :class:`PhotoError`
with a message for the user.

Formats: JPEG (and MPO; YCbCr, grey, CMYK, progressive), PNG (8 and 16 bits, palette, alpha), WebP,
HEIC/HEIF (pillow-heif), TIFF, BMP, GIF (the first frame of an animation) and PPM/PGM/PBM, identified
by content, not name. EXIF orientation is applied wherever the format carries it (JPEG, PNG's eXIf,
WebP, HEIC, TIFF).

Memory: before any pixel is decoded, the bytes the decode will hold at its peak (the decoder's own
buffer, the RGB result and a rotated copy) are worked out from the header and kept within
:data:`DECODE_BUDGET`: a JPEG is then read at 1/2, 1/4 or 1/8 size (only the check; protection needs
every pixel), and any other format that would not fit is refused with its figures. Pillow's images are
converted to RGB a band of rows at a time, so a 4-byte-per-pixel decode never has a second copy
beside it.
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
# The most one decode may hold at its peak (decoder buffer + RGB result + rotation). With the models,
# YuNet's working memory and the check's own copies, a check or a protection stays under 500 MB of
# resident memory for any file within the limits above (tests/hostile/test_hostile_photos.py measures it).
DECODE_BUDGET = 160 * 1024 * 1024
# What the check keeps decoded (3 bytes per pixel) while it detects: a JPEG larger than this at half
# size (above 64 MP) is read at 1/4 (its smallest faces then need 40 px between the eyes).
CHECK_KEEP_BYTES = 48 * 1024 * 1024
BAND_ROWS = 256                     # rows converted to RGB at a time
# Detection works on a copy whose long side is at least this (reduced reads stop above it), reduced at
# most by DETECT_MAX_REDUCTION: YuNet finds faces from about 10 px between the eyes in its input, so the
# check's reach (20 px in the full photo, check.MIN_IED_FULL) allows a half-size read and no less.
DETECT_LONG_SIDE = 1600
DETECT_MAX_REDUCTION = 2

SUPPORTED_FORMATS = {"JPEG", "MPO", "PNG", "WEBP", "BMP", "TIFF", "HEIF", "GIF", "PPM"}
_FORMAT_NAMES = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WebP", "BMP": "BMP",
                 "TIFF": "TIFF", "HEIF": "HEIC", "GIF": "GIF", "PPM": "PPM", "PGM": "PGM", "PBM": "PBM"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".bmp", ".dib", ".tif", ".tiff",
                  ".heic", ".heif", ".hif", ".gif", ".mpo", ".ppm", ".pgm", ".pbm", ".pnm"}
# bytes per pixel of Pillow's own buffer for a mode (RGB, RGBA, CMYK, YCbCr, LA ... are stored in 4)
_NATIVE_BPP = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16L": 2, "I;16B": 2, "I;16N": 2, "I": 4, "F": 4}

_heif_registered = False


@dataclass
class PhotoHeader:
    format: str
    width: int          # display orientation, full size
    height: int
    orientation: int    # EXIF orientation 1..8
    mode: str
    file_size: int
    decoder_rotates: bool = False  # Pillow turns it upright itself while decoding (TIFF, from Pillow 13)


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
            or head[:6] in (b"GIF87a", b"GIF89a") or _is_pnm(head))


def _is_pnm(head: bytes) -> bool:
    return len(head) >= 3 and head[:1] == b"P" and head[1:2] in b"123456" and head[2:3] in b" \t\r\n#"


def _signature_name(head: bytes) -> str:
    for sig, name in ((b"\xff\xd8\xff", "JPEG"), (b"\x89PNG", "PNG"), (b"GIF8", "GIF"), (b"BM", "BMP"),
                      (b"II*\0", "TIFF"), (b"MM\0*", "TIFF")):
        if head.startswith(sig):
            return name
    if _is_pnm(head):
        return "PPM/PGM/PBM"
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
    import stat

    from faceledger.safetext import display_path

    try:
        st = os.stat(path)
    except FileNotFoundError as err:
        if os.path.islink(path):  # the link is there, what it points to is not
            raise errors.cannot_open(err) from None
        raise errors.not_found(display_path(path)) from None
    except OSError as err:  # a symbolic-link loop, no permission on a folder on the way ...
        raise errors.cannot_open(err) from None
    if stat.S_ISDIR(st.st_mode):
        raise errors.not_image("a folder")
    if not stat.S_ISREG(st.st_mode):  # /dev/zero or a pipe: its size says 0, and reading it would never end
        raise errors.not_image("a device or a pipe, not a file")
    size = st.st_size
    if size == 0:
        raise errors.empty()
    if size > MAX_FILE_BYTES:
        raise errors.too_large(f"{errors.mib(size)} file (the limit is {errors.mib(MAX_FILE_BYTES)})",
                               f"文件 {errors.mib(size)}（上限 {errors.mib(MAX_FILE_BYTES)}）")
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat()
    except OSError as err:
        raise errors.cannot_open(err) from None
    if len(data) > MAX_FILE_BYTES:
        raise errors.too_large(f"more than {errors.mib(MAX_FILE_BYTES)}", f"超过 {errors.mib(MAX_FILE_BYTES)}")
    return data


def _bmp_size(data: bytes) -> tuple[int, int] | None:
    """The signed width and height a BMP header declares (Pillow reads a negative width as a huge one)."""
    if not data.startswith(b"BM") or len(data) < 26:
        return None
    hsize = int.from_bytes(data[14:18], "little")
    if hsize == 12:
        return int.from_bytes(data[18:20], "little", signed=True), int.from_bytes(data[20:22], "little", signed=True)
    return int.from_bytes(data[18:22], "little", signed=True), int.from_bytes(data[22:26], "little", signed=True)


def _open(data: bytes):
    """Open with Pillow (header only), check format, frames and size limits. Returns (img, header)."""
    from PIL import Image, UnidentifiedImageError

    _register_heif()
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    if not data:
        raise errors.empty()
    bmp = _bmp_size(data)
    if bmp is not None and (bmp[0] <= 0 or bmp[1] == 0):
        raise errors.bad_dimensions(*bmp)
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
        raise errors.bad_dimensions(w, h)
    if w * h > MAX_PIXELS or max(w, h) > MAX_SIDE:
        raise errors.too_large(f"{w} x {h} pixels ({w * h / 1e6:.0f} MP; the limit is {MAX_PIXELS / 1e6:.0f} MP)",
                               f"{w} x {h} 像素（{w * h / 1e6:.0f} MP，上限 {MAX_PIXELS / 1e6:.0f} MP）")
    if fmt == "PPM":
        fmt = {"1": "PBM", "L": "PGM", "I": "PGM", "I;16": "PGM", "I;16B": "PGM"}.get(img.mode, "PPM")
    # a GIF is checked on its first frame (what a viewer shows first); other animations are refused
    if fmt in ("WEBP", "PNG") and getattr(img, "is_animated", False):
        raise errors.animated(max(getattr(img, "n_frames", 2), 2))
    orientation = _orientation(img)
    if orientation not in range(1, 9):
        orientation = 1
    if fmt == "TIFF":
        # Pillow 13 reports a TIFF's size upright already and turns the pixels as it decodes them
        # (TiffImagePlugin: load_end() calls exif_transpose): nothing left to do here
        return img, PhotoHeader(fmt, w, h, 1, img.mode, len(data), decoder_rotates=orientation != 1)
    if orientation in (5, 6, 7, 8):
        w, h = h, w
    return img, PhotoHeader(fmt, w, h, orientation, img.mode, len(data))


def _orientation(img) -> int:
    """EXIF orientation 1..8 wherever the format carries it (JPEG APP1, PNG eXIf, WebP EXIF, HEIC, TIFF)."""
    from faceledger.photos.reveals import exif_of

    try:
        value = exif_of(img).get(0x0112, 1)
        if not value and img.format == "TIFF":
            value = img.tag_v2.get(0x0112, 1)
        return int(value or 1)
    except Exception:  # noqa: BLE001 - damaged EXIF: treat as upright
        return 1


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
            # searched from the end, where it is (a forward search read the whole file: 2.4 ms for 2.7 MB)
            return data.rfind(b"\xff\xd9", i) != -1
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


def _band_to_rgb(img) -> np.ndarray:
    """A (small) Pillow image of any mode -> uint8 RGB (alpha composited on white, 16-bit and float scaled)."""
    mode = img.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        a = np.asarray(img, dtype=np.float32)
        hi = float(a.max()) if a.size else 0.0
        if mode.startswith("I;16") or (mode == "I" and 255 < hi <= 65535):
            a = a / np.float32(257.0)
        elif mode == "F" and hi <= 1.0:
            a = a * np.float32(255.0)
        elif hi > 255:
            a = a * np.float32(255.0 / hi)
        g = np.clip(a, 0, 255).astype(np.uint8)
        return np.repeat(g[:, :, None], 3, axis=2)
    if mode == "P" and "transparency" in img.info:
        img = img.convert("RGBA")
        mode = "RGBA"
    if mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        a = np.asarray(img.convert("RGBA"), dtype=np.uint16)
        alpha = a[:, :, 3:4]
        return ((a[:, :, :3] * alpha + 255 * (255 - alpha) + 127) // 255).astype(np.uint8)
    if mode != "RGB":
        img = img.convert("RGB")
    return np.asarray(img)


def _to_rgb(img) -> np.ndarray:
    """A loaded Pillow image -> uint8 RGB, a band of rows at a time: no full-size intermediate copy (an
    RGBA image converted whole took 19 bytes per pixel; banded, 4 for Pillow's buffer + 3 for the result).
    16-bit and float images are scaled as a whole (their range decides the scale)."""
    w, h = img.size
    if img.mode in ("I", "F") or h <= BAND_ROWS:
        return _band_to_rgb(img)
    out = np.empty((h, w, 3), np.uint8)
    for y in range(0, h, BAND_ROWS):
        out[y:y + BAND_ROWS] = _band_to_rgb(img.crop((0, y, w, min(h, y + BAND_ROWS))))
    return out


def decode_bytes(header: PhotoHeader, k: int = 1) -> int:
    """The bytes a decode of ``header`` at 1/k holds at its peak (see the module text)."""
    px = -(-header.width // k) * -(-header.height // k)
    rotated = header.orientation != 1
    if header.format in ("JPEG", "MPO") and header.mode in ("RGB", "L", "YCbCr"):
        return px * (6 if rotated else 3)  # OpenCV decodes straight to 3 bytes per pixel
    native = _NATIVE_BPP.get(header.mode, 4)
    if header.mode in ("I", "F") or header.mode.startswith("I;16"):
        native += 4 + 4  # the float32 scaling copy of the whole image, and its clipped copy
    return px * max(native + 3, 6 if rotated else 0, 2 * _NATIVE_BPP.get(header.mode, 4) if header.decoder_rotates else 0)


def reducible(header: PhotoHeader) -> bool:
    """Whether the format can be decoded at 1/2, 1/4 or 1/8 size (JPEG: its DCT blocks)."""
    return header.format in ("JPEG", "MPO")


def _reduction_for(header: PhotoHeader, target: int | None, budget: int, extra_bpp: int = 0) -> int:
    """1, 2, 4 or 8: what detection needs (``target``; None: full size), then what the budget allows
    (the decode's peak, plus ``extra_bpp`` bytes per decoded pixel that the caller will hold after it).
    Raises the clear refusal when the format cannot be reduced enough."""
    def pixels(k: int) -> int:
        return -(-header.width // k) * -(-header.height // k)

    def need_at(k: int) -> int:  # the decode's transient peak (full size unless reducible), or what is held
        return max(decode_bytes(header, k if reducible(header) else 1), (3 + extra_bpp) * pixels(k))

    k = _reduction(max(header.width, header.height), target)
    while target is not None and reducible(header) and k < 8 and (
            need_at(k) > budget or 3 * pixels(k) > CHECK_KEEP_BYTES):
        k *= 2
    need = need_at(k)
    if need > budget:
        raise errors.too_big_to_decode(header.width, header.height, need, budget, protect=target is None)
    return k


def _reduction(long_side: int, target: int | None) -> int:
    if target is None:
        return 1
    k = 1
    while k < DETECT_MAX_REDUCTION and long_side / (k * 2) >= target:
        k *= 2
    return k


def _turbo_rgb(data: bytes, k: int) -> np.ndarray | None:
    """A YCbCr or grey JPEG at 1/k straight to RGB through simplejpeg (libjpeg-turbo's TurboJPEG API), or None
    for anything it does not take as it is (CMYK, damaged data, an unexpected size): the caller then reads
    it with OpenCV as before. The pixels are OpenCV's (the same libjpeg-turbo scaled IDCT and upsampling:
    identical on 142 of 144 test decodes at 1/1-1/8, baseline and progressive, 4:4:4, 4:2:2, 4:2:0 and grey), for about
    11 % less CPU (30.0 against 33.7 ms for a 12 MP photo read at half size, with OpenCV's BGR-to-RGB pass;
    docs/photos.md §9). ``strict``: a decoder warning (corrupt data) is an error here, so a damaged file gets
    OpenCV's lenient decode and its messages exactly as before."""
    try:
        import simplejpeg

        h, w, colour, _ = simplejpeg.decode_jpeg_header(data)
        if colour not in ("YCbCr", "Gray"):
            return None
        want = (-(-h // k), -(-w // k))
        # the smallest libjpeg scale (M/8) that keeps these sides is 1/k itself
        rgb = simplejpeg.decode_jpeg(data, "RGB", min_width=want[1], min_height=want[0], strict=True)
    except (ImportError, ValueError, RuntimeError):
        return None
    return rgb if rgb.shape == (*want, 3) else None


def _decode(data: bytes, img, header: PhotoHeader, k: int) -> np.ndarray:
    """The pixels at 1/k size, as stored (EXIF orientation not applied yet: the caller does it after
    Pillow's buffer is freed, so that the rotated copy never sits beside it)."""
    import cv2

    if header.format in ("JPEG", "MPO"):
        if not _jpeg_complete(data):
            raise errors.truncated()
        if header.mode in ("RGB", "L", "YCbCr"):
            rgb = _turbo_rgb(data, k)
            if rgb is not None:
                return rgb
            flag = {1: cv2.IMREAD_COLOR, 2: cv2.IMREAD_REDUCED_COLOR_2, 4: cv2.IMREAD_REDUCED_COLOR_4,
                    8: cv2.IMREAD_REDUCED_COLOR_8}[k]
            bgr = cv2.imdecode(np.frombuffer(data, np.uint8), flag | cv2.IMREAD_IGNORE_ORIENTATION)
            if bgr is None:
                raise errors.unreadable("the JPEG decoder rejected it")
            return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB, dst=bgr)  # in place: no second copy
        if k > 1:
            sw, sh = img.size
            img.draft(None, (sw // k, sh // k))
    try:
        if header.format == "GIF":
            img.seek(0)
        img.load()
        rgb = _to_rgb(img)
    except Image_errors() as err:
        msg = str(err)
        if "truncated" in msg or "broken" in msg.lower() or isinstance(err, EOFError):
            raise errors.truncated() from None
        raise errors.unreadable(msg) from None
    except MemoryError:
        raise errors.too_large("not enough memory to decode it", "内存不足，无法解码") from None
    want_w = max(1, round(img.size[0] / k))  # stored orientation
    if k > 1 and rgb.shape[1] > want_w * 1.01:
        want_h = max(1, round(rgb.shape[0] * want_w / rgb.shape[1]))
        rgb = cv2.resize(rgb, (want_w, want_h), interpolation=cv2.INTER_AREA)
    return rgb


def Image_errors():  # noqa: N802 - a tuple of the exceptions Pillow's decoders raise
    from PIL import Image

    return (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError, TypeError)


def _load(path_or_bytes: str | os.PathLike | bytes, target: int | None, budget: int,
          extra_bpp: int = 0) -> LoadedPhoto:
    if isinstance(path_or_bytes, bytes):
        path, data = None, path_or_bytes
    else:
        path = Path(path_or_bytes)
        data = _read_bytes(path)
    img, header = _open(data)
    try:
        k = _reduction_for(header, target, budget, extra_bpp)
        reveals = read_reveals(img)
        kinds = metadata_kinds(img)
        rgb = _decode(data, img, header, k)
    finally:
        img.close()
    rgb = apply_orientation(rgb, header.orientation)
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.size == 0:
        raise errors.unreadable("no colour pixels")
    # EXIF orientation may disagree with a decoder that already rotated (some HEIC): trust the pixels
    full_w, full_h = header.width, header.height
    if (rgb.shape[1] > rgb.shape[0]) != (full_w > full_h) and full_w != full_h:
        full_w, full_h = full_h, full_w
    return LoadedPhoto(path, rgb, full_w, full_h, header.format, reveals, kinds)


def load_photo(path: str | os.PathLike | bytes, detect_long_side: int | None = DETECT_LONG_SIDE,
               budget: int = DECODE_BUDGET) -> LoadedPhoto:
    """Load for checking: decoded at a reduced size when the photo is much larger than detection needs
    (or than the memory budget allows, for a JPEG); ``detect_long_side=None``: full size or a refusal."""
    return _load(path, detect_long_side, budget)


def load_full(path: str | os.PathLike | bytes, budget: int = DECODE_BUDGET, extra_bpp: int = 0) -> LoadedPhoto:
    """Load at full resolution (for protection, which writes every pixel back), or refuse clearly when the
    decode and the ``extra_bpp`` bytes per pixel the caller needs beside it exceed ``budget``."""
    return _load(path, None, budget, extra_bpp)
