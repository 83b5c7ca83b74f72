"""The plan as a tree model: goals → sub-goals → activities, one column per period.

Rows come from ``services.plans.load_tree()`` (tree order, parents first) and are never
changed by the model; each index carries the position of its row in that list as its
internal id, so ``parent()`` is a lookup, not a search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.domain.codes import natural_key
from app.ui.style import GOAL_BG, SUBGOAL_BG

if TYPE_CHECKING:
    from app.services.plans import ItemRow
    from app.ui.workspace import PeriodInfo, PlanSnapshot

AnyIndex = QModelIndex | QPersistentModelIndex

COL_CODE = 0
COL_DESCRIPTION = 1
COL_RESPONSIBLE = 2
FIRST_PERIOD_COLUMN = 3

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3

PLANNED_MARK = "✓"
ITEM_MIME = "application/x-plandesk-plan-item"
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def code_sort_text(code: str) -> str:
    """A string that sorts like ``natural_key(code)`` ("2.1.10" after "2.1.9")."""
    parts = []
    for kind, number, text in natural_key(code):
        parts.append(f"{kind}{number:09d}" if kind < 2 else f"2{text}")
    return ".".join(parts)


def footnote_suffix(marks: list[str]) -> str:
    """["1", "2"] -> " ¹ ²" (digits as superscripts, other marks in brackets)."""
    shown = [m.translate(_SUPERSCRIPTS) if m.isdigit() else f"[{m}]" for m in marks]
    return (" " + " ".join(shown)) if shown else ""


class PlanTreeModel(QAbstractItemModel):
    """Read-only; a drop of a dragged row is announced as ``move_requested(item id, new
    parent id or None, position among the new siblings)`` and left to the page's undo
    command (the model never changes the plan itself)."""

    move_requested = Signal(int, object, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ItemRow] = []
        self._periods: list[PeriodInfo] = []
        self._children: dict[int | None, list[int]] = {None: []}
        self._parent_of: list[int | None] = []
        self._row_in_parent: list[int] = []
        self._fonts: dict[str, QFont] = {}
        self._by_id: dict[int, int] = {}

    # -- data in -------------------------------------------------------------------------
    def set_plan(self, plan: PlanSnapshot | None) -> None:
        self.beginResetModel()
        rows = list(plan.rows) if plan is not None else []
        self._rows = rows
        self._periods = list(plan.periods) if plan is not None else []
        position = {row.id: i for i, row in enumerate(rows)}
        self._by_id = position
        self._children = {None: []}
        self._parent_of = []
        self._row_in_parent = []
        for i, row in enumerate(rows):
            parent = position.get(row.parent_id) if row.parent_id is not None else None
            siblings = self._children.setdefault(parent, [])
            self._parent_of.append(parent)
            self._row_in_parent.append(len(siblings))
            siblings.append(i)
        self.endResetModel()

    def retranslate(self) -> None:
        """Header texts follow the UI language (call on QEvent.LanguageChange)."""
        if self.columnCount() > 0:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    # -- shape ---------------------------------------------------------------------------
    @property
    def periods(self) -> list[PeriodInfo]:
        return list(self._periods)

    @property
    def reason_column(self) -> int:
        return FIRST_PERIOD_COLUMN + len(self._periods)

    def period_column(self, key: str) -> int:
        for i, period in enumerate(self._periods):
            if period.key == key:
                return FIRST_PERIOD_COLUMN + i
        raise KeyError(key)

    def item(self, index: AnyIndex) -> ItemRow | None:
        if not index.isValid() or index.model() is not self:
            return None
        return self._rows[index.internalId()]

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        key = parent.internalId() if parent.isValid() else None
        siblings = self._children.get(key, [])
        if not (0 <= row < len(siblings) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._parent_of[index.internalId()]
        if parent is None:
            return QModelIndex()
        return self.createIndex(self._row_in_parent[parent], 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._children.get(parent.internalId(), []))
        return len(self._children.get(None, []))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return FIRST_PERIOD_COLUMN + len(self._periods) + 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self._rows else Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def index_of(self, item_id: int, column: int = COL_CODE) -> QModelIndex:
        """The index of the item with *item_id* (invalid when it is not in the plan)."""
        i = self._by_id.get(item_id)
        if i is None:
            return QModelIndex()
        return self.createIndex(self._row_in_parent[i], column, i)

    # -- drag and drop -------------------------------------------------------------------
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = [self.item(i) for i in indexes if i.isValid()]
        ids = list(dict.fromkeys(row.id for row in rows if row is not None))
        data.setData(ITEM_MIME, QByteArray(",".join(map(str, ids[:1])).encode("ascii")))
        return data

    def _dropped_id(self, data: QMimeData) -> int | None:
        raw = bytes(data.data(ITEM_MIME).data()).decode("ascii", "replace")
        return int(raw) if raw.isdigit() else None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        item_id = self._dropped_id(data)
        if item_id not in self._by_id or action != Qt.DropAction.MoveAction:
            return False
        target = self.item(parent)
        while target is not None:  # not into itself or its own subtree
            if target.id == item_id:
                return False
            index = self._parent_of[self._position(target.id)]
            target = self._rows[index] if index is not None else None
        return True

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        item_id = self._dropped_id(data)
        assert item_id is not None
        target = self.item(parent)
        parent_id = target.id if target is not None else None
        siblings = self._children.get(parent.internalId() if parent.isValid() else None, [])
        position = len(siblings) if row < 0 else row
        moving = self._position(item_id)
        if moving in siblings and siblings.index(moving) < position:
            position -= 1  # the service counts positions without the moved item
        self.move_requested.emit(item_id, parent_id, position)
        return False  # nothing to remove: the page moves the item and re-reads the tree

    def _position(self, item_id: int) -> int:
        return self._by_id[item_id]

    # -- data out ------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(section)
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIRST_PERIOD_COLUMN:
            if section < self.reason_column:
                period = self._periods[section - FIRST_PERIOD_COLUMN]
                return (
                    self.tr("%1: %2 – %3, return due %4")
                    .replace("%1", period.label)
                    .replace("%2", f"{period.start:%d.%m.%Y}")
                    .replace("%3", f"{period.end:%d.%m.%Y}")
                    .replace("%4", f"{period.due:%d.%m.%Y}")
                )
            return self.column_title(section)
        return None

    def column_title(self, section: int) -> str:
        if section == COL_CODE:
            return self.tr("Code")
        if section == COL_DESCRIPTION:
            return self.tr("Description")
        if section == COL_RESPONSIBLE:
            return self.tr("Responsible")
        if section == self.reason_column:
            return self.tr("Reason if not carried out")
        return self._periods[section - FIRST_PERIOD_COLUMN].label

    def display_text(self, row: ItemRow, column: int) -> str:
        if column == COL_CODE:
            return row.code
        if column == COL_DESCRIPTION:
            return row.description + footnote_suffix(row.footnote_marks)
        if column == COL_RESPONSIBLE:
            return row.responsible
        if column == self.reason_column:
            return row.not_planned_reason
        key = self._periods[column - FIRST_PERIOD_COLUMN].key
        if key not in row.planned:
            return ""
        return row.planned[key] or PLANNED_MARK

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row.kind)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.kind == "goal":
                return QColor(GOAL_BG)
            if row.kind == "subgoal":
                return QColor(SUBGOAL_BG)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column >= FIRST_PERIOD_COLUMN and column < self.reason_column:
                return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role == SORT_ROLE:
            if column == COL_CODE:
                return code_sort_text(row.code)
            return self.display_text(row, column).casefold()
        if role == OBJECT_ROLE:
            return row
        if role == KIND_ROLE:
            return row.kind
        return None

    def cell(self, index: AnyIndex) -> tuple[str, QFont | None]:
        """Display text and font of *index* in one call (the delegate measures thousands)."""
        row = self.item(index)
        if row is None:
            return "", None
        return self.display_text(row, index.column()), self._font(row.kind)

    def _tooltip(self, row: ItemRow, column: int) -> str | None:
        if column == COL_RESPONSIBLE and row.partners:
            return self.tr("Partners: %1").replace("%1", row.partners)
        if FIRST_PERIOD_COLUMN <= column < self.reason_column:
            period = self._periods[column - FIRST_PERIOD_COLUMN]
            if period.key in row.planned:
                return self.tr("Planned in %1").replace("%1", period.label)
            return None
        text = self.display_text(row, column)
        return text or None

    def _font(self, kind: str) -> QFont | None:
        if kind not in ("goal", "subgoal"):
            return None
        if kind not in self._fonts:
            font = QFont()
            font.setWeight(QFont.Weight.Bold if kind == "goal" else QFont.Weight.DemiBold)
            self._fonts[kind] = font
        return self._fonts[kind]
