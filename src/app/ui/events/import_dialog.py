"""The import preview: good rows and bad rows (by row number, with the reason) before
anything is stored, what each column of the list became (a column that maps to no field is
kept in the events' descriptions), the year given to dates written without one, and the
events the plan already has (skipped). Rows can be left out. Nothing is imported until the
clerk confirms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.ui.dashboard.palette import ERROR, OK, tint
from app.ui.events.common import kind_text
from app.ui.formats import day, fill
from app.ui.icons import icon

if TYPE_CHECKING:
    from app.services.event_import import EventImport

COL_ROW, COL_STATE, COL_DATE, COL_TITLE, COL_DETAIL = range(5)
Index = QModelIndex | QPersistentModelIndex
MUTED = "#8a8a8a"


class ImportRowsModel(QAbstractTableModel):
    """One line per row of the file: what will be imported, or why not. A good row's
    result cell is checkable: unchecked, the row is left out."""

    def __init__(self, result: EventImport, parent: Any = None) -> None:
        super().__init__(parent)
        present = set(result.present)
        rows: list[tuple[int, bool, str, str, str]] = []
        for number, data in result.events:
            when = day(data.held_on) + (f"–{day(data.end_on)}" if data.end_on else "")
            detail = " · ".join(
                x
                for x in (
                    data.item_code,
                    kind_text(data.kind),
                    data.venue,
                    data.organiser,
                    f"{data.participants}" if data.participants else "",
                )
                if x
            )
            rows.append((number, True, when, data.title, detail))
        for pending in result.pending:
            start = f"{pending.start[0]:02d}.{pending.start[1]:02d}"
            rows.append((pending.number, True, start, pending.data.title, pending.data.venue))
        for number, reason in result.errors:
            rows.append((number, False, "", "", reason))
        self._rows = sorted(rows)
        self._present = present
        self._left_out: set[int] = set(present)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [
            self.tr("Row"),
            self.tr("Result"),
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Details or reason"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_STATE and self._rows[index.row()][1]:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _state(self, number: int, good: bool) -> str:
        if not good:
            return self.tr("not imported")
        if number in self._present:
            return self.tr("already in the plan: skipped")
        if number in self._left_out:
            return self.tr("left out")
        return self.tr("will be imported")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number, good, when, title, detail = self._rows[index.row()]
        column = index.column()
        taken = good and number not in self._left_out
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ROW:
                return str(number)
            if column == COL_STATE:
                return self._state(number, good)
            return (when, title, detail)[column - COL_DATE]
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_STATE and good:
            return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATE:
            return icon("due-ok" if good else "row-bad")
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_STATE, COL_DETAIL):
            if good and not taken:
                return QColor(MUTED)
            return QColor(OK if good else ERROR) if column == COL_STATE or not good else None
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TITLE, COL_DETAIL):
            return title if column == COL_TITLE else detail
        if role == Qt.ItemDataRole.UserRole:
            return (number, good, detail)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_STATE:
            return False
        number, good, *_ = self._rows[index.row()]
        if not good:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if checked:
            self._left_out.discard(number)
        else:
            self._left_out.add(number)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 4))
        return True

    def set_taken(self, number: int, taken: bool) -> None:
        """Take the row of the file numbered *number* in, or leave it out."""
        row = next(i for i, r in enumerate(self._rows) if r[0] == number)
        self.setData(
            self.index(row, COL_STATE),
            Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )

    def left_out(self) -> set[int]:
        return set(self._left_out)

    def bad_rows(self) -> list[tuple[int, str]]:
        return [(n, detail) for n, good, _d, _t, detail in self._rows if not good]


class ImportPreviewDialog(QDialog):
    """Accepting it means: import the good rows that are checked."""

    def __init__(self, file_name: str, result: EventImport, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventImportPreview")
        self.setWindowTitle(self.tr("Import events"))
        self.import_result = result
        _prepare(result, parent)
        layout = QVBoxLayout(self)
        bad = len(result.errors)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.columns = QLabel(self)
        self.columns.setObjectName("eventImportColumns")
        self.columns.setWordWrap(True)
        self.columns.setText(self.columns_text(result))
        layout.addWidget(self.columns)
        if result.unknown_kinds:
            kinds = QLabel(self)
            kinds.setWordWrap(True)
            kinds.setText(
                self.tr("Kinds kept as written: {kinds}").format(
                    kinds=", ".join(sorted(result.unknown_kinds))
                )
            )
            layout.addWidget(kinds)
        self.model = ImportRowsModel(result, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (COL_ROW, COL_STATE, COL_DATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_TITLE, self.fontMetrics().averageCharWidth() * 40)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.file_name = file_name
        self._bad = bad
        self.model.dataChanged.connect(lambda *_: self._update())
        self._update()
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 130, self.fontMetrics().lineSpacing() * 30)

    def taken(self) -> int:
        left_out = self.model.left_out()
        numbers = [n for n, _ in self.import_result.events] + [
            p.number for p in self.import_result.pending
        ]
        return sum(1 for n in numbers if n not in left_out)

    def _update(self) -> None:
        good = self.taken()
        text = self.tr("{file}: {good} events can be imported.").format(
            file=self.file_name, good=good
        )
        present = len(self.import_result.present)
        if present:
            text += " " + self.tr(
                "%n events of the list are already in the plan (same day, title and venue): "
                "they are skipped.",
                "",
                present,
            )
        if self._bad:
            text += " " + self.tr(
                "{bad} rows cannot be imported and will be left out; the reasons are below."
            ).format(bad=self._bad)
            tint(self.summary, ERROR)
        self.summary.setText(text)
        self.import_button.setText(
            self.tr("Import %n events", "", good) if good else self.tr("Nothing to import")
        )
        self.import_button.setEnabled(good > 0)
        self.import_button.setDefault(good > 0)

    def columns_text(self, result: EventImport) -> str:
        names = {
            "held_on": self.tr("date"),
            "end_on": self.tr("end date"),
            "title": self.tr("title"),
            "kind": self.tr("kind"),
            "venue": self.tr("venue"),
            "organiser": self.tr("organiser"),
            "partners": self.tr("partners"),
            "project": self.tr("project"),
            "materials": self.tr("materials"),
            "description": self.tr("description"),
            "item_code": self.tr("plan activity"),
            "participants": self.tr("participants"),
            "date and venue": self.tr("date and venue (split)"),
        }
        parts = [f"{h} → {names.get(f, f)}" for h, f in result.columns.items()]
        lines = [fill(self.tr("Columns: %1"), "; ".join(parts))]
        if result.to_description:
            lines.append(
                fill(
                    self.tr("Kept in each event's description: %1"),
                    ", ".join(result.to_description),
                )
            )
        if result.row_numbers:
            lines.append(
                fill(self.tr("Row numbers, not stored: %1"), ", ".join(result.row_numbers))
            )
        if result.year is not None and result.year_source:
            lines.append(fill(self.tr("Dates written without a year: %1"), str(result.year)))
        if result.footnotes:
            lines.append(
                fill(
                    self.tr("Footnotes under the list, added to the events that cite them: %1"),
                    ", ".join(f"<{m}>" for m in result.footnotes),
                )
            )
        return "\n".join(lines)

    def accept(self) -> None:
        """Leave out the rows the clerk unchecked, then confirm."""
        left_out = self.model.left_out() - set(self.import_result.present)
        if left_out:
            self.import_result.events = [
                (n, e) for n, e in self.import_result.events if n not in left_out
            ]
            self.import_result.pending = [
                p for p in self.import_result.pending if p.number not in left_out
            ]
        super().accept()


def _prepare(result: EventImport, parent: Any) -> None:
    """Dates without a year take the open plan's; events the plan already has (as the
    events page shows them) are marked."""
    from app.services.event_import import mark_present_in, resolve_year

    workspace = getattr(parent, "workspace", None)
    plan = getattr(workspace, "plan", None)
    if plan is not None and getattr(plan, "year", None):
        resolve_year(result, int(plan.year))
    model = getattr(parent, "model", None)
    if model is None or not hasattr(model, "rows"):
        return
    rows = model.rows()
    from datetime import date

    existing = []
    for row in rows:
        try:
            existing.append((date.fromisoformat(str(row["date"])), str(row["title"]),
                             str(row.get("venue") or "")))  # fmt: skip
        except (KeyError, ValueError):
            continue
    mark_present_in(result, existing)
