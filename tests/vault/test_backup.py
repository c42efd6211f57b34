import zipfile

import pytest
from faceledger.errors import FaceLedgerError, VaultError, WrongPassphrase
from faceledger.ledger import store
from faceledger.ledger.model import Holder
from faceledger.vault.backup import backup, restore
from faceledger.vault.store import create_vault, open_vault

PW = "backup passphrase 1"


def test_backup_restore_round_trip(vault, tmp_path):
    h = store.add_holder(vault, Holder(name_zh="某某物业", category="residential", notes="门禁刷脸"))
    blob = vault.add_blob("中文附件".encode() * 1000, filename="a.txt")
    out = tmp_path / "b.flbackup"
    res = backup(vault, out, PW)
    assert res["attachments"] == 1
    with zipfile.ZipFile(out) as z:
        for n in z.namelist():
            assert "某某物业".encode() not in z.read(n)
    v2 = restore(out, "copy", PW)
    assert store.get_holder(v2, h.id).notes == "门禁刷脸"
    assert v2.blobs.read_bytes(blob["id"]) == "中文附件".encode() * 1000
    v2.close()
    assert open_vault("copy", PW).meta.key_mode == "passphrase"


def test_restore_wrong_passphrase_and_existing_name(vault, tmp_path):
    out = tmp_path / "b.zip"
    backup(vault, out, PW)
    with pytest.raises(WrongPassphrase):
        restore(out, "x", "wrong passphrase!")
    with pytest.raises(VaultError, match="already exists"):
        restore(out, "default", PW)


def test_restore_rejects_damaged_or_foreign_files(vault, tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(FaceLedgerError, match="not a FaceLedger backup"):
        restore(bad, "x", PW)
    out = tmp_path / "b.zip"
    backup(vault, out, PW)
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(evil, "w") as zout:
        for n in zin.namelist():
            zout.writestr(n, zin.read(n))
        zout.writestr("../../escape.txt", b"x")
    with pytest.raises(FaceLedgerError, match="unexpected entry"):
        restore(evil, "x", PW)
    assert not (tmp_path.parent / "escape.txt").exists()


def test_restore_keychain_mode(tmp_path, mem_keyring):
    v = create_vault("src", passphrase=PW, use_keychain=False)
    v.set_setting("z", 5)
    backup(v, tmp_path / "b.zip", PW)
    v.close()
    v2 = restore(tmp_path / "b.zip", "kc", PW, use_keychain=True)
    assert v2.meta.key_mode == "keychain" and v2.get_setting("z") == 5


def test_a_restored_copy_never_shares_the_original_keychain_entry(tmp_path, mem_keyring):
    """Restoring a backup beside the vault it came from (an advocate's copy, a test restore) must not touch the
    original's keychain entry: the original was re-keyed since the backup, and a restore under the same vault id
    overwrote its entry with the old key, locking the original out; re-keying the copy would do the same."""
    v = create_vault("orig")
    v.set_setting("z", 1)
    backup(v, tmp_path / "b.zip", PW)
    v.rekey()                           # the original moves on to a new key
    v.set_setting("z", 2)
    v.close()
    copy = restore(tmp_path / "b.zip", "copy", PW, use_keychain=True)
    assert copy.meta.id != v.meta.id
    copy.rekey()                        # and the copy moves on too
    copy.close()
    with open_vault("orig") as o:
        assert o.get_setting("z") == 2
    with open_vault("copy") as c:
        assert c.get_setting("z") == 1
    second = restore(tmp_path / "b.zip", "second", PW, use_keychain=True)
    assert len({v.meta.id, copy.meta.id, second.meta.id}) == 3
    second.close()
