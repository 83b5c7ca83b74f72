"""Icons from resources/icons (SVG, drawn for PlanDesk), crisp at any scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QIcon, QImageReader, QPixmap

from app.paths import resource
from app.ui.style import ICON

# Icons drawn here rather than in resources/icons (same 24×24 line style).
_DRAWN = {
    # a flag on its pole: "getting started"
    "welcome": (
        '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" '
        'fill="none" stroke="#475569" stroke-width="1.8" stroke-linecap="round" '
        'stroke-linejoin="round"><path d="M5.5 21V4"/>'
        '<path d="M5.5 4.5h11l-2.5 4 2.5 4h-11"/></svg>'
    ),
}
_SIZES = (16, 20, 24, 32, 48, 64)


def icon_path(name: str) -> str:
    return str(resource("icons", f"{name}.svg"))


def _svg(name: str) -> str:
    if name in _DRAWN:
        return _DRAWN[name]
    with open(icon_path(name), encoding="utf-8") as fh:
        return fh.read()


@cache
def icon(name: str) -> QIcon:
    """The icon *name* (scalable: Qt's SVG icon engine renders it at each size)."""
    result = QIcon()
    if name in _DRAWN:
        for size in _SIZES:
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected):
                result.addPixmap(pixmap(name, size, ICON), mode)
        return result
    # the same drawing in a selected row (Qt's tinted one vanishes in the highlight)
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        result.addFile(icon_path(name), QSize(), mode)
    return result


def pixmap(name: str, size: int, colour: str, device_ratio: float = 1.0) -> QPixmap:
    """*name* recoloured to *colour* at *size* logical pixels for a screen of *device_ratio*."""
    svg = _svg(name).replace(ICON, colour)
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
