"""Read what the window first shows straight from SQLite, without SQLAlchemy.

Start-up pays for SQLAlchemy's import (~0.4 s) only when the clerk starts editing; the
first picture of the plan comes from here. Only for a file already at the current schema.
A database on a server has no file to read: :func:`read_snapshot_of` reads the same picture
through an open ``Database`` (the driver's own rows, ``app.db.plain``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.bulk import collector_paused
from app.db.fileinfo import BUSY_SECONDS, sqlite_failure
from app.domain.plan import ItemRow, depth_first

if TYPE_CHECKING:
    from app.db.session import Database


@dataclass
class RawPeriod:
    key: str
    label: str
    start: date
    end: date
    due: date


@dataclass
class RawPlan:
    id: int
    title: str
    year: int
    scheme: str
    periods: list[RawPeriod] = field(default_factory=list)
    footnotes: list[tuple[str, str]] = field(default_factory=list)
    rows: list[ItemRow] = field(default_factory=list)


@dataclass
class RawSnapshot:
    institution: str = ""
    plan: RawPlan | None = None


def read_snapshot(path: Path, *, with_rows: bool = True) -> RawSnapshot:
    """The institution's name and the current plan (with its tree unless *with_rows* is
    False: the header strip needs only the title and periods).

    A database another program keeps busy past ``BUSY_SECONDS`` (or a full or unreadable
    disk) raises ``app.db.fileinfo.DatabaseError`` with one sentence."""
    try:
        return _read_snapshot(path, with_rows)
    except sqlite3.OperationalError as exc:
        raise sqlite_failure(exc, path) from exc


def _read_snapshot(path: Path, with_rows: bool) -> RawSnapshot:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_SECONDS)
    try:
        return _snapshot(con.execute, with_rows)
    finally:
        con.close()


def read_snapshot_of(db: Database, *, with_rows: bool = True) -> RawSnapshot:
    """:func:`read_snapshot` through an open database (a server's, or a file's); the
    server's refusals raise ``DatabaseError`` with one sentence."""
    from app.db.plain import plain_rows

    with db.unit() as session:
        return _snapshot(plain_rows(session), with_rows)


def _day(value: date | str) -> date:
    """A date column: SQLite gives ISO text, PostgreSQL a date."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _snapshot(execute: Callable[[str, tuple[Any, ...]], Any], with_rows: bool) -> RawSnapshot:
    snap = RawSnapshot()
    row = execute("SELECT name FROM institution WHERE is_self LIMIT 1", ()).fetchone()
    snap.institution = row[0] if row else ""
    plan = execute(
        "SELECT id, title, year, scheme FROM plan WHERE is_current ORDER BY id DESC LIMIT 1", ()
    ).fetchone()
    if plan is None:
        return snap
    raw = RawPlan(*plan)
    raw.periods = [
        RawPeriod(k, label or k, _day(s), _day(e), _day(d))
        for k, label, s, e, d in execute(
            'SELECT key, label, start, "end", due FROM plan_period WHERE plan_id = ? '
            "ORDER BY start",
            (raw.id,),
        ).fetchall()
    ]
    raw.footnotes = [
        (mark, text)
        for mark, text in execute(
            "SELECT mark, text FROM footnote WHERE plan_id = ?", (raw.id,)
        ).fetchall()
    ]
    snap.plan = raw
    if not with_rows:
        return snap
    raw.rows = read_item_rows(execute, raw.id)
    return snap


# (item id, period key, planned text) of a plan's items
PLANNED_PERIODS_SQL = (
    "SELECT pp.item_id, pp.period_key, pp.planned_text FROM planned_period pp "
    "JOIN plan_item i ON i.id = pp.item_id WHERE i.plan_id = ?"
)
# siblings together, in their order (SQLite walks ix_plan_item_tree: no sort)
TREE_ORDER = "ORDER BY parent_id, position, sort_key"


def by_parent(items: list[Any]) -> dict[Any, list[Any]]:
    """Rows whose second column is the parent id, grouped by it (order kept)."""
    children: dict[Any, list[Any]] = {}
    for item in items:
        siblings = children.get(item[1])
        if siblings is None:
            children[item[1]] = [item]
        else:
            siblings.append(item)
    return children


def read_item_rows(execute: Callable[[str, tuple[Any, ...]], Any], plan_id: int) -> list[ItemRow]:
    """The items of a plan in tree order (parents first; siblings by position, then the
    stored natural sort key of their code), read through a DB-API ``execute`` with "?"
    markers: the start-up snapshot and ``services.plans.load_tree`` share it."""
    with collector_paused():
        return _read_item_rows(execute, plan_id)


def _read_item_rows(execute: Callable[[str, tuple[Any, ...]], Any], plan_id: int) -> list[ItemRow]:
    planned: dict[int, dict[str, str]] = {}
    for item_id, key, text in execute(PLANNED_PERIODS_SQL, (plan_id,)).fetchall():
        found = planned.get(item_id)
        if found is None:
            planned[item_id] = {key: text}
        else:
            found[key] = text
    children = by_parent(
        execute(
            "SELECT id, parent_id, code, kind, description, responsible, partners, "
            "target_text, target_value, target_unit, footnote_marks, not_planned_reason, notes "
            f"FROM plan_item WHERE plan_id = ? {TREE_ORDER}",
            (plan_id,),
        ).fetchall()
    )
    rows: list[ItemRow] = []
    for item, depth in depth_first(children, _first):
        marks = item[10]
        if isinstance(marks, str):  # JSON text from the driver
            marks = json.loads(marks) if marks != "[]" else []
        rows.append(
            ItemRow(
                item[0],
                item[1],
                item[2],
                item[3],
                item[4],
                depth,
                item[5],
                item[6],
                item[7],
                item[8],
                item[9],
                planned.get(item[0], {}),
                list(marks or []),
                item[11],
                item[12],
            )
        )
    return rows


def _first(item: tuple[Any, ...]) -> Any:
    return item[0]
