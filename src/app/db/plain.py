"""Plain DB-API rows on a session's connection, for the few reads of thousands of rows.

The progress grid and the plan tree read 5,000-activity plans: there SQLAlchemy's row
processing costs more than the database itself, so these reads go to the driver directly:
sqlite3's cursor on SQLite, psycopg's on PostgreSQL (its own "%s" markers; the plan tree's
order by the stored sort key compared byte by byte, as SQLite does, whatever the server's
collation).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.db.fastread import TREE_ORDER
from app.db.fileinfo import DatabaseError, sqlite_failure

Execute = Callable[[str, tuple[Any, ...]], Any]

# the same order on a server whose collation is not byte order (en_US.UTF-8, tr_TR...)
TREE_ORDER_BYTES = 'ORDER BY parent_id, position, sort_key COLLATE "C"'


def plain_rows(session: Session) -> Execute:
    """``execute(sql, params)`` with "?" markers on the session's connection (and its
    transaction); the result has ``fetchall()``. SQLite's and psycopg's cursors are used as
    they are; other drivers go through ``exec_driver_sql`` with their own markers.

    The driver's own refusals (another program holding the database past the busy wait, a
    full disk, a server gone) raise ``app.db.fileinfo.DatabaseError`` with one sentence, as
    ``Database.unit`` does for SQLAlchemy's."""
    session.flush()  # the ORM's pending changes first, as its own queries would
    connection = session.connection()
    if connection.dialect.paramstyle == "qmark":
        cursor = connection.connection.cursor()
        database = connection.engine.url.database
        path = Path(database) if database and database != ":memory:" else None

        def execute(sql: str, params: tuple[Any, ...]) -> Any:
            try:
                return cursor.execute(sql, params)
            except sqlite3.OperationalError as exc:
                raise sqlite_failure(exc, path) from exc

        return execute
    if connection.dialect.name == "postgresql":
        import psycopg

        from app.db.server import server_text

        pg_cursor = connection.connection.cursor()

        def execute_pg(sql: str, params: tuple[Any, ...]) -> Any:
            try:
                return pg_cursor.execute(
                    sql.replace(TREE_ORDER, TREE_ORDER_BYTES).replace("?", "%s"), params
                )
            except psycopg.OperationalError as exc:
                raise DatabaseError(server_text(exc)) from exc

        return execute_pg
    marker = "%s" if connection.dialect.paramstyle in ("format", "pyformat") else "?"
    return lambda sql, params: connection.exec_driver_sql(sql.replace("?", marker), params)
