"""Files at rest are the owner's only (POSIX): the database and its -wal/-shm, its backups
(automatic, made by hand, before a migration, before a restore), the registrations of who has
it open, the log folder and its files, crash reports — 0600 files in 0700 folders PlanDesk
creates. Checked on the real process. And a killed export leaves no copy of a return in the
system's temporary folder."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

PASSWORD = "correct horse battery"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLANDESK_")}
    env.update(
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        PLANDESK_KEY_PASSWORD=PASSWORD,
        QT_QPA_PLATFORM="offscreen",
        **extra,
    )
    return env


def plandesk(home: Path, db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=_env(home, **env),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


def assert_private(*paths: Path) -> None:
    for path in paths:
        wanted = 0o700 if path.is_dir() else 0o600
        assert mode(path) == wanted, f"{path}: {oct(mode(path))}"


@pytest.fixture
def loose_umask() -> object:
    """The most permissive umask a machine may have: only PlanDesk's own modes protect."""
    previous = os.umask(0o000)
    yield None
    os.umask(previous)


def test_demo_backup_and_restore_leave_owner_only_files(
    tmp_path: Path, loose_umask: object
) -> None:
    home = tmp_path / "home"
    folder = tmp_path / "school"
    folder.mkdir()
    db = folder / "plandesk.sqlite"
    plandesk(home, db, "demo")
    assert_private(db)
    companions = [p for p in folder.iterdir() if p.name.startswith("plandesk.sqlite-")]
    assert_private(*companions)
    log_folder = home / "state" / "PlanDesk" / "log"
    assert_private(log_folder, *log_folder.iterdir())
    assert (log_folder / "plandesk.log").exists()

    plandesk(home, db, "backup")
    backups = folder / "backups"
    assert_private(backups, *backups.iterdir())
    assert len(list(backups.iterdir())) == 1
    by_hand = tmp_path / "by-hand.sqlite"
    plandesk(home, db, "backup", "--out", str(by_hand))
    assert_private(by_hand)

    plandesk(home, db, "restore", str(by_hand))
    assert_private(db, *folder.glob("plandesk.before-restore-*"))
    assert len(list(folder.glob("plandesk.before-restore-*"))) == 1
    assert not list(folder.glob(".plandesk*"))  # no temporary copy left
    assert not (folder / "plandesk.sqlite.users").exists()


def test_a_migrated_old_file_and_its_safety_copy_are_owner_only(
    tmp_path: Path, loose_umask: object
) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "db" / "plandesk-0001.sqlite", old)
    os.chmod(old, 0o644)  # as an older PlanDesk left it
    plandesk(tmp_path / "home", old, "plan", "show")
    safety = list(tmp_path.glob("old.before-*.sqlite"))
    assert len(safety) == 1
    assert_private(old, *safety)


def test_registrations_and_crash_reports_are_owner_only(
    tmp_path: Path, loose_umask: object
) -> None:
    from app.db.migrate import open_database
    from app.db.users import users_dir
    from app.logsetup import write_crash_report

    db_path = tmp_path / "d.sqlite"
    db = open_database(db_path)
    try:
        folder = users_dir(db_path)
        assert_private(folder, *folder.iterdir())
        assert list(folder.iterdir())
    finally:
        db.dispose()
    report = write_crash_report(tmp_path / "logs", "Traceback: a test\n")
    assert report is not None
    assert_private(tmp_path / "logs", report)


# ------------------------------------------------------------------ killed exports
@pytest.fixture(scope="module")
def killed_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Ten signed exports killed at moments spread over one export's run, in a private TMPDIR;
    then one that finishes."""
    from app.cli.main import run

    root = tmp_path_factory.mktemp("killed-exports")
    db = root / "demo.sqlite"
    old = os.environ.get("PLANDESK_KEY_PASSWORD")
    os.environ["PLANDESK_KEY_PASSWORD"] = PASSWORD
    try:
        assert run(["--db", str(db), "demo"]) == 0
        assert run(["--db", str(db), "identity", "create"]) == 0
    finally:
        if old is None:
            os.environ.pop("PLANDESK_KEY_PASSWORD", None)
        else:
            os.environ["PLANDESK_KEY_PASSWORD"] = old
    tmp, out = root / "tmp", root / "out"
    tmp.mkdir()
    out.mkdir()
    args = [sys.executable, "-m", "app", "--db", str(db), "return", "export", "--period",
            "2021-T1", "--format", "pdf", "--sign", "--out", str(out / "r.pdf")]  # fmt: skip
    env = _env(root / "home", TMPDIR=str(tmp))
    start = time.monotonic()
    subprocess.run(args, env=env, check=True, capture_output=True, stdin=subprocess.DEVNULL)
    whole = time.monotonic() - start
    (out / "r.pdf").unlink()
    for n in range(10):
        proc = subprocess.Popen(
            args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(0.3 + n * max(whole - 0.3, 0.5) / 10)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    subprocess.run(args, env=env, check=True, capture_output=True, stdin=subprocess.DEVNULL)
    return {"tmp": tmp, "out": out, "db": db, "home": root / "home"}


def test_after_killed_exports_the_last_one_is_whole(killed_exports: dict[str, Path]) -> None:
    from app.services.verify import verify_file

    result = verify_file(killed_exports["out"] / "r.pdf", [])
    assert result.payload is not None or "not trusted" in result.reason, result.reason


def test_killed_exports_leave_no_copy_behind(killed_exports: dict[str, Path]) -> None:
    """Nothing in the system's temporary folder; in PlanDesk's scratch folder, what the killed
    ones left was removed by the export that came after them."""
    left = sorted(p.name for p in killed_exports["tmp"].iterdir())
    assert left == [], left
    scratch = [p for p in killed_exports["home"].rglob("scratch") if p.is_dir()]
    assert scratch, "the exports worked in PlanDesk's scratch folder"
    assert [p.name for s in scratch for p in s.iterdir()] == []
