"""report.pdf's HTML, the exhibit list rows and HOW-TO-VERIFY, from plain objects (no vault)."""

from __future__ import annotations

from faceledger.evidence import exhibit_list, howto, report
from faceledger.evidence.model import Case, Entry, Exhibit


def _entries():
    ex = lambda sha, name, size=10, method=None: Exhibit(sha * 64, size, name, None, None, method, "手机", "郭某")  # noqa: E731
    common = dict(case_uid="c" * 32, recorded_at="2026-01-01T00:00:00+00:00", timezone="Asia/Shanghai",
                  corrects_seq=None, request_uid=None, prev_hash="0" * 64, hash="1" * 64)
    return [
        Entry(seq=1, occurred_at="2019-04-27", kind="receipt_payment", title="收据 <b>&", description="证明合同关系",
              source="售票窗口", exhibits=(ex("a", "r.pdf", method="scan"),), **common),
        Entry(seq=2, occurred_at="2019-10-17", kind="note", title="备注", description=None, source=None,
              exhibits=(), **common),
        Entry(seq=3, occurred_at="2019-10-17T19:30", kind="communication", title="短信", description="变更",
              source=None, exhibits=(ex("b", "1.png", method="screenshot"), ex("c", "2.png")), **common),
    ]


def test_rows_number_pages_and_source():
    rows = exhibit_list.build_rows(_entries(), {"a" * 64: 3})
    assert [r.number for r in rows] == ["1", "2-1", "2-2"]
    assert [r.pages for r in rows] == ["1-3", "4", "5"]
    assert rows[0].source == "售票窗口（扫描，手机，收集人：郭某）"
    assert rows[1].source == "截图，手机，收集人：郭某"
    assert rows[0].purpose == "证明合同关系" and rows[1].name == "短信（1/2）"
    assert rows[1].path == "exhibits/" + "b" * 64 + ".png"
    en = exhibit_list.build_rows(_entries(), lang="en")
    assert en[0].source == "售票窗口 (Scan, 手机, collected by 郭某)"


def test_report_html_both_languages_escaped():
    case = Case(1, "c" * 32, "郭某 <案>", None, "Asia/Shanghai", "f" * 64, "0" * 64, "2026-01-01T00:00:00+00:00", 3,
                "1" * 64)
    entries = _entries()
    data = report.ReportData(case, entries, exhibit_list.build_rows(entries), "2026-01-02T00:00:00+00:00", "1" * 64,
                             "f" * 64, [(1, "2026-01-02T00:00:01+00:00", "https://tsa.example/tsr")], "FaceLedger")
    zh = report.build_html(data, "zh")
    for s in ("证据报告", "案件概要", "事件经过", "证据目录", "序号", "证据名称", "证据来源", "证明对象", "页码", "SHA-256",
              "如何核验", "2026-01-02 00:00:01", "第十九条"):
        assert s in zh, s
    assert "收据 &lt;b&gt;&amp;" in zh and "<b>&" not in zh and "郭某 &lt;案&gt;" in zh
    en = report.build_html(data, "en")
    for s in ("Evidence report", "Case summary", "Chronology", "Exhibit list", "What it proves", "How to verify"):
        assert s in en, s


def test_how_to_verify_lists_every_token():
    text = howto.how_to_verify("c", "1" * 64, 3, "f" * 64,
                               [howto.TokenLine("timestamps/entry-0003.tsr", 3, "1" * 64, "timestamps/ca-x.pem", "t")])
    cmd = "$ openssl ts -verify -digest \"$(jq -r 'select(.seq == 3) | .hash' entries.jsonl)\" -in timestamps/entry-0003.tsr"
    assert text.count(cmd) == 2 and "1" * 64 + " -in" not in text  # the digest is read from entries.jsonl
    assert "sha256sum --strict -c ../signed.sha256" in text and "RFC 8785" in text and "哈希链" in text
    assert "prev_hash" in text and "genesis_hash" in text and "NO trusted timestamp" not in text


def test_how_to_verify_without_tokens_warns_and_escapes_the_name():
    text = howto.how_to_verify("c\n$ rm -rf ~\x1b[8m", "1" * 64, 3, "f" * 64, [])
    assert "NO trusted timestamp" in text and "没有任何可信时间戳" in text
    assert "\n$ rm" not in text and "\x1b" not in text and "c\\n$ rm -rf ~\\x1b[8m" in text


def test_report_pdf_keeps_rows_whole_words_and_hashes(tmp_path, qapp):
    """Issue 12: no table row split across two pages (a row that would cross starts the next page, under a
    repeated header), 'Communication' whole in the Kind column, and no lone hash character on a line."""
    import hashlib
    import re
    import subprocess

    common = dict(case_uid="c" * 32, recorded_at="2026-01-01T00:00:00+00:00", timezone="Asia/Shanghai",
                  corrects_seq=None, request_uid=None, prev_hash="0" * 64, hash="1" * 64)
    entries = []
    for i in range(1, 31):
        sha = hashlib.sha256(str(i).encode()).hexdigest()
        entries.append(Entry(seq=i, occurred_at="2019-10-17", kind="communication", title=f"ROWSTART{i} SMS",
                             description="A long description of what this message shows. " * (1 + i % 4)
                             + f"ROWEND{i}", source="phone", exhibits=(Exhibit(sha, 10, f"{i}.png", None, None,
                                                                              "screenshot", "phone", "me"),),
                             **common))
    case = Case(1, "c" * 32, "Pagination", None, "Asia/Shanghai", "f" * 64, "0" * 64, "2026-01-01T00:00:00+00:00",
                30, "1" * 64)
    data = report.ReportData(case, entries, exhibit_list.build_rows(entries, lang="en"), "2026-01-02T00:00:00+00:00",
                             "1" * 64, "f" * 64, [], "FaceLedger")
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(report.render_pdf(report.build_html(data, "en"), title="t", lang="en"))
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    assert len(pages) > 3
    for i in range(1, 31):  # each entry is a row of the chronology and of the exhibit list: start and end together
        starts = [n for n, p in enumerate(pages) for _ in re.findall(rf"ROWSTART{i}\b", p)]
        ends = [n for n, p in enumerate(pages) for _ in re.findall(rf"ROWEND{i}\b", p)]
        assert len(starts) == 2 and starts == ends, f"row {i}: starts on pages {starts}, ends on pages {ends}"
    text = "\n".join(pages)
    assert "Communication" in text and "Communic\n" not in text
    assert not re.search(r"^\s*[0-9a-f]\s*$", text, re.M)  # no hash character alone on a line
    assert "Page 1 of" in pages[0]


def test_stamp_report_scope_and_retry_words():
    """Issue 12: '（head）' was shown untranslated; issue 11: the GUI named a CLI command to retry."""
    from faceledger.evidence.stamping import StampReport

    r = StampReport("https://tsa.example/tsr", stamped=[(3, "head", "2026-01-01T00:00:00Z")],
                    queued=[(4, "entry", "timed out")])
    zh = "\n".join(r.lines("zh", gui=True))
    assert "（链头）" in zh and "（单条记录）" in zh and "head" not in zh and "faceledger" not in zh
    assert "“可信时间戳……”" in zh  # the button's label
    en_gui = "\n".join(r.lines("en", gui=True))
    assert "(chain head)" in en_gui and "Timestamp…" in en_gui and "faceledger evidence" not in en_gui
    assert "faceledger evidence stamp CASE --tsa URL --retry" in "\n".join(r.lines("en"))  # the CLI keeps its words
