"""Excel workbooks: check the zip package first, then read cell texts with openpyxl."""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Generator
from functools import partial
from itertools import compress, count
from operator import is_not
from pathlib import Path
from typing import Any

from app.services.errors import ImportRejected

from .cells import render_cell
from .limits import MAX_CELLS, MAX_COLUMNS, MAX_ROWS, MAX_SHEETS, MAX_UNCOMPRESSED, MAX_ZIP_ENTRIES
from .textnorm import brief

_PROLOG_BYTES = 65536
_ROOT_START = re.compile(rb"<(?![?!])")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_EXCEL_MAX_ROWS = 1_048_576


def check_package(path: Path, what: str) -> None:
    """Refuse zip bombs, non-workbooks and XML with DTDs before openpyxl sees the file."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ZIP_ENTRIES:
                raise ImportRejected(
                    f"{what} holds {len(infos):,} parts: looked for an Excel workbook, which has a "
                    "few dozen"
                )
            total = sum(i.file_size for i in infos)
            if total > MAX_UNCOMPRESSED:
                raise ImportRejected(
                    f"{what} would unpack to {total / 2**20:,.0f} MB: looked for an Excel "
                    f"workbook of at most {MAX_UNCOMPRESSED // 2**20} MB unpacked"
                )
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names:
                raise ImportRejected(_not_workbook(what, names))
            if any(i.flag_bits & 0x1 for i in infos):
                raise ImportRejected(
                    f"{what} is encrypted: looked for a workbook without a password"
                )
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    _check_xml_part(archive, info, what)
    except ImportRejected:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise ImportRejected(
            f"{what} is damaged: looked for a readable .xlsx zip package ({brief(exc)})"
        ) from None


def _not_workbook(what: str, names: set[str]) -> str:
    if "mimetype" in names and "content.xml" in names:
        return f"{what} is an OpenDocument file: looked for an .xlsx workbook, so save it as .xlsx"
    if "word/document.xml" in names:
        return f"{what} is a Word document: looked for an Excel workbook, save it as .xlsx"
    return f"{what} is not an Excel workbook: looked for xl/workbook.xml inside and found none"


def _check_xml_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, what: str) -> None:
    """No DOCTYPE or ENTITY before the root element (never in a real workbook)."""
    with archive.open(info) as part:
        head = part.read(_PROLOG_BYTES)
    if b"\x00" in head[:200]:
        for enc in ("utf-16", "utf-16-le", "utf-16-be"):
            try:
                head = head.decode(enc, errors="ignore").encode("utf-8")
                break
            except UnicodeError:  # pragma: no cover - errors are ignored
                continue
    root = _ROOT_START.search(head)
    prolog = head if root is None else head[: root.start()]
    if _DTD.search(prolog) or (root is None and len(head) >= _PROLOG_BYTES):
        raise ImportRejected(
            f"{what} contains XML with a document type declaration ({info.filename}): looked "
            "for a plain Excel workbook, which never has one"
        )


def iter_sheets(path: Path, what: str) -> Generator[tuple[str, list[list[str]]], None, None]:
    """Each visible sheet (the active one first) as a grid of cell texts."""
    check_package(path, what)
    import openpyxl

    with path.open("rb") as handle:  # ours to close, also when openpyxl fails half-way
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                book = openpyxl.load_workbook(handle, read_only=True, data_only=False)
        except Exception as exc:  # openpyxl raises anything on a malformed part
            raise ImportRejected(
                f"{what} is not a readable Excel workbook: looked for its worksheets and found "
                f"a damaged part ({brief(exc)})"
            ) from None
        try:
            sheets = list(book.worksheets)[:MAX_SHEETS]
            active = book.active
            order = ([active] if active in sheets else []) + [s for s in sheets if s is not active]
            for sheet in order:
                if getattr(sheet, "sheet_state", "visible") != "visible" and sheet is not active:
                    continue
                yield sheet.title, _read_sheet(path, sheet, what)
        finally:
            book.close()


def _read_sheet(path: Path, sheet: Any, what: str) -> list[list[str]]:
    formulas: dict[tuple[int, int], str] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            grid = _grid(sheet, formulas, what)
            if formulas:
                _fill_cached_values(path, sheet.title, grid, formulas)
    except ImportRejected:
        raise
    except Exception as exc:
        raise ImportRejected(
            f"{what}: the sheet '{sheet.title}' cannot be read: looked for rows of cells and "
            f"found a damaged part ({brief(exc)})"
        ) from None
    return grid


def _grid(sheet: Any, formulas: dict[tuple[int, int], str], what: str) -> list[list[str]]:
    from openpyxl.cell.read_only import EMPTY_CELL

    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # a wrong <dimension> must not cut or pad the data
    is_real = partial(is_not, EMPTY_CELL)
    grid: list[list[str]] = []
    budget = MAX_CELLS
    for r, row in enumerate(sheet.iter_rows()):
        budget -= len(row)
        if r >= _EXCEL_MAX_ROWS or budget < 0:
            raise ImportRejected(
                f"{what}: the sheet '{sheet.title}' is too large: looked for a plan table of at "
                f"most {MAX_ROWS:,} rows and {MAX_COLUMNS:,} columns"
            )
        # only the cells the file really has; openpyxl's padding is skipped at C speed
        head, tail = row[:MAX_COLUMNS], row[MAX_COLUMNS:]
        beyond = any(map(is_real, tail)) and any(
            cell.value not in (None, "") for cell in compress(tail, map(is_real, tail))
        )
        filled = [
            (c, head[c])
            for c in compress(count(), map(is_real, head))
            if head[c].value not in (None, "")
        ]
        if beyond:
            raise ImportRejected(
                f"{what}: the sheet '{sheet.title}' has text beyond column {MAX_COLUMNS:,} in "
                f"row {r + 1}: looked for a plan table, which is far narrower"
            )
        if r >= MAX_ROWS:
            if filled:
                raise ImportRejected(
                    f"{what}: the sheet '{sheet.title}' has more than {MAX_ROWS:,} rows: looked "
                    "for a plan table of at most that many"
                )
            continue
        cells = [""] * (filled[-1][0] + 1 if filled else 0)
        for c, cell in filled:
            value = cell.value
            if getattr(cell, "data_type", None) == "f":
                text = value if isinstance(value, str) else str(getattr(value, "text", "") or "")
                formulas[(r, c)] = cells[c] = text
            else:
                cells[c] = render_cell(value, getattr(cell, "number_format", "General"))
        grid.append(cells)
    return grid


def _fill_cached_values(
    path: Path, title: str, grid: list[list[str]], formulas: dict[tuple[int, int], str]
) -> None:
    """Formula cells show the value Excel last computed (never evaluated here); without
    one, the formula's own text is kept."""
    import openpyxl

    with path.open("rb") as handle:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        try:
            sheet = book[title]
            sheet.reset_dimensions()
            last = max(r for r, _ in formulas)
            for r, row in enumerate(sheet.iter_rows(max_row=last + 1)):
                for c, cell in enumerate(row[:MAX_COLUMNS]):
                    if (r, c) in formulas and getattr(cell, "value", None) is not None:
                        grid[r][c] = render_cell(cell.value, getattr(cell, "number_format", ""))
        finally:
            book.close()
