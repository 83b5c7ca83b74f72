"""Paints plan cells with wrapped text and asks for the height the wrapped text needs.

QTreeView measures rows without knowing column widths, so word wrap alone leaves long
descriptions clipped; this delegate measures against the real column width instead.
"""

from __future__ import annotations

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


class PlanItemDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView, parent: Any = None) -> None:
        super().__init__(parent or view)
        self._view = view
        self._heights: dict[tuple[str, int, str], int] = {}

    def clear_cache(self) -> None:
        self._heights.clear()

    def _text_width(self, option: QStyleOptionViewItem, index: AnyIndex) -> float:
        width = self._view.header().sectionSize(index.column())
        if index.column() == COL_CODE:
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= self._view.indentation() * (depth + 1)
        return max(8.0, width - 2 * H_PAD)

    def _font(self, option: QStyleOptionViewItem, index: AnyIndex) -> QFont:
        font = index.data(Qt.ItemDataRole.FontRole)
        return font if isinstance(font, QFont) else QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        base = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        width = self._text_width(option, index)
        font = self._font(option, index)
        key = (str(text), int(width), font.key())
        height = self._heights.get(key)
        if height is None:
            height = int(text_height(str(text), font, width) + 0.999) + 2 * V_PAD
            self._heights[key] = height
        return QSize(base.width(), max(base.height(), height))

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
