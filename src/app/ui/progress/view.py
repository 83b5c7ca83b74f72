"""The grid's view: a table with uniform rows, a period header with a lock, keyboard-first.

Keys (no modifier): d done, n not done, p in progress, l planned, a not applicable;
Delete / Backspace clears the mark; Enter opens the details panel; Ctrl+C / Ctrl+V copy and
paste a range of marks as Excel's tab-separated text. Arrows, Page Up/Down,
Home/End and Shift+arrows (extend the selection) are the table's own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
)

from app.ui.progress.grid_model import PERIOD_ROLE
from app.ui.progress.symbols import STATUS_KEYS, symbol
from app.ui.widgets.wrap_header import WrapHeader

LOCK_SIZE = 16


class PeriodHeader(WrapHeader):
    """Period titles wrapped onto several lines, at the top; a lock on periods whose return
    is signed."""

    centred = False

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSectionsClickable(False)

    def mark(self, logical: int) -> QPixmap | None:
        model = self.model()
        period = model.headerData(logical, self.orientation(), PERIOD_ROLE) if model else None
        if period is None or not period.locked:
            return None
        return symbol("lock", LOCK_SIZE, self.devicePixelRatioF())


class ProgressGridView(QTableView):
    status_typed = Signal(str)  # a status word
    clear_typed = Signal()
    details_requested = Signal()
    copy_requested = Signal()  # Ctrl+C: the selected range, as Excel's text
    paste_requested = Signal()  # Ctrl+V: marks from Excel's text, one undo step
    width_changed = Signal()  # the grid got wider or narrower (the window, the panel)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressGrid")
        self.period_header = PeriodHeader(self)
        self.setHorizontalHeader(self.period_header)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            event.accept()
            return
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if mods == Qt.KeyboardModifier.NoModifier:
            if key in STATUS_KEYS:
                self.status_typed.emit(STATUS_KEYS[key])
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_typed.emit()
                event.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.details_requested.emit()
                event.accept()
                return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """Letters set statuses here; they never jump to a row."""

    def mouseDoubleClickEvent(self, event: Any) -> None:
        super().mouseDoubleClickEvent(event)
        if self.indexAt(event.position().toPoint()) != QModelIndex():
            self.details_requested.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.width_changed.emit()
