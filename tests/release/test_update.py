"""The update check against a local HTTP server on 127.0.0.1 with good and bad manifests."""

from __future__ import annotations

import http.server
import json
import threading
from pathlib import Path

import pytest
from faceledger.cli import main
from faceledger.net.http import NetworkError
from faceledger.net.update import UpdateRejected, check_for_update, current_platform
from faceledger.release.manifest import manifest_bytes
from faceledger.release.signing import sign_bytes

SHA = "ab" * 32


class _Server:
    """Serves a dict {path: bytes} and records every path asked for."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.requests: list[str] = []
        files, requests = self.files, self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                requests.append(self.path)
                body = files.get(self.path)
                if body is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02},
                                       daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server(monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    s = _Server()
    yield s
    s.close()


def _artifacts():
    return [{"platform": current_platform(), "name": "faceledger-0.2.0-x.tar.gz",
             "url": "https://example.org/faceledger-0.2.0-x.tar.gz", "sha256": SHA, "size": 123},
            {"platform": "windows-x86_64", "name": "faceledger-0.2.0-win.zip",
             "url": "https://example.org/faceledger-0.2.0-win.zip", "sha256": SHA, "size": 456}]


def publish(server, key, body: bytes, sign: bool = True, path="/update.json"):
    server.files[path] = body
    if sign:
        server.files[path + ".minisig"] = sign_bytes(key, body, "update.json").encode()
    return server.base + path


def check(url, key, tmp_path, current="0.1.0"):
    return check_for_update(url, public_key=key.public_key(), current_version=current,
                            state_path=tmp_path / "state.json")


def test_update_available(server, test_key, tmp_path):
    url = publish(server, test_key, manifest_bytes("0.2.0", _artifacts(), date="2026-12-01T00:00:00Z",
                                                   notes_url="https://example.org/notes"))
    status = check(url, test_key, tmp_path)
    assert status.update_available and status.latest_version == "0.2.0"
    assert status.artifact_for_this_platform().name == "faceledger-0.2.0-x.tar.gz"
    assert "0.2.0" in status.summary("en") and "0.2.0" in status.summary("zh")
    assert str(status) == f"{status.text().zh}\n{status.text().en}"
    # only the manifest and its signature were fetched: nothing is downloaded
    assert sorted(server.requests) == ["/update.json", "/update.json.minisig"]
    assert json.loads((tmp_path / "state.json").read_text())["version"] == "0.2.0"


def test_up_to_date(server, test_key, tmp_path):
    url = publish(server, test_key, manifest_bytes("0.1.0", _artifacts(), date="2026-11-01T00:00:00Z"))
    status = check(url, test_key, tmp_path)
    assert not status.update_available
    assert "up to date" in status.summary("en")


def test_tampered_manifest(server, test_key, tmp_path):
    url = publish(server, test_key, manifest_bytes("0.2.0", _artifacts()))
    server.files["/update.json"] = server.files["/update.json"].replace(b"example.org", b"evil.example")
    with pytest.raises(UpdateRejected, match="signature is not valid.*changed"):
        check(url, test_key, tmp_path)


def test_unsigned_manifest(server, test_key, tmp_path):
    url = publish(server, test_key, manifest_bytes("0.2.0", _artifacts()), sign=False)
    with pytest.raises(UpdateRejected, match="unsigned"):
        check(url, test_key, tmp_path)


def test_wrong_key(server, test_key, other_key, tmp_path):
    url = publish(server, other_key, manifest_bytes("0.2.0", _artifacts()))
    with pytest.raises(UpdateRejected, match="different key"):
        check(url, test_key, tmp_path)


def test_garbage_signature(server, test_key, tmp_path):
    url = publish(server, test_key, manifest_bytes("0.2.0", _artifacts()))
    server.files["/update.json.minisig"] = b"<html>not found</html>"
    with pytest.raises(UpdateRejected, match="signature is not valid"):
        check(url, test_key, tmp_path)


def test_replayed_older_than_app(server, test_key, tmp_path):
    url = publish(server, test_key, manifest_bytes("0.0.9", _artifacts()))
    with pytest.raises(UpdateRejected, match="older than this FaceLedger"):
        check(url, test_key, tmp_path)


def test_replayed_older_than_seen(server, test_key, tmp_path):
    new = manifest_bytes("0.3.0", _artifacts(), date="2026-12-10T00:00:00Z")
    old = manifest_bytes("0.2.0", _artifacts(), date="2026-12-01T00:00:00Z")
    url = publish(server, test_key, new)
    assert check(url, test_key, tmp_path).latest_version == "0.3.0"
    publish(server, test_key, old)  # an attacker replays the older, validly signed manifest
    with pytest.raises(UpdateRejected, match="older .* than one this computer already saw"):
        check(url, test_key, tmp_path)
    # same version re-signed with an older date is a replay too
    publish(server, test_key, manifest_bytes("0.3.0", _artifacts(), date="2026-12-09T00:00:00Z"))
    with pytest.raises(UpdateRejected, match="already saw"):
        check(url, test_key, tmp_path)
    publish(server, test_key, new)
    assert check(url, test_key, tmp_path).latest_version == "0.3.0"


@pytest.mark.parametrize("body, match", [
    (b"not json at all", "not JSON"),
    (b"[1, 2]", "not a JSON object"),
    (b'{"kind": "something-else", "format": 1}', "not a FaceLedger update manifest"),
    (b'{"kind": "faceledger-update-manifest", "format": 2}', "format 2"),
    (b'{"kind": "faceledger-update-manifest", "format": 1, "version": "latest", "date": "2026-12-01T00:00:00Z",'
     b' "artifacts": []}', "version 'latest'"),
    (b'{"kind": "faceledger-update-manifest", "format": 1, "version": "0.2.0", "date": "yesterday",'
     b' "artifacts": []}', "date"),
    (b'{"kind": "faceledger-update-manifest", "format": 1, "version": "0.2.0", "date": "2026-12-01T00:00:00Z",'
     b' "artifacts": []}', "no artifacts"),
    (b'{"kind": "faceledger-update-manifest", "format": 1, "version": "0.2.0", "date": "2026-12-01T00:00:00Z",'
     b' "artifacts": [{"platform": "linux-x86_64", "name": "a.tar.gz", "url": "file:///etc/passwd",'
     b' "sha256": "' + SHA.encode() + b'", "size": 1}]}', "http\\(s\\) address"),
    (b'{"kind": "faceledger-update-manifest", "format": 1, "version": "0.2.0", "date": "2026-12-01T00:00:00Z",'
     b' "artifacts": [{"platform": "linux-x86_64", "name": "a.tar.gz", "url": "https://x.org/a",'
     b' "sha256": "abc", "size": 1}]}', "SHA-256"),
])
def test_malformed_but_signed(server, test_key, tmp_path, body, match):
    url = publish(server, test_key, body)
    with pytest.raises(UpdateRejected, match=match) as exc:
        check(url, test_key, tmp_path)
    assert "malformed" in exc.value.message


def test_server_errors(server, test_key, tmp_path):
    with pytest.raises(UpdateRejected, match="answered 404"):
        check(server.base + "/nothing.json", test_key, tmp_path)
    server.files["/huge.json"] = b" " * (300 * 1024)
    with pytest.raises(UpdateRejected, match="too large"):
        check(server.base + "/huge.json", test_key, tmp_path)


def test_unreachable_server(test_key, tmp_path, monkeypatch):
    import socket

    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.raises(NetworkError, match="Could not connect"):
        check(f"http://127.0.0.1:{port}/update.json", test_key, tmp_path)


def test_no_address_configured(monkeypatch, test_key, tmp_path):
    monkeypatch.delenv("FACELEDGER_UPDATE_URL", raising=False)
    monkeypatch.setattr("faceledger.release.keys.UPDATE_MANIFEST_URL", "")
    with pytest.raises(UpdateRejected, match="No update address"):
        check(None, test_key, tmp_path)


def test_cli_update_check_with_pinned_key(server, test_key, capsys):
    """The CLI uses the pinned release key: a throwaway key's manifest is rejected, clearly."""
    url = publish(server, test_key, manifest_bytes("0.2.0", _artifacts()))
    assert main(["update-check", "--url", url]) == 1
    err = capsys.readouterr().err
    assert "different key" in err and "Traceback" not in err


def test_cli_update_check_ok(server, test_key, capsys, monkeypatch):
    url = publish(server, test_key, manifest_bytes("9.0.0", _artifacts()))
    monkeypatch.setattr("faceledger.release.keys.RELEASE_PUBLIC_KEY", test_key.public_key().base64())
    monkeypatch.setattr("faceledger.release.keys.RELEASE_KEY_ID", test_key.public_key().key_id_hex)
    assert main(["update-check", "--url", url]) == 0
    out = capsys.readouterr().out
    assert "FaceLedger 9.0.0 is available" in out
    assert main(["update-check", "--url", url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["latest_version"] == "9.0.0"


def test_only_net_package_opens_sockets():
    src = Path(__file__).resolve().parents[2] / "desktop" / "faceledger" / "release"
    for p in src.glob("*.py"):
        text = p.read_text(encoding="utf-8")
        assert "import requests" not in text and "import socket" not in text, p
