"""Check every photo under a folder, in parallel on all cores, with progress and cancel; JSON and CSV reports.

Worker processes (spawned, not forked: the GUI has threads) each load the models once; there are as
many as there are cores, and no more than the free memory holds at :data:`WORKER_BYTES` each (one
check stays under 500 MB for any file within the limits). Files are picked by their first bytes, not
their names, so a JPEG called ``.png`` is checked and a text file called ``.jpg`` is reported as not
an image; what is not checked is listed as skipped with the reason (not a picture, a pipe or a device,
a symbolic link that loops or leads nowhere, a file that cannot be opened). A broken photo is a row
with its message; the scan goes on.

File names are kept as the operating system gives them (bytes that are not UTF-8 stay as
``surrogateescape`` characters, so that the file can still be opened); every report shows them through
``safetext.display_path`` (undecodable bytes as ``\\xNN``), so the JSON is always valid UTF-8, and the
CSV's cells go through ``safetext.csv_cell`` (no formula runs in a spreadsheet).
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

from faceledger.errors import FaceLedgerError
from faceledger.photos.load import IMAGE_SUFFIXES, looks_like_image
from faceledger.safetext import csv_cell, display_path
from faceledger.text import Text

CSV_FIELDS = ["path", "ok", "verdict", "faces", "max_ied_px", "width", "height", "format", "reveals", "error"]
WORKER_BYTES = 520 * 1024 * 1024  # what one worker may need at its peak (a check stays under 500 MB)
FS_PATH = "fs_path"  # key of a result's path as the OS gave it (not in the reports: it may not be UTF-8)

SKIP_REASONS = {
    "not_image": Text("不是图片", "not a picture"),
    "special": Text("管道、设备或套接字，不是普通文件", "a pipe, device or socket, not an ordinary file"),
    "link_loop": Text("符号链接循环（指向自身）", "a symbolic link that loops back on itself"),
    "dangling_link": Text("断开的符号链接（指向的文件不存在）", "a symbolic link to a file that does not exist"),
    "unreadable": Text("无法打开", "cannot be opened"),
}


@dataclass
class Skipped:
    path: str       # as the OS gave it (may hold surrogateescape characters)
    reason: str     # a key of SKIP_REASONS

    def to_dict(self, lang: str = "en") -> dict[str, str]:
        return {"path": display_path(self.path), "reason": self.reason, "why": SKIP_REASONS[self.reason].get(lang)}


@dataclass
class ScanReport:
    root: str
    results: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    workers: int = 1

    def counts(self) -> dict[str, int]:
        c = {"high": 0, "medium": 0, "low": 0, "none": 0, "error": 0}
        for r in self.results:
            c["error" if not r["ok"] else r["verdict"]] += 1
        return c

    lang: str = "en"

    def to_dict(self) -> dict[str, Any]:
        """The whole report as JSON-ready data: every path shown safely, valid UTF-8 whatever the names."""
        return {"root": display_path(self.root), "total": self.total, "checked": len(self.results),
                "cancelled": self.cancelled, "seconds": round(self.seconds, 2), "workers": self.workers,
                "counts": self.counts(), "skipped": [s.to_dict(self.lang) for s in self.skipped],
                "results": [public(r) for r in self.results]}


def public(r: dict[str, Any]) -> dict[str, Any]:
    """A result as the reports show it: its path made safe, the OS's own path left out."""
    out = {k: v for k, v in r.items() if k != FS_PATH}
    out["path"] = display_path(r.get(FS_PATH, r["path"]))
    return out


def _classify(p: Path) -> str | None:
    """None for an ordinary file (or a link to one); else why it is skipped."""
    import errno
    import stat

    try:
        st = os.stat(p)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "link_loop"
        if err.errno == errno.ENOENT and os.path.islink(p):
            return "dangling_link"
        return "unreadable"
    return None if stat.S_ISREG(st.st_mode) else "special"


def find_photos(root: Path) -> tuple[list[Path], list[Skipped]]:
    """(photos, skipped files with their reason) under ``root``, sorted; hidden files and folders are
    left out, and folders reached through symbolic links are not entered (no loops)."""
    photos: list[Path] = []
    skipped: list[Skipped] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        # a symbolic link to a folder shows among the folders; a loop or a dangling link among them too
        links = [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]
        for d in links:
            dirnames.remove(d)
            why = _classify(Path(dirpath) / d)
            if why is not None:
                skipped.append(Skipped(str(Path(dirpath) / d), why))
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if name.startswith("."):
                continue
            why = _classify(p)
            if why is not None:
                skipped.append(Skipped(str(p), why))
                continue
            named = p.suffix.lower() in IMAGE_SUFFIXES
            try:
                with open(p, "rb") as f:
                    head = f.read(16)
            except OSError:
                skipped.append(Skipped(str(p), "unreadable"))
                continue
            if named or looks_like_image(head):
                photos.append(p)
            else:
                skipped.append(Skipped(str(p), "not_image"))
    return photos, skipped


def available_memory() -> int | None:
    """Bytes of memory free for new processes (Linux: MemAvailable; elsewhere the free pages), or None."""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def worker_count(requested: int | None, photos: int) -> int:
    """Processes for a scan: as asked, or one per core; never more than the free memory holds at
    :data:`WORKER_BYTES` each, nor more than there are photos."""
    n = requested or os.cpu_count() or 1
    free = available_memory()
    if free is not None:
        n = min(n, max(1, free // WORKER_BYTES))
    return max(1, min(n, photos or 1))


_worker_lang = "en"


def _init_worker(lang: str, worker_process: bool = True) -> None:
    global _worker_lang
    _worker_lang = lang
    if worker_process:  # one process per core already: no threads inside (and not in the caller's process)
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        os.environ.setdefault("FACELEDGER_PHOTO_THREADS", "1")
        # the decoders' C libraries (libjpeg, libtiff, libpng) write warnings about damaged files straight
        # to the process's stderr; in a worker nothing else is written there, and each file's own message
        # is in its row
        if not os.environ.get("FACELEDGER_DEBUG"):
            try:
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 2)
                os.close(null)
            except OSError:
                pass


def _check_one(path: str) -> dict[str, Any]:
    from faceledger.photos.check import check_photo

    try:
        row = check_photo(path).to_dict(_worker_lang)
    except Exception as err:  # noqa: BLE001 - a bug on one photo must not end the scan
        row = {"path": path, "ok": False, "error": f"Unexpected error: {type(err).__name__}: {err}",
               "error_kind": "internal", "verdict": None, "faces": [], "reveals": {}}
    row[FS_PATH] = path
    row["path"] = display_path(path)
    return row


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
    n_workers = worker_count(workers, len(photos))
    report = ScanReport(str(root_p), skipped=skipped, total=len(photos), workers=n_workers, lang=lang)
    done = 0
    results: dict[str, dict[str, Any]] = {}

    def record(res: dict[str, Any]) -> None:
        nonlocal done
        done += 1
        results[res[FS_PATH]] = res
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


def csv_row(r: dict[str, Any]) -> dict[str, str]:
    """One CSV row: every cell through safetext.csv_cell, so a file name such as ``=HYPERLINK(...)`` or
    ``+1.jpg`` is shown as text by Excel, WPS or LibreOffice, never run."""
    ieds = [f.get("ied_px") for f in r.get("faces", []) if f.get("ied_px") is not None]
    row = {"path": display_path(r.get(FS_PATH, r["path"])), "ok": r["ok"], "verdict": r.get("verdict") or "",
           "faces": len(r.get("faces", [])), "max_ied_px": max(ieds) if ieds else "",
           "width": r.get("width") or "", "height": r.get("height") or "", "format": r.get("format") or "",
           "reveals": ";".join(sorted((r.get("reveals") or {}).keys())), "error": r.get("error") or ""}
    return {k: csv_cell(v) for k, v in row.items()}


def report_paths(target: str | os.PathLike) -> tuple[Path, Path]:
    """``<target>.json`` and ``<target>.csv`` (the suffix of ``target`` is replaced)."""
    t = Path(target)
    base = t.with_suffix("") if t.suffix.lower() in (".json", ".csv") else t
    return base.with_suffix(".json"), base.with_suffix(".csv")


def check_report_target(target: str | os.PathLike) -> None:
    """Refuse a report target whose folder is missing or not writable, before a long scan rather than after."""
    folder = report_paths(target)[0].parent
    shown = display_path(folder)
    if not folder.is_dir():
        raise FaceLedgerError(f"Cannot write the report: the folder {shown} does not exist.",
                              "Create it first, or give a report file in an existing folder.",
                              zh=f"无法写出报告：文件夹 {shown} 不存在。", hint_zh="请先创建它，或把报告放在已有的文件夹中。")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FaceLedgerError(f"Cannot write the report: no permission to write in {shown}.",
                              "Choose a folder you can write to.",
                              zh=f"无法写出报告：没有权限写入 {shown}。", hint_zh="请选择您有写入权限的文件夹。")


def write_reports(report: ScanReport, target: str | os.PathLike) -> tuple[Path, Path]:
    """Write ``<target>.json`` and ``<target>.csv`` atomically (nothing half-written is left)."""
    import io

    from faceledger.outfile import write_bytes_atomic

    json_path, csv_path = report_paths(target)
    check_report_target(target)
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS)
    w.writeheader()
    for r in report.results:
        w.writerow(csv_row(r))
    write_bytes_atomic(json_path, json.dumps(report.to_dict(), ensure_ascii=False, indent=2).encode("utf-8"),
                       "scan report")
    write_bytes_atomic(csv_path, buf.getvalue().encode("utf-8-sig"), "scan report")  # BOM: Excel/WPS read UTF-8
    return json_path, csv_path
