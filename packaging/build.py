#!/usr/bin/env python3
"""Build FaceLedger's release artifacts for this platform from a clean checkout, then sign them.

    .venv/bin/python packaging/build.py                      # clean clone of HEAD, signed with
                                                             #   FACELEDGER_RELEASE_KEY_FILE
    .venv/bin/python packaging/build.py --unsigned           # a local test build, SHA256SUMS only
    .venv/bin/python packaging/build.py --base-url https://…/releases/0.1.0   # also a signed update.json

Steps (each timed, see build/build-report.json):
1. source: ``git clone`` of HEAD into build/src (uncommitted changes are NOT built; --source-dir
   builds a given tree as it is, e.g. a CI checkout);
2. environment: a venv with exactly requirements.lock and the ``build`` extra (build/venv-<hash>,
   reused while pyproject.toml and requirements.lock are unchanged; --python uses an existing one);
3. PyInstaller with packaging/faceledger.spec: a one-folder bundle (``faceledger`` CLI and
   ``faceledger-gui``);
4. ``faceledger --selftest`` inside the bundle, offscreen: the build fails if any check fails;
   then, where the certificates are, platform code signing (packaging/macos/, packaging/windows/);
5. the artifact: Linux ``faceledger-<version>-linux-<arch>.tar.gz`` (bundle, .desktop file, icon,
   install-desktop-entry.sh; reproducible member order, owners and times), macOS a .zip of
   FaceLedger.app (sign it with packaging/macos/sign_and_notarize.sh first), Windows a .zip;
6. ``SHA256SUMS`` over every artifact and ``SHA256SUMS.minisig`` with the release key
   (``FACELEDGER_RELEASE_KEY_FILE`` or ``FACELEDGER_RELEASE_KEY``; never from the repository), then
   ``verify-release`` on the result.
Everything lands in dist/release/.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "desktop"))

from faceledger import __version__  # noqa: E402
from faceledger.errors import FaceLedgerError  # noqa: E402
from faceledger.release.checksums import SUMS_NAME, compute_sums, format_sums  # noqa: E402

BUILD = REPO / "build"
OUT = REPO / "dist" / "release"


def log(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def run(cmd: list[str], label: str | None = None, **kw) -> subprocess.CompletedProcess:
    log(label or "$ " + " ".join(str(c) for c in cmd))
    return subprocess.run([str(c) for c in cmd], check=True, **kw)


def platform_tag() -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    return f"{system}-{ {'amd64': 'x86_64', 'aarch64': 'arm64'}.get(machine, machine) }"


# --- 1. source ----------------------------------------------------------------------------------------
def clean_checkout(dest: Path) -> Path:
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True, check=True).stdout.strip()
    if dirty:
        log("note: the working tree has uncommitted changes; they are NOT in this build (HEAD is built)")
    if dest.exists():
        shutil.rmtree(dest)
    run(["git", "clone", "--quiet", "--no-hardlinks", str(REPO), str(dest)])
    return dest


def commit_info(src: Path) -> tuple[str, int]:
    out = subprocess.run(["git", "-C", str(src), "log", "-1", "--format=%H %ct"], capture_output=True,
                         text=True)
    if out.returncode != 0 or not out.stdout.strip():
        return "unknown", int(time.time())
    sha, ts = out.stdout.split()
    return sha, int(ts)


# --- 2. environment ------------------------------------------------------------------------------------
def build_venv(src: Path) -> Path:
    lock = hashlib.sha256((src / "pyproject.toml").read_bytes() + (src / "requirements.lock").read_bytes())
    venv = BUILD / f"venv-{lock.hexdigest()[:12]}"
    py = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    stamp = venv / ".complete"
    if stamp.exists() and py.exists():
        log(f"reusing {venv} (same pyproject.toml and requirements.lock)")
        return py
    if venv.exists():
        shutil.rmtree(venv)
    run([sys.executable, "-m", "venv", venv])
    run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--upgrade", "pip>=24"])
    run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check", "-c", src / "requirements.lock",
         f"{src}[build]"])
    stamp.write_text("ok\n")
    return py


# --- icons ---------------------------------------------------------------------------------------------
def make_icons(py: Path, src: Path, dest: Path) -> dict[str, Path]:
    """PNG (Linux menus), .ico (Windows exe) and .icns (macOS app) from resources/icons/faceledger.svg."""
    dest.mkdir(parents=True, exist_ok=True)
    code = r"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PIL import Image
svg, out = sys.argv[1], sys.argv[2]
app = QGuiApplication([])
r = QSvgRenderer(svg)
assert r.isValid(), "invalid SVG icon"
img = QImage(512, 512, QImage.Format.Format_ARGB32)
img.fill(Qt.GlobalColor.transparent)
p = QPainter(img); r.render(p); p.end()
img.save(out + "/faceledger-512.png")
im = Image.open(out + "/faceledger-512.png")
im.resize((256, 256), Image.LANCZOS).save(out + "/faceledger.png")
im.save(out + "/faceledger.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
im.save(out + "/faceledger.icns")
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run([py, "-c", code, src / "resources" / "icons" / "faceledger.svg", dest], env=env,
        label=f"rendering resources/icons/faceledger.svg to PNG, ICO and ICNS in {dest}")
    return {"png": dest / "faceledger.png", "ico": dest / "faceledger.ico", "icns": dest / "faceledger.icns"}


# --- 3. PyInstaller ------------------------------------------------------------------------------------
def pyinstaller(py: Path, src: Path, icons: dict[str, Path], epoch: int) -> Path:
    dist, work = BUILD / "dist", BUILD / "work"
    for d in (dist, work):
        if d.exists():
            shutil.rmtree(d)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SOURCE_DATE_EPOCH=str(epoch), PYTHONHASHSEED="0")
    icon = icons["icns"] if sys.platform == "darwin" else icons["ico"] if os.name == "nt" else None
    if icon:
        env["FACELEDGER_ICON"] = str(icon)
    run([py, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "--distpath", dist,
         "--workpath", work, src / "packaging" / "faceledger.spec"], env=env)
    if sys.platform == "darwin":
        return dist / "FaceLedger.app"
    return dist / "faceledger"


def bundle_executable(bundle: Path) -> Path:
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / "faceledger"
    return bundle / ("faceledger.exe" if os.name == "nt" else "faceledger")


# --- 4. self-test --------------------------------------------------------------------------------------
def selftest(bundle: Path) -> str:
    with tempfile.TemporaryDirectory(prefix="faceledger-build-selftest-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACELEDGER_HOME=home)
        for var in ("FACELEDGER_RESOURCES", "PYTHONPATH", "PYTHONHOME"):
            env.pop(var, None)
        r = subprocess.run([str(bundle_executable(bundle)), "--selftest"], env=env, capture_output=True,
                           text=True, timeout=600)
    print(r.stdout, end="", flush=True)
    if r.returncode != 0:
        print(r.stderr[-4000:], file=sys.stderr)
        raise SystemExit(f"[build] the bundle's --selftest failed (exit {r.returncode}); no artifacts written")
    return r.stdout


# --- platform code signing (run where the certificates are) -----------------------------------------
def platform_sign(bundle: Path, src: Path) -> str:
    """macOS: codesign + notarize + staple; Windows: signtool with an RFC 3161 timestamp. Else nothing."""
    if sys.platform == "darwin" and os.environ.get("FACELEDGER_CODESIGN_IDENTITY"):
        run(["bash", src / "packaging" / "macos" / "sign_and_notarize.sh", bundle])
        return "codesign + notarytool + stapler"
    if os.name == "nt" and os.environ.get("FACELEDGER_SIGN_CERT_SHA1"):
        run(["powershell", "-NoProfile", "-ExecutionPolicy", "Bypass", "-File",
             src / "packaging" / "windows" / "sign.ps1", "-Folder", bundle])
        return "signtool (RFC 3161 timestamp)"
    if sys.platform in ("darwin", "win32"):
        log("note: no code-signing certificate configured; the app is NOT code-signed "
            "(see packaging/macos/README.md or packaging/windows/README.md)")
    return "none"


# --- 5. artifacts --------------------------------------------------------------------------------------
def _tarinfo_filter(epoch: int):
    def f(ti: tarfile.TarInfo) -> tarfile.TarInfo:
        ti.uid = ti.gid = 0
        ti.uname = ti.gname = ""
        ti.mtime = min(ti.mtime, epoch)
        if ti.isdir() or (ti.isfile() and ti.mode & 0o100):
            ti.mode = 0o755
        elif ti.isfile():
            ti.mode = 0o644
        return ti
    return f


def add_tree(tar: tarfile.TarFile, root: Path, arc_root: str, flt) -> None:
    """Add ``root`` in sorted order (reproducible archives)."""
    tar.add(str(root), arcname=arc_root, recursive=False, filter=flt)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = Path(dirpath).relative_to(root)
        for name in sorted(dirnames) + sorted(filenames):
            p = Path(dirpath) / name
            tar.add(str(p), arcname=f"{arc_root}/{(rel / name).as_posix()}", recursive=False, filter=flt)


def linux_artifact(bundle: Path, src: Path, icons: dict[str, Path], epoch: int, out: Path) -> Path:
    name = f"faceledger-{__version__}-{platform_tag()}"
    extras = {
        "faceledger.desktop": src / "resources" / "faceledger.desktop",
        "faceledger.svg": src / "resources" / "icons" / "faceledger.svg",
        "faceledger.png": icons["png"],
        "install-desktop-entry.sh": src / "packaging" / "linux" / "install-desktop-entry.sh",
        "README.txt": src / "packaging" / "linux" / "README.txt",
    }
    for arc, path in extras.items():
        dest = bundle / arc
        shutil.copy2(path, dest)
        os.utime(dest, (epoch, epoch))
    (bundle / "install-desktop-entry.sh").chmod(0o755)
    path = out / f"{name}.tar.gz"
    flt = _tarinfo_filter(epoch)
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9,
                                                mtime=0) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        add_tree(tar, bundle, name, flt)
    return path


def zip_artifact(bundle: Path, out: Path) -> Path:
    name = f"faceledger-{__version__}-{platform_tag()}"
    if sys.platform == "darwin":  # ditto keeps the code signature and extended attributes intact
        path = out / f"{name}.zip"
        run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", bundle, path])
        return path
    return Path(shutil.make_archive(str(out / name), "zip", root_dir=bundle.parent, base_dir=bundle.name))


def dir_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# --- 6. sign -------------------------------------------------------------------------------------------
def sign(out: Path, unsigned: bool, base_url: str | None) -> dict:
    from faceledger.release.keys import release_public_key
    from faceledger.release.manifest import artifact_entry, write_signed_manifest
    from faceledger.release.signing import artifact_names, load_release_key, sign_release
    from faceledger.release.verify import verify_release

    if unsigned:
        (out / SUMS_NAME).write_text(format_sums(compute_sums(out, artifact_names(out))), encoding="utf-8")
        log("UNSIGNED build: SHA256SUMS written without a signature (not for release)")
        return {"signed": False}
    key = load_release_key()
    if base_url:
        arts = [artifact_entry(out / n, platform_tag(), base_url) for n in artifact_names(out)]
        write_signed_manifest(out, key, __version__, arts)
    signed = sign_release(out, key)
    pinned = release_public_key()
    if key.public_key() != pinned:
        log(f"WARNING: signed with key {signed.key_id}, which is NOT the release key pinned in the app "
            f"({pinned.key_id_hex}); `faceledger verify-release` will reject this build")
        report = verify_release(out, key.public_key())
    else:
        report = verify_release(out)
    for line in report.lines():
        print("  " + line)
    if not report.ok:
        raise SystemExit("[build] the signed release does not verify")
    return {"signed": True, "key_id": signed.key_id, "pinned": key.public_key() == pinned}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source-dir", type=Path, help="build this tree as it is instead of a clean clone of HEAD")
    ap.add_argument("--python", type=Path, help="use this interpreter (with .[build] installed) instead of "
                                                "a venv made from requirements.lock")
    ap.add_argument("--unsigned", action="store_true", help="write SHA256SUMS without signing (test builds)")
    ap.add_argument("--base-url", help="where the artifacts will be published: also write a signed update.json")
    ap.add_argument("--skip-selftest", action="store_true", help="do not run --selftest in the bundle")
    args = ap.parse_args(argv)

    times: dict[str, float] = {}
    t_all = time.perf_counter()

    def step(name, fn, *a):
        t0 = time.perf_counter()
        result = fn(*a)
        times[name] = round(time.perf_counter() - t0, 1)
        log(f"{name}: {times[name]} s")
        return result

    BUILD.mkdir(exist_ok=True)
    src = args.source_dir.resolve() if args.source_dir else step("clean checkout", clean_checkout, BUILD / "src")
    sha, epoch = commit_info(src)
    py = args.python or step("environment", build_venv, src)
    icons = step("icons", make_icons, py, src, BUILD / "icons")
    bundle = step("pyinstaller", pyinstaller, py, src, icons, epoch)
    selftest_out = "" if args.skip_selftest else step("selftest", selftest, bundle)
    code_signing = step("code signing", platform_sign, bundle, src)
    unpacked = dir_size(bundle)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    if sys.platform.startswith("linux"):
        artifact = step("archive", linux_artifact, bundle, src, icons, epoch, OUT)
    else:
        artifact = step("archive", zip_artifact, bundle, OUT)
    try:
        signing = step("sign", sign, OUT, args.unsigned, args.base_url)
    except FaceLedgerError as err:
        print(f"[build] error: {err.full()}", file=sys.stderr)
        return 1
    total = round(time.perf_counter() - t_all, 1)
    report = {
        "version": __version__, "commit": sha, "platform": platform_tag(), "source": str(src),
        "bundle": str(bundle), "bundle_bytes": dir_size(bundle), "bundle_bytes_before_extras": unpacked,
        "artifact": str(artifact), "artifact_bytes": artifact.stat().st_size,
        "times_s": times, "total_s": total, "selftest": selftest_out.splitlines(),
        "code_signing": code_signing, **signing,
    }
    (BUILD / "build-report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    log(f"bundle {report['bundle_bytes'] / 2**20:.0f} MiB unpacked; {artifact.name} "
        f"{report['artifact_bytes'] / 2**20:.0f} MiB; total {total} s")
    log(f"release artifacts in {OUT}: {', '.join(sorted(p.name for p in OUT.iterdir()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
