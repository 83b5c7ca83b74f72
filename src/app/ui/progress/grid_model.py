"""The progress grid as a table model over the plain rows of ``app.services.grid``.

Rows: goal / sub-goal bands (no cells) and activities, in tree order. Columns: the activity
(code and description), then one column per period of the plan's scheme. Cell texts are
formatted once, when first asked for, and kept until that cell changes: painting a
5,000-activity grid formats only what is on screen, and only once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.ui.formats import day, day_month, fill, number
from app.ui.progress.symbols import LOOKS, status_word, symbol_icon

if TYPE_CHECKING:
    from app.domain.marks import Mark
    from app.services.grid import Cell, Grid, GridRow, PeriodInfo

COL_ACTIVITY = 0
FIRST_PERIOD = 1
ROW_ROLE = Qt.ItemDataRole.UserRole  # the GridRow
CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # the Cell (period columns of activities)
LINES_ROLE = Qt.ItemDataRole.UserRole + 2  # (status line, figures line)
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # "goal" | "subgoal" | "activity"
PERIOD_ROLE = Qt.ItemDataRole.UserRole + 4  # the PeriodInfo of a period column
SORT_ROLE = Qt.ItemDataRole.UserRole + 5
PAINT_ROLE = Qt.ItemDataRole.UserRole + 6  # (GridRow, Cell | None, lines | None): one call
Index = QModelIndex | QPersistentModelIndex


def _number(value: float | None) -> str:
    """As the window's language writes it: 3.769 in Turkish, 3 769 in Russian."""
    if value is None:
        return ""
    return number(value) if value == int(value) else number(value, 2).rstrip("0").rstrip(".,")


class ProgressGridModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: Grid | None = None
        self.rows: list[GridRow] = []
        self.periods: list[PeriodInfo] = []
        self._lines: dict[tuple[int, int], tuple[str, str]] = {}
        self._row_of_id: dict[int, int] = {}

    # -- data in -------------------------------------------------------------------------
    def set_grid(self, grid: Grid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.rows = grid.rows if grid is not None else []
        self.periods = grid.periods if grid is not None else []
        self._lines = {}
        self._row_of_id = {}
        self.endResetModel()

    def row_of_item(self, item_id: int) -> int:
        if not self._row_of_id:
            self._row_of_id = {r.id: n for n, r in enumerate(self.rows)}
        return self._row_of_id.get(item_id, -1)

    def period_column(self, key: str) -> int:
        for n, period in enumerate(self.periods):
            if period.key == key:
                return FIRST_PERIOD + n
        return -1

    def cell(self, row: int, column: int) -> Cell | None:
        if not (0 <= row < len(self.rows)) or column < FIRST_PERIOD:
            return None
        cells = self.rows[row].cells
        n = column - FIRST_PERIOD
        return cells[n] if n < len(cells) else None

    def update_cell(self, row: int, column: int, mark: Mark | None) -> None:
        """Give one cell its mark (after the database took it; None: no mark) and repaint it."""
        cells = self.rows[row].cells
        n = column - FIRST_PERIOD
        cells[n] = replace(cells[n], mark=mark)
        self._lines.pop((row, column), None)
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def retranslate(self) -> None:
        self._lines = {}
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
            )
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return FIRST_PERIOD + len(self.periods)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.rows[index.row()]
        if row.kind == "activity" and index.column() >= FIRST_PERIOD:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == PAINT_ROLE:
            if row.kind != "activity" or column == COL_ACTIVITY:
                return row, None, None
            return row, row.cells[column - FIRST_PERIOD], self.lines(index.row(), column)
        if role == ROW_ROLE:
            return row
        if role == KIND_ROLE:
            return row.kind
        if column == COL_ACTIVITY:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return f"{row.code}  {row.description}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._activity_tip(row)
            return None
        if role == PERIOD_ROLE:
            return self.periods[column - FIRST_PERIOD]
        if row.kind != "activity":
            return None
        cell = row.cells[column - FIRST_PERIOD]
        if role == CELL_ROLE:
            return cell
        if role == LINES_ROLE:
            return self.lines(index.row(), column)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            status, figures = self.lines(index.row(), column)
            mark = LOOKS[cell.status].char + " " if cell.status in LOOKS else ""
            return " · ".join(t for t in (mark + status, figures) if t.strip())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tip(row, cell, self.periods[column - FIRST_PERIOD])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section == COL_ACTIVITY:
            return self.tr("Activity") if role == Qt.ItemDataRole.DisplayRole else None
        period = self.periods[section - FIRST_PERIOD]
        if role == Qt.ItemDataRole.DisplayRole:
            return period.label or period.key
        if role == Qt.ItemDataRole.DecorationRole and period.locked:
            return symbol_icon("lock")
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("%1 – %2, return due %3")
            tip = fill(tip, day(period.start), day(period.end))
            tip = tip.replace("%3", day(period.due))
            if period.locked:
                tip += "\n" + self.tr("Locked: the return of this period has been signed.")
            return tip
        if role == PERIOD_ROLE:
            return period
        return None

    # -- texts ---------------------------------------------------------------------------
    def lines(self, row: int, column: int) -> tuple[str, str]:
        """The status line and the figures line of a cell (formatted once)."""
        key = (row, column)
        found = self._lines.get(key)
        if found is None:
            grid_row = self.rows[row]
            found = self._format(grid_row, grid_row.cells[column - FIRST_PERIOD])
            self._lines[key] = found
        return found

    def sample_figures(self) -> str:
        """A typical long figures line in the window's language, for sizing the columns."""
        events = fill(self.tr("%1 ev/%2"), "1", "112")
        return f"112 · {events} · 112/100"

    def _format(self, row: GridRow, cell: Cell) -> tuple[str, str]:
        mark = cell.mark
        if mark is not None and mark.status:
            status = status_word(mark.status)
            if mark.done_on is not None:
                status += " " + day_month(mark.done_on)
        elif cell.planned_text is None:
            status = self.tr("not planned")
        else:
            status = self.tr("not marked")
        participants = mark.participants if mark is not None else None
        achieved_value = mark.achieved if mark is not None else None
        parts: list[str] = []
        if participants is not None:
            parts.append(_number(participants))
        if cell.events:
            parts.append(
                fill(self.tr("%1 ev/%2"), _number(cell.events), _number(cell.event_participants))
            )
        if achieved_value is not None or (
            row.target_value and cell.status in ("done", "in_progress")
        ):
            achieved = _number(achieved_value) if achieved_value is not None else "–"
            target = _number(row.target_value)
            parts.append(f"{achieved}/{target}" if target else achieved)
        return status, " · ".join(parts)

    def _activity_tip(self, row: GridRow) -> str:
        tip = f"{row.code}  {row.description}"
        if row.target_text:
            tip += "\n" + fill(self.tr("Target: %1"), row.target_text)
        return tip

    def _cell_tip(self, row: GridRow, cell: Cell, period: PeriodInfo) -> str:
        lines = [f"{row.code} · {period.label or period.key}"]
        if cell.planned_text is None:
            lines.append(self.tr("Not planned in this period"))
        elif cell.planned_text:
            lines.append(fill(self.tr("Planned: %1"), cell.planned_text))
        mark = cell.mark
        lines.append(status_word(cell.status) or self.tr("No status yet"))
        if mark is not None and mark.participants is not None:
            lines.append(fill(self.tr("Participants: %1"), str(mark.participants)))
        if mark is not None and mark.achieved is not None:
            lines.append(fill(self.tr("Achieved: %1"), _number(mark.achieved)))
        lines.append(
            fill(
                self.tr("Events: %1 (%2 participants)"),
                str(cell.events),
                str(cell.event_participants),
            )
        )
        if mark is not None and mark.reason:
            lines.append(fill(self.tr("Reason: %1"), mark.reason))
        if period.locked:
            lines.append(self.tr("Locked: the return of this period has been signed."))
        return "\n".join(lines)

    # -- filtering -----------------------------------------------------------------------
    def matching_rows(self, which: str, text: str, today: date) -> set[int] | None:
        """Rows to show for a filter and a search text (None: all), bands kept as context."""
        from app.services.grid import row_matches

        needle = text.strip().casefold()
        if which == "all" and not needle:
            return None
        shown: set[int] = set()
        bands: list[int] = []  # the open goal / sub-goal bands above the current row
        for n, row in enumerate(self.rows):
            if row.kind != "activity":
                del bands[row.depth :]
                bands.append(n)
                continue
            if needle and not (
                row.code.casefold().startswith(needle) or needle in row.description.casefold()
            ):
                continue
            if which != "all" and not row_matches(row, self.periods, which, today):
                continue
            shown.add(n)
            shown.update(bands)
        return shown


class ProgressFilterModel(QSortFilterProxyModel):
    """Shows the rows :meth:`ProgressGridModel.matching_rows` chose (computed once per filter)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._shown: set[int] | None = None

    def set_shown(self, rows: set[int] | None) -> None:
        if rows is None and self._shown is None:
            return  # still everything: the proxy mapped all rows when the model was reset
        self.beginFilterChange()
        self._shown = rows
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self._shown is None or source_row in self._shown
