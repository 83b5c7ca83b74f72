"""The periods of the plan for one activity: planned or not, and the planned-date text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.ui.formats import day

if TYPE_CHECKING:
    from app.ui.workspace import PeriodInfo

AnyIndex = QModelIndex | QPersistentModelIndex
COL_PERIOD = 0
COL_TEXT = 1


class PlannedPeriodsModel(QAbstractTableModel):
    """One row per period. Ticking a period or typing its date text emits ``edited`` (key,
    text or None for "not planned"); the page turns that into an undoable command."""

    edited = Signal(str, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._periods: list[PeriodInfo] = []
        self._planned: dict[str, str] = {}

    def set_item(self, periods: list[PeriodInfo], planned: dict[str, str]) -> None:
        self.beginResetModel()
        self._periods = list(periods)
        self._planned = dict(planned)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._periods)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == COL_PERIOD:
            return self.tr("Period")
        if section == COL_TEXT:
            return self.tr("Planned date")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_PERIOD:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._periods):
            return None
        period = self._periods[index.row()]
        planned = period.key in self._planned
        if index.column() == COL_PERIOD:
            if role == Qt.ItemDataRole.DisplayRole:
                return period.label
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if planned else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{period.label}: {day(period.start)} – {day(period.end)}"
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._planned.get(period.key, "")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        key = self._periods[index.row()].key
        if index.column() == COL_PERIOD and role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            if on == (key in self._planned):
                return False
            new: str | None = "" if on else None
        elif index.column() == COL_TEXT and role == Qt.ItemDataRole.EditRole:
            new = str(value or "").strip()
            if self._planned.get(key) == new:
                return False
        else:
            return False
        if new is None:
            self._planned.pop(key, None)
        else:
            self._planned[key] = new
        row = index.row()
        self.dataChanged.emit(self.index(row, COL_PERIOD), self.index(row, COL_TEXT))
        self.edited.emit(key, new)
        return True
