"""YuNet (Wu, Peng, Yu 2023; libfacedetection.train), a whole-image face detector, run under onnxruntime.

The network is fully convolutional: one pass over a picture of any size (sides padded to a multiple of
32) gives, on three grids (strides 8, 16, 32), a class and an objectness score, a box and five
keypoints (the subject's right eye, left eye, nose tip, right and left mouth corners) per cell. The
decoding below is the one OpenCV's ``FaceDetectorYN`` does (``modules/objdetect/src/face_detect.cpp``):
score = sqrt(cls * obj), centre = (cell + offset) * stride, size = exp(d) * stride, then NMS.
``tests/photos/test_photos_yunet.py`` checks it against ``cv2.FaceDetectorYN`` on the same pixels.

The session runs ``yunet_s_interleaved.onnx``: the vendored network with its first convolution rewritten to
read the picture's interleaved R, G, B rows (scripts/yunet_interleave.py), so that its input is one
contiguous copy of the pixels (:func:`blob`); same weights, outputs within 2e-5 of the original's.

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


def blob(rgb: np.ndarray, room: np.ndarray | None = None) -> np.ndarray:
    """The input of the model the check runs (``yunet_s_interleaved.onnx``) for ``rgb``: its interleaved R, G,
    B rows as one float32 plane (1, 1, H, 3W), padded on the right and bottom with black to sides that are
    multiples of 32 pixels. One contiguous copy (2 ms for 2000x1500, where the original model's three BGR
    planes took 5-8 ms). ``room``: a flat float32 buffer to build it in, when large enough (a fresh 36 MB
    array for a 2000x1500 picture is mapped page by page on every call: reusing one saves about 3 ms)."""
    h, w = rgb.shape[:2]
    ph, pw = _padded(h), _padded(w)
    if room is not None and room.size >= 3 * ph * pw:
        out = room[:3 * ph * pw].reshape(1, 1, ph, 3 * pw)
        out[0, 0, h:, :] = 0
        out[0, 0, :h, 3 * w:] = 0
    else:
        out = np.zeros((1, 1, ph, 3 * pw), np.float32)
    out[0, 0, :h, :3 * w] = rgb.reshape(h, 3 * w)
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
    """Greedy NMS by score (ties by position), as cv2.dnn.NMSBoxes: a box is dropped when it overlaps a box
    kept before it by more than ``thr`` (IoU). Each kept box is compared with all the others at once (the
    same sums in the same float64 arithmetic as one pair at a time, so the same boxes are kept)."""
    n = len(sc)
    # score descending, then top, then left; stable, so equal keys keep their order (as sorted() does)
    order = np.lexsort((b[:, 0], b[:, 1], -sc.astype(np.float64)))
    x0, y0 = b[:, 0], b[:, 1]
    x1, y1 = x0 + b[:, 2], y0 + b[:, 3]
    area = b[:, 2] * b[:, 3]
    dropped = np.zeros(n, bool)
    kept: list[int] = []
    with np.errstate(divide="ignore", invalid="ignore"):
        for i in order:
            if dropped[i]:
                continue
            kept.append(int(i))
            iw = np.minimum(x1, x1[i]) - np.maximum(x0, x0[i])
            ih = np.minimum(y1, y1[i]) - np.maximum(y0, y0[i])
            inter = iw * ih
            dropped |= (iw > 0) & (ih > 0) & (inter / (area + area[i] - inter) > thr)
    return kept


class YuNet:
    """YuNet in an onnxruntime session. Thread-safe: onnxruntime runs concurrent calls of one session side
    by side (the folder scan's threads share it)."""

    def __init__(self, threads: int = 1) -> None:
        self._lock = threading.Lock()
        self._threads = max(1, threads)
        self._sess = None
        self._room = threading.local()  # each calling thread's input buffer (blob)

    def _ensure(self) -> None:
        with self._lock:
            if self._sess is not None:
                return
            import onnxruntime as ort

            from faceledger.photos import model_files
            from faceledger.photos.detect import quiet_native_stderr

            path = model_files.model_path(model_files.YUNET_INTERLEAVED)
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = self._threads
            opts.inter_op_num_threads = 1
            opts.log_severity_level = 3
            # waiting threads sleep instead of spinning: on a machine whose cores are busy with other work
            # a spinning thread steals the core its partner needs (measured, docs/photos.md §9)
            opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
            # the memory arena keeps the buffers of the largest input seen (detect.MAX_LEVEL_PIXELS bounds
            # it): without it every run allocates afresh, 1.3-1.7x slower. No memory pattern: the planned
            # block of each run came on top of the arena, so the folder scan's two concurrent runs of a
            # 2000x1500 picture peaked at 420 MB instead of 331 MB, for no measurable speed (docs/photos.md §9)
            opts.enable_mem_pattern = False
            with quiet_native_stderr():
                sess = ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
            self._names = [o.name for o in sess.get_outputs()]
            self._input = sess.get_inputs()[0].name
            self._sess = sess

    def raw(self, rgb: np.ndarray) -> dict[str, np.ndarray]:
        self._ensure()
        need = 3 * _padded(rgb.shape[0]) * _padded(rgb.shape[1])
        room = getattr(self._room, "buf", None)
        if room is None or room.size < need:
            room = self._room.buf = np.empty(need, np.float32)
        outs = self._sess.run(self._names, {self._input: blob(rgb, room)})
        return dict(zip(self._names, outs))

    def detect(self, rgb: np.ndarray, min_score: float) -> list[RawFace]:
        h, w = rgb.shape[:2]
        return decode(self.raw(rgb), w, h, min_score)
