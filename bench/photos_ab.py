#!/usr/bin/env python3
"""The 12 MP check now against the check with the third round of issue 13 undone, photo by photo, in one process.

    .venv/bin/python bench/photos_ab.py [--photos 8] [--repeat 5]

"Before" reads the JPEG with OpenCV (``IMREAD_REDUCED_COLOR_2`` and a BGR-to-RGB pass) instead of simplejpeg,
runs the vendored YuNet file on three BGR planes instead of the derived file on interleaved rows, and YuNet's
NMS one pair of boxes at a time; everything else is the same code. The two are interleaved photo by photo
(which goes first alternates), so both see the same load on a shared machine, where two separate runs of
photos_speed.py can differ by 15 %. Prints that both find the same faces, the median wall and CPU ms per
``check_photo`` of each, and the median of the paired before/after ratios.
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


def planes(rgb, room):
    """The vendored YuNet file's input for ``rgb``: B, G, R planes padded with black to multiples of 32, built in
    ``room`` (a flat float32 buffer of at least 3 x the padded pixels), as the check built it before this round."""
    from faceledger.photos.yunet import _padded

    h, w = rgb.shape[:2]
    ph, pw = _padded(h), _padded(w)
    out = room[:3 * ph * pw].reshape(1, 3, ph, pw)
    out[0, :, h:, :] = 0
    out[0, :, :h, w:] = 0
    for i in range(3):
        out[0, i, :h, :w] = rgb[:, :, 2 - i]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--photos", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    import numpy as np
    import onnxruntime as ort

    from faceledger.photos import check as C
    from faceledger.photos import detect as D
    from faceledger.photos import load as L
    from faceledger.photos import model_files as mf
    from faceledger.photos import yunet as Y
    from photos_scenes import make_scenes

    def pairwise_nms(b, sc, thr):  # YuNet's NMS before: one pair of boxes at a time
        order = sorted(range(len(sc)), key=lambda i: (-float(sc[i]), float(b[i, 1]), float(b[i, 0])))
        x0, y0 = b[:, 0], b[:, 1]
        x1, y1 = x0 + b[:, 2], y0 + b[:, 3]
        area = b[:, 2] * b[:, 3]
        kept: list[int] = []
        for i in order:
            ok = True
            for k in kept:
                iw = min(x1[i], x1[k]) - max(x0[i], x0[k])
                ih = min(y1[i], y1[k]) - max(y0[i], y0[k])
                if iw > 0 and ih > 0 and iw * ih / (area[i] + area[k] - iw * ih) > thr:
                    ok = False
                    break
            if ok:
                kept.append(i)
        return kept

    class VendoredYuNet(Y.YuNet):
        def _ensure(self) -> None:
            with self._lock:
                if self._sess is None:
                    o = ort.SessionOptions()
                    o.intra_op_num_threads, o.inter_op_num_threads, o.log_severity_level = self._threads, 1, 3
                    o.add_session_config_entry("session.intra_op.allow_spinning", "0")
                    o.enable_mem_pattern = False
                    s = ort.InferenceSession(str(mf.model_path(mf.YUNET)), o, providers=["CPUExecutionProvider"])
                    self._names, self._input, self._sess = [x.name for x in s.get_outputs()], s.get_inputs()[0].name, s

        def raw(self, rgb):
            self._ensure()
            need = 3 * Y._padded(rgb.shape[0]) * Y._padded(rgb.shape[1])
            room = getattr(self._room, "buf", None)
            if room is None or room.size < need:
                room = self._room.buf = np.empty(need, np.float32)
            return dict(zip(self._names, self._sess.run(self._names, {self._input: planes(rgb, room)})))

    tmp = tempfile.TemporaryDirectory()
    scenes = make_scenes(Path(tmp.name), count=args.photos)
    det = D.shared_detector()
    det.detect(np.zeros((64, 64, 3), np.uint8))
    now_model, old_model = det._yunet, VendoredYuNet(det._yunet._threads)
    now_nms, now_turbo = Y._nms, L._turbo_rgb

    def before() -> None:
        L._turbo_rgb, det._yunet, Y._nms = (lambda data, k: None), old_model, pairwise_nms

    def after() -> None:
        L._turbo_rgb, det._yunet, Y._nms = now_turbo, now_model, now_nms

    same = 0
    for s in scenes:
        before()
        a = [(f.box, round(f.score, 3)) for f in C.check_photo(s.path).faces]
        after()
        b = [(f.box, round(f.score, 3)) for f in C.check_photo(s.path).faces]
        same += a == b
    runs = {"before": ([], [], before), "after": ([], [], after)}
    load0 = os.getloadavg()[0]
    for rep in range(args.repeat):
        for i, s in enumerate(scenes):
            for name in (("before", "after") if (rep + i) % 2 else ("after", "before")):
                wall, cpu, use = runs[name]
                use()
                t, c = time.perf_counter(), time.process_time()
                C.check_photo(s.path)
                wall.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
    after()
    print(f"{len(scenes)} photos 4000x3000, {args.repeat} passes; load average {load0:.2f} at the start, "
          f"{os.getloadavg()[0]:.2f} at the end; the same faces (boxes, scores) before and after on {same}/{len(scenes)}")
    for name, (wall, cpu, _) in runs.items():
        print(f"  {name:<7} check_photo median {statistics.median(wall):6.1f} ms wall, {statistics.median(cpu):6.1f} ms CPU")
    ratios = [b / a for b, a in zip(runs["before"][0], runs["after"][0])]
    print(f"  paired before/after, median: {statistics.median(ratios):.3f}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
