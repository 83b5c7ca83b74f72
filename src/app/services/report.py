"""One period of a plan, read once: the read model a return, its payload and its totals
are made from.

:func:`read_period` reads the period's rows, marks, evidence, events and narrative in a few
column queries and gives frozen values; nothing here holds an ORM object or a session. The
return's JSON is made from a :class:`PeriodReport` at the file edge
(:func:`app.services.return_payload.build_payload`), and its totals by the one rule of
:mod:`app.domain.totals`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Attachment, Event, PlanItem, Progress
from app.domain.events import COUNT_FIELDS, TEXT_FIELDS
from app.domain.marks import Mark
from app.domain.plan import ItemRow
from app.domain.totals import Figures, Totals, figures_of
from app.services import narrative
from app.services.plans import PlanRef, find_period, load_tree, plan_of

__all__ = [
    "EventRecord",
    "Evidence",
    "ItemReport",
    "Mark",  # defined in app.domain.marks (light: the grid and the window use it too)
    "NarrativeSection",
    "PeriodHead",
    "PeriodReport",
    "read_period",
]


@dataclass(frozen=True, slots=True)
class Evidence:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class ItemReport:
    """A plan row in the period: for an activity, whether it was planned, its mark, its
    evidence files and the events held for it."""

    row: ItemRow
    planned_text: str | None = None  # None: not planned in this period
    mark: Mark | None = None
    evidence: tuple[Evidence, ...] = ()
    events: int = 0
    event_participants: int = 0

    @property
    def is_activity(self) -> bool:
        return self.row.kind == "activity"

    @property
    def planned(self) -> bool:
        return self.planned_text is not None

    def figures(self) -> Figures:
        return figures_of(
            self.mark,
            planned=self.planned,
            events=self.events,
            event_participants=self.event_participants,
        )


@dataclass(frozen=True, slots=True)
class EventRecord:
    """An event held in the period (linked to an activity by its code, or to none)."""

    held_on: date
    end_on: date | None
    activity: str
    participants: int
    texts: Mapping[str, str]  # TEXT_FIELDS
    counts: Mapping[str, int | None]  # COUNT_FIELDS


@dataclass(frozen=True, slots=True)
class PeriodHead:
    key: str
    start: date
    end: date
    due: date
    name: str


@dataclass(frozen=True, slots=True)
class NarrativeSection:
    key: str
    title: str
    body: str


@dataclass(frozen=True)
class PeriodReport:
    """Everything the institution has recorded for one period of one plan."""

    plan_id: int
    period: PeriodHead
    items: tuple[ItemReport, ...]
    events: tuple[EventRecord, ...]
    narrative: tuple[NarrativeSection, ...]

    def activities(self) -> list[ItemReport]:
        return [item for item in self.items if item.is_activity]

    def totals(self) -> Totals:
        """The period's figures added up by the one rule (:class:`Totals`): every activity,
        and every event of the period, those linked to no activity too."""
        sums = Totals()
        for item in self.activities():
            # an activity's events are counted with every event of the period, below
            sums.add(replace(item.figures(), events=0, event_participants=0))
        sums.events = len(self.events)
        sums.event_participants = sum(e.participants for e in self.events)
        return sums


def read_period(
    session: Session, plan: PlanRef, period_key: str, language: str = "en"
) -> PeriodReport:
    """The period *period_key* of *plan* as plain frozen values (narrative titles in
    *language*)."""
    plan = plan_of(session, plan)
    period = find_period(session, plan, period_key)
    marks: dict[int, tuple[int, Mark]] = {}
    for progress_id, item_id, status, done_on, people, achieved, reason, note in session.execute(
        select(
            Progress.id,
            Progress.item_id,
            Progress.status,
            Progress.done_on,
            Progress.participants,
            Progress.achieved_value,
            Progress.reason,
            Progress.note,
        ).where(Progress.period_id == period.id)
    ):
        marks[item_id] = (
            progress_id,
            Mark(status, done_on, people, achieved, reason, note),
        )
    evidence: dict[int, list[Evidence]] = {}
    if marks:
        for owner, name, sha256, size in session.execute(
            select(Attachment.progress_id, Attachment.name, Attachment.sha256, Attachment.size)
            .where(Attachment.progress_id.in_([pid for pid, _ in marks.values()]))
            .order_by(Attachment.id)
        ):
            evidence.setdefault(owner or 0, []).append(Evidence(name, sha256, size))
    events = _events(session, plan.id, period.start, period.end)
    held: dict[str, list[int]] = {}
    for ev in events:
        if ev.activity:
            held.setdefault(ev.activity, []).append(ev.participants)
    items: list[ItemReport] = []
    for row in load_tree(session, plan.id):
        if row.kind != "activity":
            items.append(ItemReport(row))
            continue
        found = marks.get(row.id)
        counted = held.get(row.code, [])
        items.append(
            ItemReport(
                row,
                planned_text=row.planned.get(period.key),
                mark=found[1] if found is not None else None,
                evidence=tuple(evidence.get(found[0], ())) if found is not None else (),
                events=len(counted),
                event_participants=sum(counted),
            )
        )
    return PeriodReport(
        plan_id=plan.id,
        period=PeriodHead(period.key, period.start, period.end, period.due, period.name or ""),
        items=tuple(items),
        events=tuple(events),
        narrative=tuple(
            NarrativeSection(s.key, s.title, s.body)
            for s in narrative.sections(session, plan, period.key, language)
        ),
    )


def _events(session: Session, plan_id: int, start: date, end: date) -> list[EventRecord]:
    text_columns = [getattr(Event, name) for name in TEXT_FIELDS]
    count_columns = [getattr(Event, name) for name in COUNT_FIELDS]
    query = (
        select(
            Event.held_on,
            Event.end_on,
            PlanItem.code,
            Event.participants,
            *text_columns,
            *count_columns,
        )
        .outerjoin(PlanItem, Event.item_id == PlanItem.id)
        .where(Event.plan_id == plan_id, Event.held_on.between(start, end))
        .order_by(Event.held_on, Event.id)
    )
    n_texts = len(TEXT_FIELDS)
    found = []
    for held_on, end_on, code, participants, *rest in session.execute(query):
        found.append(
            EventRecord(
                held_on,
                end_on,
                code or "",
                participants,
                MappingProxyType(dict(zip(TEXT_FIELDS, rest[:n_texts], strict=True))),
                MappingProxyType(dict(zip(COUNT_FIELDS, rest[n_texts:], strict=True))),
            )
        )
    return found
