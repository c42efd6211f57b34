"""The vault key: a random 256-bit key per vault, kept in the OS keychain or wrapped by a passphrase.

This module alone talks to the OS keychain (through ``keyring``). Backends that store secrets in
plaintext (keyrings.alt's PlaintextKeyring and friends) and keyring's "fail" backend are refused
explicitly: then the passphrase route is offered instead, never a plaintext fallback.
"""

from __future__ import annotations

import base64
import json
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from faceledger.errors import RESTORE_HINT_ZH, InvalidValue, KeychainUnavailable, VaultCorrupt, WrongPassphrase

SERVICE = "FaceLedger"
KEY_BYTES = 32
# argon2id, RFC 9106 second recommended option (t=3, m=64 MiB, p=4): ~0.1 s here (stack.md §4)
ARGON2_T = 3
ARGON2_M_KIB = 64 * 1024
ARGON2_P = 4
MIN_PASSPHRASE = 8


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def derive(master: bytes, purpose: str, length: int = 32, salt: bytes | None = None) -> bytes:
    """A sub-key for one purpose (the database, the blob store, ...) from the vault's master key."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt,
                info=f"faceledger {purpose} v1".encode()).derive(master)


# ---------------------------------------------------------------- OS keychain

# The OS keychains (keyring's own backends): the secret is encrypted at rest by the system and unlocked with
# the user's session. Any other backend is judged by what it declares, never by its name.
KNOWN_GOOD_BACKENDS = frozenset({
    "keyring.backends.SecretService.Keyring", "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring", "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring", "keyring.backends.Windows.WinVaultKeyring",
})
MIN_PRIORITY = 1  # keyring's scale: below 1 is a fallback (keyrings.alt's files are 0.5 and 0.6)


def _backend_refusal(backend) -> str | None:
    """Why this keyring backend must not hold a vault key, or None when it may.

    Decided by properties, not by name: a backend is accepted when it is one of the OS keychains above, or
    when it declares ``encrypted_at_rest = True`` (a backend written for this, or a test's in-memory one);
    either way its priority must be at least 1. Anything else (keyrings.alt's plaintext and "encrypted"
    files, a plaintext backend under any other name) is refused, and the passphrase route is offered."""
    import keyring.backends.fail

    cls = type(backend)
    name = f"{cls.__module__}.{cls.__qualname__}"
    if isinstance(backend, keyring.backends.fail.Keyring):
        return "no keychain service is available on this system"
    try:
        from keyring.backends.chainer import ChainerBackend
    except ImportError:  # pragma: no cover
        ChainerBackend = None  # type: ignore[assignment,misc]
    if ChainerBackend is not None and isinstance(backend, ChainerBackend):
        inner = list(getattr(backend, "backends", []))
        if not inner:
            return "no keychain service is available on this system"
        for b in inner:
            why = _backend_refusal(b)
            if why:
                return why
        return None
    if name not in KNOWN_GOOD_BACKENDS and getattr(backend, "encrypted_at_rest", False) is not True:
        return f"the keyring backend {name} stores secrets in plaintext (it is not a known OS keychain)"
    try:
        if not backend.priority >= MIN_PRIORITY:
            return f"the keyring backend {name} is not usable here"
    except Exception:  # priority may raise when the backend cannot work
        return f"the keyring backend {name} is not usable here"
    return None


def keychain_status() -> tuple[bool, str]:
    """(usable, explanation)."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as err:  # broken keyring config
        return False, f"the keychain could not be loaded ({err})"
    why = _backend_refusal(backend)
    if why:
        return False, why
    return True, f"{type(backend).__module__}.{type(backend).__qualname__}"


_REASONS_ZH = (  # keychain_status()'s explanations, in Chinese
    (re.compile(r"no keychain service is available on this system"), "本系统没有可用的钥匙串服务"),
    (re.compile(r"the keyring backend (.+) stores secrets in plaintext \(it is not a known OS keychain\)"),
     r"钥匙串后端 \1 以明文保存密钥（它不是已知的系统钥匙串）"),
    (re.compile(r"the keyring backend (.+) is not usable here"), r"钥匙串后端 \1 在这里无法使用"),
    (re.compile(r"the keychain could not be loaded \((.*)\)", re.S), r"无法加载钥匙串（\1）"),
)


def keychain_reason_zh(why: str) -> str:
    """A reason of :func:`keychain_status` in Chinese (a backend's name is kept as it is)."""
    for pattern, zh in _REASONS_ZH:
        m = pattern.fullmatch(why)
        if m:
            return m.expand(zh)
    return why


def _account(vault_id: str) -> str:
    return f"vault:{vault_id}"


def keychain_store(vault_id: str, key: bytes, *, suffix: str = "") -> None:
    ok, why = keychain_status()
    if not ok:
        raise KeychainUnavailable(f"Cannot use the OS keychain: {why}.",
                                  "Keep the vault behind a passphrase instead: in the app choose the passphrase "
                                  "option; on the command line use `vault init --passphrase`, or leave out "
                                  "--keychain / --to-keychain.",
                                  zh=f"无法使用系统钥匙串：{keychain_reason_zh(why)}。",
                                  hint_zh=("请改用口令保护保险库：在应用中选择口令方式；"
                                           "命令行使用 vault init --passphrase，或去掉 --keychain / --to-keychain。"))
    import keyring

    try:
        keyring.set_password(SERVICE, _account(vault_id) + suffix, base64.b64encode(key).decode())
    except Exception as err:
        raise KeychainUnavailable(f"The OS keychain refused to store the vault key ({err}).",
                                  "Unlock your keychain and try again, or use a passphrase.",
                                  zh=f"系统钥匙串拒绝保存保险库密钥（{err}）。",
                                  hint_zh="请解锁钥匙串后重试，或改用口令。") from err


def keychain_load(vault_id: str, *, suffix: str = "") -> bytes | None:
    ok, why = keychain_status()
    if not ok:
        raise KeychainUnavailable(
            f"This vault's key is in the OS keychain, but the keychain cannot be used: {why}.",
            "Start or unlock your keychain (e.g. GNOME Keyring, KWallet, macOS Keychain) and try again; "
            "or restore a backup with `faceledger vault restore` and choose a passphrase.",
            zh=f"这个保险库的密钥保存在系统钥匙串中，但钥匙串无法使用：{keychain_reason_zh(why)}。",
            hint_zh=("请启动或解锁钥匙串（如 GNOME 钥匙环、KWallet、macOS 钥匙串）后重试；或从备份恢复保险库并改"
                     "用口令。"))
    import keyring

    try:
        value = keyring.get_password(SERVICE, _account(vault_id) + suffix)
    except Exception as err:
        raise KeychainUnavailable(f"The OS keychain is locked or refused access ({err}).",
                                  "Unlock your keychain and try again.",
                                  zh=f"系统钥匙串已锁定或拒绝访问（{err}）。",
                                  hint_zh="请解锁钥匙串后重试。") from err
    if value is None:
        return None
    try:
        key = base64.b64decode(value, validate=True)
    except ValueError as err:
        raise VaultCorrupt("The vault key in the OS keychain is damaged.",
                           "Restore the vault from a backup with `faceledger vault restore`.",
                           zh="系统钥匙串中的保险库密钥已损坏。",
                           hint_zh=RESTORE_HINT_ZH) from err
    return key


def keychain_delete(vault_id: str, *, suffix: str = "") -> None:
    import keyring

    try:
        keyring.delete_password(SERVICE, _account(vault_id) + suffix)
    except Exception:
        pass


# ---------------------------------------------------------------- passphrase wrapping

def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidValue(f"The passphrase is too short: use at least {MIN_PASSPHRASE} characters.",
                           field="passphrase",
                           zh=f"口令太短：至少需要 {MIN_PASSPHRASE} 个字符。")


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (strong)
    label_en: str
    label_zh: str


def passphrase_strength(passphrase: str) -> Strength:
    """A rough hint for the UI: length and variety (a long phrase of words beats symbols)."""
    n = len(passphrase)
    classes = sum([any(c.islower() for c in passphrase), any(c.isupper() for c in passphrase),
                   any(c.isdigit() for c in passphrase), any(not c.isalnum() for c in passphrase),
                   any(ord(c) > 0x2E80 for c in passphrase)])
    distinct = len(set(passphrase))
    score = 0
    if n >= MIN_PASSPHRASE and distinct >= 5:
        score = 1
    if n >= 12 and classes >= 2 and distinct >= 8:
        score = 2
    if n >= 16 and classes >= 2 and distinct >= 10:
        score = 3
    if n >= 20 and classes >= 3 and distinct >= 12:
        score = 4
    labels = [("very weak", "非常弱"), ("weak", "弱"), ("fair", "一般"), ("good", "较强"), ("strong", "强")]
    return Strength(score, *labels[score])


def _kek(passphrase: str, salt: bytes, t: int, m: int, p: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=t, memory_cost=m,
                           parallelism=p, hash_len=32, type=Type.ID)


def wrap_key(key: bytes, passphrase: str, *, aad: bytes = b"faceledger vault key") -> dict:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _kek(passphrase, salt, ARGON2_T, ARGON2_M_KIB, ARGON2_P)
    wrapped = AESGCM(kek).encrypt(nonce, key, aad)
    return {"kdf": "argon2id", "t": ARGON2_T, "m_kib": ARGON2_M_KIB, "p": ARGON2_P,
            "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode(),
            "wrapped": base64.b64encode(wrapped).decode(), "cipher": "AES-256-GCM"}


def unwrap_key(blob: dict, passphrase: str, *, aad: bytes = b"faceledger vault key") -> bytes:
    try:
        if blob.get("kdf") != "argon2id":
            raise ValueError("unknown kdf")
        t, m, p = int(blob["t"]), int(blob["m_kib"]), int(blob["p"])
        if not (1 <= t <= 20 and 8 * 1024 <= m <= 4 * 1024 * 1024 and 1 <= p <= 16):
            raise ValueError("kdf parameters out of range")
        salt = base64.b64decode(blob["salt"])
        nonce = base64.b64decode(blob["nonce"])
        wrapped = base64.b64decode(blob["wrapped"])
    except (KeyError, ValueError, TypeError) as err:
        raise VaultCorrupt("The key file is damaged or not a FaceLedger key file.",
                           "Restore the vault from a backup with `faceledger vault restore`.",
                           zh="密钥文件已损坏，或不是人脸账本的密钥文件。",
                           hint_zh=RESTORE_HINT_ZH) from err
    kek = _kek(passphrase, salt, t, m, p)
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, aad)
    except InvalidTag:
        raise WrongPassphrase("Wrong passphrase: the vault was not opened and nothing was changed.",
                              "Check the passphrase (keyboard layout, caps lock) and try again.",
                              zh="口令错误：保险库没有打开，也未做任何更改。",
                              hint_zh="请检查口令（键盘布局、大写锁定）后重试。") from None


def write_keyfile(path: Path, blob: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as f:
        json.dump({"format": "faceledger-keyfile", "version": 1, **blob}, f, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def read_keyfile(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        raise VaultCorrupt(f"The vault's key file is missing ({path}).",
                           "Restore the vault from a backup with `faceledger vault restore`.",
                           zh=f"保险库的密钥文件不见了（{path}）。",
                           hint_zh=RESTORE_HINT_ZH) from None
    except (OSError, ValueError) as err:
        raise VaultCorrupt(f"The vault's key file cannot be read ({err}).",
                           "Restore the vault from a backup with `faceledger vault restore`.",
                           zh=f"无法读取保险库的密钥文件（{err}）。",
                           hint_zh=RESTORE_HINT_ZH) from err
    if not isinstance(data, dict) or data.get("format") != "faceledger-keyfile":
        raise VaultCorrupt("The vault's key file is not a FaceLedger key file.",
                           "Restore the vault from a backup with `faceledger vault restore`.",
                           zh="保险库的密钥文件不是人脸账本的密钥文件。",
                           hint_zh=RESTORE_HINT_ZH)
    return data


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
