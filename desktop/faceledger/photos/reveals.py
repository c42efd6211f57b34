"""What a photo's metadata reveals about the person who took it: place, time, device, owner, thumbnail.

``read_reveals(img)`` takes an opened (not necessarily decoded) Pillow image and returns a JSON-able
dict with only the keys that are present. ``reveal_lines(reveals, lang)`` turns it into the list the
user sees. ``metadata_kinds(img)`` names every kind of metadata block the file carries (what
protection removes).
"""

from __future__ import annotations

from typing import Any

from faceledger.text import Text

# EXIF tags (TIFF/EXIF 2.32 numbers)
_IFD0 = {0x010F: "make", 0x0110: "model", 0x0131: "software", 0x0132: "modified", 0x013B: "artist",
         0x8298: "copyright", 0x010E: "description", 0x9C9D: "author_xp"}
_EXIF = {0x9003: "captured", 0x9004: "digitized", 0x9010: "utc_offset", 0x9011: "utc_offset",
         0xA430: "owner", 0xA431: "serial", 0xA434: "lens", 0xA420: "image_id", 0x927C: "maker_note"}
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_IFD1 = 1  # Pillow's key for the thumbnail IFD in Exif.get_ifd

LABELS: dict[str, Text] = {
    "gps": Text("拍摄地点（GPS 坐标）", "Where it was taken (GPS position)"),
    "captured": Text("拍摄时间", "When it was taken"),
    "utc_offset": Text("时区", "Time zone"),
    "device": Text("拍摄设备", "Camera or phone"),
    "lens": Text("镜头", "Lens"),
    "serial": Text("设备序列号", "Device serial number"),
    "software": Text("编辑软件", "Software"),
    "modified": Text("修改时间", "When it was last changed"),
    "owner": Text("相机主人", "Camera owner"),
    "artist": Text("作者", "Author"),
    "copyright": Text("版权信息", "Copyright"),
    "description": Text("描述", "Description"),
    "image_id": Text("图像唯一编号", "Unique image ID"),
    "maker_note": Text("厂商私有数据（MakerNote）", "Maker's private data (MakerNote)"),
    "thumbnail": Text("内嵌缩略图（可能保留裁剪或修改前的画面）",
                      "Embedded thumbnail (may still show the picture before cropping or edits)"),
    "xmp": Text("XMP 元数据（可能含编辑历史、人物标签）", "XMP metadata (may hold edit history, people tags)"),
    "iptc": Text("IPTC 元数据（说明、关键字、作者）", "IPTC metadata (caption, keywords, author)"),
    "comment": Text("注释", "Comment"),
    "text": Text("文字字段", "Text fields"),
}


def _clean(v: Any) -> str | None:
    if isinstance(v, bytes):
        v = v.decode("utf-16-le" if v[1:2] == b"\0" else "utf-8", errors="replace")
    s = _unmangle(str(v).replace("\x00", "").strip())
    return s or None


def _unmangle(s: str) -> str:
    """EXIF ASCII fields often hold UTF-8 (cameras and editors write "© NBC" or Chinese names as UTF-8),
    which Pillow decodes as Latin-1 ("Â© NBC"): if the text round-trips as UTF-8, show it as such."""
    if not s or s.isascii():
        return s
    try:
        fixed = s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s
    return fixed


def exif_of(img):
    """The image's EXIF block, without decoding pixels: Pillow's PNG reader loads the whole image to look
    for an eXIf chunk after the pixel data (a 0.4 MB PNG of 10900 x 10900 took 450 MB doing so); only
    the chunks before it are read here."""
    if img.format == "PNG" and "exif" not in img.info:
        from PIL import Image

        return Image.Exif()
    return img.getexif()


def _rational(v: Any) -> float:
    try:
        return float(v)
    except (TypeError, ValueError, ZeroDivisionError):
        num, den = v
        return float(num) / float(den)


def _gps(gps: dict) -> dict[str, float] | None:
    try:
        lat = gps[2]
        lon = gps[4]
        lat_v = _rational(lat[0]) + _rational(lat[1]) / 60 + _rational(lat[2]) / 3600
        lon_v = _rational(lon[0]) + _rational(lon[1]) / 60 + _rational(lon[2]) / 3600
    except (KeyError, IndexError, TypeError, ValueError, ZeroDivisionError):
        return None
    if str(gps.get(1, "N")).upper().startswith("S"):
        lat_v = -lat_v
    if str(gps.get(3, "E")).upper().startswith("W"):
        lon_v = -lon_v
    out = {"lat": round(lat_v, 6), "lon": round(lon_v, 6)}
    try:
        alt = _rational(gps[6])
        out["alt_m"] = round(-alt if gps.get(5) in (1, b"\x01") else alt, 1)
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        pass
    return out


def read_reveals(img) -> dict[str, Any]:
    """What the metadata of an opened Pillow image reveals (only the keys present)."""
    out: dict[str, Any] = {}
    try:
        exif = exif_of(img)
    except Exception:  # noqa: BLE001 - a damaged EXIF block reveals nothing we can read
        exif = None
    if exif:
        for tag, key in _IFD0.items():
            if tag in exif and (v := _clean(exif[tag])):
                out["artist" if key == "author_xp" else key] = v
        try:
            sub = exif.get_ifd(_EXIF_IFD)
        except Exception:  # noqa: BLE001
            sub = {}
        for tag, key in _EXIF.items():
            if tag in sub:
                if key == "maker_note":
                    out[key] = True
                elif v := _clean(sub[tag]):
                    out[key] = v
        try:
            gps = exif.get_ifd(_GPS_IFD)
        except Exception:  # noqa: BLE001
            gps = {}
        if gps and (pos := _gps(gps)):
            out["gps"] = pos
        try:
            ifd1 = exif.get_ifd(_IFD1)
        except Exception:  # noqa: BLE001
            ifd1 = {}
        if ifd1 and (0x0201 in ifd1 or 0x0111 in ifd1):
            out["thumbnail"] = True
    make, model = out.pop("make", None), out.pop("model", None)
    if make or model:
        out["device"] = model if (make and model and model.startswith(make)) else " ".join(
            x for x in (make, model) if x)
    info = getattr(img, "info", {}) or {}
    if info.get("xmp") or info.get("XML:com.adobe.xmp"):
        out["xmp"] = True
    if info.get("photoshop") or getattr(img, "applist", None) and any(
            m == "APP13" for m, _ in img.applist):
        out["iptc"] = True
    if (c := info.get("comment")) and (v := _clean(c)):
        out["comment"] = v[:200]
    texts = {k: v for k, v in info.items() if isinstance(k, str) and isinstance(v, str)
             and k not in ("xmp", "XML:com.adobe.xmp", "icc_profile", "comment")}
    if texts:
        out["text"] = {k: v[:200] for k, v in list(texts.items())[:10]}
    return out


def metadata_kinds(img) -> list[str]:
    """Every kind of metadata block in the file (what writing fresh pixels removes)."""
    kinds = []
    info = getattr(img, "info", {}) or {}
    try:
        exif = exif_of(img)
    except Exception:  # noqa: BLE001
        exif = None
    if exif or info.get("exif"):
        kinds.append("exif")
        try:
            if exif and exif.get_ifd(_GPS_IFD):
                kinds.append("gps")
        except Exception:  # noqa: BLE001
            pass
        try:
            if exif and exif.get_ifd(_IFD1):
                kinds.append("thumbnail")
        except Exception:  # noqa: BLE001
            pass
    if info.get("xmp") or info.get("XML:com.adobe.xmp"):
        kinds.append("xmp")
    if info.get("photoshop") or (getattr(img, "applist", None) and any(m == "APP13" for m, _ in img.applist)):
        kinds.append("iptc")
    if info.get("icc_profile"):
        kinds.append("icc_profile")
    if info.get("comment"):
        kinds.append("comment")
    if any(isinstance(k, str) and isinstance(v, str) and k not in ("xmp", "XML:com.adobe.xmp", "comment")
           for k, v in info.items()):
        kinds.append("text")
    return kinds


def reveal_lines(reveals: dict[str, Any], lang: str = "zh") -> list[str]:
    """One line per revealed item, in the user's language."""
    lines = []
    for key, value in reveals.items():
        label = LABELS.get(key, Text(key, key)).get(lang)
        if value is True:
            lines.append(label)
        elif key == "gps":
            alt = f", {value['alt_m']} m" if "alt_m" in value else ""
            lines.append(f"{label}: {value['lat']:.5f}, {value['lon']:.5f}{alt}")
        elif isinstance(value, dict):
            lines.append(f"{label}: " + "; ".join(f"{k}={v}" for k, v in value.items()))
        else:
            lines.append(f"{label}: {value}")
    return lines
