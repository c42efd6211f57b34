"""Folder scan: skips non-images, reports broken files and carries on, cancels, writes JSON and CSV."""

from __future__ import annotations

import csv
import json

import numpy as np

from faceledger.photos.scan import find_photos, scan_folder, write_reports

from .conftest import astronaut_rgb, save


def _folder(tmp_path):
    root = tmp_path / "photos"
    (root / "sub").mkdir(parents=True)
    save(astronaut_rgb(), root / "astro.jpg")
    save(astronaut_rgb(), root / "sub" / "jpeg_named.png", "JPEG")
    save(np.full((50, 80, 3), 200, np.uint8), root / "sub" / "plain.png")
    (root / "empty.jpg").write_bytes(b"")
    (root / "readme.txt").write_text("not a photo")
    (root / ".hidden").mkdir()
    save(astronaut_rgb(), root / ".hidden" / "skip.jpg")
    return root


def test_scan_in_process(tmp_path):
    root = _folder(tmp_path)
    photos, skipped = find_photos(root)
    assert [p.name for p in skipped] == ["readme.txt"]
    seen = []
    rep = scan_folder(root, workers=1, progress=seen.append)
    assert rep.total == 4 and len(rep.results) == 4 and not rep.cancelled
    by = {r["path"].split("/")[-1]: r for r in rep.results}
    assert by["astro.jpg"]["verdict"] == "high"
    assert by["jpeg_named.png"]["verdict"] == "high"
    assert by["plain.png"]["verdict"] == "none"
    assert by["empty.jpg"]["ok"] is False and "empty" in by["empty.jpg"]["error"]
    assert seen[-1] == 100
    j, c = write_reports(rep, tmp_path / "report.json")
    data = json.loads(j.read_text(encoding="utf-8"))
    assert data["counts"] == {"high": 2, "medium": 0, "low": 0, "none": 1, "error": 1}
    rows = list(csv.DictReader(c.open(encoding="utf-8-sig")))
    assert len(rows) == 4 and {r["verdict"] for r in rows} == {"high", "none", ""}


def test_scan_cancel(tmp_path):
    root = _folder(tmp_path)
    rep = scan_folder(root, workers=1, cancelled=lambda: True)
    assert rep.cancelled and rep.results == []


def test_scan_parallel_processes(tmp_path):
    root = _folder(tmp_path)
    rep = scan_folder(root, workers=2)
    assert rep.workers == 2 and len(rep.results) == 4
    assert sorted(r["ok"] for r in rep.results) == [False, True, True, True]
