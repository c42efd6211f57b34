#!/usr/bin/env python3
"""Time from process start to the main window shown: FaceLedger beside a bare PySide6 QMainWindow.

Both are started the same way (a fresh `python` process, offscreen), N times each, interleaved;
the clock starts just before the process is spawned and stops when the child reports its window
is shown (its first paint event). FaceLedger starts through its real entry point
(`faceledger gui`, argument parsing and all), with an existing passphrase vault (the unlock dialog
comes after the window is shown, as in real use).

    .venv/bin/python bench/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
def report():
    print(f"SHOWN {time.time():.6f} {w.isVisible()}", flush=True); app.quit()
class W(QMainWindow):
    done = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not self.done:
            self.done = True; report()
w = W(); w.setCentralWidget(QLabel("hello")); w.resize(1180, 760); w.show()
app.exec()
"""

FACELEDGER = "import sys; from faceledger.cli import main; sys.exit(main(['gui']))"


def one(code: str, env: dict) -> float:
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("SHOWN "):
            _, ts, visible = line.split()
            assert visible == "True"
            return float(ts) - t0
    raise RuntimeError(f"no SHOWN line: {out.stdout!r} {out.stderr[-2000:]!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACELEDGER_HOME": home,
               "FACELEDGER_STARTUP_PROBE": "1", "FACELEDGER_PASSPHRASE": "bench passphrase"}
        subprocess.run([sys.executable, "-m", "faceledger", "vault", "init", "--passphrase"], env=env, check=True,
                       capture_output=True)
        one(BARE, env), one(FACELEDGER, env)  # warm the file cache
        bare, fl = [], []
        for _ in range(args.runs):
            bare.append(one(BARE, env))
            fl.append(one(FACELEDGER, env))
    mb, mf = statistics.median(bare), statistics.median(fl)
    print(f"runs: {args.runs} each, interleaved, offscreen")
    print(f"bare PySide6 QMainWindow: median {mb * 1000:.0f} ms "
          f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"FaceLedger main window:   median {mf * 1000:.0f} ms (min {min(fl) * 1000:.0f}, max {max(fl) * 1000:.0f})")
    print(f"ratio FaceLedger / bare:  {mf / mb:.2f}x (goal <= 1.3x)")


if __name__ == "__main__":
    main()
