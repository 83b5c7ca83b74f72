"""Paints the grid: bands across the grid, activities on two lines, status cells with a
drawn symbol, a status line and a figures line. Everything it needs is precomputed by the
model (texts) or cached (symbols, fonts, colours); a paint is a few fills and text draws."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.progress.grid_model import COL_ACTIVITY, PAINT_ROLE
from app.ui.progress.symbols import LOOKS, NOT_PLANNED_FILL, NOT_PLANNED_INK, symbol
from app.ui.style import ACCENT, GOAL_BG, GRID, MUTED, SUBGOAL_BG, SURFACE, TEXT

PAD = 6
SELECTED_FILL = "#d9cff3"
Index = QModelIndex | QPersistentModelIndex


def row_height(metrics: QFontMetrics) -> int:
    """Every row has the same height: two lines of text and padding."""
    return metrics.lineSpacing() * 2 + 2 * PAD


class ProgressDelegate(QStyledItemDelegate):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, QFont] = {}
        self._colours = {
            name: QColor(value)
            for name, value in {
                "text": TEXT,
                "muted": MUTED,
                "grid": GRID,
                "surface": SURFACE,
                "goal": GOAL_BG,
                "subgoal": SUBGOAL_BG,
                "selected": SELECTED_FILL,
                "accent": ACCENT,
                "not_planned": NOT_PLANNED_FILL,
                "not_planned_ink": NOT_PLANNED_INK,
            }.items()
        }
        self._texts: dict[tuple[Any, ...], Any] = {}  # elided texts per row, column, width
        self._fills = {status: QColor(look.fill) for status, look in LOOKS.items()}
        self._inks = {status: QColor(look.ink) for status, look in LOOKS.items()}

    def set_base_font(self, font: QFont) -> None:
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        self._fonts = {"base": QFont(font), "bold": bold}

    def clear_cache(self) -> None:
        """Forget the elided texts (the rows were read again)."""
        self._texts.clear()

    def _cached(self, key: tuple[Any, ...], make: Any) -> Any:
        found = self._texts.get(key)
        if found is None:
            if len(self._texts) > 50_000:
                self._texts.clear()
            found = self._texts[key] = make()
        return found

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), row_height(option.fontMetrics))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not self._fonts:
            self.set_base_font(option.font)
        row, cell, lines = index.data(PAINT_ROLE)
        rect = option.rect
        painter.save()
        if row.kind != "activity":
            self._paint_band(painter, rect, index, row)
        elif index.column() == COL_ACTIVITY:
            self._paint_activity(painter, rect, row)
        else:
            self._paint_cell(painter, option, rect, cell, lines)
        painter.setPen(QPen(self._colours["grid"], 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.restore()

    # -- parts ---------------------------------------------------------------------------
    def _paint_band(self, painter: QPainter, rect: QRect, index: Index, row: Any) -> None:
        painter.fillRect(rect, self._colours["goal" if row.kind == "goal" else "subgoal"])
        if index.column() != COL_ACTIVITY:
            return
        font = self._fonts["bold"]
        painter.setFont(font)
        painter.setPen(self._colours["text"])
        indent = PAD + row.depth * PAD * 2
        text_rect = rect.adjusted(indent, PAD, -PAD, -PAD)
        text = self._cached(
            ("band", row.id, text_rect.width()),
            lambda: self._two_lines(
                f"{row.code}  {row.description}", QFontMetrics(font), text_rect
            ),
        )
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)

    def _paint_activity(self, painter: QPainter, rect: QRect, row: Any) -> None:
        painter.fillRect(rect, self._colours["surface"])
        bold, base = self._fonts["bold"], self._fonts["base"]
        metrics = QFontMetrics(bold)
        left = rect.left() + PAD + row.depth * PAD
        code_width = metrics.horizontalAdvance(row.code) + PAD
        painter.setFont(bold)
        painter.setPen(self._colours["accent"])
        painter.drawText(
            QRect(left, rect.top() + PAD, code_width, metrics.lineSpacing()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            row.code,
        )
        painter.setFont(base)
        painter.setPen(self._colours["text"])
        text_rect = QRect(
            left + code_width,
            rect.top() + PAD,
            rect.right() - left - code_width - PAD,
            rect.height() - 2 * PAD,
        )
        text = self._cached(
            ("activity", row.id, text_rect.width()),
            lambda: self._two_lines(row.description, QFontMetrics(base), text_rect),
        )
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)

    def _paint_cell(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        cell: Any,
        lines: tuple[str, str],
    ) -> None:
        status = cell.status
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            fill = self._colours["selected"]
        elif status in self._fills:
            fill = self._fills[status]
        elif cell.planned_text is None:
            fill = self._colours["not_planned"]
        else:
            fill = self._colours["surface"]
        painter.fillRect(rect, fill)
        if selected:
            painter.setPen(QPen(self._colours["accent"], 1))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        status_line, figures = lines
        base = self._fonts["base"]
        metrics = QFontMetrics(base)
        line = metrics.lineSpacing()
        x = rect.left() + PAD
        if status in LOOKS:
            side = min(line, 18)
            ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
            top = rect.top() + PAD + (line - side) // 2
            painter.drawPixmap(x, top, symbol(status, side, ratio))
            x += side + PAD
        painter.setFont(base)
        if status in self._inks:
            painter.setPen(self._inks[status])
        else:
            painter.setPen(
                self._colours["not_planned_ink" if cell.planned_text is None else "muted"]
            )
        width = rect.right() - x - PAD
        full = rect.width() - 2 * PAD
        first, second = self._cached(
            (status_line, figures, width, full),
            lambda: (
                metrics.elidedText(status_line, Qt.TextElideMode.ElideRight, width),
                whole_parts(figures, metrics, full),
            ),
        )
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(x, rect.top() + PAD, width, line), align, first)
        if second:
            painter.setPen(self._colours["text"])
            painter.drawText(
                QRect(rect.left() + PAD, rect.top() + PAD + line, full, line), align, second
            )
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(self._colours["accent"], 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))

    @staticmethod
    def _two_lines(text: str, metrics: QFontMetrics, rect: QRect) -> str:
        """*text* cut to two lines at a word, the second elided (no layout per paint)."""
        width = max(1, rect.width())
        if metrics.horizontalAdvance(text) <= width:
            return text
        first = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        # break the first line at the last space that fits
        fits = first[:-1] if first.endswith("…") else first
        cut = fits.rfind(" ")
        if cut <= 0:
            cut = len(fits)
        rest = text[cut:].lstrip()
        second = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        return f"{text[:cut]}\n{second}"


def whole_parts(figures: str, metrics: QFontMetrics, width: int) -> str:
    """The figures line with as many whole parts as fit ("112 · 1 ev/112 …"), never a
    number cut in the middle; the cell's tooltip has them all."""
    if metrics.horizontalAdvance(figures) <= width:
        return figures
    parts = figures.split(" · ")
    while len(parts) > 1:
        parts.pop()
        text = " · ".join(parts) + " …"
        if metrics.horizontalAdvance(text) <= width:
            return text
    return metrics.elidedText(figures, Qt.TextElideMode.ElideRight, width)
