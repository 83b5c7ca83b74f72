"""The grid's view: a table with uniform rows, a period header with a lock, keyboard-first.

Keys (no modifier): d done, n not done, p in progress, l planned, a not applicable;
Delete / Backspace clears the mark; Enter opens the details panel. Arrows, Page Up/Down,
Home/End and Shift+arrows (extend the selection) are the table's own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QTableView,
)

from app.ui.progress.grid_model import PERIOD_ROLE
from app.ui.progress.symbols import STATUS_KEYS, symbol
from app.ui.widgets.wrapped_text import draw_text, text_height

H_PAD = 8
V_PAD = 6
LOCK_SIZE = 16


class PeriodHeader(QHeaderView):
    """Titles wrapped onto several lines; a drawn lock on periods whose return is signed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setHighlightSections(False)
        self.setSectionsClickable(False)

    def title_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _title(self, logical: int) -> str:
        model = self.model()
        value = model.headerData(logical, self.orientation()) if model is not None else None
        return "" if value is None else str(value)

    def _locked(self, logical: int) -> bool:
        model = self.model()
        period = model.headerData(logical, self.orientation(), PERIOD_ROLE) if model else None
        return bool(period is not None and period.locked)

    def _text_width(self, logical: int) -> int:
        extra = LOCK_SIZE + 4 if self._locked(logical) else 0
        return max(1, self.sectionSize(logical) - 2 * H_PAD - extra)

    def sectionSizeFromContents(self, logical: int) -> QSize:
        base = super().sectionSizeFromContents(logical)
        height = text_height(self._title(logical), self.title_font(), self._text_width(logical))
        return QSize(base.width(), max(base.height(), int(height + 2 * V_PAD + 0.999)))

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        painter.restore()
        left = rect.left() + H_PAD
        if self._locked(logical):
            ratio = self.devicePixelRatioF()
            painter.drawPixmap(left, rect.top() + V_PAD, symbol("lock", LOCK_SIZE, ratio))
            left += LOCK_SIZE + 4
        text_rect = QRectF(left, rect.top() + V_PAD, self._text_width(logical), rect.height())
        painter.save()
        painter.setPen(self.palette().color(self.foregroundRole()))
        draw_text(painter, text_rect, self._title(logical), self.title_font())
        painter.restore()

    def refresh_height(self) -> None:
        if self.count():
            self.headerDataChanged(self.orientation(), 0, self.count() - 1)


class ProgressGridView(QTableView):
    status_typed = Signal(str)  # a status word
    clear_typed = Signal()
    details_requested = Signal()
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
