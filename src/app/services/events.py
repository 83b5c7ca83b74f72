"""Events: what was actually held, linked to plan activities."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Event, Plan, PlanItem
from app.db.session import current_user
from app.domain.events import EventData
from app.domain.periods import period_of_day
from app.domain.text import clean
from app.services.errors import ValidationError
from app.services.locks import ensure_open
from app.services.plans import find_period, plan_periods
from app.services.progress import find_item

_TEXT_FIELDS = (
    "title",
    "kind",
    "venue",
    "organiser",
    "partners",
    "project",
    "materials",
    "description",
)
_COUNT_FIELDS = ("women", "men", "pupils", "teachers", "parents", "staff", "materials_count")


def _period_key_of(plan: Plan, day: date) -> str | None:
    period = period_of_day(plan_periods(plan), day)
    return period.key if period else None


def add_event(session: Session, plan: Plan, data: EventData) -> Event:
    """Validate and store one event; its period must not be frozen."""
    values = {name: clean(getattr(data, name)) for name in _TEXT_FIELDS}
    if not values["title"]:
        raise ValidationError("an event needs a title")
    values["kind"] = values["kind"].casefold().replace(" ", "_").replace("-", "_") or "other"
    problem = data.breakdown_problem()
    if problem:
        raise ValidationError(f"event '{values['title'][:60]}': {problem}")
    if data.end_on is not None and data.end_on < data.held_on:
        raise ValidationError("an event cannot end before it starts")
    item: PlanItem | None = find_item(session, plan, data.item_code) if data.item_code else None
    key = _period_key_of(plan, data.held_on)
    if key is not None:
        ensure_open(session, plan, key)
    event = Event(
        plan_id=plan.id,
        item_id=item.id if item else None,
        held_on=data.held_on,
        end_on=data.end_on,
        participants=data.participants,
        created_by=current_user(),
        **values,
        **{name: getattr(data, name) for name in _COUNT_FIELDS},
    )
    session.add(event)
    session.flush()
    return event


def list_events(
    session: Session, plan: Plan, period_key: str | None = None
) -> list[dict[str, Any]]:
    query = (
        select(Event, PlanItem.code)
        .outerjoin(PlanItem, Event.item_id == PlanItem.id)
        .where(Event.plan_id == plan.id)
    )
    if period_key:
        period = find_period(session, plan, period_key)
        query = query.where(Event.held_on.between(period.start, period.end))
    rows = []
    for event, code in session.execute(query.order_by(Event.held_on, Event.id)):
        row: dict[str, Any] = {
            "id": event.id,
            "date": event.held_on.isoformat(),
            "end_date": event.end_on.isoformat() if event.end_on else None,
            "activity": code or "",
            "participants": event.participants,
        }
        row.update({name: getattr(event, name) for name in _TEXT_FIELDS})
        row.update({name: getattr(event, name) for name in _COUNT_FIELDS})
        rows.append(row)
    return rows
