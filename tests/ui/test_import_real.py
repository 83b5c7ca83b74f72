"""The import previews with real documents (issue 14): the window asks for the year when the
file names none, shows the tree, generated and completed codes, the glossary, footnotes and
rows kept apart, and lets the clerk correct rows before anything is written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt

from app.domain.periods import Scheme
from app.services.event_import import parse_events_file
from app.ui.events.import_dialog import ImportPreviewDialog
from app.ui.pages.plan import PlanPage
from app.ui.plan.import_dialog import ImportDialog
from app.ui.plan.preview_model import COL_CODE, COL_DESCRIPTION, COL_KIND, COL_ORIGIN
from app.ui.workspace import Workspace
from tests.ui.test_plan_editing import make_page, open_demo

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


@pytest.fixture
def workspace(demo_db: Path) -> Iterator[Workspace]:
    yield from open_demo(demo_db)


@pytest.fixture
def page(workspace: Workspace, qtbot: Any) -> PlanPage:
    return make_page(workspace, qtbot)


def dialog_for(name: str, qtbot: Any) -> ImportDialog:
    dialog = ImportDialog(REAL / name)
    qtbot.addWidget(dialog)
    return dialog


def column(dialog: ImportDialog, col: int) -> list[str]:
    model = dialog.preview
    return [str(model.index(r, col).data()) for r in range(model.rowCount())]


def test_a_file_without_a_year_is_not_imported_until_the_clerk_gives_one(qtbot: Any) -> None:
    dialog = dialog_for("ru/radujny_molodaya_semya.csv", qtbot)
    assert dialog.plan_data is None and not dialog.import_button.isEnabled()
    assert "names no year" in dialog.summary.text()
    dialog.set_year(2010)
    data = dialog.plan_data
    assert data is not None and dialog.import_button.isEnabled()
    assert (data.year, data.scheme, data.report.year_source) == (2010, Scheme.YEAR, "clerk")
    assert "chosen by you" in dialog.source.text()
    assert "Место проведения" in dialog.kept.toPlainText()  # the column kept in the notes


def test_romanian_plan_preview_glossary_full_codes_and_corrections(qtbot: Any) -> None:
    dialog = dialog_for("ro/hg686_2005_plan_de_masuri.docx", qtbot)
    data = dialog.plan_data
    assert data is not None and data.year == 2005
    assert column(dialog, COL_CODE)[:3] == ["1", "1.1", "1.2"]
    assert column(dialog, COL_ORIGIN)[1] == "numbered 1 in its section"
    assert column(dialog, COL_DESCRIPTION)[1].startswith("\u2003Elaborarea")  # one level down
    kept = dialog.kept.toPlainText()
    assert "ANPF — Agenţia Naţională pentru Protecţia Familiei" in kept
    assert "full codes" in dialog.summary.text()
    assert "from the title" in dialog.source.text()
    # the clerk leaves an action out, renames a code, makes a row a sub-goal
    dialog.preview.set_included(2, False)
    index = dialog.preview.index(3, COL_CODE)
    dialog.preview.setData(index, "1.20", Qt.ItemDataRole.EditRole)
    dialog.preview.setData(dialog.preview.index(8, COL_KIND), "subgoal", Qt.ItemDataRole.EditRole)
    data = dialog.plan_data
    assert data is not None
    codes = [i.code for i in data.items]
    assert "1.2" not in codes and "1.20" in codes
    assert next(i for i in data.items if i.code == "2.2").kind.value == "subgoal"
    # two rows with one code: refused, said, nothing to import
    dialog.preview.setData(dialog.preview.index(4, COL_CODE), "1.1", Qt.ItemDataRole.EditRole)
    assert dialog.plan_data is None and not dialog.import_button.isEnabled()
    assert "appears twice" in dialog.summary.text()


def test_the_clerk_chooses_another_scheme(qtbot: Any) -> None:
    dialog = dialog_for("ro/hg686_2005_plan_de_masuri.docx", qtbot)
    dialog.set_year(2006)
    dialog.set_scheme(Scheme.QUARTER)
    data = dialog.plan_data
    assert data is not None
    assert [p.key for p in data.periods] == ["2006-Q1", "2006-Q2", "2006-Q3", "2006-Q4"]
    first = next(i for i in data.items if i.code == "1.1")
    assert [p.period_key for p in first.planned] == ["2006-Q3", "2006-Q4"]


def test_generated_codes_are_marked_and_said(qtbot: Any) -> None:
    dialog = dialog_for("kk/dsadm_strategiyalyq_zhospar.xlsx", qtbot)
    assert "5 rows have no code in the file" in dialog.summary.text()
    assert column(dialog, COL_ORIGIN).count("no code: numbered by PlanDesk") == 5


def test_a_plan_in_numbered_paragraphs_has_no_columns_to_map(qtbot: Any) -> None:
    dialog = dialog_for("vi/ngo_thi_nham_2024.docx", qtbot)
    assert dialog.mapping_box.isHidden() and not dialog.combos
    data = dialog.plan_data
    assert data is not None and [i.code for i in data.items] == ["1", "2", "2.1", "3", "3.1", "3.2"]
    assert "15/11/2024" in dialog.source.text() or "campaign window" in dialog.source.text()


def test_importing_the_vietnamese_word_plan_from_the_page(
    page: PlanPage, workspace: Workspace, qtbot: Any
) -> None:
    seen: dict[str, object] = {}

    def check(dialog: ImportDialog) -> bool:
        seen["kept"] = dialog.kept.toPlainText()
        return True

    page.choose_file = lambda: REAL / "vi" / "binh_an_2023_ke_hoach.docx"
    page.run_dialog = check
    with qtbot.waitSignal(page.data_changed):
        page.plan_actions.import_plan.trigger()
    plan = workspace.plan
    assert plan is not None and plan.year == 2023
    assert [r.code for r in plan.rows][:3] == ["I", "I.1", "I.2"]
    assert "Nơi nhận:" in str(seen["kept"])


def test_event_preview_marks_present_rows_and_leaves_out_unchecked_ones(qtbot: Any) -> None:
    result = parse_events_file(REAL / "vi" / "hoat_dong_binh_dang_gioi.xlsx", set())

    class Rows:
        def rows(self) -> list[dict[str, str]]:
            return [{"date": "2022-10-20", "title": result.events[1][1].title,
                     "venue": "Trường MN Đa Tốn"}]  # fmt: skip

    class Page:
        workspace = None
        model = Rows()

    dialog = ImportPreviewDialog("hoat_dong.xlsx", result, None)
    qtbot.addWidget(dialog)
    assert dialog.import_result.present == []
    from app.ui.events import import_dialog

    import_dialog._prepare(result, Page())
    dialog = ImportPreviewDialog("hoat_dong.xlsx", result, None)
    qtbot.addWidget(dialog)
    assert result.present == [4]
    assert "already in the plan" in dialog.summary.text()
    assert dialog.import_button.text() == "Import 3 events"
    dialog.model.set_taken(5, False)
    assert dialog.import_button.text() == "Import 2 events"
    assert "Ghi chú → description" in dialog.columns.text()
    dialog.accept()
    assert [n for n, _ in result.events] == [3, 4, 6]  # row 5 left out; 4 skipped when stored
    assert result.events[0][1].held_on == date(2023, 3, 1)


@pytest.mark.parametrize(
    ("name", "year"),
    [
        ("ru/radujny_molodaya_semya.csv", 2010),
        ("ro/hg1156_2012_plan_operational.xlsx", None),
        ("kk/dsadm_strategiyalyq_zhospar.xlsx", None),
        ("tr/balikesir_2021_is_plani.docx", None),
        ("vi/binh_an_2023_ke_hoach.docx", None),
    ],
)
def test_the_window_drops_no_column_either(name: str, year: int | None, qtbot: Any) -> None:
    """The window's detected mapping gives the plan the command line gets: a column that maps
    to no field is kept in the notes there too."""
    from app.services.plan_import import parse_plan_file

    dialog = dialog_for(name, qtbot)
    if year is not None:
        dialog.set_year(year)
    data = dialog.plan_data
    expected = parse_plan_file(REAL / name, year=year)
    assert data is not None
    fields = ("code", "kind", "description", "responsible", "partners", "target_text", "notes",
              "planned", "footnote_marks")  # fmt: skip
    assert [[getattr(i, f) for f in fields] for i in data.items] == [
        [getattr(i, f) for f in fields] for i in expected.items
    ]


def test_a_file_that_cannot_be_read_is_said_in_the_window_language(
    qtbot: Any, tmp_path: Path
) -> None:
    """A Word file that is not one: the importer refuses with a message code, and what the
    Plan page says (``import_flow``: "This file cannot be imported: ...") is Russian, not the
    command line's English."""
    from app.services.errors import PlanDeskError
    from app.ui.messages import error_text
    from tests.ui.test_intake_reasons import ui_language

    broken = tmp_path / "план.docx"
    broken.write_bytes(b"PK\x03\x04 this is not a Word document")
    with pytest.raises(PlanDeskError) as refused:
        ImportDialog(broken)
    assert refused.value.code is not None
    # the command line's English, naming what the file's name promised
    assert "looked for a readable .docx" in str(refused.value)
    with ui_language("ru"):
        said = error_text(refused.value)
    assert "план.docx" in said
    assert not any(word in said for word in ("looked for", "damaged", "package")), said
