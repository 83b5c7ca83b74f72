from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from app.db.models import PlanItem, Progress, Return
from app.db.session import Database
from app.domain.events import EventData
from app.domain.plan import ItemData, ItemKind
from app.services.errors import NotFound, PeriodLocked, ValidationError
from app.services.events import add_event, list_events
from app.services.plans import load_tree, require_current_plan, store_plan
from app.services.progress import ProgressInput, progress_rows, set_progress
from tests.helpers import small_plan


@pytest.fixture
def planned_db(db: Database) -> Database:
    with db.unit() as s:
        store_plan(s, small_plan())
    return db


def test_tree_order_is_natural_and_nested(planned_db: Database) -> None:
    with planned_db.unit() as s:
        rows = load_tree(s, require_current_plan(s).id)
    assert [(r.code, r.depth) for r in rows] == [
        ("1", 0),
        ("1.1", 1),
        ("1.1.1", 2),
        ("1.1.2", 2),
        ("1.1.10", 2),
    ]
    assert rows[2].planned == {"2021-T1": "Mart"} and rows[2].footnote_marks == ["1"]


def test_duplicate_codes_are_refused_and_nothing_is_written(db: Database) -> None:
    data = small_plan()
    data.items.append(ItemData("1.1.2.", ItemKind.ACTIVITY, "again"))
    with pytest.raises(ValidationError, match="1.1.2 appears twice"), db.unit() as s:
        store_plan(s, data)
    with db.unit() as s:
        assert s.scalar(select(func.count(PlanItem.id))) == 0


def test_not_done_needs_a_reason(planned_db: Database) -> None:
    with pytest.raises(ValidationError, match="needs a reason"), planned_db.unit() as s:
        set_progress(s, require_current_plan(s), ProgressInput("1.1.1", "2021-T1", "not_done"))
    with planned_db.unit() as s:
        assert s.scalar(select(func.count(Progress.id))) == 0
        set_progress(
            s,
            require_current_plan(s),
            ProgressInput("1.1.1", "2021-T1", "not_done", reason="pandemi"),
        )
    with planned_db.unit() as s:
        rows = progress_rows(s, require_current_plan(s), "2021-T1")
    assert rows[0]["status"] == "not_done" and rows[0]["reason"] == "pandemi"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (ProgressInput("1.1.1", "2021-T1", "finished"), "unknown status"),
        (ProgressInput("1.1", "2021-T1", "done"), "sub-goal"),
        (ProgressInput("9.9", "2021-T1", "done"), "no item with code 9.9"),
        (ProgressInput("1.1.1", "2021-Q1", "done"), "no period 2021-Q1"),
        (ProgressInput("1.1.1", "2021-T1", "done", done_on=date(2021, 7, 1)), "outside period"),
        (ProgressInput("1.1.1", "2021-T1", "done", participants=-1), "negative"),
    ],
)
def test_bad_progress_is_refused(planned_db: Database, value: ProgressInput, message: str) -> None:
    with pytest.raises((ValidationError, NotFound), match=message), planned_db.unit() as s:
        set_progress(s, require_current_plan(s), value)


def test_signed_return_freezes_its_period(planned_db: Database) -> None:
    with planned_db.unit() as s:
        plan = require_current_plan(s)
        s.add(
            Return(
                direction="outgoing",
                status="signed",
                plan_id=plan.id,
                institution_code="X",
                period_key="2021-T1",
                version=1,
                signed_at=datetime(2021, 5, 5),
            )
        )
    with pytest.raises(PeriodLocked, match="frozen by its signed return"), planned_db.unit() as s:
        set_progress(s, require_current_plan(s), ProgressInput("1.1.1", "2021-T1", "done"))
    with pytest.raises(PeriodLocked), planned_db.unit() as s:
        add_event(
            s,
            require_current_plan(s),
            EventData(held_on=date(2021, 3, 1), title="Seminer", participants=5),
        )
    with planned_db.unit() as s:  # another period stays open
        set_progress(s, require_current_plan(s), ProgressInput("1.1.2", "2021-T2", "done"))


def test_events_feed_progress_and_breakdown_is_checked(planned_db: Database) -> None:
    with planned_db.unit() as s:
        plan = require_current_plan(s)
        add_event(
            s,
            plan,
            EventData(
                held_on=date(2021, 3, 8),
                title="Seminer",
                kind="Seminar",
                item_code="1.1.1",
                participants=40,
                women=30,
                men=10,
            ),
        )
        add_event(
            s,
            plan,
            EventData(
                held_on=date(2021, 3, 9), title="Söyleşi", item_code="1.1.1", participants=25
            ),
        )
    with pytest.raises(ValidationError, match="exceed"), planned_db.unit() as s:
        add_event(
            s,
            require_current_plan(s),
            EventData(held_on=date(2021, 3, 8), title="x", participants=5, pupils=6),
        )
    with planned_db.unit() as s:
        plan = require_current_plan(s)
        rows = {r["code"]: r for r in progress_rows(s, plan, "2021-T1")}
        events = list_events(s, plan, "2021-T1")
    assert rows["1.1.1"]["events"] == 2 and rows["1.1.1"]["event_participants"] == 65
    assert [e["kind"] for e in events] == ["seminar", "other"]


def test_automatic_backup_once_a_day_ten_kept(planned_db: Database) -> None:
    import os
    import time

    from app.services.backup import KEEP, backup_if_due, backups_dir

    assert planned_db.path is not None
    first = backup_if_due(planned_db.path)
    assert first is not None and first.exists()
    assert backup_if_due(planned_db.path) is None  # not again the same day
    folder = backups_dir(planned_db.path)
    for n in range(KEEP + 3):
        old = folder / f"old-{n}.sqlite"
        old.write_bytes(first.read_bytes())
        os.utime(old, (time.time() - 86400 * (n + 2),) * 2)
    os.utime(first, (time.time() - 86400 * 1.5,) * 2)
    assert backup_if_due(planned_db.path) is not None
    assert len(list(folder.glob("*.sqlite"))) == KEEP
