"""Excel 97-2003 workbooks (.xls) through xlrd: cell texts as shown, merged cells kept.

xlrd reads the whole file into memory, so the file is refused above ``MAX_XLS_BYTES``
before xlrd sees it; every sheet's size is checked from its dimensions before its cells are
read, then rows, cells and characters are counted as the grid is built.
"""

from __future__ import annotations

import warnings
from collections.abc import Generator
from typing import Any

from app.services.errors import ImportRejected
from app.services.messages import Message

from .cells import render_date, render_number
from .limits import MAX_COLUMNS, MAX_ROWS, MAX_SHEETS, Deadline
from .table import GridBudget, Merge, Table
from .textnorm import brief


def _damaged(what: str, exc: BaseException) -> ImportRejected:
    text = str(exc).lower()
    if "encrypt" in text or "password" in text:
        return ImportRejected(Message.IMPORT_XLS_PASSWORD, what=what)
    return ImportRejected(Message.IMPORT_XLS_UNREADABLE, what=what, detail=brief(exc))


def iter_xls_sheets(
    data: bytes, what: str, deadline: Deadline | None = None
) -> Generator[Table, None, None]:
    """Each visible sheet (the active one first) of an .xls workbook as a Table."""
    deadline = deadline or Deadline(what)
    import xlrd

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = xlrd.open_workbook(
                file_contents=data, formatting_info=True, on_demand=True, logfile=_Quiet()
            )
    except Exception as exc:  # xlrd raises its own errors and anything on a bad file
        raise _damaged(what, exc) from None
    try:
        count = min(book.nsheets, MAX_SHEETS)
        active = next((i for i in range(count) if _is_active(book, i)), 0)
        order = [active] + [i for i in range(count) if i != active]
        for index in order:
            deadline.check()
            try:
                sheet = book.sheet_by_index(index)
            except Exception as exc:
                raise _damaged(what, exc) from None
            if getattr(sheet, "visibility", 0) != 0 and index != active:
                continue
            yield _read(book, sheet, what, deadline)
    finally:
        book.release_resources()


def _is_active(book: Any, index: int) -> bool:
    try:
        return bool(book.sheet_by_index(index).sheet_selected)
    except Exception:  # pragma: no cover - a sheet that cannot be read is reported later
        return False


def _read(book: Any, sheet: Any, what: str, deadline: Deadline) -> Table:
    import xlrd

    name = f"{what}, sheet '{sheet.name}'"
    if sheet.nrows > MAX_ROWS * 2 or sheet.ncols > MAX_COLUMNS:
        raise ImportRejected(
            Message.IMPORT_XLS_SHEET_TOO_LARGE,
            what=name,
            rows=sheet.nrows,
            columns=sheet.ncols,
            max_rows=MAX_ROWS,
            max_columns=MAX_COLUMNS,
        )
    budget = GridBudget(name)
    rows: list[list[str]] = []
    for r in range(sheet.nrows):
        if r & 255 == 0:
            deadline.check()
        cells: list[str] = []
        for c, cell in enumerate(sheet.row(r)):
            cells.append(_text(book, sheet, cell, r, c, xlrd))
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            budget.row(cells, r + 1)
        rows.append(cells)
    while rows and not rows[-1]:
        rows.pop()
    merges = [
        Merge(rlo, clo, rhi - 1, chi - 1)
        for rlo, rhi, clo, chi in getattr(sheet, "merged_cells", [])
        if rhi - rlo >= 1 and chi - clo >= 1
    ]
    return Table(rows=rows, merges=merges, name=str(sheet.name))


def _text(book: Any, sheet: Any, cell: Any, r: int, c: int, xlrd: Any) -> str:
    kind = cell.ctype
    value = cell.value
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if kind == xlrd.XL_CELL_TEXT:
        return str(value)
    fmt = _format(book, sheet, r, c)
    if kind == xlrd.XL_CELL_DATE:
        try:
            moment = xlrd.xldate.xldate_as_datetime(value, book.datemode)
        except Exception:
            return render_number(float(value), fmt)
        return render_date(moment, fmt)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if value else "FALSE"
    if kind == xlrd.XL_CELL_NUMBER:
        return render_number(float(value), fmt)
    if kind == xlrd.XL_CELL_ERROR:
        return str(xlrd.error_text_from_code.get(value, "#ERROR"))
    return str(value)


def _format(book: Any, sheet: Any, r: int, c: int) -> str:
    try:
        xf = book.xf_list[sheet.cell_xf_index(r, c)]
        return str(book.format_map[xf.format_key].format_str) or "General"
    except Exception:
        return "General"


class _Quiet:
    """xlrd's log goes nowhere (its warnings about odd records are not the clerk's)."""

    def write(self, _text: str) -> int:
        return 0
