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


# face-mesh points (landmarks.py's numbering): around the mouth and chin, and on the cheeks and forehead
LOWER_FACE = (61, 291, 17, 0, 152, 200, 18, 14, 13)
UPPER_FACE = (50, 280, 117, 346, 10, 109, 338, 151)
COVER_CHROMA = 0.5    # lower-face colourfulness under this share of the cheeks' ...
COVER_MIN_CHROMA = 8.0  # ... (in a colour photo: the cheeks' chroma at least this)
COVER_TEXTURE = 0.4   # or lower-face grey-level spread under this share of the upper face's


@dataclass
class LowerFace:
    chroma_ratio: float | None   # colourfulness (Lab chroma) of the mouth and chin / that of cheeks and forehead
    texture_ratio: float | None  # grey-level spread there / spread on cheeks and forehead

    @property
    def covered(self) -> bool:
        """A surgical mask (or a hand, a scarf, an object) over the mouth and chin: much less colourful than
        the skin above it, or much flatter. On the dev sets: 14 of 21 masked faces, 2 of 162 others (a
        microphone over a mouth, an old grey photo)."""
        c = self.chroma_ratio is not None and self.chroma_ratio < COVER_CHROMA
        t = self.texture_ratio is not None and self.texture_ratio < COVER_TEXTURE
        return c or t


def lower_face(rgb: np.ndarray, points: np.ndarray, face_width: float) -> LowerFace | None:
    """Compare small patches on the mouth and chin with patches on the cheeks and forehead (mesh points)."""
    import cv2

    h, w = rgb.shape[:2]
    r = max(2, int(face_width * 0.04))

    def patches(ids):
        out = []
        for i in ids:
            x, y = (int(v) for v in points[i, :2])
            if 0 <= x < w and 0 <= y < h:
                out.append(rgb[max(0, y - r):y + r + 1, max(0, x - r):x + r + 1].reshape(-1, 3))
        return np.concatenate(out) if out else None

    lo, up = patches(LOWER_FACE), patches(UPPER_FACE)
    if lo is None or up is None or len(lo) < 9 or len(up) < 9:
        return None
    lab_lo = cv2.cvtColor(lo[None], cv2.COLOR_RGB2LAB)[0].astype(np.float32)
    lab_up = cv2.cvtColor(up[None], cv2.COLOR_RGB2LAB)[0].astype(np.float32)
    chroma_lo = float(np.hypot(lab_lo[:, 1] - 128, lab_lo[:, 2] - 128).mean())
    chroma_up = float(np.hypot(lab_up[:, 1] - 128, lab_up[:, 2] - 128).mean())
    spread_up = float(lab_up[:, 0].std())
    return LowerFace(round(chroma_lo / chroma_up, 2) if chroma_up >= COVER_MIN_CHROMA else None,
                     round(float(lab_lo[:, 0].std()) / spread_up, 2) if spread_up > 1 else None)
