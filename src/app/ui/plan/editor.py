"""The Plan page's link to the services: one unit of work per change, the tree re-read after.

Undo commands and dialogs call the services only through :class:`PlanEditor`, so every
change is committed (or rolled back) as a whole and the page shows what the database holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.ui.workspace import Workspace

T = TypeVar("T")


class PlanEditor(QObject):
    """Runs service calls on the workspace's database and keeps ``workspace.plan`` current.

    ``reloaded`` is emitted after each change with the id of the item to show selected
    (or None); ``failed`` with a clerk-readable message when a change was refused.
    """

    reloaded = Signal(object)
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    @property
    def plan_id(self) -> int:
        plan = self.workspace.plan
        if plan is None:
            raise RuntimeError("no plan is open")
        return plan.id

    def read(self, query: Callable[[Session], T]) -> T:
        """A read-only question (delete impact, renumber preview, suggested code)."""
        with self.workspace.db.unit() as session:
            return query(session)

    def change(
        self,
        summary: str,
        work: Callable[[Session], T],
        focus: Callable[[], int | None] | None = None,
    ) -> T:
        """Run *work* in one unit of work, re-read the tree, announce it (``focus()``, asked
        after the work, names the item to select).

        Service errors (``PlanDeskError``) propagate: nothing was written then.
        """
        with self.workspace.db.unit(summary) as session:
            result = work(session)
            self._reread(session)
        self.reloaded.emit(focus() if focus is not None else None)
        return result

    def switch(self, summary: str, work: Callable[[Session], T]) -> T:
        """Run *work*, which changes which plan is current (an import, its undo), in one
        unit of work; then read the whole workspace again."""
        with self.workspace.db.unit(summary) as session:
            result = work(session)
        self.reload_all()
        return result

    def reload_all(self) -> None:
        """Read the whole workspace again (another plan became current: an import)."""
        from app.ui.workspace import read_snapshot

        fresh = read_snapshot(self.workspace.db, self.workspace.path)
        self.workspace.plan = fresh.plan
        self.workspace.institution = fresh.institution
        self.reloaded.emit(None)

    def _reread(self, session: Session) -> None:
        from app.services.plans import footnote_list, load_tree
        from app.ui.workspace import FootnoteInfo

        plan = self.workspace.plan
        if plan is None:
            return
        plan.rows = load_tree(session, plan.id)
        plan.footnotes = [FootnoteInfo(m, t) for m, t in footnote_list(session, plan.id)]
