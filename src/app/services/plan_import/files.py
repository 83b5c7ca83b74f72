"""Files in, plans out: pick the reader by content and extension, apply the limits."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from app.domain.plan import PlanData
from app.services.errors import EnvironmentProblem, ImportRejected

from .json_plan import parse_plan_json
from .limits import (
    MAX_FILE_BYTES,
    MAX_JSON_BYTES,
    MAX_TEXT_BYTES,
    Deadline,
    check_plan_size,
    megabytes,
)
from .recognise import recognise_rows
from .text_table import parse_text_table
from .validate import check_plan
from .xlsx import iter_sheets

TEXT_SUFFIXES = {".csv", ".tsv", ".txt", ".tab"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
SUPPORTED = ".xlsx, .csv, .tsv, .txt or .json"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


def _what(path: Path) -> str:
    return f"'{path.name}'"


def _stat(path: Path) -> int:
    try:
        if not path.is_file():
            if path.exists():
                raise ImportRejected(
                    f"{_what(path)} is a folder: looked for a plan file ({SUPPORTED})"
                )
            raise ImportRejected(f"{_what(path)} does not exist: looked for a plan file at {path}")
        return path.stat().st_size
    except PermissionError as exc:
        raise EnvironmentProblem(f"{_what(path)} cannot be read: {exc.strerror}") from None


def _too_large(path: Path, size: int, limit: int, kind: str = "a plan file") -> ImportRejected:
    return ImportRejected(
        f"{_what(path)} is too large ({megabytes(size)}): looked for {kind} of at most "
        f"{limit // 2**20} MB"
    )


def _read_bytes(path: Path, size: int, limit: int = MAX_FILE_BYTES, kind: str = "") -> bytes:
    """The whole file, read only when it is within *limit* (also if it grew meanwhile)."""
    if size > MAX_FILE_BYTES:
        raise _too_large(path, size, MAX_FILE_BYTES)
    if size > limit:
        raise _too_large(path, size, limit, kind or "a plan file")
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise EnvironmentProblem(f"{_what(path)} cannot be read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise _too_large(path, len(data), limit, kind or "a plan file")
    return data


def _read_text_table(path: Path, size: int) -> bytes:
    return _read_bytes(path, size, MAX_TEXT_BYTES, "a table file (.csv, .tsv, .txt)")


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(8)
    except OSError as exc:
        raise EnvironmentProblem(f"{_what(path)} cannot be read: {exc.strerror or exc}") from None


def _kind(path: Path, size: int) -> str:
    """The kind of file (xlsx, text or json) from its first bytes and its extension."""
    suffix = path.suffix.lower()
    if size == 0:
        raise ImportRejected(f"{_what(path)} is empty: looked for a plan table and found nothing")
    head = _head(path)
    if head.startswith(_OLE):
        raise ImportRejected(
            f"{_what(path)} is an old Excel 97-2003 (.xls) or password-protected workbook: "
            "looked for an .xlsx workbook, so save it as .xlsx without a password"
        )
    if suffix in XLSX_SUFFIXES or head.startswith(_ZIP):
        if not head.startswith(_ZIP):
            raise ImportRejected(
                f"{_what(path)} is not an Excel workbook: looked for the zip package of an "
                ".xlsx file and found something else"
            )
        return "xlsx"
    if suffix == ".json":
        return "json"
    if suffix in TEXT_SUFFIXES:
        return "text"
    raise ImportRejected(f"{_what(path)} is not a file PlanDesk imports: looked for {SUPPORTED}")


def read_grid(path: Path) -> list[list[str]]:
    """The cell texts of a table file (.xlsx: its active sheet; csv/tsv/txt)."""
    path = Path(path)
    size = _stat(path)
    kind = _kind(path, size)
    if kind == "json":
        raise ImportRejected(
            f"{_what(path)} is a JSON file: looked for a table (.xlsx, .csv, .tsv or .txt)"
        )
    deadline = Deadline(_what(path))
    if kind == "xlsx":
        _check_size(path, size)
        with closing(iter_sheets(path, _what(path), deadline)) as sheets:
            for _, grid in sheets:
                return grid
        raise ImportRejected(f"{_what(path)} has no worksheet: looked for a sheet with a table")
    return parse_text_table(
        _read_text_table(path, size),
        _what(path),
        prefer_tab=path.suffix.lower() != ".csv",
        deadline=deadline,
    )


def _check_size(path: Path, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise _too_large(path, size, MAX_FILE_BYTES)


def parse_plan_file(path: Path) -> PlanData:
    """A plan from an .xlsx, .csv/.tsv/.txt or PlanDesk .json file; ImportRejected if not."""
    path = Path(path)
    size = _stat(path)
    kind = _kind(path, size)
    what = _what(path)
    deadline = Deadline(what)
    if kind == "json":
        data = _read_bytes(path, size, MAX_JSON_BYTES, "a plan file (.json)")
        return check_plan_size(check_plan(parse_plan_json(data, what), what), what)
    if kind == "text":
        grid = parse_text_table(
            _read_text_table(path, size),
            what,
            prefer_tab=path.suffix.lower() != ".csv",
            deadline=deadline,
        )
        try:
            plan = check_plan(recognise_rows(grid, title_hint=path.stem), what)
        except ImportRejected as exc:
            raise ImportRejected(f"{what}: {exc}") from None
        return check_plan_size(plan, what)
    _check_size(path, size)
    first_error: ImportRejected | None = None
    with closing(iter_sheets(path, what, deadline)) as sheets:
        for name, grid in sheets:
            try:
                plan = check_plan(recognise_rows(grid, title_hint=path.stem), what)
            except ImportRejected as exc:
                if first_error is None:
                    first_error = ImportRejected(f"{what}, sheet '{name}': {exc}")
                continue
            return check_plan_size(plan, f"{what}, sheet '{name}'")
    if first_error is not None:
        raise first_error
    raise ImportRejected(f"{what} has no worksheet: looked for a sheet with a plan table")
