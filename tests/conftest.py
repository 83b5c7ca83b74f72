"""Shared fixtures: every test gets its own fresh database; Qt runs offscreen.

Two engines (``--backend``, or ``PLANDESK_TEST_BACKEND``):

- ``sqlite`` (the default): a fresh SQLite file per test (``db_path``, ``db``, ``demo``).
- ``postgresql``: the same tests against a PostgreSQL server named by ``PLANDESK_TEST_PG_URL``
  (``postgresql://user@host:port/postgres``, a role that may create databases;
  ``scripts/test.sh`` starts a private server and sets it). Each database a test opens is a
  fresh one on the server, copied from a template migrated once per run (``CREATE DATABASE
  ... TEMPLATE``, ~0.1 s). A test names its database as a file, as on SQLite — ``db_path``,
  or any ``--db some.sqlite`` of a command run in the test: the first opening of a file
  that does not exist yet gives it a server database of its own (a small file marks it,
  so "does it exist?" answers as for a file), and every later opening of that file in the
  test run opens the same server database. A copy of such a file (``shutil.copy``,
  ``tests.helpers.copy_db``) stands for a copy of the database, made on the server
  (``app.db.copy``). A test that reads the SQLite file itself (backups of the
  file, busy-file behaviour, a program started as a separate process) is SQLite-only: it is
  listed in ``SQLITE_ONLY`` with the reason, and skipped on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PLANDESK_NO_CRASH_DIALOG", "1")

import app.db.migrate as migrate
from app.db.session import Database

REPO = Path(__file__).resolve().parents[1]
SEEDS = (
    REPO / "tests" / "fixtures" / "seeds"
)  # copies of the seed documents, sources named in its README
FIXTURES = Path(__file__).resolve().parent / "fixtures"

BACKENDS = ("sqlite", "postgresql")
# test files (or test ids) that only make sense on an SQLite file, and why
SQLITE_ONLY: dict[str, str] = {
    "tests/db/test_busy.py": "SQLite's busy file (the server has its own: tests/db/test_shared)",
    "tests/db/test_files_at_rest.py": "file modes of the SQLite file and its companions",
    "tests/db/test_restore_safety.py": "restore of an SQLite file (servers: tests/db/test_shared)",
    "tests/db/test_migrate.py::test_new_database_is_wal_with_foreign_keys": "SQLite pragmas",
    "tests/db/test_migrate.py::test_database_from_a_newer_version_is_refused_untouched": (
        "edits the SQLite file (servers: tests/db/test_shared)"
    ),
    "tests/db/test_migrate.py::test_garbage_file_is_not_a_database": "files that are not SQLite",
    "tests/db/test_migrate.py::test_database_file_of_release_0001_opens_with_its_data": (
        "a released SQLite file (upgrade path of clerks' files)"
    ),
    "tests/db/test_migrate.py::test_release_0001_file_is_upgraded_after_a_backup_copy": (
        "a released SQLite file"
    ),
    "tests/db/test_migrate.py::test_release_0002_file_gets_the_tree_index_and_keeps_its_plan": (
        "a released SQLite file and SQLite's query plan"
    ),
    "tests/db/test_migrate.py::test_release_0003_reasons_become_codes": "a released SQLite file",
    "tests/cli/test_cli_discipline.py": "commands run as separate processes on a file",
    "tests/cli/test_cli.py::test_backup_and_restore": (
        "backup and restore of the file (servers: tests/db/test_shared)"
    ),
    "tests/services/test_tokens.py::test_a_return_signed_on_the_token_verifies_here_and_in_pdfsig": (  # noqa: E501
        "looks for the PIN in the files beside the database file"
    ),
    "tests/services/test_rules.py::test_automatic_backup_once_a_day_ten_kept": (
        "the daily copy of a file (a server's database is backed up on the server)"
    ),
}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=BACKENDS,
        default=os.environ.get("PLANDESK_TEST_BACKEND", "sqlite"),
        help="the database engine of the db/db_path/demo fixtures (postgresql needs "
        "PLANDESK_TEST_PG_URL; default: sqlite)",
    )


class PgTestServer:
    """Fresh databases on a PostgreSQL server for one test run (see the module's text)."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.admin = make_url(admin_url).set(drivername="postgresql+psycopg")
        self.engine = create_engine(self.admin, isolation_level="AUTOCOMMIT", pool_size=1)
        self.prefix = f"pdt{os.getpid()}_"
        self._numbers = itertools.count(1)
        self.by_file: dict[str, str] = {}
        self.made: list[str] = []  # databases of the current test module
        self._sql("SELECT 1")
        self.template = self.prefix + "tpl"
        self._sql(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self._sql(f'CREATE DATABASE "{self.template}"')
        real_open(self.url(self.template)).dispose()  # migrated once

    def _sql(self, sql: str) -> None:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            conn.execute(text(sql))

    def url(self, name: str) -> str:
        return self.admin.set(database=name).render_as_string(hide_password=False)

    def fresh(self) -> str:
        """A new database at the current schema (a copy of the template)."""
        name = f"{self.prefix}{next(self._numbers)}"
        self._sql(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        self.made.append(name)
        return self.url(name)

    def for_file(self, path: Path | str, *, make: bool = True) -> str | None:
        """The server database standing for the file *path* (made on first use)."""
        key = str(Path(path).expanduser().resolve())
        url = self.by_file.get(key)
        if url is None and make:
            url = self.by_file[key] = self.fresh()
            with contextlib.suppress(OSError):
                Path(key).parent.mkdir(parents=True, exist_ok=True)
                # "does the database exist?" answers as for a file; a copy of this file
                # (shutil.copy) stands for a copy of the database
                Path(key).write_text(MARKER + url, encoding="utf-8")
        return url

    def copied(self, path: Path) -> str | None:
        """For a file copied from a marker (``shutil.copy`` of a test's database): a fresh
        server database holding a copy of the one the marker names, now standing for *path*."""
        try:
            head = path.read_bytes()[: len(MARKER) + 200]
        except OSError:
            return None
        if not head.startswith(MARKER.encode()):
            return None
        source_url = head[len(MARKER) :].decode("utf-8").strip()
        if source_url not in self.by_file.values():
            return None
        from app.db.copy import copy_database

        url = self.for_file(path)
        assert url is not None
        source, target = real_open(source_url), real_open(url)
        try:
            copy_database(source, target)
        finally:
            source.dispose()
            target.dispose()
        return url

    def end_module(self) -> None:
        made, self.made = self.made, []
        dropped = set()
        for name in made:
            self._sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            dropped.add(self.url(name))
        self.by_file = {k: v for k, v in self.by_file.items() if v not in dropped}

    def close(self) -> None:
        self.end_module()
        self._sql(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self.engine.dispose()


real_open = migrate.open_database
SERVER: PgTestServer | None = None
MARKER = "PlanDesk test: this file stands for the server database "
_files_stay_files = False


@contextlib.contextmanager
def real_files() -> Iterator[None]:
    """Within: a file name opens that file, also on PostgreSQL runs (``db copy`` tests)."""
    global _files_stay_files
    before, _files_stay_files = _files_stay_files, True
    try:
        yield
    finally:
        _files_stay_files = before


def redirected_open(path: Path | str, **kwargs: Any) -> Database:
    """``open_database`` on PostgreSQL runs: a file name stands for a server database."""
    if SERVER is None or _files_stay_files or migrate.is_server_url(path):
        return real_open(path, **kwargs)
    file = Path(path)
    known = SERVER.for_file(file, make=False) or SERVER.copied(file)
    if known is None and file.exists() and file.stat().st_size > 0:
        return real_open(path, **kwargs)  # a real SQLite file (a released one, a fixture)
    return real_open(known or SERVER.for_file(file), **kwargs)


def redirected_copy_db(src: object, dst: object) -> None:
    """``tests.helpers.copy_db`` on PostgreSQL runs: copy the server database."""
    from app.db.copy import copy_database

    assert SERVER is not None
    source_url = SERVER.for_file(Path(str(src)), make=False)
    if source_url is None:
        original_copy_db(src, dst)
        return
    source, target = real_open(source_url), real_open(SERVER.for_file(Path(str(dst))))
    try:
        copy_database(source, target)
    finally:
        source.dispose()
        target.dispose()


def original_copy_db(src: object, dst: object) -> None:
    from app.services.backup import _copy

    _copy(Path(str(src)), Path(str(dst)))


def pytest_configure(config: pytest.Config) -> None:
    global SERVER
    config.addinivalue_line(
        "markers", "postgresql_only: needs the PostgreSQL backend (--backend postgresql)"
    )
    if config.getoption("--backend") != "postgresql":
        return
    url = os.environ.get("PLANDESK_TEST_PG_URL", "")
    if not url:
        pytest.exit(
            "--backend postgresql needs PLANDESK_TEST_PG_URL=postgresql://user@host:port/postgres "
            "(a role that may create databases); 'bash scripts/test.sh' starts a private server",
            returncode=4,
        )
    SERVER = PgTestServer(url)
    import app.services.database
    import tests.helpers

    migrate.open_database = redirected_open  # type: ignore[assignment]
    app.services.database.open_database = redirected_open  # type: ignore[assignment]
    tests.helpers.copy_db = redirected_copy_db


def pytest_unconfigure(config: pytest.Config) -> None:
    global SERVER
    if SERVER is not None:
        SERVER.close()
        SERVER = None


def server_dump(url: str) -> list[str]:
    """Every row of a server database, one line each (what a test's SQLite ``dump`` of a
    file compares before and after)."""
    from sqlalchemy import select

    from app.db.models import Base

    db = real_open(url)
    try:
        with db.engine.connect() as conn:
            return [
                f"{table.name}: {tuple(row)!r}"
                for table in Base.metadata.sorted_tables
                for row in conn.execute(select(table).order_by(*table.primary_key.columns))
            ]
    finally:
        db.dispose()


def _server_aware_dump(original: Any) -> Any:
    def dump(path: Any) -> list[str]:
        url = SERVER.for_file(Path(str(path)), make=False) if SERVER is not None else None
        return server_dump(url) if url is not None else list(original(path))

    return dump


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    postgres = config.getoption("--backend") == "postgresql"
    if postgres:  # a test module's dump(file) of the SQLite file reads the server's rows
        modules = {item.module for item in items if isinstance(item, pytest.Function)}
        for module in modules:
            original = getattr(module, "dump", None)
            if callable(original) and not getattr(original, "_server_aware", False):
                wrapped = _server_aware_dump(original)
                wrapped._server_aware = True  # type: ignore[attr-defined]
                module.dump = wrapped  # type: ignore[union-attr]
    for item in items:
        if postgres:
            nodeid = item.nodeid.split("[")[0]
            reason = SQLITE_ONLY.get(nodeid) or SQLITE_ONLY.get(nodeid.split("::")[0])
            if reason:
                item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))
        elif item.get_closest_marker("postgresql_only"):
            item.add_marker(pytest.mark.skip(reason="needs --backend postgresql"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    yield
    if SERVER is not None and (nextitem is None or nextitem.module is not item.module):
        SERVER.end_module()  # the module's fixtures are gone: so are its databases


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: the engine of this run."""
    return str(request.config.getoption("--backend"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The test's database file (on PostgreSQL runs it stands for a fresh server database)."""
    return tmp_path / "plandesk.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = migrate.open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def demo(db: Database) -> Database:
    """*db* holding the demo: the Balıkesir plan, its 2021 progress and events."""
    from app.services.demo import build_demo

    with db.unit() as s:
        build_demo(s)
    return db


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Logs, settings and the default database of a test stay in its tmp folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("PLANDESK_DB", raising=False)
