"""Open a database: check it, back it up, bring its schema to this version.

Alembic owns the schema. A file (or a server's database) from a newer PlanDesk is refused,
never touched. On a PostgreSQL server the upgrade is one transaction (PostgreSQL's DDL is
transactional: a failed upgrade leaves the schema as it was), taken by one clerk at a time.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from functools import cache
from pathlib import Path

from sqlalchemy import func, inspect, select, text
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
from app.db.server import (
    PasswordPrompt,
    is_server_url,
    lock_key,
    needs_password,
    server_text,
    server_url,
    shown,
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
    "is_server_url",
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


MIGRATION_LOCK = lock_key("plandesk", "schema upgrade")


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        if db.is_server:  # two clerks opening an old database at once: one upgrades it
            conn.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK)))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_database(
    path: Path | str, *, ask_password: PasswordPrompt | None = None, create: bool = True
) -> Database:
    """Open (and create or migrate) the database at *path*: a file, or a PostgreSQL server's
    database (``postgresql://user@host/dbname``, see :func:`open_server`).

    The file (and its -wal/-shm) is owner-only on POSIX; a new one is created so. This
    process is registered as one that has it open (``app.db.users``) until ``dispose()``.
    sqlite's refusals (another PlanDesk writing, a full disk) become one DatabaseError.
    *ask_password* and *create* concern a server's database only.
    """
    if is_server_url(path):
        return open_server(str(path), ask_password=ask_password, create=create)
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


def open_server(
    address: str, *, ask_password: PasswordPrompt | None = None, create: bool = True
) -> Database:
    """Open a database on a PostgreSQL server and bring its schema to this version.

    The password comes from libpq (``PGPASSWORD``, ``~/.pgpass``) or, when the server asks
    for one and *ask_password* is given, from the clerk (``ask_password(address)``; None gives
    up); it is kept only in this process's memory. A database holding other tables than
    PlanDesk's is refused untouched, as is one of a newer PlanDesk; an empty one is given
    PlanDesk's tables only when *create* (the commands that may start a database)."""
    url = server_url(address)
    where = shown(url)
    password: str | None = None
    for attempt in range(4):
        db = Database(url.render_as_string(hide_password=False), None, password=password)
        try:
            revision = server_revision(db, where)
            break
        except OperationalError as exc:
            db.dispose()
            if not needs_password(exc):
                raise DatabaseError(server_text(exc, where)) from exc
            if ask_password is None or attempt == 3:
                raise DatabaseError(_password_refused(where, password is not None)) from exc
            password = ask_password(where)
            if password is None:
                raise DatabaseError(
                    f"no password was given for {where}; nothing was opened"
                ) from exc
    try:
        check_known(where, revision)
        if revision is None and not create:
            raise DatabaseError(
                f"the database {where} is empty (start it with 'plandesk institution set' or "
                "'plandesk demo', or move a directorate there with 'plandesk db copy')"
            )
        if revision != HEAD_REVISION:
            upgrade(db)
    except OperationalError as exc:
        db.dispose()
        raise DatabaseError(server_text(exc, where)) from exc
    except BaseException:
        db.dispose()
        raise
    return db


def _password_refused(where: str, typed: bool) -> str:
    if typed:
        return f"the server refused the password for {where}; nothing was opened"
    return (
        f"the server asks for a password for {where}: put it in ~/.pgpass (docs/server.md) or "
        "PGPASSWORD, or run PlanDesk from a terminal to be asked"
    )


def server_revision(db: Database, where: str) -> str | None:
    """The Alembic revision of a server's database, None for an empty one; a database with
    other tables (not PlanDesk's) is refused."""
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables:
            if tables:
                raise DatabaseError(
                    f"{where} holds other tables, not a PlanDesk database; nothing was changed "
                    "(give PlanDesk an empty database of its own)"
                )
            return None
        value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(value) if value is not None else None


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
