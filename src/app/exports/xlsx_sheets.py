"""The visible sheets of a return XLSX: the printable form, the events, the narrative.

openpyxl never fits row heights (and LibreOffice does not fit the wrapped rows of the files
it writes), so every row of the form gets a height estimated by wrapping its text with the
bundled font's metrics (a little wider than Calibri, so the estimate errs on the roomy side).
Text is always stored as text: a description that starts with '=' is not a formula.

Printing (issue 15): every sheet is A4 landscape, fitted to the page width, its header row
repeated on each page. Column widths are designed so that the form prints at 100 % (9-point
body text) and the widest sheet, the events, above 90 %. The signature block is one row (a
row is never split over two pages), with the stamp box beside it (in a sealed return, the
seal and the institution's full name in it); should the block not fit below the table, a
manual page break puts it on the next page whole.
"""

from __future__ import annotations

import weakref
from copy import copy
from datetime import date
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.return_format import Payload
from app.exports.consolidated_text import doc_title, is_consolidated, totals_figures
from app.exports.fonts import REGULAR
from app.exports.labels import (
    activity_status,
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
UPRIGHT = Alignment(horizontal="center", vertical="bottom", text_rotation=90, wrap_text=True)
FONT = Font(name="Calibri", size=SIZE)
BOLD = Font(name="Calibri", size=SIZE, bold=True)
VALUE = Font(name="Calibri", size=10)
TITLE = Font(name="Calibri", size=14, bold=True)
SUBTITLE = Font(name="Calibri", size=11, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="FFDCDEE3")
GOAL_FILL = PatternFill("solid", fgColor="FFCCDBF0")
SUBGOAL_FILL = PatternFill("solid", fgColor="FFE8EFF9")
LABEL_FILL = PatternFill("solid", fgColor="FFF0F2F5")
TOTAL_FILL = PatternFill("solid", fgColor="FFF2F2F2")
# A4 landscape in points, the margins in inches: what a page prints (openpyxl's header and
# footer sit in the top and bottom margins)
PAGE_WIDTH, PAGE_HEIGHT = 841.89, 595.28
MARGINS = {"left": 0.25, "right": 0.25, "top": 0.5, "bottom": 0.6, "header": 0.3, "footer": 0.3}
PRINT_WIDTH = PAGE_WIDTH - (MARGINS["left"] + MARGINS["right"]) * 72
PRINT_HEIGHT = PAGE_HEIGHT - (MARGINS["top"] + MARGINS["bottom"]) * 72
DEFAULT_ROW = 15.0  # the height of a row openpyxl leaves unset (sheetFormatPr)
# points per character of column width: Excel with Calibri 11 (7 px a digit + 5 px padding),
# LibreOffice without Calibri (DejaVu Sans 11 stands in: 7 points a digit, no padding)
LIBREOFFICE_DIGIT = 7.0
WIDEST = 1.2  # DejaVu Sans Bold against the Noto Sans metrics the estimates use
# header labels of narrower columns are turned upright when their longest word does not fit,
# if the columns to their right are wider than the label: LibreOffice widens what it prints
# by the label's unturned width when they are not (wider columns wrap)
ROTATE_BELOW = 7.0
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


def column_points(width: float) -> float:
    """The text room of a column *width* characters wide, in points, where it is narrowest
    against its text: Excel with Calibri (7 px per digit and 5 px of padding at 96 dpi)."""
    return (width * 7 + 5) * 0.75


def printed_points(width: float) -> float:
    """The printed width of a column, where it is widest: LibreOffice without Calibri."""
    return max(width * LIBREOFFICE_DIGIT, column_points(width))


def print_scale(widths: list[float]) -> float:
    """The scale fit-to-width prints a sheet of these columns at (1: its real size)."""
    return min(1.0, PRINT_WIDTH / sum(printed_points(w) for w in widths))


class Heights:
    """Row heights from wrapped text: lines of each cell under its column width."""

    def __init__(self, widths: list[float]) -> None:
        self.points = [column_points(w) - 4 for w in widths]  # text room of each column
        self.m = measure(REGULAR)

    def span(self, first: int, last: int) -> float:
        """Text room of merged columns *first*..*last* (0-based)."""
        return sum(self.points[first : last + 1]) + 4 * (last - first)

    def lines(self, text: str, width_pt: float, size: float = SIZE, wide: float = 1.0) -> int:
        # Calibri is ~12% narrower than Noto Sans: measure a little small, still roomy
        # (*wide*: a wider font than Calibri draws it)
        return max(1, len(self.m.wrap(text, size * CALIBRI_RATIO * wide, width_pt)))

    def text(self, text: str, width_pt: float, size: float = SIZE) -> float:
        """The height of *text* wrapped to *width_pt* at *size*."""
        return min(MAX_ROW, self.lines(text, width_pt, size) * LINE * size / SIZE + 3)

    def row(self, texts: list[tuple[int, str]], size: float = SIZE, wide: float = 1.0) -> float:
        """*texts*: (0-based column, text); returns the height in points."""
        most = max((self.lines(t, self.points[c], size, wide) for c, t in texts if t), default=1)
        return min(MAX_ROW, most * LINE * size / SIZE + 3)


def setup_print(ws: Worksheet, title_rows: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.page_margins = PageMargins(**MARGINS)
    ws.oddFooter.right.text = "&P / &N"
    ws.oddFooter.right.size = 9


def header_row(
    ws: Worksheet, row: int, lang: str, columns: tuple[tuple[str, str, float], ...]
) -> None:
    """Column titles, wrapped; turned upright in a narrow column too narrow for their longest
    word."""
    heights = Heights([c[2] for c in columns])
    texts = []
    upright = 0.0
    for i, (_field, key, width) in enumerate(columns, start=1):
        text = header_text(lang, key)
        cell = put(ws, row, i, text)
        longest = max((heights.m.width(w, SIZE) * WIDEST for w in text.split()), default=0)
        right = sum(printed_points(c[2]) for c in columns[i:])
        whole = heights.m.width(text, SIZE) * WIDEST
        if width < ROTATE_BELOW and longest > heights.points[i - 1] and 2.5 * whole < right:
            style(cell, BOLD, HEADER_FILL, BORDER, UPRIGHT)
            # turned text wraps too: as many lines as the column holds, at most two
            lines = min(2, max(1, int(heights.points[i - 1] // LINE)))
            upright = max(upright, max(longest, whole * 1.15 / lines) + 12)
        else:
            style(cell, BOLD, HEADER_FILL, BORDER, WRAP)
            texts.append((i - 1, text))
        ws.column_dimensions[column_letter(i)].width = width
    # bold titles, measured as the widest stand-in draws them (LibreOffice's DejaVu Sans Bold)
    wrapped = heights.row(texts, wide=WIDEST / CALIBRI_RATIO)
    ws.row_dimensions[row].height = min(MAX_ROW, max(wrapped, upright))


def page_of_rows(ws: Worksheet, last: int, title_row: int, scale: float) -> list[int]:
    """The page each row 1..*last* prints on (index 0 unused), as LibreOffice and Excel
    paginate: rows whole, the title row repeated on every page after the first."""
    room = PRINT_HEIGHT / scale
    title = ws.row_dimensions[title_row].height or DEFAULT_ROW
    pages, page, used = [0], 1, 0.0
    for row in range(1, last + 1):
        height = ws.row_dimensions[row].height or DEFAULT_ROW
        if used + height > room and used > title:
            page, used = page + 1, title
        used += height
        pages.append(page)
    return pages


def write_form(
    ws: Worksheet, lang: str, visible: dict[str, Any], p: Payload, *, sealed: bool = False
) -> None:
    """The printable form: header block, plan table with bands, totals, notes, signature
    (*sealed*: the institution's seal signs too, and the place for the stamp says so)."""
    consolidated = visible.get("layout") == "consolidated"
    columns = CONSOLIDATED_COLUMNS if consolidated else FORM_COLUMNS
    last = column_letter(len(columns))
    heights = Heights([c[2] for c in columns])
    width = len(columns) - 1
    date_format = xlsx_date_format(lang)
    title = f"{doc_title(lang, p)} — {p['period'].get('label', '')}"
    for row, text, font in ((1, title, TITLE), (2, p["plan"].get("title", ""), SUBTITLE)):
        cell = put(ws, row, 1, text)
        cell.font, cell.alignment = font, LEFT
        ws.merge_cells(f"A{row}:{last}{row}")
        ws.row_dimensions[row].height = heights.text(
            str(text), heights.span(0, width), font.size or SIZE
        )
    # (0-based) spans of the label and value cells left and right: the values sit where
    # HEADER_CELLS says (the reader reads them there), the labels and merges around them
    # fit the columns of each layout
    left = ((0, 1), (2, 5) if consolidated else (2, 7))
    right = ((6, 8), (9, 13)) if consolidated else ((8, 8), (9, 10))
    for field, (key, label_ref, value_ref) in HEADER_CELLS.items():
        target = ws[value_ref]
        spans = left if label_ref.startswith("A") else right
        lab = put(ws, target.row, spans[0][0] + 1, label(lang, key))
        lab.font, lab.fill, lab.alignment = BOLD, LABEL_FILL, LEFT
        value = visible["header"][field]
        if field in DATE_FIELDS:
            value = to_date(value)
        cell = put(ws, target.row, target.column, value, date_format=date_format)
        cell.font, cell.alignment = VALUE, LEFT
        assert cell.column == spans[1][0] + 1
        for first, end in spans:
            if end > first:
                ws.merge_cells(
                    f"{column_letter(first + 1)}{target.row}:{column_letter(end + 1)}{target.row}"
                )
        shown = fmt_date(lang, str(value)) if field in DATE_FIELDS else str(value or "")
        needed = max(
            heights.text(label(lang, key), heights.span(*spans[0])),
            heights.text(shown, heights.span(*spans[1]), VALUE.size or SIZE),
        )
        row = target.row
        ws.row_dimensions[row].height = max(ws.row_dimensions[row].height or 0, needed)
    if consolidated:
        cell = put(ws, ws[COVERS_CELL].row, 1, visible["header"]["covers"])
        cell.font, cell.alignment = SUBTITLE, LEFT
        ws.merge_cells(f"{COVERS_CELL}:{last}{cell.row}")
        ws.row_dimensions[cell.row].height = heights.text(
            str(visible["header"]["covers"] or ""), heights.span(0, width), SUBTITLE.size or SIZE
        )
    header_row(ws, FORM_HEADER_ROW, lang, columns)
    full = heights.span(0, width)
    for entry in visible["items"]:
        row = entry["row"]
        if entry["kind"] == "band":
            cell = put(ws, row, 1, entry["text"])
            goal = entry.get("level") == "goal"
            style(cell, BOLD, GOAL_FILL if goal else SUBGOAL_FILL, None, WRAP)
            ws.merge_cells(f"A{row}:{last}{row}")
            ws.row_dimensions[row].height = heights.text(entry["text"], full)
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
    block = _form_end(
        ws, lang, p, FORM_FIRST_ROW + len(visible["items"]) + 1, last, heights, sealed
    )
    _keep_on_one_page(ws, block, print_scale([c[2] for c in columns]))


def _figures(lang: str, p: Payload) -> list[tuple[str, Any]]:
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
                sum(1 for i in acts if activity_status(i) == s),
            )
            for s in ("done", "in_progress", "not_done", "not_applicable", "planned")
        ),
        (label(lang, "tot_open"), totals.get("open", 0)),
        (label(lang, "tot_participants"), totals.get("participants", 0)),
        (label(lang, "tot_achieved"), totals.get("achieved", 0)),
        (label(lang, "tot_events"), totals.get("events", 0)),
        (label(lang, "tot_event_participants"), totals.get("event_participants", 0)),
    ]


NOTE = Font(name="Calibri", size=SIZE, italic=True, color="FF505050")
_DASHED = Side(style="dashed", color="FF808080")


def _form_end(
    ws: Worksheet,
    lang: str,
    p: Payload,
    row: int,
    last: str,
    heights: Heights,
    sealed: bool = False,
) -> tuple[int, int]:
    """Totals, footnotes and the signature block below the table, each row its height;
    returns the first and last row of the signature block."""
    one_line = LINE + 3
    ws.row_dimensions[row - 1].height = one_line  # the blank row after the table
    put(ws, row, 2, label(lang, "totals")).font = SUBTITLE
    ws.row_dimensions[row].height = heights.text("", 100, SUBTITLE.size or SIZE)
    row += 1
    for text, value in _figures(lang, p):
        put(ws, row, 2, text).font = FONT
        ws.cell(row=row, column=2).alignment = WRAP
        number = put(ws, row, 3, value)
        number.font, number.alignment = BOLD, Alignment(horizontal="left", vertical="top")
        ws.row_dimensions[row].height = heights.text(text, heights.points[1])
        row += 1
    if is_consolidated(p):
        note = put(ws, row, 2, label(lang, "tot_reports_note"))
        note.font, note.alignment = NOTE, Alignment(vertical="top")
        ws.row_dimensions[row].height = one_line
        row += 1
    notes = p.get("footnotes") or []
    if notes:
        ws.row_dimensions[row].height = one_line
        row += 1
        put(ws, row, 2, label(lang, "footnotes")).font = BOLD
        ws.row_dimensions[row].height = one_line
        for note in notes:
            row += 1
            text = f"{footnote_marks([str(note.get('mark', ''))])} {note.get('text', '')}"
            cell = put(ws, row, 2, text)
            cell.font, cell.alignment = FONT, WRAP
            ws.merge_cells(f"B{row}:{last}{row}")
            ws.row_dimensions[row].height = heights.text(
                text, heights.span(1, len(heights.points) - 1)
            )
    ws.row_dimensions[row + 1].height = one_line
    row += 2
    _signature_block(ws, lang, p, row, last, heights, sealed)
    ws.print_area = f"A1:{last}{row}"
    return row, row


STAMP_NOTE = Font(name="Calibri", size=SIZE, italic=True, color="FF808080")


def _signature_block(
    ws: Worksheet,
    lang: str,
    p: Payload,
    row: int,
    last: str,
    heights: Heights,
    sealed: bool = False,
) -> None:
    """Who signs, in ONE row (never split over two pages): the head's title, the signature
    line, name, title and date in column B (rich text), the stamp box in the last columns:
    the place for the stamp, or, *sealed*, the institution's seal and its full name."""
    inst = p["institution"]
    name = inst.get("head_name") or f"{label(lang, 'name')}: ______________________"
    lines = [
        (label(lang, "head"), SUBTITLE),
        (f"({label(lang, 'sign_and_stamp')})", FONT),
        (f"{label(lang, 'signature')}: ______________________", FONT),
        (name, BOLD),
        (inst.get("head_title") or "", FONT),
        (f"{label(lang, 'date')}: " + fmt_date(lang, str(p.get("generated_at", ""))[:10]), FONT),
    ]
    lines = [(xl_text(text), font) for text, font in lines if text]
    stamp_first = len(heights.points) - 3  # the stamp box: the last three columns
    text_room = heights.span(1, stamp_first - 2)
    ws.cell(row=row, column=2).value = _rich(lines)
    ws.cell(row=row, column=2).alignment = Alignment(vertical="top", wrap_text=True)
    ws.merge_cells(f"B{row}:{column_letter(stamp_first - 1)}{row}")
    first = column_letter(stamp_first + 1)
    stamp = ws.cell(row=row, column=stamp_first + 1)
    if sealed:
        seal = [(xl_text(label(lang, "seal")), BOLD), (xl_text(str(inst.get("name", ""))), FONT)]
        stamp.value = _rich([(text, font) for text, font in seal if text])
    else:
        seal = [(label(lang, "stamp_place"), STAMP_NOTE)]
        put(ws, row, stamp_first + 1, seal[0][0]).font = STAMP_NOTE
    stamp.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    for col in range(stamp_first + 1, len(heights.points) + 1):
        ws.cell(row=row, column=col).border = Border(
            left=_DASHED if col == stamp_first + 1 else None,
            right=_DASHED if col == len(heights.points) else None,
            top=_DASHED,
            bottom=_DASHED,
        )
    ws.merge_cells(f"{first}{row}:{last}{row}")
    stamp_room = heights.span(stamp_first, len(heights.points) - 1)
    height = max(
        sum(heights.text(text, text_room, font.size or SIZE) - 3 for text, font in lines),
        sum(_stamp_height(heights, text, stamp_room, font) - 3 for text, font in seal),
    )
    ws.row_dimensions[row].height = min(MAX_ROW, max(height + 6, 90.0))


def _rich(lines: list[tuple[str, Font]]) -> CellRichText:
    """Lines of text in one cell, each in its font."""
    return CellRichText(
        [
            TextBlock(
                InlineFont(rFont="Calibri", sz=font.size, b=font.bold or None),
                text + ("\n" if i < len(lines) - 1 else ""),
            )
            for i, (text, font) in enumerate(lines)
        ]
    )


def _stamp_height(heights: Heights, text: str, width_pt: float, font: Font) -> float:
    """The height of *text* wrapped to *width_pt* in the stamp box, measured as
    LibreOffice's widest stand-in for Calibri draws it (a 100-character name in a box of
    three columns must not be clipped)."""
    size = font.size or SIZE
    lines = heights.lines(text, width_pt, size, WIDEST / CALIBRI_RATIO)
    return min(MAX_ROW, lines * LINE * size / SIZE + 3)


def _keep_on_one_page(ws: Worksheet, block: tuple[int, int], scale: float) -> None:
    """A manual page break before the signature block when it would be split over two
    pages (it is one row today, which no program splits; kept for a block of more rows)."""
    first, last = block
    pages = page_of_rows(ws, last, FORM_HEADER_ROW, scale)
    if pages[first] != pages[last]:
        ws.row_breaks.append(Break(id=first - 1))


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


def write_narrative(ws: Worksheet, lang: str, visible: dict[str, Any], p: Payload) -> None:
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
