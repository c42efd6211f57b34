"""Trusted timestamps for a case: queue, fetch through ``faceledger.net.tsa``, verify, store.

A stamp request is written to the queue first (so nothing is lost if the TSA is down, slow, or the
app closes); each attempt records its error; a token is stored only after it verified against the
roots the user trusts for that TSA. A token that does not verify is rejected (the queue row says
why) and never stored. The stamped message is the entry's hash itself, so anyone can check a token
with ``openssl ts -verify -digest <entry hash>``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from faceledger.errors import FaceLedgerError, InvalidValue, is_zh, os_reason_zh
from faceledger.evidence import store
from faceledger.evidence.model import Case, scope_text
from faceledger.vault.store import Vault, now_utc


@dataclass
class StampReport:
    tsa_url: str
    stamped: list[tuple[int, str, str]] = field(default_factory=list)  # (seq, scope, gen_time)
    queued: list[tuple[int, str, str]] = field(default_factory=list)  # (seq, scope, error)
    rejected: list[tuple[int, str, str]] = field(default_factory=list)  # (seq, scope, error)
    already: int = 0
    retry_only: bool = False
    queued_elsewhere: list[str] = field(default_factory=list)  # TSA addresses with pending stamps (retry)
    errors_zh: dict[tuple[int, str], str] = field(default_factory=dict)  # (seq, scope) -> the error in Chinese

    @property
    def failed(self) -> bool:
        return bool(self.queued or self.rejected)

    def lines(self, lang: str = "en", *, gui: bool = False) -> list[str]:
        """The report as text lines in English or, for ``lang`` "zh", Chinese; ``gui`` names the button to
        retry with instead of the command."""
        if is_zh(lang):
            return self._lines_zh(gui)

        def sc(scope: str) -> str:
            return scope_text(scope, "en")

        out = [f"stamped entry {s} ({sc(scope)}) at {t} by {self.tsa_url}" for s, scope, t in self.stamped]
        out += [f"queued entry {s} ({sc(scope)}) for retry: {e}" for s, scope, e in self.queued]
        out += [f"REJECTED token for entry {s} ({sc(scope)}): {e}" for s, scope, e in self.rejected]
        if self.queued:
            out.append("The entries are kept; retry later with Timestamp…" if gui else
                       "The entries are kept; retry later with `faceledger evidence stamp CASE --tsa URL --retry`.")
        if not (self.stamped or self.queued or self.rejected) and self.retry_only:
            out.append(f"Nothing to retry: no timestamp requests are queued for {self.tsa_url}."
                       + (f" Queued requests are for: {', '.join(self.queued_elsewhere)}."
                          if self.queued_elsewhere else ""))
        elif not (self.stamped or self.queued or self.rejected):
            out.append("Nothing to stamp: every requested entry already has a timestamp from this TSA."
                       if self.already else "Nothing to stamp: the case has no entries yet.")
        return out

    def _lines_zh(self, gui: bool) -> list[str]:
        def err(s: int, scope: str, e: str) -> str:
            return self.errors_zh.get((s, scope), e)

        def sc(scope: str) -> str:
            return scope_text(scope, "zh")

        url = self.tsa_url if self.tsa_url != "the queued TSAs" else "排队中的时间戳服务机构"
        out = [f"第 {s} 条记录（{sc(scope)}）已加盖时间戳：{t}，由 {url} 签发" for s, scope, t in self.stamped]
        out += [f"第 {s} 条记录（{sc(scope)}）已排队等待重试：{err(s, scope, e)}" for s, scope, e in self.queued]
        out += [f"第 {s} 条记录（{sc(scope)}）的时间戳令牌被拒绝：{err(s, scope, e)}"
                for s, scope, e in self.rejected]
        if self.queued:
            out.append("记录都已保留；请稍后点“可信时间戳……”重试。" if gui else
                       "记录都已保留；请稍后用 `faceledger evidence stamp 案件 --tsa 地址 --retry` 重试。")
        if not (self.stamped or self.queued or self.rejected) and self.retry_only:
            out.append(f"没有需要重试的：{url} 没有排队中的时间戳请求。"
                       + (f"排队中的请求属于：{'、'.join(self.queued_elsewhere)}。" if self.queued_elsewhere else ""))
        elif not (self.stamped or self.queued or self.rejected):
            out.append("无需加盖时间戳：要求的每条记录都已有这个时间戳服务机构的时间戳。"
                       if self.already else "无需加盖时间戳：这个案件还没有记录。")
        return out


def read_ca_file(path: str | Path) -> str:
    from faceledger.evidence.tokens import load_pem_certificates

    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise FaceLedgerError(f"Cannot read the certificate file {path}: {err.strerror or err}",
                              zh=f"无法读取证书文件 {path}：{os_reason_zh(err)}") from None
    load_pem_certificates(data, f"certificate file {path}")
    return data.decode("ascii", "replace")


def check_tsa_url(url: str) -> str:
    url = (url or "").strip()
    if not url.lower().startswith(("http://", "https://")) or len(url) > 2000 or any(c.isspace() for c in url):
        raise InvalidValue(f"Not a TSA address: {url!r} (it must start with http:// or https://).", field="tsa",
                           zh=f"不是时间戳服务机构的地址：{url!r}（必须以 http:// 或 https:// 开头）。")
    return url


def enqueue(vault: Vault, case: Case, url: str, *, ca_pem: str | None, all_entries: bool) -> int:
    """Queue stamps: the chain head, and with ``all_entries`` every entry without a token from this TSA."""
    url = check_tsa_url(url)
    entries = store.list_entries(vault, case)
    if not entries:
        return 0
    wanted: list[tuple[int, str]] = []
    stamped = {r[0] for r in vault.query("SELECT entry_id FROM ev_timestamps WHERE tsa_url = ?", (url,))}
    if all_entries:
        wanted += [(e.id, "entry") for e in entries[:-1] if e.id not in stamped]
    head = entries[-1]
    if head.id not in stamped:
        wanted.append((head.id, "head"))
    pending = {r[0] for r in vault.query("SELECT entry_id FROM ev_stamp_queue WHERE case_id = ? AND tsa_url = ? "
                                         "AND state = 'pending'", (case.id, url))}
    added = 0
    with vault.transaction() as db:
        for entry_id, scope in wanted:
            if entry_id in pending:
                db.execute("UPDATE ev_stamp_queue SET ca_pem = coalesce(?, ca_pem) WHERE entry_id = ? AND "
                           "tsa_url = ? AND state = 'pending'", (ca_pem, entry_id, url))
                continue
            db.execute("INSERT INTO ev_stamp_queue(case_id, entry_id, scope, tsa_url, ca_pem, queued_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)", (case.id, entry_id, scope, url, ca_pem, now_utc()))
            added += 1
    return added


def pending(vault: Vault, case: Case, url: str | None = None) -> list[tuple]:
    sql = ("SELECT q.id, q.entry_id, e.seq, e.hash, q.scope, q.tsa_url, q.ca_pem FROM ev_stamp_queue q "
           "JOIN ev_entries e ON e.id = q.entry_id WHERE q.case_id = ? AND q.state = 'pending'")
    params: tuple = (case.id,)
    if url:
        sql += " AND q.tsa_url = ?"
        params += (url,)
    return vault.query(sql + " ORDER BY e.seq", params)


def process_queue(vault: Vault, case: Case, url: str | None = None, *, timeout: float = 20.0,
                  progress: Callable[[int], None] | None = None,
                  fetch: Callable | None = None) -> StampReport:
    """Try every pending stamp of the case (for ``url``, or all). Network errors keep them queued."""
    from faceledger.evidence.tokens import TokenRejected, roots_that_issued
    from faceledger.net import tsa

    fetch = fetch or tsa.fetch_timestamp
    report = StampReport(url or "the queued TSAs")
    items = pending(vault, case, url)
    for i, (qid, entry_id, seq, digest_hex, scope, tsa_url, ca_pem) in enumerate(items, start=1):
        roots = ca_pem.encode("ascii") if ca_pem else tsa.system_roots_pem()
        try:
            reply, info = fetch(tsa_url, bytes.fromhex(digest_hex), roots_pem=roots, timeout=timeout)
        except TokenRejected as err:
            with vault.transaction() as db:
                db.execute("UPDATE ev_stamp_queue SET state = 'rejected', attempts = attempts + 1, last_error = ?, "
                           "last_try_at = ? WHERE id = ?", (err.message, now_utc(), qid))
            report.rejected.append((seq, scope, err.message))
            report.errors_zh[(seq, scope)] = err.message_in("zh")
        except FaceLedgerError as err:
            with vault.transaction() as db:
                db.execute("UPDATE ev_stamp_queue SET attempts = attempts + 1, last_error = ?, last_try_at = ? "
                           "WHERE id = ?", (err.message, now_utc(), qid))
            report.queued.append((seq, scope, err.message))
            report.errors_zh[(seq, scope)] = err.message_in("zh")
        else:
            kept_roots = roots_that_issued(info, roots)
            with vault.transaction() as db:
                db.execute("INSERT INTO ev_timestamps(entry_id, scope, digest, tsa_url, token, gen_time, serial, "
                           "ca_pem, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           (entry_id, scope, digest_hex, tsa_url, reply, info.gen_time, info.serial, kept_roots,
                            now_utc()))
                db.execute("UPDATE ev_stamp_queue SET state = 'done', attempts = attempts + 1, last_error = NULL, "
                           "last_try_at = ?, done_at = ? WHERE id = ?", (now_utc(), now_utc(), qid))
            report.stamped.append((seq, scope, info.gen_time))
        if progress:
            progress(i * 100 // len(items))
    return report


def stamp_case(vault: Vault, case_ref: str | int | Case, url: str, *, ca_pem: str | None = None,
               all_entries: bool = False, retry_only: bool = False, timeout: float = 20.0,
               progress: Callable[[int], None] | None = None, fetch: Callable | None = None) -> StampReport:
    """Queue (unless ``retry_only``) and then try the case's stamps for the TSA at ``url``."""
    case = case_ref if isinstance(case_ref, Case) else store.get_case(vault, case_ref)
    url = check_tsa_url(url)
    if not retry_only:
        enqueue(vault, case, url, ca_pem=ca_pem, all_entries=all_entries)
    elif ca_pem:
        with vault.transaction() as db:
            db.execute("UPDATE ev_stamp_queue SET ca_pem = ? WHERE case_id = ? AND tsa_url = ? AND state = 'pending'",
                       (ca_pem, case.id, url))
    report = process_queue(vault, case, url, timeout=timeout, progress=progress, fetch=fetch)
    report.tsa_url = url
    report.retry_only = retry_only
    if retry_only and not (report.stamped or report.queued or report.rejected):
        report.queued_elsewhere = sorted({row[5] for row in pending(vault, case)})
    if not (report.stamped or report.queued or report.rejected):
        report.already = len(vault.query("SELECT 1 FROM ev_timestamps t JOIN ev_entries e ON e.id = t.entry_id "
                                         "WHERE e.case_id = ? AND t.tsa_url = ?", (case.id, url)))
    return report
