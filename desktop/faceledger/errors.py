"""Exceptions that carry a message meant for the user.

The core raises these; the CLI prints ``str(err)`` (and the hint) and exits non-zero; the GUI shows
them in a dialog. Anything else escaping is a bug.
"""

from __future__ import annotations


class FaceLedgerError(Exception):
    """An error the user can understand and act on."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.field = field

    def __str__(self) -> str:
        return self.message

    def full(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message


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


class ImportRejected(FaceLedgerError):
    """A file to import has problems; ``problems`` lists each one (with its line)."""

    def __init__(self, message: str, problems: list[str], hint: str | None = None):
        super().__init__(message, hint)
        self.problems = problems

    def full(self) -> str:
        lines = [self.message, *("  " + p for p in self.problems)]
        if self.hint:
            lines.append(self.hint)
        return "\n".join(lines)
