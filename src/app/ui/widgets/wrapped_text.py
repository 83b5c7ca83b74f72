"""Word-wrapped text that is measured exactly as it is drawn (one QTextLayout for both).

Long Turkish compounds such as "Konukevlerinde/sığınmaevlerinde" have no break
opportunity, so words wrap at boundaries when they can and anywhere when they must.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QPainter, QTextLayout, QTextOption


def _layout(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    leading = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0.0, height))
        leading = line.leading()
        height += line.height() + leading
    layout.endLayout()
    return layout, height - leading


def text_height(text: str, font: QFont, width: float) -> float:
    """The height *text* needs when wrapped to *width* in *font*."""
    if not text:
        return 0.0
    return _layout(text, font, width)[1]


def draw_text(
    painter: QPainter, rect: QRectF, text: str, font: QFont, centre: bool = False
) -> None:
    """Draw *text* wrapped into *rect* (top-aligned; lines centred when *centre*)."""
    if not text:
        return
    layout, _ = _layout(text, font, rect.width())
    painter.save()
    painter.setFont(font)
    painter.setClipRect(rect)
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        x = rect.left()
        if centre:
            x += max(0.0, (rect.width() - line.naturalTextWidth()) / 2)
        line.draw(painter, QPointF(x, rect.top()))
    painter.restore()
