"""Keyboard first: Tab walks the fields as they are laid out, the focus is plain to see,
Ctrl+Enter saves a panel and Esc takes back what was typed, Ctrl+F finds, Ctrl+C / Ctrl+V
copy and paste marks as Excel's text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from app.services.plans import require_current_plan
from app.services.progress import progress_rows
from app.ui.launcher import Launcher
from app.ui.style import ACCENT, apply_style

CTRL = Qt.KeyboardModifier.ControlModifier


def tab_walk(start: QWidget, steps: int, qtbot, backwards: bool = False) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets Tab reaches from *start*, one by one."""
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = []
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), key)
        seen.append(QApplication.focusWidget())
    return seen


def test_plan_details_tab_goes_from_description_to_responsible(
    open_window: Launcher, qtbot
) -> None:
    page = open_window.window.page("plan")
    page.select_item(next(r.id for r in page._plan.rows if r.code == "2.1.4"))
    details = page.details
    walked = tab_walk(details.texts["description"], 3, qtbot)
    assert walked == [
        details.lines["responsible"],
        details.lines["partners"],
        details.lines["target_text"],
    ]


def test_settings_kind_and_language_are_reached_by_tab(open_window: Launcher, qtbot) -> None:
    window = open_window.window
    window.show_page("settings")
    form = window.page("settings").ui.profileForm
    walked = tab_walk(form.edits["name"], 4, qtbot)
    assert walked == [
        form.edits["code"],
        form.kind_combo,
        form.language_combo,
        form.edits["head_name"],
    ]


def test_the_focus_ring_is_plain_to_see(open_window: Launcher, qtbot, qapp) -> None:
    """A focused button is framed in the accent colour; one without the focus is not
    (the app's look, as the window has it)."""
    sheet, palette = qapp.styleSheet(), qapp.palette()
    apply_style(qapp)
    try:
        _focus_ring(open_window, qtbot)
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)


def _focus_ring(open_window: Launcher, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window.window
    window.show_page("returns")
    button = window.page("returns").ui.previewButton
    qtbot.waitExposed(button)

    def accent_pixels() -> int:
        image = button.grab().toImage()
        accent = QColor(ACCENT)
        y = image.height() // 2
        return sum(
            1
            for x in range(min(4, image.width()))
            if abs(QColor(image.pixel(x, y)).red() - accent.red()) < 30
            and abs(QColor(image.pixel(x, y)).blue() - accent.blue()) < 30
        )

    window.page("returns").ui.languageCombo.setFocus()
    assert accent_pixels() == 0
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    assert accent_pixels() >= 1


def test_ctrl_f_finds_on_plan_progress_and_events(open_window: Launcher, qtbot) -> None:
    window = open_window.window
    boxes = {
        "plan": lambda: window.page("plan").ui.filterEdit,
        "progress": lambda: window.page("progress").ui.searchEdit,
        "events": lambda: window.page("events").ui.filters.text_edit,
    }
    for name, box in boxes.items():
        window.show_page(name)
        qtbot.waitExposed(window.page(name))
        window.page(name).setFocus()
        qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
        assert QApplication.focusWidget() is box(), name


def test_progress_panel_ctrl_enter_saves_and_esc_reverts(open_window: Launcher, qtbot) -> None:
    window = open_window.window
    window.show_page("progress")
    page = window.page("progress")
    page.select_cells([("2.3.1", "2021-T1")])
    page.open_details()
    details = page.details
    details.note_edit.setFocus()
    details.note_edit.selectAll()
    qtbot.keyClicks(details.note_edit, "typed by mistake")
    qtbot.keyClick(details.note_edit, Qt.Key.Key_Escape)
    assert details.note_edit.toPlainText() != "typed by mistake"
    assert QApplication.focusWidget() is page.view
    page.open_details()
    details.note_edit.setFocus()
    details.note_edit.selectAll()
    qtbot.keyClicks(details.note_edit, "kept")
    qtbot.keyClick(details.note_edit, Qt.Key.Key_Return, CTRL)
    ws = open_window.workspace
    with ws.db.unit() as s:
        rows = progress_rows(s, require_current_plan(s), "2021-T1")
    assert next(r for r in rows if r["code"] == "2.3.1")["note"] == "kept"


def test_copy_and_paste_a_range_of_marks_as_excel_text(open_window: Launcher, qtbot) -> None:
    window = open_window.window
    window.show_page("progress")
    page = window.page("progress")
    page.select_cells(
        [("2.1.4", "2021-T1"), ("2.1.4", "2021-T2"), ("2.3.1", "2021-T1"), ("2.3.1", "2021-T2")]
    )
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == "Done\tNot applicable\r\nIn progress\tNot done\r\n"
    # Excel's text pasted at 3.4.3 / 2021-T1: two rows, two periods; one undo step
    QApplication.clipboard().setText("Done\tdone\r\nP\tIn progress\r\n")
    page.select_cells([("3.4.3", "2021-T1")])
    before = page.undo_stack.count()
    qtbot.keyClick(page.view, Qt.Key.Key_V, CTRL)
    assert page.undo_stack.count() == before + 1
    ws = open_window.workspace

    def status(code: str, period: str) -> str | None:
        with ws.db.unit() as s:
            rows = progress_rows(s, require_current_plan(s), period)
        return next(r for r in rows if r["code"] == code)["status"]

    assert [status("3.4.3", "2021-T1"), status("3.4.3", "2021-T2")] == ["done", "done"]
    assert [status("3.4.4", "2021-T1"), status("3.4.4", "2021-T2")] == ["in_progress"] * 2
    page.undo_stack.undo()
    assert status("3.4.3", "2021-T2") == "planned"
    # Turkish words from a Turkish colleague's sheet are understood too; nonsense is refused
    QApplication.clipboard().setText("Yapıldı\n")
    page.select_cells([("3.4.3", "2021-T2")])
    qtbot.keyClick(page.view, Qt.Key.Key_V, CTRL)
    assert status("3.4.3", "2021-T2") == "done"
    QApplication.clipboard().setText("maybe\n")
    count = page.undo_stack.count()
    qtbot.keyClick(page.view, Qt.Key.Key_V, CTRL)
    assert page.undo_stack.count() == count
    assert "maybe" in page.ui.errorLabel.text()


def test_events_form_keys_and_errors_that_do_not_move_fields(open_window: Launcher, qtbot) -> None:
    window = open_window.window
    window.show_page("events")
    page = window.page("events")
    qtbot.waitExposed(page)
    form = page.ui.form
    page.new_event()
    women = form.count_edits["women"]
    y_before = women.mapTo(page, women.rect().topLeft()).y()
    qtbot.keyClicks(form.participants_edit, "10")
    qtbot.keyClicks(women, "45")  # more women than participants: a message shows
    assert form.breakdown_error.isVisible()
    assert women.mapTo(page, women.rect().topLeft()).y() == y_before
    assert form.activity_edit.mapTo(page, form.activity_edit.rect().topLeft()).y() >= 0
    qtbot.keyClick(women, Qt.Key.Key_Escape)  # Esc: the form as it was
    assert form.count_edits["women"].text() == "" and form.participants_edit.text() == ""
    rows = page.model.rowCount()
    qtbot.keyClicks(form.title_edit, "Keyboard seminar")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return, CTRL)
    assert page.model.rowCount() == rows + 1
    _ = date
