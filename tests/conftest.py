"""Shared fixtures: every test gets its own data folder and an in-memory keychain."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import keyring.errors  # noqa: E402
import pytest  # noqa: E402


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory keychain (stack.md §4) so tests never touch a real one."""

    priority = 1  # type: ignore[assignment]
    encrypted_at_rest = True  # nothing is written anywhere (vault/keys.py accepts backends by this property)

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("flhome")
    monkeypatch.setenv("FACELEDGER_HOME", str(home))
    monkeypatch.delenv("FACELEDGER_PASSPHRASE", raising=False)
    monkeypatch.delenv("FACELEDGER_VAULT", raising=False)
    yield home


@pytest.fixture(autouse=True)
def mem_keyring():
    old = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(old)


@pytest.fixture
def fl_home(_isolated_home):
    return _isolated_home


@pytest.fixture
def vault(mem_keyring):
    """A fresh keychain-backed vault named 'default'."""
    from faceledger.vault.store import create_vault

    v = create_vault("default")
    yield v
    v.close()


@pytest.fixture(autouse=True, scope="session")
def _qapplication(qapp):
    """One QApplication for the whole run, made before anything else can make a bare QGuiApplication
    (PDF rendering outside the GUI does that), which would make every later QWidget abort."""
    return qapp


@pytest.fixture(scope="session")
def astro_png() -> Path:
    """scikit-image's astronaut portrait (public domain), shipped with the test dependency."""
    import skimage

    p = Path(skimage.__file__).parent / "data" / "astronaut.png"
    assert p.is_file()
    return p
