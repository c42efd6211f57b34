"""minisign's file formats (https://jedisct1.github.io/minisign/), implemented with `cryptography`.

Ed25519 keys and signatures, byte-compatible with the `minisign` tool, so anyone can check our releases
with ``minisign -Vm SHA256SUMS -P <public key>``:

- public key: ``untrusted comment: ...`` then base64("Ed" | key id (8) | public key (32))
- secret key: ``untrusted comment: ...`` then base64("Ed" | kdf "Sc" or 00 00 | "B2" | salt (32) |
  opslimit (8, LE) | memlimit (8, LE) | [key id (8) | seed+public (64) | BLAKE2b-256 checksum (32)]),
  the bracketed part XOR-ed with a scrypt stream when the key has a password
- signature: ``untrusted comment: ...``, base64("ED" | key id | Ed25519(BLAKE2b-512(message))),
  ``trusted comment: TEXT``, base64(Ed25519(signature | TEXT)); legacy "Ed" signs the message itself.

Every parse error is a :class:`MinisignFormatError` naming what is wrong; nothing here trusts its input.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from dataclasses import dataclass

from faceledger.errors import FaceLedgerError

ALG_EDDSA = b"Ed"  # legacy signature (the message itself) and the key algorithm
ALG_PREHASHED = b"ED"  # signature over BLAKE2b-512 of the message (minisign's default)
KDF_NONE = b"\x00\x00"
KDF_SCRYPT = b"Sc"
CHK_BLAKE2B = b"B2"
UNTRUSTED = "untrusted comment: "
TRUSTED = "trusted comment: "
MAX_SIGNATURE_FILE = 64 * 1024


class MinisignFormatError(FaceLedgerError):
    """A key or signature file is not in minisign's format."""


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes
    key: bytes  # 32 bytes, raw Ed25519

    @property
    def key_id_hex(self) -> str:
        """The id as minisign prints it (little-endian, upper-case hex)."""
        return key_id_hex(self.key_id)

    def base64(self) -> str:
        return base64.b64encode(ALG_EDDSA + self.key_id + self.key).decode("ascii")

    def to_file_text(self) -> str:
        return f"{UNTRUSTED}minisign public key {self.key_id_hex}\n{self.base64()}\n"

    @classmethod
    def from_base64(cls, text: str) -> PublicKey:
        raw = _b64(text.strip(), "public key")
        if len(raw) != 42 or raw[:2] != ALG_EDDSA:
            raise MinisignFormatError("This is not a minisign public key (wrong length or algorithm).")
        return cls(key_id=raw[2:10], key=raw[10:42])

    @classmethod
    def from_file_text(cls, text: str) -> PublicKey:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if len(lines) == 1:  # the bare base64 line, as given to `minisign -P`
            return cls.from_base64(lines[0])
        if len(lines) != 2 or not lines[0].startswith(UNTRUSTED):
            raise MinisignFormatError("A minisign public key file has two lines: a comment and the key.")
        return cls.from_base64(lines[1])


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes  # 8 bytes
    seed: bytes  # 32 bytes (minisign stores seed | public key, libsodium's 64-byte secret key)

    def public_key(self) -> PublicKey:
        return PublicKey(self.key_id, _public_from_seed(self.seed))

    def to_file_text(self, comment: str = "minisign secret key (unencrypted)") -> str:
        """An unencrypted key file, as ``minisign -G -W`` writes (minisign reads it without a password)."""
        sk = self.seed + self.public_key().key
        chk = _checksum(self.key_id, sk)
        raw = (ALG_EDDSA + KDF_NONE + CHK_BLAKE2B + bytes(32) + bytes(8) + bytes(8)
               + self.key_id + sk + chk)
        return f"{UNTRUSTED}{comment}\n{base64.b64encode(raw).decode('ascii')}\n"

    @classmethod
    def generate(cls) -> SecretKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

        seed = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        return cls(key_id=os.urandom(8), seed=seed)

    @classmethod
    def from_file_text(cls, text: str, password: bytes | None = None) -> SecretKey:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if len(lines) != 2 or not lines[0].startswith(UNTRUSTED):
            raise MinisignFormatError("A minisign secret key file has two lines: a comment and the key.")
        raw = _b64(lines[1], "secret key")
        if len(raw) != 158 or raw[:2] != ALG_EDDSA or raw[4:6] != CHK_BLAKE2B:
            raise MinisignFormatError("This is not a minisign Ed25519 secret key (wrong length or algorithm).")
        kdf, salt = raw[2:4], raw[6:38]
        ops = int.from_bytes(raw[38:46], "little")
        mem = int.from_bytes(raw[46:54], "little")
        keynum = raw[54:158]
        if kdf == KDF_SCRYPT:
            if password is None:
                raise MinisignFormatError(
                    "This secret key is protected by a password.",
                    "Set FACELEDGER_RELEASE_KEY_PASSWORD to its password.")
            stream = _scrypt_stream(password, salt, ops, mem, len(keynum))
            keynum = bytes(a ^ b for a, b in zip(keynum, stream, strict=True))
        elif kdf != KDF_NONE:
            raise MinisignFormatError("This secret key uses an unknown key derivation.")
        key_id, sk, chk = keynum[:8], keynum[8:72], keynum[72:104]
        # minisign -W leaves the checksum of an unencrypted key empty; check it whenever it is there
        if (kdf == KDF_SCRYPT or chk != bytes(32)) and not hmac.compare_digest(chk, _checksum(key_id, sk)):
            if kdf == KDF_SCRYPT:
                raise MinisignFormatError("Wrong password for this secret key (or the file is damaged).")
            raise MinisignFormatError("The secret key file is damaged (its checksum does not match).")
        key = cls(key_id=key_id, seed=sk[:32])
        if key.public_key().key != sk[32:]:
            raise MinisignFormatError("The secret key file is damaged (its public half does not match).")
        return key

    def sign(self, message: bytes, trusted_comment: str,
             untrusted_comment: str = "signature from minisign secret key") -> str:
        """The text of a ``.minisig`` file for ``message`` (prehashed, as minisign signs by default)."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        if "\n" in trusted_comment or "\r" in trusted_comment or "\n" in untrusted_comment:
            raise MinisignFormatError("A signature comment must be a single line.")
        priv = Ed25519PrivateKey.from_private_bytes(self.seed)
        sig = priv.sign(hashlib.blake2b(message, digest_size=64).digest())
        global_sig = priv.sign(sig + trusted_comment.encode("utf-8"))
        return (f"{UNTRUSTED}{untrusted_comment}\n"
                f"{base64.b64encode(ALG_PREHASHED + self.key_id + sig).decode('ascii')}\n"
                f"{TRUSTED}{trusted_comment}\n"
                f"{base64.b64encode(global_sig).decode('ascii')}\n")


@dataclass(frozen=True)
class Signature:
    algorithm: bytes  # "ED" (prehashed) or "Ed" (legacy)
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)

    @classmethod
    def parse(cls, data: bytes) -> Signature:
        if len(data) > MAX_SIGNATURE_FILE:
            raise MinisignFormatError("The signature file is far too large to be a minisign signature.",
                                      zh="签名文件太大，不可能是 minisign 签名。")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise MinisignFormatError("The signature file is not text; it is not a minisign signature.",
                                      zh="签名文件不是文本，不是 minisign 签名。") from None
        lines = text.splitlines()
        while lines and not lines[-1].strip():
            lines.pop()
        if len(lines) != 4 or not lines[0].startswith(UNTRUSTED) or not lines[2].startswith(TRUSTED):
            raise MinisignFormatError(
                "The signature file is not in minisign's format (four lines: untrusted comment, "
                "signature, trusted comment, global signature).",
                zh="签名文件不是 minisign 格式（应有四行：不可信注释、签名、可信注释、全局签名）。")
        raw = _b64(lines[1], "signature")
        if len(raw) != 74 or raw[:2] not in (ALG_PREHASHED, ALG_EDDSA):
            raise MinisignFormatError("The signature line has the wrong length or an unknown algorithm.",
                                      zh="签名行的长度不对，或使用了未知的算法。")
        global_sig = _b64(lines[3], "global signature")
        if len(global_sig) != 64:
            raise MinisignFormatError("The global signature (last line) has the wrong length.",
                                      zh="全局签名（最后一行）的长度不对。")
        return cls(algorithm=raw[:2], key_id=raw[2:10], signature=raw[10:74],
                   trusted_comment=lines[2][len(TRUSTED):], global_signature=global_sig)


class SignatureInvalid(FaceLedgerError):
    """A signature does not verify; ``reason`` says which part failed."""


def verify(message: bytes, signature: Signature, public_key: PublicKey) -> None:
    """Raise :class:`SignatureInvalid` unless ``signature`` is ``public_key``'s over ``message``.

    Checks, in order: the key id (a different key signed it), the signature over the message (the
    message or the signature was changed), and the global signature over the trusted comment.
    """
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if not hmac.compare_digest(signature.key_id, public_key.key_id):
        raise SignatureInvalid(
            f"Signed by a different key (key id {signature.key_id_hex}); "
            f"FaceLedger's release key is {public_key.key_id_hex}.",
            "Do not use these files: they were not signed by the FaceLedger project.",
            zh=(f"由另一个密钥签名（密钥编号 {signature.key_id_hex}）；人脸账本的发布密钥是 "
                f"{public_key.key_id_hex}。"),
            hint_zh="不要使用这些文件：它们不是人脸账本项目签名的。")
    pub = Ed25519PublicKey.from_public_bytes(public_key.key)
    signed = (hashlib.blake2b(message, digest_size=64).digest()
              if signature.algorithm == ALG_PREHASHED else message)
    try:
        pub.verify(signature.signature, signed)
    except InvalidSignature:
        raise SignatureInvalid(
            "The signature does not match the signed file: the file or its signature was changed.",
            "Do not use these files; download them again from the project's release page.",
            zh="签名与所签的文件不符：文件或签名被改动过。",
            hint_zh="不要使用这些文件；请从项目的发布页面重新下载。") from None
    try:
        pub.verify(signature.global_signature, signature.signature + signature.trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise SignatureInvalid(
            "The signature's trusted comment was changed (its global signature does not match).",
            "Do not use these files; download them again from the project's release page.",
            zh="签名的可信注释被改动过（其全局签名不符）。",
            hint_zh="不要使用这些文件；请从项目的发布页面重新下载。") from None


def key_id_hex(key_id: bytes) -> str:
    return key_id[::-1].hex().upper()


def _public_from_seed(seed: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _checksum(key_id: bytes, sk: bytes) -> bytes:
    return hashlib.blake2b(ALG_EDDSA + key_id + sk, digest_size=32).digest()


def _scrypt_stream(password: bytes, salt: bytes, opslimit: int, memlimit: int, length: int) -> bytes:
    """libsodium's crypto_pwhash_scryptsalsa208sha256 (its opslimit/memlimit -> N, r, p mapping)."""
    n_log2, r, p = _scrypt_params(opslimit, memlimit)
    return hashlib.scrypt(password, salt=salt, n=1 << n_log2, r=r, p=p,
                          maxmem=(128 * r * ((1 << n_log2) + p + 2)) + (1 << 20), dklen=length)


def _scrypt_params(opslimit: int, memlimit: int) -> tuple[int, int, int]:
    opslimit = max(opslimit, 32768)
    r = 8
    if opslimit < memlimit // 32:
        p = 1
        max_n = opslimit // (r * 4)
        n_log2 = 1
        while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
            n_log2 += 1
    else:
        max_n = memlimit // (r * 128)
        n_log2 = 1
        while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
            n_log2 += 1
        max_rp = min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF)
        p = max(max_rp // r, 1)
    return n_log2, r, p


_B64_WHAT_ZH = {"public key": "公钥", "secret key": "私钥", "signature": "签名", "global signature": "全局签名"}


def _b64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise MinisignFormatError(f"The {what} is not valid base64.",
                                  zh=f"{_B64_WHAT_ZH.get(what, what)}不是有效的 base64。") from None
