"""A new database opens on the welcome path: who we are, our plan, our signature — each step
done or skipped, the Dashboard showing what is still missing; a plan typed from nothing; events
logged without a plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.institutions import get_self
from app.services.plans import current_plan, load_tree
from app.ui.launcher import Launcher
from tests.ui.conftest import LauncherFactory

CTRL = Qt.KeyboardModifier.ControlModifier


def started(make_launcher: LauncherFactory, path: Path, qtbot, **kw: object) -> Launcher:  # type: ignore[no-untyped-def]
    launcher = make_launcher(path, **kw)
    assert launcher.start()
    qtbot.waitUntil(lambda: launcher.workspace is not None, timeout=15000)
    return launcher


def test_an_empty_database_opens_on_the_welcome_path(
    make_launcher: LauncherFactory, tmp_path: Path, qtbot
) -> None:
    launcher = started(make_launcher, tmp_path / "new.sqlite", qtbot)
    window = launcher.window
    assert window is not None
    assert window.current_page().name == "welcome"
    page = window.page("welcome")
    assert page.step == "profile"
    assert page.ui.profileStep.form.edits["name"].isEnabled()
    # skipping a step goes on without storing anything; the Dashboard lists all three
    qtbot.mouseClick(page.ui.skipButton, Qt.MouseButton.LeftButton)
    assert page.step == "plan"
    window.show_page("dashboard")
    dashboard = window.page("dashboard")
    card = dashboard.ui.setupCard
    assert card.isVisible() and card.missing == ("profile", "plan", "identity")
    assert all(button.isVisible() for button in card.buttons.values())
    # its button leads back to the step
    qtbot.mouseClick(card.buttons["identity"], Qt.MouseButton.LeftButton)
    assert window.current_page() is page and page.step == "identity"


def test_the_demo_database_opens_on_the_page_asked_for(open_window: Launcher) -> None:
    """A database with an institution and a plan does not start on the welcome path."""
    window = open_window.window
    assert window.current_page().name == "plan"
    window.show_page("dashboard")
    assert window.page("dashboard").ui.setupCard.missing == ("identity",)


def test_profile_step_saves_with_the_parent_and_its_email(
    make_launcher: LauncherFactory, tmp_path: Path, qtbot
) -> None:
    launcher = started(make_launcher, tmp_path / "new.sqlite", qtbot)
    page = launcher.window.page("welcome")
    form = page.ui.profileStep.form
    qtbot.keyClicks(form.edits["name"], "Ataturk Ortaokulu")
    qtbot.keyClicks(form.edits["code"], "SCH-7")
    qtbot.keyClicks(form.edits["parent_code"], "MEB-10")
    qtbot.keyClicks(form.edits["parent_name"], "Il Milli Egitim Mudurlugu")
    qtbot.keyClicks(form.edits["parent_email"], "not-an-address")
    qtbot.keyClick(form.edits["parent_email"], Qt.Key.Key_Return)
    assert page.step == "profile"  # refused: the error is beside its field
    assert form.errors["parent_email"].isVisible()
    form.edits["parent_email"].clear()
    qtbot.keyClicks(form.edits["parent_email"], "ilmem@example.gov.tr")
    qtbot.keyClick(form.edits["parent_email"], Qt.Key.Key_Return)
    assert page.step == "plan"
    with launcher.workspace.db.unit() as s:
        inst = get_self(s)
        assert inst is not None and inst.name == "Ataturk Ortaokulu"
        assert inst.parent is not None and inst.parent.email == "ilmem@example.gov.tr"
    assert launcher.window.ui.institutionLabel.text() == "Ataturk Ortaokulu"
    assert page.ui.stepBar.buttons["profile"].accessibleDescription() == "done"
    launcher.window.show_page("dashboard")
    assert launcher.window.page("dashboard").ui.setupCard.missing == ("plan", "identity")


def test_a_plan_is_typed_from_an_empty_table(
    make_launcher: LauncherFactory, tmp_path: Path, qtbot
) -> None:
    launcher = started(make_launcher, tmp_path / "new.sqlite", qtbot)
    window = launcher.window
    welcome = window.page("welcome")
    welcome.go_to("plan")
    plan_page = window.page("plan")
    qtbot.mouseClick(welcome.ui.planStep.buttons["start"], Qt.MouseButton.LeftButton)
    assert window.current_page() is plan_page
    dialog = plan_page.last_dialog
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.title_edit.hasFocus)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # no title: refused, said
    assert dialog.isVisible() and dialog.title_error.isVisible()
    qtbot.keyClicks(dialog.title_edit, "Okul eylem plani 2025")
    dialog.year_spin.setValue(2025)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    # the plan and its first goal, whose description has the cursor
    assert plan_page.details.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is plan_page.details.texts["description"])
    focused = QApplication.focusWidget()
    qtbot.keyClicks(focused, "Farkindalik")
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    with launcher.workspace.db.unit() as s:
        plan = current_plan(s)
        assert plan is not None and plan.title == "Okul eylem plani 2025" and plan.year == 2025
        rows = load_tree(s, plan.id)
        assert [(r.kind, r.code, r.description) for r in rows] == [("goal", "1", "Farkindalik")]
    # Insert adds an activity under it; undo takes the whole start back step by step
    plan_page.ui.treeView.setFocus()
    qtbot.keyClick(plan_page.ui.treeView, Qt.Key.Key_Insert)
    assert [r.kind for r in launcher.workspace.plan.rows] == ["goal", "activity"]
    stack = plan_page.undo_stack
    while stack.canUndo():
        stack.undo()
    with launcher.workspace.db.unit() as s:
        assert current_plan(s) is None
    assert window.ui.planTitleLabel.text() == "No plan yet"


def test_events_are_logged_without_a_plan(
    make_launcher: LauncherFactory, tmp_path: Path, qtbot
) -> None:
    launcher = started(make_launcher, tmp_path / "new.sqlite", qtbot)
    window = launcher.window
    welcome = window.page("welcome")
    welcome.go_to("plan")
    qtbot.mouseClick(welcome.ui.planStep.buttons["events"], Qt.MouseButton.LeftButton)
    events = window.page("events")
    assert window.current_page() is events
    assert events.ui.newButton.isEnabled() and events.ui.saveButton.isEnabled()
    qtbot.keyClicks(events.ui.form.title_edit, "Bilgilendirme semineri")
    qtbot.keyClicks(events.ui.form.participants_edit, "40")
    assert events.save()
    assert events.model.rowCount() == 1
    with launcher.workspace.db.unit() as s:
        plan = current_plan(s)
        assert plan is not None and plan.scheme == "year"
    # the header shows the plan of events
    assert window.ui.planTitleLabel.text() != "No plan yet"
    assert events.undo_stack.canUndo()
    events.undo_stack.undo()
    assert events.model.rowCount() == 0


def test_file_new_open_and_recent_databases(
    make_launcher: LauncherFactory, demo_db: Path, tmp_path: Path, qtbot
) -> None:
    launcher = started(make_launcher, demo_db, qtbot, page="plan")
    window = launcher.window
    files = window.files
    new = tmp_path / "school" / "new-year.sqlite"
    new.parent.mkdir()
    files.choose_new = lambda _title, _name: new
    window.ui.actionNewDatabase.trigger()
    qtbot.waitUntil(lambda: launcher.workspace is not None and launcher.workspace.path == new)
    assert new.exists() and launcher.lock is not None and launcher.lock.db_path == new
    assert window.current_page().name == "welcome"  # nothing in it yet
    assert window.windowTitle().startswith("new-year.sqlite")
    # both files are in File → Recent databases, the newest first; the open one greyed
    recent = files.recent_actions()
    assert [a.data() for a in recent] == [str(new), str(demo_db)]
    assert not recent[0].isEnabled() and recent[1].isEnabled()
    recent[1].trigger()
    qtbot.waitUntil(lambda: launcher.workspace is not None and launcher.workspace.path == demo_db)
    assert window.ui.planTitleLabel.text().startswith("Kadına Yönelik")
    # Open database… asks for a file and opens it
    files.choose_open = lambda: new
    window.ui.actionOpenDatabase.trigger()
    qtbot.waitUntil(lambda: launcher.workspace is not None and launcher.workspace.path == new)
    # the list is kept for the next run
    again = make_launcher(tmp_path / "third.sqlite")
    assert again.start()
    qtbot.waitUntil(lambda: again.workspace is not None)
    assert [a.data() for a in again.window.files.recent_actions()][1:] == [str(new), str(demo_db)]


def test_the_demo_opens_in_a_separate_file(
    make_launcher: LauncherFactory, tmp_path: Path, qtbot
) -> None:
    empty = tmp_path / "ours.sqlite"
    launcher = started(make_launcher, empty, qtbot)
    window = launcher.window
    demo = tmp_path / "look-around.sqlite"
    window.files.choose_new = lambda _title, _name: demo
    welcome = window.page("welcome")
    welcome.go_to("plan")
    qtbot.mouseClick(welcome.ui.planStep.buttons["demo"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: launcher.workspace is not None and launcher.workspace.path == demo, timeout=15000
    )
    assert window.ui.planTitleLabel.text().startswith("Kadına Yönelik")
    # our own database was left as it was: still no plan in it
    launcher.open_database(empty)
    qtbot.waitUntil(lambda: launcher.workspace is not None and launcher.workspace.path == empty)
    assert launcher.workspace.plan is None
