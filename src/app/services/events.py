"""Events: what was actually held, linked to plan activities."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Attachment, Event, Plan, PlanItem
from app.db.session import current_user
from app.domain.events import COUNT_FIELDS, TEXT_FIELDS, EventData
from app.domain.periods import period_of_day
from app.domain.text import clean
from app.services.errors import NotFound, ValidationError
from app.services.locks import ensure_open
from app.services.messages import Message
from app.services.plans import PlanRef, find_period, plan_of, plan_periods
from app.services.progress import find_item


def _period_key_of(plan: Plan, day: date) -> str | None:
    period = period_of_day(plan_periods(plan), day)
    return period.key if period else None


def add_event(session: Session, plan: PlanRef, data: EventData) -> Event:
    """Validate and store one event; its period must not be frozen."""
    plan = plan_of(session, plan)
    item, values = add_event_values(session, plan, data)
    event = Event(
        plan_id=plan.id,
        item_id=item.id if item else None,
        held_on=data.held_on,
        end_on=data.end_on,
        participants=data.participants,
        created_by=current_user(),
        **values,
        **{name: getattr(data, name) for name in COUNT_FIELDS},
    )
    session.add(event)
    session.flush()
    return event


def list_events(
    session: Session, plan: PlanRef, period_key: str | None = None
) -> list[dict[str, Any]]:
    plan = plan_of(session, plan)
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
        row.update({name: getattr(event, name) for name in TEXT_FIELDS})
        row.update({name: getattr(event, name) for name in COUNT_FIELDS})
        rows.append(row)
    return rows


@dataclass
class EventSnapshot:
    """A deleted event as it was, attachments included (for undo)."""

    id: int
    plan_id: int | None
    item_id: int | None
    columns: dict[str, Any]
    attachments: list[dict[str, Any]] = field(default_factory=list)


_ATTACHMENT_COLUMNS = ("name", "mime_type", "sha256", "size", "content", "added_at")


def _find_event(session: Session, plan: Plan, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None or event.plan_id != plan.id:
        raise NotFound(Message.EVENT_NOT_IN_PLAN, event=event_id)
    return event


def _ensure_day_open(session: Session, plan: Plan, day: date) -> None:
    key = _period_key_of(plan, day)
    if key is not None:
        ensure_open(session, plan, key)


def event_data(session: Session, event: Event) -> EventData:
    """The plain values of a stored *event*."""
    item = session.get(PlanItem, event.item_id) if event.item_id else None
    return EventData(
        held_on=event.held_on,
        end_on=event.end_on,
        item_code=item.code if item is not None else "",
        participants=event.participants,
        **{name: getattr(event, name) for name in TEXT_FIELDS},
        **{name: getattr(event, name) for name in COUNT_FIELDS},
    )


def get_event(session: Session, plan: Plan, event_id: int) -> EventData:
    return event_data(session, _find_event(session, plan, event_id))


def update_event(session: Session, plan: PlanRef, event_id: int, data: EventData) -> EventData:
    """Change one event (validated like :func:`add_event`); returns its old values.

    Neither the period it was in nor the one it moves to may be frozen.
    """
    plan = plan_of(session, plan)
    event = _find_event(session, plan, event_id)
    old = event_data(session, event)
    _ensure_day_open(session, plan, event.held_on)
    item, values = add_event_values(session, plan, data)
    event.item_id = item.id if item is not None else None
    event.held_on, event.end_on, event.participants = data.held_on, data.end_on, data.participants
    for name, value in values.items():
        setattr(event, name, value)
    for name in COUNT_FIELDS:
        setattr(event, name, getattr(data, name))
    session.flush()
    return old


def add_event_values(
    session: Session, plan: Plan, data: EventData
) -> tuple[PlanItem | None, dict[str, Any]]:
    """The checks of :func:`add_event` (text, breakdown, dates, activity, lock).

    Returns the linked activity and the cleaned text fields.
    """
    values = {name: clean(getattr(data, name)) for name in TEXT_FIELDS}
    if not values["title"]:
        raise ValidationError(Message.EVENT_NEEDS_TITLE)
    values["kind"] = values["kind"].casefold().replace(" ", "_").replace("-", "_") or "other"
    problem = data.breakdown_code()
    if problem is not None:
        raise ValidationError(Message.EVENT_BREAKDOWN, title=values["title"][:60], problem=problem)
    if data.end_on is not None and data.end_on < data.held_on:
        raise ValidationError(Message.EVENT_ENDS_BEFORE_START)
    item = find_item(session, plan, data.item_code) if data.item_code else None
    _ensure_day_open(session, plan, data.held_on)
    return item, values


def delete_event(session: Session, plan: PlanRef, event_id: int) -> EventSnapshot:
    """Delete one event (its period must be open); returns what :func:`restore_event` needs."""
    plan = plan_of(session, plan)
    event = _find_event(session, plan, event_id)
    _ensure_day_open(session, plan, event.held_on)
    columns = {
        name: getattr(event, name)
        for name in (
            "held_on",
            "end_on",
            "participants",
            "created_by",
            "created_at",
            *TEXT_FIELDS,
            *COUNT_FIELDS,
        )
    }
    snapshot = EventSnapshot(
        id=event.id,
        plan_id=event.plan_id,
        item_id=event.item_id,
        columns=columns,
        attachments=[
            {name: getattr(a, name) for name in _ATTACHMENT_COLUMNS} for a in event.attachments
        ],
    )
    session.delete(event)
    session.flush()
    return snapshot


def restore_event(session: Session, snapshot: EventSnapshot) -> Event:
    """Put a deleted event back, with its id and attachments (the undo of a delete)."""
    plan = session.get(Plan, snapshot.plan_id) if snapshot.plan_id is not None else None
    if plan is None:
        raise NotFound(Message.EVENT_PLAN_GONE)
    if session.get(Event, snapshot.id) is not None:
        raise ValidationError(Message.EVENT_EXISTS, event=snapshot.id)
    _ensure_day_open(session, plan, snapshot.columns["held_on"])
    item_id = snapshot.item_id
    if item_id is not None and session.get(PlanItem, item_id) is None:
        item_id = None  # its activity was deleted meanwhile
    event = Event(id=snapshot.id, plan_id=plan.id, item_id=item_id, **snapshot.columns)
    for values in snapshot.attachments:
        event.attachments.append(Attachment(**values))
    session.add(event)
    session.flush()
    return event
