"""Walk the rows below the header: items, continuation rows, footnotes, and the rows that
are none of these (a list of abbreviations, a note, column numbers, a repeated header)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from app.domain.plan import FootnoteData, ItemKind, SkippedRow

from .headers import HeaderMap, cell_role
from .notes import Glossary, find_glossary, is_glossary_head, note_head
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
    original: str = ""  # the code as written, when a full code is built from it
    generated: bool = False  # no code in the file: numbered by PlanDesk


@dataclass
class _Row:
    row_no: int
    cells: list[str]
    lead: Lead
    footnote: tuple[str, str] | None = None


@dataclass
class Body:
    """What the rows below the header hold."""

    items: list[RawItem] = field(default_factory=list)
    footnotes: list[FootnoteData] = field(default_factory=list)
    glossary: Glossary | None = None
    notes: list[str] = field(default_factory=list)  # "Примечание: …" rows under the table
    skipped: list[SkippedRow] = field(default_factory=list)


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
    """A page-break copy of the header row, or of one row of a two-row header, or the
    header of the next table of the same layout ("Тікелей нәтижелердің көрсеткіштері")."""
    filled = [(c, t) for c, t in enumerate(cells) if t]
    if len(filled) < 2:
        return False
    if all(c < len(header.texts) and t == header.texts[c] for c, t in filled):
        return True
    if all(c < len(header.texts) and t in header.texts[c] for c, t in filled):
        return True  # a row of a two-row header ("2012 ж." under "Есепті кезең 2012 ж.")

    def known(col: int, text: str) -> bool:
        heading = header.texts[col] if col < len(header.texts) else ""
        return (len(text) >= 4 and text in heading) or cell_role(text) is not None

    matched = [t for c, t in filled if known(c, t)]
    roles = {str(cell_role(t)) for t in matched}
    if len(matched) == len(filled) and len(roles) >= 2:
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


def _numbered_without_code(cells: list[str], header: HeaderMap) -> bool:
    col = header.code
    if col is None or col == header.activity or col >= len(cells):
        return False
    return cells[col].strip() in ("-", "–", "—") and bool(_cell(cells, header.activity))


def first_item_above(grid: list[list[str]], header: HeaderMap) -> int:
    """Index of the first row above the header that already is a goal ("Hedef 2: …" sits
    above the header in the seed); rows before it are the title."""
    for index in range(header.start):
        filled = [t for t in grid[index] if t]
        if len(filled) == 1 and parse_lead(filled[0]).kind is not None:
            return index
    return header.start


def scan_rows(
    grid: list[list[str]], header: HeaderMap, indices: list[int], body: Body
) -> list[_Row]:
    out: list[_Row] = []
    taken: set[int] = set()
    for position, index in enumerate(indices):
        if index in taken:
            continue
        cells = grid[index]
        row_no = index + 1
        filled = [t for t in cells if t]
        if not filled:
            continue
        if all(is_separator(t) for t in filled):
            body.skipped.append(SkippedRow(row_no, "separator", " ".join(filled)))
            continue
        if is_column_numbering(cells) and (not out or len(filled) >= 3):
            body.skipped.append(SkippedRow(row_no, "column numbers", " | ".join(filled)))
            continue
        if body.glossary is None and len(filled) <= 2 and is_glossary_head(filled[0]):
            glossary = find_glossary(grid, indices[position:])
            if glossary is not None:
                body.glossary = glossary
                taken.update(glossary.rows)
                for r in glossary.rows:
                    text = " ".join(t for t in grid[r] if t)
                    if text:
                        body.skipped.append(SkippedRow(r + 1, "glossary", text))
                continue
        first = next(t for t in cells if t)
        note = footnote_row(first) if len(filled) == 1 else None
        if note is None and len(filled) == 1 and note_head(first) and out:
            body.notes.append(first)
            body.skipped.append(SkippedRow(row_no, "note", first))
            continue
        lead = Lead(None, None, "") if note else _lead_of(cells, header)
        if lead.code is None and lead.kind is None and _is_repeated_header(cells, header):
            body.skipped.append(SkippedRow(row_no, "header", " | ".join(filled)))
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
        if col in header.ignored or col in header.group_cols():
            continue
        role = header.roles.get(col, "")
        if col in header.periods:
            _put(item.planned, col, text, append)
        elif role in FIELD_ROLES:
            _put(item.fields, role, text, append)
        else:
            _put(item.extras, col, text, append)


def group_columns(header: HeaderMap) -> list[int]:
    """The columns that hold goals and sub-goals beside the activities, outermost first."""
    cols = [c for c in (header.column_of("goal"), header.column_of("subgoal")) if c is not None]
    return sorted(c for c in cols if c != header.activity)


def _group_items(row: _Row, groups: list[int], current: dict[int, str]) -> list[RawItem]:
    """New goals and sub-goals a row opens in the grouping columns (a text that differs
    from the one above; a merged cell repeats it or leaves it empty)."""
    opened: list[RawItem] = []
    for level, col in enumerate(groups):
        text = _cell(row.cells, col)
        if not text or text == current.get(col):
            continue
        current[col] = text
        for deeper in groups[level + 1 :]:
            current.pop(deeper, None)
        lead = parse_lead(text)
        kind = ItemKind.GOAL if level == 0 else ItemKind.SUBGOAL
        opened.append(RawItem(row.row_no, lead.code, lead.kind or kind, lead.rest or text))
    return opened


def collect(grid: list[list[str]], header: HeaderMap, indices: list[int]) -> Body:
    """Items and footnotes of the body, continuation rows merged into their item."""
    body = Body()
    rows = scan_rows(grid, header, indices, body)
    groups = group_columns(header)
    coded = bool(groups) or any(r.lead.code is not None or r.lead.kind is not None for r in rows)
    items = body.items
    footnotes = body.footnotes
    current: dict[int, str] = {}
    for row in rows:
        if row.footnote is not None:
            mark, text = row.footnote
            footnotes.append(FootnoteData(mark=mark, text=text))
            continue
        opened = _group_items(row, groups, current) if groups else []
        items.extend(opened)
        lead = row.lead
        if groups and not _cell(row.cells, header.activity) and (opened or lead.kind is None):
            lead = Lead(None, None, "")  # the row only named its goal or sub-goal
        starts_item = lead.code is not None or lead.kind is not None
        if groups:
            starts_item = starts_item or bool(_cell(row.cells, header.activity))
        elif not coded:
            starts_item = bool(lead.rest) or not items
        if footnotes and not starts_item and not opened:
            footnotes[-1].text = _join(footnotes[-1].text, " ".join(t for t in row.cells if t))
            continue
        if not starts_item and _numbered_without_code(row.cells, header):
            starts_item = True  # "-" in the number column: an item the file did not number
        if not starts_item:
            if items and not opened:
                last = items[-1]
                if last.kind in (ItemKind.GOAL, ItemKind.SUBGOAL) and ":" in lead.rest[:80]:
                    last.fields["notes"] = _join(last.fields.get("notes", ""), lead.rest)
                else:
                    last.text = _join(last.text, lead.rest)
                _fill(last, row.cells, header, append=True)
            elif opened:
                _fill(opened[-1], row.cells, header, append=False)
            continue
        kind = lead.kind or (ItemKind.ACTIVITY if groups else None)
        item = RawItem(row.row_no, lead.code, kind, lead.rest)
        _fill(item, row.cells, header, append=False)
        items.append(item)
    return body
