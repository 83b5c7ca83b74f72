"""Measuring and wrapping text in the bundled font, fast.

Widths come straight from the font's advance widths (ReportLab applies no kerning, so
a line is exactly the sum of its characters), cached per unique word. Wrapping is
greedy, like ReportLab's ``simpleSplit``, with a fallback that breaks an over-long
word after ``/`` or ``-`` and, failing that, between characters.
"""

from __future__ import annotations

import re

from app.exports.fonts import char_widths, default_width

_BREAK_AFTER = re.compile(r"(?<=[/\-–—_])")
_MAX_CACHED_WORDS = 200_000


class Measure:
    """Word widths of one font in thousandths of an em, cached."""

    def __init__(self, font_name: str) -> None:
        self.font_name = font_name
        self._widths = char_widths(font_name)
        self._default = default_width(font_name)
        self._words: dict[str, float] = {}
        self.space = float(self._widths.get(32, self._default))

    def word(self, word: str) -> float:
        width = self._words.get(word)
        if width is None:
            get = self._widths.get
            default = self._default
            width = float(sum([get(ord(ch), default) for ch in word]))
            if len(self._words) > _MAX_CACHED_WORDS:
                self._words.clear()
            self._words[word] = width
        return width

    def width(self, text: str, size: float) -> float:
        """Width of *text* in points at *size*."""
        words = text.split(" ")
        units = sum([self.word(w) for w in words]) + self.space * (len(words) - 1)
        return units * size / 1000.0

    def wrap(self, text: str, size: float, width: float, *, keep_blank: bool = False) -> list[str]:
        """Lines of *text* no wider than *width* points; paragraphs split on newlines."""
        limit = width * 1000.0 / size
        space = self.space
        word = self.word
        out: list[str] = []
        for para in text.replace("\t", " ").replace("\r", "").split("\n"):
            words = [w for w in para.split(" ") if w]
            if not words:
                if keep_blank:
                    out.append("")
                continue
            line: list[str] = []
            used = 0.0
            for w in words:
                ww = word(w)
                if line and used + space + ww <= limit:
                    line.append(w)
                    used += space + ww
                elif not line and ww <= limit:
                    line.append(w)
                    used = ww
                elif ww <= limit:
                    out.append(" ".join(line))
                    line = [w]
                    used = ww
                else:
                    if line:
                        out.append(" ".join(line))
                    pieces = self._break_word(w, limit)
                    out.extend(pieces[:-1])
                    line = [pieces[-1]]
                    used = word(pieces[-1])
            out.append(" ".join(line))
        return out

    def _break_word(self, word: str, limit: float) -> list[str]:
        """Pieces of an over-long word, each fitting *limit* (at least one character)."""
        pieces: list[str] = []
        current = ""
        for token in _BREAK_AFTER.split(word):
            if not token:
                continue
            if self.word(current + token) <= limit:
                current += token
                continue
            if current:
                pieces.append(current)
                current = ""
            if self.word(token) <= limit:
                current = token
                continue
            for ch in token:
                if current and self.word(current + ch) > limit:
                    pieces.append(current)
                    current = ""
                current += ch
        pieces.append(current)
        return pieces

    def clip(self, text: str, size: float, width: float) -> str:
        """*text* on one line, cut with an ellipsis when wider than *width*."""
        if self.width(text, size) <= width:
            return text
        limit = width * 1000.0 / size - self.word("…")
        used = 0.0
        for i, ch in enumerate(text):
            used += self._widths.get(ord(ch), self._default)
            if used > limit:
                return text[:i].rstrip() + "…"
        return text


_MEASURES: dict[str, Measure] = {}


def measure(font_name: str) -> Measure:
    found = _MEASURES.get(font_name)
    if found is None:
        found = _MEASURES[font_name] = Measure(font_name)
    return found
