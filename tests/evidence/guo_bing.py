"""A Guo-Bing-shaped example case (after law.md "GUO-BING"): an annual card bought under fingerprint entry,
SMS notices switching entry to face recognition, refusal at the gate, a deletion letter and the reply.

Dates follow the reported facts where law.md confirms them (card 2019-04-27; SMS in July and October
2019, the October one seen 2019-10-17); the rest (the gate visit, the letter, the reply) is illustrative.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from faceledger.evidence import store
from faceledger.evidence.from_ledger import add_request_entries
from faceledger.evidence.model import ExhibitSource, NewEntry


def _png(path: Path, text: str, seed: int) -> Path:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (360, 640), (250, 250, 250 - seed))
    ImageDraw.Draw(img).text((20, 40), text, fill=(0, 0, 0))
    img.save(path, "PNG")
    return path


def _pdf(path: Path, pages: int) -> Path:
    from faceledger.letters.pdf import render_pdf

    html = "".join(f"<h1>年卡使用说明 第{i + 1}页</h1><p>凭卡及指纹入园。</p>"
                   + ("<p style='page-break-after:always'></p>" if i < pages - 1 else "") for i in range(pages))
    return render_pdf(html, path, title="年卡使用说明")


def build(vault, folder: Path, tsa=None) -> tuple:
    folder.mkdir(parents=True, exist_ok=True)
    case = store.create_case(vault, "郭某诉某野生动物世界（示例）", timezone="Asia/Shanghai",
                             description="年卡入园方式由指纹改为人脸识别；拒绝后无法入园。")

    def add(kind, title, occurred, files=(), **kw):
        return store.add_entry(vault, case, NewEntry(kind=kind, title=title, occurred_at=occurred,
                                                     exhibits=[ExhibitSource(str(f), **kw.pop("ex", {}))
                                                               for f in files], **kw))

    receipt = _png(folder / "receipt.png", "annual card RMB 1360", 1)
    terms = _pdf(folder / "card-terms.pdf", 2)
    add("receipt_payment", "畅游365天双人年卡收据（1360元）", "2019-04-27", [receipt],
        source="售票窗口开具", description="证明双方服务合同关系及年卡价款",
        ex={"capture_method": "scan", "device": "扫描仪", "collector": "郭某"})
    add("contract_terms", "年卡办理流程及使用说明（指纹入园）", "2019-04-27", [terms],
        source="园区店堂告示及随卡说明", description="证明约定的入园方式为年卡加指纹",
        ex={"capture_method": "photo", "captured_at": "2019-04-27"})
    sms1 = _png(folder / "sms-july.png", "SMS July 2019", 2)
    add("communication", "7月短信：入园系统升级", "2019-07-12", [sms1], source="园区发送至本人手机的短信",
        description="证明园区单方变更入园方式", ex={"capture_method": "screenshot", "device": "手机"})
    sms2 = _png(folder / "sms-oct.png", "SMS Oct 2019: activate face recognition", 3)
    add("communication", "10月短信：须激活人脸识别，否则无法入园", "2019-10-17T19:30", [sms2],
        source="园区发送至本人手机的短信", description="证明园区要求以人脸识别作为唯一入园方式",
        ex={"capture_method": "screenshot", "device": "手机", "collector": "郭某"})
    video = folder / "gate.mp4"
    video.write_bytes(os.urandom(200_000))
    add("photo_video", "入园被拒：工作人员要求录入人脸", "2019-10-26", [video], source="本人现场录像",
        description="证明不同意人脸识别即被拒绝入园", ex={"capture_method": "video", "device": "手机"})
    add("witness_statement", "同行家属的书面证言", "2019-10-26", source="证人签名的书面陈述")

    from faceledger.ledger.model import Holder, Request
    from faceledger.ledger.store import add_holder, add_request

    holder = add_holder(vault, Holder(name_zh="某野生动物世界有限公司", category="attraction"))
    letter = vault.add_blob("删除请求：请删除本人的人脸信息（含照片）及指纹信息。".encode(), filename="deletion.txt",
                            media_type="text/plain")
    reply = vault.add_blob(b"%PDF-1.4 reply placeholder", filename="reply.pdf", media_type="application/pdf")
    req = add_request(vault, Request(holder_id=holder.id, type="deletion", state="answered_refused", channel="post",
                                     date_sent="2019-10-28", reply_date="2019-11-05",
                                     reply_summary="园区拒绝删除，称已获同意。", reference="SF1234567890",
                                     document_blob=letter["id"], reply_blob=reply["id"]))
    add_request_entries(vault, case, req.id, collector="郭某")
    add("note", "更正：7月短信的日期", "2019-07-12", source="核对手机短信记录", corrects_seq=3)
    if tsa is not None:
        from faceledger.evidence import stamping

        report = stamping.stamp_case(vault, case, tsa.url, ca_pem=tsa.ca_pem.decode(), all_entries=True)
        assert not report.failed, report.lines()
    return store.get_case(vault, case.uid), req


def png_bytes() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "PNG")
    return out.getvalue()


def exported_bundle(home: Path, tsa, **export_options):
    """The example case in a new passphrase vault under ``home``, stamped by ``tsa`` and exported:
    (bundle path, its members, the export result)."""
    import pytest

    from faceledger.evidence.bundle_export import export_case

    from .bundle_tools import read_members

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FACELEDGER_HOME", str(home))
        from faceledger.vault.store import create_vault

        vault = create_vault("default", passphrase="correct horse battery staple 9", use_keychain=False)
        try:
            case, _ = build(vault, home / "files", tsa)
            out = home / "bundle.zip"
            res = export_case(vault, case, out, **export_options)
        finally:
            vault.close()
    return out, read_members(out), res
