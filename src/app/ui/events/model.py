"""The events table: one row per event, sortable, filtered by period, activity, kind, text."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.domain.codes import natural_key
from app.ui.events.common import kind_text
from app.ui.formats import day, day_month, number

COL_DATE, COL_ACTIVITY, COL_TITLE, COL_KIND, COL_VENUE, COL_PARTICIPANTS = range(6)
COLUMNS = 6
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def _titles() -> list[str]:
    return [
        QCoreApplication.translate("EventsModel", "Date"),
        QCoreApplication.translate("EventsModel", "Activity"),
        QCoreApplication.translate("EventsModel", "Title"),
        QCoreApplication.translate("EventsModel", "Kind"),
        QCoreApplication.translate("EventsModel", "Venue"),
        QCoreApplication.translate("EventsModel", "Participants"),
    ]


class EventsModel(QAbstractTableModel):
    """Rows are the dicts of ``app.services.events.list_events``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._titles = _titles()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def row_of(self, event_id: int) -> int | None:
        for n, row in enumerate(self._rows):
            if row["id"] == event_id:
                return n
        return None

    def retranslate(self) -> None:
        self._titles = _titles()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_KIND), self.index(len(self._rows) - 1, COL_KIND)
            )

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == COL_PARTICIPANTS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TITLE, COL_VENUE):
            return row["title"] if column == COL_TITLE else row["venue"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PARTICIPANTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: dict[str, Any], column: int) -> str:
        if column == COL_DATE:
            start = date.fromisoformat(row["date"])
            if row.get("end_date") and row["end_date"] != row["date"]:
                end = date.fromisoformat(row["end_date"])
                first = day_month(start) if end.year == start.year else day(start)
                return f"{first}–{day(end)}"
            return day(start)
        if column == COL_ACTIVITY:
            return str(row["activity"])
        if column == COL_TITLE:
            return str(row["title"])
        if column == COL_KIND:
            return kind_text(str(row["kind"]))
        if column == COL_VENUE:
            return str(row["venue"])
        return number(int(row["participants"]))

    @staticmethod
    def _sort_value(row: dict[str, Any], column: int) -> Any:
        if column == COL_DATE:
            return f"{row['date']}#{row['id']:09d}"
        if column == COL_ACTIVITY:
            parts = natural_key(row["activity"]) if row["activity"] else ()
            return "/".join(f"{a}{b:09d}{c}" for a, b, c in parts)
        if column == COL_PARTICIPANTS:
            return int(row["participants"])
        if column == COL_KIND:
            return kind_text(str(row["kind"])).casefold()
        return str(row["title" if column == COL_TITLE else "venue"]).casefold()


class EventsFilterModel(QSortFilterProxyModel):
    """Filters: a date window (a period), an activity code, a kind, words of text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.window: tuple[date, date] | None = None
        self.activity = ""
        self.kind = ""
        self.words: list[str] = []

    def set_filters(
        self,
        *,
        window: tuple[date, date] | None = None,
        activity: str = "",
        kind: str = "",
        text: str = "",
    ) -> None:
        self.beginFilterChange()
        self.window, self.activity, self.kind = window, activity, kind
        self.words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        row = model.index(source_row, 0, source_parent).data(OBJECT_ROLE)
        if row is None:
            return False
        if self.window is not None:
            held = date.fromisoformat(row["date"])
            if not self.window[0] <= held <= self.window[1]:
                return False
        if self.activity and row["activity"] != self.activity:
            return False
        if self.kind and row["kind"] != self.kind:
            return False
        if self.words:
            haystack = " ".join(
                str(row.get(name) or "")
                for name in ("title", "venue", "organiser", "partners", "description", "activity")
            )
            haystack = f"{haystack} {kind_text(str(row['kind']))}".casefold()
            return all(word in haystack for word in self.words)
        return True
