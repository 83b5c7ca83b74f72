"""Return due dates as a list: state in words, colour and icon (never colour alone)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon

from app.ui.dashboard import palette
from app.ui.formats import day as format_day
from app.ui.icons import pixmap

if TYPE_CHECKING:
    from app.services.dashboard import DueDate

SOON_DAYS = 14
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

STATES = {
    "signed": ("due-ok", palette.SIGNED),
    "overdue": ("due-overdue", palette.OVERDUE),
    "soon": ("due-soon", palette.SOON),
    "later": ("due-later", palette.LATER),
}


def state_of(due: DueDate) -> str:
    if due.signed:
        return "signed"
    if due.overdue:
        return "overdue"
    return "soon" if due.days_left <= SOON_DAYS else "later"


def fmt_day(day: date) -> str:
    return format_day(day)


class DueDatesModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DueDate] = []
        self._icons: dict[str, QIcon] = {}

    def set_rows(self, rows: list[DueDate]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def describe(self, due: DueDate) -> str:
        state = state_of(due)
        if state == "signed":
            words = self.tr("signed")
        elif state == "overdue":
            words = self.tr("overdue by %n days", "", -due.days_left)
        elif due.days_left == 0:
            words = self.tr("due today")
        else:
            words = self.tr("due in %n days", "", due.days_left)
        return f"{fmt_day(due.due)} — {words}"

    def _icon(self, state: str) -> QIcon:
        if state not in self._icons:
            name, colour = STATES[state]
            self._icons[state] = QIcon(pixmap(name, 20, colour, 2.0))
        return self._icons[state]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column():
            return None
        due = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{due.label}\n{self.describe(due)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(state_of(due))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATES[state_of(due)][1])
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{due.key}: {self.describe(due)}"
        if role == Qt.ItemDataRole.SizeHintRole:
            return None
        if role == OBJECT_ROLE:
            return due
        if role == STATE_ROLE:
            return state_of(due)
        return None
