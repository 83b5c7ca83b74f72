"""The progress grid (activities × periods) read as plain rows: fast for 5,000 activities."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db.models import PlanPeriod, Return
from app.domain.status import ReturnDirection, ReturnStatus, Status


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
    status: str | None = None
    done_on: date | None = None
    participants: int | None = None
    achieved: float | None = None
    reason: str = ""
    note: str = ""
    planned_text: str | None = None  # None: not planned in this period
    events: int = 0
    event_participants: int = 0


@dataclass(slots=True)
class GridRow:
    """A row of the grid: a goal/sub-goal band (no cells) or an activity."""

    id: int
    code: str
    kind: str
    description: str
    depth: int
    target_text: str = ""
    target_value: float | None = None
    cells: list[Cell] = field(default_factory=list)


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


def load_grid(session: Session, plan_id: int) -> Grid:
    locked_keys = set(
        session.scalars(
            select(Return.period_key).where(
                Return.plan_id == plan_id,
                Return.direction == ReturnDirection.OUTGOING.value,
                Return.status == ReturnStatus.SIGNED.value,
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
    # plain rows through text(): no ORM or type processing on the 5,000-row path
    items = session.execute(
        text(
            "SELECT id, parent_id, code, kind, description, position, target_text, "
            "target_value, sort_key FROM plan_item WHERE plan_id = :plan"
        ),
        {"plan": plan_id},
    ).all()
    children: dict[int | None, list[tuple]] = {}  # type: ignore[type-arg]
    for it in items:
        children.setdefault(it.parent_id, []).append(tuple(it))
    for sibs in children.values():
        # position first; the stored natural sort key breaks ties (no per-row parsing)
        sibs.sort(key=lambda t: (t[5], t[8]))
    rows: list[GridRow] = []
    by_id: dict[int, GridRow] = {}
    order: list[tuple[tuple, int]] = []  # type: ignore[type-arg]
    stack = [(t, 0) for t in reversed(children.get(None, []))]
    while stack:  # depth first, parents before children
        t, depth = stack.pop()
        order.append((t, depth))
        stack.extend((c, depth + 1) for c in reversed(children.get(t[0], [])))
    n_periods = len(periods)
    for t, depth in order:
        row = GridRow(t[0], t[2], t[3], t[4], depth, t[6], t[7])
        if row.kind == "activity":
            row.cells = [Cell() for _ in range(n_periods)]
            by_id[row.id] = row
        rows.append(row)
    for item_id, key, planned_text in session.execute(
        text(
            "SELECT pp.item_id, pp.period_key, pp.planned_text FROM planned_period pp "
            "JOIN plan_item i ON i.id = pp.item_id WHERE i.plan_id = :plan"
        ),
        {"plan": plan_id},
    ).all():
        if item_id in by_id and key in col_of_key:
            by_id[item_id].cells[col_of_key[key]].planned_text = planned_text
    for item_id, period_id, status, done_on, people, achieved, reason, note in session.execute(
        text(
            "SELECT p.item_id, p.period_id, p.status, p.done_on, p.participants, "
            "p.achieved_value, p.reason, p.note FROM progress p "
            "JOIN plan_item i ON i.id = p.item_id WHERE i.plan_id = :plan"
        ),
        {"plan": plan_id},
    ).all():
        mark_row = by_id.get(item_id)
        if mark_row is not None:
            cell = mark_row.cells[col_of_id[period_id]]
            cell.status, cell.done_on, cell.participants = status, _day(done_on), people
            cell.achieved, cell.reason, cell.note = achieved, reason, note
    starts = [p.start for p in periods]
    for ev_item, held, people in session.execute(
        text(
            "SELECT item_id, held_on, participants FROM event "
            "WHERE plan_id = :plan AND item_id IS NOT NULL"
        ),
        {"plan": plan_id},
    ).all():
        ev_row = by_id.get(ev_item)
        held_on = _day(held)
        if held_on is None:
            continue
        col = bisect_right(starts, held_on) - 1
        if ev_row is None or col < 0 or held_on > periods[col].end:
            continue
        cell = ev_row.cells[col]
        cell.events += 1
        cell.event_participants += people or 0
    return Grid(periods, rows)


FILTERS = ("all", "not_done", "missing_reason", "overdue")


def cell_matches(cell: Cell, period: PeriodInfo, which: str, today: date) -> bool:
    if which == "not_done":
        return cell.status == Status.NOT_DONE
    if which == "missing_reason":
        return cell.status == Status.NOT_DONE and not cell.reason.strip()
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
