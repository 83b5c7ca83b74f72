"""A shared PostgreSQL server: its address, its password, and its refusals in a clerk's words.

PlanDesk opens ``postgresql://user@host[:port]/dbname`` (also ``postgres://`` and SQLAlchemy's
``postgresql+psycopg://``) through psycopg 3. The address never holds a password: libpq reads
``PGPASSWORD`` or ``~/.pgpass`` (``%APPDATA%\\postgresql\\pgpass.conf`` on Windows) by itself,
and otherwise the caller asks the clerk (:func:`app.db.migrate.open_database`'s *ask_password*);
the password stays in this process's memory, for its own connections, and is never written
anywhere.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.db.fileinfo import BUSY_SECONDS, DatabaseError

SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DRIVER = "postgresql+psycopg"
APPLICATION_NAME = "PlanDesk"
CONNECT_SECONDS = 10
# the channel the tables' triggers notify on (migration 0006); the payload is the table name
CHANGES_CHANNEL = "plandesk_changes"

PasswordPrompt = Callable[[str], "str | None"]


class ServerAddress(str):
    """A server database's address where a file path goes (``--db``, ``PLANDESK_DB``): the
    text as typed. ``is_file()`` and ``exists()`` answer as for a database file that is
    there, so code written for files asks the server (which says if it is not)."""

    def is_file(self) -> bool:
        return True

    def exists(self) -> bool:
        return True


def is_server_url(text: object) -> bool:
    """True when *text* names a database server rather than a file."""
    value = str(text).strip()
    scheme, sep, _rest = value.partition("://")
    return bool(sep) and scheme.lower() in SERVER_SCHEMES


def server_url(text: str) -> URL:
    """The SQLAlchemy URL (psycopg 3 driver) of a server address; a password in it, a missing
    database name or another scheme is refused with one sentence."""
    value = text.strip()
    try:
        url = make_url(value)
    except ArgumentError:
        raise DatabaseError(f"'{shown(value)}' is not a database address") from None
    if url.drivername not in SERVER_SCHEMES:
        raise DatabaseError(
            f"'{url.drivername}' databases are not supported; give a PostgreSQL address "
            "(postgresql://user@host/dbname) or a database file"
        )
    if url.password is not None:
        raise DatabaseError(
            "the database address must not hold a password (other users of this computer can "
            "see it); PlanDesk asks for it, or put it in ~/.pgpass or PGPASSWORD"
        )
    if not url.database:
        raise DatabaseError(
            f"the database address {shown(value)} names no database (postgresql://user@host/dbname)"
        )
    return url.set(drivername=DRIVER)


def shown(value: str | URL) -> str:
    """An address as a clerk reads it: ``postgresql://user@host:port/dbname``, no password."""
    if isinstance(value, str):
        try:
            url = make_url(value.strip())
        except ArgumentError:
            return value.split("@")[-1] if "@" in value else value
    else:
        url = value
    user = f"{url.username}@" if url.username else ""
    port = f":{url.port}" if url.port else ""
    query = "&".join(f"{k}={v}" for k, v in sorted(url.query.items()) if k != "password")
    return f"postgresql://{user}{url.host or ''}{port}/{url.database or ''}" + (
        f"?{query}" if query else ""
    )


def connect_args(password: str | None = None) -> dict[str, Any]:
    """psycopg's connection settings: a bounded wait for the server and for another clerk's
    lock (``BUSY_SECONDS``, then the write fails with one sentence), PlanDesk's name in
    ``pg_stat_activity``, and the password when the clerk typed one."""
    args: dict[str, Any] = {
        "connect_timeout": CONNECT_SECONDS,
        "application_name": APPLICATION_NAME,
        "options": f"-c lock_timeout={int(BUSY_SECONDS * 1000)}",
    }
    if password is not None:
        args["password"] = password
    return args


def lock_key(*parts: object) -> int:
    """A stable signed 64-bit number for an advisory lock named by *parts*."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


# ------------------------------------------------------------------ refusals
def sqlstate(exc: BaseException) -> str:
    orig = getattr(exc, "orig", exc)
    return str(getattr(orig, "sqlstate", "") or "")


def _text(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig)


def needs_password(exc: BaseException) -> bool:
    """The server asked for a password that was not given, or refused the one given."""
    text = _text(exc).lower()
    return sqlstate(exc) == "28P01" or any(
        needle in text
        for needle in ("no password supplied", "password authentication failed", "fe_sendauth")
    )


# (SQLSTATE or its class) -> the clerk's sentence
_STATES = (
    (("55P03",), "another clerk is changing the same data right now; nothing was changed, "
     "try again"),
    (("40P01", "40001"), "another clerk changed the same data at the same moment; nothing was "
     "changed, try again"),
    (("53100",), "the database server's disk is full; nothing was changed (tell the server's "
     "administrator)"),
    (("53300",), "the database server has too many connections open; nothing was changed, try "
     "again in a minute"),
    (("25006",), "the database server is read-only right now; nothing was changed"),
    (("57P01", "57P02", "57P03"), "the database server is shutting down or starting; nothing "
     "was changed, try again in a minute"),
    (("42501",), "the database user has no right to do this on the server; nothing was changed "
     "(see docs/server.md: the clerks' role)"),
    (("3D000",), "the database does not exist on the server (create it first: docs/server.md)"),
    (("28000", "28P01"), "the server refused the database user (wrong user or password)"),
)  # fmt: skip


def server_text(exc: BaseException, where: str = "") -> str:
    """One sentence for a refusal of the PostgreSQL server (or of the way to it)."""
    state = sqlstate(exc)
    for states, message in _STATES:
        if state in states:
            return message
    text = _text(exc)
    low = text.lower()
    at = f" {where}" if where else ""
    if "timeout expired" in low or "could not connect" in low or "connection refused" in low:
        return f"cannot reach the database server{at}; is it running, and is the address right?"
    if "could not translate host name" in low or "name or service not known" in low:
        return f"the database server's name{at} is not known on this network"
    if (
        "server closed the connection" in low
        or "terminating connection" in low
        or "connection is lost" in low
        or "consuming input failed" in low
        or state.startswith("08")
    ):
        return f"the connection to the database server{at} was lost; nothing was changed, try again"
    if needs_password(exc):
        return f"the server refused the password for{at or ' this database'}"
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return f"the database server refused the change{at}: {first}"
