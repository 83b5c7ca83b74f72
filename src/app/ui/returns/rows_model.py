"""A flat table over a list of rows: what the returns, intake and completeness tables share.

Subclasses set ``columns`` and ``state_column``, name the columns in ``titles()``
(translated there, in their own context), give a row's state in ``state_of()`` (shown with
its icon and colour) and the other cells in ``cell()``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.ui.returns.states import state_colour, state_icon
from app.ui.subordinates.sorting import SortsItself

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class RowsModel(SortsItself, QAbstractTableModel):
    columns: ClassVar[int] = 0
    state_column: ClassVar[int] = -1  # the column showing a state by icon and colour

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def _reset(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = self.sorted_rows(rows)  # in the order the clerk chose (a FilterProxy)
        self.endResetModel()

    def row_sort_key(self, row: Any, column: int) -> Any:
        return self.cell(row, column, SORT_ROLE)

    def row_data(self, row: int) -> Any:
        return self._rows[row]

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def state_of(self, row: Any) -> str:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What *row* shows in *column* for *role* (the state's look aside)."""
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == OBJECT_ROLE:
            return row
        if column == self.state_column:
            if role == Qt.ItemDataRole.DecorationRole:
                return state_icon(self.state_of(row))
            if role == Qt.ItemDataRole.ForegroundRole:
                return state_colour(self.state_of(row))
        return self.cell(row, column, role)

    def retranslate(self) -> None:
        """Titles and texts again in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columns - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columns - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None
