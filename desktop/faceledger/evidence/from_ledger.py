"""One step from the ledger to the evidence log: a letter sent, and the reply to it, become entries.

The letter's and the reply's documents (if the ledger holds them) are copied into new blobs, so the
exhibit is an untouched original independent of the ledger's working copy, and hashed as they are
copied. The entry records the request's id (uid) so the two stay linked.
"""

from __future__ import annotations

from faceledger.errors import FaceLedgerError
from faceledger.evidence import store
from faceledger.evidence.model import Case, Entry, Exhibit, NewEntry
from faceledger.vault.store import Vault

_TYPE_ZH = {"withdrawal": "撤回同意", "deletion": "删除请求", "access": "查阅复制请求", "explanation": "解释说明请求",
            "followup": "跟进函", "complaint": "投诉举报", "other": "信函"}
_CHANNEL_ZH = {"email": "电子邮件", "post": "邮寄", "web_form": "网页表单", "in_person": "当面递交", "phone": "电话",
               "app": "应用内", "other": "其他方式"}


def _copy_blob(vault: Vault, blob_id: str, collector: str | None) -> Exhibit:
    info = vault.blob_info(blob_id)
    data = vault.blobs.read_bytes(blob_id)
    copy = vault.add_blob(data, filename=info["filename"] or f"{blob_id}.bin", media_type=info["media_type"])
    if info["sha256"] and copy["sha256"] != info["sha256"]:
        raise FaceLedgerError(f"The ledger's document {info['filename']} no longer matches its recorded hash.",
                              "Restore the vault from a backup; nothing was recorded.",
                              zh=f"账本中的文件 {info['filename']} 与记录的哈希不再相符。",
                              hint_zh="请从备份恢复保险库（“设置”页面的“从备份恢复……”）；没有记录任何内容。")
    return Exhibit(sha256=copy["sha256"], size=copy["size"], filename=copy["filename"],
                   media_type=copy["media_type"], captured_at=None, capture_method="export",
                   device="FaceLedger", collector=collector, blob_id=copy["id"])


def add_request_entries(vault: Vault, case_ref: str | int | Case, request_id: int, *, letter: bool = True,
                        reply: bool = True, collector: str | None = None) -> list[Entry]:
    """Add the letter (if sent) and the reply (if received) of a ledger request to a case."""
    from faceledger.ledger.store import get_holder, get_request

    case = case_ref if isinstance(case_ref, Case) else store.get_case(vault, case_ref)
    req = get_request(vault, request_id)
    holder = get_holder(vault, req.holder_id)
    holder_name = holder.name_zh or holder.name_en or f"#{holder.id}"
    kind_zh = _TYPE_ZH.get(req.type, req.type)
    out: list[Entry] = []
    if letter:
        if not req.date_sent:
            raise FaceLedgerError(f"Request {request_id} has no date sent yet; record the sending first.",
                                  "Set its date sent in the ledger, then add it to the case.",
                                  zh=f"请求 {request_id} 还没有发出日期；请先记录发出的情况。",
                                  hint_zh="请先在账本中填写它的发出日期，再把它加入案件。")
        new = NewEntry(kind="letter_sent", title=f"致{holder_name}的{kind_zh}", occurred_at=req.date_sent,
                       source=f"FaceLedger 账本：请求 {req.uid}（{_CHANNEL_ZH.get(req.channel or '', req.channel or '')}"
                              + (f"，编号 {req.reference}" if req.reference else "") + "）",
                       description=req.notes, request_uid=req.uid).validate()
        out.append(_add_with_blob(vault, case, new, req.document_blob, collector))
    if reply and req.reply_date:
        new = NewEntry(kind="reply_received", title=f"{holder_name}对{kind_zh}的答复", occurred_at=req.reply_date,
                       source=f"FaceLedger 账本：请求 {req.uid} 的答复", description=req.reply_summary,
                       request_uid=req.uid).validate()
        out.append(_add_with_blob(vault, case, new, req.reply_blob, collector))
    if not out:
        raise FaceLedgerError(f"Request {request_id} has no reply recorded yet; nothing to add.",
                              zh=f"请求 {request_id} 还没有记录答复；没有可添加的内容。")
    return out


def _add_with_blob(vault: Vault, case: Case, new: NewEntry, blob_id: str | None, collector: str | None) -> Entry:
    exhibits = [_copy_blob(vault, blob_id, collector)] if blob_id else []
    try:
        return store._write_entry(vault, case, new, exhibits)  # noqa: SLF001 - same package
    except BaseException:
        store._forget_blobs(vault, [e.blob_id for e in exhibits if e.blob_id])  # noqa: SLF001
        raise
