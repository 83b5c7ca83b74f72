"""The narrative outline editor: sections with titles; add, remove, reorder, rename."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListView, QPushButton, QVBoxLayout, QWidget

from app.ui.events.common import ui_language
from app.ui.icons import icon

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def default_title(key: str) -> str:
    from app.services.narrative import DEFAULT_TITLES

    titles = DEFAULT_TITLES.get(key, {})
    return titles.get(ui_language(), titles.get("en", ""))


class OutlineModel(QAbstractListModel):
    """Entries [key, own title]; a default section with no own title shows its default."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[list[str]] = []

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.entries = [[k, t] for k, t in entries]
        self.endResetModel()

    def values(self) -> list[tuple[str, str]]:
        return [(k, t) for k, t in self.entries]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries) or index.column():
            return None
        key, title = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return title or default_title(key)
        if role == KEY_ROLE:
            return key
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = " ".join(str(value).split())
        key = self.entries[index.row()][0]
        self.entries[index.row()][1] = "" if text == default_title(key) else text
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def add(self, title: str) -> int:
        used = {k for k, _ in self.entries}
        n = 1
        while f"section{n}" in used:
            n += 1
        row = len(self.entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self.entries.append([f"section{n}", title])
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.entries[row]
            self.endRemoveRows()
            self.changed.emit()

    def move(self, row: int, step: int) -> int:
        target = row + step
        if not (0 <= row < len(self.entries) and 0 <= target < len(self.entries)):
            return row
        destination = target + 1 if step > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.entries.insert(target, self.entries.pop(row))
        self.endMoveRows()
        self.changed.emit()
        return target


class OutlineEditor(QWidget):
    save_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = OutlineModel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QListView.EditTrigger.DoubleClicked
            | QListView.EditTrigger.EditKeyPressed
            | QListView.EditTrigger.SelectedClicked
        )
        lines = self.fontMetrics().lineSpacing()
        self.view.setMinimumHeight(lines * 6)
        self.view.setMaximumHeight(lines * 10)
        layout.addWidget(self.view, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(icon("add"), "", self)
        self.remove_button = QPushButton(icon("delete"), "", self)
        self.up_button = QPushButton(icon("arrow-up"), "", self)
        self.down_button = QPushButton(icon("arrow-down"), "", self)
        self.save_button = QPushButton(self)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_section)
        self.remove_button.clicked.connect(lambda: self.model.remove(self.current_row()))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.save_button.clicked.connect(self.save_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add section"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.save_button.setText(self.tr("Save outline"))
        self.view.setToolTip(self.tr("Double-click a title to rename the section"))

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_section(self) -> None:
        row = self.model.add(self.tr("New section"))
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _move(self, step: int) -> None:
        row = self.model.move(self.current_row(), step)
        self.view.setCurrentIndex(self.model.index(row))
