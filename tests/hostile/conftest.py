"""Fixtures of the hostile suite: a genuine stamped bundle (real local TSA on 127.0.0.1), built once.

The suite plays an attacker and a careless user; every loop in it is bounded in count and time."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from evidence import bundle_tools, guo_bing, local_tsa  # noqa: E402,F401  (shared with tests/evidence)


@pytest.fixture(scope="session")
def hostile_tsa(tmp_path_factory):
    tsa = local_tsa.start(tmp_path_factory.mktemp("hostile-tsa"))
    yield tsa
    tsa.server.shutdown()
    tsa.server.server_close()


@pytest.fixture(scope="session")
def genuine(tmp_path_factory, hostile_tsa, qapp):
    """(bundle path, members, export result) of a stamped example case, with report.pdf."""
    from faceledger.evidence.bundle_export import export_case

    home = tmp_path_factory.mktemp("hostile-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FACELEDGER_HOME", str(home))
        from faceledger.vault.store import create_vault

        vault = create_vault("default", passphrase="correct horse battery staple 9", use_keychain=False)
        try:
            case, _ = guo_bing.build(vault, home / "files", hostile_tsa)
            out = home / "bundle.zip"
            res = export_case(vault, case, out, lang="zh")
        finally:
            vault.close()
    return out, bundle_tools.read_members(out), res
