"""The visible sheets of a return XLSX: the printable form, the events, the narrative.

openpyxl never fits row heights, so every wrapped row gets a height estimated by
wrapping its text with the bundled font's metrics (a little wider than Calibri, so the
estimate errs on the roomy side). Text is always stored as text: a description that
starts with '=' is not a formula.
"""

from __future__ import annotations

import weakref
from copy import copy
from datetime import date
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from app.exports.consolidated_text import doc_title, is_consolidated, totals_figures
from app.exports.fonts import REGULAR
from app.exports.labels import (
    fmt_date,
    footnote_marks,
    label,
    status_label,
    to_date,
    xlsx_date_format,
)
from app.exports.textflow import measure
from app.exports.xlsx_consolidated import CONSOLIDATED_COLUMNS, COVERS_CELL, header_text
from app.exports.xlsx_layout import (
    DATE_FIELDS,
    EVENT_COLUMNS,
    EVENT_FIRST_ROW,
    EVENT_HEADER_ROW,
    FORM_COLUMNS,
    FORM_FIRST_ROW,
    FORM_HEADER_ROW,
    HEADER_CELLS,
    NARRATIVE_FIRST_ROW,
    NARRATIVE_WIDTHS,
    NUMBER_FIELDS,
    PERCENT_FIELDS,
    column_letter,
    narrative_chunks,
    xl_text,
)

SIZE = 9.0
LINE = 12.4  # points per line of 9-point text
MAX_ROW = 409.0
CALIBRI_RATIO = 0.9
_THIN = Side(style="thin", color="FF8C8C8C")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
RIGHT = Alignment(horizontal="right", vertical="top")
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
FONT = Font(name="Calibri", size=SIZE)
BOLD = Font(name="Calibri", size=SIZE, bold=True)
TITLE = Font(name="Calibri", size=14, bold=True)
SUBTITLE = Font(name="Calibri", size=11, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="FFDCDEE3")
GOAL_FILL = PatternFill("solid", fgColor="FFCCDBF0")
SUBGOAL_FILL = PatternFill("solid", fgColor="FFE8EFF9")
LABEL_FILL = PatternFill("solid", fgColor="FFF0F2F5")
TOTAL_FILL = PatternFill("solid", fgColor="FFF2F2F2")
STATUS_FILLS = {
    "done": PatternFill("solid", fgColor="FFD8EFDD"),
    "in_progress": PatternFill("solid", fgColor="FFFCEBC8"),
    "not_done": PatternFill("solid", fgColor="FFF6D2D2"),
}


_STYLES: weakref.WeakKeyDictionary[Any, dict[tuple[int, ...], Any]] = weakref.WeakKeyDictionary()


def style(
    cell: Cell,
    font: Font,
    fill: PatternFill | None = None,
    border: Border | None = None,
    alignment: Alignment | None = None,
) -> None:
    """Give *cell* a look; each distinct look is built once per workbook, then copied
    (openpyxl hashes every style object on assignment, which dominated write time)."""
    cache = _STYLES.setdefault(cell.parent.parent, {})
    number_format = cell._style.numFmtId if cell._style is not None else 0
    key = (id(font), id(fill), id(border), id(alignment), number_format)
    found = cache.get(key)
    if found is not None:
        cell._style = copy(found)
        return
    cell.font = font
    if fill is not None:
        cell.fill = fill
    if border is not None:
        cell.border = border
    if alignment is not None:
        cell.alignment = alignment
    cache[key] = copy(cell._style)


def put(ws: Worksheet, row: int, col: int, value: Any, *, date_format: str = "") -> Cell:
    """Write one value: text always as text (never a formula), codes-like text too."""
    cell: Cell = ws.cell(row=row, column=col)
    if value is None or value == "":
        return cell
    if isinstance(value, str):
        cell.value = xl_text(value)
        cell.data_type = "s"
        cell.number_format = "@"
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = date_format or "yyyy-mm-dd"
    else:
        cell.value = value
        cell.number_format = "#,##0" if float(value).is_integer() else "#,##0.0#"
    return cell


class Heights:
    """Row heights from wrapped text: lines of each cell under its column width."""

    def __init__(self, widths: list[float]) -> None:
        self.points = [(w * 7 + 5) * 0.75 - 4 for w in widths]  # text room of each column
        self.m = measure(REGULAR)

    def lines(self, text: str, width_pt: float, size: float = SIZE) -> int:
        # Calibri is ~12% narrower than Noto Sans: measure a little small, still roomy
        return max(1, len(self.m.wrap(text, size * CALIBRI_RATIO, width_pt)))

    def row(self, texts: list[tuple[int, str]], size: float = SIZE) -> float:
        """*texts*: (0-based column, text); returns the height in points."""
        most = max((self.lines(t, self.points[c], size) for c, t in texts if t), default=1)
        return min(MAX_ROW, most * LINE * size / SIZE + 3)


def setup_print(ws: Worksheet, title_rows: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    ws.oddFooter.right.text = "&P / &N"
    ws.oddFooter.right.size = 8


def header_row(
    ws: Worksheet, row: int, lang: str, columns: tuple[tuple[str, str, float], ...]
) -> None:
    heights = Heights([c[2] for c in columns])
    texts = []
    for i, (_field, key, width) in enumerate(columns, start=1):
        text = header_text(lang, key)
        style(put(ws, row, i, text), BOLD, HEADER_FILL, BORDER, WRAP)
        ws.column_dimensions[column_letter(i)].width = width
        texts.append((i - 1, text))
    ws.row_dimensions[row].height = heights.row(texts)


def write_form(ws: Worksheet, lang: str, visible: dict[str, Any], p: dict[str, Any]) -> None:
    """The printable form: header block, plan table with bands, totals, notes, signature."""
    consolidated = visible.get("layout") == "consolidated"
    columns = CONSOLIDATED_COLUMNS if consolidated else FORM_COLUMNS
    last = column_letter(len(columns))
    date_format = xlsx_date_format(lang)
    title = f"{doc_title(lang, p)} — {p['period'].get('label', '')}"
    put(ws, 1, 1, title).font = TITLE
    ws.merge_cells(f"A1:{last}1")
    put(ws, 2, 1, p["plan"].get("title", "")).font = SUBTITLE
    ws.merge_cells(f"A2:{last}2")
    for field, (key, label_ref, value_ref) in HEADER_CELLS.items():
        lab = ws[label_ref]
        put(ws, lab.row, lab.column, label(lang, key))
        lab.font, lab.fill = BOLD, LABEL_FILL
        target = ws[value_ref]
        value = visible["header"][field]
        if field in DATE_FIELDS:
            value = to_date(value)
        cell = put(ws, target.row, target.column, value, date_format=date_format)
        cell.alignment = LEFT
        if label_ref.startswith("A"):
            ws.merge_cells(f"A{lab.row}:B{lab.row}")
            ws.merge_cells(f"C{lab.row}:H{lab.row}")
        else:
            ws.merge_cells(f"J{lab.row}:K{lab.row}")
    if consolidated:
        cell = put(ws, ws[COVERS_CELL].row, 1, visible["header"]["covers"])
        cell.font = SUBTITLE
        ws.merge_cells(f"{COVERS_CELL}:{last}{cell.row}")
    header_row(ws, FORM_HEADER_ROW, lang, columns)
    heights = Heights([c[2] for c in columns])
    full = heights.points[0] + sum(heights.points[1:]) + 4 * (len(columns) - 1)
    for entry in visible["items"]:
        row = entry["row"]
        if entry["kind"] == "band":
            cell = put(ws, row, 1, entry["text"])
            goal = entry.get("level") == "goal"
            style(cell, BOLD, GOAL_FILL if goal else SUBGOAL_FILL, None, WRAP)
            ws.merge_cells(f"A{row}:{last}{row}")
            ws.row_dimensions[row].height = min(
                MAX_ROW, heights.lines(entry["text"], full) * LINE + 3
            )
            continue
        texts = []
        for col, field in enumerate(c[0] for c in columns):
            value = entry[field]
            if field in DATE_FIELDS:
                value = to_date(value)
            cell = put(ws, row, col + 1, value, date_format=date_format)
            if field in PERCENT_FIELDS:
                cell.number_format = "0.0%"
            status_col = col == 4 and not consolidated
            fill = STATUS_FILLS.get(entry.get("status_key") or "") if status_col else None
            style(cell, FONT, fill, BORDER, RIGHT if field in NUMBER_FIELDS else WRAP)
            if isinstance(value, str):
                texts.append((col, value))
        ws.row_dimensions[row].height = heights.row(texts)
    ws.freeze_panes = ws.cell(row=FORM_FIRST_ROW, column=1)
    setup_print(ws, f"{FORM_HEADER_ROW}:{FORM_HEADER_ROW}")
    _form_end(ws, lang, p, FORM_FIRST_ROW + len(visible["items"]) + 1, last)


def _figures(lang: str, p: dict[str, Any]) -> list[tuple[str, Any]]:
    if is_consolidated(p):
        return list(totals_figures(lang, p))
    totals = p.get("totals") or {}
    acts = [i for i in p.get("items") or [] if i.get("kind") == "activity"]
    return [
        (label(lang, "tot_activities"), totals.get("activities", len(acts))),
        (label(lang, "tot_planned"), sum(1 for i in acts if i.get("planned"))),
        *(
            (
                status_label(lang, s),
                sum(1 for i in acts if (i.get("progress") or {}).get("status") == s),
            )
            for s in ("done", "in_progress", "not_done", "not_applicable", "planned")
        ),
        (label(lang, "tot_open"), totals.get("open", 0)),
        (label(lang, "tot_participants"), totals.get("participants", 0)),
        (label(lang, "tot_achieved"), totals.get("achieved", 0)),
        (label(lang, "tot_events"), totals.get("events", 0)),
        (label(lang, "tot_event_participants"), totals.get("event_participants", 0)),
    ]


def _form_end(ws: Worksheet, lang: str, p: dict[str, Any], row: int, last: str) -> None:
    """Totals, footnotes and the signature block below the table."""
    put(ws, row, 2, label(lang, "totals")).font = SUBTITLE
    row += 1
    for text, value in _figures(lang, p):
        put(ws, row, 2, text).font = FONT
        number = put(ws, row, 3, value)
        number.font, number.alignment = BOLD, Alignment(horizontal="left")
        row += 1
    if is_consolidated(p):
        note = put(ws, row, 2, label(lang, "tot_reports_note"))
        note.font = Font(name="Calibri", size=8, italic=True, color="FF505050")
        row += 1
    notes = p.get("footnotes") or []
    if notes:
        row += 1
        put(ws, row, 2, label(lang, "footnotes")).font = BOLD
        for note in notes:
            row += 1
            cell = put(
                ws, row, 2, f"{footnote_marks([str(note.get('mark', ''))])} {note.get('text', '')}"
            )
            cell.font, cell.alignment = FONT, WRAP
            ws.merge_cells(f"B{row}:K{row}")
    inst = p["institution"]
    row += 2
    put(ws, row, 2, label(lang, "head")).font = SUBTITLE
    put(ws, row, 9, label(lang, "stamp_place")).font = Font(
        name="Calibri", size=8, italic=True, color="FF808080"
    )
    lines = [
        f"({label(lang, 'sign_and_stamp')})",
        f"{label(lang, 'signature')}: ______________________",
        inst.get("head_name") or f"{label(lang, 'name')}: ______________________",
        inst.get("head_title") or "",
        f"{label(lang, 'date')}: " + fmt_date(lang, str(p.get("generated_at", ""))[:10]),
    ]
    for offset, text in enumerate(lines, start=1):
        put(ws, row + offset, 2, text).font = BOLD if offset == 3 else FONT
    dashed = Side(style="dashed", color="FF808080")
    for r in range(row, row + 6):
        for c in range(9, 12):
            ws.cell(row=r, column=c).border = Border(
                left=dashed if c == 9 else None,
                right=dashed if c == 11 else None,
                top=dashed if r == row else None,
                bottom=dashed if r == row + 5 else None,
            )
    ws.print_area = f"A1:{last}{row + 6}"


def write_events(ws: Worksheet, lang: str, visible: dict[str, Any]) -> None:
    last = column_letter(len(EVENT_COLUMNS))
    put(ws, 1, 1, label(lang, "annex_events")).font = SUBTITLE
    ws.merge_cells(f"A1:{last}1")
    header_row(ws, EVENT_HEADER_ROW, lang, EVENT_COLUMNS)
    heights = Heights([c[2] for c in EVENT_COLUMNS])
    date_format = xlsx_date_format(lang)
    fields = [c[0] for c in EVENT_COLUMNS]
    for entry in visible["events"]:
        row = entry["row"]
        texts = []
        for col, field in enumerate(fields):
            value = to_date(entry[field]) if field in DATE_FIELDS else entry[field]
            cell = put(ws, row, col + 1, value, date_format=date_format)
            style(cell, FONT, None, BORDER, RIGHT if field in NUMBER_FIELDS else WRAP)
            if isinstance(value, str):
                texts.append((col, value))
        ws.row_dimensions[row].height = heights.row(texts)
    total_row = EVENT_FIRST_ROW + len(visible["events"])
    if visible["events"]:
        put(ws, total_row, 5, label(lang, "total_row")).font = BOLD
        total = sum(int(e["participants"] or 0) for e in visible["events"])
        put(ws, total_row, 11, total).font = BOLD
    else:
        put(ws, EVENT_FIRST_ROW, 5, label(lang, "no_events")).font = FONT
        ws.merge_cells(f"E{EVENT_FIRST_ROW}:{last}{EVENT_FIRST_ROW}")
    ws.freeze_panes = ws.cell(row=EVENT_FIRST_ROW, column=1)
    setup_print(ws, f"{EVENT_HEADER_ROW}:{EVENT_HEADER_ROW}")


def write_narrative(ws: Worksheet, lang: str, visible: dict[str, Any], p: dict[str, Any]) -> None:
    put(ws, 1, 1, label(lang, "narrative")).font = SUBTITLE
    ws.merge_cells("A1:B1")
    columns = (("title", "section", NARRATIVE_WIDTHS[0]), ("body", "text", NARRATIVE_WIDTHS[1]))
    header_row(ws, 2, lang, columns)
    heights = Heights(list(NARRATIVE_WIDTHS))
    row = NARRATIVE_FIRST_ROW
    for entry, section in zip(visible["narrative"], p.get("narrative") or [], strict=True):
        style(put(ws, row, 1, entry["title"]), BOLD, None, BORDER, WRAP)
        for chunk in narrative_chunks(section.get("body") or ""):
            style(put(ws, row, 2, chunk), FONT, None, BORDER, WRAP)
            ws.cell(row=row, column=1).border = BORDER
            ws.row_dimensions[row].height = heights.row([(0, entry["title"] or ""), (1, chunk)])
            row += 1
    setup_print(ws, "2:2")
