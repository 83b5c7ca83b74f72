"""Undo commands for the plan tree: each calls the services through the PlanEditor.

They run once before they are pushed, then redo/undo (see :mod:`app.ui.undo`). Ids stay
stable: a deleted item comes back with its id (and progress and events), so commands
further up the stack still find their items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.services import plan_edit as pe
from app.services.plans import make_current as pe_make_current
from app.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.domain.plan import ItemData, PlanData
    from app.ui.plan.editor import PlanEditor


class PlanCommand(ServiceCommand):
    def __init__(self, editor: PlanEditor, text: str) -> None:
        super().__init__(text)
        self.editor = editor

    def _run(self, work: Any, *, undoing: bool) -> None:
        focus = self.undo_focus if undoing else self.focus
        self.editor.change(self.text(), work, focus)

    def _report(self, message: str) -> None:
        self.editor.failed.emit(message)

    # -- to override ---------------------------------------------------------------------
    def _do(self, session: Session) -> None:
        self._redo(session)

    def _redo(self, session: Session) -> None:
        raise NotImplementedError

    def _undo(self, session: Session) -> None:
        raise NotImplementedError

    def focus(self) -> int | None:
        return None

    def undo_focus(self) -> int | None:
        return self.focus()


class AddItemCommand(PlanCommand):
    def __init__(
        self,
        editor: PlanEditor,
        text: str,
        *,
        parent_id: int | None,
        position: int | None,
        kind: str,
        code: str,
        description: str,
    ) -> None:
        super().__init__(editor, text)
        self._parent_id = parent_id
        self._position = position
        self._kind = kind
        self._code = code
        self._description = description
        self.item_id: int | None = None
        self._snapshot: pe.Snapshot | None = None

    def _do(self, session: Session) -> None:
        self.item_id = pe.add_item(
            session,
            self.editor.plan_id,
            parent_id=self._parent_id,
            position=self._position,
            kind=self._kind,
            code=self._code,
            description=self._description,
        )

    def _redo(self, session: Session) -> None:
        assert self._snapshot is not None
        pe.restore_snapshot(session, self._snapshot)

    def _undo(self, session: Session) -> None:
        assert self.item_id is not None
        self._snapshot = pe.delete_item(session, self.item_id)

    def focus(self) -> int | None:
        return self.item_id

    def undo_focus(self) -> int | None:
        return self._parent_id


class EditItemCommand(PlanCommand):
    """Field changes of one item (``update_item``): old values kept for undo."""

    def __init__(
        self, editor: PlanEditor, text: str, item_id: int, changes: dict[str, Any]
    ) -> None:
        super().__init__(editor, text)
        self.item_id = item_id
        self._new = dict(changes)
        self._old: dict[str, Any] = {}

    def _do(self, session: Session) -> None:
        self._old = pe.update_item(session, self.item_id, self._new)

    def _redo(self, session: Session) -> None:
        pe.update_item(session, self.item_id, self._new)

    def _undo(self, session: Session) -> None:
        pe.update_item(session, self.item_id, self._old)

    def focus(self) -> int | None:
        return self.item_id


class SetPlannedCommand(PlanCommand):
    """Plan (text) or unplan (None) an item in a period."""

    def __init__(
        self, editor: PlanEditor, text: str, item_id: int, period_key: str, planned: str | None
    ) -> None:
        super().__init__(editor, text)
        self.item_id = item_id
        self._key = period_key
        self._new = planned
        self._old: str | None = None

    def _do(self, session: Session) -> None:
        self._old = pe.set_planned(session, self.item_id, self._key, self._new)

    def _redo(self, session: Session) -> None:
        pe.set_planned(session, self.item_id, self._key, self._new)

    def _undo(self, session: Session) -> None:
        pe.set_planned(session, self.item_id, self._key, self._old)

    def focus(self) -> int | None:
        return self.item_id


class MoveCommand(PlanCommand):
    """Move (drag, Ctrl+Up/Down), indent or outdent: *how* is "move", "indent", "outdent"."""

    def __init__(
        self,
        editor: PlanEditor,
        text: str,
        item_id: int,
        how: str = "move",
        target: tuple[int | None, int] | None = None,
    ) -> None:
        super().__init__(editor, text)
        self.item_id = item_id
        self._how = how
        self._new = target
        self._old: tuple[int | None, int] | None = None

    def _do(self, session: Session) -> None:
        if self._how == "indent":
            self._old = pe.indent(session, self.item_id)
        elif self._how == "outdent":
            self._old = pe.outdent(session, self.item_id)
        else:
            assert self._new is not None
            self._old = pe.move_item(session, self.item_id, *self._new)
        item = pe.get_item(session, self.item_id)
        self._new = (item.parent_id, item.position)

    def _redo(self, session: Session) -> None:
        assert self._new is not None
        pe.move_item(session, self.item_id, *self._new)

    def _undo(self, session: Session) -> None:
        assert self._old is not None
        pe.move_item(session, self.item_id, *self._old)

    def focus(self) -> int | None:
        return self.item_id


class DeleteCommand(PlanCommand):
    """Delete an item with its sub-items, planned periods, progress and event links."""

    def __init__(self, editor: PlanEditor, text: str, item_id: int, neighbour: int | None) -> None:
        super().__init__(editor, text)
        self.item_id = item_id
        self._neighbour = neighbour
        self._snapshot: pe.Snapshot | None = None

    def _redo(self, session: Session) -> None:
        self._snapshot = pe.delete_item(session, self.item_id)

    def _undo(self, session: Session) -> None:
        assert self._snapshot is not None
        pe.restore_snapshot(session, self._snapshot)

    def focus(self) -> int | None:
        return self._neighbour

    def undo_focus(self) -> int | None:
        return self.item_id


class PasteCommand(PlanCommand):
    """Recognised rows (paste from Excel/Word) inserted under one item."""

    def __init__(
        self,
        editor: PlanEditor,
        text: str,
        items: list[ItemData],
        parent_id: int | None,
        position: int | None,
    ) -> None:
        super().__init__(editor, text)
        self._items = items
        self._parent = parent_id
        self._position = position
        self._tops: list[int] = []
        self._snapshots: list[pe.Snapshot] = []

    def _do(self, session: Session) -> None:
        ids = pe.insert_items(
            session, self.editor.plan_id, self._items, self._parent, self._position
        )
        self._tops = [i for i in ids if pe.get_item(session, i).parent_id == self._parent]

    def _redo(self, session: Session) -> None:
        for snapshot in self._snapshots:
            pe.restore_snapshot(session, snapshot)

    def _undo(self, session: Session) -> None:
        # delete from the last so that each snapshot's position is right when restored
        self._snapshots = [pe.delete_item(session, i) for i in reversed(self._tops)][::-1]

    def focus(self) -> int | None:
        return self._tops[0] if self._tops else self._parent

    def undo_focus(self) -> int | None:
        return self._parent


class RenumberCommand(PlanCommand):
    def __init__(self, editor: PlanEditor, text: str, changes: list[tuple[int, str, str]]) -> None:
        super().__init__(editor, text)
        self._changes = list(changes)

    def _redo(self, session: Session) -> None:
        pe.apply_codes(session, self._changes)

    def _undo(self, session: Session) -> None:
        pe.apply_codes(session, [(i, new, old) for i, old, new in self._changes])


class FootnotesCommand(PlanCommand):
    def __init__(self, editor: PlanEditor, text: str, notes: list[tuple[str, str]]) -> None:
        super().__init__(editor, text)
        self._new = list(notes)
        self._old: list[tuple[str, str]] = []

    def _do(self, session: Session) -> None:
        self._old = pe.set_footnotes(session, self.editor.plan_id, self._new)

    def _redo(self, session: Session) -> None:
        pe.set_footnotes(session, self.editor.plan_id, self._new)

    def _undo(self, session: Session) -> None:
        pe.set_footnotes(session, self.editor.plan_id, self._old)


class ImportPlanCommand(PlanCommand):
    """Store an imported plan as the current one; undo makes the plan before it current
    again (the imported plan stays in the database, not current), redo the imported one."""

    def __init__(self, editor: PlanEditor, text: str, data: PlanData) -> None:
        super().__init__(editor, text)
        self._data = data
        self.previous_id: int | None = None
        self.plan_id: int | None = None

    def _run(self, work: Any, *, undoing: bool) -> None:
        self.editor.switch(self.text(), work)  # another plan current: the page reads it all

    def _do(self, session: Session) -> None:
        from app.services.plan_file import store_imported_plan
        from app.services.plans import current_plan_id

        self.previous_id = current_plan_id(session)
        self.plan_id = store_imported_plan(session, self._data).id

    def _redo(self, session: Session) -> None:
        pe_make_current(session, self.plan_id)

    def _undo(self, session: Session) -> None:
        pe_make_current(session, self.previous_id)


class StartPlanCommand(PlanCommand):
    """Start a new, empty plan typed by hand (title, year, periods) as the current one;
    undo makes the plan before it current again (none on a new database)."""

    def __init__(self, editor: PlanEditor, text: str, title: str, year: int, scheme: str) -> None:
        super().__init__(editor, text)
        self._frame = (title, year, scheme)
        self.previous_id: int | None = None
        self.plan_id: int | None = None

    def _run(self, work: Any, *, undoing: bool) -> None:
        self.editor.switch(self.text(), work)  # another plan current: the page reads it all

    def _do(self, session: Session) -> None:
        from app.domain.periods import Scheme
        from app.services.plan_setup import start_plan
        from app.services.plans import current_plan_id

        self.previous_id = current_plan_id(session)
        title, year, scheme = self._frame
        self.plan_id = start_plan(session, title=title, year=year, scheme=Scheme(scheme)).id

    def _redo(self, session: Session) -> None:
        pe_make_current(session, self.plan_id)

    def _undo(self, session: Session) -> None:
        pe_make_current(session, self.previous_id)
