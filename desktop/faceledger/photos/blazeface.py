"""BlazeFace (MediaPipe's face detector models) run directly under LiteRT, many tiles per call.

MediaPipe's Tasks ``FaceDetector`` costs a graph run per image: for the ~80 small tiles of a 12 MP
photo that overhead (image wrapping, the graph's own resize and bookkeeping) was about a third of the
time. Here the same ``.tflite`` model runs under ``ai_edge_litert``'s ``Interpreter`` on tiles that
the caller has already resized, and the SSD output is decoded as MediaPipe's graph does:

- input: RGB scaled to -1..1 (the model's metadata: mean 127.5, std 127.5);
- anchors: MediaPipe's ``SsdAnchorsCalculator`` with the options of MediaPipe's face detection graphs
  (fixed anchor size, offset 0.5): full range 192x192 input, one layer of stride 4 (48x48 = 2304
  anchors); short range 128x128 input, strides 8, 16, 16, 16 with two anchors per layer (896);
- each anchor's 16 values (``reverse_output_order``): box centre x, y, width, height, then six
  keypoints (x, y), all in input pixels relative to the anchor centre; score = sigmoid of the logit
  clipped to +-100;
- weighted non-maximum suppression at IoU 0.3 (MediaPipe's ``WEIGHTED`` algorithm: a kept detection's
  box and keypoints are the score-weighted mean of the detections it suppresses; its score is its own).

``tests/photos/test_photos_blazeface.py`` checks that this finds the same faces as the Tasks detector
(box IoU >= 0.9, score within 0.02) on the same pixels. Loaded lazily, like everything in photos/.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from faceledger.photos import model_files


@dataclass(frozen=True)
class Spec:
    model: model_files.ModelFile
    size: int
    strides: tuple[int, ...]
    anchors_per_layer: int  # 1 for full range; 2 for short range (aspect 1.0 and the interpolated scale)


FULL = Spec(model_files.FULL_RANGE, 192, (4,), 1)
SHORT = Spec(model_files.SHORT_RANGE, 128, (8, 16, 16, 16), 2)


def anchors(spec: Spec) -> np.ndarray:
    """Anchor centres (N, 2) in input pixels, in the model's output order (SsdAnchorsCalculator)."""
    out = []
    layer = 0
    n = len(spec.strides)
    while layer < n:
        stride = spec.strides[layer]
        per_loc = 0
        # layers sharing a stride are merged into one grid, their anchors side by side at each location
        while layer < n and spec.strides[layer] == stride:
            per_loc += spec.anchors_per_layer
            layer += 1
        g = int(np.ceil(spec.size / stride))
        ys, xs = np.mgrid[0:g, 0:g]
        c = np.stack([(xs + 0.5) * spec.size / g, (ys + 0.5) * spec.size / g], -1).reshape(-1, 2)
        out.append(np.repeat(c, per_loc, axis=0))
    return np.concatenate(out).astype(np.float32)


def to_input(rgb: np.ndarray) -> np.ndarray:
    """uint8 RGB -> the model's float input (-1..1)."""
    return rgb.astype(np.float32) * np.float32(1 / 127.5) - np.float32(1.0)


def weighted_nms(boxes: np.ndarray, kps: np.ndarray, scores: np.ndarray,
                 threshold: float) -> list[tuple[np.ndarray, np.ndarray, float]]:
    """MediaPipe's weighted NMS. ``boxes`` (N, 4) as x0, y0, x1, y1; ``kps`` (N, 12). Deterministic."""
    order = np.lexsort((boxes[:, 0], boxes[:, 1], -scores))  # score, then position: ties never depend on input order
    remaining = order
    out = []
    while remaining.size:
        top = remaining[0]
        b = boxes[remaining]
        ix = np.clip(np.minimum(b[:, 2], boxes[top, 2]) - np.maximum(b[:, 0], boxes[top, 0]), 0, None)
        iy = np.clip(np.minimum(b[:, 3], boxes[top, 3]) - np.maximum(b[:, 1], boxes[top, 1]), 0, None)
        inter = ix * iy
        area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
        top_area = (boxes[top, 2] - boxes[top, 0]) * (boxes[top, 3] - boxes[top, 1])
        union = area + top_area - inter
        sim = np.where(union > 0, inter / np.where(union > 0, union, 1), 0)
        cand = remaining[sim > threshold]
        if cand.size == 0:
            cand = remaining[:1]
        w = scores[cand][:, None]
        total = float(w.sum())
        out.append(((boxes[cand] * w).sum(0) / total, (kps[cand] * w).sum(0) / total, float(scores[top])))
        remaining = remaining[sim <= threshold]
        if remaining.size and remaining[0] == top:  # cannot happen (sim(top, top) = 1), but never loop forever
            remaining = remaining[1:]
    return out


class BlazeFace:
    """One BlazeFace model under LiteRT. ``detect(batch)`` takes (N, S, S, 3) float inputs; thread-safe."""

    def __init__(self, spec: Spec, threads: int = 1) -> None:
        self.spec = spec
        self._threads = threads
        self._lock = threading.Lock()
        self._it = None
        self._batch = 0
        self._anchors = anchors(spec)

    def _ensure(self, batch: int) -> None:
        from faceledger.photos.detect import quiet_native_stderr

        if self._it is None:
            with quiet_native_stderr():
                from ai_edge_litert.interpreter import Interpreter

                self._it = Interpreter(model_path=str(model_files.model_path(self.spec.model)),
                                       num_threads=self._threads)
            self._in = self._it.get_input_details()[0]["index"]
            outs = self._it.get_output_details()
            self._out_reg = next(o["index"] for o in outs if o["shape"][-1] == 16)
            self._out_cls = next(o["index"] for o in outs if o["shape"][-1] == 1)
        if batch != self._batch:
            s = self.spec.size
            with quiet_native_stderr():
                self._it.resize_tensor_input(self._in, [batch, s, s, 3])
                self._it.allocate_tensors()
            self._batch = batch

    def raw(self, batch: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Regressors (N, A, 16) and score logits (N, A) for a batch of model inputs: float (N, S, S, 3)
        already scaled to -1..1, or uint8 RGB, which is scaled here straight into the input tensor."""
        n = batch.shape[0]
        with self._lock:
            self._ensure(n)
            if batch.dtype == np.uint8:
                view = self._it.tensor(self._in)()   # the interpreter's own input buffer: no extra copy
                np.multiply(batch, np.float32(1 / 127.5), out=view, dtype=np.float32)
                view -= np.float32(1.0)
                del view  # the interpreter refuses to run while a view of its buffers is alive
            else:
                self._it.set_tensor(self._in, np.ascontiguousarray(batch, dtype=np.float32))
            self._it.invoke()
            reg = self._it.get_tensor(self._out_reg).reshape(n, -1, 16).copy()
            cls = self._it.get_tensor(self._out_cls).reshape(n, -1).copy()
        return reg, cls

    def detect(self, batch: np.ndarray, min_score: float,
               nms: float = 0.3) -> list[list[tuple[np.ndarray, np.ndarray, float]]]:
        """Per input: detections ``(box x0 y0 x1 y1, keypoints (6, 2), score)`` in input pixels.
        ``batch``: (N, S, S, 3), float -1..1 or uint8 RGB."""
        reg, cls = self.raw(batch)
        logit_min = float(np.log(min_score / (1 - min_score)))
        a = self._anchors
        out = []
        for k in range(reg.shape[0]):
            logits = np.clip(cls[k], -100.0, 100.0)
            idx = np.nonzero(logits >= logit_min)[0]
            if idx.size == 0:
                out.append([])
                continue
            r = reg[k, idx]
            c = a[idx]
            cx, cy = r[:, 0] + c[:, 0], r[:, 1] + c[:, 1]
            w, h = r[:, 2], r[:, 3]
            boxes = np.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], 1)
            kps = r[:, 4:16].reshape(-1, 6, 2) + c[:, None, :]
            scores = 1.0 / (1.0 + np.exp(-logits[idx]))
            dets = weighted_nms(boxes, kps.reshape(-1, 12), scores, nms)
            out.append([(b, kp.reshape(6, 2), s) for b, kp, s in dets])
        return out
