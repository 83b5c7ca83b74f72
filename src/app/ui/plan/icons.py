"""Line icons of the plan toolbar (24×24, drawn like resources/icons), kept as SVG text."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QIcon, QImageReader, QPixmap

from app.ui.style import ICON

_HEAD = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" '
    f'fill="none" stroke="{ICON}" stroke-width="1.8" stroke-linecap="round" '
    'stroke-linejoin="round">'
)
_PATHS = {
    # a folder-like block with a plus: a goal
    "add-goal": '<rect x="3" y="4" width="13" height="6" rx="1.5"/><path d="M19 14v6M16 17h6"/>'
    '<path d="M3 14h9M3 19h9"/>',
    "add-subgoal": '<path d="M4 5h10"/><rect x="7" y="9" width="9" height="5" rx="1.5"/>'
    '<path d="M19 14v6M16 17h6M4 5v6.5h3"/>',
    "add-activity": '<path d="M4 5h8M4 5v12h5M9 10h5M9 17h2"/><path d="M18 13v7M14.5 16.5h7"/>',
    "insert-above": '<path d="M12 3v7M8.5 6.5h7"/>'
    '<rect x="4" y="13" width="16" height="7" rx="1.5"/>',
    "insert-below": '<rect x="4" y="4" width="16" height="7" rx="1.5"/>'
    '<path d="M12 14v7M8.5 17.5h7"/>',
    "delete": '<path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3"/>',
    "indent": '<path d="M4 5h16M11 10h9M11 14h9M4 19h16M4 9l3 3-3 3"/>',
    "outdent": '<path d="M4 5h16M11 10h9M11 14h9M4 19h16M7 9l-3 3 3 3"/>',
    "move-up": '<path d="M12 20V5M6 11l6-6 6 6"/>',
    "move-down": '<path d="M12 4v15M6 13l6 6 6-6"/>',
    "renumber": '<path d="M5 4v6M3.5 5.5 5 4M3 14.5a2 2 0 1 1 3.5 1.3L3 20h4"/>'
    '<path d="M11 7h10M11 17h10M17 4l3 3-3 3"/>',
    "footnotes": '<path d="M4 6h11M4 10h11M4 14h7"/><path d="M18 4v5M16.5 5.5 18 4"/>'
    '<path d="M4 19h16"/>',
    "import": '<path d="M12 3v11M7.5 9.5 12 14l4.5-4.5"/>'
    '<path d="M4 15v4a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-4"/>',
    "details": '<rect x="3" y="4" width="18" height="16" rx="1.5"/>'
    '<path d="M14 4v16M16.5 8h2M16.5 12h2"/>',
    "edit": '<path d="M4 20h4L19 9l-4-4L4 16v4zM13 7l4 4"/>',
}
SIZES = (16, 20, 24, 32, 48)


def svg(name: str) -> str:
    return f"{_HEAD}{_PATHS[name]}</svg>"


def _render(name: str, side: int) -> QPixmap:
    data = QByteArray(svg(name).encode("utf-8"))  # the buffer reads it: keep it alive
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(side, side))
    image = reader.read()
    buffer.close()
    return QPixmap.fromImage(image)


@cache
def plan_icon(name: str) -> QIcon:
    """The toolbar icon *name* rendered at the usual sizes."""
    result = QIcon()
    for side in SIZES:
        result.addPixmap(_render(name, side))
    return result


NAMES = tuple(_PATHS)
