"""Settings changes as undo commands: each runs a service call and knows its inverse.

A change of the current plan's settings runs through a runner that passes the plan's id
(:class:`SettingCommand`); a change of the institution profile needs no plan and runs
through one that passes none (:class:`ProfileCommand`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.ui.undo import RunnerCommand

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# run(summary, work) runs work(session, plan_id) in one unit of work (the current plan's id)
Work = Callable[["Session", int], Any]
Runner = Callable[[str, Work], Any]
# run(summary, work) runs work(session) in one unit of work
ProfileWork = Callable[["Session"], Any]
ProfileRunner = Callable[[str, ProfileWork], Any]


class SettingCommand(RunnerCommand):
    """``do`` returns what ``undo`` needs (the old value); both run through *run*."""

    def __init__(
        self,
        run: Runner,
        report: Callable[[str], None],
        text: str,
        do: Callable[[Session, int], Any],
        undo: Callable[[Session, int, Any], Any],
    ) -> None:
        super().__init__(run, report, text)
        self._change, self._change_back = do, undo
        self.old: Any = None

    def _redo(self, session: Session, plan_id: int) -> None:
        self.old = self._change(session, plan_id)

    def _undo(self, session: Session, plan_id: int) -> None:
        self._change_back(session, plan_id, self.old)


class ProfileCommand(RunnerCommand):
    """As :class:`SettingCommand`, for a change that takes no plan (the profile)."""

    def __init__(
        self,
        run: ProfileRunner,
        report: Callable[[str], None],
        text: str,
        do: Callable[[Session], Any],
        undo: Callable[[Session, Any], Any],
    ) -> None:
        super().__init__(run, report, text)
        self._change, self._change_back = do, undo
        self.old: Any = None

    def _redo(self, session: Session) -> None:
        self.old = self._change(session)

    def _undo(self, session: Session) -> None:
        self._change_back(session, self.old)
