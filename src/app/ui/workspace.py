"""What the window shows of an open database, as plain values read through the services.

No Qt and no SQLAlchemy at import time: the window is on screen before the data layer is
imported (see ``app.ui.loader``), so the imports sit inside :func:`open_workspace`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.db.session import Database
    from app.services.plans import ItemRow


@dataclass(frozen=True)
class PeriodInfo:
    key: str
    label: str
    start: date
    end: date
    due: date


@dataclass(frozen=True)
class FootnoteInfo:
    mark: str
    text: str


@dataclass
class PlanSnapshot:
    id: int
    title: str
    year: int
    scheme: str
    periods: list[PeriodInfo]
    footnotes: list[FootnoteInfo]
    rows: list[ItemRow]


@dataclass
class Workspace:
    """An open database and what the pages show of it."""

    path: Path
    db: Database
    institution: str = ""
    plan: PlanSnapshot | None = None
    warnings: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.db.dispose()


def current_period(periods: list[PeriodInfo], today: date) -> PeriodInfo | None:
    """The period holding *today*; else the last one that has begun; else the first."""
    ordered = sorted(periods, key=lambda p: p.start)
    if not ordered:
        return None
    for period in ordered:
        if period.start <= today <= period.end:
            return period
    begun = [p for p in ordered if p.start <= today]
    return begun[-1] if begun else ordered[0]


def read_snapshot(db: Database, path: Path) -> Workspace:
    """Read the institution and the current plan of *db* (one unit of work)."""
    from app.domain.codes import natural_key
    from app.services.institutions import get_self
    from app.services.plans import current_plan, load_tree

    workspace = Workspace(path=path, db=db)
    with db.unit() as session:
        inst = get_self(session)
        workspace.institution = inst.name if inst is not None else ""
        plan = current_plan(session)
        if plan is not None:
            periods = [
                PeriodInfo(p.key, p.label or p.key, p.start, p.end, p.due)
                for p in sorted(plan.periods, key=lambda p: p.start)
            ]
            footnotes = [
                FootnoteInfo(f.mark, f.text)
                for f in sorted(plan.footnotes, key=lambda f: natural_key(f.mark))
            ]
            workspace.plan = PlanSnapshot(
                id=plan.id,
                title=plan.title,
                year=plan.year,
                scheme=plan.scheme,
                periods=periods,
                footnotes=footnotes,
                rows=load_tree(session, plan.id),
            )
    return workspace


def open_workspace(path: Path) -> Workspace:
    """Open (create or migrate) the database at *path* and read it.

    Raises ``app.db.migrate.DatabaseError`` (or ``NewerDatabaseError``) for a file that is
    not a PlanDesk database or comes from a newer PlanDesk.
    """
    from app.db.migrate import open_database

    db = open_database(path)
    try:
        return read_snapshot(db, path)
    except BaseException:
        db.dispose()
        raise
