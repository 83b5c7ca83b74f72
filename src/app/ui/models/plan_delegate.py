"""Paints plan cells with wrapped text and asks for the height the wrapped text needs.

QTreeView measures rows without knowing column widths, so word wrap alone leaves long
descriptions clipped; this delegate measures against the real column width instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from app.ui.models.plan_tree_model import COL_CODE
from app.ui.style import GRID
from app.ui.widgets.wrapped_text import draw_text, text_height

H_PAD = 8
V_PAD = 6
AnyIndex = QModelIndex | QPersistentModelIndex


CellReader = Callable[[QModelIndex | QPersistentModelIndex], tuple[str, QFont | None]]


def _read_cell(index: QModelIndex | QPersistentModelIndex) -> tuple[str, QFont | None]:
    font = index.data(Qt.ItemDataRole.FontRole)
    return index.data(Qt.ItemDataRole.DisplayRole) or "", font if isinstance(font, QFont) else None


class PlanItemDelegate(QStyledItemDelegate):
    """*read_cell(index)* gives a cell's text and font; the default asks the model twice,
    the Plan page passes a direct reader that skips the proxy's round trips."""

    def __init__(
        self, view: QTreeView, read_cell: CellReader = _read_cell, parent: Any = None
    ) -> None:
        super().__init__(parent or view)
        self._view = view
        self._read_cell = read_cell
        self._heights: dict[tuple[str, int, int], int] = {}

    def clear_cache(self) -> None:
        self._heights.clear()

    def _text_width(self, index: AnyIndex) -> float:
        return max(8.0, self._view.header().sectionSize(index.column()) - 2 * H_PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        # Called for every cell of every row when rows are laid out (5,000 activities x
        # 8 columns): one read and a cached text layout, nothing else.
        single = option.fontMetrics.height() + 2 * V_PAD
        if index.column() == COL_CODE:
            return QSize(0, single)
        text, font = self._read_cell(index)
        if not text:
            return QSize(0, single)
        if font is None:
            font = option.font
        width = self._text_width(index)
        key = (text, int(width), font.weight().value)
        height = self._heights.get(key)
        if height is None:
            height = int(text_height(text, font, width) + 0.999) + 2 * V_PAD
            self._heights[key] = height
        return QSize(0, max(single, height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        rect = QRectF(opt.rect.adjusted(H_PAD, V_PAD, -H_PAD, -V_PAD))
        centre = bool(opt.displayAlignment & Qt.AlignmentFlag.AlignHCenter)
        draw_text(painter, rect, text, opt.font, centre=centre)
        painter.setPen(QPen(QColor(GRID), 1))
        bottom = opt.rect.bottom()
        painter.drawLine(opt.rect.left(), bottom, opt.rect.right(), bottom)
        painter.drawLine(opt.rect.right(), opt.rect.top(), opt.rect.right(), bottom)
        painter.restore()
