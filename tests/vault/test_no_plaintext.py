"""No holder name, note or attachment byte appears in plaintext in any file under the data folder."""

from faceledger.ledger import store
from faceledger.ledger.model import Collection, Holder, Request

NAME = "独一无二的人脸公司Zebra"
NOTE = "秘密备注SecretNoteXyz"
ATTACH = b"ATTACHMENT-PLAINTEXT-MARKER-" * 50


def test_nothing_readable_on_disk(vault, fl_home, tmp_path):
    h = store.add_holder(vault, Holder(name_zh=NAME, category="retail", notes=NOTE, email="pio@zebra.example"))
    store.add_collection(vault, Collection(holder_id=h.id, date="2024-05-01", consent="bundled", notes=NOTE))
    store.add_request(vault, Request(holder_id=h.id, type="deletion", state="sent", date_sent="2024-06-01",
                                     notes=NOTE))
    src = tmp_path / "letter.txt"
    src.write_bytes(ATTACH)
    vault.add_blob(src)
    vault.set_setting("sender", {"name": NAME})
    needles = [NAME.encode("utf-8"), NAME.encode("utf-16-le"), NOTE.encode("utf-8"), b"Zebra", b"pio@zebra",
               b"ATTACHMENT-PLAINTEXT", "人脸公司".encode("gb18030")]
    files = [p for p in fl_home.rglob("*") if p.is_file()]
    assert any(p.name == "vault.db" for p in files)
    for p in files:
        raw = p.read_bytes()
        for n in needles:
            assert n not in raw, f"{n!r} found in plaintext in {p}"
