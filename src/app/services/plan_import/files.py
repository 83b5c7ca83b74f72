"""Files in, plans out: pick the reader by content and extension, apply the limits."""

from __future__ import annotations

import zipfile
from collections.abc import Generator
from contextlib import closing
from pathlib import Path

from app.domain.periods import Scheme
from app.domain.plan import PlanData
from app.services.errors import EnvironmentProblem, ImportRejected
from app.services.messages import Message

from .docx import read_docx
from .json_plan import parse_plan_json
from .limits import (
    MAX_FILE_BYTES,
    MAX_JSON_BYTES,
    MAX_TEXT_BYTES,
    MAX_XLS_BYTES,
    Deadline,
    check_plan_size,
    megabytes,
)
from .odf import read_odf
from .recognise import recognise_table
from .table import Table
from .text_table import parse_text_table
from .validate import check_plan
from .xls import iter_xls_sheets
from .xlsx import iter_tables

TEXT_SUFFIXES = {".csv", ".tsv", ".txt", ".tab"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
DOCX_SUFFIXES = {".docx", ".docm"}
ODF_SUFFIXES = {".ods", ".odt"}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


def _what(path: Path) -> str:
    return f"'{path.name}'"


def _stat(path: Path) -> int:
    try:
        if not path.is_file():
            if path.exists():
                raise ImportRejected(Message.IMPORT_FILE_IS_FOLDER, what=_what(path))
            raise ImportRejected(Message.IMPORT_FILE_MISSING, what=_what(path), path=str(path))
        return path.stat().st_size
    except PermissionError as exc:
        raise EnvironmentProblem(
            Message.IMPORT_CANNOT_READ, what=_what(path), error=str(exc.strerror)
        ) from None


def _too_large(
    path: Path, size: int, limit: int, kind: Message = Message.IMPORT_TOO_LARGE
) -> ImportRejected:
    """*kind*: the message that says what was looked for (a plan file, a table file ...)."""
    return ImportRejected(kind, what=_what(path), size=megabytes(size), limit=limit // 2**20)


def _cannot_read(path: Path, exc: OSError) -> EnvironmentProblem:
    return EnvironmentProblem(
        Message.IMPORT_CANNOT_READ, what=_what(path), error=str(exc.strerror or exc)
    )


def _read_bytes(
    path: Path,
    size: int,
    limit: int = MAX_FILE_BYTES,
    kind: Message = Message.IMPORT_TOO_LARGE,
) -> bytes:
    """The whole file, read only when it is within *limit* (also if it grew meanwhile)."""
    if size > MAX_FILE_BYTES:
        raise _too_large(path, size, MAX_FILE_BYTES)
    if size > limit:
        raise _too_large(path, size, limit, kind)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    if len(data) > limit:
        raise _too_large(path, len(data), limit, kind)
    return data


def _read_text_table(path: Path, size: int) -> bytes:
    return _read_bytes(path, size, MAX_TEXT_BYTES, Message.IMPORT_TOO_LARGE_TEXT)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(8)
    except OSError as exc:
        raise _cannot_read(path, exc) from None


def _zip_kind(path: Path) -> str:
    """What a zip package is, from its part names: xlsx, docx or odf."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist()[:5000])
    except (zipfile.BadZipFile, OSError, ValueError):
        # damaged: the reader its name promises says so, in its own words
        suffix = path.suffix.lower()
        return "docx" if suffix in DOCX_SUFFIXES else "odf" if suffix in ODF_SUFFIXES else "xlsx"
    if "word/document.xml" in names and "xl/workbook.xml" not in names:
        return "docx"
    if "content.xml" in names and "mimetype" in names and "xl/workbook.xml" not in names:
        return "odf"
    return "xlsx"


def _kind(path: Path, size: int) -> str:
    """The kind of file (xlsx, xls, docx, odf, text or json) from its first bytes and its
    extension."""
    suffix = path.suffix.lower()
    if size == 0:
        raise ImportRejected(Message.IMPORT_EMPTY, what=_what(path))
    head = _head(path)
    if head.startswith(_OLE):
        if suffix in DOCX_SUFFIXES or suffix == ".doc":
            raise ImportRejected(Message.IMPORT_OLD_WORD, what=_what(path))
        return "xls"
    if suffix in XLSX_SUFFIXES | DOCX_SUFFIXES | ODF_SUFFIXES or head.startswith(_ZIP):
        if not head.startswith(_ZIP):
            code = (
                Message.IMPORT_NOT_DOCX
                if suffix in DOCX_SUFFIXES
                else (Message.IMPORT_NOT_ODF if suffix in ODF_SUFFIXES else Message.IMPORT_NOT_XLSX)
            )
            raise ImportRejected(code, what=_what(path))
        kind = _zip_kind(path)
        if kind == "docx" and suffix in XLSX_SUFFIXES:
            kind = "docx-named-xlsx"
        return kind
    if suffix == ".json":
        return "json"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix == ".xls":
        raise ImportRejected(Message.IMPORT_NOT_XLS, what=_what(path))
    raise ImportRejected(Message.IMPORT_NOT_SUPPORTED, what=_what(path))


def _tables(path: Path, size: int, kind: str, deadline: Deadline) -> Generator[Table, None, None]:
    """The tables of a file: each sheet of a workbook, the body of a document, a text table."""
    what = _what(path)
    if kind == "text":
        rows = parse_text_table(
            _read_text_table(path, size),
            what,
            prefer_tab=path.suffix.lower() != ".csv",
            deadline=deadline,
        )
        yield Table(rows=rows)
        return
    _check_size(path, size)
    if kind == "xls":
        data = _read_bytes(path, size, MAX_XLS_BYTES, Message.IMPORT_TOO_LARGE_XLS)
        yield from iter_xls_sheets(data, what, deadline)
        return
    if kind in ("docx", "docx-named-xlsx"):
        yield read_docx(path, what, deadline)
        return
    if kind == "odf":
        yield from read_odf(path, what, deadline)
        return
    with closing(iter_tables(path, what, deadline)) as sheets:
        yield from sheets


def read_table(path: Path) -> Table:
    """The first table of a file (.xlsx/.xls/.ods: the active sheet; .docx/.odt: the whole
    document; csv/tsv/txt)."""
    path = Path(path)
    size = _stat(path)
    kind = _kind(path, size)
    if kind == "json":
        raise ImportRejected(Message.IMPORT_JSON_NOT_TABLE, what=_what(path))
    deadline = Deadline(_what(path))
    with closing(_tables(path, size, kind, deadline)) as tables:
        for table in tables:
            return table
    raise ImportRejected(Message.IMPORT_NO_SHEET, what=_what(path))


def read_grid(path: Path) -> list[list[str]]:
    """The cell texts of a table file (.xlsx: its active sheet; csv/tsv/txt; a document's
    paragraphs and table rows)."""
    return read_table(path).rows


def _check_size(path: Path, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise _too_large(path, size, MAX_FILE_BYTES)


def parse_plan_file(
    path: Path, *, year: int | None = None, scheme: Scheme | None = None
) -> PlanData:
    """A plan from an .xlsx, .xls, .docx, .ods/.odt, .csv/.tsv/.txt or PlanDesk .json file;
    *year* and *scheme* are the clerk's (they replace what the file says). ImportRejected
    if not a plan; YearMissing when neither the file nor the clerk names its year."""
    path = Path(path)
    size = _stat(path)
    kind = _kind(path, size)
    what = _what(path)
    deadline = Deadline(what)
    if kind == "json":
        data = _read_bytes(path, size, MAX_JSON_BYTES, Message.IMPORT_TOO_LARGE_JSON)
        return check_plan_size(check_plan(parse_plan_json(data, what), what), what)
    first_error: ImportRejected | None = None
    sheets = 0
    with closing(_tables(path, size, kind, deadline)) as tables:
        for table in tables:
            sheets += 1
            where = f"{what}, sheet '{table.name}'" if table.name else what
            try:
                plan = recognise_table(table, title_hint=path.stem, year=year, scheme=scheme)
            except ImportRejected as exc:
                if first_error is None:
                    first_error = type(exc)(Message.IMPORT_WHERE, where=where, problem=exc)
                continue
            try:
                plan = check_plan(plan, where)
            except ImportRejected as exc:
                if first_error is None:
                    first_error = exc
                continue
            return check_plan_size(plan, where)
    if first_error is not None:
        raise first_error
    raise ImportRejected(Message.IMPORT_NO_PLAN_SHEET, what=what)
