"""Import plan…: what each column of the file holds (detected, correctable), the year and
the periods (from the file, or chosen by the clerk: the window asks when the file names no
year), the recognised tree with generated and completed codes marked, and what was kept
apart (glossary, footnotes, notes, rows that are not items) — all before anything is
written. The rows can be corrected: taken in or left out, their code, kind or text changed."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import PeriodKeyError, Scheme, period_for_key
from app.domain.plan import GLOSSARY_MARK, PeriodData, PlanData
from app.exports.xlsx_layout import column_letter
from app.services.errors import PlanDeskError
from app.services.plan_import import (
    KEEP_ROLE,
    MAPPABLE_ROLES,
    PERIOD_ROLE,
    Table,
    YearMissing,
    column_roles,
    detect_header,
    parse_plan_file,
    period_of_column,
    read_table,
    recognise_table,
)
from app.services.plan_import.validate import check_plan
from app.ui.events.common import ui_language
from app.ui.formats import fill
from app.ui.messages import error_text
from app.ui.plan.preview_model import COL_DESCRIPTION, COL_KIND, KINDS, PreviewModel


def period_name(period: PeriodData, language: str) -> str:
    """A period as the clerk reads it in the window's language (its key if it has no name)."""
    try:
        return period_for_key(period.key, start=period.start, end=period.end).label(language)
    except PeriodKeyError:
        return period.key


MAX_EXAMPLE = 60
MAX_LISTED = 40
ERROR_TEXT = "#b42318"
NO_YEAR = 0  # the year box's "as the file says"
SCHEMES = (Scheme.QUARTER, Scheme.FOUR_MONTH, Scheme.HALF_YEAR, Scheme.MONTH, Scheme.YEAR)


class KindDelegate(QStyledItemDelegate):
    """The kind column edited with a list: goal, sub-goal, activity."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        for kind in KINDS:
            combo.addItem(model.kind_name(kind.value), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportDialog(QDialog):
    """Raises PlanDeskError from the constructor when the file cannot be read at all."""

    def __init__(self, path: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPlanDialog")
        self.path = Path(path)
        self._data: PlanData | None = None
        self._problem = ""
        self.combos: dict[int, QComboBox] = {}
        self._table = Table(rows=[])
        self._grid: list[list[str]] = []
        self._mapped = False
        self._setting = False
        self.setWindowTitle(self.tr("Import plan"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(
                self.tr(
                    "Check what each column of “%1” holds and the rows PlanDesk recognised. "
                    "Nothing is stored until you press Import; the plan then becomes the "
                    "current plan (the present one is kept in the database)."
                ),
                self.path.name,
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.mapping_box = QGroupBox(self.tr("Columns"), self)
        layout.addWidget(self.mapping_box)
        layout.addLayout(self._build_periods_row())
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.preview = PreviewModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("importPreview")
        self.view.setModel(self.preview)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setItemDelegateForColumn(COL_KIND, KindDelegate(self.view))
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.kept = QPlainTextEdit(self)
        self.kept.setObjectName("importKeptApart")
        self.kept.setReadOnly(True)
        kept_box = QGroupBox(self.tr("Kept apart (not plan items)"), self)
        QVBoxLayout(kept_box).addWidget(self.kept)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(kept_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.preview.dataChanged.connect(lambda *_: self._rows_changed())
        if self.path.suffix.lower() == ".json":
            self.mapping_box.hide()
            self.periods_row.hide()
            self._show(parse_plan_file(self.path))
        else:
            self._table = read_table(self.path)
            self._grid = self._table.rows
            try:
                self._build_mapping()
            except PlanDeskError:
                if not self._table.is_document():
                    raise
                self.mapping_box.hide()  # numbered paragraphs: no columns to map
            self.recognise()
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 140, self.fontMetrics().lineSpacing() * 46)

    # -- the year and the periods ------------------------------------------------------------
    def _build_periods_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.periods_row = QWidget(self)
        inner = QHBoxLayout(self.periods_row)
        inner.setContentsMargins(0, 0, 0, 0)
        year_label = QLabel(self.tr("&Year:"), self.periods_row)
        self.year_box = QSpinBox(self.periods_row)
        self.year_box.setObjectName("importYear")
        self.year_box.setRange(NO_YEAR, 2100)
        self.year_box.setSpecialValueText(self.tr("as the file says"))
        self.year_box.setValue(NO_YEAR)
        year_label.setBuddy(self.year_box)
        scheme_label = QLabel(self.tr("&Periods:"), self.periods_row)
        self.scheme_box = QComboBox(self.periods_row)
        self.scheme_box.setObjectName("importScheme")
        self.scheme_box.addItem(self.tr("as the file says"), "")
        for scheme in SCHEMES:
            self.scheme_box.addItem(self.scheme_name(scheme), scheme.value)
        scheme_label.setBuddy(self.scheme_box)
        self.source = QLabel(self.periods_row)
        self.source.setObjectName("importYearSource")
        self.source.setWordWrap(True)
        self.source.setProperty("role", "muted")
        for widget in (year_label, self.year_box, scheme_label, self.scheme_box):
            inner.addWidget(widget)
        inner.addWidget(self.source, 1)
        row.addWidget(self.periods_row)
        self.year_box.valueChanged.connect(self._year_changed)
        self.scheme_box.currentIndexChanged.connect(lambda _i: self.recognise())
        return row

    def scheme_name(self, scheme: Scheme) -> str:
        return {
            Scheme.QUARTER: self.tr("quarters"),
            Scheme.FOUR_MONTH: self.tr("four-month periods"),
            Scheme.HALF_YEAR: self.tr("half-years"),
            Scheme.MONTH: self.tr("months"),
            Scheme.YEAR: self.tr("one a year"),
            Scheme.CUSTOM: self.tr("a campaign window"),
        }[scheme]

    def _year_changed(self, _value: int) -> None:
        if not self._setting:
            self.recognise()

    def set_year(self, year: int | None) -> None:
        """Give the plan's year (as the clerk does in the year box); None: as the file says."""
        self.year_box.setValue(year or NO_YEAR)

    def set_scheme(self, scheme: Scheme | None) -> None:
        self.scheme_box.setCurrentIndex(
            max(0, self.scheme_box.findData(scheme.value if scheme else ""))
        )

    def chosen_year(self) -> int | None:
        return self.year_box.value() or None

    def chosen_scheme(self) -> Scheme | None:
        value = self.scheme_box.currentData()
        return Scheme(value) if value else None

    # -- the mapping ---------------------------------------------------------------------
    def role_names(self) -> dict[str, str]:
        return {
            "": self.tr("(leave out)"),
            "code": self.tr("Code"),
            "goal": self.tr("Goal (beside its activities)"),
            "subgoal": self.tr("Sub-goal (beside its activities)"),
            "activity": self.tr("Activity / item text"),
            "responsible": self.tr("Responsible"),
            "partners": self.tr("Partners"),
            "target": self.tr("Target"),
            "reason": self.tr("Reason if not carried out"),
            "notes": self.tr("Notes"),
            "time": self.tr("Time / dates"),
            KEEP_ROLE: self.tr("Keep in the notes, with its heading"),
            PERIOD_ROLE: self.tr("Planned in this period"),
        }

    def _build_mapping(self) -> None:
        header = detect_header(self._grid, self._table.blocks)
        self._header = header
        self._mapped = True
        roles = column_roles(header)
        width = len(header.texts)
        if not self._table.is_document():
            width = max(width, max((len(r) for r in self._grid), default=0))
        inner = QWidget(self.mapping_box)
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        names = self.role_names()
        titles = (self.tr("Column"), self.tr("First value"), self.tr("Holds"))
        for col, title in enumerate(titles):
            label = QLabel(f"<b>{title}</b>", inner)
            grid.addWidget(label, 0, col)
        combo: QComboBox | None = None
        for col in range(width):
            heading = header.texts[col] if col < len(header.texts) else ""
            name = column_letter(col + 1) + (f": {heading}" if heading else "")
            label = QLabel(name, inner)
            label.setWordWrap(True)
            label.setToolTip(heading)
            example = QLabel(self._example(col), inner)
            example.setProperty("role", "muted")
            combo = QComboBox(inner)
            combo.setObjectName(f"roleCombo{col}")
            choices = ["", *MAPPABLE_ROLES]
            if period_of_column(header, col) is not None:
                choices.append(PERIOD_ROLE)
            for role in choices:
                combo.addItem(names[role], role)
            combo.setCurrentIndex(max(0, combo.findData(roles.get(col, KEEP_ROLE))))
            combo.currentIndexChanged.connect(lambda _i: self.recognise())
            label.setBuddy(combo)
            self.combos[col] = combo
            grid.addWidget(label, col + 1, 0)
            grid.addWidget(example, col + 1, 1)
            grid.addWidget(combo, col + 1, 2)
        scroll = QScrollArea(self.mapping_box)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        rows = min(width, 6) + 1
        height = combo.sizeHint().height() if combo is not None else 0
        scroll.setMinimumHeight(int(height * 1.25 * rows) if width else 0)
        box = QVBoxLayout(self.mapping_box)
        box.addWidget(scroll)

    def _example(self, col: int) -> str:
        for row in self._grid[self._header.row + 1 :]:
            if col < len(row) and row[col].strip():
                text = " ".join(row[col].split())
                return text if len(text) <= MAX_EXAMPLE else text[: MAX_EXAMPLE - 1] + "…"
        return ""

    def mapping(self) -> dict[int, str]:
        return {col: str(combo.currentData()) for col, combo in self.combos.items()}

    def set_role(self, col: int, role: str) -> None:
        """Correct what column *col* holds (as a clerk does with the combo box)."""
        combo = self.combos[col]
        combo.setCurrentIndex(combo.findData(role))

    # -- the preview ---------------------------------------------------------------------
    def recognise(self) -> None:
        try:
            data = recognise_table(
                self._table,
                title_hint=self.path.stem,
                mapping=self.mapping() if self._mapped else None,
                year=self.chosen_year(),
                scheme=self.chosen_scheme(),
            )
            data = check_plan(data, f"'{self.path.name}'")
        except YearMissing:
            self._fail(
                self.tr(
                    "The file names no year: choose the plan's year above (and its periods, "
                    "if it reports by quarter, half-year …)."
                )
            )
            self.year_box.setFocus()
        except PlanDeskError as exc:
            text = error_text(exc)
            self._fail(text[:1].upper() + text[1:])
        else:
            self.summary.setPalette(self.palette())
            self._show(data)

    def _fail(self, text: str) -> None:
        self._data = None
        self.preview.set_items([], {})
        palette = self.summary.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_TEXT))
        self.summary.setPalette(palette)
        self.summary.setText(text)
        self.source.setText("")
        self.kept.setPlainText("")
        self.import_button.setEnabled(False)

    def _show(self, data: PlanData) -> None:
        self._data = data
        labels = {p.key: p.label or period_name(p, ui_language()) for p in data.periods}
        self.preview.set_items(data.items, labels)
        self._setting = True
        try:
            if self.chosen_year() is None and data.year:
                self.year_box.setSpecialValueText(
                    fill(self.tr("%1 (from the file)"), str(data.year))
                )
        finally:
            self._setting = False
        self.source.setText(self.year_text(data))
        self.kept.setPlainText(self.kept_apart_text(data))
        self._rows_changed()
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)

    def _rows_changed(self) -> None:
        data = self.plan_data
        if self._data is None:
            return
        if data is None:
            self.summary.setText(self._problem)
            self.import_button.setEnabled(False)
            return
        self.summary.setText(self.summary_text(data))
        self.import_button.setEnabled(bool(data.items))

    @property
    def plan_data(self) -> PlanData | None:
        """The plan as it will be stored: the recognised one with the clerk's corrections
        (None while it cannot be stored, e.g. two rows with one code)."""
        if self._data is None:
            return None
        data = replace(self._data, items=self.preview.items())
        if not data.items:
            self._problem = self.tr("No row is taken in: tick the rows to import.")
            return None
        try:
            return check_plan(data, f"'{self.path.name}'")
        except PlanDeskError as exc:
            self._problem = error_text(exc)
            return None

    def summary_text(self, data: PlanData) -> str:
        kinds = Counter(item.kind.value for item in data.items)
        text = fill(
            self.tr("“%1”: %3 goals, %4 sub-goals, %5 activities, %6 footnotes."),
            data.title,  # a title may hold "%3" itself: filled in one pass
            "",
            kinds["goal"],
            kinds["subgoal"],
            kinds["activity"],
            sum(1 for f in data.footnotes if f.mark != GLOSSARY_MARK),
        )
        report = data.report
        generated = report.generated(data.items)
        if generated:
            text += " " + self.tr(
                "%n rows have no code in the file: PlanDesk numbered them (marked below).",
                "",
                len(generated),
            )
        qualified = report.qualified(data.items)
        if qualified:
            text += " " + self.tr(
                "%n rows are numbered again in each section: they get full codes (1.3, not 3).",
                "",
                len(qualified),
            )
        return text

    def year_text(self, data: PlanData) -> str:
        report = data.report
        sources = {
            "clerk": self.tr("chosen by you"),
            "window": self.tr("from the campaign window in the file"),
            "title": self.tr("from the title"),
            "headers": self.tr("from the column headings"),
            "dates": self.tr("from the dates in the file"),
            "text": self.tr("from the text of the file"),
        }
        years = sorted({int(p.key[:4]) for p in data.periods}) or [data.year]
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
        names = [period_name(p, ui_language()) for p in data.periods]
        shown = ", ".join(names[:6]) + (" …" if len(names) > 6 else "")
        text = fill(
            self.tr("Year %1 (%2); periods: %3."),
            span,
            sources.get(report.year_source, report.year_source),
            shown,
        )
        if report.year_source not in ("clerk", "") and report.year_text:
            quote = " ".join(report.year_text.split())
            text += " «" + (quote if len(quote) <= 90 else quote[:89] + "…") + "»"
        if report.scheme_source == "year":
            text += " " + self.tr("The file names no reporting periods: one period for the year.")
        return text

    def kept_apart_text(self, data: PlanData) -> str:
        report = data.report
        lines: list[str] = []
        if report.glossary:
            lines.append(self.tr("Glossary (kept with the plan's footnotes):"))
            lines.extend(f"  {a} — {b}" for a, b in report.glossary[:MAX_LISTED])
        notes = [f for f in data.footnotes if f.mark != GLOSSARY_MARK]
        if notes:
            lines.append(self.tr("Footnotes and notes:"))
            lines.extend(f"  [{f.mark}] {' '.join(f.text.split())}" for f in notes)
        if report.columns_to_notes:
            lines.append(
                fill(
                    self.tr("Columns kept in each item's notes: %1"),
                    ", ".join(report.columns_to_notes),
                )
            )
        if report.columns_left_out:
            lines.append(fill(self.tr("Columns left out: %1"), ", ".join(report.columns_left_out)))
        names = {
            "title": self.tr("title"),
            "header": self.tr("header"),
            "glossary": self.tr("glossary"),
            "footnote": self.tr("footnote"),
            "note": self.tr("note"),
            "separator": self.tr("separator"),
            "column numbers": self.tr("column numbers"),
            "text": self.tr("other text"),
        }
        if report.skipped:
            lines.append(self.tr("Rows that are not items:"))
            for skipped in report.skipped[: MAX_LISTED * 2]:
                text = " ".join(skipped.text.split())
                text = text if len(text) <= 90 else text[:89] + "…"
                lines.append(
                    fill(
                        self.tr("  row %1 (%2): %3"),
                        str(skipped.row),
                        names.get(skipped.what, skipped.what),
                        text,
                    )
                )
        return "\n".join(lines)
