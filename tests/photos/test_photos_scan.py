"""Folder scan: skips non-images, reports broken files and carries on, cancels, writes JSON and CSV."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from faceledger.photos.scan import FS_PATH, find_photos, scan_folder, write_reports
from faceledger.safetext import display_path

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
    assert [(s.path.split("/")[-1], s.reason) for s in skipped] == [("readme.txt", "not_image")]
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


def test_scan_reports_pipes_and_broken_links_as_skipped(tmp_path):
    """FIFOs, symbolic-link loops and dangling links are listed as skipped with the reason, not dropped;
    a FIFO is never opened (reading it would wait for ever)."""
    import os

    root = _folder(tmp_path)
    os.mkfifo(root / "pipe.jpg")
    os.symlink(root / "loop.jpg", root / "loop.jpg")
    os.symlink(root / "gone.jpg", root / "dangling.jpg")
    os.symlink(root / "astro.jpg", root / "link_to_astro.jpg")   # a link to a photo is checked
    os.symlink(root / "nowhere", root / "dir_link")              # a dangling link among the folders
    photos, skipped = find_photos(root)
    why = {s.path.split("/")[-1]: s.reason for s in skipped}
    assert why == {"pipe.jpg": "special", "loop.jpg": "link_loop", "dangling.jpg": "dangling_link",
                   "dir_link": "dangling_link", "readme.txt": "not_image"}
    assert "link_to_astro.jpg" in [p.name for p in photos]
    rep = scan_folder(root, workers=1, lang="zh")
    data = rep.to_dict()
    assert {s["reason"] for s in data["skipped"]} == set(why.values())
    assert any(s["why"] == "符号链接循环（指向自身）" for s in data["skipped"])


def test_non_utf8_names_and_formula_cells(tmp_path):
    """A GBK file name (not UTF-8) is checked and reported escaped: the JSON is valid UTF-8 and the CSV's
    cells never start a formula."""
    import os

    root = tmp_path / "photos"
    root.mkdir()
    gbk = "照片".encode("gbk") + b".jpg"
    save(astronaut_rgb(), root / os.fsdecode(gbk))
    save(astronaut_rgb(), root / "=HYPERLINK(1).jpg")
    rep = scan_folder(root, workers=1)
    assert len(rep.results) == 2 and all(r["ok"] for r in rep.results)
    j, c = write_reports(rep, tmp_path / "report")
    text = j.read_bytes().decode("utf-8")  # valid UTF-8, or this raises
    paths = [r["path"] for r in json.loads(text)["results"]]
    assert display_path(root / os.fsdecode(gbk)) in paths and "\\xd5\\xd5" in display_path(os.fsdecode(gbk))
    # the GUI and the scan itself still open the file by the name the OS gave
    assert any(os.path.isfile(r[FS_PATH]) and os.fsencode(r[FS_PATH]).endswith(gbk) for r in rep.results)
    rows = list(csv.DictReader(c.open(encoding="utf-8-sig")))
    cells = [v for r in rows for v in r.values()]
    assert not any(v.startswith(("=", "+", "-", "@")) for v in cells)
    # a scan of a relative folder gives cells that start with the name itself
    from faceledger.photos.scan import csv_row

    row = csv_row({"path": "=HYPERLINK(\"http://x\")", "ok": False, "error": "-1+2", "faces": []})
    assert row["path"].startswith("'=") and row["error"] == "'-1+2"


def test_report_into_a_missing_folder_is_refused_before_the_scan(tmp_path):
    from faceledger.errors import FaceLedgerError
    from faceledger.photos.scan import check_report_target

    with pytest.raises(FaceLedgerError, match="does not exist"):
        check_report_target(tmp_path / "missing" / "report.json")
    check_report_target(tmp_path / "report.json")  # an existing folder is fine


def test_workers_sized_by_memory(monkeypatch):
    from faceledger.photos import scan as S

    monkeypatch.setattr(S, "available_memory", lambda: 3 * S.WORKER_BYTES + 1)
    assert S.worker_count(8, 100) == 3
    monkeypatch.setattr(S, "available_memory", lambda: S.WORKER_BYTES // 2)
    assert S.worker_count(None, 100) == 1       # never none
    monkeypatch.setattr(S, "available_memory", lambda: None)
    assert S.worker_count(2, 1) == 1            # never more than the photos
