"""The plan as a tree model: goals → sub-goals → activities, one column per period.

Rows come from ``services.plans.load_tree()`` (tree order, parents first). Each index
carries its item's database id as its internal id, so ``parent()`` is a lookup and an
index stays the same item across edits: :meth:`PlanTreeModel.update_plan` applies a
re-read tree as removals, moves, insertions and changed rows (the view keeps folding,
scrolling and selection), not as a reset.
"""

from __future__ import annotations

from collections.abc import Sequence
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

from app.domain.codes import sort_key_text
from app.ui.formats import day, fill
from app.ui.style import GOAL_BG, SUBGOAL_BG

if TYPE_CHECKING:
    from app.domain.plan import ItemRow
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
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)
_NONE: list[int] = []
CHANGED_ROWS_ONE_BY_ONE = 200  # more changed rows than this: one layout change
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7, 8] -> [(1, 3), (7, 8)] (sorted input)."""
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


code_sort_text = sort_key_text  # the SORT_ROLE of the code column: natural order


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
        self._plan_id: int | None = None
        self._periods: list[PeriodInfo] = []
        self._rows: dict[int, ItemRow] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._parent_of: dict[int, int | None] = {}
        self._row_in_parent: dict[int, int] = {}
        self._fonts: dict[str, QFont] = {}

    # -- data in -------------------------------------------------------------------------
    def set_plan(self, plan: PlanSnapshot | None) -> None:
        self.beginResetModel()
        self._plan_id = plan.id if plan is not None else None
        self._periods = list(plan.periods) if plan is not None else []
        self._rows, self._children, self._parent_of = {}, {None: []}, {}
        self._row_in_parent = {}
        for row in plan.rows if plan is not None else []:
            self._add_row(row, len(self._children.setdefault(row.parent_id, [])))
        self.endResetModel()

    def can_update(self, plan: PlanSnapshot | None) -> bool:
        """Whether *plan* is the plan shown, with the same periods (so the same columns)."""
        return (
            plan is not None
            and plan.id == self._plan_id
            and [p.key for p in plan.periods] == [p.key for p in self._periods]
        )

    def update_plan(self, plan: PlanSnapshot) -> list[int]:
        """Show the re-read *plan* by changing only what changed; returns the ids of the
        items inserted (with their subtrees: the view shows them collapsed)."""
        self._periods = list(plan.periods)
        new_rows = {row.id: row for row in plan.rows}
        new_children: dict[int | None, list[int]] = {None: []}
        for row in plan.rows:
            new_children.setdefault(row.parent_id, []).append(row.id)
        self._remove_gone(new_rows)
        self._reorder(new_children)
        inserted = self._insert_new(new_rows, new_children)
        self._replace_changed(new_rows, set(inserted))
        return inserted

    def _add_row(self, row: ItemRow, position: int) -> None:
        """Put *row* at *position* among its parent's children (structures only)."""
        siblings = self._children.setdefault(row.parent_id, [])
        siblings.insert(position, row.id)
        self._rows[row.id] = row
        self._parent_of[row.id] = row.parent_id
        self._renumber(row.parent_id, position)

    def _renumber(self, parent: int | None, start: int = 0) -> None:
        siblings = self._children.get(parent, [])
        for n in range(start, len(siblings)):
            self._row_in_parent[siblings[n]] = n

    def _forget(self, item_id: int) -> None:
        """Drop an item and its subtree from the structures."""
        stack = [item_id]
        while stack:
            current = stack.pop()
            stack.extend(self._children.pop(current, []))
            self._rows.pop(current, None)
            self._parent_of.pop(current, None)
            self._row_in_parent.pop(current, None)

    def _remove_gone(self, new_rows: dict[int, ItemRow]) -> None:
        """Remove items that are gone or now have another parent (a move to another
        parent is a removal here and an insertion later)."""
        stack: list[int | None] = [None]
        while stack:
            parent = stack.pop()
            siblings = self._children.get(parent, [])
            gone = [
                n
                for n, item_id in enumerate(siblings)
                if item_id not in new_rows or new_rows[item_id].parent_id != parent
            ]
            for first, last in reversed(_runs(gone)):
                self.beginRemoveRows(self._index_of_parent(parent), first, last)
                for item_id in siblings[first : last + 1]:
                    self._forget(item_id)
                del siblings[first : last + 1]
                self._renumber(parent, first)
                self.endRemoveRows()
            stack.extend(i for i in siblings if i in self._children)

    def _reorder(self, new_children: dict[int | None, list[int]]) -> None:
        """Siblings that stayed under the same parent, in their new order (row moves)."""
        for parent, siblings in list(self._children.items()):
            kept = set(siblings)
            wanted = [i for i in new_children.get(parent, []) if i in kept]
            if wanted == siblings:
                continue
            parent_index = self._index_of_parent(parent)
            for n, item_id in enumerate(wanted):
                if siblings[n] == item_id:
                    continue
                at = siblings.index(item_id, n)  # always further down: move it up to n
                self.beginMoveRows(parent_index, at, at, parent_index, n)
                siblings.insert(n, siblings.pop(at))
                self._renumber(parent, n)
                self.endMoveRows()

    def _insert_new(
        self, new_rows: dict[int, ItemRow], new_children: dict[int | None, list[int]]
    ) -> list[int]:
        inserted: list[int] = []
        stack: list[int | None] = [None]
        while stack:
            parent = stack.pop()
            for n, item_id in enumerate(new_children.get(parent, [])):
                if item_id in self._rows:
                    if item_id in new_children:
                        stack.append(item_id)
                    continue
                self.beginInsertRows(self._index_of_parent(parent), n, n)
                subtree = [item_id]
                while subtree:  # the item and everything under it, parents first
                    current = subtree.pop()
                    row = new_rows[current]
                    position = (
                        n if current == item_id else len(self._children.get(row.parent_id, []))
                    )
                    self._add_row(row, position)
                    subtree.extend(reversed(new_children.get(current, [])))
                self.endInsertRows()
                inserted.append(item_id)
        return inserted

    def _replace_changed(self, new_rows: dict[int, ItemRow], fresh: set[int]) -> None:
        changed = [i for i, row in new_rows.items() if i not in fresh and self._rows[i] != row]
        for item_id in changed:
            self._rows[item_id] = new_rows[item_id]
        if len(changed) > CHANGED_ROWS_ONE_BY_ONE:  # a renumber: relayout once
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
            return
        last = self.columnCount() - 1
        for item_id in changed:
            self.dataChanged.emit(self.index_of(item_id), self.index_of(item_id, last))

    def _index_of_parent(self, parent: int | None) -> QModelIndex:
        return self.index_of(parent) if parent is not None else QModelIndex()

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
        return self._rows.get(index.internalId())

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # asked ~20 times per row whenever the view lays out 5,000 rows: kept lean
        if parent.isValid():
            if parent.column():
                return QModelIndex()
            siblings = self._children.get(parent.internalId(), _NONE)
        else:
            siblings = self._children[None]
        if 0 <= row < len(siblings) and 0 <= column < FIRST_PERIOD_COLUMN + len(self._periods) + 1:
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    # the stubs give QObject.parent() and this one as one overload set: no single override
    # can match both (the QObject form is never called on a model by Qt)
    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._parent_of.get(index.internalId())
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
        return _ROW_FLAGS

    def index_of(self, item_id: int, column: int = COL_CODE) -> QModelIndex:
        """The index of the item with *item_id* (invalid when it is not in the plan)."""
        if item_id not in self._rows:
            return QModelIndex()
        return self.createIndex(self._row_in_parent[item_id], column, item_id)

    # -- drag and drop -------------------------------------------------------------------
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
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
        if item_id not in self._rows or action != Qt.DropAction.MoveAction:
            return False
        target = self.item(parent)
        ancestor = target.id if target is not None else None
        while ancestor is not None:  # not into itself or its own subtree
            if ancestor == item_id:
                return False
            ancestor = self._parent_of.get(ancestor)
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
        if item_id in siblings and siblings.index(item_id) < position:
            position -= 1  # the service counts positions without the moved item
        self.move_requested.emit(item_id, parent_id, position)
        return False  # nothing to remove: the page moves the item and re-reads the tree

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
                return fill(
                    self.tr("%1: %2 – %3, return due %4"),
                    period.label,
                    day(period.start),
                    day(period.end),
                    day(period.due),
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

    def row_texts(self, index: AnyIndex) -> tuple[list[tuple[int, str]], QFont | None]:
        """The texts of every column of *index*'s row but the code, and the row's font: the
        delegate measures a row's height in one call, not one per column."""
        row = self.item(index)
        if row is None:
            return [], None
        texts = [(c, self.display_text(row, c)) for c in range(COL_DESCRIPTION, self.columnCount())]
        return texts, self._font(row.kind)

    def _tooltip(self, row: ItemRow, column: int) -> str | None:
        if column == COL_RESPONSIBLE and row.partners:
            return fill(self.tr("Partners: %1"), row.partners)
        if FIRST_PERIOD_COLUMN <= column < self.reason_column:
            period = self._periods[column - FIRST_PERIOD_COLUMN]
            if period.key in row.planned:
                return fill(self.tr("Planned in %1"), period.label)
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
