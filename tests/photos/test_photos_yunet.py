"""YuNet under onnxruntime (photos/yunet.py): the same faces as OpenCV's FaceDetectorYN on the same pixels, the
same outputs whether its input buffer is reused or fresh and whether threads call it at once."""

from __future__ import annotations

import threading

import cv2
import numpy as np

from faceledger.photos import model_files
from faceledger.photos.yunet import YuNet, blob

from .conftest import astronaut_rgb


def _scene() -> np.ndarray:
    """A picture whose sides are not multiples of 32, with the astronaut at four sizes."""
    rng = np.random.default_rng(5)
    img = np.clip(rng.normal(110, 30, (701, 1003, 3)), 0, 255).astype(np.uint8)
    astro = astronaut_rgb()
    for (x, y), side in zip(((20, 30), (400, 60), (700, 400), (150, 520)), (300, 160, 90, 56)):
        img[y:y + side, x:x + side] = cv2.resize(astro, (side, side), interpolation=cv2.INTER_AREA)
    return img


def _opencv(rgb: np.ndarray) -> list[tuple]:
    h, w = rgb.shape[:2]
    det = cv2.FaceDetectorYN.create(str(model_files.model_path(model_files.YUNET)), "", (w, h), 0.3, 0.3, 5000)
    _, faces = det.detect(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    return sorted((tuple(f[:4]), float(f[14]), tuple(f[4:14])) for f in (faces if faces is not None else []))


def test_same_faces_as_opencv_face_detector_yn():
    m = YuNet(1)
    for rgb in (astronaut_rgb(), _scene()):
        ours = sorted((f.box, f.score, tuple(v for kp in f.keypoints for v in kp)) for f in m.detect(rgb, 0.3))
        theirs = _opencv(rgb)
        assert len(ours) == len(theirs) >= 1
        for (b1, s1, k1), (b2, s2, k2) in zip(ours, theirs):
            assert np.allclose(b1, b2, atol=0.01) and abs(s1 - s2) < 1e-4 and np.allclose(k1, k2, atol=0.01)


def test_input_buffer_reused_gives_the_same_input():
    rng = np.random.default_rng(0)
    room = np.full(3 * 736 * 1024, 7.0, np.float32)  # stale values must not leak into the padding
    for h, w in ((700, 1000), (31, 33), (64, 64), (1, 5)):
        rgb = rng.integers(0, 255, (h, w, 3), dtype=np.uint8)
        assert np.array_equal(blob(rgb), blob(rgb, room))


def test_threads_calling_at_once_get_what_one_call_gets():
    """The folder scan's threads share one session, without a lock."""
    m = YuNet(2)
    pics = [_scene(), astronaut_rgb(), _scene()[100:600, 50:900]]
    alone = [[(f.box, f.score) for f in m.detect(p, 0.3)] for p in pics]
    got: dict[int, list] = {}

    def run(i: int) -> None:
        got[i] = [[(f.box, f.score) for f in m.detect(p, 0.3)] for p in pics[i:] + pics[:i]]

    threads = [threading.Thread(target=run, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i in range(3):
        assert got[i] == alone[i:] + alone[:i]


def test_interleaved_model_computes_what_the_vendored_one_does():
    """The model the check runs (first convolution rewritten over interleaved RGB rows, scripts/yunet_interleave.py)
    against the vendored one fed BGR planes, on a picture whose sides are not multiples of 32."""
    import onnxruntime as ort

    rgb = _scene()
    h, w = rgb.shape[:2]
    ph, pw = -(-h // 32) * 32, -(-w // 32) * 32
    planes = np.zeros((1, 3, ph, pw), np.float32)
    planes[0, :, :h, :w] = rgb[:, :, ::-1].transpose(2, 0, 1)
    original = ort.InferenceSession(str(model_files.model_path(model_files.YUNET)), providers=["CPUExecutionProvider"])
    derived = ort.InferenceSession(str(model_files.model_path(model_files.YUNET_INTERLEAVED)),
                                   providers=["CPUExecutionProvider"])
    names = [o.name for o in original.get_outputs()]
    want = original.run(names, {"input": planes})
    got = derived.run(names, {"input": blob(rgb)})
    for n, a, b in zip(names, want, got):
        assert a.shape == b.shape, n
        assert np.abs(a - b).max() < 2e-4, n
