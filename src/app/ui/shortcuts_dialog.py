"""Help → Keyboard shortcuts: the keys of the window and its pages, in one table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 90, self.fontMetrics().lineSpacing() * 30)
        layout = QVBoxLayout(self)
        rows = self.rows()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("What")])
        # a reference table: not a list of data (no model needed, nothing is edited)
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        window = self.tr("Everywhere")
        plan = self.tr("Plan")
        progress = self.tr("Progress")
        events = self.tr("Events")
        return [
            (window, _native("Ctrl+1") + " … " + _native("Ctrl+9"), self.tr("Go to a page")),
            (window, _native("Ctrl+Z") + ", " + _native("Ctrl+Y"), self.tr("Undo, redo")),
            (window, _native("Ctrl+Shift+N"), self.tr("New database")),
            (window, _native("Ctrl+O"), self.tr("Open a database")),
            (window, _native("Ctrl+Q"), self.tr("Quit (asks when typed text is not saved)")),
            (window, _native("Ctrl+F"), self.tr("Find on the page shown")),
            (window, self.tr("Alt + underlined letter"), self.tr("The field of that label")),
            (plan, _native("Ins"), self.tr("Add an activity")),
            (plan, _native("Ctrl+Shift+G"), self.tr("Add a goal")),
            (plan, _native("F2"), self.tr("Edit the selected item")),
            (plan, _native("Tab") + ", " + _native("Shift+Tab"), self.tr("Indent, outdent")),
            (plan, _native("Del"), self.tr("Delete the selected item")),
            (progress, "L P D N A", self.tr("Mark the selected cells")),
            (
                progress,
                _native("Ctrl+C") + ", " + _native("Ctrl+V"),
                self.tr("Copy or paste cells as Excel does (tab-separated text)"),
            ),
            (progress, _native("Return"), self.tr("Open the details of the cell")),
            (progress, _native("Ctrl+Return"), self.tr("Save the details panel")),
            (progress, _native("Esc"), self.tr("Revert the details panel")),
            (events, _native("Ctrl+Return"), self.tr("Add or save the event in the form")),
            (events, _native("Esc"), self.tr("Revert the form")),
        ]
