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

from app.ui.models.plan_tree_model import COL_DESCRIPTION
from app.ui.style import GRID
from app.ui.widgets.wrapped_text import draw_text, text_height

H_PAD = 8
V_PAD = 6
AnyIndex = QModelIndex | QPersistentModelIndex


RowReader = Callable[
    [QModelIndex | QPersistentModelIndex], tuple[list[tuple[int, str]], QFont | None]
]


def _read_cell(index: QModelIndex | QPersistentModelIndex) -> tuple[str, QFont | None]:
    font = index.data(Qt.ItemDataRole.FontRole)
    return index.data(Qt.ItemDataRole.DisplayRole) or "", font if isinstance(font, QFont) else None


def _read_row(
    index: QModelIndex | QPersistentModelIndex,
) -> tuple[list[tuple[int, str]], QFont | None]:
    font = None
    texts = []
    for column in range(COL_DESCRIPTION, index.model().columnCount(index.parent())):
        text, font = _read_cell(index.sibling(index.row(), column))
        texts.append((column, text))
    return texts, font


class PlanItemDelegate(QStyledItemDelegate):
    """*read_row(index)* gives the texts of the row's columns from the description on (and
    its font); the default asks the model, the Plan page passes a direct reader that skips
    the proxy's round trips."""

    def __init__(
        self, view: QTreeView, read_row: RowReader = _read_row, parent: Any = None
    ) -> None:
        super().__init__(parent or view)
        self._view = view
        self._read_row = read_row
        self._heights: dict[tuple[str, int, int], int] = {}

    def clear_cache(self) -> None:
        self._heights.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        # The view asks every cell of every row when rows are laid out (5,000 activities x
        # 8 columns, and again after a width change): the description cell answers for the
        # whole row with one read, the other cells at once.
        single = option.fontMetrics.height() + 2 * V_PAD
        if index.column() != COL_DESCRIPTION:
            return QSize(0, single)
        texts, font = self._read_row(index)
        if font is None:
            font = option.font
        weight = font.weight().value
        header = self._view.header()
        height = single
        for column, text in texts:
            if not text:
                continue
            width = max(8, header.sectionSize(column) - 2 * H_PAD)
            key = (text, width, weight)
            found = self._heights.get(key)
            if found is None:
                found = int(text_height(text, font, width) + 0.999) + 2 * V_PAD
                self._heights[key] = found
            height = max(height, found)
        return QSize(0, height)

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
