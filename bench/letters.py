#!/usr/bin/env python3
"""Benchmark: 1,000 bilingual PDF letters from a CSV, beside a raw QPdfWriter rendering of the same HTML.

What it does (all real work, in a temporary folder that is removed at the end):
  1. writes a CSV of N rows (people x holders, varied facts from four fact patterns; seeded);
  2. "faceledger": `run_batch(csv, out, "deletion", "bilingual", "pdf")`, the code behind
     `faceledger letters batch`: read and check each row, run the law rules, compose, render the
     Jinja2 templates, typeset and write the PDF with FaceLedger's writer (letters/typeset.py,
     letters/pdfdoc.py; atomic rename) and the index.csv;
  3. "raw Qt": the same N HTML documents (rendered beforehand, not timed) each put through
     QTextDocument.setHtml + print_() to a QPdfWriter (A4, the same font), nothing else: the
     renderer FaceLedger used before, and what any Qt application would do;
  4. repeats both, alternating, R rounds; prints the total per round, the median total, time per
     letter (median over letters of the last round, from per-row timestamps), and the ratio.

Goals (issue 3): total <= 10 s for 1,000 letters, and <= 1.5x the raw rendering.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/letters.py [--n 1000] [--rounds 2] [--type deletion]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "建华", "玥", "璟"]
PATTERNS = [
    # (holder suffix, category, collection facts)
    ("健身有限公司", "other", {"collection_date": "2024-03-05", "context": "entry", "place": "public", "consent": "bundled",
                        "alternative_offered": "no", "service_refused_without_face": "yes"}),
    ("国际机场股份有限公司", "transport", {"collection_date": "2025-09-12", "context": "entry", "place": "public",
                                  "consent": "none", "signage": "no", "stored_off_device": "yes"}),
    ("商业银行股份有限公司", "finance", {"collection_date": "2021-10-15", "context": "account_verification",
                                 "place": "online", "consent": "bundled", "retention_stated": "no"}),
    ("物业服务有限公司", "residential", {"collection_date": "2023-06-01", "context": "entry", "place": "residential",
                                "consent": "coerced", "alternative_offered": "no"}),
]
CITIES = ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京"]
COLUMNS = ["sender_name", "sender_email", "sender_account_id", "holder_name", "holder_category", "holder_email",
           "collection_date", "context", "place", "consent", "alternative_offered", "service_refused_without_face",
           "signage", "stored_off_device", "retention_stated", "as_of"]


def write_csv(path: Path, n: int, seed: int = 20261129) -> None:
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS)
        w.writeheader()
        for i in range(n):
            suffix, cat, facts = PATTERNS[i % len(PATTERNS)]
            city = rnd.choice(CITIES)
            row = {"sender_name": rnd.choice(SURNAMES) + rnd.choice(GIVEN), "sender_email": f"user{i}@example.com",
                   "sender_account_id": f"{rnd.randrange(10**7):07d}", "holder_name": f"{city}某{suffix}",
                   "holder_category": cat, "holder_email": f"privacy{i % 37}@holder.example", "as_of": "2026-11-20"}
            row.update(facts)
            w.writerow(row)


def _pages(pdf: Path) -> int:
    import subprocess

    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(ln.split()[1] for ln in out.splitlines() if ln.startswith("Pages:")))


def raw_render(htmls: list[str], out: Path, family: str) -> list[float]:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    times = []
    for i, html in enumerate(htmls):
        t = time.perf_counter()
        doc = QTextDocument()
        font = QFont(family)
        font.setPointSizeF(10.5)
        doc.setDefaultFont(font)
        doc.setHtml(html)
        writer = QPdfWriter(str(out / f"raw{i:05d}.pdf"))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
        writer.setResolution(300)
        doc.print_(writer)
        del writer
        times.append(time.perf_counter() - t)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="letters per round (default 1000)")
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds of each side (default 2)")
    ap.add_argument("--jobs", type=int, default=None, help="worker processes for the faceledger side (default: "
                    "what `faceledger letters batch` chooses, one per core for 100 rows or more; "
                    "the raw side is always one process)")
    ap.add_argument("--type", default="deletion", choices=["withdrawal", "deletion", "access", "followup", "complaint"])
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from faceledger.letters.batch import auto_jobs, read_rows, row_to_input, run_batch

    if args.jobs is None:
        args.jobs = auto_jobs(args.n)
    from faceledger.letters.compose import compose, load_letter_input, render_html
    from faceledger.letters.pdf import ensure_gui_app, font_family

    ensure_gui_app()
    family = font_family()
    tmp = Path(tempfile.mkdtemp(prefix="fl-bench-letters-"))
    try:
        src = tmp / "people.csv"
        write_csv(src, args.n)
        # the same HTML for the raw side (not timed): compose every row once
        htmls = []
        for r in read_rows(src):
            facts, extras = load_letter_input(row_to_input(r))
            htmls.append(render_html(compose(facts, args.type, "bilingual", **extras.options())))
        print(f"{args.n} bilingual {args.type} letters, faceledger side with {args.jobs} process(es); HTML {statistics.mean(len(h) for h in htmls) / 1000:.1f} kB "
              f"per letter on average; {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}")
        ours_totals, raw_totals = [], []
        pages: list[int] = []
        ours_per, raw_per = [], []
        for rnd in range(args.rounds):
            out = tmp / f"ours{rnd}"
            stamps = [time.perf_counter()]
            t0 = time.perf_counter()
            result = run_batch(src, out, args.type, "bilingual", "pdf", jobs=args.jobs,
                               progress=lambda d, t, stamps=stamps: stamps.append(time.perf_counter()))
            ours = time.perf_counter() - t0
            assert result.ok == args.n, [r.error for r in result.rows if r.status != "ok"][:3]
            ours_per = [b - a for a, b in itertools.pairwise(stamps)]
            if rnd == 0 and shutil.which("pdfinfo"):
                pages = [_pages(out / r.file) for r in result.rows[:20]]
            shutil.rmtree(out)
            rout = tmp / f"raw{rnd}"
            rout.mkdir()
            t0 = time.perf_counter()
            raw_per = raw_render(htmls, rout, family)
            raw = time.perf_counter() - t0
            shutil.rmtree(rout)
            ours_totals.append(ours)
            raw_totals.append(raw)
            print(f"round {rnd + 1}: faceledger {ours:7.2f} s   raw Qt {raw:7.2f} s   ratio {ours / raw:.2f}x")
        mo, mr = statistics.median(ours_totals), statistics.median(raw_totals)
        print(f"median total:      faceledger {mo:7.2f} s   raw Qt {mr:7.2f} s   ratio {mo / mr:.2f}x "
              f"(goal <= 1.5x)")
        if args.jobs == 1:
            print(f"per letter (median of last round): faceledger {statistics.median(ours_per) * 1000:.1f} ms   "
                  f"raw Qt {statistics.median(raw_per) * 1000:.1f} ms")
        else:
            print(f"per letter: faceledger {mo / args.n * 1000:.1f} ms wall with {args.jobs} processes   "
                  f"raw Qt {statistics.median(raw_per) * 1000:.1f} ms (median, one process)")
        if pages:
            print(f"pages per letter (first 20 files): median {statistics.median(pages)}, max {max(pages)}")
        print(f"goal <= 10 s for 1,000: {'met' if mo * 1000 / args.n <= 10 else 'NOT met'} "
              f"({mo * 1000 / args.n:.1f} s per 1,000 at this rate)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
