"""Privacy: the photo package never imports a network library, and works with sockets blocked."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import faceledger

from .conftest import astronaut_rgb, jpeg_with_exif

NETWORK_MODULES = ("requests", "urllib3", "http.client", "urllib.request", "httpx", "aiohttp",
                   "faceledger.net", "ftplib", "smtplib")

_CHILD = r'''
import json, socket, sys
class Blocked(OSError):
    pass
def refuse(*a, **k):
    raise Blocked("network blocked by the test")
socket.socket = refuse
socket.create_connection = refuse
socket.socketpair = refuse
socket.getaddrinfo = refuse
from faceledger.photos.check import check_photo
from faceledger.photos.protect import protect_photo
src, out = sys.argv[1], sys.argv[2]
r = check_photo(src)
p = protect_photo(src, out, "blur")
print(json.dumps({"verdict": r.verdict, "faces": len(r.faces), "after": p.faces_after,
                  "net": sorted(m for m in %r if m in sys.modules)}))
''' % (NETWORK_MODULES,)


def test_check_and_protect_offline_and_no_network_imports(tmp_path):
    src = jpeg_with_exif(tmp_path / "me.jpg", astronaut_rgb())
    out = tmp_path / "safe.jpg"
    env_path = str(Path(faceledger.__file__).resolve().parents[1])
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(src), str(out)], capture_output=True, text=True,
                          timeout=120, env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin",
                                            "HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    assert res == {"verdict": "high", "faces": 1, "after": 0, "net": []}
    assert out.is_file()


def test_source_imports_no_network_library():
    root = Path(faceledger.__file__).parent / "photos"
    for f in root.glob("*.py"):
        text = f.read_text(encoding="utf-8")
        for mod in ("requests", "urllib", "http.client", "socket", "faceledger.net"):
            assert f"import {mod}" not in text and f"from {mod}" not in text, (f.name, mod)
