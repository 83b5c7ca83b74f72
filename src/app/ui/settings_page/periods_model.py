"""The plan's periods with their due dates; a due date is edited in place (an override)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from app.ui.formats import day as format_day

COL_PERIOD, COL_START, COL_END, COL_DUE, COL_RULE = range(5)
Index = QModelIndex | QPersistentModelIndex


class PeriodsModel(QAbstractTableModel):
    """Rows: (key, label, start, end, due, overridden). Editing the due column emits
    ``due_edited(key, date)``; the page saves it through the service and reloads."""

    due_edited = Signal(str, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, date, date, date, bool]] = []

    def set_rows(self, rows: list[tuple[str, str, date, date, date, bool]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def key_at(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Period"),
            self.tr("Starts"),
            self.tr("Ends"),
            self.tr("Return due"),
            self.tr("Due date set"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_DUE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key, label, start, end, due, overridden = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_PERIOD:
                return f"{key} — {label}" if label and label != key else key
            if column == COL_RULE:
                return self.tr("by hand") if overridden else self.tr("by the rule")
            day = (start, end, due)[column - COL_START]
            return format_day(day)
        if role == Qt.ItemDataRole.EditRole and column == COL_DUE:
            return QDate(due.year, due.month, due.day)
        if role == Qt.ItemDataRole.FontRole and column == COL_DUE and overridden:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_DUE:
            return self.tr("Double-click to set this period's due date by hand")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_DUE or role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(value, QDate):
            value = date(value.year(), value.month(), value.day())
        if not isinstance(value, date):
            return False
        self.due_edited.emit(self._rows[index.row()][0], value)
        return False  # the page saves it and reloads the rows
