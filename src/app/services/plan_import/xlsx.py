"""Excel workbooks: check the zip package first, then read cell texts with openpyxl."""

from __future__ import annotations

import codecs
import re
import time
import warnings
import zipfile
import zlib
from collections.abc import Generator
from functools import partial
from itertools import compress, count
from operator import is_not
from pathlib import Path
from typing import Any

from app.services.errors import ImportRejected
from app.services.messages import Message
from app.services.safe_zip import Budget, check_packing, check_sizes, unpacked

from .cells import render_cell
from .limits import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_PART_ELEMENTS,
    MAX_ROWS,
    MAX_SCANNED_CELLS,
    MAX_SHARED_BYTES,
    MAX_SHARED_STRINGS,
    MAX_SHEETS,
    MAX_TEXT_CHARS,
    MAX_TEXT_RUN,
    Deadline,
    megabytes,
)
from .table import Merge, Table
from .textnorm import brief

_PROLOG_BYTES = 65536
_ROOT_START = re.compile(rb"<(?![?!])")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_EXCEL_MAX_ROWS = 1_048_576


def check_package(path: Path, what: str, deadline: Deadline | None = None) -> None:
    """Refuse zip bombs, non-workbooks and XML with DTDs before openpyxl sees the file.

    The zip headers are checked first (parts, unpacked size, packing, growth), then every
    XML part is unpacked once and counted while it streams: bytes, cells, rows, shared
    strings, elements and the longest text, each against ``limits``; the first one over
    stops the reading. openpyxl then reads only what fits.
    """
    deadline = deadline or Deadline(what)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            check_sizes(infos, what)
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names:
                raise ImportRejected(_not_workbook(names), what=what)
            if any(i.flag_bits & 0x1 for i in infos):
                raise ImportRejected(Message.IMPORT_XLSX_ENCRYPTED, what=what)
            check_packing(infos, what)
            budget = Budget()
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    _check_xml_part(archive, info, what)
                    _scan_part(archive, info, what, budget, deadline)
    except ImportRejected:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise ImportRejected(Message.IMPORT_XLSX_DAMAGED, what=what, detail=brief(exc)) from None
    except (zlib.error, NotImplementedError, RuntimeError) as exc:
        raise ImportRejected(Message.IMPORT_XLSX_DAMAGED, what=what, detail=brief(exc)) from None


def _not_workbook(names: set[str]) -> Message:
    """What a zip package without a workbook is, by the parts it has."""
    if "mimetype" in names and "content.xml" in names:
        return Message.IMPORT_XLSX_IS_ODF
    if "word/document.xml" in names:
        return Message.IMPORT_XLSX_IS_WORD
    return Message.IMPORT_XLSX_NO_WORKBOOK


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
        raise ImportRejected(Message.IMPORT_XLSX_DOCTYPE, what=what, part=info.filename)


check_xml_part = _check_xml_part  # the same check for any zip package from outside

_NAME = rb"<(?:[A-Za-z_][\w.-]*:)?"
_CELL = re.compile(_NAME + rb"c[\s/>]")
_ROW = re.compile(_NAME + rb"row[\s/>]")
_STRING = re.compile(_NAME + rb"si[\s/>]")
_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_PLAIN_ENCODINGS = {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1",
                    "windows-1252", "cp1252"}  # fmt: skip


def _part_kind(name: str) -> str:
    if name.startswith("xl/worksheets/") and name.endswith(".xml"):
        return "sheet"
    if name == "xl/sharedStrings.xml":
        return "strings"
    return "other"


def _starts(data: bytes) -> int:
    """Element start tags in *data* (comments and declarations left out)."""
    return data.count(b"<") - data.count(b"</") - data.count(b"<?") - data.count(b"<!")


class _PartScan:
    """Counts one XML part as it streams: its cells and rows (a sheet), its texts (the
    shared strings), its elements (per row or text, or in all for another part) and its
    longest text. Pieces are cut after the last "<" so no tag is ever split."""

    def __init__(self, info: zipfile.ZipInfo, what: str) -> None:
        self.name = info.filename
        self.what = what
        self.kind = _part_kind(info.filename)
        self.record = {"sheet": _ROW, "strings": _STRING}.get(self.kind)
        self.records = 0
        self.cells = 0
        self.elements = 0  # of the current row / text, or of the whole part
        self.carry = b""
        self.decoder: codecs.IncrementalDecoder | None = None
        self.first = True
        if self.kind == "strings" and info.file_size > MAX_SHARED_BYTES:
            raise ImportRejected(
                Message.IMPORT_XLSX_SHARED_TOO_LARGE,
                what=what,
                size=megabytes(info.file_size),
                limit=megabytes(MAX_SHARED_BYTES),
            )

    def feed(self, chunk: bytes) -> None:
        if self.first:
            self.first = False
            self._encoding(chunk)
        if self.decoder is not None:
            chunk = self.decoder.decode(chunk).encode("utf-8")
        data = self.carry + chunk
        cut = data.rfind(b"<")
        if cut <= 0:
            self.carry = data
        else:
            self.carry = data[cut:]
            self._scan(data[:cut])
        if len(self.carry) > MAX_TEXT_RUN:
            self._long_text()

    def finish(self) -> None:
        if self.decoder is not None:
            self.carry += self.decoder.decode(b"", final=True).encode("utf-8")
        self._scan(self.carry)
        self.carry = b""

    def _encoding(self, head: bytes) -> None:
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            self.decoder = codecs.getincrementaldecoder("utf-16")()
            return
        if b"\x00" in head[:200]:
            odd_zero = head[1:200:2].count(0) > head[0:200:2].count(0)
            self.decoder = codecs.getincrementaldecoder("utf-16-le" if odd_zero else "utf-16-be")()
            return
        declared = _ENCODING.match(head.lstrip(codecs.BOM_UTF8))
        if declared and declared.group(1).decode("ascii").lower() not in _PLAIN_ENCODINGS:
            raise ImportRejected(
                Message.IMPORT_XLSX_PART_ENCODING,
                what=self.what,
                part=self.name,
                encoding=declared.group(1).decode("ascii"),
            )

    def _long_text(self) -> None:
        raise ImportRejected(
            Message.IMPORT_XLSX_LONG_TEXT,
            what=self.what,
            part=self.name,
            limit=megabytes(MAX_TEXT_RUN),
        )

    def _scan(self, piece: bytes) -> None:
        if not piece:
            return
        if max(map(len, piece.split(b"<"))) > MAX_TEXT_RUN:
            self._long_text()
        if self.record is None:
            self.elements += _starts(piece)
            if self.elements > MAX_PART_ELEMENTS:
                raise ImportRejected(
                    Message.IMPORT_XLSX_PART_ELEMENTS,
                    what=self.what,
                    part=self.name,
                    limit=MAX_PART_ELEMENTS,
                )
            return
        if self.kind == "sheet":
            self.cells += len(_CELL.findall(piece))
            if self.cells > MAX_CELLS:
                raise ImportRejected(
                    Message.IMPORT_XLSX_PART_CELLS, what=self.what, part=self.name, limit=MAX_CELLS
                )
        segments = self.record.split(piece)
        self.records += len(segments) - 1
        limit = MAX_SHARED_STRINGS if self.kind == "strings" else _EXCEL_MAX_ROWS
        if self.records > limit:
            code = (
                Message.IMPORT_XLSX_PART_SHARED_TEXTS
                if self.kind == "strings"
                else Message.IMPORT_XLSX_PART_ROWS
            )
            raise ImportRejected(code, what=self.what, part=self.name, limit=limit)
        for n, segment in enumerate(segments):
            count = _starts(segment)
            self.elements = self.elements + count if n == 0 else count + 1
            if self.elements > MAX_PART_ELEMENTS:
                code = (
                    Message.IMPORT_XLSX_ROW_ELEMENTS
                    if self.kind == "sheet"
                    else Message.IMPORT_XLSX_TEXT_ELEMENTS
                )
                raise ImportRejected(code, what=self.what, part=self.name, limit=MAX_PART_ELEMENTS)


def _scan_part(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, what: str, budget: Budget, deadline: Deadline
) -> None:
    scan = _PartScan(info, what)
    for chunk in unpacked(archive, info, what, budget, deadline):
        scan.feed(chunk)
    scan.finish()


def iter_tables(
    path: Path, what: str, deadline: Deadline | None = None
) -> Generator[Table, None, None]:
    """Each visible sheet (the active one first) as a Table with its merged cells."""
    deadline = deadline or Deadline(what)
    check_package(path, what, deadline)
    import openpyxl

    with path.open("rb") as handle:  # ours to close, also when openpyxl fails half-way
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                book = openpyxl.load_workbook(handle, read_only=True, data_only=False)
        except Exception as exc:  # openpyxl raises anything on a malformed part
            raise ImportRejected(
                Message.IMPORT_XLSX_UNREADABLE, what=what, detail=brief(exc)
            ) from None
        try:
            sheets = list(book.worksheets)[:MAX_SHEETS]
            active = book.active
            order = ([active] if active in sheets else []) + [s for s in sheets if s is not active]
            for sheet in order:
                if getattr(sheet, "sheet_state", "visible") != "visible" and sheet is not active:
                    continue
                grid = _read_sheet(path, sheet, what, deadline)
                merges = _merges(path, getattr(sheet, "_worksheet_path", ""), what, deadline)
                yield Table(rows=grid, merges=merges, name=sheet.title)
        finally:
            book.close()


_MERGE = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?ref=[\"']([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})[\"']"
)


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters.decode("ascii"):
        number = number * 26 + ord(ch) - 64
    return number


def _merges(path: Path, part: str, what: str, deadline: Deadline) -> list[Merge]:
    """The merged ranges of a sheet part (read-only openpyxl does not keep them)."""
    if not part:
        return []
    name = part.lstrip("/")
    found: list[Merge] = []
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(name)
            carry = b""
            for chunk in unpacked(archive, info, what, Budget(), deadline):
                data = carry + chunk
                for match in _MERGE.finditer(data):
                    top, bottom = int(match[2]) - 1, int(match[4]) - 1
                    left, right = _column_number(match[1]) - 1, _column_number(match[3]) - 1
                    if 0 <= top <= bottom < MAX_ROWS and 0 <= left <= right < MAX_COLUMNS:
                        found.append(Merge(top, left, bottom, right))
                    if len(found) > MAX_CELLS:
                        return found
                carry = data[-200:]
    except (KeyError, zipfile.BadZipFile, OSError, zlib.error, ValueError):
        return []
    return sorted(set(found), key=lambda m: (m.top, m.left))


def _read_sheet(path: Path, sheet: Any, what: str, deadline: Deadline) -> list[list[str]]:
    formulas: dict[tuple[int, int], str] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            grid = _grid(sheet, formulas, what, deadline)
            if formulas:
                _fill_cached_values(path, sheet.title, grid, formulas, deadline, what)
    except ImportRejected:
        raise
    except Exception as exc:
        raise ImportRejected(
            Message.IMPORT_XLSX_SHEET_UNREADABLE, what=what, sheet=sheet.title, detail=brief(exc)
        ) from None
    return grid


def _too_much_text(what: str, title: str) -> ImportRejected:
    return ImportRejected(
        Message.IMPORT_XLSX_SHEET_TEXT, what=what, sheet=title, limit=MAX_TEXT_CHARS
    )


def _grid(
    sheet: Any, formulas: dict[tuple[int, int], str], what: str, deadline: Deadline
) -> list[list[str]]:
    from openpyxl.cell.read_only import EMPTY_CELL

    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # a wrong <dimension> must not cut or pad the data
    is_real = partial(is_not, EMPTY_CELL)
    grid: list[list[str]] = []
    budget = MAX_SCANNED_CELLS
    text_left = MAX_TEXT_CHARS
    checked = time.monotonic()
    for r, row in enumerate(sheet.iter_rows()):
        if r & 1023 == 0 or time.monotonic() - checked > 1:
            deadline.check()
            checked = time.monotonic()
        budget -= len(row)
        if r >= _EXCEL_MAX_ROWS or budget < 0:
            raise ImportRejected(
                Message.IMPORT_XLSX_SHEET_TOO_LARGE,
                what=what,
                sheet=sheet.title,
                rows=MAX_ROWS,
                columns=MAX_COLUMNS,
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
                Message.IMPORT_XLSX_SHEET_TOO_WIDE,
                what=what,
                sheet=sheet.title,
                columns=MAX_COLUMNS,
                row=r + 1,
            )
        if r >= MAX_ROWS:
            if filled:
                raise ImportRejected(
                    Message.IMPORT_XLSX_SHEET_ROWS, what=what, sheet=sheet.title, rows=MAX_ROWS
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
        text_left -= sum(map(len, cells))
        if text_left < 0:
            raise _too_much_text(what, sheet.title)
        grid.append(cells)
    return grid


def _fill_cached_values(
    path: Path,
    title: str,
    grid: list[list[str]],
    formulas: dict[tuple[int, int], str],
    deadline: Deadline,
    what: str = "",
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
            text_left = MAX_TEXT_CHARS - sum(sum(map(len, cells)) for cells in grid)
            for r, row in enumerate(sheet.iter_rows(max_row=last + 1)):
                if r & 1023 == 0:
                    deadline.check()
                for c, cell in enumerate(row[:MAX_COLUMNS]):
                    if (r, c) in formulas and getattr(cell, "value", None) is not None:
                        text = render_cell(cell.value, getattr(cell, "number_format", ""))
                        text_left -= len(text) - len(grid[r][c])
                        if text_left < 0:
                            raise _too_much_text(what, title)
                        grid[r][c] = text
        finally:
            book.close()
