"""Engine and sessions: WAL, foreign keys, NFC on the way in, and the audit trail."""

from __future__ import annotations

import getpass
import json
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, inspect
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.db.fileinfo import BUSY_SECONDS, DatabaseError, environment_text
from app.db.models import AuditEntry, Base, utcnow
from app.db.users import Registration, register, restore_under_way
from app.domain.text import nfc


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path)}"


def make_engine(url: str) -> Engine:
    """An engine; on SQLite: foreign keys, WAL, and a bounded wait (``BUSY_SECONDS``) for
    another PlanDesk that is writing, after which the write fails as "database is locked"
    (``Database.unit`` turns that into one sentence)."""
    sqlite = url.startswith("sqlite")
    connect_args: dict[str, Any] = {"timeout": BUSY_SECONDS} if sqlite else {}
    engine = create_engine(url, future=True, connect_args=connect_args)
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
    while another process restores the file from a backup, opening it is refused.
    """

    def __init__(self, url: str, path: Path | None = None) -> None:
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
        self.engine = make_engine(url)
        self.sessions = make_sessionmaker(self.engine)
        # a Database dropped without dispose() lets go of its file all the same
        self._finalizer = weakref.finalize(self, _close, self.engine, self._registration)

    @classmethod
    def at(cls, path: Path | str) -> Database:
        p = Path(path)
        return cls(sqlite_url(p), p)

    @contextmanager
    def unit(self, summary: str = "") -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error.

        The database's own refusals (busy, full, read-only, an I/O error) become one
        :class:`DatabaseError` sentence; they are the machine's state, not a bug.
        """
        session = self.sessions()
        session.info["audit_summary"] = summary
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise DatabaseError(environment_message(exc, self.path)) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self._finalizer()  # the engine's connections closed, the registration removed


def _close(engine: Engine, registration: Registration | None) -> None:
    engine.dispose()
    if registration is not None:
        registration.release()
