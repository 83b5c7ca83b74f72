"""The plan tree follows edits without a reset: removals, moves, insertions, changed rows.

Every update is checked against a model built afresh from the same rows, while
``qtmodeltester`` watches the signals the model sends on the way.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.domain.plan import ItemRow, tree_order
from app.ui.models.plan_filter_model import PlanFilterModel
from app.ui.models.plan_tree_model import COL_CODE, OBJECT_ROLE, PlanTreeModel
from app.ui.workspace import PeriodInfo, PlanSnapshot

PERIOD = PeriodInfo("2024-Q1", "Q1 2024", date(2024, 1, 1), date(2024, 3, 31), date(2024, 4, 10))


def _plan(rows: list[ItemRow]) -> PlanSnapshot:
    """A snapshot whose rows are in tree order (siblings in the order given)."""
    positions = {row.id: n for n, row in enumerate(rows)}
    ordered = tree_order([replace(r) for r in rows], positions)
    return PlanSnapshot(7, "Plan", 2024, "quarter", [PERIOD], [], ordered)


def _shape(model, parent: QModelIndex = QModelIndex()) -> list:  # noqa: B008
    """Everything a view shows: per row its id, texts and children (recursively)."""
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, COL_CODE, parent)
        assert index.parent() == parent
        texts = [index.siblingAtColumn(c).data() for c in range(model.columnCount())]
        out.append((index.data(OBJECT_ROLE).id, texts, _shape(model, index)))
    return out


def _start_rows() -> list[ItemRow]:
    rows = []
    next_id = 1
    for g in range(1, 4):
        goal_id = next_id
        rows.append(ItemRow(goal_id, None, str(g), "goal", f"Goal {g}", 0))
        next_id += 1
        for s in range(1, 4):
            sub_id = next_id
            rows.append(ItemRow(sub_id, goal_id, f"{g}.{s}", "subgoal", f"Sub {g}.{s}", 1))
            next_id += 1
            for a in range(1, 4):
                code = f"{g}.{s}.{a}"
                rows.append(ItemRow(next_id, sub_id, code, "activity", f"Act {code}", 2))
                next_id += 1
    return rows


def _descendants(rows: list[ItemRow], item_id: int) -> set[int]:
    out, frontier = {item_id}, [item_id]
    while frontier:
        current = frontier.pop()
        kids = [r.id for r in rows if r.parent_id == current]
        out.update(kids)
        frontier.extend(kids)
    return out


def _random_edit(rows: list[ItemRow], rng: random.Random, next_id: int) -> list[ItemRow]:
    """One change a clerk can make: delete a subtree, add, move, reorder, edit a field."""
    what = rng.choice(["delete", "add", "move", "reorder", "edit", "edit_many"])
    rows = [replace(r) for r in rows]
    if not rows:
        what = "add"
    if what == "delete":
        gone = _descendants(rows, rng.choice(rows).id)
        return [r for r in rows if r.id not in gone]
    if what == "add":
        parent = rng.choice([None, *[r.id for r in rows]])
        new = ItemRow(next_id, parent, f"N{next_id}", "activity", f"New {next_id}", 0)
        rows.insert(rng.randrange(len(rows) + 1), new)
        return rows
    if what == "move":
        moving = rng.choice(rows)
        banned = _descendants(rows, moving.id)
        moving.parent_id = rng.choice([None, *[r.id for r in rows if r.id not in banned]])
        rows.remove(moving)
        rows.insert(rng.randrange(len(rows) + 1), moving)
        return rows
    if what == "reorder":
        rng.shuffle(rows)
        return rows
    for row in rng.sample(rows, 1 if what == "edit" else min(len(rows), 3)):
        row.description += " (edited)"
        row.planned = {} if row.planned else {"2024-Q1": "March"}
    return rows


@pytest.mark.parametrize("seed", range(6))
def test_updates_match_a_fresh_model(qtmodeltester, seed: int) -> None:
    rng = random.Random(seed)
    rows = _start_rows()
    model = PlanTreeModel()
    model.set_plan(_plan(rows))
    proxy = PlanFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(model, force_py=True)  # keeps watching every signal below
    next_id = 1000
    for _ in range(25):
        rows = _random_edit(rows, rng, next_id)
        next_id += 1
        plan = _plan(rows)
        assert model.can_update(plan)
        model.update_plan(plan)
        fresh = PlanTreeModel()
        fresh.set_plan(plan)
        assert _shape(model) == _shape(fresh)
        assert _shape(proxy) == _shape(fresh)


def test_an_edit_keeps_indexes_and_reports_insertions(qtmodeltester) -> None:
    rows = _start_rows()
    model = PlanTreeModel()
    model.set_plan(_plan(rows))
    qtmodeltester.check(model, force_py=True)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    kept = QPersistentModelIndex(model.index_of(5))  # activity 1.1.3
    assert kept.data() == "1.1.3"
    rows = [replace(r, description="Changed") if r.id == 5 else r for r in rows]
    rows.append(ItemRow(50, 2, "1.1.4", "activity", "Added", 2))
    rows.append(ItemRow(51, None, "9", "goal", "New goal", 0))
    rows.append(ItemRow(52, 51, "9.1", "subgoal", "Under the new goal", 1))
    inserted = model.update_plan(_plan(rows))
    assert sorted(inserted) == [50, 51]  # 52 came with its parent
    assert not resets
    assert kept.isValid() and kept.row() == 2
    assert kept.sibling(kept.row(), 1).data() == "Changed"
    assert model.index_of(52).parent().data() == "9"
    # a different list of periods (other columns) is not an update
    other = _plan(rows)
    other.periods = []
    assert not model.can_update(other)


def test_many_changed_rows_are_one_layout_change() -> None:
    rows = _start_rows()
    model = PlanTreeModel()
    model.set_plan(_plan(rows))
    changed: list[int] = []
    layouts: list[bool] = []
    model.dataChanged.connect(lambda *_a: changed.append(1))
    model.layoutChanged.connect(lambda *_a: layouts.append(True))
    renumbered = [replace(r, code="R" + r.code) for r in rows]
    # a small plan: row by row
    model.update_plan(_plan(renumbered))
    assert len(changed) == len(rows) and not layouts
    assert model.index(0, COL_CODE).data(Qt.ItemDataRole.DisplayRole) == "R1"
