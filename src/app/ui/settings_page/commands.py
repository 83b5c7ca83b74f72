"""Settings changes as undo commands: each runs a service call and knows its inverse."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from app.services.errors import PlanDeskError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.db.models import Plan

Work = Callable[["Session", "Plan"], Any]
Runner = Callable[[str, Work], Any]


class SettingCommand(QUndoCommand):
    """``do`` returns what ``undo`` needs (the old value); both run through *run*."""

    def __init__(
        self,
        run: Runner,
        report: Callable[[str], None],
        text: str,
        do: Callable[[Session, Plan], Any],
        undo: Callable[[Session, Plan, Any], Any],
    ) -> None:
        super().__init__(text)
        self.run, self.report = run, report
        self._do, self._undo = do, undo
        self.old: Any = None
        self._executed = False

    def execute(self) -> None:
        """The first run (raises PlanDeskError when refused); push the command after it."""
        self.run(self.text(), self._redo)
        self._executed = True

    def _redo(self, session: Session, plan: Plan) -> None:
        self.old = self._do(session, plan)

    def redo(self) -> None:
        if self._executed:
            self._executed = False
            return
        self._safely(self._redo)

    def undo(self) -> None:
        self._safely(lambda session, plan: self._undo(session, plan, self.old))

    def _safely(self, work: Work) -> None:
        try:
            self.run(self.text(), work)
        except PlanDeskError as exc:
            self.setObsolete(True)
            self.report(str(exc))
