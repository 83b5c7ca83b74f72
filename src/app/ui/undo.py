"""The undo commands' shared mechanism: a change made through the services.

A command runs once *before* it is pushed (:meth:`ServiceCommand.execute` raises the
service's error when the change is refused, and nothing is pushed then); ``redo`` after an
undo replays it. A refusal during undo/redo makes the command obsolete and is reported.
Subclasses say how a piece of work is run (:meth:`_run`: one unit of work, the page shown
again) and reported (:meth:`_report`), and what redo and undo do (``_redo``, ``_undo``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.services.errors import PlanDeskError
from app.ui.messages import error_text

Work = Callable[..., Any]


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._executed = False

    def execute(self) -> None:
        """The first run (raises PlanDeskError when refused); push the command after it."""
        self._run(self._do, undoing=False)
        self._executed = True

    def redo(self) -> None:
        if self._executed:
            self._executed = False  # push() calls redo() once: already done
            return
        self._safely(self._redo, undoing=False)

    def undo(self) -> None:
        self._safely(self._undo, undoing=True)

    def _safely(self, work: Work, *, undoing: bool) -> None:
        try:
            self._run(work, undoing=undoing)
        except PlanDeskError as exc:
            self.setObsolete(True)
            self._report(error_text(exc))

    # -- to override ---------------------------------------------------------------------
    def _run(self, work: Work, *, undoing: bool) -> Any:
        raise NotImplementedError

    def _report(self, message: str) -> None:
        raise NotImplementedError

    def _do(self, *args: Any) -> Any:
        """The first run; the same as a redo unless a subclass says otherwise."""
        return self._redo(*args)

    def _redo(self, *args: Any) -> Any:
        raise NotImplementedError

    def _undo(self, *args: Any) -> Any:
        raise NotImplementedError


class RunnerCommand(ServiceCommand):
    """Work runs through a page's *run(summary, work)*; refusals go to *report(message)*."""

    def __init__(
        self, run: Callable[[str, Work], Any], report: Callable[[str], None], text: str
    ) -> None:
        super().__init__(text)
        self.run = run
        self.report = report

    def _run(self, work: Work, *, undoing: bool) -> Any:
        return self.run(self.text(), work)

    def _report(self, message: str) -> None:
        self.report(message)
