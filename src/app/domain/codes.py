"""Activity codes: always text, compared naturally ("2.1.10" follows "2.1.9")."""

from __future__ import annotations

import re

_PART = re.compile(r"(\d+)|(\D+)")
_ROMAN = re.compile(r"^(?=[IVXLC]+$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def normalize_code(code: str) -> str:
    """Strip spaces and trailing dots/colons: "2.1.4." -> "2.1.4"; never re-number."""
    return code.strip().rstrip(".:)").strip()


def is_roman(token: str) -> bool:
    return bool(token) and bool(_ROMAN.match(token.upper()))


def roman_value(token: str) -> int:
    total = 0
    prev = 0
    for ch in reversed(token.upper()):
        val = _ROMAN_VALUES[ch]
        total = total - val if val < prev else total + val
        prev = max(prev, val)
    return total


def natural_key(code: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key: numeric parts compare as numbers, text parts as case-folded text.

    Roman-numeral codes ("I", "IV") sort by their value, before arabic ones.
    """
    code = normalize_code(code)
    if is_roman(code):
        return ((0, roman_value(code), ""),)
    key: list[tuple[int, int, str]] = []
    for num, txt in _PART.findall(code):
        if num:
            key.append((1, int(num), ""))
        elif txt.strip(". "):
            key.append((2, 0, txt.casefold()))
    return tuple(key)


def segments(code: str) -> list[str]:
    """ "2.1.4" -> ["2", "1", "4"]."""
    return [part for part in normalize_code(code).split(".") if part]


def parent_code(code: str) -> str | None:
    """ "2.1.4" -> "2.1"; a single segment has no parent by code."""
    parts = segments(code)
    if len(parts) <= 1:
        return None
    return ".".join(parts[:-1])


def is_ancestor(ancestor: str, code: str) -> bool:
    a, c = segments(ancestor), segments(code)
    return len(a) < len(c) and c[: len(a)] == a


def sort_key_text(code: str) -> str:
    """A text that sorts like natural_key(): "2.1.10" after "2.1.9" (stored as
    ``plan_item.sort_key``, so SQLite can order a plan's items)."""
    parts = []
    for kind, num, txt in natural_key(code):
        parts.append(f"{kind}{num:08d}" if kind < 2 else f"2{txt}")
    return ".".join(parts)
