"""Settings changes as undo commands: each runs a service call and knows its inverse."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.ui.undo import RunnerCommand

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.plans import PlanRef

Work = Callable[["Session", "PlanRef"], Any]
Runner = Callable[[str, Work], Any]


class SettingCommand(RunnerCommand):
    """``do`` returns what ``undo`` needs (the old value); both run through *run*."""

    def __init__(
        self,
        run: Runner,
        report: Callable[[str], None],
        text: str,
        do: Callable[[Session, PlanRef], Any],
        undo: Callable[[Session, PlanRef, Any], Any],
    ) -> None:
        super().__init__(run, report, text)
        self._change, self._change_back = do, undo
        self.old: Any = None

    def _redo(self, session: Session, plan: PlanRef) -> None:
        self.old = self._change(session, plan)

    def _undo(self, session: Session, plan: PlanRef) -> None:
        self._change_back(session, plan, self.old)
