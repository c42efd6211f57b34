#!/usr/bin/env python3
"""Benchmark: verify an evidence bundle holding ~2 GB of exhibits, beside `sha256sum` on the same bytes.

What it does (all real work, under a temporary folder in /tmp that is removed at the end):
  1. checks free space in /tmp (it needs about 3.2x the exhibit size: sources, encrypted vault, bundle);
  2. writes N exhibit files, records them in a case of a fresh vault (hashed while encrypted), exports
     the bundle (decrypt + re-hash + ZIP + report.pdf + signature);
  3. runs `faceledger evidence verify` logic (verify_bundle) and `sha256sum` on the same exhibit files,
     alternating, R rounds each, and prints medians, throughput and the ratio (goal: verify >= 0.8x).
     `openssl dgst -sha256` is shown as a second peer (it uses the CPU's SHA extensions when present).

    .venv/bin/python bench/evidence.py [--gib 2] [--files 8] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _fmt_rate(nbytes: int, seconds: float) -> str:
    return f"{nbytes / seconds / 1e6:8.1f} MB/s"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gib", type=float, default=2.0, help="total exhibit size in GiB (default 2)")
    ap.add_argument("--files", type=int, default=8, help="number of exhibit files (default 8)")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds of each tool (default 3)")
    ap.add_argument("--tmp", default="/tmp", help="where the temporary folder goes (default /tmp)")
    args = ap.parse_args()

    total = int(args.gib * (1 << 30))
    per_file = total // args.files
    total = per_file * args.files
    print("df -h", args.tmp)
    print(subprocess.run(["df", "-h", args.tmp], capture_output=True, text=True).stdout.rstrip())
    free = shutil.disk_usage(args.tmp).free
    need = int(total * 3.2) + (256 << 20)
    if free < need:
        print(f"not enough free space in {args.tmp}: {free / 2**30:.1f} GiB free, {need / 2**30:.1f} GiB needed",
              file=sys.stderr)
        return 2
    if not shutil.which("sha256sum"):
        print("sha256sum is not installed", file=sys.stderr)
        return 2

    work = Path(tempfile.mkdtemp(prefix="fl-bench-evidence-", dir=args.tmp))
    os.environ["FACELEDGER_HOME"] = str(work / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from faceledger.evidence import store
        from faceledger.evidence.bundle_export import export_case
        from faceledger.evidence.bundle_verify import verify_bundle
        from faceledger.evidence.model import ExhibitSource, NewEntry
        from faceledger.vault.store import create_vault

        src = work / "exhibits"
        src.mkdir()
        block = os.urandom(16 << 20)  # incompressible content, like photos and videos
        files = []
        t = time.perf_counter()
        for i in range(args.files):
            p = src / f"video-{i + 1:02d}.mp4"
            with open(p, "wb") as f:
                left = per_file
                while left:
                    n = min(left, len(block))
                    f.write(block[:n])
                    left -= n
                f.seek(0)
                f.write(i.to_bytes(8, "big"))  # every file different
            files.append(p)
        print(f"\nwrote {args.files} exhibit files, {total / 2**30:.2f} GiB, in {time.perf_counter() - t:.1f} s")

        vault = create_vault("bench", passphrase="benchmark passphrase 1234", use_keychain=False)
        case = store.create_case(vault, "benchmark case", timezone="Asia/Shanghai")
        t = time.perf_counter()
        store.add_entry(vault, case, NewEntry(kind="photo_video", title="videos", occurred_at="2024-01-01",
                                              exhibits=[ExhibitSource(str(p)) for p in files]))
        t_add = time.perf_counter() - t
        bundle = work / "bundle.zip"
        t = time.perf_counter()
        res = export_case(vault, case, bundle)
        t_export = time.perf_counter() - t
        vault.close()
        shutil.rmtree(work / "home")  # the encrypted copy is no longer needed
        print(f"add entry (hash + encrypt into the vault): {t_add:6.2f} s  {_fmt_rate(total, t_add)}")
        print(f"export bundle (decrypt + re-hash + ZIP):   {t_export:6.2f} s  {_fmt_rate(total, t_export)}")
        print(f"bundle: {bundle.stat().st_size / 2**30:.2f} GiB, {res.exhibits} exhibits")

        t_verify, t_sum, t_ossl = [], [], []
        names = [str(p) for p in files]
        for r in range(args.rounds):
            t = time.perf_counter()
            result = verify_bundle(bundle)
            t_verify.append(time.perf_counter() - t)
            if not result.ok:
                print("verification FAILED:", result.failure, file=sys.stderr)
                return 1
            t = time.perf_counter()
            subprocess.run(["sha256sum", *names], check=True, capture_output=True)
            t_sum.append(time.perf_counter() - t)
            if shutil.which("openssl"):
                t = time.perf_counter()
                subprocess.run(["openssl", "dgst", "-sha256", *names], check=True, capture_output=True)
                t_ossl.append(time.perf_counter() - t)
            print(f"round {r + 1}: verify {t_verify[-1]:.2f} s, sha256sum {t_sum[-1]:.2f} s"
                  + (f", openssl dgst {t_ossl[-1]:.2f} s" if t_ossl else ""))

        # the real command, in its own process: wall time and peak memory (bounded, whatever the exhibit size)
        # GNU time measures the child it forks itself (a child forked from this big process would inherit our
        # peak RSS on Linux: ru_maxrss survives execve).
        gnu_time = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None
        cmd = [sys.executable, "-m", "faceledger", "evidence", "verify", str(bundle)]
        t = time.perf_counter()
        cli = subprocess.run(([gnu_time, "-f", "%M"] if gnu_time else []) + cmd, capture_output=True, text=True)
        t_cli = time.perf_counter() - t
        rss = f", peak RSS {int(cli.stderr.strip().splitlines()[-1]) / 1024:.0f} MiB" if gnu_time else ""
        print(f"`faceledger evidence verify` process: exit {cli.returncode}, {t_cli:.2f} s (with start-up){rss}")

        mv, ms = statistics.median(t_verify), statistics.median(t_sum)
        print(f"\nmedian of {args.rounds} rounds over {total / 2**30:.2f} GiB of exhibits ({args.files} files):")
        print(f"  faceledger evidence verify  {mv:6.2f} s  {_fmt_rate(total, mv)}  (whole bundle: ZIP, signature, "
              "chain, every exhibit, SHA256SUMS)")
        print(f"  sha256sum (same files)      {ms:6.2f} s  {_fmt_rate(total, ms)}")
        if t_ossl:
            mo = statistics.median(t_ossl)
            print(f"  openssl dgst -sha256        {mo:6.2f} s  {_fmt_rate(total, mo)}")
        ratio = ms / mv
        print(f"  verify throughput / sha256sum throughput = {ratio:.2f}x  (goal >= 0.8x: "
              f"{'met' if ratio >= 0.8 else 'NOT met'})")
        if t_ossl:
            print(f"  verify throughput / openssl throughput   = {statistics.median(t_ossl) / mv:.2f}x")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
