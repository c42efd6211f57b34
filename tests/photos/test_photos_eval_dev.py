"""Optional: the faces-dev evaluation set (../shared/eval or $FACELEDGER_EVAL_DIR); skipped when absent."""

from __future__ import annotations

import json

import pytest

from faceledger.photos.check import check_photo
from faceledger.photos.detect import iou

pytestmark = pytest.mark.eval


def test_dev_set(eval_dir):
    if eval_dir is None:
        pytest.skip("faces-dev evaluation set not present")
    truth = json.loads((eval_dir / "truth.json").read_text())
    found = total = 0
    for rec in truth["images"]:
        r = check_photo(eval_dir / rec["file"])
        if rec.get("broken") or rec.get("decodable") is False:
            assert not r.ok and r.error, rec["file"]
            continue
        assert r.ok, rec["file"]
        if rec.get("expect_matchable") is False:
            assert r.verdict == "none", rec["file"]
        for face in rec.get("faces", []):
            if face["label"] == "frontal":
                total += 1
                found += any(iou(f.box, face["box"]) >= 0.35 for f in r.faces)
    assert found / total >= 0.95
