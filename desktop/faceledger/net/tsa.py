"""Ask a Time Stamping Authority (RFC 3161) to stamp a SHA-256 digest: the evidence log's only network call.

Nothing is sent until the user asks, and only the 32-byte digest leaves the machine (never an entry or
an exhibit). The reply is verified (see :mod:`faceledger.evidence.tokens`) before it is returned; a reply
that does not verify raises :class:`TokenRejected`, a server that is down, slow or answers garbage
raises :class:`TSAUnavailable` so that the caller can queue the stamp and retry later.
"""

from __future__ import annotations

from faceledger.errors import FaceLedgerError, zh_of
from faceledger.evidence.tokens import TokenError, TokenInfo, TokenRejected, build_request, new_nonce, verify_reply
from faceledger.net.http import NetworkError, request

__all__ = ["TSAUnavailable", "TokenRejected", "fetch_timestamp", "system_roots_pem"]

MAX_REPLY = 256 * 1024


class TSAUnavailable(FaceLedgerError):
    """The TSA could not be reached or did not give a usable answer; safe to retry later."""


def system_roots_pem() -> bytes:
    """The root certificates trusted for TSAs when the user gives none (the CA bundle requests uses)."""
    import certifi

    with open(certifi.where(), "rb") as f:
        return f.read()


def fetch_timestamp(url: str, digest: bytes, *, roots_pem: bytes | str | None = None,
                    timeout: float = 20.0) -> tuple[bytes, TokenInfo]:
    """POST a TimeStampReq for ``digest`` to ``url``; return (the DER reply, what it says) once verified."""
    nonce = new_nonce()
    body = build_request(digest, nonce)
    try:
        resp = request("POST", url, data=body, headers={"Content-Type": "application/timestamp-query",
                                                         "Accept": "application/timestamp-reply"},
                       timeout=(min(10.0, timeout), timeout), max_bytes=MAX_REPLY)
    except NetworkError as err:
        raise TSAUnavailable(f"The timestamp server {url} could not be used: {err.message}", err.hint,
                             zh=f"无法使用时间戳服务器 {url}：{zh_of(err)}",
                             hint_zh=err.hint_in("zh")) from None
    if resp.status_code != 200:
        raise TSAUnavailable(f"The timestamp server {url} answered HTTP {resp.status_code} {resp.reason or ''}".strip()
                             + ".", "Check the address; the stamp stays queued for a retry.",
                             zh=f"时间戳服务器 {url} 回应了 HTTP {resp.status_code} {resp.reason or ''}".strip() + "。",
                             hint_zh="请检查地址；时间戳请求仍在排队，稍后会重试。")
    ctype = (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if ctype and ctype not in ("application/timestamp-reply", "application/timestamp-response",
                               "application/octet-stream"):
        raise TSAUnavailable(f"The server {url} did not answer with a timestamp (it sent {ctype}).",
                             "Is this the TSA's address? The stamp stays queued for a retry.",
                             zh=f"服务器 {url} 回应的不是时间戳（而是 {ctype}）。",
                             hint_zh="这是时间戳服务机构的地址吗？时间戳请求仍在排队，稍后会重试。")
    reply = resp.content
    try:
        info = verify_reply(reply, digest, roots_pem if roots_pem is not None else system_roots_pem(), nonce=nonce)
    except TokenError as err:
        raise TSAUnavailable(f"The server {url} answered something that is not a usable timestamp: {err.message}.",
                             "The stamp stays queued for a retry.",
                             zh=f"服务器 {url} 回应的内容不是可用的时间戳：{zh_of(err)}。",
                             hint_zh="时间戳请求仍在排队，稍后会重试。") from None
    except TokenRejected as err:
        raise TokenRejected(f"The timestamp from {url} was rejected: {err.message}.",
                            "Nothing was stored. Check the TSA's root certificate (--ca-file).",
                            zh=f"来自 {url} 的时间戳被拒绝：{zh_of(err)}。",
                            hint_zh="没有保存任何内容。请检查时间戳服务机构的根证书。") from None
    return reply, info
