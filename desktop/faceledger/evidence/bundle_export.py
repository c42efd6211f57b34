"""Export a case as a bundle (ZIP) that anyone can verify without FaceLedger's vault.

The stored chain is re-checked first (an export never papers over a damaged log); exhibits are
decrypted from the blob store straight into the ZIP (stored, not recompressed) while their SHA-256 is
recomputed and compared; the manifest names every file's hash and the chain head and is signed with
the vault's Ed25519 key at this export. The ZIP is written beside the target and moved into place.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from faceledger import __version__
from faceledger.errors import FaceLedgerError, VaultCorrupt, os_reason_zh
from faceledger.evidence import bundle_layout as L
from faceledger.evidence import chain, exhibit_list, howto, report, signing, store
from faceledger.evidence.model import Case
from faceledger.outfile import check_output_path
from faceledger.vault.store import Vault, now_utc

Progress = Callable[[int], None]
_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    entries: int
    exhibits: int
    timestamps: int
    head_hash: str
    key_fingerprint: str


def _cert_id(pem: str) -> str:
    return hashlib.sha256(pem.encode("ascii", "replace")).hexdigest()[:16]


def export_case(vault: Vault, case_ref: str | int | Case, out: str | os.PathLike, *, lang: str = "zh",
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                with_pdf: bool = True) -> ExportResult:
    case = case_ref if isinstance(case_ref, Case) else store.get_case(vault, case_ref)
    out = Path(out).expanduser()
    if out.is_dir():
        raise FaceLedgerError(f"{out} is a folder; give a file name such as {out / 'bundle.zip'}.",
                              zh=f"{out} 是文件夹；请给出文件名，例如 {out / 'bundle.zip'}。")
    check_output_path(out, "bundle")
    problem = store.check_stored_chain(vault, case)
    if problem:
        raise VaultCorrupt(f"The stored evidence log of case {case.name!r} is damaged: {problem.message}.",
                           "Restore the vault from a backup; nothing was exported.",
                           zh=f"案件 {case.name!r} 保存的证据记录已损坏：{problem.zh or problem.message}。",
                           hint_zh="请从备份恢复保险库（“设置”页面的“从备份恢复……”）；没有导出任何内容。")
    entries = store.list_entries(vault, case)
    if not entries:
        raise FaceLedgerError(f"Case {case.name!r} has no entries yet; there is nothing to export.",
                              zh=f"案件 {case.name!r} 还没有记录，没有可导出的内容。")
    header = store.case_header(vault, case)
    records = {seq: (json.loads(text), digest) for seq, text, digest in vault.query(
        "SELECT seq, canonical, hash FROM ev_entries WHERE case_id = ? ORDER BY seq", (case.id,))}
    head = entries[-1].hash
    fp = signing.fingerprint(vault)
    if fp != case.key_fingerprint:
        raise VaultCorrupt("This vault's evidence key is not the key this case was opened with.",
                           "Export from the vault that holds the case; nothing was exported.",
                           zh="这个保险库的证据密钥不是建立这个案件时所用的密钥。",
                           hint_zh="请从保存这个案件的保险库导出；没有导出任何内容。")
    exported_at = now_utc()

    # unique exhibits, in order of first appearance
    exhibits: dict[str, tuple] = {}
    for e in entries:
        for ex in e.exhibits:
            exhibits.setdefault(ex.sha256, (ex, []))[1].append(e.seq)
    total = sum(ex.size for ex, _ in exhibits.values()) or 1
    done = 0

    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    files: dict[str, str] = {}
    page_counts: dict[str, int] = {}
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            def put(name: str, data: bytes, compress: bool = True) -> None:
                zf.writestr(_info(name, compress), data)
                files[name] = hashlib.sha256(data).hexdigest()

            # --- exhibits, streamed from the encrypted store
            manifest_exhibits = []
            for sha, (ex, seqs) in exhibits.items():
                name = L.exhibit_path(sha, ex.filename)
                digest = hashlib.sha256()
                pages = 0
                tail = b""
                with zf.open(_info(name, False), "w", force_zip64=ex.size > 0x7FFF0000) as dst:
                    for chunk in vault.blobs.iter_chunks(ex.blob_id):
                        if cancelled and cancelled():
                            raise store.EvidenceCancelled("Export cancelled; no bundle was written.",
                                                          zh="导出已取消；没有写出证据包。")
                        digest.update(chunk)
                        dst.write(chunk)
                        if ex.media_type == "application/pdf" or ex.filename.lower().endswith(".pdf"):
                            pages += len(_PDF_PAGE.findall(tail + chunk)) - len(_PDF_PAGE.findall(tail))
                            tail = chunk[-32:]
                        done += len(chunk)
                        if progress:
                            progress(min(90, done * 90 // total))
                if digest.hexdigest() != sha:
                    raise VaultCorrupt(f"Exhibit {ex.filename} in the vault no longer matches its recorded SHA-256.",
                                       "Restore the vault from a backup; nothing was exported.",
                                       zh=f"保险库中的证据文件 {ex.filename} 与记录的 SHA-256 不再相符。",
                                       hint_zh=("请从备份恢复保险库（“设置”页面的“从备份恢复……”）；没有导出任何内容"
                                                "。"))
                if pages:
                    page_counts[sha] = pages
                files[name] = sha
                manifest_exhibits.append({"path": name, "sha256": sha, "size": ex.size, "filename": ex.filename,
                                          "media_type": ex.media_type, "entries": seqs})

            # --- entries
            lines = []
            for e in entries:
                rec, digest = records[e.seq]
                rec["hash"] = digest
                lines.append(chain.canonical(rec))
            put(L.ENTRIES, b"\n".join(lines) + b"\n")

            # --- timestamps and the TSA certificates
            manifest_stamps = []
            token_lines = []
            report_stamps = []
            certs_written: set[str] = set()
            for e in entries:
                for k, ts in enumerate(e.timestamps, start=1):
                    path = L.token_path(e.seq, k)
                    put(path, ts.token, compress=False)
                    ca_path = f"{L.TIMESTAMPS_DIR}ca-{_cert_id(ts.ca_pem)}.pem"
                    if ca_path not in certs_written:
                        put(ca_path, ts.ca_pem.encode("ascii"))
                        certs_written.add(ca_path)
                    tsa_pem = _tsa_certs_pem(ts.token)
                    tsa_path = None
                    if tsa_pem:
                        tsa_path = f"{L.TIMESTAMPS_DIR}tsa-{_cert_id(tsa_pem)}.pem"
                        if tsa_path not in certs_written:
                            put(tsa_path, tsa_pem.encode("ascii"))
                            certs_written.add(tsa_path)
                    manifest_stamps.append({"path": path, "entry": e.seq, "scope": ts.scope, "digest": ts.digest,
                                            "gen_time": ts.gen_time, "serial": ts.serial, "tsa_url": ts.tsa_url,
                                            "ca": ca_path, "tsa_certificate": tsa_path})
                    token_lines.append(howto.TokenLine(path, e.seq, ts.digest, ca_path, ts.gen_time))
                    report_stamps.append((e.seq, ts.gen_time, ts.tsa_url))

            # --- what people read: the exhibit list, the report, how to verify
            rows = exhibit_list.build_rows(entries, page_counts, lang)
            put(L.LIST_CSV, exhibit_list.to_csv(rows, lang))
            put(L.LIST_DOCX, exhibit_list.to_docx(rows, case.name, lang=lang, exported_at=exported_at))
            put(L.HOWTO, howto.how_to_verify(case.name, head, len(entries), fp, token_lines).encode("utf-8"))
            if progress:
                progress(92)
            if with_pdf:
                html = report.build_html(report.ReportData(case, entries, rows, exported_at, head, fp,
                                                           report_stamps, f"FaceLedger {__version__}"), lang)
                put(L.REPORT, report.render_pdf(html, title=case.name, folder=str(tmp.parent), lang=lang),
                    compress=False)
            if progress:
                progress(97)
            put(L.PUBLIC_KEY, signing.public_pem(vault))

            # --- the signed manifest, then SHA256SUMS over everything
            manifest = {
                "format": L.BUNDLE_FORMAT, "version": L.BUNDLE_VERSION,
                "generator": f"FaceLedger {__version__}", "exported_at": exported_at,
                "case": header, "genesis_hash": case.genesis_hash,
                "chain": {"entries": len(entries), "head_seq": entries[-1].seq, "head_hash": head,
                          "rule": "hash = SHA-256(RFC 8785 JSON of the entry without 'hash'); entry 1's prev_hash = "
                                  "genesis_hash = SHA-256(RFC 8785 JSON of 'case'); each later prev_hash = the "
                                  "previous entry's hash"},
                "exhibits": manifest_exhibits,
                "timestamps": manifest_stamps,
                "files": dict(sorted(files.items())),
                "signature": {"algorithm": "Ed25519", "file": L.SIGNATURE, "public_key": L.PUBLIC_KEY,
                              "key_sha256": fp, "signed": L.MANIFEST},
            }
            manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8")
            put(L.MANIFEST, manifest_bytes)
            put(L.SIGNATURE, signing.sign(vault, manifest_bytes))
            sums = "".join(f"{h}  {n}\n" for n, h in sorted(files.items()))
            zf.writestr(_info(L.SUMS, True), sums.encode("utf-8"))
        os.chmod(tmp, 0o600)  # like every other export: the case is private until the user shares it
        os.replace(tmp, out)
    except OSError as err:
        raise FaceLedgerError(f"Could not write the bundle {out}: {err.strerror or err}.",
                              "Check the folder is writable and has free space; nothing was exported.",
                              zh=f"无法写出证据包 {out}：{os_reason_zh(err)}。",
                              hint_zh="请检查文件夹是否可写、磁盘是否还有空间；没有导出任何内容。") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    if progress:
        progress(100)
    return ExportResult(out, len(entries), len(exhibits), len(manifest_stamps), head, fp)


def _info(name: str, compress: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    return info


def _tsa_certs_pem(token: bytes) -> str | None:
    from faceledger.evidence import tokens

    try:
        from rfc3161_client import decode_timestamp_response

        certs = tuple(bytes(c) for c in decode_timestamp_response(token).signed_data.certificates)
    except Exception:  # noqa: BLE001 - a stored token always parsed once; be safe anyway
        return None
    if not certs:
        return None
    return tokens.certificates_pem(tokens.TokenInfo("", "", "", "", None, certs))
