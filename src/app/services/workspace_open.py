"""Opening a database for the window: what it shows first, as plain values.

The window asks with a path and gets a :class:`Workspace` back (the institution, the current
plan with its periods, footnotes and rows). Nothing heavy is imported at module level: the
window is on screen before the data layer is loaded, and a file already at the current schema
is read with sqlite3 alone (``app.db.fastread``), so that the first picture of the plan never
pays for SQLAlchemy's import. SQLAlchemy comes in with :attr:`Workspace.db`, on first use
(the window warms it up in the background), or when a file must first be migrated.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.db.session import Database
    from app.domain.plan import ItemRow

# Why a database could not be opened, for the window to pick its message (refusal_kind).
NEWER = "newer"  # written by a newer PlanDesk: refused, never touched
INVALID = "invalid"  # not a PlanDesk database, damaged, or unreadable


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
    sqlite3 read, so start-up does not pay for SQLAlchemy's import. ``kind`` is the
    institution's kind when it was read with the snapshot (None: not read, ask the file).
    """

    path: Path
    _db: Database | None = None
    institution: str = ""
    plan: PlanSnapshot | None = None
    warnings: list[str] = field(default_factory=list)
    kind: str | None = None
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
        workspace.kind = str(inst.kind or "") if inst is not None else ""
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

    Raises ``app.db.fileinfo.DatabaseError`` (``NewerDatabaseError`` for a file of a newer
    PlanDesk), ``OSError`` or a driver's error for a file that cannot be used:
    :func:`refusal_kind` sorts them for the window.
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
    from app.services.registry import own_kind_of_file

    raw = raw_snapshot(path, with_rows=with_rows)
    workspace = Workspace(path=path, institution=raw.institution, kind=own_kind_of_file(path))
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


def refusal_kind(exc: BaseException) -> str | None:
    """:data:`NEWER` or :data:`INVALID` for an error of :func:`open_workspace` that says the
    file cannot be used; None for anything else (a bug, to be logged as such)."""
    import sqlite3

    from app.db.fileinfo import DatabaseError, NewerDatabaseError

    if isinstance(exc, NewerDatabaseError):
        return NEWER
    if isinstance(exc, DatabaseError | OSError | sqlite3.DatabaseError):
        return INVALID
    # SQLAlchemy's errors only when it is loaded (a migration ran): never imported here
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.SQLAlchemyError):
        return INVALID
    return None


def load_data_layer() -> None:
    """Import what :func:`open_workspace` needs of the data layer (sqlite3 and the file
    checks); an error here is a broken installation, not a broken file."""
    import sqlite3  # noqa: F401

    import app.db.fileinfo  # noqa: F401
