"""What the window asks of a plan, by its id: the current plan's id, its plain values, the
narrative of a period and the plan an event goes to (services take a PlanRef)."""

from datetime import date, datetime

import pytest

from app.db.models import Return
from app.db.session import Database
from app.services import narrative
from app.services.errors import NotFound, PeriodLocked
from app.services.plan_setup import plan_for_events, plan_id_for_events
from app.services.plans import (
    current_plan,
    current_plan_id,
    current_plan_info,
    make_current,
    plan_info,
    require_current_plan_id,
)


def test_the_current_plan_by_id_and_as_plain_values(demo: Database) -> None:
    with demo.unit() as s:
        plan = current_plan(s)
        assert plan is not None
        assert current_plan_id(s) == require_current_plan_id(s) == plan.id
        info = current_plan_info(s)
        assert info == plan_info(s, plan) == plan_info(s, plan.id)
        assert info is not None and (info.id, info.title) == (plan.id, plan.title)
        assert [p.key for p in info.periods] == ["2021-T1", "2021-T2", "2021-T3"]
        first = sorted(plan.periods, key=lambda p: p.start)[0]
        assert (info.periods[0].label, info.periods[0].start, info.periods[0].due) == (
            first.label or first.key,
            first.start,
            first.due,
        )
        make_current(s, None)
        assert current_plan_id(s) is None and current_plan_info(s) is None
        with pytest.raises(NotFound):
            require_current_plan_id(s)


def test_the_narrative_by_plan_id(demo: Database) -> None:
    with demo.unit() as s:
        plan_id = require_current_plan_id(s)
        assert narrative.save_section(s, plan_id, "2021-T1", "results", "112") == ""
        assert narrative.frozen_by(s, plan_id, "2021-T1") is None
    with demo.unit() as s:
        plan_id = require_current_plan_id(s)
        by_id = narrative.sections(s, plan_id, "2021-T1", "en")
        plan = current_plan(s)
        assert plan is not None and by_id == narrative.sections(s, plan, "2021-T1", "en")
        assert (by_id[0].key, by_id[0].body) == ("results", "112")
        s.add(
            Return(
                direction="outgoing",
                status="signed",
                plan_id=plan_id,
                institution_code="MEB-10",
                period_key="2021-T1",
                version=2,
                signed_at=datetime(2021, 5, 3),
            )
        )
    with demo.unit() as s:
        assert narrative.frozen_by(s, require_current_plan_id(s), "2021-T1") == 2
        assert narrative.frozen_by(s, require_current_plan_id(s), "2021-T2") is None
    with pytest.raises(PeriodLocked), demo.unit() as s:
        narrative.save_section(s, require_current_plan_id(s), "2021-T1", "results", "changed")


def test_the_plan_an_event_goes_to_by_id(demo: Database) -> None:
    with demo.unit() as s:
        assert plan_id_for_events(s, date(2021, 3, 1)) == require_current_plan_id(s)
    with demo.unit() as s:
        make_current(s, None)  # no plan: a plan of events is started
        started = plan_id_for_events(s, date(2024, 5, 1))
        assert started == current_plan_id(s)
        assert plan_for_events(s, date(2024, 6, 1)) == (current_plan(s), False)
