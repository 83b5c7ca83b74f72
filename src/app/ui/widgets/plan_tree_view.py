"""The plan's tree view: tinted rows reach the left edge, branch arrows sit on the first line.

With word-wrapped rows several lines high, Qt would centre the expand arrow vertically and
leave the indentation area white beside a tinted goal row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QTreeView

from app.ui.style import GRID

FIRST_LINE_PAD = 6  # the delegate's top padding (app.ui.models.plan_delegate.V_PAD)


class PlanTreeView(QTreeView):
    """``width_changed`` tells the page to share the columns again (a splitter moved, the
    details panel opened)."""

    width_changed = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.width_changed.emit()

    def drawBranches(
        self, painter: QPainter, rect: QRect, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        selection = self.selectionModel()
        if selection is not None and selection.isSelected(index):
            painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Highlight))
        else:
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            if isinstance(background, QColor | QBrush):
                painter.fillRect(rect, background)
        painter.save()
        painter.setPen(QPen(QColor(GRID), 1))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        painter.restore()
        first_line = self.fontMetrics().height() + 2 * FIRST_LINE_PAD
        top = QRect(rect.left(), rect.top(), rect.width(), min(rect.height(), first_line))
        super().drawBranches(painter, top, index)
