"""The Events page driven as a clerk would: type an event, edit, undo, delete, import.

QTest types Latin-1 only (it asserts on other characters): typed texts are ASCII.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from app.db.session import Database
from app.services.events import list_events
from app.services.plans import require_current_plan
from app.ui.events.import_dialog import ImportPreviewDialog
from app.ui.events.model import COL_TITLE, OBJECT_ROLE
from app.ui.pages.events import EventsPage
from app.ui.workspace import Workspace
from tests.ui.conftest import shown


@pytest.fixture
def page(demo: Database, db_path: Path, qtbot) -> EventsPage:  # type: ignore[no-untyped-def]
    return shown(EventsPage(), Workspace(path=db_path, _db=demo), qtbot, 1280, 760)


def stored(db: Database) -> list[dict]:
    with db.unit() as s:
        return list_events(s, require_current_plan(s))


def titles(page: EventsPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, COL_TITLE).data() for r in range(proxy.rowCount())]


def test_models_pass_the_model_tester(page: EventsPage, qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's popup, offscreen
def test_add_an_event_by_typing(page: EventsPage, demo: Database, qtbot) -> None:
    before = len(stored(demo))
    form = page.ui.form
    form.held_on.setDate(QDate(2021, 10, 12))
    qtbot.keyClicks(form.title_edit, "Okul aile birligi semineri")
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("seminar"))
    qtbot.keyClicks(form.activity_edit, "2.3.1")
    completer = form.activity_edit.completer()
    assert completer.currentCompletion().startswith("2.3.1 — ")
    completer.popup().hide()
    qtbot.keyClicks(form.venue_edit, "Karesi")
    qtbot.keyClicks(form.participants_edit, "60")
    qtbot.keyClicks(form.count_edits["women"], "35")
    qtbot.keyClicks(form.count_edits["men"], "25")
    qtbot.keyClicks(form.count_edits["parents"], "50")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    rows = stored(demo)
    assert len(rows) == before + 1
    new = next(r for r in rows if r["title"] == "Okul aile birligi semineri")
    assert (new["date"], new["activity"], new["participants"]) == ("2021-10-12", "2.3.1", 60)
    assert (new["women"], new["men"], new["parents"], new["pupils"]) == (35, 25, 50, None)
    assert page.editing_id == new["id"]  # the new event is selected for further edits
    assert "Okul aile birligi semineri" in titles(page)


def test_a_breakdown_above_the_total_is_refused_inline(
    page: EventsPage, demo: Database, qtbot
) -> None:
    before = len(stored(demo))
    form = page.ui.form
    qtbot.keyClicks(form.title_edit, "Seminer")
    qtbot.keyClicks(form.participants_edit, "40")
    qtbot.keyClicks(form.count_edits["women"], "30")
    qtbot.keyClicks(form.count_edits["men"], "20")
    assert form.breakdown_error.isVisible()
    assert "exceed" in form.breakdown_error.text()
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert len(stored(demo)) == before
    form.count_edits["men"].clear()
    qtbot.keyClicks(form.count_edits["men"], "10")
    assert not form.breakdown_error.isVisible()


def test_a_title_is_demanded_on_save(page: EventsPage, demo: Database, qtbot) -> None:
    before = len(stored(demo))
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.ui.form.title_error.isVisible()
    assert len(stored(demo)) == before


def test_edit_then_undo_restores(page: EventsPage, demo: Database, qtbot) -> None:
    page.ui.table.selectRow(0)
    first = page.proxy.index(0, 0).data(OBJECT_ROLE)
    assert page.editing_id == first["id"]
    assert page.ui.form.title_edit.text() == first["title"]
    page.ui.form.title_edit.selectAll()
    qtbot.keyClicks(page.ui.form.title_edit, "Yeni baslik")
    page.ui.form.participants_edit.clear()
    qtbot.keyClicks(page.ui.form.participants_edit, "150")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    changed = next(r for r in stored(demo) if r["id"] == first["id"])
    assert (changed["title"], changed["participants"]) == ("Yeni baslik", 150)
    assert page.undo_stack.undoText().startswith("Edit event")
    page.undo_stack.undo()
    again = next(r for r in stored(demo) if r["id"] == first["id"])
    assert (again["title"], again["participants"]) == (first["title"], first["participants"])
    page.undo_stack.redo()
    assert next(r for r in stored(demo) if r["id"] == first["id"])["title"] == "Yeni baslik"


def test_delete_asks_and_undo_brings_it_back(page: EventsPage, demo: Database, qtbot) -> None:
    before = stored(demo)
    page.ui.table.selectRow(2)
    victim = page.editing_id
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    box = page.last_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert victim not in {r["id"] for r in stored(demo)}
    page.undo_stack.undo()
    assert stored(demo) == before


def test_import_reports_the_bad_row_and_imports_the_rest_when_confirmed(
    page: EventsPage, demo: Database, tmp_path: Path, qtbot
) -> None:
    csv = tmp_path / "etkinlikler.csv"
    csv.write_text(
        "Tarih;Faaliyet;Etkinlik;Türü;Yeri;Katılımcı sayısı\n"
        "12.10.2021;2.3.1;Veli toplantısı;toplantı;Karesi;40\n"
        "32.13.2021;2.3.1;Bozuk tarih;seminer;Karesi;10\n"
        "2021-11-02;2.1.4;Öğretmen eğitimi;eğitim;Edremit;25\n",
        encoding="utf-8",
    )
    before = len(stored(demo))
    dialog = page.preview_import(csv)
    assert isinstance(dialog, ImportPreviewDialog)
    assert dialog.model.bad_rows()[0][0] == 3
    assert "is not a date" in dialog.model.bad_rows()[0][1]
    assert "1 rows cannot be imported" in dialog.summary.text()
    assert len(stored(demo)) == before  # nothing until confirmed
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    rows = stored(demo)
    assert len(rows) == before + 2
    assert {"Veli toplantısı", "Öğretmen eğitimi"} <= {r["title"] for r in rows}
    assert "Bozuk tarih" not in {r["title"] for r in rows}
    page.undo_stack.undo()  # one undo takes the whole import back
    assert len(stored(demo)) == before


def test_cancelled_import_stores_nothing(
    page: EventsPage, demo: Database, tmp_path: Path, qtbot
) -> None:
    csv = tmp_path / "events.csv"
    csv.write_text("Date,Title,Participants\n2021-10-12,Seminar,40\n", encoding="utf-8")
    before = len(stored(demo))
    dialog = page.preview_import(csv)
    assert dialog is not None
    dialog.reject()
    assert len(stored(demo)) == before


def test_activity_found_by_words_of_its_description(page: EventsPage) -> None:
    completer = page.ui.form.activity_edit.completer()
    completer.setCompletionPrefix("rehber öğretmenler")
    assert completer.completionCount() >= 1
    assert completer.currentCompletion().startswith("2.1.4 — ")


def test_filters_narrow_the_table(page: EventsPage, qtbot) -> None:
    total = page.proxy.rowCount()
    page.ui.filters.select_period("2021-T1")
    assert 0 < page.proxy.rowCount() < total
    page.ui.filters.select_period("")
    page.ui.filters.kind_combo.setCurrentIndex(page.ui.filters.kind_combo.findData("flash_mob"))
    assert page.proxy.rowCount() == 1
    page.ui.filters.kind_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.ui.filters.text_edit, "sergi")
    page.apply_filters()
    assert titles(page) == ["Resim ve afiş sergisi: “Şiddetsiz Bir Dünya”"]
    page.ui.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
