#!/usr/bin/env python3
"""Where the time of a 12 MP photo check goes, stage by stage.

    .venv/bin/python bench/photos_profile.py [--photos 4] [--repeat 2] [--threads 1]

On the 12 MP scenes of bench/photos_scenes.py, with ``--threads`` for YuNet (one: the stages add up, as in a
folder scan's thread; two: as the in-process check runs on this machine), median wall and CPU ms per photo of:
decode (``load_photo``: header, metadata, the JPEG read at half size), YuNet's input (``yunet.blob``), YuNet on
the decoded picture (the fine level), its output decoded (scores, boxes, NMS), the coarse levels (the picture
at 640 and 320 px, YuNet on each), merging, and the per-face measures (landmark model, pose, sharpness,
exposure, verdict) with their landmark runs and pose fits counted apart. The stages run one after another
here; ``check_photo`` runs the same work (the faces spread over the threads when there are two).

For comparison, in the same passes, what the third round of issue 13 replaced (docs/photos.md §9): the JPEG
read by OpenCV (``IMREAD_REDUCED_COLOR_2`` and the BGR-to-RGB pass; simplejpeg gives the same pixels), and
the vendored YuNet file fed three BGR planes (the check now runs the derived file on interleaved rows).
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
    ap.add_argument("--threads", type=int, default=1, help="YuNet's threads")
    args = ap.parse_args()

    import cv2
    import numpy as np

    from faceledger.photos import detect as D
    from faceledger.photos import yunet as Y
    from faceledger.photos.check import measure_face
    from faceledger.photos.landmarks import FaceMeshModel
    from faceledger.photos.load import load_photo
    from faceledger.photos.pose import pose_from_mesh
    from photos_ab import planes as vendored_planes
    from photos_scenes import make_scenes

    tmp = tempfile.TemporaryDirectory()
    scenes = make_scenes(Path(tmp.name), count=args.photos)
    fd = D.FaceDetector(threads=args.threads)
    yn = fd._yunet_model()
    yn._ensure()
    import onnxruntime as ort

    from faceledger.photos import model_files

    opts = ort.SessionOptions()  # the vendored file under the check's own session options
    opts.intra_op_num_threads, opts.inter_op_num_threads, opts.enable_mem_pattern = args.threads, 1, False
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    vendored = ort.InferenceSession(str(model_files.model_path(model_files.YUNET)), opts,
                                    providers=["CPUExecutionProvider"])
    planes_room = np.empty(0, np.float32)

    def planes(rgb):  # the input the vendored file takes (photos_ab.planes), in a buffer kept between calls
        nonlocal planes_room
        need = 3 * Y._padded(rgb.shape[0]) * Y._padded(rgb.shape[1])
        if planes_room.size < need:
            planes_room = np.empty(need, np.float32)
        return vendored_planes(rgb, planes_room)

    def opencv_decode(path):
        bgr = cv2.imdecode(np.fromfile(path, np.uint8), cv2.IMREAD_REDUCED_COLOR_2 | cv2.IMREAD_IGNORE_ORIENTATION)
        return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB, dst=bgr)
    mesh = FaceMeshModel()
    clock = Clock()
    faces = 0
    for rep in range(args.repeat + 1):  # the first pass warms up and is not counted
        for s in scenes:
            c = Clock() if rep == 0 else clock
            photo = c.run("decode (load_photo)", load_photo, s.path)
            rgb = photo.rgb
            h, w = rgb.shape[:2]
            room = getattr(yn._room, "buf", None)  # the buffer the check reuses (a fresh one is mapped page by page)
            if room is None or room.size < 3 * Y._padded(h) * Y._padded(w):
                room = yn._room.buf = np.empty(3 * Y._padded(h) * Y._padded(w), np.float32)

            def now() -> None:
                x = c.run("YuNet input (blob)", Y.blob, rgb, room)
                out = c.run("YuNet on the picture (fine level)", lambda: dict(zip(yn._names, yn._sess.run(
                    yn._names, {yn._input: x}))))
                c.run("its output decoded (scores, boxes, NMS)", Y.decode, out, w, h, D.YUNET_CANDIDATE)

            def before() -> None:
                c.run("before: JPEG read by OpenCV (pixels alone)", opencv_decode, s.path)
                xp = c.run("before: the vendored YuNet's input (3 planes)", planes, rgb)
                c.run("before: the vendored YuNet on the picture", vendored.run, None, {"input": xp})

            # alternately first and second: the run after another on the same picture found it in the caches
            for stage in ((now, before) if (rep + scenes.index(s)) % 2 else (before, now)):
                stage()

            def coarse():
                found = []
                for side in (D.COARSE_SIDE, D.COARSE_SIDE // 2):
                    f = side / max(w, h)
                    small = cv2.resize(rgb, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_LINEAR)
                    found += yn.detect(small, D.YUNET_CANDIDATE)
                return found

            c.run("coarse levels (640 and 320 px)", coarse)
            dets = c.run("whole detect() (all of the above but decode)", fd.detect, rgb)
            meshes = c.run("landmark model runs (every candidate)", lambda: [mesh.run(rgb, d) for d in dets])
            c.run("pose fits (solvePnP)", lambda: [pose_from_mesh(m, w, h) for m in meshes if m is not None])
            c.run("per-face measures in all (mesh, pose, quality, verdict)",
                  lambda: [measure_face(photo, d, mesh) for d in dets])
            faces = len(dets)

    print(f"{len(scenes)} photos 4000x3000, checked at {w}x{h}; {faces} candidates in the last; YuNet on "
          f"{args.threads} thread(s); {args.repeat} passes; load average {os.getloadavg()[0]:.2f}")
    for name in clock.wall:
        mw, mc = statistics.median(clock.wall[name]), statistics.median(clock.cpu[name])
        print(f"  {name:<56} {mw:7.1f} ms wall  {mc:7.1f} ms CPU")
    print("  (the whole detect() repeats the stages above it; the measures in all include the landmark runs and "
          "pose fits)")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
