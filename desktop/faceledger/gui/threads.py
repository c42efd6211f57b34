"""Background work for the GUI: run a core function in the QThreadPool and report by signals.

    worker = Worker(core_function, arg, ...)   # core_function may accept progress= and cancelled=
    worker.signals.progress.connect(bar.setValue)      # int 0..100 (or a count, as you define)
    worker.signals.success.connect(on_done)            # the return value
    worker.signals.error.connect(show_error)           # a user-readable message (str)
    ctx.pool.start(worker); cancel_button.clicked.connect(worker.cancel)

Pass ``progress=True``/``cancellable=True`` to give the function ``progress(n)`` and
``cancelled()`` callables as keyword arguments. A FaceLedgerError becomes its message; anything
else becomes "Unexpected error: ...". The window never freezes and nothing raises into Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from faceledger.errors import FaceLedgerError


class WorkerSignals(QObject):
    progress = Signal(int)
    message = Signal(str)
    success = Signal(object)
    error = Signal(str)
    finished = Signal()


class Cancelled(Exception):
    """Raised inside a worker function when the user cancelled; reported as an error 'Cancelled'."""


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
        except Cancelled:
            self.signals.error.emit("Cancelled")
        except FaceLedgerError as err:
            self.signals.error.emit(err.full())
        except Exception as err:  # noqa: BLE001 - never raise into Qt's thread pool
            self.signals.error.emit(f"Unexpected error: {type(err).__name__}: {err}")
        else:
            self.signals.success.emit(result)
        finally:
            self.signals.finished.emit()
