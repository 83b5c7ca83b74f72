"""Which plan is current: an import makes the new one current, its undo the old one."""

from __future__ import annotations

import pytest

from app.db.session import Database
from app.services.demo import build_demo
from app.services.errors import NotFound
from app.services.plan_file import read_plan_file, store_imported_plan
from app.services.plans import current_plan, make_current
from tests.conftest import FIXTURES


def test_make_current_switches_back_and_refuses_an_unknown_plan(db: Database) -> None:
    with db.unit() as s:
        build_demo(s)
        old = current_plan(s).id  # type: ignore[union-attr]
    data = read_plan_file(FIXTURES / "plans" / "balikesir_2021.xlsx")
    with db.unit() as s:
        new = store_imported_plan(s, data).id
    with db.unit() as s:
        assert current_plan(s).id == new  # type: ignore[union-attr]
        make_current(s, old)
    with db.unit() as s:
        assert current_plan(s).id == old  # type: ignore[union-attr]
        with pytest.raises(NotFound):
            make_current(s, new + 100)
    with db.unit() as s:
        assert current_plan(s).id == old, "a refused switch changes nothing"  # type: ignore[union-attr]
        make_current(s, None)
    with db.unit() as s:
        assert current_plan(s) is None
