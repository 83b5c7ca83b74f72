"""Type sizes, colours and the text kit that turns strings into wrapped lines."""

from __future__ import annotations

from app.exports.fonts import BOLD, ITALIC, REGULAR
from app.exports.pdf_blocks import Line
from app.exports.pdf_draw import BLACK, RGB
from app.exports.textflow import Measure, measure

BODY = 7.4
SMALL = 6.7
HEAD = 6.9
BAND = 7.8
TITLE = 13.0
SUBTITLE = 10.0

MUTED: RGB = (0.32, 0.32, 0.36)
FAINT: RGB = (0.5, 0.5, 0.5)
HEADER_FILL: RGB = (0.86, 0.87, 0.89)
GOAL_FILL: RGB = (0.80, 0.86, 0.94)
SUBGOAL_FILL: RGB = (0.91, 0.94, 0.98)
LABEL_FILL: RGB = (0.94, 0.95, 0.96)
TOTAL_FILL: RGB = (0.95, 0.95, 0.95)


class TextKit:
    """Wraps text into `Line`s, caching measurements and repeated cells."""

    def __init__(self) -> None:
        self.fonts: dict[str, Measure] = {name: measure(name) for name in (REGULAR, BOLD, ITALIC)}
        self._wrapped: dict[tuple[str, str, float, float, bool], list[str]] = {}

    def wrap(
        self, text: str, font: str, size: float, width: float, keep_blank: bool = False
    ) -> list[str]:
        key = (text, font, size, width, keep_blank)
        found = self._wrapped.get(key)
        if found is None:
            found = self.fonts[font].wrap(text, size, width, keep_blank=keep_blank)
            if len(self._wrapped) > 50_000:
                self._wrapped.clear()
            self._wrapped[key] = found
        return found

    def lines(
        self,
        text: str,
        width: float,
        *,
        font: str = REGULAR,
        size: float = BODY,
        color: RGB = BLACK,
        indent: float = 0.0,
        keep_blank: bool = False,
    ) -> list[Line]:
        if not text:
            return []
        return [
            Line(t, font, size, color, indent)
            for t in self.wrap(text, font, size, width - indent, keep_blank)
        ]

    def hanging(
        self, text: str, width: float, hang: float, *, font: str = REGULAR, size: float = BODY
    ) -> list[Line]:
        """First line flush left, the following ones indented by *hang*."""
        wrapped = self.wrap(text, font, size, width - hang)
        return [Line(t, font, size, BLACK, hang if i else 0.0) for i, t in enumerate(wrapped)]

    def one(
        self,
        text: str,
        width: float,
        *,
        font: str = REGULAR,
        size: float = BODY,
        color: RGB = BLACK,
        align: str = "left",
    ) -> Line:
        """A single line, cut with an ellipsis when too wide."""
        m = self.fonts[font]
        shown = m.clip(text, size, width)
        return Line(shown, font, size, color, 0.0, align, m.width(shown, size))

    def width(self, text: str, font: str, size: float) -> float:
        return self.fonts[font].width(text, size)
