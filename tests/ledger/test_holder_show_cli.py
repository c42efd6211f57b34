"""`faceledger holder show` says facts the way they were typed (yes/no), and timeline events as codes with
their data, not Python booleans or stored sentences."""

import os
import subprocess
import sys

PW = "cli passphrase 42"


def _fl(home, *args):
    env = {**os.environ, "FACELEDGER_HOME": str(home), "FACELEDGER_PASSPHRASE": PW,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    r = subprocess.run([sys.executable, "-m", "faceledger", *args], capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.returncode == 0 and "Traceback" not in r.stderr, (r.stdout, r.stderr)
    return r.stdout


def test_holder_show_prints_yes_no(fl_home):
    _fl(fl_home, "vault", "init")
    _fl(fl_home, "holder", "add", "--name", "某超市", "--category", "retail")
    _fl(fl_home, "collection", "add", "--holder", "1", "--date", "2024-01-02", "--alternative-offered", "no",
        "--signage", "yes", "--consent", "bundled")
    _fl(fl_home, "request", "add", "--holder", "1", "--type", "deletion", "--sent", "2024-02-01", "--due",
        "2024-02-20")
    _fl(fl_home, "request", "update", "1", "--note", "寄出挂号信")
    out = _fl(fl_home, "holder", "show", "1")
    assert "alternative_offered=no" in out and "signage=yes" in out
    assert "True" not in out and "False" not in out
    assert "寄出挂号信" in out
