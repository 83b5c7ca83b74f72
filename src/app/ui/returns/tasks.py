"""Long work off the GUI thread: a QRunnable that reports progress and can be cancelled.

The work is a plain function ``fn(task)``; it calls ``task.report(done, total, item)`` and
looks at ``task.cancelled()``. Results and failures come back by signal, on the GUI thread.
A :class:`~app.services.errors.PlanDeskError` is shown as it is (a clerk-readable sentence);
anything else is logged and reported as an unexpected error (empty message).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.services.errors import PlanDeskError
from app.ui.messages import error_text

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job to stop it; the task then emits ``cancelled``."""


class TaskSignals(QObject):
    progress = Signal(int, int, object)  # done, total, item
    finished = Signal(object)  # the job's result
    failed = Signal(str)  # a clerk-readable message ("" for an unexpected error)
    cancelled = Signal()


class Task(QRunnable):
    """Runs ``fn(task)`` on the global thread pool."""

    def __init__(self, fn: Callable[[Task], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the page keeps it until it has finished
        self.fn = fn
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, item: object = None) -> None:
        self.signals.progress.emit(done, total, item)

    def check(self) -> None:
        """Stop here if the clerk pressed Cancel."""
        if self._cancel.is_set():
            raise Cancelled

    def start(self) -> Task:
        QThreadPool.globalInstance().start(self)
        return self

    def run(self) -> None:
        try:
            result = self.fn(self)
        except Cancelled:
            self.signals.cancelled.emit()
        except PlanDeskError as exc:
            self.signals.failed.emit(error_text(exc))
        except OSError as exc:
            where = f" ({exc.filename})" if exc.filename else ""
            self.signals.failed.emit(f"{exc.strerror or exc}{where}")
        except Exception:
            log.exception("background job failed")
            self.signals.failed.emit("")
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.done.set()
