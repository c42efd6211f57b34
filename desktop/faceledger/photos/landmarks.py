"""468 face landmarks from MediaPipe's legacy ``face_landmark.tflite`` run directly under LiteRT.

No current mediapipe release can run its face landmarker offline (stack.md §2, §10), but the legacy
mesh model from the 0.10.21 wheel runs under ``ai_edge_litert``'s ``Interpreter``: a 192x192 RGB crop
scaled to 0..1 in, 468 (x, y, z) points in crop pixels and a face-presence logit out. As MediaPipe's
own graph does, the crop is rotated so that the eyes are level and is 1.5x the detector's box.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import numpy as np

from faceledger.photos import model_files
from faceledger.photos.detect import Detection, quiet_native_stderr

INPUT = 192
CROP_SCALE = 1.5

# mesh indices (the subject's right eye is on the image's left)
RIGHT_EYE_OUTER, RIGHT_EYE_INNER, RIGHT_EYE_TOP, RIGHT_EYE_BOTTOM = 33, 133, 159, 145
LEFT_EYE_OUTER, LEFT_EYE_INNER, LEFT_EYE_TOP, LEFT_EYE_BOTTOM = 263, 362, 386, 374
NOSE_TIP, CHIN, MOUTH_RIGHT, MOUTH_LEFT, FOREHEAD = 1, 152, 61, 291, 10


@dataclass
class FaceMesh:
    points: np.ndarray   # (468, 3): x, y in image pixels, z in the same scale (relative depth)
    presence: float      # 0..1, the model's own "a face is in this crop"

    def eye_centres(self) -> tuple[np.ndarray, np.ndarray]:
        p = self.points
        right = (p[RIGHT_EYE_OUTER, :2] + p[RIGHT_EYE_INNER, :2]) / 2
        left = (p[LEFT_EYE_OUTER, :2] + p[LEFT_EYE_INNER, :2]) / 2
        return right, left

    def eye_openness(self) -> float:
        """Eye aspect ratio (lid gap / eye width) of the more closed eye: open eyes are about 0.25-0.35."""
        p = self.points

        def ratio(top, bottom, outer, inner):
            width = np.linalg.norm(p[outer, :2] - p[inner, :2])
            return float(np.linalg.norm(p[top, :2] - p[bottom, :2]) / width) if width > 0 else 0.0

        return min(ratio(RIGHT_EYE_TOP, RIGHT_EYE_BOTTOM, RIGHT_EYE_OUTER, RIGHT_EYE_INNER),
                   ratio(LEFT_EYE_TOP, LEFT_EYE_BOTTOM, LEFT_EYE_OUTER, LEFT_EYE_INNER))


class FaceMeshModel:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._it = None

    def _ensure(self) -> None:
        if self._it is None:
            path = model_files.model_path(model_files.FACE_LANDMARK)
            with quiet_native_stderr():
                from ai_edge_litert.interpreter import Interpreter

                it = Interpreter(model_path=str(path), num_threads=1)
                it.allocate_tensors()
            self._in = it.get_input_details()[0]["index"]
            outs = it.get_output_details()
            self._out_points = next(o["index"] for o in outs if int(np.prod(o["shape"])) == 1404)
            self._out_flag = next(o["index"] for o in outs if int(np.prod(o["shape"])) == 1)
            self._it = it

    def run(self, rgb: np.ndarray, det: Detection) -> FaceMesh | None:
        """Landmarks of the face ``det`` found in ``rgb`` (both in the same pixels); None without keypoints."""
        import cv2

        if len(det.keypoints) < 2:
            return None
        (rx, ry), (lx, ly) = det.keypoints[0], det.keypoints[1]
        angle = math.degrees(math.atan2(ly - ry, lx - rx))  # eye line, image-left eye to image-right eye
        x, y, w, h = det.box
        cx, cy = x + w / 2, y + h / 2
        side = max(w, h) * CROP_SCALE
        # rotate about the box centre so the eyes are level, then scale the crop to INPUT x INPUT
        m = cv2.getRotationMatrix2D((cx, cy), angle, INPUT / side)
        m[0, 2] += INPUT / 2 - cx
        m[1, 2] += INPUT / 2 - cy
        crop = cv2.warpAffine(rgb, m, (INPUT, INPUT), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
        with self._lock:
            self._ensure()
            self._it.set_tensor(self._in, (crop.astype(np.float32) / 255.0)[None])
            self._it.invoke()
            pts = self._it.get_tensor(self._out_points).reshape(468, 3).astype(np.float64)
            flag = float(self._it.get_tensor(self._out_flag).reshape(-1)[0])
        inv = cv2.invertAffineTransform(m)
        xy = pts[:, :2] @ inv[:, :2].T + inv[:, 2]
        z = pts[:, 2] * (side / INPUT)
        presence = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, flag))))
        return FaceMesh(np.column_stack([xy, z]), presence)


_shared: FaceMeshModel | None = None
_shared_lock = threading.Lock()


def shared_mesh_model() -> FaceMeshModel:
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = FaceMeshModel()
        return _shared
