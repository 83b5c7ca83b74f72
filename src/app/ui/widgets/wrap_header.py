"""A horizontal header whose section titles wrap onto several lines instead of being cut.

Period titles such as "2021 yılı III. Dört Aylık Dönem" are longer than their columns.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader

from app.ui.widgets.wrapped_text import draw_text, text_height

H_PAD = 8
V_PAD = 6
MARK_GAP = 4  # between a symbol and the title


class WrapHeader(QHeaderView):
    """Subclasses may draw a symbol before a title (:meth:`mark`) and keep titles at the
    top instead of centring them (``centred``)."""

    centred = True  # a title shorter than its header is centred vertically
    ARROW = 10  # the sort indicator's width

    def __init__(self, parent: Any = None, *, by_word: bool = False) -> None:
        """*by_word*: a column sized to its contents is as wide as the title's longest word
        (the rest of the title wraps below), not as the whole title."""
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setHighlightSections(False)
        self.by_word = by_word

    def title_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def mark(self, logical: int) -> QPixmap | None:
        """A symbol drawn before the title of *logical*; none here."""
        return None

    def _title(self, logical: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def _sorted_by(self, logical: int) -> bool:
        return self.isSortIndicatorShown() and self.sortIndicatorSection() == logical

    def _extra(self, logical: int) -> int:
        """Room for the symbol before the title and the sort arrow after it."""
        mark = self.mark(logical)
        extra = int(mark.deviceIndependentSize().width()) + MARK_GAP if mark is not None else 0
        return extra + (self.ARROW + MARK_GAP if self.isSortIndicatorShown() else 0)

    def _text_width(self, logical: int) -> int:
        return max(1, self.sectionSize(logical) - 2 * H_PAD - self._extra(logical))

    def sectionSizeFromContents(self, logical: int) -> QSize:
        base = super().sectionSizeFromContents(logical)
        if self.by_word:
            metrics = QFontMetrics(self.title_font())
            words = self._title(logical).split() or [""]
            widest = max(metrics.horizontalAdvance(word) for word in words)
            base.setWidth(widest + 2 * H_PAD + self._extra(logical) + 1)
        height = text_height(self._title(logical), self.title_font(), self._text_width(logical))
        return QSize(base.width(), max(base.height(), int(height + 2 * V_PAD + 0.999)))

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        painter.restore()
        left = rect.left() + H_PAD
        mark = self.mark(logical)
        if mark is not None:
            painter.drawPixmap(left, rect.top() + V_PAD, mark)
            left += int(mark.deviceIndependentSize().width()) + MARK_GAP
        text_rect = QRectF(
            left, rect.top() + V_PAD, self._text_width(logical), rect.height() - 2 * V_PAD
        )
        title, font = self._title(logical), self.title_font()
        spare = text_rect.height() - text_height(title, font, text_rect.width())
        if self.centred and spare > 0:
            text_rect.adjust(0, spare / 2, 0, 0)
        painter.save()
        painter.setPen(self.palette().color(self.foregroundRole()))
        draw_text(painter, text_rect, title, font)
        painter.restore()
        if self._sorted_by(logical):
            arrow = QStyleOptionHeader()
            self.initStyleOption(arrow)
            arrow.rect = QRect(
                rect.right() - H_PAD - self.ARROW, rect.top(), self.ARROW, rect.height()
            )
            ascending = self.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
            arrow.sortIndicator = (
                QStyleOptionHeader.SortIndicator.SortUp
                if ascending
                else QStyleOptionHeader.SortIndicator.SortDown
            )
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, arrow, painter, self
            )

    def refresh_height(self) -> None:
        """Recompute the height after columns were resized (titles re-wrap)."""
        if self.count():
            self.headerDataChanged(self.orientation(), 0, self.count() - 1)
