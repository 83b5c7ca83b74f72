"""The recognised rows of a plan about to be imported, as a read-only table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from app.domain.plan import ItemData

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("code", "kind", "description", "responsible", "planned")


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ItemData] = []
        self._labels: dict[str, str] = {}

    def set_items(self, items: list[ItemData], period_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._labels = dict(period_labels)
        self.endResetModel()

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
        )
        return titles[section] if 0 <= section < len(titles) else None

    def kind_name(self, kind: str) -> str:
        names = {"goal": self.tr("Goal"), "subgoal": self.tr("Sub-goal")}
        return names.get(kind, self.tr("Activity"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        item = self._items[index.row()]
        name = COLUMNS[index.column()]
        if name == "code":
            return item.code
        if name == "kind":
            return self.kind_name(item.kind.value)
        if name == "description":
            return item.description
        if name == "responsible":
            return item.responsible
        parts = []
        for planned in item.planned:
            label = self._labels.get(planned.period_key, planned.period_key)
            parts.append(f"{label}: {planned.planned_text}" if planned.planned_text else label)
        return "; ".join(parts)
