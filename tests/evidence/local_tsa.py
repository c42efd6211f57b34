"""A real RFC 3161 Time Stamping Authority on 127.0.0.1: `openssl ts -reply` behind http.server.

Recipe from stack.md §6 (and no ``certs =`` line: openssl writes that SET OF unsorted and rfc3161-client's
strict DER parser rejects it). Modes let a test make the TSA slow, down, answer garbage or an HTTP error,
or sign with a forged TSA (its own CA, not the one the client trusts).
"""

from __future__ import annotations

import http.server
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

CNF = """
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[v3_ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[v3_tsa]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[tsa]
default_tsa = tsa_config1
[tsa_config1]
dir = {dir}
serial = {dir}/serial
crypto_device = builtin
signer_cert = {dir}/tsa.crt
signer_key = {dir}/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.5
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def _run(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_authority(d: Path, name: str) -> Path:
    """A root CA and a TSA certificate it issued, in folder ``d``."""
    d.mkdir(parents=True, exist_ok=True)
    (d / "tsa.cnf").write_text(CNF.format(dir=d))
    (d / "serial").write_text("01\n")
    _run("req", "-x509", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
         "-keyout", "ca.key", "-out", "ca.crt", "-days", "3650", "-subj", f"/CN={name} Root CA",
         "-config", "tsa.cnf", "-extensions", "v3_ca", cwd=d)
    _run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "tsa.key",
         "-out", "tsa.csr", "-subj", f"/CN={name} TSA", "-config", "tsa.cnf", cwd=d)
    _run("x509", "-req", "-in", "tsa.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
         "-out", "tsa.crt", "-days", "3650", "-extfile", "tsa.cnf", "-extensions", "v3_tsa", cwd=d)
    return d


@dataclass
class LocalTSA:
    root: Path
    url: str = ""
    mode: str = "ok"  # ok | slow | garbage | html | http500 | forged | refuse
    delay: float = 3.0
    requests: int = 0
    server: http.server.ThreadingHTTPServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def ca_file(self) -> Path:
        return self.root / "good" / "ca.crt"

    @property
    def tsa_cert(self) -> Path:
        return self.root / "good" / "tsa.crt"

    @property
    def ca_pem(self) -> bytes:
        return self.ca_file.read_bytes()

    def reply(self, query: bytes) -> bytes:
        authority = self.root / ("forged" if self.mode == "forged" else "good")
        with tempfile.TemporaryDirectory() as tmp, self._lock:
            q = Path(tmp) / "q.tsq"
            q.write_bytes(query)
            r = Path(tmp) / "r.tsr"
            subprocess.run(["openssl", "ts", "-reply", "-config", str(authority / "tsa.cnf"), "-section",
                            "tsa_config1", "-queryfile", str(q), "-out", str(r)], check=True, capture_output=True)
            return r.read_bytes()


def start(root: Path) -> LocalTSA:
    if not shutil.which("openssl"):
        raise RuntimeError("openssl is needed for the local TSA (apt-get install openssl)")
    make_authority(root / "good", "FaceLedger Test")
    make_authority(root / "forged", "FaceLedger Test")  # same names, different keys: a forgery
    tsa = LocalTSA(root)

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a):  # quiet
            pass

        def do_POST(self):  # noqa: N802
            tsa.requests += 1
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            if self.headers.get("Content-Type") != "application/timestamp-query":
                return self._send(400, b"bad content type", "text/plain")
            mode = tsa.mode
            if mode == "slow":
                time.sleep(tsa.delay)
            if mode == "http500":
                return self._send(500, b"internal error", "text/plain")
            if mode == "html":
                return self._send(200, b"<html>captive portal</html>", "text/html")
            if mode == "garbage":
                return self._send(200, b"\x30\x82\x01\x00garbage" * 10, "application/timestamp-reply")
            if mode == "refuse":
                return self._send(200, bytes.fromhex("3003020102"), "application/timestamp-reply")
            self._send(200, tsa.reply(body), "application/timestamp-reply")

        def _send(self, code: int, body: bytes, ctype: str) -> None:
            try:
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    tsa.server = srv
    tsa.url = f"http://127.0.0.1:{srv.server_address[1]}/tsr"
    return tsa


def free_port_url() -> str:
    """An address where nothing listens (the TSA is down)."""
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}/tsr"


def running(root: Path):
    """A fixture body: the TSA, stopped when the fixture ends (``yield from local_tsa.running(folder)``)."""
    tsa = start(root)
    yield tsa
    tsa.server.shutdown()
    tsa.server.server_close()
