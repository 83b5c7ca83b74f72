"""The import preview: good rows and bad rows (by row number, with the reason) before
anything is stored. Nothing is imported until the clerk confirms."""

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
from app.ui.formats import day
from app.ui.icons import icon

if TYPE_CHECKING:
    from app.services.event_import import EventImport

COL_ROW, COL_STATE, COL_DATE, COL_TITLE, COL_DETAIL = range(5)
Index = QModelIndex | QPersistentModelIndex


class ImportRowsModel(QAbstractTableModel):
    """One line per row of the file: what will be imported, or why not."""

    def __init__(self, result: EventImport, parent: Any = None) -> None:
        super().__init__(parent)
        rows: list[tuple[int, bool, str, str, str]] = []
        for number, data in result.events:
            detail = " · ".join(
                x for x in (data.item_code, kind_text(data.kind), f"{data.participants}") if x
            )
            rows.append((number, True, day(data.held_on), data.title, detail))
        for number, reason in result.errors:
            rows.append((number, False, "", "", reason))
        self._rows = sorted(rows)

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number, good, day, title, detail = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ROW:
                return str(number)
            if column == COL_STATE:
                return self.tr("will be imported") if good else self.tr("not imported")
            return (day, title, detail)[column - COL_DATE]
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATE:
            return icon("due-ok" if good else "row-bad")
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_STATE, COL_DETAIL):
            return QColor(OK if good else ERROR) if column == COL_STATE or not good else None
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TITLE, COL_DETAIL):
            return title if column == COL_TITLE else detail
        if role == Qt.ItemDataRole.UserRole:
            return (number, good, detail)
        return None

    def bad_rows(self) -> list[tuple[int, str]]:
        return [(n, detail) for n, good, _d, _t, detail in self._rows if not good]


class ImportPreviewDialog(QDialog):
    """Accepting it means: import the good rows."""

    def __init__(self, file_name: str, result: EventImport, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventImportPreview")
        self.setWindowTitle(self.tr("Import events"))
        self.result = result
        layout = QVBoxLayout(self)
        good, bad = len(result.events), len(result.errors)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        text = self.tr("{file}: {good} events can be imported.").format(file=file_name, good=good)
        if bad:
            text += " " + self.tr(
                "{bad} rows cannot be imported and will be left out; the reasons are below."
            ).format(bad=bad)
            tint(self.summary, ERROR)
        self.summary.setText(text)
        layout.addWidget(self.summary)
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
        self.import_button = QPushButton(
            self.tr("Import %n events", "", good) if good else self.tr("Nothing to import"), self
        )
        self.import_button.setEnabled(good > 0)
        self.import_button.setDefault(good > 0)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 130, self.fontMetrics().lineSpacing() * 28)
