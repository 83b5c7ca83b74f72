"""Undo commands for events: add, edit, delete, import — each through the events services.

They run through the page's ``run`` (see :mod:`app.ui.undo`). A deleted event comes back
with its id, so older commands still find it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.ui.undo import RunnerCommand

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.domain.events import EventData
    from app.services.event_import import EventImport
    from app.services.events import EventSnapshot

# run(summary, work) runs work(session, plan_id) in one unit of work and shows the result
# (an event id returned by work is selected afterwards)
Work = Callable[["Session", int], Any]
Runner = Callable[[str, Work], Any]
Reporter = Callable[[str], None]


class EventCommand(RunnerCommand):
    def _redo(self, session: Session, plan_id: int) -> Any:
        raise NotImplementedError

    def _undo(self, session: Session, plan_id: int) -> Any:
        raise NotImplementedError


class AddEventCommand(EventCommand):
    def __init__(self, run: Runner, report: Reporter, text: str, data: EventData) -> None:
        super().__init__(run, report, text)
        self.data = data
        self.event_id: int | None = None
        self.snapshot: EventSnapshot | None = None

    def _redo(self, session: Session, plan_id: int) -> int:
        from app.services import events as ev

        if self.snapshot is not None:  # redo after undo: the same event, the same id
            self.event_id = ev.restore_event(session, self.snapshot).id
        else:
            self.event_id = ev.add_event(session, plan_id, self.data).id
        return self.event_id

    def _undo(self, session: Session, plan_id: int) -> None:
        from app.services import events as ev

        assert self.event_id is not None
        self.snapshot = ev.delete_event(session, plan_id, self.event_id)


class EditEventCommand(EventCommand):
    def __init__(
        self, run: Runner, report: Reporter, text: str, event_id: int, data: EventData
    ) -> None:
        super().__init__(run, report, text)
        self.event_id = event_id
        self.data = data
        self.old: EventData | None = None

    def _redo(self, session: Session, plan_id: int) -> int:
        from app.services import events as ev

        self.old = ev.update_event(session, plan_id, self.event_id, self.data)
        return self.event_id

    def _undo(self, session: Session, plan_id: int) -> int:
        from app.services import events as ev

        assert self.old is not None
        ev.update_event(session, plan_id, self.event_id, self.old)
        return self.event_id


class DeleteEventsCommand(EventCommand):
    def __init__(self, run: Runner, report: Reporter, text: str, event_ids: list[int]) -> None:
        super().__init__(run, report, text)
        self.event_ids = list(event_ids)
        self.snapshots: list[EventSnapshot] = []

    def _redo(self, session: Session, plan_id: int) -> None:
        from app.services import events as ev

        self.snapshots = [ev.delete_event(session, plan_id, i) for i in self.event_ids]

    def _undo(self, session: Session, plan_id: int) -> int | None:
        from app.services import events as ev

        for snapshot in self.snapshots:
            ev.restore_event(session, snapshot)
        return self.event_ids[0] if self.event_ids else None


class ImportEventsCommand(EventCommand):
    """The good rows of an import, stored together; undone together."""

    def __init__(self, run: Runner, report: Reporter, text: str, result: EventImport) -> None:
        super().__init__(run, report, text)
        self.result = result
        self.event_ids: list[int] = []
        self.snapshots: list[EventSnapshot] = []

    def _redo(self, session: Session, plan_id: int) -> None:
        from app.services import events as ev

        if self.snapshots:
            self.event_ids = [ev.restore_event(session, s).id for s in self.snapshots]
        else:
            from app.services.event_import import store_events

            self.event_ids = store_events(session, plan_id, self.result)

    def _undo(self, session: Session, plan_id: int) -> None:
        from app.services import events as ev

        self.snapshots = [ev.delete_event(session, plan_id, i) for i in self.event_ids]
