"""Deleting (with its confirmation), moving, renumbering and footnotes on the Plan page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from PySide6.QtCore import QModelIndex, Qt

from app.db.models import Event, PlanItem, Progress
from app.ui.models.plan_tree_model import COL_CODE
from app.ui.pages.plan import PlanPage
from app.ui.plan.dialogs import FootnotesDialog, RenumberDialog
from app.ui.workspace import Workspace
from tests.ui.test_plan_editing import CTRL, SHIFT, item_id, make_page, open_demo, stored
from tests.ui.test_plan_editing import select as select_code


@pytest.fixture
def workspace(demo_db: Path) -> Iterator[Workspace]:
    yield from open_demo(demo_db)


@pytest.fixture
def page(workspace: Workspace, qtbot) -> PlanPage:  # type: ignore[no-untyped-def]
    return make_page(workspace, qtbot)


def counts(ws: Workspace) -> tuple[int, int, int]:
    """(plan items, progress marks, events linked to an item) in the database."""
    with ws.db.unit() as session:
        items = session.scalar(select(func.count(PlanItem.id)))
        marks = session.scalar(select(func.count(Progress.id)))
        linked = session.scalar(select(func.count(Event.id)).where(Event.item_id.is_not(None)))
    return int(items or 0), int(marks or 0), int(linked or 0)


def test_delete_asks_with_what_goes_and_undo_brings_progress_back(
    page: PlanPage, workspace: Workspace, qtbot
) -> None:
    before = counts(workspace)
    select_code(page, workspace, "3.4")
    page.confirm = lambda title, question: page.asked.append(question) or False
    qtbot.keyClick(page.ui.treeView, Qt.Key.Key_Delete)
    assert counts(workspace) == before, "cancelled: nothing deleted"
    question = page.asked[-1]
    assert "Delete 3.4" in question
    assert "3.4.3, 3.4.4" in question
    assert "6 progress marks go with it." in question
    assert "2 events will no longer be linked to it" in question

    page.confirm = lambda title, question: True
    qtbot.keyClick(page.ui.treeView, Qt.Key.Key_Delete)
    assert page.undo_stack.undoText() == "Delete 3.4 and 2 items"
    assert {"3.4", "3.4.3", "3.4.4"}.isdisjoint(stored(workspace))
    assert counts(workspace) == (before[0] - 3, before[1] - 6, before[2] - 2)
    assert "3.4.3" not in page.visible_codes()

    page.undo_stack.undo()
    assert counts(workspace) == before
    assert stored(workspace)["3.4.4"][2] == "3.4"
    assert page.selected_row()[0].code == "3.4"  # type: ignore[union-attr]


def test_indent_outdent_and_move_by_keyboard(page: PlanPage, workspace: Workspace, qtbot) -> None:
    tree = page.ui.treeView
    select_code(page, workspace, "3.4.4")
    qtbot.keyClick(tree, Qt.Key.Key_Tab)  # under 3.4.3
    assert stored(workspace)["3.4.4"][2] == "3.4.3"
    assert page.undo_stack.undoText() == "Indent 3.4.4"
    qtbot.keyClick(tree, Qt.Key.Key_Backtab, SHIFT)
    assert stored(workspace)["3.4.4"][2] == "3.4"
    qtbot.keyClick(tree, Qt.Key.Key_Left, CTRL)  # outdent: after 3.4, under 3
    assert stored(workspace)["3.4.4"][2] == "3"
    qtbot.keyClick(tree, Qt.Key.Key_Right, CTRL)  # back under 3.4, as its last child
    assert stored(workspace)["3.4.4"][2] == "3.4"
    qtbot.keyClick(tree, Qt.Key.Key_Up, CTRL)
    assert page.visible_codes().index("3.4.4") < page.visible_codes().index("3.4.3")
    assert page.undo_stack.undoText() == "Move 3.4.4"
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.visible_codes().index("3.4.4") > page.visible_codes().index("3.4.3")
    for _ in range(6):
        page.undo_stack.undo()
    assert stored(workspace)["3.4.4"][2] == "3.4"
    assert page.visible_codes().index("3.4.4") > page.visible_codes().index("3.4.3")


def test_drop_moves_an_item_under_another(page: PlanPage, workspace: Workspace, qtbot) -> None:
    model = page.model
    source = model.index_of(item_id(workspace, "4.1.2"))
    target = model.index_of(item_id(workspace, "2.1"))
    data = model.mimeData([source])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target)
    assert not model.canDropMimeData(
        model.mimeData([model.index_of(item_id(workspace, "2"))]),
        Qt.DropAction.MoveAction,
        -1,
        0,
        target,
    ), "not into its own subtree"
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target)
    qtbot.waitUntil(lambda: page.undo_stack.count() == 1)
    assert stored(workspace)["4.1.2"][2] == "2.1"
    assert page.visible_codes()[page.visible_codes().index("2.1") + 1] == "4.1.2"
    page.undo_stack.undo()
    assert stored(workspace)["4.1.2"][2] == "4.1"


def test_renumber_shows_old_and_new_codes_first(page: PlanPage, workspace: Workspace) -> None:
    shown: list[tuple[str, str]] = []

    def look(dialog: RenumberDialog) -> bool:
        model = dialog.model
        for row in range(model.rowCount()):
            shown.append((model.index(row, 0).data(), model.index(row, 1).data()))
        return True

    page.run_dialog = look
    page.plan_actions.renumber.trigger()
    assert ("2", "1") in shown and ("2.1.4", "1.1.1") in shown and ("4.1.2", "3.1.1") in shown
    assert page.undo_stack.undoText() == f"Renumber {len(shown)} codes"
    codes = stored(workspace)
    assert "1.1.1" in codes and "2.1.4" not in codes
    page.undo_stack.undo()
    assert "2.1.4" in stored(workspace) and "1.1.1" not in stored(workspace)


def test_renumber_cancelled_changes_nothing(page: PlanPage, workspace: Workspace) -> None:
    page.run_dialog = lambda dialog: False
    page.plan_actions.renumber.trigger()
    assert page.undo_stack.count() == 0
    assert "2.1.4" in stored(workspace)


def test_footnotes_editor_adds_a_note_and_undo_removes_it(
    page: PlanPage, workspace: Workspace, qtbot
) -> None:
    def edit(dialog: FootnotesDialog) -> bool:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        row = dialog.model.rowCount() - 1
        dialog.model.setData(dialog.model.index(row, 1), "6284 sayılı Kanun")
        return True

    page.run_dialog = edit
    page.plan_actions.footnotes.trigger()
    assert page.undo_stack.undoText() == "Edit footnotes"
    assert [n.mark for n in workspace.plan.footnotes] == ["1", "2", "3"]  # type: ignore[union-attr]
    assert "6284 sayılı Kanun" in page.ui.footnotesLabel.text()
    page.undo_stack.undo()
    assert [n.mark for n in workspace.plan.footnotes] == ["1", "2"]  # type: ignore[union-attr]


def test_a_used_footnote_cannot_be_removed(page: PlanPage, workspace: Workspace) -> None:
    def remove_all(dialog: FootnotesDialog) -> bool:
        while dialog.model.rowCount():
            dialog.model.remove_row(0)
        return True

    page.run_dialog = remove_all
    page.plan_actions.footnotes.trigger()
    assert page.told and "still used by a plan item" in page.told[-1]
    assert page.undo_stack.count() == 0


def test_first_level_rows_keep_their_order_in_the_view(page: PlanPage) -> None:
    tops = [page.proxy.index(r, COL_CODE, QModelIndex()).data() for r in range(3)]
    assert tops == ["2", "3", "4"]


def test_edits_change_rows_in_place_folding_and_selection_stay(
    page: PlanPage, workspace: Workspace, qtbot
) -> None:
    """An edit, a move and their undo update the tree without a reset: the goal the clerk
    folded stays folded, the moved sub-goal keeps its rows open, the selection follows."""
    tree = page.ui.treeView
    resets: list[bool] = []
    page.model.modelReset.connect(lambda: resets.append(True))

    def view_index(code: str) -> QModelIndex:
        return page.proxy.mapFromSource(page.model.index_of(item_id(workspace, code)))

    tree.collapse(view_index("4"))
    select_code(page, workspace, "2.1.4")
    assert page.editing is not None
    page.editing.edit_field(item_id(workspace, "2.1.4"), "responsible", "Responsible", "Okul")
    assert view_index("2.1.4").siblingAtColumn(2).data() == "Okul"
    assert not tree.isExpanded(view_index("4")), "the folded goal stays folded"

    select_code(page, workspace, "3")
    row_before = view_index("3").row()
    assert row_before > 0 and tree.isExpanded(view_index("3"))
    qtbot.keyClick(tree, Qt.Key.Key_Up, CTRL)  # goal 3 moves above goal 2
    assert page.undo_stack.undoText() == "Move 3"
    assert not resets
    moved = view_index("3")
    assert moved.row() == row_before - 1
    assert tree.isExpanded(moved), "a moved goal keeps its activities shown"
    assert tree.currentIndex().data() == "3"
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert not resets
    assert view_index("2.1.4").siblingAtColumn(2).data() != "Okul"
    assert not tree.isExpanded(view_index("4"))


def test_opening_the_details_keeps_the_description_readable(
    page: PlanPage, workspace: Workspace, qtbot
) -> None:
    """The panel takes width from the table: the description keeps its minimum (the table
    scrolls sideways) instead of being squeezed by the stretching column."""
    from app.ui.models.plan_tree_model import COL_DESCRIPTION
    from app.ui.plan.columns import DESCRIPTION_MIN_CHARS

    page.resize(1100, 700)
    qtbot.wait(10)
    select_code(page, workspace, "2.1.4")
    assert page.ui.detailsScroll.isVisible()
    qtbot.wait(10)  # width changes of one turn are fitted once, on the next
    minimum = page.fontMetrics().averageCharWidth() * DESCRIPTION_MIN_CHARS
    assert page.header.sectionSize(COL_DESCRIPTION) >= minimum
