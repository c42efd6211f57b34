"""The one place FaceLedger talks to a network. Only code under faceledger/net imports requests.

Every request: an explicit timeout, the system proxy (requests honours HTTP(S)_PROXY / NO_PROXY and,
on Windows/macOS, the system settings through urllib), a plain user agent, and failures turned into
a :class:`NetworkError` with a message the user can act on.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from faceledger import __version__
from faceledger.errors import FaceLedgerError

USER_AGENT = f"FaceLedger/{__version__}"
DEFAULT_TIMEOUT = (5.0, 20.0)  # connect, read (seconds)
MAX_RESPONSE = 16 * 1024 * 1024
DEFAULT_DEADLINE = 60.0  # seconds for a whole request, however the server drips


class NetworkError(FaceLedgerError):
    """The network or the server failed; nothing local was lost. Safe to retry later."""


def session():
    import requests

    s = requests.Session()
    s.headers["User-Agent"] = USER_AGENT
    s.trust_env = True  # system proxy settings
    return s


def request(method: str, url: str, *, timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
            max_bytes: int = MAX_RESPONSE, deadline: float = DEFAULT_DEADLINE, **kwargs: Any):
    """Do one HTTP request and return the response with its body read (at most ``max_bytes``).

    ``timeout`` bounds each wait for the server; ``deadline`` bounds the whole request (headers, redirects and
    body), so a server that sends one byte every few seconds cannot hold the app: the request runs in a daemon
    thread, and at the deadline its connection is closed and the caller is told."""
    if not url.lower().startswith(("http://", "https://")):
        raise NetworkError(f"Not a web address: {url!r} (it must start with http:// or https://).",
                           zh=f"不是网址：{url!r}（必须以 http:// 或 https:// 开头）。")
    s = session()
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["resp"] = _request(s, method, url, timeout, max_bytes, **kwargs)
        except BaseException as err:  # noqa: BLE001 - handed to the caller's thread
            box["err"] = err

    t = threading.Thread(target=run, name="faceledger-http", daemon=True)
    t.start()
    t.join(deadline)
    if t.is_alive():
        box["late"] = True
        with contextlib.suppress(Exception):
            s.close()
        secs = max(1, round(deadline))
        raise NetworkError(f"The server at {url} did not finish answering within {secs} seconds; gave up.",
                           "The server or the connection is very slow; try again later.",
                           zh=f"{url} 的服务器在 {secs} 秒内没有完成回应，已放弃。",
                           hint_zh="服务器或网络连接很慢，请稍后再试。")
    s.close()
    if "err" in box:
        raise box["err"]
    return box["resp"]


def _request(s, method: str, url: str, timeout, max_bytes: int, **kwargs: Any):
    import requests

    try:
        resp = s.request(method, url, timeout=timeout, stream=True, **kwargs)
        chunks, total = [], 0
        for chunk in resp.iter_content(65536):
            total += len(chunk)
            if total > max_bytes:
                resp.close()
                raise NetworkError(f"The server at {url} sent more than {max_bytes // 1024} KiB; refused.",
                                   zh=f"{url} 的服务器发来的数据超过 {max_bytes // 1024} KiB，已拒绝。")
            chunks.append(chunk)
        resp._content = b"".join(chunks)  # noqa: SLF001 - body already consumed above
        return resp
    except requests.exceptions.TooManyRedirects:
        raise NetworkError(f"The server at {url} redirects in a loop (over {s.max_redirects} redirects).",
                           "The address is probably wrong or the server misconfigured; check it.",
                           zh=f"{url} 的服务器不断重定向，陷入循环（超过 {s.max_redirects} 次）。",
                           hint_zh="地址可能有误，或者服务器配置错误；请检查地址。") from None
    except requests.exceptions.Timeout:
        raise NetworkError(f"The server at {url} did not answer in time.",
                           "Check your connection (and proxy) and try again later.",
                           zh=f"{url} 的服务器没有及时回应。",
                           hint_zh="请检查网络连接（和代理设置），稍后再试。") from None
    except requests.exceptions.SSLError as err:
        raise NetworkError(f"The secure connection to {url} failed: {err}.",
                           "Check the address and your system's date and certificates.",
                           zh=f"与 {url} 的安全连接失败：{err}。",
                           hint_zh="请检查地址，以及本机的日期和证书。") from None
    except requests.exceptions.ConnectionError:
        raise NetworkError(f"Could not connect to {url}.",
                           "Check your connection (and proxy) and try again later.",
                           zh=f"无法连接到 {url}。",
                           hint_zh="请检查网络连接（和代理设置），稍后再试。") from None
    except requests.exceptions.RequestException as err:
        raise NetworkError(f"The request to {url} failed: {err}.",
                           zh=f"向 {url} 发出的请求失败：{err}。") from None
