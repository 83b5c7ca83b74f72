"""The plan tree model and its filter, on the demo plan (Turkish, seed 000)."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from app.ui.models.plan_filter_model import PlanFilterModel, fold
from app.ui.models.plan_tree_model import (
    COL_CODE,
    COL_DESCRIPTION,
    COL_RESPONSIBLE,
    FIRST_PERIOD_COLUMN,
    KIND_ROLE,
    OBJECT_ROLE,
    PLANNED_MARK,
    SORT_ROLE,
    PlanTreeModel,
    code_sort_text,
    footnote_suffix,
)
from app.ui.workspace import PlanSnapshot, Workspace, open_workspace


@pytest.fixture
def workspace(demo_db: Path) -> Workspace:
    ws = open_workspace(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def plan(workspace: Workspace) -> PlanSnapshot:
    assert workspace.plan is not None
    return workspace.plan


def _find(model, code: str, parent: QModelIndex = QModelIndex()) -> QModelIndex | None:  # noqa: B008
    for row in range(model.rowCount(parent)):
        index = model.index(row, COL_CODE, parent)
        if index.data(Qt.ItemDataRole.DisplayRole) == code:
            return index
        found = _find(model, code, index)
        if found is not None:
            return found
    return None


def test_model_passes_qtmodeltester(qtmodeltester, plan: PlanSnapshot) -> None:
    model = PlanTreeModel()
    model.set_plan(plan)
    qtmodeltester.check(model, force_py=True)


def test_filter_proxy_passes_qtmodeltester(qtmodeltester, plan: PlanSnapshot) -> None:
    model = PlanTreeModel()
    model.set_plan(plan)
    proxy = PlanFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text("3.4")
    qtmodeltester.check(proxy, force_py=True)


def test_empty_model_passes_qtmodeltester(qtmodeltester) -> None:
    model = PlanTreeModel()
    model.set_plan(None)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0


def test_tree_shape_and_columns(plan: PlanSnapshot) -> None:
    model = PlanTreeModel()
    model.set_plan(plan)
    # three goals at the top: 2, 3, 4 (seed 000)
    top = [model.index(r, COL_CODE).data() for r in range(model.rowCount())]
    assert top == ["2", "3", "4"]
    activity = _find(model, "2.1.4")
    assert activity is not None
    assert activity.parent().data() == "2.1"
    assert activity.parent().parent().data() == "2"
    description = activity.siblingAtColumn(COL_DESCRIPTION).data()
    assert description.startswith("Balıkesir’de görev yapan öncelikle rehber öğretmenler")
    assert "İl Milli Eğitim" in activity.siblingAtColumn(COL_RESPONSIBLE).data()
    # one column per period, headed by the period's label, then the reason column
    assert [p.key for p in model.periods] == ["2021-T1", "2021-T2", "2021-T3"]
    assert model.columnCount() == FIRST_PERIOD_COLUMN + 3 + 1
    assert model.reason_column == FIRST_PERIOD_COLUMN + 3
    header = model.headerData(FIRST_PERIOD_COLUMN, Qt.Orientation.Horizontal)
    assert header == "2021 yılı I. Dört Aylık Dönem"
    assert model.headerData(COL_CODE, Qt.Orientation.Horizontal) == "Code"
    first = activity.siblingAtColumn(model.period_column("2021-T1")).data()
    assert first == "Mart 2021"
    assert activity.siblingAtColumn(model.period_column("2021-T2")).data() == ""


def test_roles(plan: PlanSnapshot) -> None:
    model = PlanTreeModel()
    model.set_plan(plan)
    goal = _find(model, "2")
    subgoal = _find(model, "2.1")
    activity = _find(model, "2.1.4")
    assert goal is not None and subgoal is not None and activity is not None
    assert goal.data(KIND_ROLE) == "goal"
    assert goal.data(Qt.ItemDataRole.FontRole).weight() == QFont.Weight.Bold
    assert subgoal.data(Qt.ItemDataRole.FontRole).weight() == QFont.Weight.DemiBold
    assert activity.data(Qt.ItemDataRole.FontRole) is None
    assert goal.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert activity.data(Qt.ItemDataRole.BackgroundRole) is None
    row = activity.data(OBJECT_ROLE)
    assert row.code == "2.1.4" and row.kind == "activity"
    # footnote marks follow the text as superscripts
    with_note = _find(model, "3.4.4")
    assert with_note is not None
    assert with_note.siblingAtColumn(COL_DESCRIPTION).data().endswith(" ¹")


def test_natural_sort_role() -> None:
    codes = ["2.10", "2.1.10", "2.1.9", "2.1", "10", "2", "I", "IV"]
    assert sorted(codes, key=code_sort_text) == [
        "I",
        "IV",
        "2",
        "2.1",
        "2.1.9",
        "2.1.10",
        "2.10",
        "10",
    ]


def test_sort_role_values(plan: PlanSnapshot) -> None:
    model = PlanTreeModel()
    model.set_plan(plan)
    index = _find(model, "2.1.4")
    assert index is not None
    assert index.data(SORT_ROLE) == code_sort_text("2.1.4")
    assert index.siblingAtColumn(COL_DESCRIPTION).data(SORT_ROLE).startswith("balıkesir")


def test_planned_without_text_shows_a_mark() -> None:
    from datetime import date

    from app.services.plans import ItemRow
    from app.ui.workspace import PeriodInfo

    period = PeriodInfo(
        "2024-Q1", "Q1 2024", date(2024, 1, 1), date(2024, 3, 31), date(2024, 4, 10)
    )
    rows = [ItemRow(1, None, "1", "activity", "Seminar", 0, planned={"2024-Q1": ""})]
    model = PlanTreeModel()
    model.set_plan(PlanSnapshot(1, "T", 2024, "quarter", [period], [], rows))
    assert model.index(0, FIRST_PERIOD_COLUMN).data() == PLANNED_MARK


def test_filter_keeps_parents_of_matches(plan: PlanSnapshot) -> None:
    model = PlanTreeModel()
    model.set_plan(plan)
    proxy = PlanFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text("3.4.4")
    match = _find(proxy, "3.4.4")
    assert match is not None
    assert match.parent().data() == "3.4"
    assert match.parent().parent().data() == "3"
    assert _find(proxy, "2.1.4") is None
    assert _find(proxy, "3.4.3") is None
    proxy.set_filter_text("")
    assert _find(proxy, "2.1.4") is not None


def test_filter_ignores_case_and_turkish_letters(plan: PlanSnapshot) -> None:
    model = PlanTreeModel()
    model.set_plan(plan)
    proxy = PlanFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text("SIGINMA")  # sığınma, typed on an English keyboard
    assert _find(proxy, "3.4.4") is not None
    assert _find(proxy, "2.1.4") is None


def test_fold() -> None:
    assert fold("İstanbul") == fold("istanbul") == "istanbul"
    assert fold("Sığınma") == "siginma"
    assert fold("Bình đẳng giới") == "binh dang gioi"
    assert fold("Қазақ") == fold("қазақ")


def test_footnote_suffix() -> None:
    assert footnote_suffix([]) == ""
    assert footnote_suffix(["1", "12"]) == " ¹ ¹²"
    assert footnote_suffix(["a"]) == " [a]"


def test_code_filter_matches_whole_segments(plan: PlanSnapshot) -> None:
    model = PlanTreeModel()
    model.set_plan(plan)
    proxy = PlanFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text("3.4")
    assert _find(proxy, "3.4.3") is not None and _find(proxy, "3.4.4") is not None
    assert _find(proxy, "2.1.4") is None
    proxy.set_filter_text("2021")  # a year is looked up in the planned dates
    assert _find(proxy, "2.1.4") is not None  # "Mart 2021"


def test_looks_like_code() -> None:
    from app.ui.models.plan_filter_model import looks_like_code

    assert looks_like_code("3.4.4") and looks_like_code("2.") and looks_like_code("iv")
    assert not looks_like_code("seminer") and not looks_like_code("3.4 a")


def test_share_widths() -> None:
    from app.ui.pages.plan import share_widths

    limits = {0: (80, 80), 2: (100, 200), 3: (90, 150)}
    # narrow: everything at its minimum, the description too (the view scrolls)
    assert share_widths(400, limits, 300, 800) == ({0: 80, 2: 100, 3: 90}, 300)
    # middle: the description stretches, the others keep their minimum
    assert share_widths(900, limits, 300, 800) == ({0: 80, 2: 100, 3: 90}, None)
    # narrow, with a floor: the description takes what is left down to the floor, no
    # sideways scrolling; below the floor it keeps that (and the view scrolls)
    assert share_widths(500, limits, 300, 800, floor=150) == ({0: 80, 2: 100, 3: 90}, None)
    assert share_widths(400, limits, 300, 800, floor=150) == ({0: 80, 2: 100, 3: 90}, 150)
    # wide: beyond a comfortable line length the other columns grow too, up to their maximum
    widths, description = share_widths(2000, limits, 300, 800)
    assert description is None and widths == {0: 80, 2: 200, 3: 150}
