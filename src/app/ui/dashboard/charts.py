"""Charts drawn with QPainter (no QtCharts): stacked status bars and paired count bars."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.dashboard import palette
from app.ui.style import GRID, MUTED, TEXT

SEGMENT_COLOURS = (
    palette.DONE,
    palette.IN_PROGRESS,
    palette.NOT_DONE,
    palette.MARKED_PLANNED,
    palette.OPEN,
)
ROW_GAP = 8
LABEL_CHARS = 16


@dataclass
class StackRow:
    label: str
    tooltip: str
    # done, in progress, not done, marked planned, planned and not reported yet
    parts: tuple[int, int, int, int, int]

    @property
    def total(self) -> int:
        return sum(self.parts)


class StackedBars(QWidget):
    """One horizontal bar per row: done / in progress / not done / marked planned / planned
    and not reported yet, to one scale."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[StackRow] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_rows(self, rows: list[StackRow]) -> None:
        self.rows = rows
        self.updateGeometry()
        self.update()

    def _bar_height(self) -> int:
        return max(14, self.fontMetrics().height() + 6)

    def minimumSizeHint(self) -> QSize:
        rows = max(1, min(len(self.rows), 3))
        return QSize(self.fontMetrics().averageCharWidth() * 40, rows * (self._bar_height() + 4))

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.rows))
        return QSize(
            self.fontMetrics().averageCharWidth() * 60, rows * (self._bar_height() + ROW_GAP)
        )

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(r.label) for r in self.rows), default=0)
        return min(widest, metrics.averageCharWidth() * LABEL_CHARS) + 14

    def row_at(self, y: float) -> int | None:
        if not self.rows:
            return None
        pitch = self.height() / len(self.rows)
        index = int(y // pitch)
        return index if 0 <= index < len(self.rows) else None

    def event(self, event: Any) -> bool:
        if event.type() == event.Type.ToolTip:
            index = self.row_at(event.pos().y())
            self.setToolTip(self.rows[index].tooltip if index is not None else "")
        return super().event(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        if not self.rows:
            painter.setPen(QColor(MUTED))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        label_w = self._label_width()
        scale = max((r.total for r in self.rows), default=0) or 1
        pitch = self.height() / len(self.rows)
        bar_h = min(self._bar_height(), pitch - 4)
        width = max(10, self.width() - label_w - 4)
        for n, row in enumerate(self.rows):
            top = n * pitch + (pitch - bar_h) / 2
            painter.setPen(QColor(TEXT))
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_w - 10)
            painter.drawText(
                QRectF(0, n * pitch, label_w - 8, pitch),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            track = QRectF(label_w, top, width * row.total / scale, bar_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(GRID))
            painter.drawRoundedRect(QRectF(label_w, top, width, bar_h), 3, 3)
            x = track.left()
            for value, colour in zip(row.parts, SEGMENT_COLOURS, strict=True):
                if value <= 0:
                    continue
                seg_w = width * value / scale
                rect = QRectF(x, top, seg_w, bar_h)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
                painter.drawRect(rect)
                text = str(value)
                if metrics.horizontalAdvance(text) + 6 <= seg_w:
                    dark = colour == palette.OPEN
                    painter.setPen(QColor(TEXT if dark else "#ffffff"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                x += seg_w
        painter.end()


@dataclass
class PairRow:
    label: str
    first: int
    second: int


class PairedBars(QWidget):
    """Per row two bars, each to its own scale (e.g. events and participants)."""

    def __init__(self, colours: tuple[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.colours = colours
        self.rows: list[PairRow] = []
        self.number: Callable[[Any], str] = str  # how a value is written beside its bar
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_rows(self, rows: list[PairRow]) -> None:
        self.rows = rows
        self.updateGeometry()
        self.update()

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(self.fontMetrics().averageCharWidth() * 36, max(1, len(self.rows)) * line * 2)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(self.fontMetrics().averageCharWidth() * 50, max(1, len(self.rows)) * line * 3)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_w = (
            min(
                max(metrics.horizontalAdvance(r.label) for r in self.rows),
                metrics.averageCharWidth() * LABEL_CHARS,
            )
            + 14
        )
        number_w = metrics.horizontalAdvance("000 000") + 8
        pitch = self.height() / len(self.rows)
        bar_h = max(4.0, min(metrics.height() * 0.8, (pitch - 6) / 2))
        width = max(10.0, self.width() - label_w - number_w)
        scales = (
            max(r.first for r in self.rows) or 1,
            max(r.second for r in self.rows) or 1,
        )
        for n, row in enumerate(self.rows):
            painter.setPen(QColor(TEXT))
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_w - 10)
            painter.drawText(
                QRectF(0, n * pitch, label_w - 8, pitch),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            middle = n * pitch + pitch / 2
            for k, (value, scale) in enumerate(zip((row.first, row.second), scales, strict=True)):
                top = middle - bar_h - 1 if k == 0 else middle + 1
                bar_w = width * value / scale
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(self.colours[k]))
                painter.drawRoundedRect(QRectF(label_w, top, max(bar_w, 2), bar_h), 2, 2)
                painter.setPen(QPen(QColor(TEXT)))
                painter.drawText(
                    QRectF(label_w + bar_w + 4, top - 3, number_w, bar_h + 6),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    self.number(value),
                )
        painter.end()


class Legend(QWidget):
    """Colour swatches with their words; the items wrap onto another line when the card is
    narrow (a long language, a small screen) rather than being cut."""

    GAP = 14

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, str]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """(colour, text) pairs."""
        self.items = items
        self.updateGeometry()
        self.update()

    def _item_width(self, text: str) -> int:
        metrics = self.fontMetrics()
        return int(metrics.height() * 0.7) + 5 + metrics.horizontalAdvance(text)

    def _places(self, width: int) -> list[tuple[int, int]]:
        """(x, line) of each item when the legend is *width* wide."""
        places, x, line = [], 0, 0
        for _colour, text in self.items:
            item = self._item_width(text)
            if x and x + item > width:
                x, line = 0, line + 1
            places.append((x, line))
            x += item + self.GAP
        return places

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 4

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lines = 1 + max((line for _x, line in self._places(width)), default=0)
        return lines * self._line_height()

    def sizeHint(self) -> QSize:
        width = sum(self._item_width(t) + self.GAP for _c, t in self.items)
        return QSize(width, self._line_height())

    def minimumSizeHint(self) -> QSize:
        widest = max((self._item_width(t) for _c, t in self.items), default=10)
        return QSize(widest, self._line_height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        side = metrics.height() * 0.7
        step = self._line_height()
        for (colour, text), (x, line) in zip(self.items, self._places(self.width()), strict=True):
            top = line * step
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(QRectF(x, top + (step - side) / 2, side, side), 2, 2)
            painter.setPen(QColor(MUTED))
            painter.drawText(
                QRectF(x + side + 5, top, self.width() - x, step),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.end()
