"""Open a database file: check it, back it up, bring its schema to this version.

Alembic owns the schema. A file from a newer PlanDesk is refused, never touched.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from functools import cache
from pathlib import Path

from sqlalchemy.exc import OperationalError

from app.db.fileinfo import (
    BUSY_SECONDS,
    HEAD_REVISION,
    KNOWN_REVISIONS,
    SQLITE_MAGIC,
    DatabaseError,
    NewerDatabaseError,
    check_known,
    private_database,
    private_file,
    sqlite_failure,
    stored_revision,
)
from app.db.session import Database, environment_message

__all__ = [
    "HEAD_REVISION",
    "KNOWN_REVISIONS",
    "SQLITE_MAGIC",
    "DatabaseError",
    "NewerDatabaseError",
    "check_database_file",
    "expected_schema",
    "open_database",
    "upgrade",
]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy of the database *source* (sqlite3 backup API, WAL-safe) written to
    *target* through a temporary file beside it (mode 0600, removed on failure), in the
    rollback-journal mode so that the copy is one self-contained file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_SECONDS)
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        private_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def backup_copy(path: Path, reason: str) -> Path:
    """A consistent copy of *path* beside it (owner-only), named after *reason* and the time."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix or '.sqlite'}")
    try:
        sqlite_copy(path, target)
    except sqlite3.Error as exc:
        raise sqlite_failure(exc, path) from exc
    except OSError as exc:
        raise DatabaseError(
            f"cannot write the safety copy {target.name} beside the database "
            f"({exc.strerror or exc}); nothing was changed"
        ) from exc
    return target


def alembic_config(db: Database):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_database(path: Path | str) -> Database:
    """Open (and create or migrate) the database at *path*.

    The file (and its -wal/-shm) is owner-only on POSIX; a new one is created so. This
    process is registered as one that has it open (``app.db.users``) until ``dispose()``.
    sqlite's refusals (another PlanDesk writing, a full disk) become one DatabaseError.
    """
    path = Path(path)
    revision = stored_revision(path)
    check_known(path, revision)
    path.parent.mkdir(parents=True, exist_ok=True)
    private_database(path)
    db = Database.at(path)
    try:
        if revision != HEAD_REVISION:
            if revision is not None:
                backup_copy(path, f"before-{HEAD_REVISION}")
            upgrade(db)
    except OperationalError as exc:
        db.dispose()
        raise DatabaseError(environment_message(exc, path)) from exc
    except sqlite3.OperationalError as exc:
        db.dispose()
        raise sqlite_failure(exc, path) from exc
    except BaseException:
        db.dispose()
        raise
    private_database(path)
    return db


# ------------------------------------------------------------------ what a file must hold
Schema = dict[str, frozenset[str]]


def schema_of(con: sqlite3.Connection) -> Schema:
    """The tables of a database (Alembic's own and SQLite's left out) and their columns."""
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: frozenset(r[1] for r in con.execute(f'PRAGMA table_info("{table}")'))
        for table in tables
        if table != "alembic_version"
    }


def expected_schema(revision: str) -> Schema:
    """The tables and columns of a database at *revision*, as the migrations build them."""
    return _migrated_schemas()[revision]


@cache
def _migrated_schemas() -> dict[str, Schema]:
    """Every known revision's schema: an in-memory database brought up revision by
    revision, once per process (nothing written anywhere)."""
    schemas: dict[str, Schema] = {}
    db = Database("sqlite://")  # one in-memory connection for the engine's life
    try:
        for known in KNOWN_REVISIONS:
            upgrade(db, known)
            with db.engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                assert isinstance(raw, sqlite3.Connection)
                schemas[known] = schema_of(raw)
    finally:
        db.dispose()
    return schemas


def check_database_file(path: Path, name: str = "") -> str:
    """The revision of *path* when it is a whole PlanDesk database this version can open:
    an intact SQLite file (``PRAGMA integrity_check``) at a known revision holding every
    table and column the migrations create for it. Otherwise DatabaseError, one sentence.
    """
    what = name or str(path)
    not_ours = f"{what} is not a PlanDesk database"
    revision = stored_revision(path)  # not SQLite, not ours: its own sentence
    if revision is None:
        raise DatabaseError(f"{not_ours} (it holds no PlanDesk data)")
    if revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(
            f"{what} was written by a newer PlanDesk (schema {revision}); "
            "install the newer version to use it"
        )
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_SECONDS)
        try:
            problems = [r[0] for r in con.execute("PRAGMA integrity_check(5)")]
            if problems != ["ok"]:
                raise DatabaseError(
                    f"{what} is damaged (SQLite's check says: {problems[0]}); choose another backup"
                )
            found = schema_of(con)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{what} cannot be read as a database ({exc})") from None
    expected = expected_schema(revision)
    missing_tables = sorted(set(expected) - set(found))
    if missing_tables:
        listed = ", ".join(missing_tables[:5]) + (" …" if len(missing_tables) > 5 else "")
        raise DatabaseError(
            f"{not_ours} of schema {revision}: it lacks the table(s) {listed}; "
            "choose another backup"
        )
    for table in sorted(expected):
        missing = sorted(expected[table] - found[table])
        if missing:
            raise DatabaseError(
                f"{not_ours} of schema {revision}: the table {table} lacks the column(s) "
                f"{', '.join(missing[:5])}; choose another backup"
            )
    return revision
