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
