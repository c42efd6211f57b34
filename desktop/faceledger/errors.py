"""Exceptions that carry a message meant for the user.

The core raises these; the CLI prints ``str(err)`` (and the hint) and exits non-zero; the GUI shows
them in a dialog, in the interface language: ``err.full_in(lang)``.

The English message and hint (``message``, ``hint``, ``str(err)``, ``full()``) are what the CLI and the
JSON outputs use and never change with the language. A raise site gives the Chinese beside them
(``zh=``, ``hint_zh=``); ``text``/``hint_text`` hold both as :class:`~faceledger.text.Text`. An error
without Chinese falls back to English, part by part.
"""

from __future__ import annotations

from faceledger.text import Text


def is_zh(lang: str | None) -> bool:
    """``"zh"``, ``"zh_CN"``, ``"zh-Hans"``...: the Chinese texts are wanted."""
    return bool(lang) and str(lang).lower().startswith("zh")


class FaceLedgerError(Exception):
    """An error the user can understand and act on."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None, *, field: str | None = None,
                 zh: str | None = None, hint_zh: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.field = field
        # PhotoError sets its own ``text`` (a Text) after this: same attribute, same meaning.
        self.text: Text | None = Text(zh=zh, en=message) if zh else None
        self.hint_text: Text | None = Text(zh=hint_zh, en=hint or "") if hint_zh else None

    def __str__(self) -> str:
        return self.message

    def full(self) -> str:
        """Message (details) and hint in English: what the CLI prints."""
        return self.full_in("en")

    def message_in(self, lang: str | None) -> str:
        """The message in ``lang`` ("zh"/"zh_CN" or "en"); English when there is no Chinese."""
        text = self.text
        if is_zh(lang) and isinstance(text, Text) and text.zh:
            return text.zh
        return self.message

    def hint_in(self, lang: str | None) -> str | None:
        if is_zh(lang) and self.hint_text is not None:
            return self.hint_text.zh
        return self.hint

    def details_in(self, lang: str | None) -> list[str]:
        """Lines between the message and the hint (an import's problems); none by default."""
        return []

    def full_in(self, lang: str | None) -> str:
        """Message, details and hint in ``lang``; what the GUI shows. ``full_in("en") == full()``."""
        hint = self.hint_in(lang)
        return "\n".join([self.message_in(lang), *self.details_in(lang), *([hint] if hint else [])])


class InvalidValue(FaceLedgerError):
    """A field holds a value that is not allowed; ``field`` names it."""

    exit_code = 2


class NotFound(FaceLedgerError):
    pass


class VaultError(FaceLedgerError):
    pass


class WrongPassphrase(VaultError):
    pass


class KeychainUnavailable(VaultError):
    pass


class VaultCorrupt(VaultError):
    pass


# what every "the vault is damaged" error tells a GUI user to do (the English hints name the CLI command)
RESTORE_HINT_ZH = "请从备份恢复保险库（“设置”页面的“从备份恢复……”）。"


def problem(en: str, zh: str) -> Text:
    """One line of an :class:`ImportRejected` list, in both languages."""
    return Text(zh=zh, en=en)


class ImportRejected(FaceLedgerError):
    """A file to import has problems; ``problems`` lists each one (with its line), in English.

    A problem may be given as a :class:`Text` (see :func:`problem`) so the GUI can list it in Chinese;
    a plain string is shown as is in both languages.
    """

    def __init__(self, message: str, problems: list[str | Text], hint: str | None = None, *,
                 zh: str | None = None, hint_zh: str | None = None):
        super().__init__(message, hint, zh=zh, hint_zh=hint_zh)
        self.problem_texts = [p if isinstance(p, Text) else Text(zh=p, en=p) for p in problems]
        self.problems = [p.en for p in self.problem_texts]

    def details_in(self, lang: str | None) -> list[str]:
        return ["  " + p.get("zh" if is_zh(lang) else "en") for p in self.problem_texts]


def zh_of(err: BaseException) -> str:
    """The Chinese message of ``err`` (English when it has none): for messages that quote another error."""
    return err.message_in("zh") if isinstance(err, FaceLedgerError) else str(err)


_OS_ZH = {  # errno -> what the system said, in Chinese
    "ENOSPC": "磁盘空间不足", "EDQUOT": "超出磁盘配额", "EACCES": "没有权限", "EPERM": "不允许此操作",
    "ENOENT": "文件或文件夹不存在", "EROFS": "磁盘是只读的", "EISDIR": "这是一个文件夹",
    "ENOTDIR": "路径中有一项不是文件夹",
    "EEXIST": "文件已存在", "ENAMETOOLONG": "文件名太长", "EIO": "读写出错（输入/输出错误）", "EBUSY": "文件正被占用",
    "EMFILE": "打开的文件太多", "EFBIG": "文件太大", "EXDEV": "不能跨磁盘移动", "ENOTEMPTY": "文件夹不是空的",
    "ETXTBSY": "文件正被占用", "EINVAL": "参数无效",
}


def os_reason_zh(err: OSError) -> str:
    """What an OSError says, in Chinese when its errno is a common one (else the system's own words)."""
    import errno as _errno

    name = _errno.errorcode.get(err.errno or 0, "")
    return _OS_ZH.get(name) or (err.strerror or str(err))
