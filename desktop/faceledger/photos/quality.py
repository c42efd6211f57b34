"""Per-face image measures: size, sharpness and exposure (pose lives in pose.py).

All measures are taken on the face box in the decoded image, with the box first brought to
:data:`NORM_WIDTH` pixels wide (shrunk, never enlarged), so that a face photographed at 12 MP and the
same face at 3 MP give about the same figures.

- ``sharpness``: the standard deviation of the Laplacian of the grey face, divided by the standard
  deviation of the grey face itself (so a dim, flat face is not called blurred for being dim), times
  100. Sharp, in-focus portraits (the astronaut test image, the dev set's portraits) score about
  130-170; the dev set's blurred portrait scores about 22. (Laplacian energy is one of OFIQ's sharpness features, ISO/IEC 29794-5.)
- ``exposure``: mean luminance (0-255), contrast (standard deviation of luminance), and the
  fractions of face pixels clipped dark (<= 8) and bright (>= 247).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NORM_WIDTH = 96


@dataclass
class Exposure:
    brightness: float
    contrast: float
    dark_clipped: float
    bright_clipped: float

    def to_dict(self) -> dict[str, float]:
        return {"brightness": self.brightness, "contrast": self.contrast,
                "dark_clipped": self.dark_clipped, "bright_clipped": self.bright_clipped}


def face_grey(rgb: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray | None:
    import cv2

    h, w = rgb.shape[:2]
    x, y, bw, bh = box
    x0, y0 = max(0, int(round(x))), max(0, int(round(y)))
    x1, y1 = min(w, int(round(x + bw))), min(h, int(round(y + bh)))
    if x1 - x0 < 4 or y1 - y0 < 4:
        return None
    grey = cv2.cvtColor(np.ascontiguousarray(rgb[y0:y1, x0:x1]), cv2.COLOR_RGB2GRAY)
    if grey.shape[1] > NORM_WIDTH:
        f = NORM_WIDTH / grey.shape[1]
        grey = cv2.resize(grey, (NORM_WIDTH, max(4, round(grey.shape[0] * f))), interpolation=cv2.INTER_AREA)
    return grey


def sharpness(grey: np.ndarray) -> float:
    import cv2

    g = grey.astype(np.float32)
    spread = float(g.std())
    if spread < 1.0:
        return 0.0
    lap = cv2.Laplacian(g, cv2.CV_32F, ksize=3)
    return round(float(lap[1:-1, 1:-1].std()) / spread * 100.0, 1)


def exposure(grey: np.ndarray) -> Exposure:
    n = grey.size
    return Exposure(
        brightness=round(float(grey.mean()), 1),
        contrast=round(float(grey.std()), 1),
        dark_clipped=round(float((grey <= 8).sum()) / n, 3),
        bright_clipped=round(float((grey >= 247).sum()) / n, 3),
    )
