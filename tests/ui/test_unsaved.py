"""Nothing typed is lost: the Settings profile saves itself like the narrative; quitting with
typed text not saved asks first — save and quit, quit without saving, or stay."""

from __future__ import annotations

from app.services.institutions import get_self
from app.ui.launcher import Launcher


def head_title(launcher: Launcher) -> str:
    with launcher.workspace.db.unit() as s:
        inst = get_self(s)
        assert inst is not None
        return inst.head_title


def test_the_settings_profile_saves_itself(open_window: Launcher, qtbot) -> None:
    window = open_window.window
    window.show_page("settings")
    page = window.page("settings")
    edit = page.ui.profileForm.edits["head_title"]
    edit.selectAll()
    qtbot.keyClicks(edit, "Il Muduru V.")
    assert page.unsaved_changes()
    qtbot.waitUntil(lambda: head_title(open_window) == "Il Muduru V.", timeout=5000)
    assert not page.unsaved_changes() and "Saved" in page.ui.profileStatus.text()
    # leaving the page saves at once, without waiting for the pause
    edit.selectAll()
    qtbot.keyClicks(edit, "Mudur")
    window.show_page("plan")
    assert head_title(open_window) == "Mudur"


def test_quitting_with_typed_text_asks_and_saves(open_window: Launcher, qtbot) -> None:
    window = open_window.window
    window.show_page("events")
    events = window.page("events")
    events.new_event()
    qtbot.keyClicks(events.ui.form.title_edit, "Typed, not added")
    asked: list[list[tuple[object, str]]] = []
    window.ask_unsaved = asked.append  # type: ignore[method-assign]
    rows = events.model.rowCount()
    assert not window.close()  # the window stays: it asks
    assert window.isVisible() and len(asked) == 1
    assert "Typed, not added" in asked[0][0][1]
    assert window.close_anyway(asked[0], save=True)  # Save and quit
    assert events.model.rowCount() == rows + 1


def test_quitting_without_saving_and_staying(open_window: Launcher, qtbot) -> None:
    window = open_window.window
    window.show_page("progress")
    progress = window.page("progress")
    progress.select_cells([("2.3.1", "2021-T1")])
    progress.open_details()
    progress.details.note_edit.selectAll()
    qtbot.keyClicks(progress.details.note_edit, "half a sentence")
    box = None

    def ask(unsaved):  # type: ignore[no-untyped-def]
        nonlocal box
        box = window._ask_unsaved(unsaved)

    window.ask_unsaved = ask  # type: ignore[method-assign]
    window.close()
    assert box is not None and window.isVisible()
    texts = [b.text() for b in box.buttons()]
    assert sorted(texts) == ["Cancel", "Quit without saving", "Save and quit"]
    cancel = next(b for b in box.buttons() if b.text() == "Cancel")
    cancel.click()
    assert window.isVisible()  # Cancel: nothing closes, the text is still there
    assert progress.details.note_edit.toPlainText() == "half a sentence"
    box = None
    window.close()
    assert box is not None
    discard = next(b for b in box.buttons() if b.text() == "Quit without saving")
    discard.click()
    assert not window.isVisible()
