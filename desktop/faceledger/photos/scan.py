"""Check every photo under a folder, in parallel on all cores, with progress and cancel; JSON and CSV reports.

Worker processes (spawned, not forked: the GUI has threads) each load the models once. Files are
picked by their first bytes, not their names, so a JPEG called ``.png`` is checked and a text file
called ``.jpg`` is reported as not an image; files that are neither named nor shaped like an image
are skipped. A broken photo is a row with its message; the scan goes on.
"""

from __future__ import annotations

import csv
import json
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faceledger.errors import FaceLedgerError, os_reason_zh
from faceledger.photos.load import IMAGE_SUFFIXES, looks_like_image

CSV_FIELDS = ["path", "ok", "verdict", "faces", "max_ied_px", "width", "height", "format", "reveals", "error"]


@dataclass
class ScanReport:
    root: str
    results: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    workers: int = 1

    def counts(self) -> dict[str, int]:
        c = {"high": 0, "medium": 0, "low": 0, "none": 0, "error": 0}
        for r in self.results:
            c["error" if not r["ok"] else r["verdict"]] += 1
        return c

    def to_dict(self) -> dict[str, Any]:
        return {"root": self.root, "total": self.total, "checked": len(self.results), "cancelled": self.cancelled,
                "seconds": round(self.seconds, 2), "workers": self.workers, "counts": self.counts(),
                "skipped": self.skipped, "results": self.results}


def find_photos(root: Path) -> tuple[list[Path], list[Path]]:
    """(photos, skipped non-images) under ``root``, sorted, hidden folders and symlink loops avoided."""
    photos: list[Path] = []
    skipped: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if name.startswith(".") or not p.is_file():
                continue
            named = p.suffix.lower() in IMAGE_SUFFIXES
            try:
                with open(p, "rb") as f:
                    head = f.read(16)
            except OSError:
                head = b""
            if named or looks_like_image(head):
                photos.append(p)
            else:
                skipped.append(p)
    return photos, skipped


_worker_lang = "en"


def _init_worker(lang: str, worker_process: bool = True) -> None:
    global _worker_lang
    _worker_lang = lang
    if worker_process:  # one process per core already: no threads inside (and not in the caller's process)
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        os.environ.setdefault("FACELEDGER_PHOTO_THREADS", "1")


def _check_one(path: str) -> dict[str, Any]:
    from faceledger.photos.check import check_photo

    try:
        return check_photo(path).to_dict(_worker_lang)
    except Exception as err:  # noqa: BLE001 - a bug on one photo must not end the scan
        return {"path": path, "ok": False, "error": f"Unexpected error: {type(err).__name__}: {err}",
                "error_kind": "internal", "verdict": None, "faces": [], "reveals": {}}


def scan_folder(root: str | os.PathLike, *, lang: str = "en", workers: int | None = None,
                progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None,
                on_result: Callable[[dict[str, Any]], None] | None = None) -> ScanReport:
    """Check every photo under ``root``. ``progress`` gets 0..100; ``cancelled()`` True stops early."""
    root_p = Path(root)
    if not root_p.is_dir():
        raise FaceLedgerError(f"{root_p} is not a folder.", "Give the folder that holds the photos.",
                              zh=f"{root_p} 不是文件夹。", hint_zh="请选择存放照片的文件夹。")
    start = time.perf_counter()
    photos, skipped = find_photos(root_p)
    n_workers = max(1, min(workers or os.cpu_count() or 1, len(photos) or 1))
    report = ScanReport(str(root_p), skipped=[str(p) for p in skipped], total=len(photos), workers=n_workers)
    done = 0
    results: dict[str, dict[str, Any]] = {}

    def record(res: dict[str, Any]) -> None:
        nonlocal done
        done += 1
        results[res["path"]] = res
        if on_result:
            on_result(res)
        if progress:
            progress(int(100 * done / max(1, len(photos))))

    if n_workers == 1:
        _init_worker(lang, worker_process=False)
        for p in photos:
            if cancelled and cancelled():
                report.cancelled = True
                break
            record(_check_one(str(p)))
    else:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=n_workers, mp_context=ctx, initializer=_init_worker,
                                 initargs=(lang,)) as pool:
            pending: set[Future] = set()
            queue: Iterator[Path] = iter(photos)
            # keep a few jobs per worker in flight so that cancel takes effect quickly
            for p in _take(queue, n_workers * 3):
                pending.add(pool.submit(_check_one, str(p)))
            while pending:
                finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for fut in finished:
                    record(fut.result())
                if cancelled and cancelled():
                    report.cancelled = True
                    for fut in pending:
                        fut.cancel()
                    break
                for p in _take(queue, len(finished)):
                    pending.add(pool.submit(_check_one, str(p)))
    report.results = [results[str(p)] for p in photos if str(p) in results]
    report.seconds = time.perf_counter() - start
    return report


def _take(it: Iterator[Path], n: int) -> list[Path]:
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def csv_row(r: dict[str, Any]) -> dict[str, Any]:
    ieds = [f.get("ied_px") for f in r.get("faces", []) if f.get("ied_px") is not None]
    return {"path": r["path"], "ok": r["ok"], "verdict": r.get("verdict") or "",
            "faces": len(r.get("faces", [])), "max_ied_px": max(ieds) if ieds else "",
            "width": r.get("width") or "", "height": r.get("height") or "", "format": r.get("format") or "",
            "reveals": ";".join(sorted((r.get("reveals") or {}).keys())), "error": r.get("error") or ""}


def write_reports(report: ScanReport, target: str | os.PathLike) -> tuple[Path, Path]:
    """Write ``<target>.json`` and ``<target>.csv`` (the suffix of ``target`` is replaced)."""
    t = Path(target)
    base = t.with_suffix("") if t.suffix.lower() in (".json", ".csv") else t
    json_path, csv_path = base.with_suffix(".json"), base.with_suffix(".csv")
    try:
        json_path.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
        with open(csv_path, "w", newline="", encoding="utf-8-sig") as f:  # BOM: Excel/WPS read UTF-8 then
            w = csv.DictWriter(f, fieldnames=CSV_FIELDS)
            w.writeheader()
            for r in report.results:
                w.writerow(csv_row(r))
    except OSError as err:
        raise FaceLedgerError(f"Cannot write the report: {err.strerror or err}", str(base),
                              zh=f"无法写出报告：{os_reason_zh(err)}", hint_zh=str(base)) from None
    return json_path, csv_path
