"""The vault's Ed25519 evidence key: kept in the vault's encrypted secrets, like the vault's other keys.

The private key never leaves the vault; bundles carry the public key (PEM) and the SHA-256 of its raw
32 bytes, which every case header records so that a replaced key is exposed.
"""

from __future__ import annotations

import hashlib

from faceledger.vault.store import Vault

SECRET_NAME = "evidence_ed25519"


def _private(vault: Vault):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    raw = vault.get_secret(SECRET_NAME)
    if raw is None:
        key = Ed25519PrivateKey.generate()
        from cryptography.hazmat.primitives import serialization

        raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
        vault.set_secret(SECRET_NAME, raw)
        raw = vault.get_secret(SECRET_NAME)  # another writer may have won the race: use the stored one
    return Ed25519PrivateKey.from_private_bytes(bytes(raw))


def public_raw(vault: Vault) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return _private(vault).public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint_of_raw(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def fingerprint(vault: Vault) -> str:
    return fingerprint_of_raw(public_raw(vault))


def public_pem(vault: Vault) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return _private(vault).public_key().public_bytes(serialization.Encoding.PEM,
                                                     serialization.PublicFormat.SubjectPublicKeyInfo)


def sign(vault: Vault, data: bytes) -> bytes:
    return _private(vault).sign(data)


def verify(public_key_pem: bytes, signature: bytes, data: bytes) -> tuple[bool, str | None]:
    """Check an Ed25519 signature. Returns (ok, fingerprint of the key or None if it is not a key)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = serialization.load_pem_public_key(public_key_pem)
    except (ValueError, TypeError):
        return False, None
    if not isinstance(key, Ed25519PublicKey):
        return False, None
    fp = fingerprint_of_raw(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False, fp
    return True, fp
