#!/usr/bin/env python3
"""The release bundle's figures: size unpacked and compressed, build time, and start-up time.

Start-up: the time from spawning the frozen `faceledger gui` (offscreen, an existing passphrase vault,
FACELEDGER_STARTUP_PROBE=1 so the app reports its main window's first paint and quits) beside a bare
PySide6 QMainWindow frozen the same way (a PyInstaller one-folder bundle, built here once into
build/bench-peer/) and started the same way. Runs are interleaved; medians are printed.

    .venv/bin/python packaging/build.py ...          # first: builds build/dist/faceledger + the report
    .venv/bin/python bench/release.py [--runs 15]
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

REPO = Path(__file__).resolve().parents[1]
BUILD = REPO / "build"
PEER = BUILD / "bench-peer"

BARE = r'''
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
class W(QMainWindow):
    done = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not self.done:
            self.done = True
            print(f"SHOWN {time.time():.6f} {self.isVisible()}", flush=True)
            app.quit()
w = W(); w.setCentralWidget(QLabel("hello")); w.resize(1180, 760); w.show()
app.exec()
'''


def dir_bytes(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def du_bytes(path: Path) -> int:
    """Disk usage as `du -s` counts it (allocated blocks)."""
    return sum(p.lstat().st_blocks * 512 for p in path.rglob("*") if not p.is_symlink())


def build_peer(python: str) -> tuple[Path, float]:
    exe = PEER / "dist" / "bare-qt" / "bare-qt"
    if exe.exists():
        return exe, float((PEER / "build-seconds").read_text())
    PEER.mkdir(parents=True, exist_ok=True)
    (PEER / "bare-qt.py").write_text(BARE, encoding="utf-8")
    t0 = time.perf_counter()
    subprocess.run([python, "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level", "WARN",
                    "--name", "bare-qt", "--distpath", str(PEER / "dist"), "--workpath", str(PEER / "work"),
                    "--specpath", str(PEER), str(PEER / "bare-qt.py")], check=True)
    secs = time.perf_counter() - t0
    (PEER / "build-seconds").write_text(f"{secs:.1f}")
    return exe, secs


def one(cmd: list[str], env: dict) -> float:
    t0 = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("SHOWN "):
            _, ts, visible = line.split()
            if visible != "True":
                raise RuntimeError(f"{cmd[0]}: the window was not visible when it reported")
            return float(ts) - t0
    raise RuntimeError(f"{cmd[0]}: no SHOWN line (exit {out.returncode}): {out.stdout[-500:]!r} {out.stderr[-1500:]!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--python", default=sys.executable, help="interpreter with PyInstaller, for the peer bundle")
    args = ap.parse_args()

    report_path = BUILD / "build-report.json"
    if not report_path.exists():
        print("no build/build-report.json: run packaging/build.py first", file=sys.stderr)
        return 1
    report = json.loads(report_path.read_text())
    bundle = Path(report["bundle"])
    artifact = Path(report["artifact"])
    exe = bundle / "faceledger"
    peer_exe, peer_build = build_peer(args.python)

    print(f"FaceLedger {report['version']} ({report['commit'][:10]}), {report['platform']}")
    print(f"bundle unpacked:   {dir_bytes(bundle) / 2**20:.0f} MiB ({dir_bytes(bundle) / 1e6:.0f} MB; "
          f"du {du_bytes(bundle) / 2**20:.0f} MiB)   goal <= 700 MB")
    if artifact.exists():
        size = artifact.stat().st_size
        print(f"{artifact.name}: {size / 2**20:.0f} MiB ({size / 1e6:.0f} MB)   goal <= 260 MB")
    t = report["times_s"]
    print("build time:        " + ", ".join(f"{k} {v:.1f} s" for k, v in t.items())
          + f"; total {report['total_s']:.1f} s")
    print(f"peer bundle (bare PySide6 QMainWindow): {dir_bytes(peer_exe.parent) / 2**20:.0f} MiB, "
          f"built in {peer_build:.1f} s")

    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACELEDGER_HOME": home,
               "FACELEDGER_STARTUP_PROBE": "1", "FACELEDGER_PASSPHRASE": "bench passphrase"}
        for var in ("PYTHONPATH", "PYTHONHOME", "FACELEDGER_RESOURCES"):
            env.pop(var, None)
        subprocess.run([str(exe), "vault", "init", "--passphrase"], env=env, check=True, capture_output=True)
        fl_cmd, bare_cmd = [str(exe), "gui"], [str(peer_exe)]
        one(bare_cmd, env), one(fl_cmd, env)  # warm the file cache
        bare, fl = [], []
        for _ in range(args.runs):
            bare.append(one(bare_cmd, env))
            fl.append(one(fl_cmd, env))
    mb, mf = statistics.median(bare), statistics.median(fl)
    print(f"start to main window, offscreen, {args.runs} runs each, interleaved:")
    print(f"  bare PySide6 QMainWindow bundle: median {mb * 1000:.0f} ms "
          f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"  FaceLedger bundle:               median {mf * 1000:.0f} ms "
          f"(min {min(fl) * 1000:.0f}, max {max(fl) * 1000:.0f})   goal <= 1500 ms")
    print(f"  ratio FaceLedger / bare:         {mf / mb:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
