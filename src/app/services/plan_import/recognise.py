"""The recogniser: a grid of cell texts -> PlanData (items, periods, footnotes)."""

from __future__ import annotations

import re
from collections import Counter

from app.domain.codes import is_ancestor, segments
from app.domain.plan import (
    FootnoteData,
    ItemData,
    ItemKind,
    PlanData,
    PlannedPeriod,
    assign_parents,
)
from app.domain.text import clean
from app.exports.xlsx_layout import column_letter
from app.services.errors import ImportRejected

from .body import RawItem, collect, first_item_above
from .headers import HeaderMap, apply_mapping, find_header, no_header_message
from .rows import is_arabic_code, split_marks, strip_wrapping_parens
from .schedule import Schedule, make_schedule
from .textnorm import clean_cell

MAX_TITLE = 500
_TARGET = re.compile(
    r"^\s*(?:[≥>≤<=~]+|en az|at least|не менее|не меньше|cel puțin|tối thiểu|кемінде)?\s*"
    r"(\d{1,9}(?:[.,]\d+)?)\s*(.{0,40})$",
    re.IGNORECASE,
)


def tidy_grid(rows: list[list[str]]) -> list[list[str]]:
    """Clean every cell; drop trailing empty cells and trailing empty rows."""
    grid: list[list[str]] = []
    for row in rows:
        cells = [clean_cell(c if isinstance(c, str) else "" if c is None else str(c)) for c in row]
        while cells and not cells[-1]:
            cells.pop()
        grid.append(cells)
    while grid and not grid[-1]:
        grid.pop()
    return grid


def detect_header(rows: list[list[str]]) -> HeaderMap:
    """The header row and column roles the recogniser finds (for a column-mapping step)."""
    grid = tidy_grid(rows)
    if not any(grid):
        raise ImportRejected("the table is empty: " + no_header_message().split(": ", 1)[1])
    return find_header(grid)


def recognise_rows(
    rows: list[list[str]], *, title_hint: str = "", mapping: dict[int, str] | None = None
) -> PlanData:
    """Recognise a plan in a grid of cell texts (a sheet, a CSV, pasted rows).

    *mapping* (column -> role, see ``headers.apply_mapping``) replaces the column roles
    found in the header, as corrected by the clerk; the header row itself stays.
    """
    grid = tidy_grid(rows)
    if not any(grid):
        raise ImportRejected("the table is empty: " + no_header_message().split(": ", 1)[1])
    header = find_header(grid)
    if mapping is not None:
        header = apply_mapping(header, mapping)
    body_start = first_item_above(grid, header)
    title = _title(grid[:body_start]) or clean(title_hint) or "Plan"
    raw_items, footnotes = collect(grid, header, body_start)
    if not raw_items:
        raise ImportRejected(
            f"the header row (row {header.row + 1}) has no activities below it: looked for "
            "rows with a code or an activity text"
        )
    _settle_kinds(raw_items)
    _qualify_restarted_numbers(raw_items)
    _generate_codes(raw_items)
    _check_unique(raw_items)
    schedule = make_schedule(grid, header, title, raw_items)
    footnotes = _merge_footnotes(footnotes)
    known = {f.mark for f in footnotes}
    items = [item for raw in raw_items if (item := _item(raw, header, schedule, known)) is not None]
    if not items:
        raise ImportRejected(
            f"the header row (row {header.row + 1}) has no activities below it: looked for "
            "rows with a code and an activity text"
        )
    assign_parents(items)
    return PlanData(
        title=title,
        year=schedule.year,
        scheme=schedule.scheme,
        items=items,
        footnotes=footnotes,
        periods=schedule.periods,
        window_start=schedule.window_start,
        window_end=schedule.window_end,
        language="",  # declared by the clerk or the institution, never guessed from letters
    )


def _title(rows: list[list[str]]) -> str:
    lines = [" ".join(t for t in row if t) for row in rows]
    return clean(" ".join(line for line in lines if line))[:MAX_TITLE]


def _settle_kinds(items: list[RawItem]) -> None:
    """Kinds of rows without prefix words: dotted depth, leaves being activities."""
    has_goals = any(i.kind is ItemKind.GOAL for i in items)
    depths = [
        len(segments(i.code))
        for i in items
        if i.kind is None and i.code is not None and is_arabic_code(i.code)
    ]
    deepest = max(depths, default=1)
    for item in items:
        if item.kind is not None:
            continue
        if item.code is None or not is_arabic_code(item.code) or deepest == 1:
            item.kind = ItemKind.ACTIVITY
            continue
        depth = len(segments(item.code))
        if depth >= deepest:
            item.kind = ItemKind.ACTIVITY
        elif depth == 1 and not has_goals:
            item.kind = ItemKind.GOAL
        else:
            item.kind = ItemKind.SUBGOAL


def _qualify_restarted_numbers(items: list[RawItem]) -> None:
    """Numbering that restarts under each section ("I", 1, 2, "II", 1, 2; "Mục tiêu 1", 1, 2)
    gets the section's code in front ("I.1", "II.1", "1.1") so that every code stays unique."""
    counts = Counter(i.code for i in items if i.code is not None)
    if all(n == 1 for n in counts.values()):
        return
    goal: RawItem | None = None
    subgoal: RawItem | None = None
    for item in items:
        if item.kind is ItemKind.GOAL:
            goal, subgoal = item, None
            continue
        parent = goal if item.kind is ItemKind.SUBGOAL else (subgoal or goal)
        if item.kind is ItemKind.SUBGOAL:
            subgoal = item
        code = item.code
        if parent is None or parent.code is None or code is None or "." in code:
            continue
        if code.isdigit() and not is_ancestor(parent.code, code):
            item.code = f"{parent.code}.{code}"


def _generate_codes(items: list[RawItem]) -> None:
    """Codes for rows that have none, numbered under their goal / sub-goal."""
    used = {i.code for i in items if i.code is not None}
    children: Counter[str | None] = Counter()
    goal: RawItem | None = None
    subgoal: RawItem | None = None
    for item in items:
        if item.kind is ItemKind.GOAL:
            parent = None
        elif item.kind is ItemKind.SUBGOAL:
            parent = goal
        else:
            parent = subgoal or goal
        parent_code = parent.code if parent else None
        children[parent_code] += 1
        if item.code is None:
            number = children[parent_code]
            while True:
                code = f"{parent_code}.{number}" if parent_code else str(number)
                if code not in used:
                    break
                number += 1
            item.code = code
            used.add(code)
        if item.kind is ItemKind.GOAL:
            goal, subgoal = item, None
        elif item.kind is ItemKind.SUBGOAL:
            subgoal = item


def _check_unique(items: list[RawItem]) -> None:
    seen: dict[str, int] = {}
    for item in items:
        assert item.code is not None
        if item.code in seen:
            raise ImportRejected(
                f"code {item.code} appears twice (rows {seen[item.code]} and {item.row_no}): "
                "looked for one code per goal and activity"
            )
        seen[item.code] = item.row_no


def _merge_footnotes(footnotes: list[FootnoteData]) -> list[FootnoteData]:
    merged: dict[str, FootnoteData] = {}
    for note in footnotes:
        if note.mark in merged:
            merged[note.mark].text = f"{merged[note.mark].text} {note.text}".strip()
        else:
            merged[note.mark] = FootnoteData(note.mark, note.text)
    return list(merged.values())


def _column_name(header: HeaderMap, col: int) -> str:
    text = header.texts[col] if col < len(header.texts) else ""
    return text or f"Column {column_letter(col + 1)}"


def _target_value(text: str) -> tuple[float | None, str]:
    match = _TARGET.match(text)
    if not match:
        return None, ""
    return float(match.group(1).replace(",", ".")), match.group(2).strip()


def _item(raw: RawItem, header: HeaderMap, schedule: Schedule, known: set[str]) -> ItemData | None:
    assert raw.code is not None and raw.kind is not None
    text, marks = split_marks(raw.text, known)
    if raw.kind is not ItemKind.ACTIVITY:
        text = strip_wrapping_parens(text)
    fields = raw.fields
    if not text:
        if not fields and not raw.planned and not raw.extras:
            return None  # an empty numbered row of a form
        raise ImportRejected(
            f"row {raw.row_no}: item {raw.code} has no text: looked for it in the column "
            f"'{_column_name(header, header.activity)}'"
        )
    notes = [fields["notes"]] if fields.get("notes") else []
    if fields.get("time") and not schedule.time_is_plan:
        time_col = header.column_of("time")
        label = _column_name(header, time_col) if time_col is not None else "Time"
        notes.append(f"{label}: {fields['time']}")
    notes.extend(f"{_column_name(header, c)}: {v}" for c, v in sorted(raw.extras.items()))
    target = fields.get("target", "")
    value, unit = _target_value(target) if target else (None, "")
    return ItemData(
        code=raw.code,
        kind=raw.kind,
        description=text,
        responsible=fields.get("responsible", ""),
        partners=fields.get("partners", ""),
        target_text=target,
        target_value=value,
        target_unit=unit,
        planned=[PlannedPeriod(k, t) for k, t in schedule.planned_for(raw)],
        footnote_marks=marks,
        not_planned_reason=fields.get("reason", ""),
        notes="\n".join(notes),
    )
