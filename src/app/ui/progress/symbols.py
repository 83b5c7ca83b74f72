"""How a status looks in the grid: a colour, a drawn symbol (never colour alone), a word.

Symbols are painted (not font glyphs: an office PC's font may lack ✓ ✗ ◐) and cached per
size and screen ratio, so painting a cell only blits a pixmap.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from app.domain.status import STATUS_WORDS

CONTEXT = "ProgressStatus"
# Letters typed in the grid (not translated: the keys stay where the fingers know them).
STATUS_KEYS = {
    Qt.Key.Key_D: "done",
    Qt.Key.Key_N: "not_done",
    Qt.Key.Key_P: "in_progress",
    Qt.Key.Key_L: "planned",
    Qt.Key.Key_A: "not_applicable",
}
STATUS_ORDER = STATUS_WORDS  # the one status order (app.domain.status)


@dataclass(frozen=True)
class Look:
    ink: str  # symbol and accent
    fill: str  # soft cell background
    char: str  # the symbol as text (tool tips, copied text)


LOOKS = {
    "done": Look("#2e7d32", "#e7f4e8", "✓"),
    "not_done": Look("#c62828", "#fdecec", "✗"),
    "in_progress": Look("#b45f06", "#fff3df", "◐"),
    "planned": Look("#3d5a80", "#edf1f8", "○"),
    "not_applicable": Look("#6b7280", "#f0f1f3", "⊘"),
}
NOT_PLANNED_FILL = "#f3f4f6"
NOT_PLANNED_INK = "#9aa0ad"
LOCKED_INK = "#7a5c00"
BANNER_FILL = "#fff6d6"
ERROR_INK = "#b3261e"


def status_word(status: str | None) -> str:
    """The status in the interface language ("" for no mark)."""
    words = {
        "planned": QCoreApplication.translate("ProgressStatus", "Planned"),
        "in_progress": QCoreApplication.translate("ProgressStatus", "In progress"),
        "done": QCoreApplication.translate("ProgressStatus", "Done"),
        "not_done": QCoreApplication.translate("ProgressStatus", "Not done"),
        "not_applicable": QCoreApplication.translate("ProgressStatus", "Not applicable"),
    }
    return words.get(status or "", "")


def _pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _draw_status(painter: QPainter, status: str, side: float) -> None:
    look = LOOKS[status]
    ink = QColor(look.ink)
    box = QRectF(1, 1, side - 2, side - 2)
    stroke = max(1.5, side / 9)
    if status in ("done", "not_done"):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawEllipse(box)
        painter.setPen(_pen("#ffffff", stroke))
        s = side
        if status == "done":
            path = QPainterPath(QPointF(s * 0.28, s * 0.52))
            path.lineTo(s * 0.44, s * 0.68)
            path.lineTo(s * 0.73, s * 0.34)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        else:
            painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
            painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
        return
    inner = box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2)
    painter.setPen(_pen(look.ink, stroke))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(inner)
    if status == "in_progress":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawPie(inner, 90 * 16, 180 * 16)  # the left half filled
    elif status == "not_applicable":
        d = inner.width() * 0.5 * 0.7071
        c = inner.center()
        painter.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d))


def _draw_lock(painter: QPainter, side: float) -> None:
    ink = QColor(LOCKED_INK)
    stroke = max(1.4, side / 10)
    painter.setPen(_pen(LOCKED_INK, stroke))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QRectF(side * 0.3, side * 0.1, side * 0.4, side * 0.5)
    painter.drawArc(shackle, 0, 180 * 16)
    painter.drawLine(
        QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), side * 0.45)
    )
    painter.drawLine(
        QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), side * 0.45)
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawRoundedRect(QRectF(side * 0.18, side * 0.45, side * 0.64, side * 0.47), 2, 2)


@cache
def symbol(name: str, size: int, ratio: float = 1.0) -> QPixmap:
    """A status symbol (a status word) or "lock", *size* logical pixels square."""
    side = max(1, round(size * ratio))
    image = QPixmap(side, side)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if name == "lock":
        _draw_lock(painter, side)
    else:
        _draw_status(painter, name, side)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def symbol_icon(name: str) -> QIcon:
    result = QIcon()
    for size in (16, 20, 24, 32):
        result.addPixmap(symbol(name, size))
    return result
