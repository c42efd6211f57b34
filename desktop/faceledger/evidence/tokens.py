"""RFC 3161 timestamp tokens, offline: build a request for a SHA-256 digest, check a reply.

Used by ``faceledger.net.tsa`` (which does the one network call) and by bundle verification (which
needs no network). A reply is checked with rfc3161-client: status granted, the CMS signature, the
TSA certificate chain up to a root the user trusts, the nonce (when we sent one), and the message
imprint equal to the digest we asked to be stamped.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC

from faceledger.errors import FaceLedgerError


class TokenError(FaceLedgerError):
    """A timestamp reply that cannot be read at all (garbage, truncated, not a TimeStampResp)."""


class TokenRejected(FaceLedgerError):
    """A readable timestamp reply that does not verify (forged, wrong root, wrong digest, refused)."""


@dataclass(frozen=True)
class TokenInfo:
    gen_time: str  # ISO 8601, UTC
    serial: str
    digest_hex: str
    policy: str
    tsa_name: str | None
    certificates: tuple[bytes, ...]  # DER certificates embedded in the token (the TSA's, usually)


def new_nonce() -> int:
    return secrets.randbits(63) | 1


def build_request(digest: bytes, nonce: int) -> bytes:
    """DER TimeStampReq over an existing SHA-256 digest (rfc3161-client only hashes data itself)."""
    from asn1crypto import algos, tsp

    if len(digest) != 32:
        raise ValueError("a SHA-256 digest is 32 bytes")
    return tsp.TimeStampReq({
        "version": "v1",
        "message_imprint": {"hash_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                            "hashed_message": digest},
        "nonce": nonce,
        "cert_req": True,
    }).dump()


def _what_zh(what: str) -> str:
    """The ``what`` of load_pem_certificates in Chinese: "certificate file PATH", "TSA root certificate file"."""
    for en, zh in (("TSA root certificate file", "时间戳服务机构根证书文件"), ("certificate file", "证书文件")):
        if what.startswith(en):
            return zh + what[len(en):]
    return what


def load_pem_certificates(pem: bytes | str, what: str = "certificate file") -> list:
    from cryptography import x509

    data = pem.encode("ascii", "replace") if isinstance(pem, str) else pem
    try:
        certs = x509.load_pem_x509_certificates(data)
    except ValueError:
        certs = []
    if not certs:
        raise FaceLedgerError(f"The {what} holds no PEM certificate.",
                              "Give the TSA's root certificate in PEM form (-----BEGIN CERTIFICATE-----).",
                              zh=f"{_what_zh(what)} 中没有 PEM 格式的证书。",
                              hint_zh="请提供时间戳服务机构的 PEM 格式根证书（-----BEGIN CERTIFICATE-----）。")
    return certs


def _parse(reply: bytes):
    from rfc3161_client import decode_timestamp_response

    try:
        return decode_timestamp_response(bytes(reply))
    except Exception as err:  # noqa: BLE001 - the Rust parser raises ValueError and others
        raise TokenError(f"not a readable RFC 3161 timestamp reply ({type(err).__name__}: "
                         f"{str(err)[:160]})",
                         zh=f"不是可读取的 RFC 3161 时间戳回复（{type(err).__name__}: {str(err)[:160]}）") from None


def verify_reply(reply: bytes, digest: bytes, roots_pem: bytes | str, *, nonce: int | None = None) -> TokenInfo:
    """Check a TimeStampResp against ``digest`` and the trusted roots. Raises TokenError/TokenRejected."""
    from cryptography import x509
    from rfc3161_client import PKIStatus, VerificationError, VerifierBuilder

    resp = _parse(reply)
    try:
        status = PKIStatus(resp.status)
    except ValueError:
        status = None
    if status not in (PKIStatus.GRANTED, PKIStatus.GRANTED_WITH_MODS):
        raise TokenRejected(f"the TSA refused to stamp (status {resp.status})",
                            zh=f"时间戳服务机构拒绝加盖时间戳（状态 {resp.status}）")
    roots = load_pem_certificates(roots_pem, "TSA root certificate file")
    builder = VerifierBuilder(nonce=nonce, roots=[])
    seen = set()
    for root in roots:
        fp = root.fingerprint(_sha256())
        if fp not in seen:
            seen.add(fp)
            builder = builder.add_root_certificate(root)
    try:
        imprint = resp.tst_info.message_imprint
        algo = imprint.hash_algorithm.dotted_string
        if algo != "2.16.840.1.101.3.4.2.1":
            raise TokenRejected(f"the token uses hash algorithm {algo}, not SHA-256",
                                zh=f"令牌使用的哈希算法是 {algo}，不是 SHA-256")
        builder.build().verify(resp, digest)
        certs = tuple(bytes(c) for c in resp.signed_data.certificates)
        tst = resp.tst_info
        gen = tst.gen_time
        gen_iso = (gen if gen.tzinfo else gen.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
        name = None
        if certs:
            try:
                name = x509.load_der_x509_certificate(certs[0]).subject.rfc4514_string()
            except ValueError:
                name = None
        return TokenInfo(gen_time=gen_iso, serial=str(tst.serial_number), digest_hex=digest.hex(),
                         policy=tst.policy.dotted_string if tst.policy else "", tsa_name=name, certificates=certs)
    except VerificationError as err:
        raise TokenRejected(f"the token does not verify: {err}",
                            zh=f"令牌核验不通过：{err}") from None
    except TokenRejected:
        raise
    except Exception as err:  # noqa: BLE001 - malformed inner structures
        raise TokenError(f"the timestamp reply is malformed ({type(err).__name__}: {str(err)[:160]})",
                         zh=f"时间戳回复格式有误（{type(err).__name__}: {str(err)[:160]}）") from None


def _sha256():
    from cryptography.hazmat.primitives import hashes

    return hashes.SHA256()


def roots_that_issued(info: TokenInfo, roots_pem: bytes | str) -> str:
    """The PEM of the trusted root(s) that the token's certificates chain to (to keep with the token).

    Walks issuer names from the embedded certificates; falls back to all given roots when the chain
    cannot be followed by name (the token still verified against them).
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    roots = load_pem_certificates(roots_pem)
    embedded = [x509.load_der_x509_certificate(c) for c in info.certificates]
    by_subject = {}
    for c in embedded:
        by_subject.setdefault(c.subject, c)
    found = []
    for cert in embedded:
        issuer = cert.issuer
        hops = 0
        while issuer in by_subject and by_subject[issuer].issuer != issuer and hops < 8:
            issuer = by_subject[issuer].issuer
            hops += 1
        for r in roots:
            if r.subject == issuer and r not in found:
                found.append(r)
    chosen = found or roots
    return "".join(r.public_bytes(serialization.Encoding.PEM).decode("ascii") for r in chosen)


def certificates_pem(info: TokenInfo) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    return "".join(x509.load_der_x509_certificate(c).public_bytes(serialization.Encoding.PEM).decode("ascii")
                   for c in info.certificates)
