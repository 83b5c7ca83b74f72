"""The Progress page on the demo database, driven with keys and clicks as a clerk would."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from app.db.models import Return
from app.services.plans import require_current_plan
from app.services.progress import progress_rows
from app.ui.pages.progress import ProgressPage
from app.ui.progress.grid_model import CELL_ROLE, PERIOD_ROLE
from app.ui.workspace import Workspace, open_workspace


@pytest.fixture
def workspace(demo_db: Path) -> Iterator[Workspace]:
    ws = open_workspace(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def page(qtbot, workspace: Workspace) -> ProgressPage:  # type: ignore[no-untyped-def]
    page = ProgressPage(today=date(2022, 1, 15))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.set_workspace(workspace)
    qtbot.waitExposed(page)
    return page


def marks(workspace: Workspace, period: str) -> dict[str, dict]:  # type: ignore[type-arg]
    with workspace.db.unit() as s:
        return {r["code"]: r for r in progress_rows(s, require_current_plan(s), period)}


def go_to(page: ProgressPage, code: str, period: str) -> None:
    page.select_cells([(code, period)])
    page.view.setFocus()


def test_models_pass_the_model_tester(page: ProgressPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.details.evidence.model)


def test_grid_shows_bands_activities_periods_and_events(page: ProgressPage) -> None:
    assert page.visible_codes()[:3] == ["2", "2.1", "2.1.4"]
    assert page.model.columnCount() == 4
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "2021 yılı I. Dört Aylık Dönem"
    index = page.model.index(page.model.row_of_item(page.model.rows[2].id), 1)
    text = index.data()
    assert text.startswith("✓ Done 24/03")  # symbol and word, not colour alone (en_GB date)
    assert "112 · 1 ev/112 · 112/100" in text  # participants, events, achieved/target
    # the spanning goal band
    assert page.view.columnSpan(0, 0) == 4
    # a cell not planned in its period is marked as such
    not_planned = page.model.index(2, 2).data(CELL_ROLE)
    assert not_planned.planned_text is None


def test_arrows_and_d_mark_done_and_undo_restores(
    page: ProgressPage, workspace: Workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    go_to(page, "3.4.3", "2021-T1")
    qtbot.keyClick(page.view, Qt.Key.Key_Right)  # to 2021-T2, where 3.4.3 is only planned
    assert marks(workspace, "2021-T2")["3.4.3"]["status"] == "planned"
    qtbot.keyClick(page.view, Qt.Key.Key_D)
    assert marks(workspace, "2021-T2")["3.4.3"]["status"] == "done"
    assert page.undo_stack.undoText() == "Set 3.4.3 in 2021-T2 to done"
    assert "Done" in page.view.currentIndex().data()
    page.undo_stack.undo()
    assert marks(workspace, "2021-T2")["3.4.3"]["status"] == "planned"
    page.undo_stack.redo()
    assert marks(workspace, "2021-T2")["3.4.3"]["status"] == "done"
    # Delete clears the mark; undo puts it back
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert marks(workspace, "2021-T2")["3.4.3"]["status"] is None
    page.undo_stack.undo()
    assert marks(workspace, "2021-T2")["3.4.3"]["status"] == "done"


def test_not_done_without_reason_is_refused_then_saved_with_one(
    page: ProgressPage, workspace: Workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    go_to(page, "3.4.3", "2021-T2")
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(page.targets()) == 2
    before = marks(workspace, "2021-T2")
    qtbot.keyClick(page.view, Qt.Key.Key_N)
    details = page.details
    assert details.reason_error.isVisible()
    assert "reason is required" in details.reason_error.text()
    assert details.title_label.text() == "2 cells selected"
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)  # refused
    assert marks(workspace, "2021-T2") == before
    assert page.undo_stack.count() == 0
    qtbot.keyClicks(details.reason_edit, "Salgin nedeniyle ertelendi")
    assert not details.reason_error.isVisible()
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    after = marks(workspace, "2021-T2")
    for code in ("3.4.3", "3.4.4"):
        assert after[code]["status"] == "not_done"
        assert after[code]["reason"] == "Salgin nedeniyle ertelendi"
    assert page.undo_stack.count() == 1
    assert page.undo_stack.undoText() == "Set 2 cells to not done"
    page.undo_stack.undo()
    assert marks(workspace, "2021-T2") == before


def test_many_cells_one_status_one_command(page: ProgressPage, workspace: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.select_cells([("3.4.3", "2021-T2"), ("3.4.3", "2021-T3"), ("3.4.4", "2021-T3")])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_P)
    assert page.undo_stack.undoText() == "Set 3 cells to in progress"
    assert marks(workspace, "2021-T2")["3.4.3"]["status"] == "in_progress"
    assert marks(workspace, "2021-T3")["3.4.4"]["status"] == "in_progress"
    # the date done stays with in-progress cells
    assert marks(workspace, "2021-T3")["3.4.4"]["done_on"] is not None
    page.undo_stack.undo()
    assert marks(workspace, "2021-T3")["3.4.4"]["status"] == "done"


def test_details_panel_edits_figures(page: ProgressPage, workspace: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    go_to(page, "2.1.4", "2021-T1")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    details = page.details
    assert details.title_label.text() == "2.1.4 · 2021 yılı I. Dört Aylık Dönem"
    assert details.events_label.text() == "1 in this period, 112 participants"
    assert details.target_label.text() == "yılda en az 100 katılımcı"
    assert details.date_edit.minimumDate().toPython() == date(2021, 1, 1)
    details.participants_spin.setValue(150)
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    assert marks(workspace, "2021-T1")["2.1.4"]["participants"] == 150
    assert "150 · 1 ev/112 · 112/100" in page.view.currentIndex().data()
    page.undo_stack.undo()
    assert marks(workspace, "2021-T1")["2.1.4"]["participants"] == 112


def test_locked_period_refuses_edits(page: ProgressPage, workspace: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    with workspace.db.unit() as s:
        plan = require_current_plan(s)
        s.add(
            Return(
                direction="outgoing",
                status="signed",
                plan_id=plan.id,
                institution_code="X",
                period_key="2021-T1",
                version=1,
                signed_at=datetime(2021, 5, 5),
            )
        )
    page.refresh()
    assert page.ui.lockBanner.isVisible()
    assert "2021 yılı I. Dört Aylık Dönem is locked" in page.ui.lockBanner.text()
    assert "05/05/2021" in page.ui.lockBanner.text()  # the window language writes dates
    assert page.model.headerData(1, Qt.Orientation.Horizontal, PERIOD_ROLE).locked
    assert page.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole)
    go_to(page, "3.4.4", "2021-T1")
    qtbot.keyClick(page.view, Qt.Key.Key_D)
    # refused; the one message that says why is the banner (it draws the eye), not a
    # second red line or a third text in the panel
    assert marks(workspace, "2021-T1")["3.4.4"]["status"] == "in_progress"
    assert page.undo_stack.count() == 0
    assert page.ui.lockBanner.isVisible() and not page.ui.errorLabel.isVisible()
    assert page.ui.lockBanner.palette().color(page.ui.lockBanner.backgroundRole()).name() != (
        "#fff6d6"
    )
    page.update_details()
    assert not page.details.save_button.isEnabled()
    assert not page.details.lock_label.isVisible()
    assert "is locked" in page.details.toolTip()
    # another period stays open
    go_to(page, "3.4.4", "2021-T2")
    qtbot.keyClick(page.view, Qt.Key.Key_D)
    assert marks(workspace, "2021-T2")["3.4.4"]["status"] == "done"
    assert not page.ui.errorLabel.isVisible()


def test_filters_and_search(page: ProgressPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = page.ui.filterCombo
    combo.setCurrentIndex(combo.findData("not_done"))
    assert page.visible_codes() == ["2", "2.3", "2.3.1"]
    combo.setCurrentIndex(combo.findData("missing_reason"))
    assert page.visible_codes() == []
    combo.setCurrentIndex(combo.findData("overdue"))  # planned / in progress, past due
    activities = [c for c in page.visible_codes() if c.count(".") == 2]
    assert activities == ["2.3.1", "3.4.3", "3.4.4"]
    combo.setCurrentIndex(combo.findData("all"))
    qtbot.keyClicks(page.ui.searchEdit, "3.4")
    page.apply_filter()
    assert page.visible_codes() == ["3", "3.4", "3.4.3", "3.4.4"]
    assert page.view.columnSpan(0, 0) == 4 and page.view.columnSpan(2, 0) == 1
    page.ui.searchEdit.setText("konukevlerinde")
    page.apply_filter()
    assert [c for c in page.visible_codes() if c.count(".") == 2] == ["3.4.3", "3.4.4"]


def test_evidence_attach_sha_remove_undo(
    page: ProgressPage, workspace: Workspace, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    photo = tmp_path / "katilim-listesi.pdf"
    photo.write_bytes(b"%PDF-1.4 attendance list " * 40)
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    go_to(page, "3.4.3", "2021-T1")
    page.open_details()
    page.details.files_dropped.emit([photo])  # what a drop onto the panel sends
    box = page.details.evidence
    assert [f["name"] for f in box.model.files] == ["katilim-listesi.pdf"]
    assert box.model.index(0, 2).data() == digest
    assert digest in box.sha_label.text()
    assert page.undo_stack.undoText() == "Attach katilim-listesi.pdf to 3.4.3 in 2021-T1"
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert box.model.files == []
    page.undo_stack.undo()  # the removal
    assert [f["sha256"] for f in box.model.files] == [digest]
    page.undo_stack.undo()  # the attachment
    assert box.model.files == []


def test_too_big_evidence_is_refused_with_its_reason(
    page: ProgressPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import attachments

    monkeypatch.setattr(attachments, "MAX_BYTES", 100)
    big = tmp_path / "scan.jpg"
    big.write_bytes(b"x" * 500)
    go_to(page, "3.4.3", "2021-T1")
    page.open_details()
    page.attach_files([big])
    assert "evidence files may be at most" in page.details.error_label.text()
    assert page.undo_stack.count() == 0


def test_another_plan_made_current_clears_the_undo_history(
    page: ProgressPage, workspace: Workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """After a plan import the grid shows the new plan; Ctrl+Z must not reach back into
    marks of the plan that is no longer current."""
    from app.services.plan_file import read_plan_file, store_imported_plan
    from app.ui.workspace import read_snapshot

    go_to(page, "3.4.3", "2021-T2")
    qtbot.keyClick(page.view, Qt.Key.Key_D)
    assert page.undo_stack.count() == 1
    page.refresh()  # another page changed something, same plan: the history stays
    assert page.undo_stack.count() == 1
    data = read_plan_file(Path(__file__).parents[1] / "fixtures" / "plans" / "balikesir_2021.xlsx")
    with workspace.db.unit() as s:
        store_imported_plan(s, data)
    workspace.plan = read_snapshot(workspace.db, workspace.path).plan
    page.refresh()
    assert page.undo_stack.count() == 0
    assert "2.1.5" in page.visible_codes()
