"""The Settings page: profile saved through the services, bad input refused inline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from app.db.session import Database
from app.services.institutions import get_self
from app.services.narrative import outline
from app.services.plans import require_current_plan
from app.ui.pages.settings import SettingsPage
from app.ui.settings_page.periods_model import COL_DUE
from app.ui.workspace import Workspace
from tests.ui.conftest import shown


@pytest.fixture
def page(demo: Database, db_path: Path, qtbot) -> SettingsPage:  # type: ignore[no-untyped-def]
    return shown(SettingsPage(), Workspace(path=db_path, _db=demo), qtbot, 1080, 700)


def retype(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_models_pass_the_model_tester(page: SettingsPage, qtmodeltester) -> None:
    qtmodeltester.check(page.ui.reportingPanel.model)
    qtmodeltester.check(page.ui.outlineEditor.model)


def test_profile_is_shown_and_saved(page: SettingsPage, demo: Database, qtbot) -> None:
    form = page.ui.profileForm
    assert form.value("code") == "MEB-10"
    assert form.value("parent_code") == "BLK-VALILIK"
    retype(qtbot, form.edits["head_name"], "Ayse Yilmaz")
    retype(qtbot, form.edits["parent_email"], "kurul@example.gov.tr")
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("province"))
    qtbot.mouseClick(page.ui.profileSaveButton, Qt.MouseButton.LeftButton)
    assert "Saved" in page.ui.profileStatus.text()
    with demo.unit() as s:
        inst = get_self(s)
        assert inst is not None and inst.parent is not None
        assert (inst.head_name, inst.kind) == ("Ayse Yilmaz", "province")
        assert inst.parent.email == "kurul@example.gov.tr"
    page.undo_stack.undo()
    with demo.unit() as s:
        inst = get_self(s)
        assert inst is not None and inst.head_name == "Hüseyin Gündoğdu"
    assert form.value("head_name") == "Hüseyin Gündoğdu"


def test_a_bad_email_is_refused_inline(page: SettingsPage, demo: Database, qtbot) -> None:
    form = page.ui.profileForm
    retype(qtbot, form.edits["email"], "okul at example")
    assert form.errors["email"].isVisible()
    assert "is not an e-mail address" in form.errors["email"].text()
    qtbot.mouseClick(page.ui.profileSaveButton, Qt.MouseButton.LeftButton)
    with demo.unit() as s:
        inst = get_self(s)
        assert inst is not None and inst.email == "balikesirmem@example.org.tr"
    retype(qtbot, form.edits["email"], "okul@example.org")
    assert not form.errors["email"].isVisible()


def test_an_empty_name_is_refused_on_save(page: SettingsPage, qtbot) -> None:
    page.ui.profileForm.edits["name"].clear()
    qtbot.mouseClick(page.ui.profileSaveButton, Qt.MouseButton.LeftButton)
    assert page.ui.profileForm.errors["name"].isVisible()
    assert page.undo_stack.count() == 0


def test_due_rule_and_a_period_override(page: SettingsPage, demo: Database) -> None:
    page.ui.reportingPanel.days_spin.setValue(20)
    page.ui.reportingPanel.days_button.click()
    model = page.ui.reportingPanel.model
    assert model.index(0, COL_DUE).data() == "20/05/2021"
    assert model.setData(model.index(1, COL_DUE), QDate(2021, 9, 30)) is False
    assert model.index(1, COL_DUE).data() == "30/09/2021"
    assert model.index(2, COL_DUE).data() == "20/01/2022"
    page.undo_stack.undo()
    assert model.index(1, COL_DUE).data() == "20/09/2021"
    page.undo_stack.undo()
    assert model.index(0, COL_DUE).data() == "10/05/2021"
    # a due date before the period starts: refused with the service's words, inline
    model.setData(model.index(2, COL_DUE), QDate(2021, 1, 1))
    assert page.ui.reportingError.isVisible()
    assert "cannot be before the period starts" in page.ui.reportingError.text()
    with demo.unit() as s:
        periods = {p.key: p.due for p in require_current_plan(s).periods}
    assert periods["2021-T3"] == date(2022, 1, 10)


def test_scheme_change_refused_once_progress_exists(page: SettingsPage) -> None:
    combo = page.ui.reportingPanel.scheme_combo
    combo.setCurrentIndex(combo.findData("quarter"))
    combo.activated.emit(combo.currentIndex())
    assert page.ui.reportingError.isVisible()
    assert "only change before any progress" in page.ui.reportingError.text()
    assert combo.currentData() == "four_month"


def test_outline_add_rename_reorder_save(page: SettingsPage, demo: Database, qtbot) -> None:
    editor = page.ui.outlineEditor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    model = editor.model
    model.setData(model.index(3), "Budget")
    editor.view.setCurrentIndex(model.index(3))
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    editor.view.setCurrentIndex(model.index(0))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with demo.unit() as s:
        got = outline(require_current_plan(s), "en")
    assert got == [
        ("difficulties", "Difficulties"),
        ("section1", "Budget"),
        ("proposals", "Proposals"),
    ]
    page.undo_stack.undo()
    with demo.unit() as s:
        assert [k for k, _ in outline(require_current_plan(s))] == [
            "results",
            "difficulties",
            "proposals",
        ]


def test_signing_identity_has_its_own_area(page: SettingsPage) -> None:
    assert isinstance(page.ui.identityArea, QWidget)
    assert page.ui.identityCard.title.text() == "Signing identity"
