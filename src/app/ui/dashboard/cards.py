"""The dashboard's building blocks: titled cards, figure tiles, a completion ring."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.ui.dashboard import palette
from app.ui.formats import percent
from app.ui.icons import pixmap
from app.ui.style import GRID, TEXT, scaled_font

ICON_SIZE = 28


class Card(QFrame):
    """A white, rounded card with a title line."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 10, 14, 12)
        self.body.setSpacing(6)
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self.font(), 1.05, QFont.Weight.DemiBold))
        self.title.setWordWrap(True)  # a long title takes two lines on a small screen
        self.body.addWidget(self.title)


class Ring(QWidget):
    """A share (0..1) as a ring with the percentage inside."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.share = 0.0
        self.setFixedSize(QSize(ICON_SIZE + 22, ICON_SIZE + 22))

    def set_share(self, share: float) -> None:
        self.share = max(0.0, min(1.0, share))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen_w = 6.0
        rect = QRectF(self.rect()).adjusted(pen_w / 2, pen_w / 2, -pen_w / 2, -pen_w / 2)
        painter.setPen(QPen(QColor(GRID), pen_w))
        painter.drawEllipse(rect)
        pen = QPen(QColor(palette.DONE), pen_w)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if self.share > 0:
            painter.drawArc(rect, 90 * 16, -round(self.share * 360 * 16))
        painter.setPen(QColor(TEXT))
        font = scaled_font(self.font(), 0.85, QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, percent(self.share))
        painter.end()


class Tile(QFrame):
    """A figure with its picture: an icon (or a ring), a big number, a caption."""

    def __init__(self, icon_name: str | None, colour: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.icon_name, self.colour = icon_name, colour
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(12)
        self.ring: Ring | None = None
        self.icon_label = QLabel(self)
        if icon_name is None:
            self.ring = Ring(self)
            layout.addWidget(self.ring)
            self.icon_label.hide()
        else:
            layout.addWidget(self.icon_label)
            self._render_icon()
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.value = QLabel(self)
        self.value.setFont(scaled_font(self.font(), 1.6, QFont.Weight.DemiBold))
        palette.tint(self.value, colour if icon_name is not None else TEXT)
        self.caption = QLabel(self)
        self.caption.setProperty("role", "muted")
        self.caption.setWordWrap(True)
        texts.addWidget(self.value)
        texts.addWidget(self.caption)
        layout.addLayout(texts, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_icon(self, icon_name: str, colour: str) -> None:
        self.icon_name, self.colour = icon_name, colour
        palette.tint(self.value, colour)
        self._render_icon()

    def _render_icon(self) -> None:
        if self.icon_name is not None:
            self.icon_label.setPixmap(
                pixmap(self.icon_name, ICON_SIZE, self.colour, self.devicePixelRatioF())
            )
