"""OpenDocument files (.ods spreadsheets, .odt text documents) from LibreOffice.

The package is checked like any zip from outside, then content.xml is streamed with
defusedxml. Repeated cells and rows ("number-columns-repeated", the way LibreOffice writes a
row's empty tail or a sheet's million empty rows) are counted, never expanded, unless text
follows them; spans ("number-columns-spanned", "number-rows-spanned") become merges.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

from app.services.errors import ImportRejected
from app.services.messages import Message
from app.services.safe_zip import Budget, check_packing, check_sizes

from .docx import count_part_elements
from .limits import MAX_COLUMNS, MAX_ROWS, MAX_SHEETS, Deadline
from .table import PARAGRAPH, GridBudget, Merge, Table
from .textnorm import brief
from .xlsx import check_xml_part

_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_X = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_EXPECTED = "an OpenDocument file"


def read_odf(path: Path, what: str, deadline: Deadline) -> Generator[Table, None, None]:
    """Each sheet of an .ods, or the body of an .odt as one Table."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            check_sizes(infos, what, _EXPECTED)
            if any(i.flag_bits & 0x1 for i in infos):
                raise ImportRejected(Message.IMPORT_ODF_ENCRYPTED, what=what)
            check_packing(infos, what, _EXPECTED)
            budget = Budget()
            for info in infos:
                if info.filename.endswith(".xml"):
                    check_xml_part(archive, info, what)
                    count_part_elements(archive, info, what, budget, deadline)
            with archive.open("content.xml") as content:
                tables = _parse(content, what, deadline)
    except ImportRejected:
        raise
    except KeyError:
        raise ImportRejected(Message.IMPORT_ODF_NO_CONTENT, what=what) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error, RuntimeError) as exc:
        raise ImportRejected(Message.IMPORT_ODF_DAMAGED, what=what, detail=brief(exc)) from None
    except Exception as exc:  # the XML parser raises its own errors on a malformed part
        raise ImportRejected(Message.IMPORT_ODF_UNREADABLE, what=what, detail=brief(exc)) from None
    yield from tables


def _text(element: Any) -> str:
    """The text of a cell or paragraph: spans, spaces (text:s), tabs and line breaks."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag
        if tag == f"{_X}s":
            parts.append(" " * min(int(node.get(f"{_X}c", "1")), 100))
        elif tag == f"{_X}tab":
            parts.append("\t")
        elif tag == f"{_X}line-break":
            parts.append("\n")
        elif tag in (f"{_X}note", f"{_O}annotation"):
            return
        elif node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    paragraphs: list[str] = []
    for p in element:
        if p.tag in (f"{_X}p", f"{_X}h"):
            parts.clear()
            walk(p)
            paragraphs.append("".join(parts).strip())
        elif p.tag == f"{_X}list":
            paragraphs.extend(f"- {t}" for t in _list_items(p))
    return "\n".join(t for t in paragraphs if t)


def _list_items(lst: Any) -> list[str]:
    out: list[str] = []
    for item in lst:
        if item.tag in (f"{_X}list-item", f"{_X}list-header"):
            text = _text(item)
            if text:
                out.append(text)
    return out


class _Sheet:
    def __init__(self, name: str, what: str) -> None:
        self.name = name
        self.rows: list[list[str]] = []
        self.merges: list[Merge] = []
        self.empty_rows = 0  # empty rows waiting for a row with text below them
        self.budget = GridBudget(f"{what}, sheet '{name}'" if name else what)

    def add_row(self, cells: list[str], repeat: int) -> None:
        if not any(cells):
            self.empty_rows += repeat
            return
        for _ in range(min(repeat, MAX_ROWS)):
            if self.empty_rows:
                if len(self.rows) + self.empty_rows > MAX_ROWS:
                    self.budget.row([], MAX_ROWS + 1)
                self.rows.extend([] for _ in range(self.empty_rows))
                self.empty_rows = 0
            self.budget.row(cells, len(self.rows) + 1)
            self.rows.append(list(cells))


def _row_cells(row: Any, r: int, sheet: _Sheet) -> list[str]:
    cells: list[str] = []
    pending = 0  # empty repeated cells not yet written (written only if text follows)
    for cell in row:
        if cell.tag not in (f"{_T}table-cell", f"{_T}covered-table-cell"):
            continue
        repeat = int(cell.get(f"{_T}number-columns-repeated", "1"))
        text = _text(cell) if cell.tag == f"{_T}table-cell" else ""
        if not text:
            pending += repeat
            continue
        if len(cells) + pending >= MAX_COLUMNS:
            sheet.budget.row([""] * (MAX_COLUMNS + 1), r + 1)
        cells.extend([""] * pending)
        pending = 0
        span_c = int(cell.get(f"{_T}number-columns-spanned", "1"))
        span_r = int(cell.get(f"{_T}number-rows-spanned", "1"))
        if span_r > 1 or span_c > 1:
            sheet.merges.append(
                Merge(
                    r,
                    len(cells),
                    r + min(span_r, MAX_ROWS) - 1,
                    len(cells) + min(span_c, MAX_COLUMNS) - 1,
                )
            )
        for _ in range(min(repeat, MAX_COLUMNS)):
            cells.append(text)
    return cells


def _parse(content: Any, what: str, deadline: Deadline) -> list[Table]:
    import defusedxml.ElementTree as ET

    tables: list[Table] = []
    doc = Table(rows=[], blocks=[])
    doc_budget = GridBudget(what)
    is_text = False
    depth = 0
    lists = 0
    table_no = 0
    for event, element in ET.iterparse(content, events=("start", "end"), forbid_dtd=True):
        if event == "start":
            if element.tag == f"{_O}text":
                is_text = True
            if element.tag == f"{_T}table":
                depth += 1
            if element.tag == f"{_X}list" and depth == 0:
                lists += 1
            continue
        deadline.check()
        tag = element.tag
        if tag == f"{_T}table":
            depth -= 1
            if depth:
                continue  # a table inside a cell: its text belongs to the cell
            sheet = _Sheet(element.get(f"{_T}name", ""), what)
            for row in _rows(element):
                cells = _row_cells(row, len(sheet.rows) + sheet.empty_rows, sheet)
                sheet.add_row(cells, int(row.get(f"{_T}number-rows-repeated", "1")))
            element.clear()
            if is_text:
                offset = len(doc.rows)
                for cells in sheet.rows:
                    doc_budget.row(cells, len(doc.rows) + 1)
                    doc.rows.append(cells)
                    assert doc.blocks is not None
                    doc.blocks.append(table_no)
                doc.merges.extend(
                    Merge(m.top + offset, m.left, m.bottom + offset, m.right) for m in sheet.merges
                )
                table_no += 1
            else:
                tables.append(Table(rows=sheet.rows, merges=sheet.merges, name=sheet.name))
                if len(tables) >= MAX_SHEETS:
                    break
        elif is_text and depth == 0 and tag == f"{_X}list":
            lists -= 1
            if lists == 0:
                for line in _list_items(element):
                    _paragraph(doc, doc_budget, f"- {line}")
                element.clear()
        elif is_text and depth == 0 and lists == 0 and tag in (f"{_X}p", f"{_X}h"):
            _paragraph(doc, doc_budget, _text(_Holder([element])))
            element.clear()
    if is_text:
        return [doc]
    return tables


def _paragraph(doc: Table, budget: GridBudget, text: str) -> None:
    budget.row([text], len(doc.rows) + 1)
    doc.rows.append([text])
    assert doc.blocks is not None
    doc.blocks.append(PARAGRAPH)


class _Holder(list):  # type: ignore[type-arg]
    """A stand-in parent so that a lone paragraph is read like a cell's paragraphs."""


def _rows(table: Any) -> Iterator[Any]:
    for child in table:
        if child.tag == f"{_T}table-row":
            yield child
        elif child.tag in (f"{_T}table-header-rows", f"{_T}table-rows", f"{_T}table-row-group"):
            yield from _rows(child)
