"""Optional: the faces-dev and faces-dev2 evaluation sets (../shared/eval or $FACELEDGER_EVAL_DIR); skipped
when absent. They keep the figures of docs/photos.md §9 from sliding back (bench/photos_eval.py prints them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faceledger.photos.check import check_photo
from faceledger.photos.detect import iou

pytestmark = pytest.mark.eval


def _evaluate(root: Path) -> dict:
    truth = json.loads((root / "truth.json").read_text())
    found: dict[str, list[int]] = {}
    fp_negatives = 0
    verdict_ok = verdict_n = 0
    for rec in truth["images"]:
        r = check_photo(root / rec["file"])
        if rec.get("broken") or rec.get("decodable") is False:
            assert not r.ok and r.error, rec["file"]
            continue
        assert r.ok, (rec["file"], r.error)
        used: set[int] = set()
        for face in rec.get("faces", []):
            hit = next((i for i, f in enumerate(r.faces) if i not in used and iou(f.box, face["box"]) >= 0.35), None)
            cell = found.setdefault("tiny" if face["label"] == "tiny" else "non-tiny", [0, 0])
            cell[1] += 1
            if hit is not None:
                used.add(hit)
                cell[0] += 1
        if not rec.get("faces"):
            fp_negatives += len(r.faces)
        if rec.get("expect_matchable") is not None:
            verdict_n += 1
            verdict_ok += (r.verdict in ("high", "medium")) == rec["expect_matchable"]
    return {"recall": {k: a / b for k, (a, b) in found.items()}, "fp_negatives": fp_negatives,
            "verdicts": verdict_ok / verdict_n}


def test_dev_set(eval_dir):
    if eval_dir is None:
        pytest.skip("faces-dev evaluation set not present")
    e = _evaluate(eval_dir)
    assert e["recall"]["non-tiny"] >= 0.98 and e["recall"]["tiny"] >= 31 / 32  # before v2: 53/53, 31/32
    assert e["verdicts"] >= 0.9
    assert e["fp_negatives"] <= 1


def test_dev_set_2(eval_dir2):
    """Issue 13's goals where they are met (recall, every file read); the false faces on its 14 no-face
    photos (statues, paintings, a doll, a monkey, masks: 8 now) and the verdicts that follow (88 %, goal 90 %)
    are not met
    (docs/photos.md §9 lists them), and are held where they are."""
    if eval_dir2 is None:
        pytest.skip("faces-dev2 evaluation set not present")
    e = _evaluate(eval_dir2)
    assert e["recall"]["non-tiny"] >= 0.97 and e["recall"]["tiny"] >= 0.90
    assert e["fp_negatives"] <= 8
    assert e["verdicts"] >= 0.88
