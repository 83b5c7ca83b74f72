"""Import plan…: the file's columns with what each holds (detected, correctable) and the
rows recognised with that mapping, before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import PeriodKeyError, period_for_key
from app.domain.plan import PeriodData, PlanData
from app.exports.xlsx_layout import column_letter
from app.services.errors import PlanDeskError
from app.services.plan_import import (
    MAPPABLE_ROLES,
    PERIOD_ROLE,
    column_roles,
    detect_header,
    parse_plan_file,
    period_of_column,
    read_grid,
    recognise_rows,
)
from app.services.plan_import.validate import check_plan
from app.ui.events.common import ui_language
from app.ui.plan.preview_model import PreviewModel


def period_name(period: PeriodData, language: str) -> str:
    """A period as the clerk reads it in the window's language (its key if it has no name)."""
    try:
        return period_for_key(period.key, start=period.start, end=period.end).label(language)
    except PeriodKeyError:
        return period.key


MAX_EXAMPLE = 60
ERROR_TEXT = "#b42318"


class ImportDialog(QDialog):
    """Raises PlanDeskError from the constructor when the file cannot be read at all."""

    def __init__(self, path: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPlanDialog")
        self.path = Path(path)
        self.plan_data: PlanData | None = None
        self.combos: dict[int, QComboBox] = {}
        self._grid: list[list[str]] = []
        self.setWindowTitle(self.tr("Import plan"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Check what each column of “%1” holds and the rows PlanDesk recognised. "
                "Nothing is stored until you press Import; the plan then becomes the "
                "current plan (the present one is kept in the database)."
            ).replace("%1", self.path.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.mapping_box = QGroupBox(self.tr("Columns"), self)
        layout.addWidget(self.mapping_box)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview = PreviewModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.preview)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if self.path.suffix.lower() == ".json":
            self.mapping_box.hide()
            self._show(parse_plan_file(self.path))
        else:
            self._grid = read_grid(self.path)
            self._build_mapping()
            self.recognise()
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 130, self.fontMetrics().lineSpacing() * 40)

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
            PERIOD_ROLE: self.tr("Planned in this period"),
        }

    def _build_mapping(self) -> None:
        header = detect_header(self._grid)
        self._header = header
        roles = column_roles(header)
        width = max(len(header.texts), max((len(r) for r in self._grid), default=0))
        inner = QWidget(self.mapping_box)
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        names = self.role_names()
        titles = (self.tr("Column"), self.tr("First value"), self.tr("Holds"))
        for col, title in enumerate(titles):
            label = QLabel(f"<b>{title}</b>", inner)
            grid.addWidget(label, 0, col)
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
            combo.setCurrentIndex(max(0, combo.findData(roles.get(col, ""))))
            combo.currentIndexChanged.connect(self.recognise)
            label.setBuddy(combo)
            self.combos[col] = combo
            grid.addWidget(label, col + 1, 0)
            grid.addWidget(example, col + 1, 1)
            grid.addWidget(combo, col + 1, 2)
        scroll = QScrollArea(self.mapping_box)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        rows = min(width, 6) + 1
        scroll.setMinimumHeight(int(combo.sizeHint().height() * 1.25 * rows) if width else 0)
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
            data = recognise_rows(self._grid, title_hint=self.path.stem, mapping=self.mapping())
            data = check_plan(data, f"'{self.path.name}'")
        except PlanDeskError as exc:
            self.plan_data = None
            self.preview.set_items([], {})
            palette = self.summary.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_TEXT))
            self.summary.setPalette(palette)
            self.summary.setText(str(exc)[:1].upper() + str(exc)[1:])
            self.import_button.setEnabled(False)
        else:
            self.summary.setPalette(self.palette())
            self._show(data)

    def _show(self, data: PlanData) -> None:
        self.plan_data = data
        labels = {p.key: p.label or period_name(p, ui_language()) for p in data.periods}
        self.preview.set_items(data.items, labels)
        kinds = [item.kind.value for item in data.items]
        self.summary.setText(
            self.tr("“%1” (%2): %3 goals, %4 sub-goals, %5 activities, %6 footnotes.")
            .replace("%1", data.title)
            .replace("%2", str(data.year))
            .replace("%3", str(kinds.count("goal")))
            .replace("%4", str(kinds.count("subgoal")))
            .replace("%5", str(kinds.count("activity")))
            .replace("%6", str(len(data.footnotes)))
        )
        self.import_button.setEnabled(bool(data.items))
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
