"""Pseudo-localisation: every text of the window stretched and bracketed, for testing.

``plandesk --language pseudo`` (and ``scripts/screenshots.py --languages pseudo``) installs
:class:`PseudoTranslator` instead of a catalogue: each text that goes through Qt's
translation functions comes back with its letters accented, a third longer, between
brackets — ``"Save"`` becomes ``"[Šàvé··]"``. A text still plain English on screen was never
passed to ``tr()``; a text whose closing bracket is cut off has no room for a longer
language (Russian runs about a third longer than English). The idea is Vorta's
``TRANS_SCALE`` pseudo-translation.

Placeholders (``%1``, ``%n``, ``%L1``), accelerators (``&File``), HTML tags and entities
are kept as they are, so that the texts work as the real ones do.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

PSEUDO = "pseudo"
OPEN, CLOSE, PAD = "[", "]", "·"
STRETCH = 0.35  # how much longer than English: Russian and Kazakh run about a third longer

_ACCENTED = str.maketrans(
    "AaCcEeIiNnOoSsUuYyZz",
    "ÀàÇçÉéÎîÑñÖöŠšÛûÝýŽž",
)
# what must stay as it is: tags, entities, placeholders, accelerators
_KEEP = re.compile(r"<[^>]*>|&[A-Za-z]+;|&#\d+;|%L?\d+|%n|&&|&(?=\w)|\{\w*\}")


def pseudo_text(source: str) -> str:
    """*source* accented, stretched by :data:`STRETCH` and bracketed."""
    if not source or not any(ch.isalpha() for ch in source):
        return source  # a number, a symbol, an empty text: nothing to see
    pieces: list[str] = []
    letters = 0
    at = 0
    for keep in _KEEP.finditer(source):
        plain = source[at : keep.start()]
        letters += sum(ch.isalpha() for ch in plain)
        pieces.append(plain.translate(_ACCENTED))
        pieces.append(keep.group())
        at = keep.end()
    plain = source[at:]
    letters += sum(ch.isalpha() for ch in plain)
    pieces.append(plain.translate(_ACCENTED))
    body = "".join(pieces)
    pad = PAD * max(1, round(letters * STRETCH))
    if "\n" in body:  # several lines: each line stretched and bracketed
        return "\n".join(f"{OPEN}{line}{pad}{CLOSE}" if line.strip() else line
                          for line in body.split("\n"))  # fmt: skip
    return f"{OPEN}{body}{pad}{CLOSE}"


class PseudoTranslator(QTranslator):
    """Answers every text of every context with its pseudo-translation."""

    def translate(
        self,
        context: str,
        source_text: str,
        _disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:
        return False
