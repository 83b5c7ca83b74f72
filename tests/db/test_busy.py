"""A busy database: another program holds a write transaction. Every command waits a bounded
time (``BUSY_SECONDS``), then says so in one line and changes nothing — also when the wait
happens on the raw sqlite3 paths (start-up read, plain rows) or in a migration on open."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.db.fileinfo import BUSY_SECONDS, DatabaseError
from app.db.session import Database
from tests.conftest import FIXTURES

BUSY_LINE = "plandesk: another PlanDesk is writing to this database; nothing was changed, try again"

HOLD = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
for pragma in sys.argv[3:]:
    con.execute(pragma)
con.execute(sys.argv[2])
con.execute("CREATE TABLE IF NOT EXISTS _held (x)")  # a write: the lock is really taken
print("ready", flush=True)
sys.stdin.read()
con.execute("ROLLBACK")
"""


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLANDESK_")}
    env.update(
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CONFIG_HOME=str(home / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def dump(db: Path) -> list[str]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [line for line in con.iterdump() if "_held" not in line]
    finally:
        con.close()


@pytest.fixture
def holder() -> Iterator[Callable[..., subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []

    def hold(db: Path, begin: str = "BEGIN IMMEDIATE", *pragmas: str) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(db), begin, *pragmas],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(proc)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        return proc

    yield hold
    for proc in started:
        if proc.poll() is None:
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait(timeout=30)
        for stream in (proc.stdin, proc.stdout):
            if stream is not None and not stream.closed:
                stream.close()


def plandesk(
    tmp_path: Path, db: Path, *args: str
) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=_env(tmp_path / "home"),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    return done, time.monotonic() - start


def test_a_write_waits_a_bounded_time_then_one_line_and_nothing_changed(
    demo: Database, db_path: Path, tmp_path: Path, holder: Callable[..., object]
) -> None:
    before = dump(db_path)
    holder(db_path)
    args = ("progress", "set", "2.3.1", "--period", "2021-T2", "--status", "in_progress")
    done, seconds = plandesk(tmp_path, db_path, *args)
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [BUSY_LINE]
    assert BUSY_SECONDS - 0.5 <= seconds <= BUSY_SECONDS + 15, seconds  # waited, then gave up
    # readers are not stopped by a writer (WAL): the clerk can still look
    shown, _ = plandesk(tmp_path, db_path, "progress", "show", "--period", "2021-T2")
    assert shown.returncode == 0, shown.stderr
    assert dump(db_path) == before


def _release(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.close()
    assert proc.wait(timeout=30) == 0


def test_a_migration_on_open_of_a_locked_old_file_says_so_in_one_line(
    tmp_path: Path, holder: Callable[..., subprocess.Popen[str]]
) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "db" / "plandesk-0001.sqlite", old)
    before = dump(old)
    proc = holder(old, "BEGIN EXCLUSIVE")  # rollback journal: even readers wait
    done, seconds = plandesk(tmp_path, old, "plan", "show")
    _release(proc)
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [BUSY_LINE]
    assert seconds <= 2 * BUSY_SECONDS + 15
    assert dump(old) == before
    assert not list(tmp_path.glob("old.before-*")) and not list(tmp_path.glob(".old*"))


def test_the_start_up_read_turns_busy_into_one_sentence(
    demo: Database, db_path: Path, holder: Callable[..., object], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.db import fastread

    demo.dispose()
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    con.close()
    holder(db_path, "BEGIN EXCLUSIVE")  # rollback journal: the read waits too
    monkeypatch.setattr(fastread, "BUSY_SECONDS", 0.2)
    with pytest.raises(DatabaseError, match="another PlanDesk is writing"):
        fastread.read_snapshot(db_path)


def test_the_plain_rows_path_turns_busy_into_one_sentence(
    demo: Database, db_path: Path, holder: Callable[..., object]
) -> None:
    from app.db.plain import plain_rows

    holder(db_path)
    busy = pytest.raises(DatabaseError, match="another PlanDesk is writing")
    with busy, demo.unit() as session:
        execute = plain_rows(session)
        execute("PRAGMA busy_timeout=200", ())
        execute("CREATE TABLE _mine (x)", ())  # a write: waits for the holder, gives up
