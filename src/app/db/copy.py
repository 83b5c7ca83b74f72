"""Move a directorate between engines: an SQLite file to a PostgreSQL server and back.

Every table is copied row by row with its ids, in one transaction on the target (all or
nothing), from one consistent read of the source; then the target is read back and compared
with what was read: the number of rows and a SHA-256 over every value of every row, table by
table, and each stored return file against its own SHA-256. The target must be empty (a new
file, or an empty database on the server).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select, text, update
from sqlalchemy.exc import DataError, IntegrityError

from app.db.fileinfo import DatabaseError
from app.db.models import Base
from app.db.session import Database

BATCH_ROWS = 500
BATCH_BYTES = 32 * 2**20

Progress = Callable[[str, int], None]


@dataclass
class TableCheck:
    name: str
    rows: int
    sha256: str


@dataclass
class CopyReport:
    source: str
    target: str
    tables: list[TableCheck] = field(default_factory=list)
    returns: int = 0  # stored return files, each equal to its SHA-256
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    def lines(self) -> list[str]:
        out = [f"{t.name:22} {t.rows:>9} rows  sha256 {t.sha256[:16]}…" for t in self.tables]
        out.append(
            f"copied {self.rows} rows of {len(self.tables)} tables from {self.source} to "
            f"{self.target} in {self.seconds:.1f} s; counts and hashes equal; "
            f"{self.returns} return files equal to their SHA-256"
        )
        return out


def tables() -> list[Table]:
    """Every table of the schema, parents before children."""
    return list(Base.metadata.sorted_tables)


def _value(value: object) -> object:
    """A value as the same text on both engines (what the hashes are taken over)."""
    if isinstance(value, bool) or value is None or isinstance(value, int | str):
        return value
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def row_text(row: Any) -> bytes:
    return json.dumps([_value(v) for v in row], ensure_ascii=False).encode("utf-8") + b"\n"


def _self_references(table: Table) -> list[str]:
    return [
        fk.parent.name
        for fk in table.foreign_keys
        if fk.column.table is table and fk.parent.name != "id"
    ]


def _order(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


@contextmanager
def _snapshot(db: Database) -> Iterator[Connection]:
    """A connection whose reads all see the same moment of the database."""
    if db.is_server:
        snapshot = db.engine.connect().execution_options(isolation_level="REPEATABLE READ")
        with snapshot as conn, conn.begin():
            yield conn
        return
    with db.engine.connect() as conn:
        conn.exec_driver_sql("BEGIN")  # SQLite: one read transaction for every table
        try:
            yield conn
        finally:
            conn.rollback()


def _batches(conn: Connection, table: Table) -> Iterator[list[Any]]:
    result = conn.execution_options(yield_per=BATCH_ROWS).execute(
        select(table).order_by(*_order(table))
    )
    batch: list[Any] = []
    size = 0
    for row in result:
        batch.append(row)
        size += sum(len(v) for v in row if isinstance(v, bytes | str))
        if len(batch) >= BATCH_ROWS or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _count_all(conn: Connection) -> dict[str, int]:
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
        for t in tables()
    }


def check_empty(db: Database) -> None:
    with db.engine.connect() as conn:
        filled = [(name, n) for name, n in _count_all(conn).items() if n]
    if filled:
        listed = ", ".join(f"{n} in {name}" for name, n in filled[:3])
        raise DatabaseError(
            f"{db.where} already holds data ({listed}); nothing was copied (copy into a new "
            "file or an empty database)"
        )


def copy_database(
    source: Database, target: Database, progress: Progress | None = None
) -> CopyReport:
    """Copy every row of *source* into the empty *target* (both at this schema), then check
    the target against what was read (see the module's text)."""
    started = time.perf_counter()
    check_empty(target)
    report = CopyReport(source.where, target.where)
    expected: dict[str, TableCheck] = {}
    with _snapshot(source) as src, target.engine.begin() as dst:
        for table in tables():
            digest = hashlib.sha256()
            rows = 0
            later = _self_references(table)
            links: list[dict[str, Any]] = []
            for batch in _batches(src, table):
                values = [dict(row._mapping) for row in batch]
                for row, record in zip(batch, values, strict=True):
                    digest.update(row_text(row))
                    if later:
                        link = {c: record[c] for c in later if record[c] is not None}
                        if link:
                            links.append({"_id": record["id"], **link})
                            for c in later:
                                record[c] = None
                try:
                    dst.execute(table.insert(), values)
                except (DataError, IntegrityError) as exc:
                    raise DatabaseError(
                        f"a row of the table {table.name} does not fit {target.where} "
                        f"({str(exc.orig).splitlines()[0]}); nothing was copied"
                    ) from exc
                rows += len(batch)
                if progress is not None:
                    progress(table.name, rows)
            for column in later:
                pairs = [
                    {"_id": link["_id"], "_v": link[column]} for link in links if column in link
                ]
                if pairs:
                    dst.execute(
                        update(table)
                        .where(table.c.id == bindparam("_id"))
                        .values({column: bindparam("_v")}),
                        pairs,
                    )
            expected[table.name] = TableCheck(table.name, rows, digest.hexdigest())
        if target.is_server:
            _reset_sequences(dst)
    report.tables = [expected[t.name] for t in tables()]
    found = table_checks(target)
    for table in tables():
        want, got = expected[table.name], found[table.name]
        if (want.rows, want.sha256) != (got.rows, got.sha256):
            raise DatabaseError(
                f"the copy in {target.where} differs from {source.where} in the table "
                f"{table.name} ({got.rows} rows read back, {want.rows} copied); do not use it"
            )
    report.returns = check_return_files(target)
    report.seconds = time.perf_counter() - started
    return report


def table_checks(db: Database) -> dict[str, TableCheck]:
    """Rows and the SHA-256 over every value of every row, per table, read in one snapshot."""
    checks: dict[str, TableCheck] = {}
    with _snapshot(db) as conn:
        for table in tables():
            digest = hashlib.sha256()
            rows = 0
            for batch in _batches(conn, table):
                for row in batch:
                    digest.update(row_text(row))
                rows += len(batch)
            checks[table.name] = TableCheck(table.name, rows, digest.hexdigest())
    return checks


def check_return_files(db: Database) -> int:
    """How many stored return files there are; each must equal its recorded SHA-256."""
    table = Base.metadata.tables["return_doc"]
    count = 0
    with db.engine.connect() as conn:
        result = conn.execution_options(yield_per=50).execute(
            select(table.c.id, table.c.file_sha256, table.c.file_content)
            .where(table.c.file_content.is_not(None))
            .order_by(table.c.id)
        )
        for row_id, sha, content in result:
            if hashlib.sha256(bytes(content)).hexdigest() != sha:
                raise DatabaseError(
                    f"the return file {row_id} in {db.where} does not match its SHA-256"
                )
            count += 1
    return count


def _reset_sequences(conn: Connection) -> None:
    """The server's id counters continue after the copied ids."""
    for table in tables():
        if "id" not in table.c or table.c.id.type.python_type is not int:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"
            )
        )
