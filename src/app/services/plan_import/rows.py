"""Read one row's lead: prefix word and code ("Faal. 2.1.4.", "Цель 1", "II."), footnotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.codes import is_roman, normalize_code
from app.domain.plan import ItemKind

from .textnorm import SUPERSCRIPTS, fold_with_map, sup_to_digits
from .vocab import ROW_PREFIXES

_CODE = r"(?:[ivxlc]+|\d{1,3}(?:\.\d{1,3})*)(?![\w])"
_PREFIX_ALT = "|".join(r"[\s\-]+".join(re.escape(w) for w in p.split()) for p, _, _ in ROW_PREFIXES)
# prefix word, optional "No", optional code, separator
_LEAD_PREFIX = re.compile(
    r"^\s*(?P<prefix>" + _PREFIX_ALT + r")(?!\w)\.?\s*(?:(?:no|nr|№)\.?\s*)?"
    r"(?P<code>" + _CODE + r")?\.?\s*(?P<sep>[:.)\-–—]?)\s*"
)
_WORD_AFTER_CODE = re.compile(r"\s*(?P<prefix>" + _PREFIX_ALT + r")(?!\w)\.?\s*[:.)\-–—]?\s*")
# a bare code at the start: "2.1.4. text", "1) text", "II. text"; plain "1 text" is no code
_LEAD_CODE = re.compile(r"^\s*(?P<code>" + _CODE + r")(?P<sep>\s*[.:)\-–—]\s*|$)")
_LETTER_SECTION = re.compile(r"^\s*([A-ZА-ЯЁ])[.)]\s+(\S.{2,})$", re.DOTALL)
_ARABIC_CODE = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")
_CODE_CELL = re.compile(r"^[\w]{1,6}(?:[.\-/][\w]{1,6}){0,6}[.:)]?$")
# a mark after a space, a bracket or punctuation, or a word of 3+ letters (not "m²", "km²")
_SUP_GROUP = re.compile(
    r"(?:(?<=\s)|(?<=[)\].,;:])|(?<=\w\w\w))(["
    + SUPERSCRIPTS
    + r"]+(?:\s*,\s*["
    + SUPERSCRIPTS
    + r"]+)*)"
)
_FOOTNOTE_ROW = re.compile(r"^\s*([" + SUPERSCRIPTS + r"]+)\s*(.+)$", re.DOTALL)
_PREFIX_KIND = {tuple(p.split()): kind for p, kind, _ in ROW_PREFIXES}
_WORD_SPLIT = re.compile(r"[\s\-]+")
_COLUMN_NUMBERS = re.compile(r"^\(?\d{1,2}\)?$")


@dataclass
class Lead:
    """What the start of a row says about it."""

    code: str | None
    kind: ItemKind | None
    rest: str


def parse_lead(text: str) -> Lead:
    """Split "Faal. 2.1.4. Balıkesir’de …" into code, kind and the remaining text."""
    head = text[:80]
    folded, index = fold_with_map(head)
    match = _LEAD_PREFIX.match(folded)
    if match:
        kind = _PREFIX_KIND[tuple(_WORD_SPLIT.split(match.group("prefix").strip()))]
        code = _original(head, index, match, "code")
        if code is not None or match.group("sep") or len(folded) == match.end():
            return Lead(_tidy_code(code), kind, _rest(text, index, match.end()))
    match = _LEAD_CODE.match(folded)
    if match:
        raw = _original(head, index, match, "code") or ""
        if raw.isalpha() and not (is_roman(raw) and raw.isupper()):
            return Lead(None, None, text)  # "il.", "vi:" are words, not roman numerals
        code = _tidy_code(raw)
        if code and not _is_year(code):
            lead_kind = ItemKind.GOAL if is_roman(code) else None
            after = _WORD_AFTER_CODE.match(folded, match.end())
            if after and match.group("sep").strip() in ("-", "–", "—", ""):
                # "1.2-мақсат. Ана мен…", "1.2.1-міндет": the code before its word
                kind = _PREFIX_KIND[tuple(_WORD_SPLIT.split(after.group("prefix").strip()))]
                return Lead(code, kind, _rest(text, index, after.end()))
            return Lead(code, lead_kind, _rest(text, index, match.end()))
    letter = _LETTER_SECTION.match(text)
    if letter:  # "A. SISTEMUL NAŢIONAL …", "Б) Работа со школами": a lettered section
        return Lead(letter.group(1), ItemKind.GOAL, letter.group(2).strip())
    return Lead(None, None, text)


def parse_code_cell(text: str) -> Lead:
    """A code column's cell: a bare code, a code with prefix words, or (merged rows) a
    whole title line."""
    lead = parse_lead(text)
    if lead.code is not None or lead.kind is not None:
        return lead
    if _CODE_CELL.match(text) and len(text) <= 20:
        code = normalize_code(text)
        kind = ItemKind.GOAL if is_roman(code) and code.isupper() else None
        return Lead(code, kind, "")
    return Lead(None, None, text)


def _original(text: str, index: list[int], match: re.Match[str], group: str) -> str | None:
    if match.group(group) is None:
        return None
    start, end = match.start(group), match.end(group)
    return text[index[start] : index[end - 1] + 1]


def _rest(text: str, index: list[int], end: int) -> str:
    if end >= len(index):
        return text[index[-1] + 1 :].strip() if index else text.strip()
    return text[index[end] :].strip()


def _tidy_code(code: str | None) -> str | None:
    if code is None:
        return None
    code = normalize_code(code)
    if is_roman(code):
        code = code.upper()
    return code or None


def _is_year(code: str) -> bool:
    return code.isdigit() and len(code) == 4


def is_arabic_code(code: str) -> bool:
    return bool(_ARABIC_CODE.match(code))


_STAR_ROW = re.compile(r"^\s*(?:<(\*{1,4})>|\((\*{1,4})\)|(\*{1,4})(?!\*))\s*(\S.*)$", re.DOTALL)
_STAR_MARK = re.compile(r"\s*(?:<(\*{1,4})>|\((\*{1,4})\)|(?<=\w)(\*{1,4})(?!\w))")


def footnote_row(text: str) -> tuple[str, str] | None:
    """A footnote row: "¹ Kadın Konukevlerinin …" -> ("1", "Kadın Konukevlerinin …"),
    "<*> Организации, не входящие в структуру …" -> ("*", "Организации, …")."""
    match = _FOOTNOTE_ROW.match(text)
    if match:
        return sup_to_digits(match.group(1)), match.group(2).strip()
    star = _STAR_ROW.match(text)
    if star:
        mark = star.group(1) or star.group(2) or star.group(3)
        return mark, star.group(4).strip()
    return None


def split_star_marks(text: str, known: set[str]) -> tuple[str, list[str]]:
    """Take "<*>" / "(*)" / "word*" marks that refer to *known* footnotes out of *text*."""
    marks: list[str] = []

    def take(match: re.Match[str]) -> str:
        mark = match.group(1) or match.group(2) or match.group(3)
        if mark in known:
            if mark not in marks:
                marks.append(mark)
            return ""
        return match.group(0)

    if "*" not in text:
        return text, []
    stripped = _STAR_MARK.sub(take, text)
    if not marks:
        return text, []
    return re.sub(r"[ \t]{2,}", " ", stripped).strip(), marks


def split_marks(text: str, known: set[str]) -> tuple[str, list[str]]:
    """Take footnote superscripts that refer to *known* footnotes out of *text*."""
    marks: list[str] = []

    def take(match: re.Match[str]) -> str:
        found: list[str] = []
        for group in re.split(r"\s*,\s*", match.group(1)):
            digits = sup_to_digits(group)
            if digits in known:
                found.append(digits)
            elif all(d in known for d in digits):
                found.extend(digits)
            else:
                return match.group(0)
        marks.extend(m for m in found if m not in marks)
        return ""

    stripped = _SUP_GROUP.sub(take, text)
    if not marks:
        return text, []
    stripped = re.sub(r"\s+([).,;:])", r"\1", stripped)
    return re.sub(r"[ \t]{2,}", " ", stripped).strip(), marks


def strip_wrapping_parens(text: str) -> str:
    """Drop parentheses that wrap the whole text: "(Kadına yönelik …)"."""
    t = text.strip()
    if not (t.startswith("(") and t.endswith(")")):
        return text
    depth = 0
    for i, ch in enumerate(t):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and i < len(t) - 1:
            return text
    return t[1:-1].strip()


def is_column_numbering(cells: list[str]) -> bool:
    """A row of "1 | 2 | 3 | 4" or "(1) | (2)" under a header: column numbers."""
    filled = [c for c in cells if c]
    if len(filled) < 3 or not all(_COLUMN_NUMBERS.match(c) for c in filled):
        return False
    numbers = [int(c.strip("()")) for c in filled]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))
