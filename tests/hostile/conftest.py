"""Fixtures of the hostile suite: a genuine stamped bundle (real local TSA on 127.0.0.1), built once.

The suite plays an attacker and a careless user; every loop in it is bounded in count and time."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from evidence import bundle_tools, guo_bing, local_tsa  # noqa: E402,F401  (shared with tests/evidence)


@pytest.fixture(scope="session")
def hostile_tsa(tmp_path_factory):
    yield from local_tsa.running(tmp_path_factory.mktemp("hostile-tsa"))


@pytest.fixture(scope="session")
def genuine(tmp_path_factory, hostile_tsa, qapp):
    """(bundle path, members, export result) of a stamped example case, with report.pdf."""
    return guo_bing.exported_bundle(tmp_path_factory.mktemp("hostile-home"), hostile_tsa, lang="zh")


@pytest.fixture
def file_keychain(tmp_path, monkeypatch):
    """tests/e2e's keychain in a file, shared by subprocesses (the CLI under test) and this process:
    ``.env`` for them, ``.backend`` for this process, ``.path`` the file."""
    import importlib.util
    from types import SimpleNamespace

    from e2e.test_bad_input import TEST_KEYCHAIN

    folder = tmp_path / "keychain-module"
    folder.mkdir()
    (folder / "fl_e2e_keychain.py").write_text(TEST_KEYCHAIN, encoding="utf-8")
    store = tmp_path / "keychain.json"
    monkeypatch.setenv("FL_E2E_KEYCHAIN", str(store))
    spec = importlib.util.spec_from_file_location("fl_e2e_keychain", folder / "fl_e2e_keychain.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = os.pathsep.join([str(folder), *filter(None, [os.environ.get("PYTHONPATH")])])
    env = {"PYTHON_KEYRING_BACKEND": "fl_e2e_keychain.TestKeychain", "PYTHONPATH": path, "FL_E2E_KEYCHAIN": str(store)}
    return SimpleNamespace(env=env, backend=module.TestKeychain(), path=store)
