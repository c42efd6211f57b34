"""Protect a photo: cover every face, write fresh pixels without metadata, and prove it by re-detection.

1. Decode at full size with EXIF orientation applied; find faces with YuNet and with MediaPipe's
   BlazeFace (tiled), both down to :data:`MIN_IED_FULL` px between the eyes, and with the Haar cascades;
   add the user's own boxes, drop the ones the user removed.
2. Cover each box grown to :data:`MARGIN` times its size: a strong blur scaled to the face, a coarse
   pixelation (at most :data:`PIXEL_BLOCKS` blocks across the face) or a solid fill.
3. Write a new file from the pixels alone (no EXIF, GPS, XMP, IPTC, ICC profile, comments or
   thumbnail), then decode that file again and run both detectors at several scales. A face found
   inside a covered box gets the next stronger cover (blur, then pixelate, then fill); a face found
   elsewhere is covered too. After :data:`MAX_ROUNDS` rounds with a face still found, nothing is
   written and :class:`ProtectFailed` says so.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from faceledger.errors import FaceLedgerError, InvalidValue
from faceledger.outfile import write_bytes_atomic
from faceledger.photos.detect import Detection, confirmed, iou, merge, shared_detector
from faceledger.photos.load import load_full
from faceledger.photos.reveals import metadata_kinds, read_reveals
from faceledger.text import Text

METHODS = ("blur", "pixelate", "fill")
MARGIN = 1.3
PIXEL_BLOCKS = 6
MIN_IED_FULL = 10.0      # look for smaller faces than the check does: covering too much costs little
MAX_ROUNDS = 6
COVER_SCORE = 0.5        # YuNet candidates covered without asking the landmark model (find_faces(liberal=True))
UPSCALE_BELOW = 1200     # pictures no longer than this are also searched at twice their size for covering
DETECT_LONG_SIDE = 2000  # BlazeFace's copy for protection (full-size tiles would be slow and add nothing)
YUNET_LEVEL_PIXELS = 1024 * 1024  # YuNet's runs on the full-size photo, in tiles of this (memory, below)
# Memory: the photo (3 bytes per pixel), the covered copy (3), its encoded file (up to 3 for a PNG of a
# noisy photo) and, for a lossy format, that file decoded again for the proof (3), and the detectors'
# copies: 13 bytes per pixel measured, beside about 200 MB for the models (tests/hostile measures the
# peak). So a protection stays under 500 MB for photos up to PROTECT_BUDGET / 13 pixels (about 21 MP);
# larger ones are refused before decoding, with a message (errors.too_big_to_decode).
PROTECT_BYTES_PER_PIXEL = 10  # beyond the decode's own 3
PROTECT_BUDGET = 270 * 1024 * 1024
HAAR_LONG_SIDE = 800  # Haar finds faces >= 20 px here; MediaPipe tiles find the smaller ones
OUTPUT_FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP", ".bmp": "BMP",
                  ".tif": "TIFF", ".tiff": "TIFF"}
LOSSY = {"JPEG", "WEBP"}  # the proof runs on the written file decoded again; lossless files hold the pixels

Box = tuple[int, int, int, int]


class ProtectFailed(FaceLedgerError):
    """A face was still found after every round: nothing was written. The hint speaks the command line's
    words (``--add-box``, ``--method fill``); the GUI shows its own (``report`` has what it needs)."""

    def __init__(self, message: str, report: ProtectReport, zh: str | None = None):
        super().__init__(message, "Cover the remaining faces with --add-box X,Y,W,H, or use --method fill.", zh=zh,
                         hint_zh="请用 --add-box X,Y,W,H 遮盖仍能检出的人脸，或改用 --method fill（纯色填充）。")
        self.report = report


@dataclass
class CoveredRegion:
    box: Box            # the face box (full-resolution pixels) before the margin
    source: str         # "yunet", "mediapipe" (BlazeFace), "haar", "reviewed", "user", "recheck"
    method: str
    margin: float = MARGIN

    def to_dict(self) -> dict[str, Any]:
        return {"box": list(self.box), "source": self.source, "method": self.method}


@dataclass
class ProtectReport:
    input: str
    output: str | None
    method: str
    faces_before: int
    faces_after: int
    covered: list[CoveredRegion] = field(default_factory=list)
    metadata_removed: list[str] = field(default_factory=list)
    metadata_left: list[str] = field(default_factory=list)
    rounds: int = 1
    still_found: list[Box] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"input": self.input, "output": self.output, "method": self.method,
                "faces_before": self.faces_before, "faces_after": self.faces_after,
                "covered": [c.to_dict() for c in self.covered], "metadata_removed": self.metadata_removed,
                "metadata_left": self.metadata_left, "rounds": self.rounds,
                "still_found": [list(b) for b in self.still_found]}


def _grow(box: Box, w: int, h: int, factor: float = MARGIN) -> Box:
    x, y, bw, bh = box
    cx, cy = x + bw / 2, y + bh / 2
    nw, nh = bw * factor, bh * factor
    x0, y0 = max(0, int(cx - nw / 2)), max(0, int(cy - nh / 2))
    x1, y1 = min(w, int(np.ceil(cx + nw / 2))), min(h, int(np.ceil(cy + nh / 2)))
    return x0, y0, max(0, x1 - x0), max(0, y1 - y0)


def cover(rgb: np.ndarray, box: Box, method: str) -> None:
    """Cover ``box`` (already grown by the margin) in place."""
    import cv2

    x, y, w, h = box
    if w <= 0 or h <= 0:
        return
    region = rgb[y:y + h, x:x + w]
    if method == "fill":
        region[:] = 0
    elif method == "pixelate":
        blocks = max(1, min(PIXEL_BLOCKS, w, h))
        small = cv2.resize(region, (blocks, max(1, round(blocks * h / w))), interpolation=cv2.INTER_AREA)
        region[:] = cv2.resize(small, (w, h), interpolation=cv2.INTER_NEAREST)
    elif method == "blur":
        # a blur this strong (sigma = a quarter of the face) leaves no features, only a colour wash;
        # blurring a shrunken copy gives the same result for big faces at a fraction of the cost
        sigma = max(w, h) / 4.0
        f = min(1.0, 64.0 / max(w, h))
        small = cv2.resize(region, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA)
        small = cv2.GaussianBlur(small, (0, 0), sigmaX=max(0.5, sigma * f), borderType=cv2.BORDER_REFLECT)
        region[:] = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    else:
        raise InvalidValue(f"Unknown protection method {method!r}; use blur, pixelate or fill.", field="method")


def _stronger(method: str) -> str:
    return METHODS[min(METHODS.index(method) + 1, len(METHODS) - 1)]


def _detection_copy(rgb: np.ndarray, long_side: int) -> tuple[np.ndarray, float]:
    import cv2

    h, w = rgb.shape[:2]
    f = min(1.0, long_side / max(w, h))
    if f >= 1.0:
        return rgb, 1.0
    return cv2.resize(rgb, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA), f


def find_faces(rgb: np.ndarray, *, haar: bool = True, scales: Sequence[float] = (1.0,),
               liberal: bool = False) -> list[tuple[Box, str]]:
    """Every face the detectors find, at each of ``scales`` of ``rgb``, as full-size boxes with their source:
    YuNet on the picture itself (it reaches about 10 px between the eyes: :data:`MIN_IED_FULL`),
    BlazeFace on its tile pyramid (the independent second detector, on a :data:`DETECT_LONG_SIDE` copy),
    unsure candidates of either confirmed by the landmark model as in the check; then OpenCV's Haar
    cascades (a third, older detector) on a :data:`HAAR_LONG_SIDE` copy.

    ``liberal`` (what to cover, before the proof): covering too much costs little, so YuNet's candidates
    count from a lower bar (:func:`_liberal`), a small picture is also searched at twice its size (faces of
    5-10 px between the eyes), and where two detectors box one face differently both boxes are kept (the
    cover then spans both: one detector's box can leave a chin or a forehead out)."""
    import cv2

    det = shared_detector()
    found: list[Detection] = []
    for s in scales:
        img = rgb if s == 1.0 else cv2.resize(rgb, (max(1, round(rgb.shape[1] * s)), max(1, round(rgb.shape[0] * s))),
                                             interpolation=cv2.INTER_AREA)
        k = img.shape[1] / rgb.shape[1]
        cands = det.detect(img, max_level_pixels=YUNET_LEVEL_PIXELS)
        found += [d.scaled(1 / k) for d in (_liberal(img, cands) if liberal else confirmed(img, cands))]
        if liberal and max(img.shape[:2]) <= UPSCALE_BELOW:
            up = cv2.resize(img, (img.shape[1] * 2, img.shape[0] * 2), interpolation=cv2.INTER_LINEAR)
            found += [d.scaled(1 / (2 * k)) for d in _liberal(up, det.detect(up, max_level_pixels=YUNET_LEVEL_PIXELS))]
        base, f = _detection_copy(img, DETECT_LONG_SIDE)
        kb = f * k
        found += [d.scaled(1 / kb) for d in confirmed(base, det.blazeface(base, min_ied=max(MIN_IED_FULL * kb, 4.0)))]
    kept = _distinct(found) if liberal else merge(found)
    out = [(_int_box(d.box), "yunet" if d.source.startswith("yunet") else "mediapipe") for d in kept]
    if haar:
        hc, hf = _detection_copy(rgb, HAAR_LONG_SIDE)
        for d in det.haar(hc):
            b = _int_box(d.scaled(1 / hf).box)
            if all(iou(b, o) < 0.3 for o, _ in out):
                out.append((b, "haar"))
    return out


def _liberal(rgb: np.ndarray, cands: list[Detection]) -> list[Detection]:
    """YuNet candidates worth covering: from :data:`COVER_SCORE`, or from its candidate score when the
    landmark model gives it at least an even chance of being a face."""
    from faceledger.photos.landmarks import shared_mesh_model

    out = []
    for d in cands:
        if d.score >= COVER_SCORE:
            out.append(d)
            continue
        mesh = shared_mesh_model().run(rgb, d)
        if mesh is not None and mesh.presence >= 0.5:
            out.append(d)
    return out


def _distinct(dets: list[Detection]) -> list[Detection]:
    """Every box, less those that nearly repeat a kept one (IoU >= 0.7; the larger is kept)."""
    kept: list[Detection] = []
    for d in sorted(dets, key=lambda d: (-d.box[2] * d.box[3], d.box[1], d.box[0])):
        if all(iou(d.box, k.box) < 0.7 for k in kept):
            kept.append(d)
    return sorted(kept, key=lambda d: (d.box[1], d.box[0]))


def _int_box(b) -> Box:
    x, y, w, h = b
    return int(round(x)), int(round(y)), int(round(w)), int(round(h))


def _encode(rgb: np.ndarray, fmt: str) -> bytes:
    from PIL import Image

    img = Image.fromarray(rgb, "RGB")  # a new image: it carries no metadata of the original
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=92, optimize=True)
    elif fmt == "WEBP":
        img.save(buf, "WEBP", quality=92)
    else:
        img.save(buf, fmt)
    return buf.getvalue()


def _decode_written(data: bytes) -> np.ndarray:
    """The protected file as a viewer will show it (3 bytes per pixel, no second copy)."""
    import cv2

    bgr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR | cv2.IMREAD_IGNORE_ORIENTATION)
    if bgr is None:  # our own encoder's output: cannot happen unless the encoder is broken
        raise RuntimeError("the protected file just written cannot be decoded")
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB, dst=bgr)


def protect_photo(src: str | os.PathLike, out: str | os.PathLike, method: str = "blur", *,
                  boxes: Sequence[Box] | None = None, extra_boxes: Sequence[Box] = (),
                  removed: Sequence[Box] = (),
                  progress: Callable[[int], None] | None = None) -> ProtectReport:
    """Write a protected copy of ``src`` to ``out``; see the module text. Raises ProtectFailed or PhotoError.

    The detectors always look for faces first (more liberally than the check: covering too much costs
    little). ``boxes``: face boxes the user reviewed (the check's, kept), covered as well (source
    ``"reviewed"``); ``extra_boxes``: boxes the user drew (``"user"``); ``removed``: boxes the user took
    away, so detections on them (IoU >= 0.3) are not covered at first; if the proof still finds a face
    there it is covered all the same. All in full-resolution pixels of the upright photo.
    """
    if method not in METHODS:
        raise InvalidValue(f"Unknown protection method {method!r}; use blur, pixelate or fill.", field="method",
                           zh=f"未知的保护方式 {method!r}；请用 blur（模糊）、pixelate（马赛克）或 fill（纯色填充）。")
    src_p, out_p = Path(src), Path(out)
    fmt = OUTPUT_FORMATS.get(out_p.suffix.lower())
    if fmt is None:
        raise InvalidValue(f"Cannot write {out_p.name}: give the output a .jpg, .png, .webp, .bmp or .tif name.",
                           field="output",
                           zh=f"无法写出 {out_p.name}：输出文件名请以 .jpg、.png、.webp、.bmp 或 .tif 结尾。")
    if out_p.exists() and src_p.exists() and out_p.resolve() == src_p.resolve():
        raise InvalidValue("The output would overwrite the original photo; choose another file name.",
                           field="output", zh="输出会覆盖原照片；请换一个文件名。")
    if not out_p.parent.is_dir():
        raise InvalidValue(f"The folder {out_p.parent} does not exist.", field="output",
                           zh=f"文件夹 {out_p.parent} 不存在。")
    if out_p.exists() and not out_p.is_file():  # a device or a pipe would be replaced by the file
        raise InvalidValue(f"{out_p} is not an ordinary file (a device or a pipe?); give a new file name.",
                           field="output", zh=f"{out_p} 不是普通文件（可能是设备或管道）；请换一个新的文件名。")
    photo = load_full(src_p, budget=PROTECT_BUDGET, extra_bpp=PROTECT_BYTES_PER_PIXEL)
    rgb = photo.rgb  # never written to: each round covers a fresh copy
    h, w = rgb.shape[:2]
    tick = progress or (lambda _n: None)
    tick(5)
    detected = [(b, s) for b, s in find_faces(rgb, liberal=True) if all(iou(b, r) < 0.3 for r in removed)]
    faces = merge([Detection(tuple(map(float, b)), 1.0) for b, s in detected if s in ("yunet", "mediapipe")]
                  + [Detection(tuple(map(float, b)), 1.0) for b in (boxes or [])])
    faces_before = len(faces)
    regions: list[CoveredRegion] = [CoveredRegion(b, s, method) for b, s in detected]
    regions += [CoveredRegion(_int_box(b), "reviewed", method) for b in (boxes or [])
                if all(iou(_int_box(b), r.box) < 0.7 for r in regions)]  # not twice what a detector boxed
    regions += [CoveredRegion(_int_box(b), "user", method) for b in extra_boxes]
    report = ProtectReport(str(src_p), None, method, faces_before, 0, regions, list(photo.metadata))
    tick(30)
    data = b""
    still: list[Box] = []
    for rnd in range(1, MAX_ROUNDS + 1):
        out_rgb = rgb.copy()
        for r in regions:
            cover(out_rgb, _grow(r.box, w, h, r.margin), r.method)
        data = _encode(out_rgb, fmt)
        if fmt in LOSSY:  # what a viewer will show: the file decoded again
            del out_rgb
            out_rgb = _decode_written(data)
        found = find_faces(out_rgb, scales=(1.0, 0.5))
        del out_rgb
        still = [b for b, _ in found]
        report.rounds = rnd
        tick(min(95, 30 + rnd * 20))
        if not still:
            break
        for b in still:
            # a face mostly inside a covered region: cover that region more strongly (and wider once
            # it is already filled); anything else is a face nobody covered yet
            hit = [r for r in regions if _contained(b, _grow(r.box, w, h, r.margin)) >= 0.5]
            if hit:
                for r in hit:
                    if r.method == "fill":
                        r.margin += 0.3
                    r.method = _stronger(r.method)
            else:  # a face nobody covered yet; from the second round on, start one step stronger
                regions.append(CoveredRegion(b, "recheck", method if rnd == 1 else _stronger(method)))
    report.faces_after = len(still)
    report.still_found = still
    if still:
        raise ProtectFailed(
            f"A face is still detectable after {report.rounds} rounds of covering; nothing was written.", report,
            zh=f"遮盖 {report.rounds} 轮之后仍能检出人脸；没有写入任何文件。")
    from PIL import Image

    with Image.open(io.BytesIO(data)) as back:
        report.metadata_left = metadata_kinds(back) + (["reveals"] if read_reveals(back) else [])
    write_bytes_atomic(out_p, data, "protected photo")
    report.output = str(out_p)
    tick(100)
    return report


def _contained(b: Box, outer: Box) -> float:
    """Fraction of box ``b`` inside ``outer``."""
    x, y, w, h = b
    ox, oy, ow, oh = outer
    ix = max(0, min(x + w, ox + ow) - max(x, ox))
    iy = max(0, min(y + h, oy + oh) - max(y, oy))
    return ix * iy / (w * h) if w * h > 0 else 0.0


@dataclass
class BatchItem:
    path: str                  # as the OS gave it
    output: str | None = None
    ok: bool = False
    message: Text | None = None


def protected_name(src: Path, folder: Path) -> Path:
    """``<stem>-protected<suffix>`` in ``folder`` (PNG when the original's format cannot be written), with
    ``-2``, ``-3`` ... when the name is taken."""
    suffix = src.suffix.lower() if src.suffix.lower() in OUTPUT_FORMATS else ".png"
    out = folder / f"{src.stem}-protected{suffix}"
    n = 2
    while out.exists():
        out = folder / f"{src.stem}-protected-{n}{suffix}"
        n += 1
    return out


def protect_many(paths: Sequence[str], folder: str | os.PathLike, method: str = "blur", *,
                 progress: Callable[[int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> list[BatchItem]:
    """Protect each photo into ``folder`` (the scan's "protect all flagged"); one failure does not stop the
    others, and each item says what happened. Stops early when ``cancelled()``."""
    from faceledger.photos.errors import PhotoError

    out_dir = Path(folder)
    if not out_dir.is_dir():
        raise InvalidValue(f"The folder {out_dir} does not exist.", field="output", zh=f"文件夹 {out_dir} 不存在。")
    items: list[BatchItem] = []
    for i, p in enumerate(paths):
        if cancelled and cancelled():
            break
        item = BatchItem(p)
        target = protected_name(Path(p), out_dir)
        try:
            rep = protect_photo(p, target, method)
            item.ok, item.output = True, rep.output
        except PhotoError as err:
            item.message = err.text
        except FaceLedgerError as err:  # ProtectFailed (a face still found), a name it cannot write ...
            item.message = Text(err.message_in("zh"), err.message_in("en"))
        items.append(item)
        if progress:
            progress(int(100 * (i + 1) / max(1, len(paths))))
    return items
