"""Cell text helpers: tidy a cell, fold text for matching, find footnote superscripts."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import cache

from app.domain.text import clean

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_SEPARATOR = re.compile(r"^[\s\-–—_=.*~|]+$")
_NON_WORD = re.compile(r"[^\w№]+")

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")
_FOLD_SPECIAL = {"İ": "i", "I": "i", "ı": "i", "đ": "d", "Đ": "d", "ё": "е", "Ё": "е"}


def clean_cell(value: str) -> str:
    """A cell as tidy NFC text: HTML tags dropped, spaces collapsed, ends stripped."""
    text = value
    if "<" in text and ">" in text:
        text = _BR.sub("\n", text)
        stripped = _TAG.sub(" ", text)
        if stripped != text:
            text = html.unescape(stripped)
    return clean(text)


def is_separator(text: str) -> bool:
    """A ruling line ("--", "___"), not content."""
    return bool(_SEPARATOR.match(text))


@cache
def fold_char(ch: str) -> str:
    """One character folded for matching: lower case, no accents, Turkish i's merged."""
    special = _FOLD_SPECIAL.get(ch)
    if special is not None:
        return special
    if ch.isascii():
        return ch.lower()
    decomposed = unicodedata.normalize("NFD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = base.casefold()
    return "".join(_FOLD_SPECIAL.get(c, c) for c in folded)


def fold(text: str) -> str:
    """Text folded for matching: "İş/Faaliyet" -> "is/faaliyet", "Nội dung" -> "noi dung"."""
    return "".join(fold_char(ch) for ch in text)


def fold_words(text: str) -> str:
    """Folded text with punctuation turned into single spaces: "Nr. crt." -> "nr crt"."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text plus, for each folded character, the index of its source character."""
    parts = [fold_char(ch) for ch in text]
    folded = "".join(parts)
    if len(folded) == len(text):
        return folded, list(range(len(text)))
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for f in fold_char(ch):
            out.append(f)
            index.append(i)
    return "".join(out), index


def sup_to_digits(marks: str) -> str:
    return marks.translate(_SUP_TO_DIGIT)


def brief(exc: BaseException, limit: int = 120) -> str:
    """An exception as a short single line, for the end of a clerk's message."""
    first = (str(exc).strip().splitlines() or [""])[0]
    text = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
