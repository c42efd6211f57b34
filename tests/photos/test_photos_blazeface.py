"""The LiteRT BlazeFace decoder (photos/blazeface.py) finds what MediaPipe's Tasks FaceDetector finds.

Both run the same model files on the same pixels; the Tasks detector is the reference. Its boxes are
whole pixels (origin and size truncated, origin clipped at 0), so ours are compared after the same
truncation: box IoU >= 0.9, score within 0.02, eye keypoints within 1 px.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from faceledger.photos import blazeface as B
from faceledger.photos.detect import iou

from .conftest import astronaut_rgb


@pytest.fixture(scope="module")
def tasks():
    """MediaPipe Tasks detectors (the reference), keyed by spec name; closed at the end."""
    mp = pytest.importorskip("mediapipe")
    from faceledger.photos import model_files
    from mediapipe.tasks.python import BaseOptions, vision

    made = {}
    for key, spec in (("full", B.FULL), ("short", B.SHORT)):
        opts = vision.FaceDetectorOptions(
            base_options=BaseOptions(model_asset_path=str(model_files.model_path(spec.model))),
            min_detection_confidence=0.45, min_suppression_threshold=0.3)
        made[key] = vision.FaceDetector.create_from_options(opts)
    yield mp, made
    for d in made.values():
        d.close()


def _tasks_faces(mp, det, rgb):
    out = []
    h, w = rgb.shape[:2]
    for d in det.detect(mp.Image(image_format=mp.ImageFormat.SRGB, data=np.ascontiguousarray(rgb))).detections:
        bb = d.bounding_box
        kps = [(k.x * w, k.y * h) for k in d.keypoints]
        out.append(((bb.origin_x, bb.origin_y, bb.width, bb.height), d.categories[0].score, kps))
    return out


def _as_tasks_box(b):
    x0, y0, x1, y1 = (float(v) for v in b)
    return (max(0, int(x0)), max(0, int(y0)), int(x1 - x0), int(y1 - y0))


def _inputs(size: int) -> list[np.ndarray]:
    """Square model inputs made here: the astronaut at several sizes, mirrored, dimmed, on noise."""
    rng = np.random.default_rng(5)
    astro = astronaut_rgb()
    out = [cv2.resize(astro, (size, size), interpolation=cv2.INTER_AREA)]
    for k, (side, x, y) in enumerate(((size // 2, 10, 20), (size // 3, size // 2, size // 3),
                                      (size // 5, size // 4, size // 2), (size // 8, size // 2, 8))):
        canvas = np.clip(rng.normal(110, 30, (size, size, 3)), 0, 255).astype(np.uint8)
        face = cv2.resize(astro[0:360, 60:420], (side, side), interpolation=cv2.INTER_AREA)
        if k % 2:
            face = (face[:, ::-1] * 0.8).astype(np.uint8)
        canvas[y:y + side, x:x + side] = face
        out.append(canvas)
    return out


def _compare(ref, mine, kp_tol: float = 1.0) -> None:
    assert len(mine) == len(ref), (ref, mine)
    for box, score, kps in ref:
        best = max(mine, key=lambda m: iou(box, _as_tasks_box(m[0])))
        assert iou(box, _as_tasks_box(best[0])) >= 0.9, (box, best[0])
        assert abs(best[2] - score) <= 0.02, (score, best[2])
        for (ax, ay), (bx, by) in zip(kps[:2], best[1][:2]):
            assert abs(ax - bx) <= kp_tol and abs(ay - by) <= kp_tol


@pytest.mark.parametrize("key,spec", [("full", B.FULL), ("short", B.SHORT)])
def test_same_faces_as_tasks_on_model_sized_inputs(tasks, key, spec):
    mp, dets = tasks
    model = B.BlazeFace(spec)
    found_any = 0
    for rgb in _inputs(spec.size):
        ref = _tasks_faces(mp, dets[key], rgb)
        mine = model.detect(B.to_input(rgb)[None], 0.45)[0]
        _compare(ref, mine)
        found_any += len(ref)
    assert found_any >= 3  # the comparison was not vacuous


def test_batch_gives_what_single_calls_give():
    model = B.BlazeFace(B.FULL)
    inputs = _inputs(192)
    batch = model.detect(np.stack([B.to_input(x) for x in inputs]), 0.45)
    for x, got in zip(inputs, batch):
        one = model.detect(B.to_input(x)[None], 0.45)[0]
        assert len(one) == len(got)
        for (b1, k1, s1), (b2, k2, s2) in zip(one, got):
            assert np.allclose(b1, b2, atol=1e-3) and abs(s1 - s2) < 1e-5


def test_anchor_layout():
    full, short = B.anchors(B.FULL), B.anchors(B.SHORT)
    assert full.shape == (2304, 2) and short.shape == (896, 2)
    assert tuple(full[0]) == (2.0, 2.0) and tuple(full[-1]) == (190.0, 190.0)
    assert tuple(short[0]) == tuple(short[1]) == (4.0, 4.0) and tuple(short[512]) == (8.0, 8.0)


@pytest.mark.parametrize("rows,cols", [(400, 412), (512, 300), (160, 120)])
def test_whole_image_pass_matches_tasks(tasks, rows, cols):
    """The letterboxed whole-image pass (detect.FaceDetector) against Tasks on non-square pictures."""
    from faceledger.photos.detect import FaceDetector

    mp, dets = tasks
    a = astronaut_rgb()
    rgb = np.ascontiguousarray(a[0:rows, 100:100 + cols] if rows >= 200 else
                               cv2.resize(a[0:400, 50:350], (cols, rows), interpolation=cv2.INTER_AREA))
    fd = FaceDetector(threads=1)
    compared = 0
    try:
        fd._ensure()
        for key, model in (("short", fd._short), ("full", fd._full)):
            ref = [r for r in _tasks_faces(mp, dets[key], rgb) if r[1] >= 0.5]
            mine = [((d.box[0], d.box[1], d.box[0] + d.box[2], d.box[1] + d.box[3]), d.keypoints, d.score)
                    for d in fd._whole(model, rgb, key)]
            _compare(ref, mine, kp_tol=max(rows, cols) / model.spec.size)  # one model-input pixel
            compared += len(ref)
    finally:
        fd.close()
    assert compared >= 1


def test_dev_set_tiles_match_tasks(tasks, eval_dir):
    """Optional: 192 px tiles cut from the dev set's photos give the Tasks detector's faces."""
    if eval_dir is None:
        pytest.skip("faces-dev evaluation set not present")
    mp, dets = tasks
    model = B.BlazeFace(B.FULL)
    compared = 0
    for path in sorted((eval_dir / "images").glob("*.jpg"))[:30]:
        data = np.fromfile(path, np.uint8)
        if data.size == 0:
            continue
        bgr = cv2.imdecode(data, cv2.IMREAD_REDUCED_COLOR_2 if path.stat().st_size > 2_000_000 else cv2.IMREAD_COLOR)
        if bgr is None:
            continue
        rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
        h, w = rgb.shape[:2]
        s = min(h, w)
        for y, x, side in ((0, 0, s), (h - s, w - s, s), (0, 0, min(s, 300))):
            tile = cv2.resize(rgb[y:y + side, x:x + side], (192, 192), interpolation=cv2.INTER_AREA)
            ref = _tasks_faces(mp, dets["full"], tile)
            _compare(ref, model.detect(B.to_input(tile)[None], 0.45)[0])
            compared += len(ref)
    assert compared > 20


def test_uint8_input_is_scaled_like_the_float_input():
    model = B.BlazeFace(B.FULL)
    for x in _inputs(192):
        a = model.detect(x[None], 0.45)[0]
        b = model.detect(B.to_input(x)[None], 0.45)[0]
        assert len(a) == len(b)
        for (b1, _, s1), (b2, _, s2) in zip(a, b):
            assert np.allclose(b1, b2, atol=1e-3) and abs(s1 - s2) < 1e-5
