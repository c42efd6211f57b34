#!/usr/bin/env python3
"""Where the time of a 12 MP photo check goes, stage by stage, and the tile runs against MediaPipe Tasks.

    .venv/bin/python bench/photos_profile.py [--photos 4] [--repeat 2] [--no-tasks]

On the 12 MP scenes of bench/photos_scenes.py, one thread (FACELEDGER_PHOTO_THREADS=1 semantics: the
tiles run one after another, so the stages add up), median wall and CPU ms per photo of:
decode (load_photo: header, metadata, reduced JPEG decode), the two whole-image passes, the tile pass
(the plan, one resize of the photo per pyramid level, the flat-tile test, and the model runs on the
192x192 tiles cut from those levels), merging, and the per-face
measures (landmark mesh, pose, sharpness, exposure). With MediaPipe installed, the same tiles also go
through MediaPipe's Tasks FaceDetector (the API detect.py used before), photo by photo in turn with ours,
for the cost of the tile pass each way.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "desktop"))


class Clock:
    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}

    def run(self, name: str, fn, *args):
        t, c = time.perf_counter(), time.process_time()
        out = fn(*args)
        self.wall.setdefault(name, []).append((time.perf_counter() - t) * 1000)
        self.cpu.setdefault(name, []).append((time.process_time() - c) * 1000)
        return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--photos", type=int, default=4)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--no-tasks", action="store_true", help="skip the MediaPipe Tasks comparison")
    args = ap.parse_args()

    import numpy as np
    from faceledger.photos import detect as D
    from faceledger.photos.check import MIN_IED_FULL, measure_face
    from faceledger.photos.load import load_photo
    from photos_scenes import make_scenes

    tmp = tempfile.TemporaryDirectory()
    scenes = make_scenes(Path(tmp.name), count=args.photos)
    fd = D.FaceDetector(threads=1)
    fd._ensure()
    tasks = None
    if not args.no_tasks:
        try:
            import mediapipe as mp
            from faceledger.photos import model_files
            from mediapipe.tasks.python import BaseOptions, vision

            opts = vision.FaceDetectorOptions(
                base_options=BaseOptions(model_asset_path=str(model_files.model_path(model_files.FULL_RANGE))),
                min_detection_confidence=D.MIN_SCORE_TILE, min_suppression_threshold=D.NMS_IOU)
            tasks = vision.FaceDetector.create_from_options(opts)
        except ImportError:
            print("mediapipe not installed: no Tasks comparison")

    clock = Clock()
    per_tile: dict[str, list[tuple[float, float]]] = {"LiteRT (run + decode)": [], "Tasks API": []}
    n_tiles = 0
    for rep in range(args.repeat + 1):  # the first pass warms up and is not counted
        for s in scenes:
            c = Clock() if rep == 0 else clock
            photo = c.run("decode (load_photo)", load_photo, s.path)
            rgb = photo.rgb
            h, w = rgb.shape[:2]
            min_ied = max(MIN_IED_FULL * photo.scale, 4.0)
            dets = c.run("whole-image passes (2)", lambda: fd._whole(fd._short, rgb, "short")
                         + fd._whole(fd._full, rgb, "full"))
            levels = c.run("tile plan", D.tile_plan, w, h, min_ied)
            scaled = c.run("level resize (one per pyramid level)", lambda: [D._scaled(rgb, lv) for lv in levels])
            t = D.FULL_INPUT
            plan = c.run("flat test", lambda: [(k, x, y) for k, lv in enumerate(levels) for x, y in lv.origins
                                               if not D._flat(scaled[k][y:y + t, x:x + t])])
            n_tiles = len(plan)
            c.run("tile model runs + SSD decode", lambda: [fd._full.detect(scaled[k][None, y:y + t, x:x + t],
                                                                           D.MIN_SCORE_TILE) for k, x, y in plan])
            dets += fd._run_tiles(fd._full, levels, scaled, plan)
            merged = c.run("merge", D.merge, [D._clip(d, w, h) for d in dets if d.box[2] > 1 and d.box[3] > 1])
            c.run("per-face measures (mesh, pose, quality)", lambda: [measure_face(photo, d) for d in merged])
            if rep and tasks is not None:
                # the whole tile pass both ways, one after the other on the same photo
                t0, c0 = time.perf_counter(), time.process_time()
                fd._run_tiles(fd._full, levels, scaled, plan)
                per_tile["LiteRT (run + decode)"].append(((time.perf_counter() - t0) * 1000,
                                                          (time.process_time() - c0) * 1000))
                t0, c0 = time.perf_counter(), time.process_time()
                for k, x, y in plan:
                    tile = np.ascontiguousarray(scaled[k][y:y + t, x:x + t])
                    tasks.detect(mp.Image(image_format=mp.ImageFormat.SRGB, data=tile))
                per_tile["Tasks API"].append(((time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000))

    print(f"{len(scenes)} photos 4000x3000, checked at {w}x{h}; {n_tiles} tiles each; one thread; "
          f"{args.repeat} passes; load average {os.getloadavg()[0]:.2f}")
    total_w = total_c = 0.0
    for name in clock.wall:
        mw, mc = statistics.median(clock.wall[name]), statistics.median(clock.cpu[name])
        total_w += mw
        total_c += mc
        print(f"  {name:<42} {mw:7.1f} ms wall  {mc:7.1f} ms CPU")
    print(f"  {'sum of medians':<42} {total_w:7.1f} ms wall  {total_c:7.1f} ms CPU")
    if per_tile["Tasks API"]:
        print(f"the tile pass of a photo ({n_tiles} tiles), each way in turn on the same photos (median):")
        for name, v in per_tile.items():
            mw, mc = statistics.median(a for a, _ in v), statistics.median(b for _, b in v)
            print(f"  {name:<42} {mw:7.1f} ms wall  {mc:7.1f} ms CPU  ({mw / n_tiles:.2f} ms wall per tile)")
        tasks.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
