#!/usr/bin/env python3
"""Vault at scale: 10,000 holders and 100,000 requests. Prints open time, search time and memory.

A fresh process opens the vault (passphrase unlock: argon2id, then SQLCipher) and runs the searches
the Ledger page runs as the user types (holder table with collection, open-request and overdue
counts, filtered by a substring). Medians over repeated runs; RSS read from /proc at the end.

    .venv/bin/python bench/vault.py [--holders 10000] [--requests 100000]

Goals (issue 2): open <= 1 s, search <= 50 ms, RSS <= 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

PW = "bench passphrase 2026"

CITIES = ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "西安", "南京", "重庆"]
KINDS = ["物业", "酒店", "银行", "健身房", "超市", "景区", "学校", "医院", "营业厅", "科技有限公司"]


def build(n_holders: int, n_requests: int) -> float:
    from faceledger.ledger.model import HOLDER_CATEGORIES, REQUEST_STATES, REQUEST_TYPES
    from faceledger.vault.store import create_vault, now_utc

    rnd = random.Random(7)
    v = create_vault("bench", passphrase=PW, use_keychain=False)
    t0 = time.perf_counter()
    ts = now_utc()
    with v.transaction() as db:
        db.executemany(
            "INSERT INTO holders(uid, name_zh, category, city, notes, sources, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, '[]', ?, ?)",
            [(f"h{i}", f"{rnd.choice(CITIES)}{rnd.choice(KINDS)}{i}号", rnd.choice(HOLDER_CATEGORIES),
              rnd.choice(CITIES), f"备注 {i}", ts, ts) for i in range(n_holders)])
        db.executemany(
            "INSERT INTO collections(uid, holder_id, date, context, consent, sensitive_inference, created_at) "
            "VALUES (?, ?, '2024-05-01', 'entry', 'bundled', '[]', ?)",
            [(f"c{i}", i % n_holders + 1, ts) for i in range(n_holders * 2)])
        db.executemany(
            "INSERT INTO requests(uid, holder_id, type, state, date_sent, due_date, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(f"r{i}", rnd.randrange(n_holders) + 1, rnd.choice(REQUEST_TYPES), rnd.choice(REQUEST_STATES),
              f"2026-{rnd.randrange(1, 12):02d}-{rnd.randrange(1, 28):02d}",
              f"2026-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 28):02d}", ts, ts) for i in range(n_requests)])
    v.close()
    return time.perf_counter() - t0


def measure() -> dict:
    """Runs in a fresh process: open, then search as the Ledger page does."""
    t0 = time.perf_counter()
    from faceledger.ledger import store
    from faceledger.vault.store import open_vault

    t_import = time.perf_counter() - t0
    t1 = time.perf_counter()
    v = open_vault("bench", PW)
    t_open = time.perf_counter() - t1
    t2 = time.perf_counter()
    first = store.holder_summaries(v)
    t_first_table = time.perf_counter() - t2
    searches = []
    for q in ["杭", "杭州", "杭州物业", "健身房12", "上海银行99", "备注 5", "nothing-matches", "深圳酒店1"] * 3:
        t = time.perf_counter()
        rows = store.holder_summaries(v, q)
        searches.append(time.perf_counter() - t)
    t = time.perf_counter()
    overdue = store.count_overdue(v)
    t_overdue = time.perf_counter() - t
    with open("/proc/self/status") as f:
        rss = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024
    info = v.info()
    v.close()
    return {"import_s": t_import, "open_s": t_open, "full_table_s": t_first_table, "rows": len(first),
            "search_median_s": statistics.median(searches), "search_max_s": max(searches),
            "last_rows": len(rows), "overdue_s": t_overdue, "overdue": overdue, "peak_rss_mb": rss,
            "holders": info["holders"], "requests": info["requests"], "db_bytes": info["bytes_on_disk"]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--holders", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure()))
        return
    with tempfile.TemporaryDirectory() as home:
        os.environ["FACELEDGER_HOME"] = home
        built = build(args.holders, args.requests)
        results = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, __file__, "--child"], capture_output=True, text=True,
                                 env=os.environ, check=True)
            results.append(json.loads(out.stdout))
    med = {k: statistics.median(r[k] for r in results) for k in results[0]}
    print(f"vault: {int(med['holders'])} holders, {int(med['requests'])} requests, {med['db_bytes'] / 1e6:.1f} MB "
          f"on disk (built in {built:.1f} s); medians of {args.runs} fresh processes")
    print(f"open (argon2id unlock + SQLCipher + schema check): {med['open_s'] * 1000:.0f} ms   (goal <= 1000 ms)")
    print(f"full holder table with counts:                     {med['full_table_s'] * 1000:.0f} ms "
          f"({int(med['rows'])} rows)")
    print(f"search as you type (median of 24 queries):         {med['search_median_s'] * 1000:.1f} ms "
          f"(worst {med['search_max_s'] * 1000:.1f} ms)   (goal <= 50 ms)")
    print(f"overdue count (the page's banner):                 {med['overdue_s'] * 1000:.1f} ms "
          f"({int(med['overdue'])} found)")
    print(f"peak RSS:                                          {med['peak_rss_mb']:.0f} MB   (goal <= 300 MB)")


if __name__ == "__main__":
    main()
