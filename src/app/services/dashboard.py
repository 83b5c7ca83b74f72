"""Figures for the start page: completion per goal and period, due dates, events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from app.domain.status import Status
from app.services.grid import Grid, load_grid


@dataclass
class Completion:
    done: int = 0
    in_progress: int = 0
    not_done: int = 0
    open: int = 0  # planned there, nothing reported yet
    planned: int = 0  # activities planned in the period

    @property
    def share(self) -> float:
        return self.done / self.planned if self.planned else 0.0


@dataclass
class DueDate:
    key: str
    label: str
    due: date
    signed: bool
    days_left: int  # negative: overdue

    @property
    def overdue(self) -> bool:
        return not self.signed and self.days_left < 0


@dataclass
class Dashboard:
    period_keys: list[str]
    period_labels: list[str]
    goals: list[tuple[str, str]]  # (code, description)
    by_goal: dict[str, list[Completion]] = field(default_factory=dict)  # goal code -> per period
    by_period: list[Completion] = field(default_factory=list)
    due_dates: list[DueDate] = field(default_factory=list)
    events: list[int] = field(default_factory=list)  # per period
    participants: list[int] = field(default_factory=list)
    activities: int = 0


def _count(target: Completion, status: str | None) -> None:
    target.planned += 1
    if status == Status.DONE:
        target.done += 1
    elif status == Status.IN_PROGRESS:
        target.in_progress += 1
    elif status == Status.NOT_DONE:
        target.not_done += 1
    elif status != Status.NOT_APPLICABLE:
        target.open += 1


def dashboard(session: Session, plan_id: int, today: date | None = None) -> Dashboard:
    grid: Grid = load_grid(session, plan_id)
    today = today or date.today()
    n = len(grid.periods)
    out = Dashboard(
        period_keys=[p.key for p in grid.periods],
        period_labels=[p.label for p in grid.periods],
        goals=[(r.code, r.description) for r in grid.rows if r.depth == 0],
        by_period=[Completion() for _ in range(n)],
        events=[0] * n,
        participants=[0] * n,
    )
    goal = ""
    for row in grid.rows:
        if row.depth == 0:
            goal = row.code
            out.by_goal[goal] = [Completion() for _ in range(n)]
        if row.kind != "activity":
            continue
        out.activities += 1
        for col, cell in enumerate(row.cells):
            out.events[col] += cell.events
            out.participants[col] += cell.event_participants
            if cell.planned_text is None and cell.status is None:
                continue
            _count(out.by_period[col], cell.status)
            if goal:
                _count(out.by_goal[goal][col], cell.status)
    out.due_dates = [
        DueDate(p.key, p.label, p.due, p.locked, (p.due - today).days) for p in grid.periods
    ]
    return out
