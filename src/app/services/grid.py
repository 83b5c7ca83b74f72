"""The progress grid (activities × periods) read as plain rows: fast for 5,000 activities."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.bulk import collector_paused
from app.db.fastread import PLANNED_PERIODS_SQL, TREE_ORDER, by_parent
from app.db.models import PlanPeriod, Return
from app.db.plain import plain_rows
from app.domain.marks import Mark
from app.domain.plan import depth_first
from app.domain.status import ReturnDirection, ReturnStatus, Status
from app.services.locks import INSTITUTION


@dataclass(frozen=True)
class PeriodInfo:
    id: int
    key: str
    label: str
    start: date
    end: date
    due: date
    locked: bool


@dataclass(slots=True)
class Cell:
    """An activity in a period: its mark (None: nothing reported), whether and how it was
    planned, and the events held for it."""

    mark: Mark | None = None
    planned_text: str | None = None  # None: not planned in this period
    events: int = 0
    event_participants: int = 0

    @property
    def status(self) -> str | None:
        """The mark's status word (None: no mark)."""
        mark = self.mark
        return mark.status if mark is not None else None


class _Facts:
    """What the database holds per (activity, period column), kept as the raw rows until a
    row is shown.

    Cells (and their :class:`Mark`) are built when a row's ``cells`` are first read: opening a
    5,000-activity grid makes only the cells on screen (filters and the dashboard read them
    all, later).
    """

    __slots__ = ("events", "n_periods", "planned", "progress")

    def __init__(self, n_periods: int) -> None:
        self.n_periods = n_periods
        self.planned: dict[tuple[int, int], str | None] = {}
        # the progress row's columns from status on, as read (see _load_grid)
        self.progress: dict[tuple[int, int], tuple[Any, ...]] = {}
        self.events: dict[tuple[int, int], list[int]] = {}

    def cells_of(self, item_id: int) -> list[Cell]:
        planned, progress, events = self.planned, self.progress, self.events
        cells: list[Cell] = []
        for col in range(self.n_periods):
            key = (item_id, col)
            raw = progress.get(key)
            mark = None
            if raw is not None:
                status, done_on, participants, achieved, reason, note = raw
                if done_on is not None:
                    done_on = _day(done_on)
                mark = Mark(status, done_on, participants, achieved, reason or "", note or "")
            counted = events.get(key)
            if counted is None:
                cells.append(Cell(mark, planned.get(key)))
            else:
                cells.append(Cell(mark, planned.get(key), counted[0], counted[1]))
        return cells


class GridRow:
    """A row of the grid: a goal/sub-goal band (no cells) or an activity."""

    __slots__ = (
        "_cells",
        "_facts",
        "code",
        "depth",
        "description",
        "id",
        "kind",
        "target_text",
        "target_value",
    )

    def __init__(
        self,
        id: int,
        code: str,
        kind: str,
        description: str,
        depth: int,
        target_text: str = "",
        target_value: float | None = None,
        cells: list[Cell] | None = None,
        facts: _Facts | None = None,
    ) -> None:
        self.id, self.code, self.kind, self.description = id, code, kind, description
        self.depth, self.target_text, self.target_value = depth, target_text, target_value
        self._cells, self._facts = cells, facts

    @property
    def cells(self) -> list[Cell]:
        """One cell per period for an activity (built on first use), none for a band."""
        if self._cells is None:
            facts = self._facts
            self._cells = (
                facts.cells_of(self.id) if facts is not None and self.kind == "activity" else []
            )
            self._facts = None
        return self._cells

    @cells.setter
    def cells(self, cells: list[Cell]) -> None:
        self._cells = cells

    def __repr__(self) -> str:
        return f"GridRow({self.code!r}, {self.kind}, depth={self.depth})"


@dataclass
class Grid:
    periods: list[PeriodInfo]
    rows: list[GridRow]

    def activity_rows(self) -> list[GridRow]:
        return [r for r in self.rows if r.kind == "activity"]


def _day(value: date | str | None) -> date | None:
    """A date column read through text(): SQLite gives ISO text, other databases dates."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _tree_rows(items: list[Any], facts: _Facts) -> list[GridRow]:
    """Rows in tree order (parents before children, siblings as the query sorted them)."""
    children = by_parent(items)
    return [
        GridRow(t[0], t[2], t[3], t[4], depth, t[5], t[6], None, facts)
        for t, depth in depth_first(children, itemgetter(0))
    ]


def load_grid(session: Session, plan_id: int) -> Grid:
    with collector_paused():
        return _load_grid(session, plan_id)


def _load_grid(session: Session, plan_id: int) -> Grid:
    locked_keys = set(
        session.scalars(
            select(Return.period_key).where(
                Return.plan_id == plan_id,
                Return.direction == ReturnDirection.OUTGOING.value,
                Return.status == ReturnStatus.SIGNED.value,
                Return.kind == INSTITUTION,
            )
        )
    )
    periods = [
        PeriodInfo(p.id, p.key, p.label, p.start, p.end, p.due, p.key in locked_keys)
        for p in session.execute(
            select(PlanPeriod).where(PlanPeriod.plan_id == plan_id).order_by(PlanPeriod.start)
        ).scalars()
    ]
    col_of_id = {p.id: n for n, p in enumerate(periods)}
    col_of_key = {p.key: n for n, p in enumerate(periods)}
    facts = _Facts(len(periods))
    raw = plain_rows(session)
    # siblings by position; the stored natural sort key breaks ties (no per-row parsing)
    items = raw(
        "SELECT id, parent_id, code, kind, description, target_text, target_value "
        f"FROM plan_item WHERE plan_id = ? {TREE_ORDER}",
        (plan_id,),
    ).fetchall()
    rows = _tree_rows(items, facts)
    planned = facts.planned
    for item_id, key, planned_text in raw(PLANNED_PERIODS_SQL, (plan_id,)).fetchall():
        col = col_of_key.get(key)
        if col is not None:
            planned[(item_id, col)] = planned_text
    progress = facts.progress
    for mark in raw(
        "SELECT p.item_id, p.period_id, p.status, p.done_on, p.participants, "
        "p.achieved_value, p.reason, p.note FROM progress p "
        "JOIN plan_item i ON i.id = p.item_id WHERE i.plan_id = ?",
        (plan_id,),
    ).fetchall():
        progress[(mark[0], col_of_id[mark[1]])] = mark[2:]
    starts = [p.start for p in periods]
    counted = facts.events
    for ev_item, held, people in raw(
        "SELECT item_id, held_on, participants FROM event "
        "WHERE plan_id = ? AND item_id IS NOT NULL",
        (plan_id,),
    ).fetchall():
        held_on = _day(held)
        if held_on is None:
            continue
        col = bisect_right(starts, held_on) - 1
        if col < 0 or held_on > periods[col].end:
            continue
        sums = counted.setdefault((ev_item, col), [0, 0])
        sums[0] += 1
        sums[1] += people or 0
    return Grid(periods, rows)


def cell_matches(cell: Cell, period: PeriodInfo, which: str, today: date) -> bool:
    if which == "not_done":
        return cell.status == Status.NOT_DONE
    if which == "missing_reason":
        mark = cell.mark
        return mark is not None and mark.status == Status.NOT_DONE and not mark.reason.strip()
    if which == "overdue":
        open_status = cell.status in (None, Status.PLANNED, Status.IN_PROGRESS)
        return period.due < today and cell.planned_text is not None and open_status
    return True


def row_matches(row: GridRow, periods: list[PeriodInfo], which: str, today: date) -> bool:
    """Activities with a matching cell; bands only when showing all."""
    if which == "all":
        return True
    if row.kind != "activity":
        return False
    return any(cell_matches(c, p, which, today) for c, p in zip(row.cells, periods, strict=True))
