"""Dialogs of the Plan page: renumber preview (old → new) and the footnotes editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class RenumberModel(QAbstractTableModel):
    """(old code, new code, description) of the items whose code would change."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Old code"), self.tr("New code"), self.tr("Description"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self._rows[index.row()][index.column()]


class FootnotesModel(QAbstractTableModel):
    """The plan's footnotes (mark, text), editable; rows added and removed in place."""

    def __init__(self, notes: list[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._notes = [list(n) for n in notes]

    def notes(self) -> list[tuple[str, str]]:
        return [(m.strip(), t.strip()) for m, t in self._notes if m.strip() or t.strip()]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Mark"), self.tr("Footnote text"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        return self._notes[index.row()][index.column()]

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._notes[index.row()][index.column()] = str(value or "")
        self.dataChanged.emit(index, index)
        return True

    def add_row(self) -> int:
        numbers = [int(m) for m, _ in self._notes if m.strip().isdigit()]
        row = len(self._notes)
        self.beginInsertRows(QModelIndex(), row, row)
        self._notes.append([str(max(numbers, default=0) + 1), ""])
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._notes):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._notes[row]
            self.endRemoveRows()


def _table(parent: QWidget, model: QAbstractTableModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(True)
    return view


class RenumberDialog(QDialog):
    """Shows old → new for every code that would change; nothing changes until OK."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("renumberDialog")
        self.setWindowTitle(self.tr("Renumber codes"))
        self.model = RenumberModel(rows, self)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These codes will change so that they follow the order of the tree. "
                "Progress, events and returns stay with their items."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.view = _table(self, self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Renumber 1 code")
            if len(rows) == 1
            else self.tr("Renumber %n codes", "", len(rows))
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 90, self.fontMetrics().lineSpacing() * 28)


class FootnotesDialog(QDialog):
    def __init__(self, notes: list[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("footnotesDialog")
        self.setWindowTitle(self.tr("Footnotes"))
        self.model = FootnotesModel(notes, self)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Footnotes are shown beneath the plan; items refer to them by their mark. "
                "A mark still used by an item cannot be removed."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.view = _table(self, self.model)
        self.view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        layout.addWidget(self.view)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add footnote"), self)
        self.remove_button = QPushButton(self.tr("&Remove footnote"), self)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.buttons)
        self._connect_signals()
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 90, self.fontMetrics().lineSpacing() * 22)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _add(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, 1)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())

    def notes(self) -> list[tuple[str, str]]:
        return self.model.notes()
