"""What the window shows of an open database, as plain values read through the services.

No Qt and no SQLAlchemy at import time: the window is on screen before the data layer is
imported (see ``app.ui.loader``), so the imports sit inside :func:`open_workspace`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.db.session import Database
    from app.domain.plan import ItemRow


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
    """An open database and what the pages show of it.

    ``db`` (SQLAlchemy) is opened on first use: the first picture comes from a plain
    sqlite3 read, so start-up does not pay for SQLAlchemy's import.
    """

    path: Path
    _db: Database | None = None
    institution: str = ""
    plan: PlanSnapshot | None = None
    warnings: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def db(self) -> Database:
        with self._lock:
            if self._db is None:
                from app.db.migrate import open_database

                self._db = open_database(self.path)
            return self._db

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.dispose()
                self._db = None


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

    workspace = Workspace(path=path, _db=db)
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
    from app.db.fileinfo import HEAD_REVISION, check_known, stored_revision

    revision = stored_revision(path)
    check_known(path, revision)
    if revision == HEAD_REVISION:
        return read_fast(path)
    from app.db.migrate import open_database

    db = open_database(path)
    try:
        return read_snapshot(db, path)
    except BaseException:
        db.dispose()
        raise


def read_fast(path: Path, *, with_rows: bool = True) -> Workspace:
    """The workspace of a current-schema file read with sqlite3 alone."""
    from app.db.fastread import read_snapshot as raw_snapshot

    raw = raw_snapshot(path, with_rows=with_rows)
    workspace = Workspace(path=path, institution=raw.institution)
    if raw.plan is not None:
        from app.domain.codes import natural_key

        p = raw.plan
        workspace.plan = PlanSnapshot(
            id=p.id,
            title=p.title,
            year=p.year,
            scheme=p.scheme,
            periods=[PeriodInfo(x.key, x.label, x.start, x.end, x.due) for x in p.periods],
            footnotes=[
                FootnoteInfo(m, t) for m, t in sorted(p.footnotes, key=lambda f: natural_key(f[0]))
            ],
            rows=p.rows,
        )
    return workspace
