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


# A keychain for subprocesses (the CLI under test) and this process alike: one JSON file, each change written
# whole to a temporary file and renamed over the old one, as an OS keychain commits an item (tests/conftest.py's
# in-memory keychain cannot be shared with a subprocess; tests/e2e's file keychain truncates the file before it
# writes, so a kill -9 there would lose the test's keychain rather than test the vault).
FILE_KEYCHAIN = '''
import json, os
import keyring.backend, keyring.errors


class FileKeychain(keyring.backend.KeyringBackend):
    priority = 1
    encrypted_at_rest = True  # a test double's claim: the file lives in the test's temporary folder

    def _load(self):
        try:
            with open(os.environ["FL_HOSTILE_KEYCHAIN"], encoding="utf-8") as f:
                return json.load(f)
        except FileNotFoundError:
            return {}

    def _save(self, data):
        path = os.environ["FL_HOSTILE_KEYCHAIN"]
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(data, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(path + ".tmp", path)

    def get_password(self, service, username):
        return self._load().get(service + "/" + username)

    def set_password(self, service, username, password):
        self._save({**self._load(), service + "/" + username: password})

    def delete_password(self, service, username):
        data = self._load()
        if data.pop(service + "/" + username, None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._save(data)
'''


@pytest.fixture
def file_keychain(tmp_path, monkeypatch):
    """A keychain in a file that subprocesses share: ``.env`` for them, ``.backend`` for this process,
    ``.path`` the file."""
    import importlib.util
    from types import SimpleNamespace

    folder = tmp_path / "keychain-module"
    folder.mkdir()
    (folder / "fl_hostile_keychain.py").write_text(FILE_KEYCHAIN, encoding="utf-8")
    store = tmp_path / "keychain.json"
    monkeypatch.setenv("FL_HOSTILE_KEYCHAIN", str(store))
    spec = importlib.util.spec_from_file_location("fl_hostile_keychain", folder / "fl_hostile_keychain.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = os.pathsep.join([str(folder), *filter(None, [os.environ.get("PYTHONPATH")])])
    env = {"PYTHON_KEYRING_BACKEND": "fl_hostile_keychain.FileKeychain", "PYTHONPATH": path,
           "FL_HOSTILE_KEYCHAIN": str(store)}
    return SimpleNamespace(env=env, backend=module.FileKeychain(), path=store)
