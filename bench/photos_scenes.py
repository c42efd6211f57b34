"""Synthetic 12 MP test photos with faces at known places and sizes, for bench/photos_speed.py.

Faces are the astronaut portrait that ships with scikit-image (public domain), scaled so that the
eyes are a chosen number of pixels apart, mirrored or dimmed at random, and blended into a textured
background made from scikit-image's other sample photos. The ground-truth box is the face box the
detector gives on the original portrait, scaled the same way. Deterministic for a given seed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# On the 512x512 astronaut: MediaPipe's short-range box and its eye centres (measured once)
ASTRO_BOX = (177, 82, 95, 95)
ASTRO_IED = 42.9
# Face sizes (inter-eye distance, px of the 4000x3000 photo) placed in each scene
IEDS = (12, 16, 20, 20, 24, 28, 32, 40, 48, 64, 96, 140)


@dataclass
class Scene:
    path: Path
    faces: list[dict]   # {"box": [x, y, w, h], "ied": px}


def _background(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    import cv2
    from skimage import data

    srcs = [data.coffee(), data.rocket(), data.immunohistochemistry()]
    src = srcs[int(rng.integers(0, 3))]
    bg = cv2.resize(src, (w, h), interpolation=cv2.INTER_CUBIC).astype(np.float32)
    bg += rng.normal(0, 6, bg.shape).astype(np.float32)  # sensor-like noise: real JPEG sizes and decode cost
    return np.clip(bg, 0, 255).astype(np.uint8)


def make_scenes(out_dir: Path, count: int = 8, seed: int = 7, width: int = 4000, height: int = 3000) -> list[Scene]:
    import cv2
    from skimage import data

    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    astro = data.astronaut()
    # the astronaut with her head, shoulders and suit (a face without a body is not a realistic photo),
    # blended in with a feathered edge
    bx, by, bw, bh = ASTRO_BOX
    cx0, cy0 = 50, 0
    crop = astro[0:340, cx0:cx0 + 360]
    scenes = []
    for i in range(count):
        img = _background(rng, width, height)
        faces = []
        taken: list[tuple[int, int, int, int]] = []
        for ied in sorted(IEDS, reverse=True):  # big ones first, so that small ones find free room
            k = ied / ASTRO_IED
            cw, ch = max(8, int(round(crop.shape[1] * k))), max(8, int(round(crop.shape[0] * k)))
            face = cv2.resize(crop, (cw, ch), interpolation=cv2.INTER_AREA if k < 1 else cv2.INTER_CUBIC)
            flip = rng.random() < 0.5
            if flip:
                face = face[:, ::-1]
            face = np.clip(face.astype(np.float32) * rng.uniform(0.7, 1.15), 0, 255)
            for _ in range(500):
                x = int(rng.integers(0, width - cw))
                y = int(rng.integers(0, height - ch))
                if all(x + cw < tx or tx + tw < x or y + ch < ty or ty + th < y for tx, ty, tw, th in taken):
                    break
            else:
                continue  # no free room: leave this face out (and out of the truth)
            taken.append((x, y, cw, ch))
            mask = np.zeros((ch, cw), np.float32)
            e = max(1, cw // 12)
            mask[e:ch - e, e:cw - e] = 1
            mask = cv2.GaussianBlur(mask, (0, 0), max(0.5, e / 2))[:, :, None]
            region = img[y:y + ch, x:x + cw].astype(np.float32)
            img[y:y + ch, x:x + cw] = np.clip(region * (1 - mask) + face * mask, 0, 255).astype(np.uint8)
            fx = (bx - cx0) * k if not flip else cw - (bx - cx0 + bw) * k
            faces.append({"box": [round(x + fx), round(y + (by - cy0) * k), round(bw * k), round(bh * k)],
                          "ied": ied})
        path = out_dir / f"scene_{i:02d}.jpg"
        cv2.imwrite(str(path), cv2.cvtColor(img, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 90])
        scenes.append(Scene(path, faces))
    (out_dir / "truth.json").write_text(json.dumps([{"file": s.path.name, "faces": s.faces} for s in scenes]))
    return scenes
