"""YuNet (Wu, Peng, Yu 2023; libfacedetection.train), a whole-image face detector, run under onnxruntime.

The network is fully convolutional: one pass over a picture of any size (sides padded to a multiple of
32) gives, on three grids (strides 8, 16, 32), a class and an objectness score, a box and five
keypoints (the subject's right eye, left eye, nose tip, right and left mouth corners) per cell. The
decoding below is the one OpenCV's ``FaceDetectorYN`` does (``modules/objdetect/src/face_detect.cpp``):
score = sqrt(cls * obj), centre = (cell + offset) * stride, size = exp(d) * stride, then NMS.
``tests/photos/test_photos_yunet.py`` checks it against ``cv2.FaceDetectorYN`` on the same pixels.

Why onnxruntime and not OpenCV's DNN module, which opencv-contrib-python already has: measured in
docs/photos.md §9, onnxruntime ran the same network 2.5x faster on a 2000x1500 input (the 12 MP check's
main cost) for about 20 MB more in the bundle.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import numpy as np

STRIDES = (8, 16, 32)
NMS_IOU = 0.3


@dataclass(frozen=True)
class RawFace:
    """A YuNet detection in input pixels: box (x, y, w, h), score, and the five keypoints."""

    box: tuple[float, float, float, float]
    score: float
    keypoints: tuple[tuple[float, float], ...]


def _padded(side: int) -> int:
    return int(math.ceil(side / 32) * 32)


def blob(rgb: np.ndarray) -> np.ndarray:
    """The network's input for ``rgb``: BGR, float32, NCHW, padded on the right and bottom with black."""
    h, w = rgb.shape[:2]
    ph, pw = _padded(h), _padded(w)
    out = np.zeros((1, 3, ph, pw), np.float32)
    # BGR planes (the network was trained on OpenCV's channel order)
    out[0, 0, :h, :w] = rgb[:, :, 2]
    out[0, 1, :h, :w] = rgb[:, :, 1]
    out[0, 2, :h, :w] = rgb[:, :, 0]
    return out


def decode(outputs: dict[str, np.ndarray], width: int, height: int, min_score: float,
           nms_iou: float = NMS_IOU) -> list[RawFace]:
    """The network's outputs (by name: ``cls_8``, ``obj_8``, ``bbox_8``, ``kps_8``, ... ) -> faces."""
    pw = _padded(width)
    boxes, scores, kps_all = [], [], []
    for s in STRIDES:
        cols = pw // s  # cells are numbered row by row over the padded input
        cls = np.clip(outputs[f"cls_{s}"].reshape(-1), 0, 1)
        obj = np.clip(outputs[f"obj_{s}"].reshape(-1), 0, 1)
        score = np.sqrt(cls * obj)
        keep = np.nonzero(score >= min_score)[0]
        if keep.size == 0:
            continue
        bb = outputs[f"bbox_{s}"].reshape(-1, 4)[keep]
        kp = outputs[f"kps_{s}"].reshape(-1, 10)[keep]
        c = (keep % cols).astype(np.float64)
        r = (keep // cols).astype(np.float64)
        cx, cy = (c + bb[:, 0]) * s, (r + bb[:, 1]) * s
        w, h = np.exp(bb[:, 2]) * s, np.exp(bb[:, 3]) * s
        boxes.append(np.stack([cx - w / 2, cy - h / 2, w, h], 1))
        scores.append(score[keep])
        kx = (kp[:, 0::2] + c[:, None]) * s
        ky = (kp[:, 1::2] + r[:, None]) * s
        kps_all.append(np.stack([kx, ky], 2))
    if not boxes:
        return []
    b = np.concatenate(boxes)
    sc = np.concatenate(scores)
    kp = np.concatenate(kps_all)
    order = _nms(b, sc, nms_iou)
    return [RawFace(tuple(float(v) for v in b[i]), float(sc[i]), tuple((float(x), float(y)) for x, y in kp[i]))
            for i in order]


def _nms(b: np.ndarray, sc: np.ndarray, thr: float) -> list[int]:
    """Greedy NMS by score (ties by position), as cv2.dnn.NMSBoxes."""
    order = sorted(range(len(sc)), key=lambda i: (-float(sc[i]), float(b[i, 1]), float(b[i, 0])))
    x0, y0 = b[:, 0], b[:, 1]
    x1, y1 = x0 + b[:, 2], y0 + b[:, 3]
    area = b[:, 2] * b[:, 3]
    kept: list[int] = []
    for i in order:
        ok = True
        for k in kept:
            iw = min(x1[i], x1[k]) - max(x0[i], x0[k])
            ih = min(y1[i], y1[k]) - max(y0[i], y0[k])
            if iw > 0 and ih > 0:
                inter = iw * ih
                if inter / (area[i] + area[k] - inter) > thr:
                    ok = False
                    break
        if ok:
            kept.append(i)
    return kept


class YuNet:
    """The dynamic-size YuNet model in an onnxruntime session (thread-safe; one run at a time)."""

    def __init__(self, threads: int = 1) -> None:
        self._lock = threading.Lock()
        self._threads = max(1, threads)
        self._sess = None

    def _ensure(self) -> None:
        if self._sess is not None:
            return
        import onnxruntime as ort

        from faceledger.photos import model_files

        path = model_files.model_path(model_files.YUNET)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = self._threads
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        # the memory arena keeps the buffers of the largest input seen (about 60 bytes per input pixel;
        # detect.MAX_LEVEL_PIXELS bounds it): without it every run allocates afresh, 1.3-1.7x slower
        from faceledger.photos.detect import quiet_native_stderr

        with quiet_native_stderr():
            self._sess = ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
        self._names = [o.name for o in self._sess.get_outputs()]
        self._input = self._sess.get_inputs()[0].name

    def raw(self, rgb: np.ndarray) -> dict[str, np.ndarray]:
        with self._lock:
            self._ensure()
            outs = self._sess.run(self._names, {self._input: blob(rgb)})
        return dict(zip(self._names, outs))

    def detect(self, rgb: np.ndarray, min_score: float) -> list[RawFace]:
        h, w = rgb.shape[:2]
        return decode(self.raw(rgb), w, h, min_score)
