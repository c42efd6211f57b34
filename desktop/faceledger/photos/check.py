"""Check one photo: load, detect, measure, judge. The result is what `faceledger photo check --json` prints.

    from faceledger.photos.check import check_photo
    result = check_photo("IMG_0001.HEIC")      # never raises for a bad file: result.ok is False
    result.to_dict("en")                       # the CLI's JSON object for this photo
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from faceledger.photos import verdict as V
from faceledger.photos.detect import Detection, accept, needs_mesh, shared_detector, tile_threads
from faceledger.photos.errors import PhotoError
from faceledger.photos.landmarks import FaceMeshModel, shared_mesh_model
from faceledger.photos.load import LoadedPhoto, load_photo
from faceledger.photos.pose import pose_from_keypoints, pose_from_mesh
from faceledger.photos.quality import exposure, face_grey, lower_face, sharpness
from faceledger.photos.reveals import reveal_lines
from faceledger.text import Text

# Tiling reaches faces this many full-resolution pixels between the eyes (the 20 px in 12 MP).
MIN_IED_FULL = 20.0
# The landmark model's presence from which its points are used for the eye distance and the pose
VERIFY_PRESENCE = 0.5
# Which YuNet candidates are faces is detect.accept()'s decision (with the landmark model's presence),
# the same rule protect.py's re-check applies.


@dataclass
class FaceResult:
    box: tuple[int, int, int, int]      # full-resolution pixels, display orientation
    score: float
    ied_px: float | None
    yaw: float | None
    pitch: float | None
    roll: float | None
    pose_source: str | None
    sharpness: float | None
    exposure: dict[str, float] | None
    eyes_open: float | None
    presence: float | None
    rel_size: float
    verdict: str
    reasons: list[V.Reason]
    source: str = ""

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {"box": list(self.box), "score": round(self.score, 3), "ied_px": self.ied_px,
                "yaw": self.yaw, "pitch": self.pitch, "roll": self.roll, "pose_source": self.pose_source,
                "sharpness": self.sharpness, "exposure": self.exposure, "eyes_open": self.eyes_open,
                "landmark_presence": self.presence, "rel_size": self.rel_size, "verdict": self.verdict,
                "reasons": [r.text.get(lang) for r in self.reasons],
                "reason_codes": [r.code for r in self.reasons], "detector": self.source}


@dataclass
class PhotoResult:
    path: str
    ok: bool
    error: Text | None = None
    error_kind: str | None = None
    width: int | None = None
    height: int | None = None
    format: str | None = None
    verdict: str | None = None
    faces: list[FaceResult] = field(default_factory=list)
    reveals: dict[str, Any] = field(default_factory=dict)
    metadata: list[str] = field(default_factory=list)

    def summary(self, lang: str = "en") -> str:
        if not self.ok:
            return self.error.get(lang) if self.error else ""
        return V.VERDICT_TEXT[self.verdict or "none"].get(lang)

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        from faceledger.safetext import display_path

        # the path as the OS gave it may not be UTF-8 (surrogateescape): shown escaped, valid in any JSON
        return {"path": display_path(self.path), "ok": self.ok, "error": self.error.get(lang) if self.error else None,
                "error_kind": self.error_kind, "width": self.width, "height": self.height,
                "format": self.format, "verdict": self.verdict, "summary": self.summary(lang),
                "faces": [f.to_dict(lang) for f in self.faces], "reveals": self.reveals,
                "reveal_lines": reveal_lines(self.reveals, lang)}


def measure_face(photo: LoadedPhoto, det: Detection, mesh_model: FaceMeshModel | None = None) -> FaceResult | None:
    """Numbers and verdict for one detection (``det`` in the decoded image's pixels)."""
    rgb = photo.rgb
    s = photo.scale
    mesh = (mesh_model or shared_mesh_model()).run(rgb, det) if det.keypoints else None
    if needs_mesh(det) and not accept(det, mesh.presence if mesh is not None else None):
        return None  # an unsure candidate the landmark model does not see as a face either
    pose = None
    if mesh is not None and mesh.presence >= VERIFY_PRESENCE:
        pose = pose_from_mesh(mesh, rgb.shape[1], rgb.shape[0])
    if pose is None:
        pose = pose_from_keypoints(det)
    if mesh is not None and mesh.presence >= VERIFY_PRESENCE:
        r, left = mesh.eye_centres()
        ied = float(np.linalg.norm(left - r)) / s
        eyes = round(mesh.eye_openness(), 3)
    else:
        ied = det.ied / s if det.ied is not None else None
        eyes = None
    lower = lower_face(rgb, mesh.points, det.box[2]) \
        if mesh is not None and mesh.presence >= VERIFY_PRESENCE and det.box[2] >= 30 else None
    grey = face_grey(rgb, det.box)
    sharp = sharpness(grey) if grey is not None else None
    expo = exposure(grey) if grey is not None else None
    x, y, w, h = det.box
    box = (int(round(x / s)), int(round(y / s)), int(round(w / s)), int(round(h / s)))
    rel = round(box[2] * box[3] / float(photo.width * photo.height), 5)
    figures = V.FaceFigures(
        ied_px=ied, yaw=pose.yaw if pose else None, pitch=pose.pitch if pose else None,
        roll=pose.roll if pose else None, sharpness=sharp,
        brightness=expo.brightness if expo else None, contrast=expo.contrast if expo else None,
        dark_clipped=expo.dark_clipped if expo else None, bright_clipped=expo.bright_clipped if expo else None,
        presence=mesh.presence if mesh is not None else None, rel_size=rel,
        lower_covered=lower is not None and lower.covered)
    reasons = V.face_reasons(figures)
    return FaceResult(
        box=box, score=det.score, ied_px=round(ied, 1) if ied is not None else None,
        yaw=pose.yaw if pose else None, pitch=pose.pitch if pose else None, roll=pose.roll if pose else None,
        pose_source=pose.source if pose else None, sharpness=sharp,
        exposure=expo.to_dict() if expo else None, eyes_open=eyes,
        presence=round(mesh.presence, 3) if mesh is not None else None, rel_size=rel,
        verdict=V.level_of(reasons), reasons=reasons, source=det.source)


def detect_faces(photo: LoadedPhoto) -> list[Detection]:
    """YuNet's candidates in the decoded image's pixels (the loader decodes a large photo at a size where
    a face of :data:`MIN_IED_FULL` px between the eyes is still about 10 px: YuNet's reach)."""
    return shared_detector().detect(photo.rgb)


PARALLEL_MIN_FACES = 4  # fewer detections than this are measured on the calling thread
_measure_lock = threading.Lock()
_measure_pool = None
_measure_models: list[FaceMeshModel] = []
_own = threading.local()  # a folder-scan thread's own landmark interpreter (one_thread_each)


def one_thread_each() -> None:
    """Make the calling thread check its photos on its own: the faces measured here, one after another,
    with a landmark interpreter of its own (the folder scan's threads each check a different photo, so
    spreading one photo's faces over more threads would only make them wait for each other)."""
    _own.mesh = FaceMeshModel()


def _measure_all(photo: LoadedPhoto, dets: list[Detection]) -> list[FaceResult]:
    """:func:`measure_face` for every detection, in their order; with many detections, spread over the
    detector's thread count (each thread with its own landmark interpreter), as the tiles are. A folder
    scan's thread measures its photo's faces itself (:func:`one_thread_each`)."""
    global _measure_pool
    own = getattr(_own, "mesh", None)
    if own is not None:
        return [f for f in (measure_face(photo, d, own) for d in dets) if f is not None]
    n = tile_threads()
    if n == 1 or len(dets) < PARALLEL_MIN_FACES:
        out = [measure_face(photo, d) for d in dets]
    else:
        with _measure_lock:
            if _measure_pool is None:
                from concurrent.futures import ThreadPoolExecutor

                _measure_models.extend(FaceMeshModel() for _ in range(n))
                _measure_pool = ThreadPoolExecutor(n, thread_name_prefix="faceledger-faces")
            pool, models = _measure_pool, _measure_models[:n]
        n = len(models)
        parts = [pool.submit(lambda i: [measure_face(photo, d, models[i]) for d in dets[i::n]], i) for i in range(n)]
        out = [None] * len(dets)
        for i, fut in enumerate(parts):
            for j, res in enumerate(fut.result()):
                out[i + j * n] = res
    return [f for f in out if f is not None]


def check_loaded(photo: LoadedPhoto, path: str = "") -> PhotoResult:
    faces = _measure_all(photo, detect_faces(photo))
    return PhotoResult(path=path or (str(photo.path) if photo.path else ""), ok=True, width=photo.width,
                       height=photo.height, format=photo.format_name,
                       verdict=V.photo_level([f.verdict for f in faces]), faces=faces,
                       reveals=photo.reveals, metadata=photo.metadata)


def _load_or_fail(path: str | os.PathLike) -> tuple[LoadedPhoto | None, PhotoResult | None]:
    """The loaded photo, or the ``ok=False`` result that says why it could not be read (never raises)."""
    p = str(path)
    try:
        return load_photo(Path(path)), None
    except PhotoError as err:
        return None, PhotoResult(path=p, ok=False, error=err.text, error_kind=err.kind)
    except MemoryError:
        return None, PhotoResult(path=p, ok=False, error=Text("内存不足，无法检查这张照片。",
                                                               "Not enough memory to check this photo."),
                                 error_kind="too_large")


def check_photo(path: str | os.PathLike) -> PhotoResult:
    """Check one photo file. A file that cannot be read gives ``ok=False`` with a message, never raises."""
    photo, failed = _load_or_fail(path)
    return failed if photo is None else check_loaded(photo, str(path))


def check_with_pixels(path: str | os.PathLike) -> tuple[PhotoResult, np.ndarray | None]:
    """Like :func:`check_photo`, and also the decoded (possibly reduced) upright pixels, for display."""
    photo, failed = _load_or_fail(path)
    return (failed, None) if photo is None else (check_loaded(photo, str(path)), photo.rgb)
