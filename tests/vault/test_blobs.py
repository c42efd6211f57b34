import os

import pytest
from faceledger.errors import VaultCorrupt
from faceledger.vault.blobs import CHUNK, TAG


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 12345])
def test_round_trip_and_hash(vault, tmp_path, size):
    import hashlib

    data = os.urandom(size)
    src = tmp_path / "in.bin"
    src.write_bytes(data)
    rec = vault.add_blob(src)
    assert rec["sha256"] == hashlib.sha256(data).hexdigest()
    assert rec["size"] == size
    assert vault.blobs.read_bytes(rec["id"]) == data
    out = tmp_path / "out.bin"
    assert vault.blobs.export_to(rec["id"], out) == rec["sha256"]
    assert out.read_bytes() == data
    # the file name says nothing about the content
    assert rec["sha256"] not in str(vault.blobs.path(rec["id"]))


def test_tampering_is_detected(vault):
    rec = vault.add_blob(os.urandom(2 * CHUNK + 10))
    p = vault.blobs.path(rec["id"])
    raw = bytearray(p.read_bytes())
    raw[100] ^= 1
    p.write_bytes(bytes(raw))
    with pytest.raises(VaultCorrupt, match="damaged or was altered"):
        vault.blobs.read_bytes(rec["id"])


def test_truncation_at_chunk_boundary_is_detected(vault):
    rec = vault.add_blob(os.urandom(2 * CHUNK + 10))
    p = vault.blobs.path(rec["id"])
    raw = p.read_bytes()
    p.write_bytes(raw[: 4 + 32 + 2 * (CHUNK + TAG)])  # drop the last chunk entirely
    with pytest.raises(VaultCorrupt):
        vault.blobs.read_bytes(rec["id"])


def test_missing_source_file_is_a_clear_error(vault, tmp_path):
    with pytest.raises(Exception, match="File not found"):
        vault.add_blob(tmp_path / "nope.jpg")
    assert vault.query_one("SELECT count(*) FROM blobs")[0] == 0


def test_half_written_attachments_from_a_killed_process_are_removed_on_open(vault):
    """A write killed midway leaves `.<id>.tmp`; the next open removes it once it is a day old, not sooner."""
    import time

    from faceledger.vault.store import open_vault

    bid, _, _ = vault.blobs.put_bytes(b"kept")
    sub = vault.blobs.path(bid).parent
    stale, fresh = sub / ".deadbeef.tmp", sub / ".cafebabe.tmp"
    stale.write_bytes(b"partial ciphertext")
    fresh.write_bytes(b"being written by another process")
    old = time.time() - 2 * 24 * 3600
    os.utime(stale, (old, old))
    name = vault.name
    vault.close()
    again = open_vault(name)
    try:
        assert not stale.exists() and fresh.exists()
        assert again.blobs.read_bytes(bid) == b"kept"
    finally:
        again.close()
