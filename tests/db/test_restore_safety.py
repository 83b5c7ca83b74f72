"""`plandesk restore` loses nothing: it waits for no one and refuses, with one line and
nothing changed, while another PlanDesk (a command or the window) has the database open, and
it takes only a whole PlanDesk database of a known schema. Checked on the real process."""

from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.main import run
from app.db.migrate import HEAD_REVISION, KNOWN_REVISIONS, check_database_file, open_database
from app.db.users import USER, others, users_dir
from tests.conftest import FIXTURES


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLANDESK_")}
    env.update(
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def plandesk(home: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=_env(home),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def dump(db: Path) -> list[str]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def one_line_failure(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("plandesk: "), done.stderr
    return lines[0]


def _in_process(db: Path, *args: str) -> None:
    assert run(["--db", str(db), *args]) == 0, args


@pytest.fixture
def world(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Path]:
    """A database with a few rows and a backup of it taken before a change (made in this
    process: only the commands under test run as their own process)."""
    db = tmp_path / "school.sqlite"
    _in_process(db, "institution", "set", "--name", "Okul", "--code", "OK1", "--kind", "school")
    _in_process(db, "plan", "set", "--title", "Plan", "--year", "2024")
    backup = tmp_path / "saved.sqlite"
    _in_process(db, "backup", "--out", str(backup))
    _in_process(db, "institution", "set", "--name", "Okul 2", "--code", "OK1", "--kind", "school")
    capsys.readouterr()
    gc.collect()
    assert others(db) == []  # this process let go of it
    return {"db": db, "home": tmp_path / "home", "backup": backup, "root": tmp_path}


HOLD_DATABASE = """
import sys
from app.db.migrate import open_database
db = open_database(sys.argv[1])
with db.unit() as s:
    s.connection()
print("ready", flush=True)
sys.stdin.read()
db.dispose()
"""

HOLD_WINDOW_LOCK = """
import sys
from app.ui.lock import DatabaseLock
from pathlib import Path
lock = DatabaseLock(Path(sys.argv[1]))
assert lock.acquire()
print("ready", flush=True)
sys.stdin.read()
lock.release()
"""


@pytest.fixture
def holder(world: dict[str, Path]) -> Iterator[object]:
    started: list[subprocess.Popen[str]] = []

    def start(script: str) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-c", script, str(world["db"])],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=_env(world["home"]),
        )
        started.append(proc)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None and not stream.closed:
                stream.close()


def _finish(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.close()
    assert proc.wait(timeout=30) == 0


def test_restore_is_refused_while_a_command_holds_the_database_and_works_after(
    world: dict[str, Path], holder: object
) -> None:
    proc = holder(HOLD_DATABASE)  # type: ignore[operator]
    before = dump(world["db"])
    done = plandesk(world["home"], world["db"], "restore", str(world["backup"]))
    line = one_line_failure(done)
    assert "is open in" in line and f"process {proc.pid}" in line and "nothing was changed" in line
    assert dump(world["db"]) == before
    assert not list(world["root"].glob("school.before-restore-*"))
    assert not list(world["root"].glob(".school.sqlite.*"))  # no temporary copy left
    _finish(proc)
    done = plandesk(world["home"], world["db"], "restore", str(world["backup"]))
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert "Okul 2" not in "\n".join(dump(world["db"]))
    assert len(list(world["root"].glob("school.before-restore-*"))) == 1
    assert not users_dir(world["db"]).exists()  # every registration went with its process


def test_restore_is_refused_while_the_window_holds_its_lock(
    world: dict[str, Path], holder: object
) -> None:
    proc = holder(HOLD_WINDOW_LOCK)  # type: ignore[operator]
    before = dump(world["db"])
    line = one_line_failure(plandesk(world["home"], world["db"], "restore", str(world["backup"])))
    assert "PlanDesk window" in line and f"process {proc.pid}" in line
    assert dump(world["db"]) == before
    _finish(proc)
    done = plandesk(world["home"], world["db"], "restore", str(world["backup"]))
    assert done.returncode == 0, done.stderr


def test_a_killed_holder_leaves_a_stale_registration_and_lock_that_do_not_block(
    world: dict[str, Path], holder: object
) -> None:
    for script in (HOLD_DATABASE, HOLD_WINDOW_LOCK):
        proc = holder(script)  # type: ignore[operator]
        proc.send_signal(signal.SIGKILL)  # type: ignore[attr-defined]
        proc.wait()
    assert list(users_dir(world["db"]).glob("*.json"))  # left behind by the killed process
    assert world["db"].with_name("school.sqlite.lock").exists()
    done = plandesk(world["home"], world["db"], "restore", str(world["backup"]))
    assert done.returncode == 0, done.stderr
    assert others(world["db"]) == []
    assert (
        not list(users_dir(world["db"]).glob("*.json")) if users_dir(world["db"]).exists() else True
    )


def test_a_registration_of_a_dead_pid_is_ignored_and_removed(world: dict[str, Path]) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    folder = users_dir(world["db"])
    folder.mkdir()
    from app.db.users import host_name

    stale = folder / f"user-{gone.stdout.strip()}-dead.json"
    stale.write_text(json.dumps({"pid": int(gone.stdout), "host": host_name(), "kind": USER}))
    done = plandesk(world["home"], world["db"], "restore", str(world["backup"]))
    assert done.returncode == 0, done.stderr
    assert not stale.exists()


def test_opening_is_refused_while_a_restore_is_under_way(
    world: dict[str, Path], holder: object
) -> None:
    marker = """
import sys
from pathlib import Path
from app.db.users import RESTORE, register
mark = register(Path(sys.argv[1]), RESTORE)
print("ready", flush=True)
sys.stdin.read()
mark.release()
"""
    proc = holder(marker)  # type: ignore[operator]
    before = dump(world["db"])
    args = ("institution", "set", "--name", "X", "--code", "OK1", "--kind", "school")
    line = one_line_failure(plandesk(world["home"], world["db"], *args))
    assert "being restored" in line and f"process {proc.pid}" in line
    assert dump(world["db"]) == before
    _finish(proc)


# ------------------------------------------------------------------ what may come in
def _alembic_only(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    con.execute("INSERT INTO alembic_version VALUES (?)", (HEAD_REVISION,))
    con.commit()
    con.close()


def _progress_dropped(path: Path) -> None:
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("DROP TABLE progress")
    con.commit()
    con.close()


def _column_dropped(path: Path) -> None:
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE event DROP COLUMN venue")
    con.commit()
    con.close()


def _random_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO photos (name) VALUES ('beach')")
    con.commit()
    con.close()


def _damaged(path: Path) -> None:
    open_database(path).dispose()
    data = bytearray(path.read_bytes())
    for at in range(4096 * 2, len(data), 4096):  # every b-tree page header but the first two
        data[at : at + 8] = b"\x0d\xff\xff\xff\xff\xff\xff\xff"
    path.write_bytes(bytes(data))


def _index_out_of_step(path: Path) -> None:
    """An intact file whose index no longer matches its table: only integrity_check sees it."""
    db = open_database(path)
    with db.unit() as session:
        from app.services.demo import build_demo

        build_demo(session)
    db.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema=ON")
    con.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_plan_item_tree ON plan_item "
        "(plan_id, code, kind)' WHERE name = 'ix_plan_item_tree'"
    )
    con.commit()
    con.close()


FOREIGN = [
    ("alembic_version only", _alembic_only, "lacks the table"),
    ("progress dropped", _progress_dropped, "lacks the table(s) progress"),
    ("a column dropped", _column_dropped, "the table event lacks the column(s) venue"),
    ("another SQLite file", _random_sqlite, "not a PlanDesk database"),
    ("damaged pages", _damaged, "cannot be read"),
    ("an index out of step", _index_out_of_step, "is damaged (SQLite's check says: row"),
    ("not SQLite at all", lambda p: p.write_bytes(b"SQLite format 2\0" + b"x" * 5000), "not a"),
]


@pytest.mark.parametrize(("name", "make", "words"), FOREIGN, ids=[f[0] for f in FOREIGN])
def test_a_file_that_is_not_a_whole_plandesk_database_is_refused(
    world: dict[str, Path], name: str, make: object, words: str
) -> None:
    foreign = world["root"] / "foreign.sqlite"
    make(foreign)  # type: ignore[operator]
    before = dump(world["db"])
    line = one_line_failure(plandesk(world["home"], world["db"], "restore", str(foreign)))
    assert words in line and "nothing was changed" in line, line
    assert dump(world["db"]) == before
    assert not list(world["root"].glob("school.before-restore-*"))
    assert not list(world["root"].glob(".school.sqlite.*"))
    done = plandesk(world["home"], world["db"], "plan", "show", "--json")
    assert done.returncode == 0, done.stderr


def test_a_backup_of_an_older_schema_is_restored_and_brought_up(world: dict[str, Path]) -> None:
    old = world["root"] / "old.sqlite"
    shutil.copy(FIXTURES / "db" / "plandesk-0001.sqlite", old)
    done = plandesk(world["home"], world["db"], "restore", str(old))
    assert done.returncode == 0, done.stderr
    con = sqlite3.connect(world["db"])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    con.close()
    assert check_database_file(world["db"]) == HEAD_REVISION
    assert plandesk(world["home"], world["db"], "plan", "show").returncode == 0


def test_every_fixture_and_a_fresh_database_pass_the_check(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite"
    open_database(fresh).dispose()
    assert check_database_file(fresh) == HEAD_REVISION
    for fixture in sorted((FIXTURES / "db").glob("plandesk-*.sqlite")):
        revision = fixture.stem.split("-")[1]
        if revision in KNOWN_REVISIONS:
            assert check_database_file(fixture) == revision
