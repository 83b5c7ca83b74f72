from datetime import date

import pytest

from app.db.session import Database
from app.domain.periods import Scheme
from app.domain.plan import ItemData, ItemKind, PlanData
from app.services.errors import ValidationError
from app.services.plan_settings import set_due_days, set_period_due, set_scheme
from app.services.plans import find_period, require_current_plan, store_plan
from tests.helpers import small_plan


def test_due_rule_and_override(db: Database) -> None:
    with db.unit() as s:
        plan = store_plan(s, small_plan())
        set_period_due(s, plan, "2021-T2", date(2021, 9, 3))
        assert set_due_days(s, plan, 15) == 10
        assert find_period(s, plan, "2021-T1").due == date(2021, 5, 15)
        assert find_period(s, plan, "2021-T2").due == date(2021, 9, 3)
        set_period_due(s, plan, "2021-T2", None)
        assert find_period(s, plan, "2021-T2").due == date(2021, 9, 15)
        with pytest.raises(ValidationError):
            set_due_days(s, plan, -1)


def test_scheme_changes_only_on_an_empty_plan(db: Database) -> None:
    with db.unit() as s:
        plan = store_plan(s, small_plan())
        with pytest.raises(ValidationError, match="before any progress"):
            set_scheme(s, plan, Scheme.QUARTER)
    bare = PlanData(
        "Plan", 2024, Scheme.FOUR_MONTH, items=[ItemData("1", ItemKind.ACTIVITY, "Bir")]
    )
    with db.unit() as s:
        store_plan(s, bare)
    with db.unit() as s:
        plan = require_current_plan(s)
        set_scheme(s, plan, Scheme.QUARTER)
    with db.unit() as s:
        plan = require_current_plan(s)
        assert [p.key for p in sorted(plan.periods, key=lambda p: p.start)] == [
            "2024-Q1",
            "2024-Q2",
            "2024-Q3",
            "2024-Q4",
        ]
