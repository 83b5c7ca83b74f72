"""Undoable edits of the grid; each applies through the services in one transaction.

A command is pushed only after its first application succeeded (a refused edit leaves no
trace in Edit → Undo). If a later undo or redo is refused (the period was locked meanwhile)
the message is shown and the command drops out of the stack (``setObsolete``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.marks import Mark
from app.domain.status import Status
from app.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from app.services.progress import ProgressInput
    from app.services.progress_bulk import CellState
    from app.ui.progress.grid_model import ProgressGridModel
    from app.ui.workspace import Workspace


@dataclass(frozen=True)
class Target:
    """A cell of the grid: its model row and column, the activity code and period key."""

    row: int
    column: int
    code: str
    period_key: str


def state_of(target: Target, mark: Mark | None) -> ProgressInput | None:
    """A cell's mark as the service takes it (None: no mark), by
    :meth:`ProgressInput.of`, the one Mark -> ProgressInput conversion."""
    from app.services.progress import ProgressInput

    return None if mark is None else ProgressInput.of(target.code, target.period_key, mark)


def with_status(mark: Mark | None, status: str, reason: str) -> Mark:
    """*mark* (or no mark) given *status*: a date only when done or in progress, a reason only
    when not done; participants, the achieved value and the note stay."""
    dated = status in (Status.DONE, Status.IN_PROGRESS)
    return Mark(
        status,
        done_on=mark.done_on if mark is not None and dated else None,
        participants=mark.participants if mark is not None else None,
        achieved=mark.achieved if mark is not None else None,
        reason=reason if status == Status.NOT_DONE else "",
        note=mark.note if mark is not None else "",
    )


class ProgressEditor:
    """Stores marks and evidence and keeps the grid model in step with the database."""

    def __init__(self, workspace: Workspace, model: ProgressGridModel, plan_id: int) -> None:
        self.workspace = workspace
        self.model = model
        self.plan_id = plan_id

    def apply(self, targets: Sequence[Target], marks: Sequence[Mark | None]) -> None:
        """Store *marks* (one per target; None clears) in one transaction, then show them."""
        from app.services.progress_bulk import apply_states

        rows: list[CellState] = [
            (t.code, t.period_key, state_of(t, m)) for t, m in zip(targets, marks, strict=True)
        ]
        with self.workspace.db.unit("progress") as session:
            apply_states(session, self.plan_id, rows)
        for target, mark in zip(targets, marks, strict=True):
            self.show_state(target, mark)

    def show_state(self, target: Target, mark: Mark | None) -> None:
        """Show *mark* (as stored: its texts without surrounding blanks) in the target's cell."""
        if mark is not None and (
            mark.reason != mark.reason.strip() or mark.note != mark.note.strip()
        ):
            mark = replace(mark, reason=mark.reason.strip(), note=mark.note.strip())
        self.model.update_cell(target.row, target.column, mark)

    def with_session(self, work: Callable[[Any, int], Any]) -> Any:
        """*work(session, plan_id)* in one unit of work."""
        with self.workspace.db.unit("evidence") as session:
            return work(session, self.plan_id)


class ProgressCommand(ServiceCommand):
    """A grid change through the services (see :mod:`app.ui.undo`): run once by
    :meth:`execute` before it is pushed; a refused undo or redo reports *on_error*."""

    def __init__(self, editor: ProgressEditor, text: str, on_error: Callable[[str], None]) -> None:
        super().__init__(text)
        self.editor = editor
        self._on_error = on_error

    def _run(self, work: Callable[[], Any], *, undoing: bool) -> Any:
        return work()

    def _report(self, message: str) -> None:
        self._on_error(message)


class SetCellsCommand(ProgressCommand):
    """Set (or clear) the marks of several cells; undo puts the previous marks back."""

    def __init__(
        self,
        editor: ProgressEditor,
        targets: Sequence[Target],
        before: Sequence[Mark | None],
        after: Sequence[Mark | None],
        text: str,
        on_error: Callable[[str], None],
    ) -> None:
        super().__init__(editor, text, on_error)
        self.targets = list(targets)
        self.before = list(before)
        self.after = list(after)

    def _redo(self) -> None:
        self.editor.apply(self.targets, self.after)

    def _undo(self) -> None:
        self.editor.apply(self.targets, self.before)


class AttachCommand(ProgressCommand):
    """Add an evidence file; undo removes it (and the 'planned' mark it had to create)."""

    def __init__(
        self,
        editor: ProgressEditor,
        target: Target,
        path: Path,
        had_mark: bool,
        text: str,
        on_error: Callable[[str], None],
        on_change: Callable[[], None],
    ) -> None:
        super().__init__(editor, text, on_error)
        self.target, self.path, self.had_mark = target, path, had_mark
        self._on_change = on_change
        self.attachment_id: int | None = None
        self._removed: dict[str, Any] | None = None

    def _do(self) -> None:
        from app.services.attachments import add_to_progress

        self.attachment_id = self.editor.with_session(
            lambda s, plan: add_to_progress(
                s, plan, self.target.code, self.target.period_key, self.path
            )
        )
        self._after_attach()

    def _after_attach(self) -> None:
        if not self.had_mark:
            self.editor.show_state(self.target, Mark(Status.PLANNED.value))
        self._on_change()

    def _redo(self) -> None:
        from app.services.attachments import progress_row, restore

        removed = self._removed
        assert removed is not None

        def work(session: Any, plan: int) -> None:
            row = progress_row(session, plan, self.target.code, self.target.period_key)
            restore(session, {**removed, "progress_id": row.id})

        self.editor.with_session(work)
        self._after_attach()

    def _undo(self) -> None:
        from app.services.attachments import remove
        from app.services.progress_bulk import clear_progress

        attachment_id = self.attachment_id
        assert attachment_id is not None  # set by the first run, before any undo

        def work(session: Any, plan: int) -> None:
            self._removed = remove(session, plan, attachment_id)
            if not self.had_mark:
                clear_progress(session, plan, self.target.code, self.target.period_key)

        self.editor.with_session(work)
        if not self.had_mark:
            self.editor.show_state(self.target, None)
        self._on_change()


class RemoveEvidenceCommand(ProgressCommand):
    """Remove an evidence file; undo puts it back with the same name, bytes and hash."""

    def __init__(
        self,
        editor: ProgressEditor,
        attachment_id: int,
        text: str,
        on_error: Callable[[str], None],
        on_change: Callable[[], None],
    ) -> None:
        super().__init__(editor, text, on_error)
        self.attachment_id = attachment_id
        self._on_change = on_change
        self._removed: dict[str, Any] | None = None

    def _redo(self) -> None:
        from app.services.attachments import remove

        self._removed = self.editor.with_session(
            lambda s, plan: remove(s, plan, self.attachment_id)
        )
        self._on_change()

    def _undo(self) -> None:
        from app.services.attachments import restore

        removed = self._removed
        assert removed is not None
        self.editor.with_session(lambda s, _plan: restore(s, removed))
        self._on_change()
