"""The check on real portraits and generated scenes: faces, numbers, verdicts, determinism."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest
from PIL import Image

from faceledger.photos.check import check_loaded, check_photo
from faceledger.photos.detect import iou
from faceledger.photos.load import LoadedPhoto

from .conftest import ASTRO_BOX, astronaut_rgb, save


def _photo(rgb: np.ndarray) -> LoadedPhoto:
    return LoadedPhoto(None, rgb, rgb.shape[1], rgb.shape[0], "PNG")


def test_astronaut(astro_png):
    r = check_photo(astro_png)
    assert r.ok and r.width == 512 and r.height == 512
    assert len(r.faces) == 1
    f = r.faces[0]
    assert iou(f.box, ASTRO_BOX) > 0.6
    assert 35 < f.ied_px < 50
    assert abs(f.yaw) < 25 and abs(f.roll) < 15 and abs(f.pitch) < 35
    assert f.pose_source == "mesh" and f.presence > 0.9
    assert f.sharpness > 35 and 60 < f.exposure["brightness"] < 200
    assert f.verdict == r.verdict == "high"
    d = r.to_dict("en")
    json.dumps(d)
    assert set(d) >= {"path", "ok", "error", "width", "height", "verdict", "faces", "reveals"}
    assert set(d["faces"][0]) >= {"box", "score", "ied_px", "yaw", "pitch", "roll", "sharpness", "exposure",
                                  "verdict", "reasons"}
    assert "between the eyes" in d["faces"][0]["reasons"][0]
    assert "两眼间距" in r.to_dict("zh")["faces"][0]["reasons"][0]


def test_deterministic(astro_png):
    a = check_photo(astro_png).to_dict()
    b = check_photo(astro_png).to_dict()
    assert a == b


def test_mirror_flips_yaw():
    a = astronaut_rgb()
    f1 = check_loaded(_photo(a)).faces[0]
    f2 = check_loaded(_photo(np.ascontiguousarray(a[:, ::-1]))).faces[0]
    assert np.sign(f1.yaw) == -np.sign(f2.yaw) or abs(f1.yaw) < 3


def test_no_face():
    rng = np.random.default_rng(1)
    noise = cv2.GaussianBlur(rng.integers(0, 255, (480, 640, 3), dtype=np.uint8), (0, 0), 3)
    r = check_loaded(_photo(noise))
    assert r.verdict == "none" and r.faces == []
    assert "No face found" in r.summary("en")


def test_small_face_is_low_and_blur_lowers_verdict():
    a = astronaut_rgb()
    small = cv2.resize(a, (128, 128), interpolation=cv2.INTER_AREA)  # eyes ~11 px apart
    canvas = np.full((400, 400, 3), 90, np.uint8)
    canvas[100:228, 100:228] = small
    r = check_loaded(_photo(canvas))
    assert len(r.faces) == 1 and r.faces[0].verdict == "low"
    assert "small" in [x.code for x in r.faces[0].reasons]
    blurred = cv2.GaussianBlur(a, (0, 0), 3.5)
    rb = check_loaded(_photo(blurred))
    assert rb.faces and rb.faces[0].verdict in ("medium", "low")
    assert {"blurred", "soft"} & {x.code for x in rb.faces[0].reasons}


def test_dark_face_reason():
    dark = (astronaut_rgb().astype(np.float32) * 0.15).astype(np.uint8)
    r = check_loaded(_photo(dark))
    assert r.faces and {"dark", "too_dark", "flat"} & {x.code for x in r.faces[0].reasons}


def test_face_20px_between_eyes_in_12mp_photo(tmp_path):
    """The issue's small-face case: the astronaut (head and shoulders) at 20 px eye distance in 4000x3000."""
    a = astronaut_rgb()[0:340, 50:410]
    k = 20 / 42.9
    person = cv2.resize(a, (round(360 * k), round(340 * k)), interpolation=cv2.INTER_AREA)
    rng = np.random.default_rng(3)
    canvas = np.clip(rng.normal(120, 20, (3000, 4000, 3)), 0, 255).astype(np.uint8)
    canvas = cv2.GaussianBlur(canvas, (0, 0), 2)
    y, x = 1900, 2900
    canvas[y:y + person.shape[0], x:x + person.shape[1]] = person
    p = save(canvas, tmp_path / "crowd.jpg", quality=90)
    r = check_photo(p)
    truth = (x + (177 - 50) * k, y + 82 * k, 95 * k, 95 * k)
    assert r.width == 4000 and r.height == 3000
    hits = [f for f in r.faces if iou(f.box, truth) > 0.3]
    assert len(hits) == 1, [f.box for f in r.faces]
    assert 15 < hits[0].ied_px < 26 and hits[0].verdict in ("low", "medium")


def test_threads_give_the_same_faces():
    """YuNet on two threads, and BlazeFace's tiles split over threads (protection's second detector),
    find exactly what one thread finds."""
    from faceledger.photos.detect import FaceDetector

    rng = np.random.default_rng(3)
    img = np.clip(rng.normal(120, 25, (1500, 2000, 3)), 0, 255).astype(np.uint8)
    face = cv2.resize(astronaut_rgb()[40:300, 120:340], (66, 78), interpolation=cv2.INTER_AREA)  # ~13 px IED
    for x, y in ((100, 200), (900, 700), (1700, 1300), (1400, 150)):
        img[y:y + 78, x:x + 66] = face
    one, two = FaceDetector(threads=1), FaceDetector(threads=2)
    try:
        a = [d.box for d in one.blazeface(img, min_ied=10)]
        b = [d.box for d in two.blazeface(img, min_ied=10)]
        ya = [(d.box, d.score) for d in one.detect(img)]
        yb = [(d.box, d.score) for d in two.detect(img)]
    finally:
        one.close()
        two.close()
    assert len(a) >= 3 and a == b
    assert sum(s >= 0.85 for _, s in ya) >= 3
    assert len(ya) == len(yb)
    for (ba, sa), (bb, sb) in zip(ya, yb):
        assert ba == pytest.approx(bb, abs=0.01) and sa == pytest.approx(sb, abs=1e-4)


def test_faces_measured_on_threads_give_the_same_result(monkeypatch):
    """With many detections the per-face measures run on the detector's threads; same result as on one."""
    from faceledger.photos import check as C
    from faceledger.photos.detect import THREADS_ENV

    rng = np.random.default_rng(4)
    img = np.clip(rng.normal(120, 25, (900, 1200, 3)), 0, 255).astype(np.uint8)
    face = cv2.resize(astronaut_rgb()[0:340, 50:410], (150, 142), interpolation=cv2.INTER_AREA)
    for x, y in ((40, 60), (400, 80), (800, 60), (100, 600), (500, 650), (950, 700)):
        img[y:y + 142, x:x + 150] = face
    runs = []
    for threads in ("1", "2"):
        monkeypatch.setenv(THREADS_ENV, threads)
        runs.append(json.dumps(C.check_loaded(_photo(img)).to_dict(), sort_keys=True))
    assert runs[0] == runs[1]
    assert len(json.loads(runs[0])["faces"]) >= C.PARALLEL_MIN_FACES


def test_a_mask_over_mouth_and_chin_gets_its_reason(tmp_path):
    """A plain light-blue 'surgical mask' painted over the astronaut's mouth and chin gives the covered-face
    reason (capped at medium); the bare face does not."""
    from faceledger.photos.check import check_photo

    bare = astronaut_rgb().copy()
    masked = bare.copy()
    masked[122:192, 184:262] = (170, 200, 225)  # from under the nose to the chin
    p1, p2 = tmp_path / "bare.png", tmp_path / "masked.png"
    Image.fromarray(bare).save(p1)
    Image.fromarray(masked).save(p2)
    r1, r2 = check_photo(p1), check_photo(p2)
    assert r1.faces and "covered_lower" not in [x.code for x in r1.faces[0].reasons]
    codes = [x.code for x in r2.faces[0].reasons]
    assert "covered_lower" in codes and r2.faces[0].verdict in ("medium", "low")
    assert any("口罩" in x.text.zh and "mask" in x.text.en for x in r2.faces[0].reasons)


def test_turned_face_reason_shows_the_measured_eye_distance():
    """The reason quotes the eye distance the face table shows, and the yaw-corrected one beside it."""
    from faceledger.photos import verdict as V

    f = V.FaceFigures(ied_px=36.0, yaw=31.0, pitch=0.0, roll=0.0, sharpness=100.0, brightness=120.0,
                      contrast=40.0, dark_clipped=0.0, bright_clipped=0.0, presence=1.0, rel_size=0.1)
    size = next(r for r in V.face_reasons(f) if r.code in ("small", "smallish", "size_ok"))
    assert "36 px between the eyes (about 42 px if it faced the camera)" in size.text.en
    assert "两眼间距 36 像素（正对镜头时约 42 像素）" in size.text.zh
