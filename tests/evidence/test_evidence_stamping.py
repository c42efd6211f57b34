"""RFC 3161 stamps from a real local TSA: verified before stored; faults queue, forgeries are rejected."""

from __future__ import annotations

import subprocess

import pytest

from faceledger.evidence import stamping, store, tokens
from faceledger.evidence.model import NewEntry
from faceledger.net import tsa as net_tsa

from .local_tsa import free_port_url


def _case_with_entries(vault, n=3):
    case = store.create_case(vault, "c")
    for i in range(n):
        store.add_entry(vault, case, NewEntry(kind="note", title=f"entry {i + 1}", occurred_at="2019-10-17"))
    return case


def _tokens(vault):
    return vault.query("SELECT e.seq, t.scope, t.digest, t.token, t.ca_pem FROM ev_timestamps t "
                       "JOIN ev_entries e ON e.id = t.entry_id ORDER BY e.seq")


def test_stamp_head_and_entries_verify_with_rfc3161_client_and_openssl(vault, tsa, tmp_path):
    case = _case_with_entries(vault)
    report = stamping.stamp_case(vault, case, tsa.url, ca_pem=tsa.ca_pem.decode(), all_entries=True)
    assert not report.failed and [s for s, _, _ in report.stamped] == [1, 2, 3]
    rows = _tokens(vault)
    entries = store.list_entries(vault, case)
    assert [(r[0], r[1]) for r in rows] == [(1, "entry"), (2, "entry"), (3, "head")]
    for (seq, _scope, digest, token, ca_pem), entry in zip(rows, entries):
        assert digest == entry.hash
        info = tokens.verify_reply(bytes(token), bytes.fromhex(digest), ca_pem)  # rfc3161-client
        assert info.digest_hex == entry.hash
        f = tmp_path / f"{seq}.tsr"
        f.write_bytes(bytes(token))
        out = subprocess.run(["openssl", "ts", "-verify", "-digest", digest, "-in", str(f), "-CAfile",
                              str(tsa.ca_file), "-untrusted", str(tsa.tsa_cert)], capture_output=True, text=True)
        assert "Verification: OK" in out.stdout, out.stderr
        # and the token is bound to this entry: another entry's hash does not verify
        other = entries[seq % len(entries)].hash
        with pytest.raises(tokens.TokenRejected, match="Mismatch"):
            tokens.verify_reply(bytes(token), bytes.fromhex(other), ca_pem)
    assert all(len(e.timestamps) == 1 for e in store.list_entries(vault, case))
    # stamping again asks nothing new
    again = stamping.stamp_case(vault, case, tsa.url, ca_pem=tsa.ca_pem.decode(), all_entries=True)
    assert again.stamped == [] and again.already == 3


@pytest.mark.parametrize("mode", ["down", "slow", "garbage", "html", "http500"])
def test_tsa_faults_queue_the_stamp_and_lose_nothing(vault, tsa, mode):
    case = _case_with_entries(vault, 2)
    url = free_port_url() if mode == "down" else tsa.url
    tsa.mode = mode
    tsa.delay = 2.0
    report = stamping.stamp_case(vault, case, url, ca_pem=tsa.ca_pem.decode(), timeout=0.5)
    assert report.failed and not report.stamped and not report.rejected
    assert [s for s, _, _ in report.queued] == [2]
    assert "retry" in "\n".join(report.lines())
    assert _tokens(vault) == []
    assert len(store.list_entries(vault, case)) == 2
    assert store.check_stored_chain(vault, case) is None
    # the TSA comes back: the queued stamp goes through on retry
    tsa.mode = "ok"
    retry = stamping.stamp_case(vault, case, url if mode != "down" else tsa.url, ca_pem=tsa.ca_pem.decode(),
                                retry_only=(mode != "down"))
    assert [s for s, _, _ in retry.stamped] == [2]
    assert len(_tokens(vault)) == 1


def test_forged_token_is_rejected_and_not_stored(vault, tsa):
    case = _case_with_entries(vault, 1)
    tsa.mode = "forged"
    report = stamping.stamp_case(vault, case, tsa.url, ca_pem=tsa.ca_pem.decode())
    assert report.rejected and not report.stamped
    assert "does not verify" in report.rejected[0][2]
    assert _tokens(vault) == []
    state = vault.query("SELECT state, last_error FROM ev_stamp_queue")[0]
    assert state[0] == "rejected" and "verify" in state[1]


def test_refused_request_is_rejected(vault, tsa):
    case = _case_with_entries(vault, 1)
    tsa.mode = "refuse"
    report = stamping.stamp_case(vault, case, tsa.url, ca_pem=tsa.ca_pem.decode())
    assert report.failed and not report.stamped and _tokens(vault) == []


def test_wrong_root_rejects_a_genuine_token(vault, tsa, tmp_path):
    case = _case_with_entries(vault, 1)
    other_ca = (tsa.root / "forged" / "ca.crt").read_text()
    report = stamping.stamp_case(vault, case, tsa.url, ca_pem=other_ca)
    assert report.rejected and _tokens(vault) == []


def test_token_for_another_digest_is_rejected(tsa):
    reply, info = net_tsa.fetch_timestamp(tsa.url, b"\x01" * 32, roots_pem=tsa.ca_pem)
    assert info.digest_hex == "01" * 32
    with pytest.raises(tokens.TokenRejected):
        tokens.verify_reply(reply, b"\x02" * 32, tsa.ca_pem)
    with pytest.raises(tokens.TokenError):
        tokens.verify_reply(reply[:-20], b"\x01" * 32, tsa.ca_pem)


def test_only_the_digest_is_sent(tsa, monkeypatch):
    sent = {}
    real = net_tsa.request

    def spy(method, url, **kw):
        sent["body"] = kw["data"]
        return real(method, url, **kw)

    monkeypatch.setattr(net_tsa, "request", spy)
    net_tsa.fetch_timestamp(tsa.url, b"\xab" * 32, roots_pem=tsa.ca_pem)
    assert len(sent["body"]) < 120 and b"\xab" * 32 in sent["body"]


def test_bad_tsa_address_and_ca_file(vault, tmp_path):
    case = _case_with_entries(vault, 1)
    with pytest.raises(Exception, match="TSA address"):
        stamping.stamp_case(vault, case, "ftp://example.org/tsr")
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate")
    with pytest.raises(Exception, match="no PEM certificate"):
        stamping.read_ca_file(bad)
    with pytest.raises(Exception, match="Cannot read"):
        stamping.read_ca_file(tmp_path / "missing.pem")
