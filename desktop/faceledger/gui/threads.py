"""Background work for the GUI: run a core function in the QThreadPool and report by signals.

    worker = Worker(core_function, arg, ...)   # core_function may accept progress= and cancelled=
    worker.signals.progress.connect(bar.setValue)      # int 0..100 (or a count, as you define)
    worker.signals.success.connect(on_done)            # the return value
    worker.signals.error.connect(lambda err: show(error_text(err, ctx.lang)))  # the exception
    ctx.pool.start(worker); cancel_button.clicked.connect(worker.cancel)

Pass ``progress=True``/``cancellable=True`` to give the function ``progress(n)`` and
``cancelled()`` callables as keyword arguments. ``error`` carries the exception itself (a
:class:`Cancelled`, a FaceLedgerError or anything else) so the receiver says it in the interface
language with :func:`error_text`. The window never freezes and nothing raises into Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from faceledger.errors import FaceLedgerError, is_zh


class WorkerSignals(QObject):
    progress = Signal(int)
    message = Signal(str)
    success = Signal(object)
    error = Signal(object)  # the exception: see error_text()
    finished = Signal()


class Cancelled(Exception):
    """Raised inside a worker function when the user cancelled; reported as an error (error_text: 'Cancelled')."""


def error_text(err: BaseException, lang: str) -> str:
    """What a worker's error says to the user in ``lang`` ("zh"/"en")."""
    from faceledger.gui.i18n import shown  # a core text in the interface language: pseudo-localised when on

    zh = is_zh(lang)
    if isinstance(err, Cancelled):
        return shown("已取消" if zh else "Cancelled")
    if isinstance(err, FaceLedgerError):
        return shown(err.full_in(lang))
    return shown(f"{'意外错误：' if zh else 'Unexpected error: '}{type(err).__name__}: {err}")


class Worker(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, progress: bool = False, cancellable: bool = False,
                 **kwargs: Any):
        super().__init__()
        self.setAutoDelete(True)
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        if progress:
            self.kwargs["progress"] = self.signals.progress.emit
        if cancellable:
            self.kwargs["cancelled"] = self._cancel.is_set

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # runs in a pool thread
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as err:  # noqa: BLE001 - never raise into Qt's thread pool
            self.signals.error.emit(err)
        else:
            self.signals.success.emit(result)
        finally:
            self.signals.finished.emit()
