"""Intake results: one row per file (outcome with colour and icon, who, which period, why).

The reason is kept in English, as the services wrote it, and translated when shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from app.ui.intake.reasons import reason_text
from app.ui.returns.rows_model import SORT_ROLE, RowsModel
from app.ui.returns.states import state_label

COL_OUTCOME, COL_FILE, COL_INSTITUTION, COL_PERIOD, COL_VERSION, COL_REASON = range(6)
COLUMNS = 6
OUTCOME_ORDER = ("rejected", "late", "new version", "accepted", "duplicate", "skipped")


class IntakeLinesModel(RowsModel):
    columns = COLUMNS
    state_column = COL_OUTCOME

    """Rows are ``app.services.intake.IntakeLine`` objects (or anything shaped like one)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}

    def set_lines(self, lines: list[Any]) -> None:
        self._reset(lines)

    def set_names(self, names: dict[str, str]) -> None:
        """Institution code -> name, for the tooltip of the institution column."""
        self._names = dict(names)

    def append(self, line: Any) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(line)
        self.endInsertRows()

    def lines(self) -> list[Any]:
        return list(self._rows)

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Result"),
            self.tr("File"),
            self.tr("Institution"),
            self.tr("Period"),
            self.tr("Version"),
            self.tr("Reason"),
        )

    def state_of(self, line: Any) -> str:
        return str(line.outcome)

    def cell(self, line: Any, col: int, role: int) -> Any:
        if role == SORT_ROLE:
            if col == COL_OUTCOME:
                order = OUTCOME_ORDER
                return order.index(line.outcome) if line.outcome in order else len(order)
            if col == COL_VERSION:
                return line.version or 0
            return self._text(line, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_INSTITUTION:
                return self._names.get(line.institution) or None
            if col in (COL_REASON, COL_FILE):
                return self._text(line, col) or None
            return None
        return None

    def _text(self, line: Any, col: int) -> str:
        if col == COL_OUTCOME:
            return state_label(line.outcome)
        if col == COL_FILE:
            return str(line.file)
        if col == COL_INSTITUTION:
            return str(line.institution or "")
        if col == COL_PERIOD:
            return str(line.period or "")
        if col == COL_VERSION:
            return f"v{line.version}" if line.version else ""
        if col == COL_REASON:
            return line_reason(line)
        return ""


def line_reason(line: Any) -> str:
    """The reason of an intake line in the window's language."""
    note = getattr(line, "note", None)
    if note is None:
        return str(getattr(line, "stored", "") or "")
    return reason_text(note.code, note.params, note.text())
