from datetime import date

import pytest
from sqlalchemy import select

from app.db.models import Event, PlanItem, Progress
from app.db.session import Database
from app.domain.events import EventData
from app.domain.plan import ItemData, ItemKind, PlannedPeriod
from app.services import plan_edit as pe
from app.services.errors import ValidationError
from app.services.events import add_event
from app.services.plans import load_tree, require_current_plan, store_plan
from app.services.progress import ProgressInput, set_progress
from tests.helpers import small_plan


@pytest.fixture
def pdb(db: Database) -> Database:
    with db.unit() as s:
        store_plan(s, small_plan())
    return db


def codes(db: Database) -> list[tuple[str, int]]:
    with db.unit() as s:
        return [(r.code, r.depth) for r in load_tree(s, require_current_plan(s).id)]


def ident(db: Database, code: str) -> int:
    with db.unit() as s:
        return s.scalars(select(PlanItem.id).where(PlanItem.code == code)).one()


def test_add_suggest_and_update(pdb: Database) -> None:
    parent = ident(pdb, "1.1")
    with pdb.unit() as s:
        plan_id = require_current_plan(s).id
        code = pe.suggest_code(s, plan_id, parent)
        assert code == "1.1.11"
        new = pe.add_item(
            s,
            plan_id,
            parent_id=parent,
            position=1,
            kind="activity",
            code=code,
            description="Yeni faaliyet",
        )
        old = pe.update_item(s, new, {"responsible": "  İl MEM  ", "target_value": 100})
        assert old == {"responsible": "", "target_value": None}
        with pytest.raises(ValidationError, match="already used"):
            pe.update_item(s, new, {"code": "1.1.2"})
    assert codes(pdb)[3] == ("1.1.11", 2)


def test_indent_outdent_move_and_refuse_cycles(pdb: Database) -> None:
    with pdb.unit() as s:
        pe.indent(s, ident(pdb, "1.1.2"))
    assert ("1.1.2", 3) in codes(pdb)
    with pdb.unit() as s:
        pe.outdent(s, ident(pdb, "1.1.2"))
    assert codes(pdb) == [("1", 0), ("1.1", 1), ("1.1.1", 2), ("1.1.2", 2), ("1.1.10", 2)]
    with pytest.raises(ValidationError, match="under itself"), pdb.unit() as s:
        pe.move_item(s, ident(pdb, "1"), ident(pdb, "1.1.1"), 0)
    with pytest.raises(ValidationError, match="top level"), pdb.unit() as s:
        pe.outdent(s, ident(pdb, "1"))


def test_delete_then_restore_brings_back_progress_and_event_links(pdb: Database) -> None:
    with pdb.unit() as s:
        plan = require_current_plan(s)
        set_progress(s, plan, ProgressInput("1.1.1", "2021-T1", "done", participants=12))
        add_event(
            s,
            plan,
            EventData(
                held_on=date(2021, 3, 3), title="Seminer", item_code="1.1.1", participants=12
            ),
        )
    before = codes(pdb)
    with pdb.unit() as s:
        impact = pe.delete_impact(s, ident(pdb, "1.1"))
        assert impact.items == ["1.1", "1.1.1", "1.1.2", "1.1.10"]
        assert (impact.progress_marks, impact.events) == (1, 1)
        snap = pe.delete_item(s, ident(pdb, "1.1"))
    assert codes(pdb) == [("1", 0)]
    with pdb.unit() as s:
        assert s.scalars(select(Event.item_id)).one() is None
        pe.restore_snapshot(s, snap)
    assert codes(pdb) == before
    with pdb.unit() as s:
        assert s.scalars(select(Progress.participants)).one() == 12
        assert s.scalars(select(Event.item_id)).one() == ident(pdb, "1.1.1")


def test_renumber_follows_the_tree_and_two_step_swap(pdb: Database) -> None:
    with pdb.unit() as s:
        pe.move_item(s, ident(pdb, "1.1.10"), ident(pdb, "1.1"), 0)
    with pdb.unit() as s:
        changes = pe.renumber_preview(s, require_current_plan(s).id)
        assert [(o, n) for _, o, n in changes] == [
            ("1.1.10", "1.1.1"),
            ("1.1.1", "1.1.2"),
            ("1.1.2", "1.1.3"),
        ]
        pe.apply_codes(s, changes)
    assert [c for c, _ in codes(pdb)] == ["1", "1.1", "1.1.1", "1.1.2", "1.1.3"]


def test_paste_rows_insert_under_parent_with_planned_periods(pdb: Database) -> None:
    rows = [
        ItemData("1.2", ItemKind.SUBGOAL, "Yeni alt hedef"),
        ItemData(
            "1.2.1", ItemKind.ACTIVITY, "Panel", planned=[PlannedPeriod("2021-T2", "Haziran")]
        ),
    ]
    with pdb.unit() as s:
        ids = pe.insert_items(s, require_current_plan(s).id, rows, ident(pdb, "1"), None)
    assert len(ids) == 2 and ("1.2.1", 2) in codes(pdb)
    with pytest.raises(ValidationError, match="already used"), pdb.unit() as s:
        pe.insert_items(
            s, require_current_plan(s).id, [ItemData("1.2", ItemKind.SUBGOAL, "x")], None, None
        )


def test_footnotes_in_use_cannot_vanish(pdb: Database) -> None:
    with pytest.raises(ValidationError, match="still used"), pdb.unit() as s:
        pe.set_footnotes(s, require_current_plan(s).id, [])
    with pdb.unit() as s:
        old = pe.set_footnotes(
            s,
            require_current_plan(s).id,
            [("1", "Yönetmelik madde 19, 25"), ("2", "6284 sayılı Kanun")],
        )
    assert old == [("1", "Yönetmelik madde 19")]
