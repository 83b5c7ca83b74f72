"""The recognised rows of a plan about to be imported: a table the clerk corrects before
anything is written — take a row in or leave it out, change its code, kind or text. Rows are
indented by their depth in the tree; codes PlanDesk made up or completed are marked."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.domain.plan import ItemKind, assign_parents
from app.ui.formats import fill

if TYPE_CHECKING:
    from app.domain.plan import ItemData

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("code", "kind", "description", "responsible", "planned", "origin")
COL_CODE, COL_KIND, COL_DESCRIPTION, COL_RESPONSIBLE, COL_PLANNED, COL_ORIGIN = range(6)
KINDS = (ItemKind.GOAL, ItemKind.SUBGOAL, ItemKind.ACTIVITY)
INDENT = "\u2003"  # an em space per level of the tree
MARKED = "#9a6700"


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ItemData] = []
        self._labels: dict[str, str] = {}
        self._included: list[bool] = []
        self._depths: list[int] = []

    def set_items(self, items: list[ItemData], period_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._items = [replace(i) for i in items]
        self._labels = dict(period_labels)
        self._included = [True] * len(self._items)
        self._depths = _depths(self._items)
        self.endResetModel()

    def items(self) -> list[ItemData]:
        """The rows taken in, as corrected, with their parents assigned again."""
        chosen = [replace(i) for i, keep in zip(self._items, self._included, strict=True) if keep]
        return assign_parents(chosen)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Code"),
            self.tr("Kind"),
            self.tr("Description"),
            self.tr("Responsible"),
            self.tr("Planned"),
            self.tr("In the file"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def kind_name(self, kind: str) -> str:
        names = {"goal": self.tr("Goal"), "subgoal": self.tr("Sub-goal")}
        return names.get(kind, self.tr("Activity"))

    def origin(self, item: ItemData) -> str:
        if item.code_generated:
            return self.tr("no code: numbered by PlanDesk")
        if item.original_code:
            return fill(self.tr("numbered %1 in its section"), item.original_code)
        return ""

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_CODE:
            return base | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        if index.column() in (COL_KIND, COL_DESCRIPTION):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row, col = index.row(), index.column()
        item = self._items[row]
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_CODE:
            return Qt.CheckState.Checked if self._included[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if not self._included[row]:
                return QColor("#8a8a8a")
            if col in (COL_CODE, COL_ORIGIN) and (item.code_generated or item.original_code):
                return QColor(MARKED)
            return None
        if role == Qt.ItemDataRole.EditRole:
            return {COL_CODE: item.code, COL_KIND: item.kind.value,
                    COL_DESCRIPTION: item.description}.get(col)  # fmt: skip
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == COL_CODE:
            return item.code
        if col == COL_KIND:
            return self.kind_name(item.kind.value)
        if col == COL_DESCRIPTION:
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n\n".join(x for x in (item.description, item.notes) if x)
            return INDENT * self._depths[row] + item.description
        if col == COL_RESPONSIBLE:
            return item.responsible
        if col == COL_ORIGIN:
            return self.origin(item)
        parts = []
        for planned in item.planned:
            label = self._labels.get(planned.period_key, planned.period_key)
            text = " ".join(planned.planned_text.split())
            parts.append(f"{label}: {text}" if text else label)
        return "; ".join(parts)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, col = index.row(), index.column()
        item = self._items[row]
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_CODE:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            self._included[row] = bool(checked)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        if col == COL_CODE and text and text != item.code:
            item.code = text
            item.code_generated = False
        elif col == COL_DESCRIPTION and text:
            item.description = text
        elif col == COL_KIND and text in {k.value for k in KINDS}:
            item.kind = ItemKind(text)
        else:
            return False
        self._depths = _depths(self._items)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(COLUMNS) - 1))
        return True

    def set_included(self, row: int, included: bool) -> None:
        """Take a row in or leave it out (as the clerk does with its check box)."""
        self.setData(
            self.index(row, COL_CODE),
            Qt.CheckState.Checked if included else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )


def _depths(items: list[ItemData]) -> list[int]:
    copies = assign_parents([replace(i) for i in items])
    depth: dict[str, int] = {}
    out: list[int] = []
    for item in copies:
        level = depth.get(item.parent_code, -1) + 1 if item.parent_code else 0
        depth[item.code] = level
        out.append(level)
    return out
