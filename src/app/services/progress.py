"""Progress: the state of each activity in each period, with the rules a return relies on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Event, Plan, PlanItem, PlanPeriod, Progress
from app.db.session import current_user
from app.domain.codes import natural_key, normalize_code
from app.domain.marks import Mark
from app.domain.plan import ItemKind
from app.domain.status import STATUS_WORDS, Status
from app.domain.text import clean
from app.services.errors import NotFound, ValidationError
from app.services.locks import ensure_open
from app.services.messages import Message, item_kind
from app.services.plans import find_period


@dataclass
class ProgressInput:
    code: str
    period_key: str
    status: str
    done_on: date | None = None
    participants: int | None = None
    achieved_value: float | None = None
    reason: str = ""
    note: str = ""

    @classmethod
    def of(cls, code: str, period_key: str, mark: Mark) -> ProgressInput:
        """The command that stores *mark* for *code* in *period_key*: the one place a read
        :class:`Mark` becomes what a service writes."""
        return cls(
            code,
            period_key,
            mark.status,
            mark.done_on,
            mark.participants,
            mark.achieved,
            mark.reason,
            mark.note,
        )


def find_item(session: Session, plan: Plan, code: str) -> PlanItem:
    code = normalize_code(code)
    item = session.scalars(
        select(PlanItem).where(PlanItem.plan_id == plan.id, PlanItem.code == code)
    ).first()
    if item is None:
        raise NotFound(Message.NO_ITEM_WITH_CODE, code=code)
    return item


def _check(value: ProgressInput, item: PlanItem, period: PlanPeriod) -> None:
    if value.status not in STATUS_WORDS:
        raise ValidationError(
            Message.UNKNOWN_STATUS, status=value.status, statuses=", ".join(STATUS_WORDS)
        )
    if item.kind != ItemKind.ACTIVITY.value:
        raise ValidationError(
            Message.PROGRESS_ON_ACTIVITIES, code=item.code, item_kind=item_kind(item.kind)
        )
    if value.status == Status.NOT_DONE and not clean(value.reason):
        raise ValidationError(Message.NOT_DONE_NEEDS_REASON, code=item.code, period=period.key)
    if value.participants is not None and value.participants < 0:
        raise ValidationError(Message.PARTICIPANTS_NEGATIVE)
    if value.achieved_value is not None and value.achieved_value < 0:
        raise ValidationError(Message.ACHIEVED_NEGATIVE)
    if value.done_on is not None:
        if value.status not in (Status.DONE, Status.IN_PROGRESS):
            raise ValidationError(Message.DATE_DONE_ONLY_DONE)
        if not period.start <= value.done_on <= period.due:
            raise ValidationError(
                Message.DATE_OUTSIDE_PERIOD,
                day=value.done_on,
                period=period.key,
                start=period.start,
                end=period.end,
                due=period.due,
            )


def set_progress(session: Session, plan: Plan, value: ProgressInput) -> Progress:
    """Create or replace the progress of one activity in one period."""
    item = find_item(session, plan, value.code)
    period = find_period(session, plan, value.period_key)
    _check(value, item, period)
    ensure_open(session, plan, period.key)
    row = session.scalars(
        select(Progress).where(Progress.item_id == item.id, Progress.period_id == period.id)
    ).first()
    if row is None:
        row = Progress(item_id=item.id, period_id=period.id)
        session.add(row)
    row.status = value.status
    row.done_on = value.done_on
    row.participants = value.participants
    row.achieved_value = value.achieved_value
    row.reason = clean(value.reason)
    row.note = clean(value.note)
    row.updated_by = current_user()
    session.flush()
    return row


def progress_rows(session: Session, plan: Plan, period_key: str) -> list[dict[str, Any]]:
    """Every activity of the plan with its progress in the period and its events' figures."""
    period = find_period(session, plan, period_key)
    marks = {
        r.item_id: r
        for r in session.scalars(select(Progress).where(Progress.period_id == period.id))
    }
    event_figures = {
        item_id: (count, total or 0)
        for item_id, count, total in session.execute(
            select(Event.item_id, func.count(Event.id), func.sum(Event.participants))
            .where(Event.plan_id == plan.id, Event.held_on.between(period.start, period.end))
            .group_by(Event.item_id)
        )
    }
    items = session.scalars(
        select(PlanItem).where(
            PlanItem.plan_id == plan.id, PlanItem.kind == ItemKind.ACTIVITY.value
        )
    ).all()
    rows = []
    for item in sorted(items, key=lambda i: natural_key(i.code)):
        mark = marks.get(item.id)
        count, total = event_figures.get(item.id, (0, 0))
        planned = {pp.period_key: pp.planned_text for pp in item.planned_periods}
        rows.append(
            {
                "code": item.code,
                "description": item.description,
                "planned": period.key in planned,
                "planned_text": planned.get(period.key, ""),
                "status": mark.status if mark else None,
                "done_on": mark.done_on.isoformat() if mark and mark.done_on else None,
                "participants": mark.participants if mark else None,
                "achieved_value": mark.achieved_value if mark else None,
                "reason": mark.reason if mark else "",
                "note": mark.note if mark else "",
                "events": count,
                "event_participants": int(total),
            }
        )
    return rows
