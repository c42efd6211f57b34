"""The Linux packaging steps of packaging/build.py on a small fake bundle (PyInstaller itself is not run:
CI need not build the real bundle; bench/release.py and the lead's notes carry those figures)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _build_module():
    spec = importlib.util.spec_from_file_location("faceledger_build", REPO / "packaging" / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _fake_bundle(root: Path) -> Path:
    b = root / "faceledger"
    (b / "_internal" / "resources").mkdir(parents=True)
    (b / "faceledger").write_bytes(b"\x7fELF fake cli")
    (b / "faceledger-gui").write_bytes(b"\x7fELF fake gui")
    for exe in ("faceledger", "faceledger-gui"):
        (b / exe).chmod(0o755)
    (b / "_internal" / "resources" / "data.txt").write_text("数据\n", encoding="utf-8")
    (b / "_internal" / "libfake.so").write_bytes(os.urandom(4096))
    return b


def test_tarball_is_complete_with_fixed_owners_modes_and_times(tmp_path):
    build = _build_module()
    icons = {"png": REPO / "resources" / "icons" / "faceledger.svg"}  # any file stands in for the PNG
    bundle = _fake_bundle(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    path = build.linux_artifact(bundle, REPO, icons, 1_700_000_000, out)
    with tarfile.open(path) as t:
        members = t.getmembers()
    by_name = {m.name: m for m in members}
    top = f"faceledger-{build.__version__}-{build.platform_tag()}"
    assert path.name == f"{top}.tar.gz"
    for name in ("faceledger", "faceledger-gui", "faceledger.desktop", "faceledger.svg", "faceledger.png",
                 "install-desktop-entry.sh", "README.txt", "_internal/resources/data.txt"):
        assert f"{top}/{name}" in by_name, name
    for m in members:
        assert m.uid == 0 and m.gid == 0 and m.uname == "" and m.mtime <= 1_700_000_000
    assert by_name[f"{top}/faceledger-gui"].mode == 0o755
    assert by_name[f"{top}/install-desktop-entry.sh"].mode == 0o755
    assert by_name[f"{top}/_internal/resources/data.txt"].mode == 0o644


def test_tarball_bytes_identical_for_identical_input(tmp_path):
    build = _build_module()
    icons = {"png": REPO / "resources" / "icons" / "faceledger.svg"}
    src_bundle = _fake_bundle(tmp_path / "src")
    digests = []
    for run in ("a", "b"):
        bundle = tmp_path / run / "faceledger"
        shutil.copytree(src_bundle, bundle)
        out = tmp_path / f"out-{run}"
        out.mkdir()
        digests.append(build.linux_artifact(bundle, REPO, icons, 1_700_000_000, out).read_bytes())
    assert digests[0] == digests[1]


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_install_desktop_entry(tmp_path):
    folder = tmp_path / "My Apps" / "faceledger-0.1.0"
    folder.mkdir(parents=True)
    for src, name in ((REPO / "packaging" / "linux" / "install-desktop-entry.sh", "install-desktop-entry.sh"),
                      (REPO / "resources" / "faceledger.desktop", "faceledger.desktop"),
                      (REPO / "resources" / "icons" / "faceledger.svg", "faceledger.svg")):
        shutil.copy2(src, folder / name)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    r = subprocess.run(["sh", str(folder / "install-desktop-entry.sh")], env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    entry = (tmp_path / "data" / "applications" / "faceledger.desktop").read_text(encoding="utf-8")
    assert f'Exec="{folder}/faceledger-gui"' in entry and "Name[zh_CN]=人脸账本" in entry
    assert (tmp_path / "data" / "icons" / "hicolor" / "scalable" / "apps" / "faceledger.svg").is_file()
    if shutil.which("desktop-file-validate"):
        v = subprocess.run(["desktop-file-validate", str(tmp_path / "data" / "applications" / "faceledger.desktop")],
                           capture_output=True, text=True)
        assert v.returncode == 0, v.stdout + v.stderr
    r = subprocess.run(["sh", str(folder / "install-desktop-entry.sh"), "--remove"], env=env, capture_output=True,
                       text=True)
    assert r.returncode == 0 and not (tmp_path / "data" / "applications" / "faceledger.desktop").exists()


def test_desktop_file_is_valid():
    if not shutil.which("desktop-file-validate"):
        pytest.skip("desktop-file-validate not installed (Debian desktop-file-utils)")
    r = subprocess.run(["desktop-file-validate", str(REPO / "resources" / "faceledger.desktop")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_spec_parses():
    compile((REPO / "packaging" / "faceledger.spec").read_text(encoding="utf-8"), "faceledger.spec", "exec")
