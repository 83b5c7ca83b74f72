"""Import plan… (column mapping, preview), the details panel, and the models of the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from app.services.plans import require_current_plan
from app.ui.pages.plan import PlanPage
from app.ui.plan.dialogs import FootnotesModel, RenumberModel
from app.ui.plan.import_dialog import ImportDialog
from app.ui.plan.planned_model import COL_PERIOD, COL_TEXT, PlannedPeriodsModel
from app.ui.plan.preview_model import PreviewModel
from app.ui.workspace import Workspace
from tests.ui.test_plan_editing import make_page, open_demo, select, stored


@pytest.fixture
def workspace(demo_db: Path) -> Iterator[Workspace]:
    yield from open_demo(demo_db)


@pytest.fixture
def page(workspace: Workspace, qtbot) -> PlanPage:  # type: ignore[no-untyped-def]
    return make_page(workspace, qtbot)


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "plans"


def test_import_with_a_corrected_column_mapping(
    page: PlanPage, workspace: Workspace, qtbot
) -> None:
    old_plan = workspace.plan.id  # type: ignore[union-attr]
    seen: dict[str, object] = {}

    def check_and_correct(dialog: ImportDialog) -> bool:
        seen["roles"] = dialog.mapping()
        seen["rows"] = dialog.preview.rowCount()
        reason_column = next(c for c, r in dialog.mapping().items() if r == "reason")
        dialog.combos[reason_column].setCurrentIndex(
            dialog.combos[reason_column].findData("notes")
        )  # the clerk says: that column holds notes
        seen["notes"] = [
            dialog.preview.index(r, 2).data() for r in range(dialog.preview.rowCount())
        ]
        return True

    page.choose_file = lambda: FIXTURES / "balikesir_2021.xlsx"
    page.run_dialog = check_and_correct
    with qtbot.waitSignal(page.data_changed):
        page.plan_actions.import_plan.trigger()

    assert seen["roles"] == {0: "activity", 1: "period", 2: "period", 3: "period", 4: "reason"}
    assert seen["rows"] == 18
    plan = workspace.plan
    assert plan is not None and plan.id != old_plan
    rows = {r.code: r for r in plan.rows}
    assert not any(r.not_planned_reason for r in rows.values())
    assert any(r.notes for r in rows.values()), "the reason texts went to the notes"
    assert "2.1.5" in page.visible_codes()
    assert page.undo_stack.undoText() == "Import plan from balikesir_2021.xlsx"

    # the import is one undo step: the plan before it is current again, then redo
    old_codes = {"2.1.4", "2.3.1", "3.4.3", "3.4.4", "4.1.2"}
    with qtbot.waitSignal(page.data_changed):
        page.undo_stack.undo()
    assert workspace.plan is not None and workspace.plan.id == old_plan
    assert "2.1.5" not in page.visible_codes()
    assert old_codes <= set(page.visible_codes())
    with workspace.db.unit() as session:
        assert require_current_plan(session).id == old_plan
    with qtbot.waitSignal(page.data_changed):
        page.undo_stack.redo()
    assert workspace.plan is not None and workspace.plan.id == plan.id
    assert "2.1.5" in page.visible_codes()
    with workspace.db.unit() as session:
        assert require_current_plan(session).id == plan.id


def test_import_preview_shows_a_clear_error_for_an_impossible_mapping(qtbot) -> None:
    dialog = ImportDialog(FIXTURES / "balikesir_2021.csv")
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled()
    dialog.set_role(0, "")  # no activity column left
    assert not dialog.import_button.isEnabled()
    assert dialog.plan_data is None
    assert "activity texts" in dialog.summary.text()
    dialog.set_role(0, "activity")
    assert dialog.import_button.isEnabled()


def test_import_of_an_unreadable_file_says_why(page: PlanPage, tmp_path: Path) -> None:
    bad = tmp_path / "plan.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    page.choose_file = lambda: bad
    assert not page.import_plan()
    assert "Excel 97-2003" in page.told[-1]


def test_details_panel_edits_each_field_as_one_undo_step(
    page: PlanPage, workspace: Workspace, qtbot
) -> None:
    select(page, workspace, "2.1.4")
    before = next(r for r in workspace.plan.rows if r.code == "2.1.4")  # type: ignore[union-attr]
    panel = page.details
    responsible = panel.lines["responsible"]
    responsible.setFocus()
    responsible.selectAll()
    qtbot.keyClicks(responsible, "Ilce MEM")
    qtbot.keyClick(responsible, Qt.Key.Key_Return)
    assert page.undo_stack.undoText() == "Edit responsible of 2.1.4"
    panel.value_edit.setFocus()
    panel.value_edit.selectAll()
    qtbot.keyClicks(panel.value_edit, "120")
    qtbot.keyClick(panel.value_edit, Qt.Key.Key_Return)
    assert page.undo_stack.undoText() == "Edit target value of 2.1.4"
    model = panel.planned_model
    assert model.setData(
        model.index(1, COL_PERIOD), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert model.setData(model.index(1, COL_TEXT), "Haziran 2021")
    row = next(r for r in workspace.plan.rows if r.code == "2.1.4")  # type: ignore[union-attr]
    assert (row.responsible, row.target_value) == ("Ilce MEM", 120.0)
    assert row.planned["2021-T2"] == "Haziran 2021"
    assert page.undo_stack.undoText() == "Edit planned periods of 2.1.4"
    for _ in range(4):
        page.undo_stack.undo()
    row = next(r for r in workspace.plan.rows if r.code == "2.1.4")  # type: ignore[union-attr]
    assert row.responsible == "İl Milli Eğitim Müdürlüğü"
    assert row.target_value == before.target_value and "2021-T2" not in row.planned
    assert panel.lines["responsible"].text() == "İl Milli Eğitim Müdürlüğü"


def test_a_refused_edit_is_explained_and_the_field_shows_the_stored_value(
    page: PlanPage, workspace: Workspace, qtbot
) -> None:
    select(page, workspace, "2.1.4")
    code = page.details.lines["code"]
    code.setFocus()
    code.selectAll()
    qtbot.keyClicks(code, "2.3.1")
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert page.told == ["Code 2.3.1 is already used in this plan."]
    assert code.text() == "2.1.4"
    assert "2.1.4" in stored(workspace)


def test_goals_show_only_their_own_fields(page: PlanPage, workspace: Workspace) -> None:
    select(page, workspace, "2")
    panel = page.details
    assert panel.heading.text() == "Goal 2"
    assert panel.planned_view.isHidden() and panel.lines["responsible"].isHidden()
    select(page, workspace, "2.1.4")
    assert not panel.planned_view.isHidden()


def test_models_pass_qtmodeltester(qtmodeltester, workspace: Workspace) -> None:
    plan = workspace.plan
    assert plan is not None
    planned = PlannedPeriodsModel()
    planned.set_item(plan.periods, {plan.periods[0].key: "Mart 2021"})
    qtmodeltester.check(planned, force_py=True)
    qtmodeltester.check(RenumberModel([("2", "1", "Hedef"), ("2.1", "1.1", "Alt")]), force_py=True)
    qtmodeltester.check(FootnotesModel([("1", "Yönetmelik"), ("2", "Kanun")]), force_py=True)
    preview = PreviewModel()
    from app.services.plan_import import parse_plan_file

    data = parse_plan_file(FIXTURES / "balikesir_2021.xlsx")
    preview.set_items(data.items, {p.key: p.label for p in data.periods})
    qtmodeltester.check(preview, force_py=True)


def test_tree_model_with_drag_and_drop_passes_qtmodeltester(qtmodeltester, page: PlanPage) -> None:
    qtmodeltester.check(page.model, force_py=True)
    qtmodeltester.check(page.proxy, force_py=True)
