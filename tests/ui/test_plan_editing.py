"""The Plan page edited as a clerk does it: keys, typing, paste, undo — checked in the database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.plans import load_tree
from app.ui.pages.plan import PlanPage
from app.ui.workspace import Workspace, open_workspace

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_demo(demo_db: Path) -> Iterator[Workspace]:
    ws = open_workspace(demo_db)
    yield ws
    ws.close()


def make_page(workspace: Workspace, qtbot) -> PlanPage:  # type: ignore[no-untyped-def]
    """The Plan page on *workspace*; questions answered yes, messages collected."""
    page = PlanPage()
    qtbot.addWidget(page)
    page.asked: list[str] = []  # type: ignore[misc]
    page.told: list[str] = []  # type: ignore[misc]
    page.confirm = lambda title, question: page.asked.append(question) or True
    page.notify = page.told.append
    page.set_workspace(workspace)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def workspace(demo_db: Path) -> Iterator[Workspace]:
    yield from open_demo(demo_db)


@pytest.fixture
def page(workspace: Workspace, qtbot) -> PlanPage:  # type: ignore[no-untyped-def]
    return make_page(workspace, qtbot)


def stored(ws: Workspace) -> dict[str, tuple[str, str, str | None]]:
    """code -> (kind, description, parent code), as the database holds it."""
    assert ws.plan is not None
    with ws.db.unit() as session:
        rows = load_tree(session, ws.plan.id)
    codes = {r.id: r.code for r in rows}
    return {r.code: (r.kind, r.description, codes.get(r.parent_id)) for r in rows}  # type: ignore[arg-type]


def item_id(ws: Workspace, code: str) -> int:
    assert ws.plan is not None
    return next(r.id for r in ws.plan.rows if r.code == code)


def select(page: PlanPage, ws: Workspace, code: str) -> None:
    page.select_item(item_id(ws, code))
    page.ui.treeView.setFocus()


def type_description(page: PlanPage, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    box = page.details.texts["description"]
    assert box.hasFocus(), "a new item is named at once"
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_create_a_subgoal_and_two_activities_then_undo_three_edits(
    page: PlanPage, workspace: Workspace, qtbot
) -> None:
    tree = page.ui.treeView
    select(page, workspace, "2")
    qtbot.keyClick(tree, Qt.Key.Key_B, CTRL | SHIFT)  # Add sub-goal
    type_description(page, qtbot, "Okul temelli farkindalik")
    assert tree.hasFocus(), "Enter takes the clerk back to the tree"
    qtbot.keyClick(tree, Qt.Key.Key_Insert)  # Add activity under the sub-goal
    type_description(page, qtbot, "Veli seminerleri")
    qtbot.keyClick(tree, Qt.Key.Key_N, CTRL)  # the same, after the selected activity
    type_description(page, qtbot, "Ogrenci kulupleri")

    plan = stored(workspace)
    assert plan["2.4"] == ("subgoal", "Okul temelli farkindalik", "2")
    assert plan["2.4.1"] == ("activity", "Veli seminerleri", "2.4")
    assert plan["2.4.2"] == ("activity", "Ogrenci kulupleri", "2.4")
    assert "2.4.2" in page.visible_codes()
    assert page.undo_stack.undoText() == "Edit description of 2.4.2"

    page.undo_stack.undo()  # the description of 2.4.2
    assert page.undo_stack.undoText() == "Add activity 2.4.2"
    page.undo_stack.undo()  # 2.4.2 itself
    page.undo_stack.undo()  # the description of 2.4.1
    plan = stored(workspace)
    assert "2.4.2" not in plan
    assert plan["2.4.1"] == ("activity", "New activity", "2.4")
    assert plan["2.4"] == ("subgoal", "Okul temelli farkindalik", "2")
    assert "2.4.2" not in page.visible_codes()
    assert page.details.texts["description"].toPlainText() == "New activity"

    for _ in range(3):
        page.undo_stack.redo()
    assert stored(workspace)["2.4.2"] == ("activity", "Ogrenci kulupleri", "2.4")


def test_undo_from_the_edit_menu_says_what_it_undoes(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window.window
    page = window.page("plan")
    assert isinstance(page, PlanPage)
    ws = open_window.workspace
    select(page, ws, "2.1.4")
    page.plan_actions.add_activity.trigger()
    qtbot.keyClicks(page.details.texts["description"], "Yeni")
    qtbot.keyClick(page.details.texts["description"], Qt.Key.Key_Return)
    assert window.action_undo.text() == "Undo Edit description of 2.1.5"
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert window.action_redo.text() == "Redo Add activity 2.1.5"
    assert "2.1.5" not in stored(ws)


def sheet_rows(count: int = 20) -> str:
    """Rows as Excel puts them on the clipboard: tab-separated, CRLF, no header row."""
    dates = ["15.03.2021", "Haziran 2021", "10.10.2021", "Ocak 2021"]
    lines = [
        f"5.1.{n}\tPaylaşım toplantısı {n}: okul aile birliği ile\tİlçe MEM\t{dates[n % 4]}"
        for n in range(1, count + 1)
    ]
    return "\r\n".join(lines) + "\r\n"


def test_paste_twenty_rows_copied_from_a_sheet(page: PlanPage, workspace: Workspace, qtbot) -> None:
    tree = page.ui.treeView
    select(page, workspace, "4")
    qtbot.keyClick(tree, Qt.Key.Key_G, CTRL | SHIFT)  # goal 5 after goal 4
    type_description(page, qtbot, "Yeni hedef")
    qtbot.keyClick(tree, Qt.Key.Key_B, CTRL | SHIFT)  # sub-goal 5.1
    type_description(page, qtbot, "Yeni alt hedef")
    QApplication.clipboard().setText(sheet_rows())
    qtbot.keyClick(tree, Qt.Key.Key_V, CTRL)

    assert page.undo_stack.undoText() == "Paste 20 rows"
    plan = stored(workspace)
    pasted = [f"5.1.{n}" for n in range(1, 21)]
    assert all(plan[code][2] == "5.1" and plan[code][0] == "activity" for code in pasted)
    assert plan["5.1.7"][1] == "Paylaşım toplantısı 7: okul aile birliği ile"
    visible = page.visible_codes()
    assert visible[visible.index("5.1") + 1 : visible.index("5.1") + 21] == pasted
    rows = {r.code: r for r in workspace.plan.rows}  # type: ignore[union-attr]
    assert rows["5.1.1"].planned == {"2021-T2": "Haziran 2021"}
    assert rows["5.1.2"].planned == {"2021-T3": "10.10.2021"}
    assert rows["5.1.3"].planned == {"2021-T1": "Ocak 2021"}
    assert rows["5.1.1"].responsible == "İlçe MEM"

    page.undo_stack.undo()
    assert not any(code in stored(workspace) for code in pasted)
    page.undo_stack.redo()
    assert all(code in stored(workspace) for code in pasted)


def test_paste_of_codes_already_in_the_plan_is_refused_with_a_message(
    page: PlanPage, workspace: Workspace, qtbot
) -> None:
    select(page, workspace, "2.1")
    QApplication.clipboard().setText("2.1.4\tAynı kod\tİlçe MEM\r\n2.1.50\tBaşka\tX\r\n")
    qtbot.keyClick(page.ui.treeView, Qt.Key.Key_V, CTRL)
    assert page.told == ["Code 2.1.4 is already used in this plan."]
    assert page.undo_stack.count() == 0
    assert "2.1.50" not in stored(workspace)
