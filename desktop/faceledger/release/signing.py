"""Signing a release: SHA256SUMS over every artifact, and its minisign signature with the release key.

The secret key never lives in the repository. The build reads it from ``FACELEDGER_RELEASE_KEY_FILE``
(a path to a minisign secret key file) or ``FACELEDGER_RELEASE_KEY`` (that file's text itself, for CI
secrets); a password-protected key (``minisign -G``) takes its password from
``FACELEDGER_RELEASE_KEY_PASSWORD``.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from faceledger import __version__
from faceledger.errors import FaceLedgerError
from faceledger.release.checksums import SIGNATURE_SUFFIX, SUMS_NAME, compute_sums, format_sums
from faceledger.release.minisign import PublicKey, SecretKey

ENV_KEY_FILE = "FACELEDGER_RELEASE_KEY_FILE"
ENV_KEY_TEXT = "FACELEDGER_RELEASE_KEY"
ENV_KEY_PASSWORD = "FACELEDGER_RELEASE_KEY_PASSWORD"


class SigningError(FaceLedgerError):
    pass


@dataclass(frozen=True)
class SignedRelease:
    folder: Path
    sums: Path
    signature: Path
    artifacts: list[str]
    key_id: str


def generate_keypair(secret_path: Path, public_path: Path) -> PublicKey:
    """Make a new release key: the secret key file readable by its owner only (mode 600)."""
    for p in (secret_path, public_path):
        if p.exists():
            raise SigningError(f"{p} already exists; refusing to overwrite a key.")
    key = SecretKey.generate()
    secret_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(secret_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(key.to_file_text("minisign secret key of the FaceLedger releases (unencrypted)"))
    public_path.write_text(key.public_key().to_file_text(), encoding="ascii")
    return key.public_key()


def load_release_key(environ: dict[str, str] | None = None) -> SecretKey:
    env = os.environ if environ is None else environ
    password = env.get(ENV_KEY_PASSWORD)
    pw = password.encode("utf-8") if password else None
    if env.get(ENV_KEY_TEXT):
        return SecretKey.from_file_text(env[ENV_KEY_TEXT], pw)
    path = env.get(ENV_KEY_FILE)
    if not path:
        raise SigningError("No release key: set FACELEDGER_RELEASE_KEY_FILE to the minisign secret key file "
                           "(or FACELEDGER_RELEASE_KEY to its text).",
                           "Build with --unsigned for a local test build.")
    p = Path(path).expanduser()
    try:
        text = p.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as err:
        raise SigningError(f"Cannot read the release key {p}: {err}.") from None
    if os.name == "posix" and p.stat().st_mode & 0o077:
        raise SigningError(f"The release key {p} is readable by other users.", f"Run: chmod 600 {p}")
    return SecretKey.from_file_text(text, pw)


def artifact_names(folder: Path) -> list[str]:
    """Every regular file of the release folder except the sums and signatures themselves."""
    names = []
    for p in sorted(folder.rglob("*")):
        if not p.is_file():
            continue
        rel = p.relative_to(folder).as_posix()
        if rel == SUMS_NAME or rel.endswith(SIGNATURE_SUFFIX):
            continue
        names.append(rel)
    return names


def sign_bytes(key: SecretKey, data: bytes, file_name: str) -> str:
    comment = f"timestamp:{int(time.time())}\tfile:{file_name}\thashed\tFaceLedger {__version__}"
    untrusted = f"signature from FaceLedger release key {key.public_key().key_id_hex}"
    return key.sign(data, comment, untrusted_comment=untrusted)


def sign_file(key: SecretKey, path: Path) -> Path:
    sig = path.with_name(path.name + SIGNATURE_SUFFIX)
    sig.write_text(sign_bytes(key, path.read_bytes(), path.name), encoding="utf-8")
    return sig


def sign_release(folder: Path, key: SecretKey) -> SignedRelease:
    """Write ``SHA256SUMS`` over every artifact in ``folder`` and ``SHA256SUMS.minisig``."""
    names = artifact_names(folder)
    if not names:
        raise SigningError(f"{folder} holds no artifacts to sign.")
    sums = folder / SUMS_NAME
    sums.write_text(format_sums(compute_sums(folder, names)), encoding="utf-8")
    sig = sign_file(key, sums)
    return SignedRelease(folder, sums, sig, names, key.public_key().key_id_hex)
