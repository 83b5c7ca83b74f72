"""A directorate with several clerks on one PostgreSQL database (issue 16), at the database
layer: the address and its password, the schema on a server, optimistic versions, the clerk in
the audit trail, other clerks' changes noticed, backup and restore with the server's tools,
and ``db copy`` between an SQLite file and a server.

Tests marked ``postgresql_only`` run in the PostgreSQL pass (``--backend postgresql``); the
others run on both engines.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, select, text

import tests.conftest as conftest
from app.cli.main import run
from app.db.changes import ChangeWatch
from app.db.copy import copy_database, table_checks
from app.db.fileinfo import ChangedMeanwhile, DatabaseError, NewerDatabaseError
from app.db.migrate import open_database
from app.db.models import AuditEntry, Institution, PlanItem
from app.db.server import is_server_url, server_url, shown
from app.db.session import Database
from app.services import plan_edit
from app.services.demo import build_demo

pg = pytest.mark.postgresql_only


@pytest.fixture
def server() -> conftest.PgTestServer:
    assert conftest.SERVER is not None
    return conftest.SERVER


def admin_sql(server: conftest.PgTestServer, *statements: str) -> None:
    with server.engine.connect() as conn:
        for statement in statements:
            conn.execute(text(statement))


@contextlib.contextmanager
def connected(url: str) -> Iterator[Connection]:
    """A plain connection to *url* (its engine disposed afterwards)."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = run([str(a) for a in args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


# ------------------------------------------------------------------ the address
def test_a_server_address_is_told_from_a_file_and_never_holds_a_password() -> None:
    assert is_server_url("postgresql://clerk@db.example/plandesk")
    assert is_server_url("postgres://clerk@db.example:5433/plandesk")
    assert is_server_url("postgresql+psycopg://clerk@db/plandesk")
    assert not is_server_url("/home/clerk/plandesk.sqlite")
    assert not is_server_url(r"C:\Users\clerk\plandesk.sqlite")
    url = server_url("postgres://clerk@db.example:5433/plandesk")
    assert url.drivername == "postgresql+psycopg" and url.database == "plandesk"
    assert shown(url) == "postgresql://clerk@db.example:5433/plandesk"
    with pytest.raises(DatabaseError, match="must not hold a password"):
        server_url("postgresql://clerk:secret@db.example/plandesk")
    with pytest.raises(DatabaseError, match="names no database"):
        server_url("postgresql://clerk@db.example/")
    with pytest.raises(DatabaseError, match="not supported"):
        server_url("mysql://clerk@db.example/plandesk")


def test_the_command_line_refuses_a_password_in_the_address_in_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _out, err = cli(capsys, "--db", "postgresql://clerk:secret@127.0.0.1:1/x", "plan", "show")
    assert code == 1 and len(err.splitlines()) == 1
    assert "must not hold a password" in err and "secret" not in err


def test_a_server_that_is_not_there_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = cli(capsys, "--db", "postgresql://clerk@127.0.0.1:1/plandesk", "plan", "show")
    assert code == 1 and len(err.splitlines()) == 1, err
    assert "cannot reach the database server postgresql://clerk@127.0.0.1:1/plandesk" in err


# ------------------------------------------------------------------ the schema on a server
@pg
def test_a_server_database_of_a_newer_plandesk_is_refused_untouched(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    with pytest.raises(
        NewerDatabaseError, match=r"was written by a newer PlanDesk \(schema 9999\)"
    ):
        open_database(db.url)
    with connected(db.url) as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"


@pg
def test_a_database_with_other_tables_is_not_taken_over(server: conftest.PgTestServer) -> None:
    name = f"{server.prefix}other"
    admin_sql(server, f'CREATE DATABASE "{name}"')
    server.made.append(name)
    url = server.url(name)
    with connected(url) as conn:
        conn.execute(text("CREATE TABLE payroll (id int)"))
    with pytest.raises(DatabaseError, match="holds other tables, not a PlanDesk database"):
        open_database(url)


@pg
def test_an_empty_server_database_is_filled_only_by_commands_that_start_one(
    server: conftest.PgTestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    name = f"{server.prefix}empty"
    admin_sql(server, f'CREATE DATABASE "{name}"')
    server.made.append(name)
    url = server.url(name)
    code, _out, err = cli(capsys, "--db", url, "plan", "show")
    assert code == 1 and "is empty" in err and len(err.splitlines()) == 1
    code, out, err = cli(capsys, "--db", url, "demo")
    assert code == 0, err
    code, out, err = cli(capsys, "--db", url, "plan", "show")
    assert code == 0 and "2021" in out


@pg
def test_two_clerks_opening_a_new_database_at_once_make_its_tables_once(
    server: conftest.PgTestServer,
) -> None:
    """The schema is built (or upgraded) under an advisory lock: the second clerk waits and
    finds it done."""
    from concurrent.futures import ThreadPoolExecutor

    from app.db.fileinfo import HEAD_REVISION

    name = f"{server.prefix}race"
    admin_sql(server, f'CREATE DATABASE "{name}"')
    server.made.append(name)
    url = server.url(name)
    with ThreadPoolExecutor(2) as pool:
        dbs = list(pool.map(lambda _n: open_database(url), range(2)))
    for d in dbs:
        d.dispose()
    with connected(url) as conn:
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    assert versions == [HEAD_REVISION]


# ------------------------------------------------------------------ optimistic versions
def _two(db: Database) -> tuple[Database, Database]:
    """Two clerks' connections to the test's database."""
    other = Database(db.url, db.path)
    return db, other


def test_two_writers_on_one_activity_the_second_is_told_and_nothing_is_overwritten(
    demo: Database,
) -> None:
    first, second = _two(demo)
    try:
        with first.unit() as s:
            item_id = s.scalars(select(PlanItem.id).where(PlanItem.code == "2.1.4")).one()
        with pytest.raises(ChangedMeanwhile) as told, first.unit() as mine:
            seen = plan_edit.get_item(mine, item_id)  # the first clerk reads the activity...
            assert seen.version_id == 1
            with second.unit("edit 2.1.4") as theirs:  # ...the second changes it and saves...
                plan_edit.update_item(theirs, item_id, {"responsible": "İl Müdürlüğü"})
            plan_edit.update_item(mine, item_id, {"responsible": "Okul müdürleri"})  # ...then
        assert str(told.value) == (
            f"this activity 2.1.4 was changed by {second.user} meanwhile; nothing was "
            "overwritten, look again"
        )
        with first.unit() as s:
            item = s.get(PlanItem, item_id)
            assert item is not None
            assert item.responsible == "İl Müdürlüğü" and item.version_id == 2
    finally:
        second.dispose()


def test_a_row_deleted_by_another_clerk_is_not_written_back(demo: Database) -> None:
    from app.db.models import Event
    from app.services.events import event_data, update_event
    from app.services.plans import require_current_plan

    first, second = _two(demo)
    try:
        with first.unit() as s:
            event_id = s.scalars(select(Event.id).order_by(Event.id)).first()
            assert event_id is not None
        with (
            pytest.raises(ChangedMeanwhile, match="was deleted by .* meanwhile"),
            first.unit() as s,
        ):
            plan = require_current_plan(s)
            event = s.get(Event, event_id)
            assert event is not None
            data = event_data(s, event)
            with second.unit() as theirs:
                theirs.delete(theirs.get(Event, event_id))
            update_event(s, plan, event_id, data.__class__(**{**data.__dict__, "title": "New"}))
        with first.unit() as s:
            assert s.get(Event, event_id) is None
    finally:
        second.dispose()


def test_an_edit_after_another_clerks_edit_in_a_later_unit_goes_through(demo: Database) -> None:
    """Versions refuse only what was read before the other change, not later edits."""
    first, second = _two(demo)
    try:
        with first.unit() as s:
            item_id = s.scalars(select(PlanItem.id).where(PlanItem.code == "2.1.4")).one()
        with second.unit() as s:
            plan_edit.update_item(s, item_id, {"notes": "second"})
        with first.unit() as s:
            plan_edit.update_item(s, item_id, {"notes": "first, later"})
        with first.unit() as s:
            item = s.get(PlanItem, item_id)
            assert item is not None and item.notes == "first, later" and item.version_id == 3
    finally:
        second.dispose()


def test_an_edit_made_on_an_older_picture_is_refused_with_who(demo: Database) -> None:
    """A window fills a form in one unit of work and saves it in another: the version it
    was filled from travels with it (``expect_version``)."""
    from app.db.session import expect_version

    first, second = _two(demo)
    try:
        with first.unit() as s:
            item = s.scalars(select(PlanItem).where(PlanItem.code == "2.1.4")).one()
            item_id, seen = item.id, item.version_id
        with second.unit() as s:
            plan_edit.update_item(s, item_id, {"notes": "the other clerk's"})
        told = pytest.raises(ChangedMeanwhile, match=f"changed by {second.user} meanwhile")
        with told, first.unit() as s:
            item = plan_edit.get_item(s, item_id)
            expect_version(s, item, seen)
            item.notes = "mine, on the old picture"
        with first.unit() as s:
            item = plan_edit.get_item(s, item_id)
            assert item.notes == "the other clerk's"
            expect_version(s, item, item.version_id)  # the current picture: goes on
    finally:
        second.dispose()


# ------------------------------------------------------------------ who changed it
def test_the_audit_trail_names_the_clerk_of_the_connection(db: Database) -> None:
    with db.unit() as s:
        s.add(Institution(code="X1", name="Okul"))
    with db.unit() as s:
        users = set(s.scalars(select(AuditEntry.user)))
    assert users == {db.user}
    if db.is_server:
        with db.engine.connect() as conn:
            assert db.user == conn.execute(text("SELECT session_user")).scalar()


@pg
def test_each_clerk_is_named_with_a_shared_owner_role(server: conftest.PgTestServer) -> None:
    """docs/server.md: one role owns the database, each clerk logs in as herself with that
    role's rights (ALTER ROLE ... SET role); the audit trail names the clerk."""
    tag = secrets.token_hex(3)
    owner, ayse, bora = f"pdt_owner_{tag}", f"pdt_ayse_{tag}", f"pdt_bora_{tag}"
    name = f"{server.prefix}roles"
    admin_sql(
        server,
        f"CREATE ROLE {owner} NOLOGIN",
        f"CREATE ROLE {ayse} LOGIN IN ROLE {owner}",
        f"CREATE ROLE {bora} LOGIN IN ROLE {owner}",
        f'CREATE DATABASE "{name}" OWNER {owner}',
        f"ALTER ROLE {ayse} IN DATABASE \"{name}\" SET role = '{owner}'",
        f"ALTER ROLE {bora} IN DATABASE \"{name}\" SET role = '{owner}'",
    )
    server.made.append(name)
    try:
        as_ayse = server.admin.set(username=ayse, database=name).render_as_string(False)
        as_bora = server.admin.set(username=bora, database=name).render_as_string(False)
        a = open_database(as_ayse)  # creates the schema, owned by the shared role
        with a.unit() as s:
            build_demo(s)
        a.dispose()
        b = open_database(as_bora)
        with b.unit() as s:
            item = s.scalars(select(PlanItem).where(PlanItem.code == "2.1.4")).one()
            item.notes = "Bora"
        with b.unit() as s:
            who = {e.user for e in s.scalars(select(AuditEntry))}
            owners = set(
                s.execute(text("SELECT tableowner FROM pg_tables WHERE schemaname = 'public'"))
                .scalars()
                .all()
            )
        b.dispose()
        assert who == {ayse, bora} and owners == {owner}
    finally:
        server.end_module()
        admin_sql(server, f"DROP ROLE {ayse}", f"DROP ROLE {bora}", f"DROP ROLE {owner}")


# ------------------------------------------------------------------ others' changes noticed
def test_the_window_notices_what_another_clerk_changed(demo: Database) -> None:
    other = Database(demo.url, demo.path)
    watch = ChangeWatch(demo)
    try:
        assert watch.changed() == frozenset()
        with demo.unit() as s:  # this window's own change
            s.scalars(select(PlanItem)).first().notes = "mine"  # type: ignore[union-attr]
        own = watch.changed()
        with other.unit() as s:  # another clerk's
            s.scalars(select(PlanItem)).first().notes = "theirs"  # type: ignore[union-attr]
        theirs = watch.changed()
        assert watch.changed() == frozenset()  # told once
        if demo.is_server:
            assert own == frozenset() and theirs == {"plan_item"}
            assert watch.fileno() is not None
        else:  # SQLite cannot tell whose commit it was, nor which table
            assert theirs == {"*"}
    finally:
        watch.close()
        other.dispose()


# ------------------------------------------------------------------ the password
@pytest.fixture
def password_role(server: conftest.PgTestServer) -> Iterator[tuple[str, str]]:
    """A clerk role with a password (a member of ``pdt_password_clerks``, which
    scripts/test.sh's server asks for a password: ``host all +pdt_password_clerks ...
    scram-sha-256``); skipped on a server that trusts it all the same."""
    tag = secrets.token_hex(3)
    role, secret = f"pdt_pw_{tag}", secrets.token_hex(8)
    name = f"{server.prefix}pw"
    admin_sql(
        server,
        "DO $$ BEGIN CREATE ROLE pdt_password_clerks NOLOGIN; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        f"CREATE ROLE {role} LOGIN PASSWORD '{secret}' IN ROLE pdt_password_clerks",
        f'CREATE DATABASE "{name}" OWNER {role}',
    )
    server.made.append(name)
    url = server.admin.set(username=role, database=name).render_as_string(False)
    try:
        probe = create_engine(url)
        try:
            with probe.connect():
                trusted = True
        except Exception:
            trusted = False
        probe.dispose()
        if trusted:
            pytest.skip("the test server does not ask this role for a password (pg_hba: trust)")
        yield url, secret
    finally:
        server.end_module()
        admin_sql(server, f"DROP ROLE IF EXISTS {role}")


@pg
def test_the_password_comes_from_the_clerk_never_from_the_address(
    password_role: tuple[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url, secret = password_role
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(DatabaseError, match=r"asks for a password .* ~/\.pgpass"):
        open_database(url)
    asked: list[str] = []

    def ask(where: str) -> str:
        asked.append(where)
        return "wrong" if len(asked) == 1 else secret

    db = open_database(url, ask_password=ask)
    db.dispose()
    assert len(asked) == 2 and secret not in asked[0] and asked[0].startswith("postgresql://")
    with pytest.raises(DatabaseError, match="refused the password"):
        open_database(url, ask_password=lambda _where: "wrong")
    # ~/.pgpass (here PGPASSFILE) and PGPASSWORD, read by libpq itself
    u = server_url(url)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{u.host}:{u.port}:{u.database}:{u.username}:{secret}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    open_database(url).dispose()
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.setenv("PGPASSWORD", secret)
    open_database(url).dispose()


@pg
def test_a_command_without_a_terminal_says_where_the_password_goes(
    password_role: tuple[str, str], tmp_path: Path
) -> None:
    url, secret = password_role
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PLANDESK_", "PGPASS"))}
    env.update(PGPASSFILE=str(tmp_path / "none"), XDG_STATE_HOME=str(tmp_path / "state"))
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", url, "plan", "show"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1, done.stderr
    assert "asks for a password" in done.stderr and secret not in done.stderr


# ------------------------------------------------------------------ backup, restore
def _notes(db_target: str) -> str:
    db = open_database(db_target)
    try:
        with db.unit() as s:
            return s.scalars(select(PlanItem.notes).where(PlanItem.code == "2.1.4")).one()
    finally:
        db.dispose()


@pg
def test_backup_and_restore_of_a_server_database_with_pg_dump(
    demo: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = demo.url
    with demo.unit() as s:
        s.scalars(select(PlanItem).where(PlanItem.code == "2.1.4")).one().notes = "before"
    demo.dispose()
    dump = tmp_path / "saved.dump"
    code, out, err = cli(capsys, "--db", url, "backup", "--out", dump)
    assert code == 0 and dump.is_file() and err == "", err
    assert dump.stat().st_mode & 0o077 == 0
    again = open_database(url)
    with again.unit() as s:
        s.scalars(select(PlanItem).where(PlanItem.code == "2.1.4")).one().notes = "after"
    # refused while another clerk is connected
    code, _out, err = cli(capsys, "--db", url, "restore", dump)
    assert code == 1 and "the database is open" in err and len(err.splitlines()) == 1
    assert _notes(url) == "after"
    again.dispose()
    code, out, err = cli(capsys, "--db", url, "restore", dump)
    assert code == 0, err
    assert "previous copy" in out and _notes(url) == "before"
    # not a backup of a PlanDesk database: refused, nothing changed
    bogus = tmp_path / "bogus.dump"
    bogus.write_bytes(b"PGDMP but not really")
    code, _out, err = cli(capsys, "--db", url, "restore", bogus)
    assert code == 1 and "nothing was changed" in err and _notes(url) == "before"


@pg
def test_backup_without_the_server_tools_is_one_clear_line(
    demo: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    bare = tmp_path / "bin"
    bare.mkdir()
    monkeypatch.setenv("PATH", str(bare))
    code, _out, err = cli(capsys, "--db", demo.url, "backup", "--out", tmp_path / "x.dump")
    assert code == 1 and len(err.splitlines()) == 1
    assert "pg_dump is not installed" in err and "no backup was written" in err
    assert not (tmp_path / "x.dump").exists()


# ------------------------------------------------------------------ db copy
def _directorate(db: Database, subordinates: int) -> None:
    """The demo plus *subordinates* schools with a return each (stored as intake keeps them:
    the file, its hash, the signed data), some of them reviewed."""
    import hashlib
    import json
    from datetime import datetime

    from app.db.models import Return, Review
    from app.services.subordinates import SubordinateInput, add_subordinate

    with db.unit() as s:
        build_demo(s)
    with db.unit() as s:
        for n in range(1, subordinates + 1):
            code = f"OKUL-{n:03d}"
            add_subordinate(s, SubordinateInput(code, f"Okul {n} — İlköğretim"), [])
            payload = json.dumps({"institution": {"code": code}, "n": n}, ensure_ascii=False)
            content = os.urandom(2000 + n) + f"%%EOF {code}".encode()
            ret = Return(
                direction="incoming",
                status="accepted",
                institution_code=code,
                period_key="2021-T1",
                version=1,
                payload=payload,
                payload_sha256=hashlib.sha256(payload.encode()).hexdigest(),
                file_name=f"{code}_2021-T1_v1.pdf",
                file_sha256=hashlib.sha256(content).hexdigest(),
                file_content=content,
                received_at=datetime(2021, 5, n % 28 + 1, 10, 30, 15, 123456),
                result_params={"note": "ş ț ệ"},
            )
            s.add(ret)
            s.flush()
            if n % 5 == 0:
                s.add(
                    Review(
                        return_id=ret.id,
                        direction="issued",
                        decision="accepted",
                        decided_at=datetime(2021, 6, 1),
                        receipt_sha256="0" * 64,
                    )
                )


@pg
@pytest.mark.parametrize("subordinates", [0, 50], ids=["demo", "directorate-50"])
def test_db_copy_from_a_file_to_a_server_and_back_is_equal_by_counts_and_hashes(
    subordinates: int,
    tmp_path: Path,
    server: conftest.PgTestServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    start = tmp_path / "start.sqlite"
    first = conftest.real_open(start)  # a real file, also on PostgreSQL runs
    _directorate(first, subordinates)
    before = table_checks(first)
    first.dispose()
    url = server.fresh()
    admin_sql(server, f'DROP DATABASE "{server.made[-1]}" WITH (FORCE)')
    admin_sql(server, f'CREATE DATABASE "{server.made[-1]}"')  # empty: no schema yet
    code, out, err = cli(capsys, "db", "copy", "--from", start, "--to", url, "--json")
    assert code == 0, err
    import json

    report = json.loads(out)
    assert report["return_files"] == subordinates
    assert report["tables"]["return_doc"]["rows"] == subordinates
    back = tmp_path / "back.sqlite"
    with conftest.real_files():
        code, out, err = cli(capsys, "db", "copy", "--from", url, "--to", back)
    assert code == 0, err
    assert "counts and hashes equal" in out.splitlines()[-1]
    end = conftest.real_open(back)
    try:
        after = table_checks(end)
        # the copy on the server goes on where the file left off: new ids do not collide
        server_db = open_database(url)
        with server_db.unit() as s:
            s.add(Institution(code="NEW", name="Yeni okul"))
        server_db.dispose()
    finally:
        end.dispose()
    assert {k: (v.rows, v.sha256) for k, v in after.items()} == {
        k: (v.rows, v.sha256) for k, v in before.items()
    }


def test_db_copy_refuses_a_target_that_holds_data(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source.sqlite"
    other = conftest.real_open(source)
    with other.unit() as s:
        s.add(Institution(code="A", name="A"))
    other.dispose()
    with pytest.raises(DatabaseError, match="already holds data"):
        src = conftest.real_open(source)
        try:
            copy_database(src, demo)
        finally:
            src.dispose()
    existing = tmp_path / "exists.sqlite"
    existing.write_bytes(source.read_bytes())
    with conftest.real_files():
        code, _out, err = cli(capsys, "db", "copy", "--from", source, "--to", existing)
    assert code == 1 and "exists; copy into a new file" in err


def test_db_copy_needs_two_different_databases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.sqlite"
    conftest.real_open(source).dispose()
    with conftest.real_files():
        code, _out, err = cli(capsys, "db", "copy", "--from", source, "--to", source)
        assert code == 1 and "another database" in err
        code, _out, err = cli(
            capsys, "db", "copy", "--from", tmp_path / "none.sqlite", "--to", tmp_path / "x"
        )
        assert code == 1 and "there is no database" in err
