"""Photo-test fixtures: scikit-image's astronaut portrait (public domain) and generated images."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

ASTRO_BOX = (177, 82, 95, 95)   # MediaPipe's short-range box on the 512x512 astronaut (stack.md §2)


def astronaut_rgb() -> np.ndarray:
    from skimage import data

    return data.astronaut()


def save(rgb: np.ndarray, path: Path, fmt: str | None = None, **kw) -> Path:
    from PIL import Image

    Image.fromarray(rgb).save(path, fmt, **kw)
    return path


def jpeg_with_exif(path: Path, rgb: np.ndarray, orientation: int = 1, gps: bool = True) -> Path:
    """A JPEG carrying the metadata a phone writes: GPS, time, make/model, owner."""
    from PIL import Image

    img = Image.fromarray(rgb)
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 13"
    exif[0x0131] = "17.1"
    exif[0x0112] = orientation
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2024:05:01 10:20:30"
    sub[0xA430] = "Zhang San"
    if gps:
        g = exif.get_ifd(0x8825)
        g[1] = "N"
        g[2] = (31.0, 13.0, 30.0)
        g[3] = "E"
        g[4] = (121.0, 28.0, 12.0)
    img.save(path, "JPEG", exif=exif, quality=92)
    return path


def eval_set(name: str) -> Path | None:
    """An evaluation set under $FACELEDGER_EVAL_DIR or ../shared/eval beside the checkout (or beside the
    main checkout, for a git worktree under ../wt/NAME); None when absent (the tests using it skip)."""
    env = os.environ.get("FACELEDGER_EVAL_DIR")
    root = Path(__file__).resolve().parents[2]
    bases = [Path(env)] if env else [root / ".." / "shared" / "eval", root / ".." / ".." / "shared" / "eval"]
    for base in bases:
        if (base / name / "truth.json").is_file():
            return base / name
    return None


@pytest.fixture(scope="session")
def eval_dir() -> Path | None:
    return eval_set("faces-dev")


@pytest.fixture(scope="session")
def eval_dir2() -> Path | None:
    return eval_set("faces-dev2")
