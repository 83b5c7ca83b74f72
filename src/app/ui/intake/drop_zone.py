"""A calm dashed area that says where files can be dropped (the whole page takes drops)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.icons import pixmap
from app.ui.style import ACCENT, ACCENT_SOFT, BORDER, MUTED, SURFACE

ICON = 28
PAD = 14


class DropZone(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self._text = ""
        self.active = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        self._text = text
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._text

    def set_active(self, active: bool) -> None:
        self.active = active
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 60, self.heightForWidth(0))

    def hasHeightForWidth(self) -> bool:
        return False

    def heightForWidth(self, _width: int) -> int:
        return max(ICON, self.fontMetrics().height() * 2) + 2 * PAD

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 30, self.heightForWidth(0))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        pen = QPen(QColor(ACCENT if self.active else BORDER), 1.6, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(ACCENT_SOFT if self.active else SURFACE))
        painter.drawRoundedRect(rect, 10, 10)
        ratio = self.devicePixelRatioF()
        icon = pixmap("intake", ICON, ACCENT, ratio)
        top = (self.height() - ICON) // 2
        painter.drawPixmap(PAD + 4, top, icon)
        painter.setPen(QColor(MUTED))
        text_rect = self.rect().adjusted(PAD + ICON + 16, 0, -PAD, 0)
        flags = (
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        )
        painter.drawText(text_rect, int(flags), self._text)
        painter.end()
