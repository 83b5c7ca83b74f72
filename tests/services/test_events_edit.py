"""Editing and deleting events: same checks as adding, frozen periods refused, undo-able."""

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.db.models import Attachment, Event, Return
from app.db.session import Database
from app.domain.events import EventData
from app.services.errors import NotFound, PeriodLocked, ValidationError
from app.services.events import (
    add_event,
    delete_event,
    get_event,
    list_events,
    restore_event,
    update_event,
)
from app.services.plans import require_current_plan


def _new_event(db: Database) -> int:
    with db.unit() as s:
        plan = require_current_plan(s)
        data = EventData(
            held_on=date(2021, 10, 5),
            title="Veli toplantısı",
            kind="meeting",
            item_code="2.3.1",
            participants=40,
            women=25,
            men=15,
        )
        return add_event(s, plan, data).id


def _lock(db: Database, key: str) -> None:
    with db.unit() as s:
        s.add(
            Return(
                direction="outgoing",
                status="signed",
                plan_id=require_current_plan(s).id,
                institution_code="MEB-10",
                period_key=key,
                signed_at=datetime(2021, 5, 3),
            )
        )


def test_update_changes_the_event_and_returns_the_old_values(demo: Database) -> None:
    event_id = _new_event(demo)
    with demo.unit() as s:
        plan = require_current_plan(s)
        old = get_event(s, plan, event_id)
        new = replace(old, title="  Veli semineri ", participants=50, item_code="4.1.2")
        returned = update_event(s, plan, event_id, new)
    assert returned == old
    with demo.unit() as s:
        plan = require_current_plan(s)
        row = next(r for r in list_events(s, plan) if r["id"] == event_id)
        got = (row["title"], row["participants"], row["activity"])
        assert got == ("Veli semineri", 50, "4.1.2")
        update_event(s, plan, event_id, returned)  # the undo
    with demo.unit() as s:
        assert get_event(s, require_current_plan(s), event_id) == old


def test_update_is_validated_like_add(demo: Database) -> None:
    event_id = _new_event(demo)
    with demo.unit() as s:
        plan = require_current_plan(s)
        old = get_event(s, plan, event_id)
        with pytest.raises(ValidationError, match="women and men together exceed"):
            update_event(s, plan, event_id, replace(old, women=30, men=30))
        with pytest.raises(ValidationError, match="needs a title"):
            update_event(s, plan, event_id, replace(old, title=" "))
        with pytest.raises(ValidationError, match="cannot end before"):
            update_event(s, plan, event_id, replace(old, end_on=date(2021, 10, 1)))
        with pytest.raises(NotFound):
            update_event(s, plan, event_id, replace(old, item_code="9.9.9"))
        with pytest.raises(NotFound):
            update_event(s, plan, 99999, old)


def test_frozen_periods_refuse_edits_in_and_out(demo: Database) -> None:
    event_id = _new_event(demo)  # in 2021-T3
    _lock(demo, "2021-T1")
    with demo.unit() as s:
        plan = require_current_plan(s)
        old = get_event(s, plan, event_id)
        with pytest.raises(PeriodLocked):  # moving it into a frozen period
            update_event(s, plan, event_id, replace(old, held_on=date(2021, 3, 1)))
        frozen = next(r["id"] for r in list_events(s, plan, "2021-T1"))
        with pytest.raises(PeriodLocked):
            delete_event(s, plan, frozen)
        with pytest.raises(PeriodLocked):
            update_event(s, plan, frozen, replace(get_event(s, plan, frozen), title="x"))


def test_delete_and_restore_keep_id_and_attachments(demo: Database) -> None:
    event_id = _new_event(demo)
    with demo.unit() as s:
        s.add(
            Attachment(
                event_id=event_id, name="liste.pdf", sha256="ab" * 32, size=3, content=b"abc"
            )
        )
    with demo.unit() as s:
        plan = require_current_plan(s)
        before = get_event(s, plan, event_id)
        snapshot = delete_event(s, plan, event_id)
    with demo.unit() as s:
        assert s.get(Event, event_id) is None
        assert s.query(Attachment).count() == 0
        restored = restore_event(s, snapshot)
        assert restored.id == event_id
    with demo.unit() as s:
        assert get_event(s, require_current_plan(s), event_id) == before
        event = s.get(Event, event_id)
        assert event is not None
        assert [a.content for a in event.attachments] == [b"abc"]
        with pytest.raises(ValidationError, match="exists already"):
            restore_event(s, snapshot)
