"""The bundled Noto Sans, registered with ReportLab once, and its character map.

ReportLab's own Vera draws boxes for Cyrillic, Vietnamese and ș ț without any error,
so every PDF uses only these embedded fonts, and `missing_glyphs` tells which
characters of a text the font cannot draw.
"""

from __future__ import annotations

import threading
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource

REGULAR = "PlanDeskSans"
BOLD = "PlanDeskSans-Bold"
ITALIC = "PlanDeskSans-Italic"
_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
}
_LOCK = threading.Lock()
# characters that are layout, not glyphs: they never reach the page as such
_LAYOUT_CHARS = frozenset("\n\r\t")


def register_fonts() -> None:
    """Register the three styles (idempotent, thread-safe)."""
    with _LOCK:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC)


def ttfont(name: str) -> TTFont:
    register_fonts()
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    return font


@cache
def char_widths(name: str) -> dict[int, int]:
    """Advance widths in thousandths of an em, by code point."""
    widths: dict[int, int] = ttfont(name).face.charWidths
    return widths


@cache
def default_width(name: str) -> int:
    return int(ttfont(name).face.defaultWidth)


@cache
def _cmap(name: str) -> frozenset[int]:
    return frozenset(ttfont(name).face.charToGlyph)


def missing_glyphs(text: str) -> set[str]:
    """Characters of *text* that one of the three styles has no glyph for."""
    chars = set(text) - _LAYOUT_CHARS
    if not chars:
        return set()
    missing: set[str] = set()
    for name in _FILES:
        cmap = _cmap(name)
        missing.update(ch for ch in chars if ord(ch) not in cmap)
    return missing
