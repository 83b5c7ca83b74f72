"""Engine and sessions: WAL, foreign keys, NFC on the way in, and the audit trail.

Two engines: an SQLite file (the default, one office) and a shared PostgreSQL server (a
directorate with several clerks, ``app.db.server``). The audit trail names the clerk: the login
of this computer on SQLite, the database user of the connection on PostgreSQL.
"""

from __future__ import annotations

import getpass
import json
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, create_engine, event, insert, inspect, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db.fileinfo import BUSY_SECONDS, ChangedMeanwhile, DatabaseError, environment_text
from app.db.models import AuditEntry, Base, utcnow
from app.db.server import connect_args, server_text, shown
from app.db.users import Registration, register, restore_under_way
from app.domain.text import nfc

# the clerk of the unit of work running in this thread (set by Database.unit)
_clerk: ContextVar[str | None] = ContextVar("plandesk_clerk", default=None)


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


def current_user() -> str:
    """Who is changing the data: inside a unit of work of a PostgreSQL database, the
    connection's database user (its login role, ``session_user``); otherwise this computer's
    login."""
    return _clerk.get() or login_name()


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path)}"


@dataclass
class ServerState:
    """What the connections of one PostgreSQL engine learnt when they opened."""

    user: str = ""
    backend_pids: set[int] = field(default_factory=set)


def make_engine(url: str, *, password: str | None = None) -> Engine:
    """An engine; on SQLite: foreign keys, WAL, and a bounded wait (``BUSY_SECONDS``) for
    another PlanDesk that is writing, after which the write fails as "database is locked"
    (``Database.unit`` turns that into one sentence). On PostgreSQL: psycopg 3, the same
    bounded wait for another clerk's lock, connections checked before use (a server restarted
    under a window that stayed open), and the password only in memory."""
    sqlite = url.startswith("sqlite")
    if sqlite:
        engine = create_engine(url, connect_args={"timeout": BUSY_SECONDS})
    else:
        engine = create_engine(
            url,
            connect_args=connect_args(password),
            pool_pre_ping=True,
            pool_size=4,
            max_overflow=4,
        )
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")  # before any lock
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

    return engine


def _watch_server(engine: Engine, state: ServerState) -> None:
    @event.listens_for(engine, "connect")
    def _who(dbapi_conn: Any, record: Any) -> None:
        cur = dbapi_conn.cursor()
        # session_user: the clerk's login role, also when a role default ("SET role
        # plandesk", docs/server.md) makes every clerk work with the directorate's rights
        cur.execute("SELECT session_user, pg_backend_pid()")
        user, pid = cur.fetchone()
        cur.close()
        dbapi_conn.commit()  # psycopg opened a transaction for the query: end it
        state.user = str(user)
        state.backend_pids.add(int(pid))
        record.info["backend_pid"] = int(pid)

    @event.listens_for(engine, "close")
    def _gone(_dbapi_conn: Any, record: Any) -> None:
        state.backend_pids.discard(record.info.get("backend_pid", 0))


AUDIT_TEXT_LIMIT = 2000


def _jsonable(value: object) -> object:
    if isinstance(value, str) and len(value) > AUDIT_TEXT_LIMIT:
        return f"<{len(value)} characters>"  # a stored file or payload: its size, not a copy
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    try:
        json.dumps(value)
    except TypeError:
        return str(value)
    return value


# ------------------------------------------------------------------ optimistic versions
VERSIONED_KEY = "versioned"  # session.info: what a flush is about to change, as it was read


@dataclass(frozen=True)
class Seen:
    """A versioned row as this unit read it (``app.db.models``: ``version_id``)."""

    table: str
    id: int
    version: int
    noun: str


def describe(obj: object) -> str:
    """A versioned row in a clerk's words: "activity 2.1.4", "event 'Seminar'"."""
    table = getattr(obj, "__tablename__", "")
    if table == "plan_item":
        kind = str(getattr(obj, "kind", "") or "item").replace("subgoal", "sub-goal")
        return f"{kind} {getattr(obj, 'code', '')}".strip()
    if table == "progress":
        return "progress mark"
    if table == "event":
        return f"event '{getattr(obj, 'title', '')}'"
    if table == "narrative_section":
        title = getattr(obj, "title", "") or getattr(obj, "section_key", "")
        return f"narrative section '{title}'"
    if table == "institution":
        return f"institution {getattr(obj, 'code', '')}".strip()
    return table.replace("_", " ")


def _remember_versions(session: Session) -> None:
    seen: list[Seen] = []
    for obj in list(session.dirty) + list(session.deleted):
        if not isinstance(obj, Base):
            continue
        state = inspect(obj)
        if state.mapper.version_id_col is None or state.key is None:
            continue
        version = state.committed_state.get("version_id", getattr(obj, "version_id", None))
        ident = state.key[1][0] if state.key[1] else None
        if isinstance(ident, int) and isinstance(version, int):
            seen.append(Seen(obj.__tablename__, ident, version, describe(obj)))
    session.info[VERSIONED_KEY] = seen


def _normalise_text(session: Session, _ctx: Any, _instances: Any) -> None:
    """Every string attribute of a new or changed row goes to NFC."""
    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, Base):
            continue
        for attr in inspect(obj).mapper.column_attrs:
            value = getattr(obj, attr.key)
            if isinstance(value, str):
                normal = nfc(value)
                if normal != value:
                    setattr(obj, attr.key, normal)
    _remember_versions(session)


def _audit(session: Session, _ctx: Any) -> None:
    """Write one audit row per inserted, changed or deleted object of this flush."""
    user = session.info.get("user") or current_user()
    rows: list[dict[str, Any]] = []
    now = utcnow()
    for action, objects in (
        ("insert", session.new),
        ("update", session.dirty),
        ("delete", session.deleted),
    ):
        for obj in objects:
            if isinstance(obj, AuditEntry) or not isinstance(obj, Base):
                continue
            state = inspect(obj)
            changes: dict[str, list[object]] = {}
            for attr in state.mapper.column_attrs:
                if attr.key == "version_id":
                    continue
                hist = state.attrs[attr.key].history
                if action == "update" and hist.has_changes():
                    old = hist.deleted[0] if hist.deleted else None
                    new = hist.added[0] if hist.added else None
                    changes[attr.key] = [_jsonable(old), _jsonable(new)]
                elif action == "insert" and hist.added and attr.key != "id":
                    changes[attr.key] = [None, _jsonable(hist.added[0])]
            if action == "update" and not changes:
                continue
            ident = state.mapper.primary_key_from_instance(obj)
            rows.append(
                {
                    "at": now,
                    "user": user,
                    "action": action,
                    "entity": obj.__tablename__,
                    "entity_id": ident[0] if ident and isinstance(ident[0], int) else None,
                    "summary": str(session.info.get("audit_summary", "")),
                    "changes": changes,
                }
            )
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    event.listen(factory, "before_flush", _normalise_text)
    event.listen(factory, "after_flush", _audit)
    return factory


def environment_message(exc: OperationalError, path: Path | None) -> str:
    """The clerk's sentence for sqlite's refusals that say something about the machine
    (busy, full, read-only, an I/O error); the table is ``app.db.fileinfo.ENVIRONMENT``."""
    return environment_text(str(exc.orig if exc.orig is not None else exc), path)


class Database:
    """One database: its engine and a factory of units of work.

    A database with a file registers this process as one that has it open
    (``app.db.users``) until :meth:`dispose`, the object's end or the interpreter's end;
    while another process restores the file from a backup, opening it is refused. A database
    on a server (``path`` None) registers nothing: the server knows its clients
    (``pg_stat_activity``).
    """

    def __init__(self, url: str, path: Path | None = None, *, password: str | None = None) -> None:
        self.url = url
        self.path = path
        self._registration: Registration | None = None
        if path is not None:
            registration = register(path)
            restoring = restore_under_way(path)
            if restoring is not None:
                registration.release()
                raise DatabaseError(
                    f"the database {path} is being restored from a backup right now "
                    f"({restoring.describe()}); nothing was changed, try again in a minute"
                )
            self._registration = registration
        self.engine = make_engine(url, password=password)
        self.password = password  # typed by the clerk: memory only, for pg_dump's environment
        self.server = ServerState()
        if self.is_server:
            _watch_server(self.engine, self.server)
        self.sessions = make_sessionmaker(self.engine)
        # a Database dropped without dispose() lets go of its file all the same
        self._finalizer = weakref.finalize(self, _close, self.engine, self._registration)

    @classmethod
    def at(cls, path: Path | str) -> Database:
        p = Path(path)
        return cls(sqlite_url(p), p)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return str(self.engine.dialect.name)

    @property
    def is_server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def where(self) -> str:
        """The database as a clerk names it: its file, or its server address."""
        if self.path is not None:
            return str(self.path)
        return shown(self.engine.url) if self.is_server else self.url

    @property
    def user(self) -> str:
        """Who the audit trail names for this database's changes."""
        if not self.is_server:
            return login_name()
        if not self.server.user:
            with self.engine.connect():
                pass  # the connect hook learns the database user
        return self.server.user or login_name()

    def __repr__(self) -> str:
        return f"Database({self.where!r})"

    @contextmanager
    def unit(self, summary: str = "") -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error.

        The database's own refusals (busy, full, read-only, an I/O error, a server gone) become
        one :class:`DatabaseError` sentence; they are the machine's state, not a bug. A row
        another clerk changed since this unit read it (optimistic versions) is never
        overwritten: :class:`ChangedMeanwhile` says which and by whom.
        """
        session = self.sessions()
        session.info["audit_summary"] = summary
        clerk = self.user if self.is_server else None
        if clerk:
            session.info["user"] = clerk
        token = _clerk.set(clerk)
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise self._changed_meanwhile(session) from exc
        except OperationalError as exc:
            session.rollback()
            raise DatabaseError(self.refusal(exc)) from exc
        except DBAPIError as exc:
            session.rollback()
            if exc.connection_invalidated and self.is_server:
                raise DatabaseError(self.refusal(exc)) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            _clerk.reset(token)
            session.close()

    def refusal(self, exc: DBAPIError) -> str:
        """The clerk's sentence for a refusal of this database's engine."""
        if self.is_server:
            return server_text(exc, self.where)
        assert isinstance(exc, OperationalError)
        return environment_message(exc, self.path)

    def _changed_meanwhile(self, session: Session) -> ChangedMeanwhile:
        """Which row of this unit another clerk changed (or deleted) since it was read."""
        seen: list[Seen] = session.info.get(VERSIONED_KEY, [])
        try:
            with self.engine.connect() as conn:
                for row in seen:
                    table = Base.metadata.tables[row.table]
                    now = conn.execute(
                        select(table.c.version_id).where(table.c.id == row.id)
                    ).scalar()
                    if now == row.version:
                        continue
                    who = conn.execute(
                        select(AuditEntry.user)
                        .where(and_(AuditEntry.entity == row.table, AuditEntry.entity_id == row.id))
                        .order_by(AuditEntry.id.desc())
                        .limit(1)
                    ).scalar()
                    return changed_meanwhile(row.noun, who or "", deleted=now is None)
        except DBAPIError:  # the server is gone too: say what is known
            pass
        noun = seen[0].noun if len(seen) == 1 else "data"
        return changed_meanwhile(noun, "")

    def dispose(self) -> None:
        self._finalizer()  # the engine's connections closed, the registration removed


def expect_version(session: Session, obj: Base, seen: int | None) -> None:
    """For an edit made on what the clerk saw earlier (a form filled from an earlier unit of
    work): *seen* is the ``version_id`` the form was filled from. When another clerk changed
    the row since, nothing is written: ``ChangedMeanwhile`` names who. (Within one unit of
    work the versions are checked on their own, at the flush.)"""
    if seen is None:
        return
    state = inspect(obj)
    version = getattr(obj, "version_id", None)
    if state.mapper.version_id_col is None or version == seen:
        return
    ident = state.mapper.primary_key_from_instance(obj)[0]
    who = session.scalar(
        select(AuditEntry.user)
        .where(AuditEntry.entity == obj.__tablename__, AuditEntry.entity_id == ident)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    raise changed_meanwhile(describe(obj), who or "")


def changed_meanwhile(noun: str, who: str, *, deleted: bool = False) -> ChangedMeanwhile:
    by = f" by {who}" if who else " by another clerk"
    what = "deleted" if deleted else "changed"
    return ChangedMeanwhile(
        f"this {noun} was {what}{by} meanwhile; nothing was overwritten, look again"
    )


def _close(engine: Engine, registration: Registration | None) -> None:
    engine.dispose()
    if registration is not None:
        registration.release()
