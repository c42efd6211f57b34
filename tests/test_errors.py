"""FaceLedgerError in two languages: English stays what the CLI and JSON print, Chinese is for the GUI."""

from faceledger.errors import FaceLedgerError, ImportRejected, InvalidValue, os_reason_zh, problem
from faceledger.text import Text


def test_english_unchanged_and_chinese_on_request():
    err = InvalidValue("date: 'x' is not a date.", "Use YYYY-MM-DD.", field="date",
                       zh="date：'x' 不是日期。", hint_zh="请用 YYYY-MM-DD 格式。")
    assert str(err) == err.message == "date: 'x' is not a date."
    assert err.hint == "Use YYYY-MM-DD." and err.field == "date"
    assert err.full() == "date: 'x' is not a date.\nUse YYYY-MM-DD."
    assert err.full_in("en") == err.full()
    assert err.full_in("zh") == "date：'x' 不是日期。\n请用 YYYY-MM-DD 格式。"
    assert err.full_in("zh_CN") == err.full_in("zh")
    assert err.message_in("zh") == "date：'x' 不是日期。" and err.hint_in("en") == "Use YYYY-MM-DD."


def test_falls_back_to_english_part_by_part():
    plain = FaceLedgerError("Something failed.", "Try again.")
    assert plain.full_in("zh") == "Something failed.\nTry again."
    no_hint_zh = FaceLedgerError("Something failed.", "Try again.", zh="出错了。")
    assert no_hint_zh.full_in("zh") == "出错了。\nTry again."
    only_zh_hint = FaceLedgerError("Something failed.", hint_zh="请重试。")
    assert only_zh_hint.full_in("zh") == "Something failed.\n请重试。"
    assert only_zh_hint.full_in("en") == "Something failed."


def test_photo_errors_use_the_same_mechanism():
    from faceledger.photos import errors as pe

    err = pe.animated(3)
    assert isinstance(err, FaceLedgerError) and isinstance(err.text, Text)
    assert err.full_in("zh") == err.text.zh and err.full_in("en") == err.text.en == err.full()


def test_import_rejected_lists_problems_in_the_language():
    err = ImportRejected("f.csv has 2 problem(s); nothing was imported.",
                         [problem("line 2: bad", "第 2 行：有误"), "holders: missing"],
                         zh="f.csv 有 2 个问题；未导入任何内容。")
    assert err.problems == ["line 2: bad", "holders: missing"]
    assert err.full() == "f.csv has 2 problem(s); nothing was imported.\n  line 2: bad\n  holders: missing"
    assert err.full_in("zh") == "f.csv 有 2 个问题；未导入任何内容。\n  第 2 行：有误\n  holders: missing"


def test_os_reasons_in_chinese():
    import errno

    assert os_reason_zh(OSError(errno.ENOSPC, "No space left on device")) == "磁盘空间不足"
    assert os_reason_zh(OSError(errno.EACCES, "Permission denied")) == "没有权限"
    assert os_reason_zh(OSError(99999, "Odd")) == "Odd"
