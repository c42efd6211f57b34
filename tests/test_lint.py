"""pyflakes' checks through ruff over the whole project: an undefined name or a forgotten import fails a
code path only when it runs, and some paths (error branches, the frozen bundle) rarely run in tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_no_undefined_names_or_unused_imports():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (it is in the test extra: ./dev test installs it)")
    r = subprocess.run([ruff, "check", "--no-cache", "--select", "F", "--output-format", "concise",
                        "desktop", "tests", "bench", "scripts", "packaging"],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
