"""Walk the rows below the header: items, continuation rows, footnotes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from app.domain.plan import FootnoteData, ItemKind

from .headers import HeaderMap, cell_role
from .rows import Lead, footnote_row, is_column_numbering, parse_code_cell, parse_lead
from .textnorm import is_separator

FIELD_ROLES = ("responsible", "partners", "target", "reason", "notes", "time")
_K = TypeVar("_K", int, str)
_BULLETS = ("-", "–", "—", "•", "+", "*", "·", "▪")


@dataclass
class RawItem:
    """One item as read, before kinds, codes and periods are settled."""

    row_no: int  # 1-based row number in the file, for messages
    code: str | None
    kind: ItemKind | None
    text: str
    fields: dict[str, str] = field(default_factory=dict)
    planned: dict[int, str] = field(default_factory=dict)  # period column -> cell text
    extras: dict[int, str] = field(default_factory=dict)  # unknown column -> cell text


@dataclass
class _Row:
    row_no: int
    cells: list[str]
    lead: Lead
    footnote: tuple[str, str] | None = None


def _join(before: str, after: str) -> str:
    if not before:
        return after
    if not after:
        return before
    sep = "\n" if after.startswith(_BULLETS) else " "
    return before + sep + after


def _cell(cells: list[str], col: int | None) -> str:
    if col is None or col >= len(cells):
        return ""
    text = cells[col]
    return "" if is_separator(text) else text


def _is_repeated_header(cells: list[str], header: HeaderMap) -> bool:
    """A page-break copy of the header row."""
    filled = [(c, t) for c, t in enumerate(cells) if t]
    if len(filled) < 2:
        return False
    if all(c < len(header.texts) and t == header.texts[c] for c, t in filled):
        return True
    for col, text in filled:
        expected = header.periods.get(col) or header.roles.get(col)
        if len(text) > 80 or expected is None or cell_role(text) != expected:
            return False
    return True


def _lead_of(cells: list[str], header: HeaderMap) -> Lead:
    code_text = _cell(cells, header.code)
    text = _cell(cells, header.activity)
    if header.code is not None and header.code == header.activity:
        lead = parse_lead(text)
        return Lead(lead.code, lead.kind, lead.rest or text)
    filled = [(c, t) for c, t in enumerate(cells) if t and not is_separator(t)]
    main = min(c for c in (header.code, header.activity) if c is not None)
    if not code_text and not text and len(filled) == 1:
        lead = parse_lead(filled[0][1])  # a merged title row spanning the table
        if filled[0][0] <= main or lead.kind is not None:
            return Lead(lead.code, lead.kind, lead.rest or filled[0][1])
    if code_text:
        lead = parse_code_cell(code_text)
        if lead.code is None and lead.kind is None:
            return Lead(None, None, _join(code_text, text))
        if lead.rest:
            return Lead(lead.code, lead.kind, _join(lead.rest, text))
        inner = parse_lead(text)
        if text and (inner.code == lead.code or (inner.kind and inner.code is None)):
            return Lead(lead.code, lead.kind or inner.kind, inner.rest or text)
        return Lead(lead.code, lead.kind, text or (code_text if lead.kind else ""))
    lead = parse_lead(text)
    if header.code is not None and lead.kind is None:
        return Lead(None, None, text)  # a list number inside the text, not a code
    return Lead(lead.code, lead.kind, lead.rest or text)


def first_item_above(grid: list[list[str]], header: HeaderMap) -> int:
    """Index of the first row above the header that already is a goal ("Hedef 2: …" sits
    above the header in the seed); rows before it are the title."""
    for index in range(header.start):
        filled = [t for t in grid[index] if t]
        if len(filled) == 1 and parse_lead(filled[0]).kind is not None:
            return index
    return header.start


def scan_rows(grid: list[list[str]], header: HeaderMap, body_start: int) -> list[_Row]:
    out: list[_Row] = []
    indices = [*range(body_start, header.start), *range(header.row + 1, len(grid))]
    for index in indices:
        cells = grid[index]
        row_no = index + 1
        filled = [t for t in cells if t]
        if not filled or all(is_separator(t) for t in filled):
            continue
        if not out and is_column_numbering(cells):
            continue
        first = next(t for t in cells if t)
        note = footnote_row(first) if len(filled) == 1 else None
        lead = Lead(None, None, "") if note else _lead_of(cells, header)
        if lead.code is None and lead.kind is None and _is_repeated_header(cells, header):
            continue
        out.append(_Row(row_no, cells, lead, note))
    return out


def _put(store: dict[_K, str], key: _K, text: str, append: bool) -> None:
    store[key] = _join(store.get(key, ""), text) if append else text


def _fill(item: RawItem, cells: list[str], header: HeaderMap, *, append: bool) -> None:
    """Put the row's other cells into the item: periods, known fields, unknown columns."""
    for col, text in enumerate(cells):
        if not text or is_separator(text) or col in (header.activity, header.code):
            continue
        if col in header.ignored:
            continue
        role = header.roles.get(col, "")
        if col in header.periods:
            _put(item.planned, col, text, append)
        elif role in FIELD_ROLES:
            _put(item.fields, role, text, append)
        else:
            _put(item.extras, col, text, append)


def collect(
    grid: list[list[str]], header: HeaderMap, body_start: int
) -> tuple[list[RawItem], list[FootnoteData]]:
    """Items and footnotes of the body, continuation rows merged into their item."""
    rows = scan_rows(grid, header, body_start)
    coded = any(r.lead.code is not None or r.lead.kind is not None for r in rows)
    items: list[RawItem] = []
    footnotes: list[FootnoteData] = []
    for row in rows:
        if row.footnote is not None:
            mark, text = row.footnote
            footnotes.append(FootnoteData(mark=mark, text=text))
            continue
        lead = row.lead
        starts_item = lead.code is not None or lead.kind is not None
        if not coded:
            starts_item = bool(lead.rest) or not items
        if footnotes and not starts_item:
            footnotes[-1].text = _join(footnotes[-1].text, " ".join(t for t in row.cells if t))
            continue
        if not starts_item:
            if items:
                last = items[-1]
                last.text = _join(last.text, lead.rest)
                _fill(last, row.cells, header, append=True)
            continue
        item = RawItem(row.row_no, lead.code, lead.kind, lead.rest)
        _fill(item, row.cells, header, append=False)
        items.append(item)
    return items, footnotes
