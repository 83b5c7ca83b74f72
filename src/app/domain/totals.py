"""The one rule that adds up a period's figures: a return's totals, a consolidated item's
figures over its institutions and the consolidated totals all come from :class:`Totals`.

Counts stay whole numbers; achieved values keep their decimals (2.5 adds as 2.5, not 2) and
are written as whole numbers only when they are whole (7.0 is written 7).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.domain.marks import Mark
from app.domain.status import STATUS_WORDS, Status

DECIMALS = 6


def number(value: float | int | None) -> int | float:
    """A figure as a return writes it: 7.0 -> 7, 2.50 -> 2.5, None -> 0."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    rounded = round(float(value), DECIMALS)
    return int(rounded) if rounded.is_integer() else rounded


@dataclass(frozen=True, slots=True)
class Figures:
    """What one activity reports for one period (or one institution's report of it)."""

    status: str | None = None  # None: nothing reported
    planned: bool = False  # planned in this period
    participants: int | None = None
    achieved: float | None = None
    events: int = 0
    event_participants: int = 0


def figures_of(
    mark: Mark | None, *, planned: bool, events: int = 0, event_participants: int = 0
) -> Figures:
    """An activity's mark in a period (None: nothing reported) as the totals rule takes it."""
    if mark is None:
        return Figures(planned=planned, events=events, event_participants=event_participants)
    return Figures(
        status=mark.status,
        planned=planned,
        participants=mark.participants,
        achieved=mark.achieved,
        events=events,
        event_participants=event_participants,
    )


@dataclass(slots=True)
class Totals:
    """Sums over many :class:`Figures` (slots: a consolidation adds to one per activity for
    every school of a country)."""

    activities: int = 0
    planned_in_period: int = 0
    open: int = 0  # planned in the period, nothing reported yet
    reporting: int = 0  # figures with a status
    # every status word, in its order, zero until counted (a Counter: a status word this
    # PlanDesk does not know, from a newer one, is counted, not refused)
    statuses: Counter[str] = field(default_factory=lambda: Counter(dict.fromkeys(STATUS_WORDS, 0)))
    participants: int = 0
    achieved: float = 0.0
    events: int = 0
    event_participants: int = 0

    def add(self, figures: Figures) -> None:
        self.activities += 1
        self.planned_in_period += int(figures.planned)
        if figures.status:
            self.reporting += 1
            self.statuses[figures.status] += 1
        elif figures.planned:
            self.open += 1
        self.participants += figures.participants or 0
        self.achieved += figures.achieved or 0.0
        self.events += figures.events
        self.event_participants += figures.event_participants

    def merge(self, other: Totals) -> None:
        """Add *other*'s sums to these (a consolidation's totals over its activities)."""
        self.activities += other.activities
        self.planned_in_period += other.planned_in_period
        self.open += other.open
        self.reporting += other.reporting
        self.statuses.update(other.statuses)
        self.participants += other.participants
        self.achieved += other.achieved
        self.events += other.events
        self.event_participants += other.event_participants

    def status_counts(self) -> dict[str, int]:
        """Every status word with its count, in the one status order."""
        return {word: self.statuses.get(word, 0) for word in STATUS_WORDS}

    @property
    def applicable(self) -> int:
        """The figures work is measured on: those reported with a status other than "not
        applicable", and those planned in the period with nothing reported yet (open)."""
        return self.reporting - self.statuses.get(Status.NOT_APPLICABLE, 0) + self.open

    def achieved_number(self) -> int | float:
        return number(self.achieved)
