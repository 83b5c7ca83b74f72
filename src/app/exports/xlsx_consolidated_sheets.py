"""The sheets only a consolidated return XLSX has: events by kind (in place of the
events list), the subordinate returns and the institutions' narrative excerpts."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from app.exports.labels import label
from app.exports.xlsx_consolidated import (
    CHILD_COLUMNS,
    EXCERPT_COLUMNS,
    KIND_COLUMNS,
    TABLE_FIRST_ROW,
)
from app.exports.xlsx_layout import NUMBER_FIELDS, column_letter
from app.exports.xlsx_sheets import (
    BOLD,
    BORDER,
    FONT,
    RIGHT,
    SUBTITLE,
    TOTAL_FILL,
    WRAP,
    Heights,
    header_row,
    put,
    setup_print,
    style,
)

_LATE = Font(name="Calibri", size=9, color="FFB21E1E", bold=True)
_HEADER_ROW = TABLE_FIRST_ROW - 1


def _table(
    ws: Worksheet,
    lang: str,
    title: str,
    columns: tuple[tuple[str, str, float], ...],
    rows: list[dict[str, Any]],
    *,
    sized: bool = True,
) -> None:
    """Title, header row and one row per entry; row heights from wrapped text."""
    put(ws, 1, 1, title).font = SUBTITLE
    ws.merge_cells(f"A1:{column_letter(len(columns))}1")
    header_row(ws, _HEADER_ROW, lang, columns)
    heights = Heights([c[2] for c in columns])
    fields = [c[0] for c in columns]
    for entry in rows:
        texts = []
        for col, name in enumerate(fields):
            value = entry[name]
            cell = put(ws, entry["row"], col + 1, value)
            style(cell, FONT, None, BORDER, RIGHT if name in NUMBER_FIELDS else WRAP)
            if isinstance(value, str):
                texts.append((col, value))
        if sized:
            ws.row_dimensions[entry["row"]].height = heights.row(texts)
    ws.freeze_panes = ws.cell(row=TABLE_FIRST_ROW, column=1)
    setup_print(ws, f"{_HEADER_ROW}:{_HEADER_ROW}")


def write_kinds(ws: Worksheet, lang: str, visible: dict[str, Any]) -> None:
    kinds = visible["kinds"]
    _table(ws, lang, label(lang, "events_by_kind"), KIND_COLUMNS, kinds)
    if kinds:  # the last row is the total
        for col in (1, 2):
            style(ws.cell(row=kinds[-1]["row"], column=col), BOLD, TOTAL_FILL, BORDER, None)
    else:
        put(ws, TABLE_FIRST_ROW + 1, 1, label(lang, "no_events")).font = FONT


def write_children(ws: Worksheet, lang: str, visible: dict[str, Any]) -> None:
    children = visible["children"]
    # one line each: fixed heights are cheaper than measuring 2,000 names
    _table(ws, lang, label(lang, "annex_returns"), CHILD_COLUMNS, children, sized=False)
    late_col = 1 + [c[0] for c in CHILD_COLUMNS].index("late")
    for entry in children:
        if entry["late"]:
            ws.cell(row=entry["row"], column=late_col).font = _LATE
    row = TABLE_FIRST_ROW + len(children) + 1  # after a blank row: not a return
    put(ws, row, 3, f"{label(lang, 'total_row')}: {len(children)}").font = BOLD
    for name in ("c_done", "c_not_done", "participants"):
        col = 1 + [c[0] for c in CHILD_COLUMNS].index(name)
        put(ws, row, col, sum(int(e[name] or 0) for e in children)).font = BOLD


def write_excerpts(ws: Worksheet, lang: str, visible: dict[str, Any]) -> None:
    rows = visible["excerpts"]
    _table(ws, lang, label(lang, "excerpts"), EXCERPT_COLUMNS, rows)
    if not rows:
        put(ws, TABLE_FIRST_ROW + 1, 1, label(lang, "no_excerpts")).font = FONT
