"""Icons from resources/icons (SVG, drawn for PlanDesk), crisp at any scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QIcon, QImageReader, QPixmap

from app.paths import resource
from app.ui.style import ICON


def icon_path(name: str) -> str:
    return str(resource("icons", f"{name}.svg"))


@cache
def icon(name: str) -> QIcon:
    """The icon *name* (scalable: Qt's SVG icon engine renders it at each size)."""
    return QIcon(icon_path(name))


def pixmap(name: str, size: int, colour: str, device_ratio: float = 1.0) -> QPixmap:
    """*name* recoloured to *colour* at *size* logical pixels for a screen of *device_ratio*."""
    with open(icon_path(name), encoding="utf-8") as fh:
        svg = fh.read().replace(ICON, colour)
    data = QByteArray(svg.encode("utf-8"))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    side = max(1, round(size * device_ratio))
    reader.setScaledSize(QSize(side, side))
    image = reader.read()
    result = QPixmap.fromImage(image)
    result.setDevicePixelRatio(device_ratio)
    return result
