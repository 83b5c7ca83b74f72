"""The recogniser: a table of cell texts (a sheet, a CSV, a Word document) -> PlanData.

One recogniser for every format. It finds the header row, then reads the hierarchy from
whatever the document uses: codes ("2.1.4"), prefix words ("Hedef", "Цель", "Obiectiv",
"Mục tiêu", "Мақсат"), roman or lettered section rows, or goal and sub-goal columns beside
the activities (merged down over them); a document without a table is read from its
numbered paragraphs. Rows that are not items are told apart and accounted for in the
plan's :class:`ImportReport`: title rows, a list of abbreviations (kept as the plan's
glossary), footnotes ("¹ …", "<*> …"), notes under the table, separators, column numbers,
repeated headers, page-number columns and a document's narrative and signature lines.
"""

from __future__ import annotations

import re
from collections import Counter

from app.domain.codes import is_ancestor, segments
from app.domain.periods import Scheme
from app.domain.plan import (
    GLOSSARY_MARK,
    FootnoteData,
    ImportReport,
    ItemData,
    ItemKind,
    PlanData,
    PlannedPeriod,
    SkippedRow,
    assign_parents,
)
from app.domain.text import clean
from app.exports.xlsx_layout import column_letter
from app.services.errors import ImportRejected
from app.services.messages import Message

from .body import Body, RawItem, collect, first_item_above, group_columns
from .headers import HEADER_SCAN_ROWS, HeaderMap, apply_mapping, find_header
from .notes import Glossary, find_glossary, glossary_text, note_head, pick_title
from .outline import outline_items
from .rows import footnote_row, is_arabic_code, split_marks, split_star_marks, strip_wrapping_parens
from .schedule import Schedule, make_schedule
from .table import PARAGRAPH, Merge, Table, fill_merges
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


def _empty() -> ImportRejected:
    return ImportRejected(Message.IMPORT_TABLE_EMPTY, rows=HEADER_SCAN_ROWS)


def _candidates(grid: list[list[str]], blocks: list[int] | None) -> list[int] | None:
    """Rows where a document's header may be: the first rows of each of its tables."""
    if blocks is None:
        return None
    out: list[int] = []
    seen: Counter[int] = Counter()
    for index, block in enumerate(blocks[: len(grid)]):
        if block != PARAGRAPH and seen[block] < HEADER_SCAN_ROWS:
            seen[block] += 1
            out.append(index)
    return out


def detect_header(rows: list[list[str]], blocks: list[int] | None = None) -> HeaderMap:
    """The header row and column roles the recogniser finds (for a column-mapping step)."""
    grid = tidy_grid(rows)
    if not any(grid):
        raise _empty()
    return find_header(grid, _candidates(grid, blocks))


def recognise_table(
    table: Table,
    *,
    title_hint: str = "",
    mapping: dict[int, str] | None = None,
    year: int | None = None,
    scheme: Scheme | None = None,
) -> PlanData:
    return recognise_rows(
        table.rows,
        title_hint=title_hint,
        mapping=mapping,
        year=year,
        scheme=scheme,
        merges=table.merges,
        blocks=table.blocks,
    )


def recognise_rows(
    rows: list[list[str]],
    *,
    title_hint: str = "",
    mapping: dict[int, str] | None = None,
    year: int | None = None,
    scheme: Scheme | None = None,
    merges: list[Merge] | None = None,
    blocks: list[int] | None = None,
) -> PlanData:
    """Recognise a plan in a grid of cell texts (a sheet, a CSV, pasted rows, a document).

    *mapping* (column -> role, see ``headers.apply_mapping``) replaces the column roles
    found in the header, as corrected by the clerk; *year* and *scheme* replace what the
    document says about its periods. When neither the document nor the clerk gives a year,
    the plan's year is 0 and its report says so (``validate.check_plan`` then refuses it).
    """
    grid = tidy_grid(rows)
    if not any(grid):
        raise _empty()
    try:
        header = find_header(grid, _candidates(grid, blocks))
    except ImportRejected:
        if blocks is None:
            raise
        return _recognise_outline(grid, title_hint, year, scheme)
    if mapping is not None:
        header = apply_mapping(header, mapping)
    report = ImportReport()
    keep = {c for c in (header.activity, header.code) if c is not None}
    if merges:
        grid = fill_merges(grid, merges, keep)
    body_start = first_item_above(grid, header)
    if blocks is not None:
        body_start = max(body_start, _block_start(blocks, header.start))
    indices, after = _body_rows(grid, header, body_start, blocks)
    before = _rows_before(grid, blocks, header, body_start)
    glossary = find_glossary(grid, before)
    glossary_rows = set(glossary.rows) if glossary else set()
    title_rows = [i for i in before if i not in glossary_rows]
    report.skipped.extend(
        SkippedRow(i + 1, "glossary", " ".join(t for t in grid[i] if t))
        for i in sorted(glossary_rows)
        if any(grid[i])
    )
    title = pick_title([" ".join(t for t in grid[i] if t) for i in title_rows])
    title = title or clean(title_hint) or "Plan"
    report.skipped.extend(
        SkippedRow(
            i + 1, "title" if _in_title(grid[i], title) else "text", " ".join(grid[i]).strip()
        )
        for i in title_rows
        if any(grid[i])
    )
    report.skipped.extend(
        SkippedRow(i + 1, "header", " | ".join(t for t in grid[i] if t))
        for i in range(header.start, header.row + 1)
        if any(grid[i])
    )
    body = collect(grid, header, indices)
    _after_table(grid, after, body)
    if glossary is None:
        glossary = body.glossary
    elif body.glossary is not None:
        glossary.entries.extend(body.glossary.entries)
    report.skipped.extend(body.skipped)
    raw_items = body.items
    if not raw_items:
        raise ImportRejected(Message.IMPORT_NOTHING_BELOW_HEADER, row=header.row + 1)
    report.layout = _layout(header, raw_items)
    _columns_report(header, report)
    context = [" ".join(t for t in grid[i] if t) for i in [*title_rows, *after]]
    return _finish(raw_items, body, glossary, report, title, header, grid, context, year, scheme)


def _finish(
    raw_items: list[RawItem],
    body: Body,
    glossary: Glossary | None,
    report: ImportReport,
    title: str,
    header: HeaderMap,
    grid: list[list[str]],
    context: list[str],
    year: int | None,
    scheme: Scheme | None,
) -> PlanData:
    _settle_kinds(raw_items)
    _qualify_restarted_numbers(raw_items)
    _generate_codes(raw_items)
    _check_unique(raw_items)
    schedule = make_schedule(grid, header, title, raw_items, context, year=year, scheme=scheme)
    report.year_source = schedule.year_source
    report.year_text = clean(schedule.year_text)[:200]
    report.scheme_source = schedule.scheme_source
    footnotes = _merge_footnotes(body.footnotes)
    for number, note in enumerate(body.notes, start=1):
        footnotes.append(FootnoteData("note" if number == 1 else f"note{number}", note))
    if glossary is not None and glossary.entries:
        report.glossary = list(glossary.entries)
        footnotes.append(FootnoteData(GLOSSARY_MARK, glossary_text(glossary)))
    known = {f.mark for f in footnotes}
    items = [item for raw in raw_items if (item := _item(raw, header, schedule, known)) is not None]
    if not items:
        raise ImportRejected(Message.IMPORT_NOTHING_CODED_BELOW_HEADER, row=header.row + 1)
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
        report=report,
    )


# ------------------------------------------------------------------ where things are
def _block_start(blocks: list[int], index: int) -> int:
    """The first row of the document table that holds row *index*."""
    block = blocks[index]
    while index > 0 and blocks[index - 1] == block:
        index -= 1
    return index


def _body_rows(
    grid: list[list[str]], header: HeaderMap, body_start: int, blocks: list[int] | None
) -> tuple[list[int], list[int]]:
    """The rows of the plan table (rows above the header that are already items, then the
    rows below it) and, in a document, the rows after the table."""
    above = list(range(body_start, header.start))
    if blocks is None:
        return [*above, *range(header.row + 1, len(grid))], []
    block = blocks[header.row]
    width = max(len(r) for r in grid[header.start : header.row + 1])
    rows: list[int] = []
    index = header.row + 1
    pending: list[int] = []
    while index < len(grid):
        kind = blocks[index]
        if kind == block or (
            kind != PARAGRAPH and abs(_block_width(grid, blocks, index) - width) <= 1
        ):
            rows.extend(pending)
            pending = []
            block = kind
            rows.append(index)
        elif kind == PARAGRAPH and not any(grid[index]):
            pending.append(index)
        else:
            break
        index += 1
    return [*above, *rows], list(range(index, len(grid)))


def _block_width(grid: list[list[str]], blocks: list[int], index: int) -> int:
    block = blocks[index]
    width = 0
    while index < len(grid) and blocks[index] == block:
        width = max(width, len(grid[index]))
        index += 1
    return width


def _rows_before(
    grid: list[list[str]], blocks: list[int] | None, header: HeaderMap, body_start: int
) -> list[int]:
    end = body_start
    if blocks is not None:
        end = min(end, _block_start(blocks, header.start))
        table_rows = [i for i in range(_block_start(blocks, header.start), body_start)]
        return [i for i in range(end) if any(grid[i])] + table_rows
    return [i for i in range(end) if any(grid[i])]


def _in_title(cells: list[str], title: str) -> bool:
    text = clean(" ".join(t for t in cells if t))
    return bool(text) and text in title


def _after_table(grid: list[list[str]], after: list[int], body: Body) -> None:
    """A document's rows after its table: footnotes, a list of abbreviations, notes; the
    rest (narrative, signatures) is accounted for as text that is not imported."""
    if not after:
        return
    glossary = find_glossary(grid, after) if body.glossary is None else None
    taken = set(glossary.rows) if glossary else set()
    if glossary is not None:
        body.glossary = glossary
        body.skipped.extend(
            SkippedRow(i + 1, "glossary", " ".join(grid[i]).strip())
            for i in glossary.rows
            if any(grid[i])
        )
    in_note = False
    for index in after:
        if index in taken:
            continue
        text = " ".join(t for t in grid[index] if t).strip()
        if not text:
            in_note = False
            continue
        note = footnote_row(text)
        if note is not None and ("*" not in note[0] or _star_used(grid, body, note[0])):
            body.footnotes.append(FootnoteData(note[0], note[1]))
            body.skipped.append(SkippedRow(index + 1, "footnote", text))
            in_note = True
            continue
        if note_head(text):
            body.notes.append(text)
            body.skipped.append(SkippedRow(index + 1, "note", text))
            continue
        if in_note and body.footnotes and len(text) < 400 and not text[:1].isupper():
            body.footnotes[-1].text = f"{body.footnotes[-1].text} {text}"
            continue
        in_note = False
        body.skipped.append(SkippedRow(index + 1, "text", text))


def _star_used(grid: list[list[str]], body: Body, mark: str) -> bool:
    """A "*" line under a table is a footnote only when the table refers to it."""
    rows = {i.row_no - 1 for i in body.items}
    pattern = re.compile(
        r"<" + re.escape(mark) + r">|\(" + re.escape(mark) + r"\)|\w" + re.escape(mark) + r"(?!\*)"
    )
    return any(pattern.search(cell) for r in rows if r < len(grid) for cell in grid[r])


def _layout(header: HeaderMap, items: list[RawItem]) -> str:
    """How the file gives its hierarchy (read before kinds are settled from codes)."""
    if group_columns(header):
        return "columns"
    codes = [i.code for i in items if i.code]
    if any(_is_section(c) for c in codes):
        return "sections"
    if any(i.kind is not None for i in items):
        return "words"
    return "codes" if codes else "rows"


def _is_section(code: str) -> bool:
    return bool(re.fullmatch(r"[IVXLC]+|[A-Z]", code))


def _columns_report(header: HeaderMap, report: ImportReport) -> None:
    known = {"code", "activity", "goal", "subgoal", "responsible", "partners", "target",
             "reason", "time", "notes"}  # fmt: skip
    for col, text in enumerate(header.texts):
        name = _column_name(header, col)
        if col in header.ignored:
            report.columns_left_out.append(name)
        elif col not in header.periods and header.roles.get(col) not in known and text:
            report.columns_to_notes.append(name)


# ------------------------------------------------------------------ a document of paragraphs
def _recognise_outline(
    grid: list[list[str]], title_hint: str, year: int | None, scheme: Scheme | None
) -> PlanData:
    lines = [(i, " ".join(t for t in row if t)) for i, row in enumerate(grid) if any(row)]
    report = ImportReport(layout="paragraphs")
    raw_items, start = outline_items(lines, report.skipped)
    if not raw_items:
        raise ImportRejected(Message.IMPORT_NO_HEADER_NOR_NUMBERED, rows=HEADER_SCAN_ROWS)
    before = [i for i, _ in lines[:start]]
    glossary = find_glossary(grid, before)
    taken = set(glossary.rows) if glossary else set()
    title_rows = [i for i in before if i not in taken]
    title = pick_title([grid[i][0] if grid[i] else "" for i in title_rows]) or clean(title_hint)
    report.skipped[:0] = [
        SkippedRow(i + 1, "title" if _in_title(grid[i], title) else "text", " ".join(grid[i]))
        for i in title_rows
    ]
    header = HeaderMap(row=0, start=0, texts=[], roles={}, activity=0)
    context = [t for _, t in lines]
    body = Body(items=raw_items, glossary=glossary)
    return _finish(
        raw_items, body, glossary, report, title or "Plan", header, grid, context, year, scheme
    )


# ------------------------------------------------------------------ kinds and codes
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
    gets the section's code in front ("I.1", "II.1", "1.1") so that every code stays unique;
    the number as written is kept (``original``)."""
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
            item.original = code
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
            item.generated = True
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
                Message.IMPORT_CODE_TWICE_ROWS,
                code=item.code,
                first=seen[item.code],
                second=item.row_no,
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
    text, stars = split_star_marks(text, known)
    fields = dict(raw.fields)
    for name in ("responsible", "partners"):
        if fields.get(name):
            fields[name], more = split_star_marks(fields[name], known)
            stars.extend(m for m in more if m not in stars)
    marks.extend(m for m in stars if m not in marks)
    if raw.kind is not ItemKind.ACTIVITY:
        text = strip_wrapping_parens(text)
    if not text:
        if not fields and not raw.planned and not raw.extras:
            return None  # an empty numbered row of a form
        raise ImportRejected(
            Message.IMPORT_ITEM_NO_TEXT,
            row=raw.row_no,
            code=raw.code,
            column=_column_name(header, header.activity),
        )
    notes = [fields["notes"]] if fields.get("notes") else []
    if fields.get("time") and schedule.time_to_notes(raw):
        time_col = header.column_of("time")
        label = _column_name(header, time_col) if time_col is not None else "Time"
        notes.append(f"{label}: {fields['time']}")
    notes.extend(f"{_column_name(header, c)}: {v}" for c, v in sorted(raw.extras.items()))
    if schedule.column_keys is not None and header.periods:
        # a period column whose year nobody knows (rows pasted without one): kept as written
        notes.extend(
            f"{_column_name(header, c)}: {v}"
            for c, v in sorted(raw.planned.items())
            if c not in schedule.column_keys
        )
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
        original_code=raw.original,
        code_generated=raw.generated,
    )
