"""Figures for the start page: completion per goal and period, due dates, events.

Completion is counted by the one rule of :mod:`app.domain.totals` (the rule a return's
totals follow): every activity in every period is one :class:`Figures`; "open" is an
activity planned in the period with nothing reported yet, and an activity marked "planned"
counts with that status, not as open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from app.domain.totals import Figures, Totals, figures_of
from app.services.grid import Cell, Grid, load_grid


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
    by_goal: dict[str, Totals] = field(default_factory=dict)  # goal code -> all periods
    by_period: list[Totals] = field(default_factory=list)  # events: those of an activity
    overall: Totals = field(default_factory=Totals)  # every activity in every period
    due_dates: list[DueDate] = field(default_factory=list)


def figures(cell: Cell) -> Figures:
    """An activity's cell in a period as the totals rule takes it."""
    return figures_of(
        cell.mark,
        planned=cell.planned_text is not None,
        events=cell.events,
        event_participants=cell.event_participants,
    )


def dashboard(session: Session, plan_id: int, today: date | None = None) -> Dashboard:
    grid: Grid = load_grid(session, plan_id)
    today = today or date.today()
    out = Dashboard(
        period_keys=[p.key for p in grid.periods],
        period_labels=[p.label for p in grid.periods],
        goals=[(r.code, r.description) for r in grid.rows if r.depth == 0],
        by_period=[Totals() for _ in grid.periods],
    )
    goal: Totals | None = None
    for row in grid.rows:
        if row.depth == 0:
            goal = out.by_goal[row.code] = Totals()
        if row.kind != "activity":
            continue
        for col, cell in enumerate(row.cells):
            counted = figures(cell)
            out.by_period[col].add(counted)
            out.overall.add(counted)
            if goal is not None:
                goal.add(counted)
    out.due_dates = [
        DueDate(p.key, p.label, p.due, p.locked, (p.due - today).days) for p in grid.periods
    ]
    return out
