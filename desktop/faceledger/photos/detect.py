"""Face detection: MediaPipe's BlazeFace (short- and full-range), multi-scale tiles, Haar cross-check.

The two BlazeFace models run under LiteRT (``photos/blazeface.py``, loaded lazily on the first
detection, so the app starts without it), with MediaPipe's own pre- and post-processing reproduced:
the picture is letterboxed into the model's input by the same bilinear affine warp, and the SSD
output decoded with MediaPipe's anchors and weighted NMS. ``tests/photos/test_photos_blazeface.py``
checks the result against MediaPipe's Tasks ``FaceDetector`` on the same pixels. Going past the
Tasks API saves its per-call overhead, a third of the time of the ~80 tile runs of a 12 MP photo, and
the import of mediapipe itself (over a second in every process that used it). Boxes come back in the pixels of
the image passed in; callers scale them to full resolution.

How small faces are found: the full-range model sees its input at 192x192 and finds faces down to
about 5 px between the eyes *in that input* (measured: score 0.54 at 4 px, 0.83 at 6 px). A whole
4000 px photo squeezed into 192 px therefore only shows faces of more than ~100 px between the eyes.
So the photo is also cut into overlapping 192x192 tiles, at a pyramid of scales, the finest chosen so
that a face with ``min_ied`` pixels between the eyes spans :data:`MODEL_IED_PX` pixels in the model's
input. Each level of the pyramid is resized once (bilinear, as MediaPipe resamples) and cut into
tiles; the tile count per image size is minimised over a few overlap caps (79 tiles for a 12 MP photo,
82 before). Detections from every pass are merged by overlap (NMS, also dropping a box that lies mostly
inside a higher-scoring one, as a face cut at a tile edge does).

At 7 px between the eyes the score of one face depends on where it falls in its tile (0.23 to 0.93
measured), so tiles report detections from 0.2; those under :data:`SURE_TILE` count only if the face
landmark model is sure it sees a face (:func:`confirmed`, used by the check and by protect's re-check).

Measured and not taken (docs/photos.md): running the full-range model on inputs larger than 192x192
(its three upsampling sizes are constants that can be rewritten) covers a photo in fewer, overlap-free
runs, but the scores of the same faces drop (0.86-0.92 in a 192 crop, 0-0.68 inside a 384 input): the
model relies on the context of its own input size. Batches of tiles cost the same per tile as single runs.

Determinism: the models run on the CPU with fixed inputs; tiles are visited in a fixed order and
ties are broken by position, so the same pixels give the same boxes.
"""

from __future__ import annotations

import contextlib
import math
import os
import threading
from dataclasses import dataclass

import numpy as np

FULL_INPUT = 192          # full-range model input side
MODEL_IED_PX = 7.0        # inter-eye distance (px in the model input) the full-range model reliably finds
TILE_OVERLAP = 0.25       # at most this fraction of a tile is shared with its neighbour
OVERLAP_CAPS = (0.25, 0.22, 0.19, 0.16)  # tile_plan() takes the one that needs the fewest tiles
BOX_PER_IED = 2.4         # a BlazeFace box is about 2.2 eye distances wide; a little margin
FLAT_STD = 4.0            # tiles flatter than this (grey levels) are skipped
MIN_SCORE_WHOLE = 0.5     # MediaPipe's default
MIN_SCORE_TILE = 0.2      # tiles: lower, because unsure detections must pass the landmark check (below)
# A face of 20 px between the eyes in a 12 MP photo is 7 px in the model's input, where the score
# depends on where the face falls in its tile (0.23-0.93 measured for one face). Tile detections under
# SURE_TILE count only if the landmark model is this sure it sees a face (check.py, protect.py).
SURE_TILE = 0.45
UNSURE_PRESENCE = 0.9
# BlazeFace from SURE_TILE up to this, on a box large enough for the landmark model (YUNET_SMALL), counts
# only if the landmark model sees a face (presence >= YUNET_BAND_PRESENCE), as YuNet's own band does: on
# the dev sets every such detection that was not a face scored presence 0.007 or less (pixelated covers of
# a protected copy among them, which kept protection going round), every face but one 0.93 or more (a
# profile YuNet finds at 0.90)
BLAZEFACE_SURE = 0.85
NMS_IOU = 0.3
CONTAIN = 0.6             # a box this much inside a better one is the same face
# YuNet (the first pass; measured on faces-dev, faces-dev2 and the 12 MP bench, docs/photos.md §2)
YUNET_CANDIDATE = 0.3     # candidates from this score; accept() decides which are faces
YUNET_SURE = 0.85         # at or above: a face without a second opinion
YUNET_BASE = 0.55         # 0.55-0.85: a face if the landmark model sees one, or if too small for it to judge
YUNET_BAND_PRESENCE = 0.2  # ... "sees one": profiles score 0.3-0.6 there, animals and objects 0-0.1
YUNET_SMALL = 50          # px (box width in the detector's pixels) under which the landmark model cannot judge
YUNET_SMALL_SCORE = 0.65  # ... and then this score suffices
YUNET_LOW_PRESENCE = 0.95  # 0.3-0.55: only when the landmark model is this sure, on a box of 24 px or more
YUNET_LOW_MIN_SIDE = 24
YUNET_MAX_BOX = 300       # YuNet misses faces larger than about this in its input: a coarser level's
COARSE_SIDE = 640         # the coarse level's long side (YuNet's own training size)
COARSE_FROM = 0.6         # a coarse level keeps boxes from this share of the finer level's largest
MAX_LEVEL_PIXELS = 2048 * 1536  # one YuNet run; larger levels are cut into tiles (memory: ~60 B per pixel)
THREADS_ENV = "FACELEDGER_PHOTO_THREADS"  # threads per detector (YuNet, tiles) and for measuring faces
MAX_TILE_THREADS = 4
PARALLEL_MIN_TILES = 8    # fewer tiles than this run on one thread


def tile_threads() -> int:
    """How many threads run the tiles of one photo: the cores (up to 4), or FACELEDGER_PHOTO_THREADS."""
    env = os.environ.get(THREADS_ENV, "").strip()
    if env.isdigit() and int(env) > 0:
        return min(int(env), MAX_TILE_THREADS)
    return max(1, min(os.cpu_count() or 1, MAX_TILE_THREADS))


@dataclass(frozen=True)
class Detection:
    """A face found in an image: box ``(x, y, w, h)``, score 0..1, keypoints and which pass found it.

    ``keypoints`` are MediaPipe's six: the subject's right eye, left eye, nose tip, mouth centre,
    right ear tragion, left ear tragion (the subject's right eye is on the image's left). Haar
    detections have no keypoints.
    """

    box: tuple[float, float, float, float]
    score: float
    keypoints: tuple[tuple[float, float], ...] = ()
    source: str = ""

    def scaled(self, f: float) -> Detection:
        x, y, w, h = self.box
        return Detection((x * f, y * f, w * f, h * f), self.score,
                         tuple((px * f, py * f) for px, py in self.keypoints), self.source)

    @property
    def ied(self) -> float | None:
        if len(self.keypoints) < 2:
            return None
        (ax, ay), (bx, by) = self.keypoints[0], self.keypoints[1]
        return math.hypot(bx - ax, by - ay)


def iou(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    ix = max(0.0, min(ax + aw, bx + bw) - max(ax, bx))
    iy = max(0.0, min(ay + ah, by + bh) - max(ay, by))
    inter = ix * iy
    union = aw * ah + bw * bh - inter
    return inter / union if union > 0 else 0.0


def _containment(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    """Fraction of the smaller box inside the other."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    ix = max(0.0, min(ax + aw, bx + bw) - max(ax, bx))
    iy = max(0.0, min(ay + ah, by + bh) - max(ay, by))
    small = min(aw * ah, bw * bh)
    return ix * iy / small if small > 0 else 0.0


def merge(dets: list[Detection], iou_threshold: float = NMS_IOU, contain: float = CONTAIN) -> list[Detection]:
    """Non-maximum suppression over detections from several passes; deterministic order."""
    order = sorted(dets, key=lambda d: (-round(d.score, 6), d.box[1], d.box[0]))
    kept: list[Detection] = []
    for d in order:
        if all(iou(d.box, k.box) < iou_threshold and _containment(d.box, k.box) < contain for k in kept):
            kept.append(d)
    return sorted(kept, key=lambda d: (d.box[1], d.box[0]))


@dataclass(frozen=True)
class Level:
    """One level of the tile pyramid: the image scaled by ``fx, fy`` (model-input pixels per image
    pixel) to ``size`` (width, height), and the origins of its 192x192 tiles in those pixels. The level
    is responsible for faces from ``lo`` to ``hi`` image pixels between the eyes."""

    fx: float
    fy: float
    size: tuple[int, int]
    origins: tuple[tuple[int, int], ...]
    lo: float
    hi: float


def _origins(length: int, overlap: int, side: int = FULL_INPUT) -> list[int]:
    """Tile origins along one axis: as few tiles as cover ``length`` with neighbours sharing at least
    ``overlap`` pixels, spread evenly (the first at 0, the last at the far edge)."""
    if length <= side:
        return [0]
    n = int(math.ceil((length - overlap) / (side - overlap)))
    n = max(2, n)
    return [int(round(i * (length - side) / (n - 1))) for i in range(n)]


def tile_plan(width: int, height: int, min_ied: float) -> list[Level]:
    """:func:`pyramid` with the overlap cap (of :data:`OVERLAP_CAPS`) that needs the fewest tiles for
    this image size: a whole extra row or column of tiles can hang on a few pixels of overlap."""
    plans = [pyramid(width, height, min_ied, cap) for cap in OVERLAP_CAPS]
    return min(plans, key=lambda p: sum(len(lv.origins) for lv in p))


def pyramid(width: int, height: int, min_ied: float, cap: float = TILE_OVERLAP) -> list[Level]:
    """The pyramid of 192x192 tiles so that every face from ``min_ied`` up lies whole inside one tile
    that shows it at :data:`MODEL_IED_PX` or more (bigger faces are the whole-image pass's).

    A level of tile side ``s`` (image pixels) reaches faces from ``lo = s * MODEL_IED_PX / 192`` between
    the eyes; its overlap must hold the largest face it is responsible for (``BOX_PER_IED`` times that
    face's eye distance) and is capped at ``cap`` of the side; the next, larger level
    starts where this one's overlap stops. Levels end when the whole-image pass takes over.
    Each level is resized once and cut into tiles (rather than each tile warped on its own).
    """
    whole = max(width, height) * MODEL_IED_PX / FULL_INPUT  # smallest eye distance the whole image shows
    lo = max(min_ied, 1.0)
    levels: list[Level] = []
    while lo < whole:
        side = max(FULL_INPUT, int(FULL_INPUT * lo / MODEL_IED_PX))
        s = min(side, width, height)
        hi = min(whole, s * cap / BOX_PER_IED)
        f = FULL_INPUT / s
        w, h = max(1, int(round(width * f))), max(1, int(round(height * f)))
        overlap = int(math.ceil(hi * BOX_PER_IED * f))
        xs, ys = _origins(w, overlap), _origins(h, overlap)
        levels.append(Level(w / width, h / height, (w, h), tuple((x, y) for y in ys for x in xs), lo, hi))
        if s < side or hi <= lo:
            break
        lo = hi
    return levels


def _scaled(rgb: np.ndarray, level: Level) -> np.ndarray:
    """The image at a level's scale, bilinear like MediaPipe's own resampling (and the per-tile warp
    this replaces; area averaging was no better on the benches and 3-20x slower at these factors)."""
    import cv2

    w, h = level.size
    if (w, h) == (rgb.shape[1], rgb.shape[0]):
        return rgb
    return cv2.resize(rgb, (w, h), interpolation=cv2.INTER_LINEAR)


def _flat(tile: np.ndarray) -> bool:
    """A tile with almost no texture (sky, a wall, a dark corner) cannot hold a face."""
    sub = tile[::8, ::8]
    return float(sub.std()) < FLAT_STD


_quiet_lock = threading.Lock()
_quiet_depth = 0
_quiet_saved: int | None = None


@contextlib.contextmanager
def quiet_native_stderr():
    """Keep what C libraries write to file descriptor 2 (LiteRT's and onnxruntime's logs, libjpeg's and
    libtiff's warnings about a damaged file) off the user's terminal. Nested and concurrent uses share
    one redirection (the first in sets it, the last out restores it). FACELEDGER_DEBUG=1 keeps them."""
    global _quiet_depth, _quiet_saved
    if os.environ.get("FACELEDGER_DEBUG"):
        yield
        return
    with _quiet_lock:
        if _quiet_depth == 0:
            try:
                saved = os.dup(2)
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 2)
                os.close(null)
                _quiet_saved = saved
            except OSError:
                _quiet_saved = None
        _quiet_depth += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_depth -= 1
            if _quiet_depth == 0 and _quiet_saved is not None:
                os.dup2(_quiet_saved, 2)
                os.close(_quiet_saved)
                _quiet_saved = None


def _model_input(rgb: np.ndarray, size: int) -> tuple[np.ndarray, float, float, float]:
    """``rgb`` letterboxed into the model's square input as MediaPipe's graph does it (an affine warp
    with bilinear sampling, the picture centred, black borders). Returns the input and
    the mapping back: image = (input - offset) / f. The input stays uint8 RGB (BlazeFace.raw scales it)."""
    import cv2

    h, w = rgb.shape[:2]
    f = size / max(w, h)
    ox, oy = (size - w * f) / 2, (size - h * f) / 2
    m = np.array([[f, 0.0, ox], [0.0, f, oy]], np.float32)
    warped = cv2.warpAffine(rgb, m, (size, size), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                            borderValue=(0, 0, 0))
    return warped, f, ox, oy


def _to_detections(found, f: float, ox: float, oy: float, source: str) -> list[Detection]:
    """BlazeFace output (model-input pixels) -> Detections in image pixels: ``(p - offset) / f``."""
    out = []
    for (x0, y0, x1, y1), kps, score in found:
        out.append(Detection(((float(x0) - ox) / f, (float(y0) - oy) / f, float(x1 - x0) / f, float(y1 - y0) / f),
                             float(score), tuple(((float(kx) - ox) / f, (float(ky) - oy) / f) for kx, ky in kps),
                             source))
    return out


class FaceDetector:
    """Both BlazeFace models (under LiteRT) plus OpenCV's Haar cascades; create once, reuse (thread-safe)."""

    def __init__(self, threads: int | None = None) -> None:
        self._lock = threading.Lock()
        self._short = None
        self._full = None
        self._tiles: list = []   # one full-range interpreter per tile thread (each runs on its own thread)
        self._pool = None
        self._threads = threads or tile_threads()
        self._haar: list = []
        self._yunet = None

    # -- BlazeFace -------------------------------------------------------------------------
    def _ensure(self) -> None:
        if self._full is not None:
            return
        from faceledger.photos import blazeface

        self._short = blazeface.BlazeFace(blazeface.SHORT)
        self._full = blazeface.BlazeFace(blazeface.FULL)
        self._tiles = [self._full] + [blazeface.BlazeFace(blazeface.FULL) for _ in range(self._threads - 1)]
        for m in (self._short, *self._tiles):
            m.detect(np.zeros((1, m.spec.size, m.spec.size, 3), np.float32), MIN_SCORE_WHOLE)
        if self._threads > 1:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(self._threads, thread_name_prefix="faceledger-tiles")

    def _whole(self, model, rgb: np.ndarray, source: str) -> list[Detection]:
        x, f, ox, oy = _model_input(rgb, model.spec.size)
        return _to_detections(model.detect(x[None], MIN_SCORE_WHOLE, NMS_IOU)[0], f, ox, oy, source)

    def blazeface(self, rgb: np.ndarray, min_ied: float = 10.0, tiles: bool = True) -> list[Detection]:
        """BlazeFace's faces in ``rgb`` (uint8 HxWx3), boxes in its pixels: the whole-image passes and,
        with ``tiles``, the tile pyramid down to ``min_ied`` px between the eyes. Protection's second
        detector (the check's own first pass is YuNet, :meth:`detect`)."""
        h, w = rgb.shape[:2]
        with self._lock:
            self._ensure()
            dets = self._whole(self._short, rgb, "short")
            dets += self._whole(self._full, rgb, "full")
            if tiles:
                levels = tile_plan(w, h, min_ied)
                scaled = [_scaled(rgb, lv) for lv in levels]
                plan = [(k, x, y) for k, lv in enumerate(levels) for x, y in lv.origins
                        if not _flat(scaled[k][y:y + FULL_INPUT, x:x + FULL_INPUT])]
                n = len(self._tiles)
                if n == 1 or self._pool is None or len(plan) < PARALLEL_MIN_TILES:
                    dets += self._run_tiles(self._tiles[0], levels, scaled, plan)
                else:
                    # thread i takes every n-th tile with its own interpreter; results are joined in
                    # thread order, and merge() sorts, so the output does not depend on timing
                    futures = [self._pool.submit(self._run_tiles, self._tiles[i], levels, scaled, plan[i::n])
                               for i in range(n)]
                    for fut in futures:
                        dets += fut.result()
        return merge([_clip(d, w, h) for d in dets if d.box[2] > 1 and d.box[3] > 1])

    def _run_tiles(self, model, levels: list[Level], scaled: list[np.ndarray],
                   plan: list[tuple[int, int, int]]) -> list[Detection]:
        out: list[Detection] = []
        t = FULL_INPUT
        for k, x, y in plan:
            lv, img = levels[k], scaled[k]
            tile = img[y:y + t, x:x + t]
            if tile.shape[:2] != (t, t):  # a level narrower than a tile: black beyond it, as a letterbox
                pad = np.zeros((t, t, 3), np.uint8)
                pad[:tile.shape[0], :tile.shape[1]] = tile
                tile = pad
            lw, lh = lv.size
            for (x0, y0, x1, y1), kps, score in model.detect(tile[None], MIN_SCORE_TILE, NMS_IOU)[0]:
                bx, by, bw, bh = float(x0) + x, float(y0) + y, float(x1 - x0), float(y1 - y0)
                # a face cut by the tile's edge is found whole by a neighbour or a larger tile
                if not _inside((bx, by, bw, bh), x, y, t, lw, lh):
                    continue
                out.append(Detection((bx / lv.fx, by / lv.fy, bw / lv.fx, bh / lv.fy), float(score),
                                     tuple(((float(kx) + x) / lv.fx, (float(ky) + y) / lv.fy) for kx, ky in kps),
                                     "tile"))
        return out

    # -- YuNet (the first pass) -----------------------------------------------------------
    def _yunet_model(self):
        with self._lock:
            if self._yunet is None:
                from faceledger.photos.yunet import YuNet

                self._yunet = YuNet(self._threads)
            return self._yunet

    def detect(self, rgb: np.ndarray, min_score: float = YUNET_CANDIDATE,
               max_level_pixels: int = MAX_LEVEL_PIXELS) -> list[Detection]:
        """YuNet's candidate faces in ``rgb`` (uint8 HxWx3), boxes in its pixels, from ``min_score``.

        YuNet runs on the picture as given (the loader has already reduced a large photo so that the
        smallest face the check must reach is still about 10 px between the eyes), cut into tiles when
        it is larger than :data:`MAX_LEVEL_PIXELS`, and on coarser copies of :data:`COARSE_SIDE` and
        half that for faces too large for it at full size. Which candidates are faces is
        :func:`accept`'s decision (it needs the landmark model's opinion). ``max_level_pixels``: the
        largest single YuNet run (its working memory is about 60 bytes per input pixel)."""
        h, w = rgb.shape[:2]
        # no lock: the session runs concurrent calls side by side (the folder scan's threads)
        model = self._yunet_model()
        coarse = max(w, h) > COARSE_SIDE * 1.5  # a coarser level is responsible for the larger faces
        dets = [Detection(f.box, f.score, f.keypoints, "yunet")
                for f in self._yunet_level(model, rgb, min_score, max_level_pixels)
                if not coarse or max(f.box[2], f.box[3]) <= YUNET_MAX_BOX * 1.2]
        prev = 1.0  # scale of the previous (finer) level
        src = rgb
        for side in (COARSE_SIDE, COARSE_SIDE // 2):
            f = side / max(w, h)
            if f * 1.5 > prev:
                continue  # not coarser enough than the previous level to show larger faces
            import cv2

            # bilinear: 10x faster than area averaging at these factors; the faces this level is
            # for are large, and aliasing does not hide them (same recall on both dev sets)
            small = cv2.resize(src, (max(1, round(w * f)), max(1, round(h * f))),
                               interpolation=cv2.INTER_LINEAR)
            src = small
            fx, fy = small.shape[1] / w, small.shape[0] / h
            # the previous level finds faces up to YUNET_MAX_BOX of its pixels: keep only larger ones here
            lo = COARSE_FROM * YUNET_MAX_BOX * fx / prev
            for r in model.detect(small, min_score):
                if max(r.box[2], r.box[3]) >= lo:
                    x, y, bw, bh = r.box
                    dets.append(Detection((x / fx, y / fy, bw / fx, bh / fy), r.score,
                                          tuple((kx / fx, ky / fy) for kx, ky in r.keypoints), "yunet-coarse"))
            prev = fx
        return merge([_clip(d, w, h) for d in dets if d.box[2] > 1 and d.box[3] > 1])

    def _yunet_level(self, model, rgb: np.ndarray, min_score: float, max_pixels: int):
        """YuNet over the whole of ``rgb``, in overlapping tiles when it is too large for one run (the
        overlap holds the largest face YuNet finds, so every face lies whole in some tile)."""
        h, w = rgb.shape[:2]
        if w * h <= max_pixels:
            return model.detect(rgb, min_score)
        side = int(math.sqrt(max_pixels))
        overlap = YUNET_MAX_BOX + 16
        out = []
        for y in _origins(h, overlap, min(side, h)):
            for x in _origins(w, overlap, min(side, w)):
                tw, th = min(side, w - x), min(side, h - y)
                for r in model.detect(np.ascontiguousarray(rgb[y:y + th, x:x + tw]), min_score):
                    box = (r.box[0] + x, r.box[1] + y, r.box[2], r.box[3])
                    if _inside(box, x, y, side, w, h):
                        out.append(type(r)(box, r.score, tuple((kx + x, ky + y) for kx, ky in r.keypoints)))
        return out

    # -- Haar ------------------------------------------------------------------------------
    def haar(self, rgb: np.ndarray, min_size: int = 20, neighbours: int = 6) -> list[Detection]:
        """OpenCV's frontal and profile Haar cascades (an independent second detector)."""
        import cv2

        with self._lock:
            if not self._haar:
                base = cv2.data.haarcascades
                for name in ("haarcascade_frontalface_default.xml", "haarcascade_profileface.xml"):
                    c = cv2.CascadeClassifier(os.path.join(base, name))
                    if c.empty():
                        raise RuntimeError(f"OpenCV's {name} is missing from this installation")
                    self._haar.append(c)
            grey = cv2.equalizeHist(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
            h, w = grey.shape
            out: list[Detection] = []
            for i, cascade in enumerate(self._haar):
                flips = (False, True) if i == 1 else (False,)  # the profile cascade sees one side only
                for flip in flips:
                    g = grey[:, ::-1] if flip else grey
                    found = cascade.detectMultiScale(np.ascontiguousarray(g), scaleFactor=1.2,
                                                     minNeighbors=neighbours, minSize=(min_size, min_size))
                    for x, y, bw, bh in (found if len(found) else []):
                        x = w - x - bw if flip else x
                        out.append(Detection((float(x), float(y), float(bw), float(bh)), 0.5, (),
                                             "haar-profile" if i else "haar"))
        return merge(out)

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
                self._pool = None
            self._short = self._full = self._yunet = None
            self._tiles = []


def needs_mesh(det: Detection) -> bool:
    """Whether :func:`accept` needs the landmark model's opinion on ``det``."""
    if det.source.startswith("yunet"):
        return det.score < YUNET_SURE
    return det.score < SURE_TILE or (det.score < BLAZEFACE_SURE and det.box[2] >= YUNET_SMALL)


def accept(det: Detection, presence: float | None) -> bool:
    """Is this candidate a face? ``presence``: the landmark model's confidence (None: not run / no keypoints).

    YuNet (measured on both dev sets, docs/photos.md §2): from :data:`YUNET_SURE` a face; from
    :data:`YUNET_BASE` a face if the landmark model agrees (presence >= :data:`YUNET_BAND_PRESENCE`) or if the
    box is too small for it to judge (under :data:`YUNET_SMALL` px wide) and scores :data:`YUNET_SMALL_SCORE`; from
    :data:`YUNET_CANDIDATE` only when the landmark model is very sure. BlazeFace tiles (protection's second
    detector): under :data:`SURE_TILE` the landmark model must be sure; under :data:`BLAZEFACE_SURE`, on a box
    large enough for it to judge, it must see a face as for YuNet's band."""
    p = presence if presence is not None else 0.0
    if det.source.startswith("yunet"):
        if det.score >= YUNET_SURE:
            return True
        width = det.box[2]
        if det.score >= YUNET_BASE:
            return p >= YUNET_BAND_PRESENCE or (width < YUNET_SMALL and det.score >= YUNET_SMALL_SCORE)
        return det.score >= YUNET_CANDIDATE and p >= YUNET_LOW_PRESENCE and width >= YUNET_LOW_MIN_SIDE
    if det.score < SURE_TILE:
        return p >= UNSURE_PRESENCE
    if det.score < BLAZEFACE_SURE and det.box[2] >= YUNET_SMALL:
        return p >= YUNET_BAND_PRESENCE
    return True


def confirmed(rgb: np.ndarray, dets: list[Detection]) -> list[Detection]:
    """``dets`` that :func:`accept` takes as faces, asking the landmark model where needed."""
    from faceledger.photos.landmarks import shared_mesh_model

    out = []
    for d in dets:
        if needs_mesh(d):
            mesh = shared_mesh_model().run(rgb, d)
            if not accept(d, mesh.presence if mesh is not None else None):
                continue
        out.append(d)
    return out


def _inside(box, x, y, s, w, h, margin: float = 2.0) -> bool:
    """False when the box touches an inner edge of its tile (an edge that is not the image's)."""
    bx, by, bw, bh = box
    if bx <= x + margin and x > 0:
        return False
    if by <= y + margin and y > 0:
        return False
    if bx + bw >= x + s - margin and x + s < w:
        return False
    return not (by + bh >= y + s - margin and y + s < h)


def _clip(d: Detection, w: int, h: int) -> Detection:
    x, y, bw, bh = d.box
    x0, y0 = max(0.0, x), max(0.0, y)
    x1, y1 = min(float(w), x + bw), min(float(h), y + bh)
    return Detection((x0, y0, max(0.0, x1 - x0), max(0.0, y1 - y0)), d.score, d.keypoints, d.source)


_shared: FaceDetector | None = None
_shared_lock = threading.Lock()


def shared_detector() -> FaceDetector:
    """The process-wide detector (models load on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = FaceDetector()
        return _shared
