"""A donut of the period's states with a legend (icon, label, count): drawn with QPainter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.returns.states import state_colour, state_icon, state_label
from app.ui.style import BORDER, GRID, MUTED, TEXT

RING = 18
ICON = 16
GAP = 28


class StatusChart(QWidget):
    """``set_counts([(state, count), ...], total)``; states in the order they are drawn."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusChart")
        self._counts: list[tuple[str, int]] = []
        self._total = 0
        self._centre = ""
        self._caption = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def set_counts(
        self, counts: list[tuple[str, int]], total: int, centre: str, caption: str
    ) -> None:
        self._counts, self._total = list(counts), total
        self._centre, self._caption = centre, caption
        self.updateGeometry()
        self.update()

    def counts(self) -> list[tuple[str, int]]:
        return list(self._counts)

    def _diameter(self) -> int:
        return self.fontMetrics().height() * 7

    def _row(self) -> int:
        return max(ICON, self.fontMetrics().height()) + 6

    def _legend_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(state_label(s)) for s, _n in self._counts), default=0
        )
        return ICON + 8 + widest + 24 + metrics.horizontalAdvance("0000")

    def sizeHint(self) -> QSize:
        width = self._diameter() + GAP + self._legend_width() + 8
        height = max(self._diameter(), self._row() * len(self._counts)) + 8
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = self._diameter()
        top = (self.height() - size) / 2
        ring = QRectF(RING / 2 + 1, top + RING / 2, size - RING, size - RING)
        pen = QPen(QColor(GRID), RING)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawArc(ring, 0, 360 * 16)
        start = 90 * 16
        for state, count in self._counts:
            if not count or not self._total:
                continue
            span = -round(360 * 16 * count / self._total)
            pen.setColor(state_colour(state))
            painter.setPen(pen)
            painter.drawArc(ring, start, span)
            start += span
        self._paint_centre(painter, QRectF(1, top, size, size))
        self._paint_legend(painter, size + GAP)
        painter.end()

    def _paint_centre(self, painter: QPainter, box: QRectF) -> None:
        big = QFont(self.font())
        big.setPointSizeF(max(8.0, self.font().pointSizeF() * 1.4))
        big.setWeight(QFont.Weight.DemiBold)
        painter.setFont(big)
        painter.setPen(QColor(TEXT))
        height = self.fontMetrics().height()
        line = QRectF(box.left(), box.center().y() - height * 1.0, box.width(), height * 1.3)
        painter.drawText(line, int(Qt.AlignmentFlag.AlignCenter), self._centre)
        painter.setFont(self.font())
        painter.setPen(QColor(MUTED))
        inner = box.width() - 2 * RING
        low = QRectF(box.left() + RING, box.center().y() + height * 0.3, inner, height)
        caption = self.fontMetrics().elidedText(
            self._caption, Qt.TextElideMode.ElideRight, int(inner)
        )
        painter.drawText(low, int(Qt.AlignmentFlag.AlignCenter), caption)

    def _paint_legend(self, painter: QPainter, left: int) -> None:
        row = self._row()
        right = left + self._legend_width()
        top = (self.height() - row * len(self._counts)) // 2
        painter.setPen(QPen(QColor(BORDER), 1))
        painter.drawLine(left - GAP // 2, top, left - GAP // 2, top + row * len(self._counts))
        for number, (state, count) in enumerate(self._counts):
            y = top + number * row
            state_icon(state).paint(painter, left, y + (row - ICON) // 2, ICON, ICON)
            painter.setPen(QColor(TEXT if count else MUTED))
            text_box = QRectF(left + ICON + 8, y, right - left - ICON - 8, row)
            align = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(text_box, int(align | Qt.AlignmentFlag.AlignLeft), state_label(state))
            painter.setPen(state_colour(state) if count else QColor(MUTED))
            painter.drawText(text_box, int(align | Qt.AlignmentFlag.AlignRight), str(count))
