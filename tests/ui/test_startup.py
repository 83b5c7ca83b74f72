"""Start-up: ``run_gui --screenshot``, one window per database, clear database errors."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtGui import QImage

from app.ui.application import run_gui
from app.ui.lock import DatabaseLock, lock_path
from app.ui.options import PAGES, parse_options
from app.ui.pages import PAGE_NAMES
from tests.ui.conftest import visible_message_boxes


def _distinct_colours(image: QImage, step: int = 7) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


def test_screenshot_of_the_plan_page(demo_db: Path, tmp_path: Path) -> None:
    png = tmp_path / "shots" / "plan.png"
    code = run_gui(
        ["--db", str(demo_db), "--screenshot", str(png), "--page", "plan", "--language", "tr"]
    )
    assert code == 0
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1280, 800)
    assert _distinct_colours(image) > 40  # text, icons, tints: not a blank window


def test_screenshot_of_a_placeholder_page_in_another_size(demo_db: Path, tmp_path: Path) -> None:
    png = tmp_path / "events.png"
    code = run_gui(
        ["--db", str(demo_db), "--screenshot", str(png), "--page", "events", "--size", "1920x1080"]
    )
    assert code == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1920, 1080)


def test_screenshot_ignores_the_lock(demo_db: Path, tmp_path: Path) -> None:
    held = DatabaseLock(demo_db)
    assert held.acquire()
    try:
        png = tmp_path / "locked.png"
        assert run_gui(["--db", str(demo_db), "--screenshot", str(png)]) == 0
        assert png.exists()
    finally:
        held.release()


def test_screenshot_of_a_garbage_file_fails_with_one_line(tmp_path: Path, capsys) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is a Word document, honestly\n" * 50)
    code = run_gui(["--db", str(garbage), "--screenshot", str(tmp_path / "x.png")])
    assert code == 1
    err = capsys.readouterr().err
    assert "not a PlanDesk database" in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_second_window_on_the_same_database_is_refused(make_launcher, demo_db: Path, qtbot) -> None:
    first = make_launcher(demo_db)
    assert first.start()
    assert lock_path(demo_db).exists()
    second = make_launcher(demo_db)
    assert not second.start()
    assert second.window is None
    qtbot.waitUntil(lambda: second.last_message in visible_message_boxes())
    box = second.last_message
    assert box.windowTitle() == "PlanDesk is already open"
    assert str(demo_db) in box.text()
    assert str(os.getpid()) in box.informativeText()
    assert [b.text() for b in box.buttons()] == ["OK"]
    box.close()
    assert second.exit_code == 1


def test_a_stale_lock_of_a_crashed_planDesk_is_taken_over(
    make_launcher, demo_db: Path, qtbot
) -> None:
    script = (
        "import os, signal, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, str(lock_path(demo_db))], check=False)
    assert proc.returncode == -signal.SIGKILL
    assert lock_path(demo_db).exists()  # left behind by the "crash"
    launcher = make_launcher(demo_db)
    assert launcher.start()
    assert launcher.lock is not None and launcher.lock.held


def test_lock_is_released_when_the_window_closes(make_launcher, demo_db: Path, qtbot) -> None:
    launcher = make_launcher(demo_db)
    assert launcher.start()
    qtbot.waitUntil(lambda: launcher.workspace is not None, timeout=15000)
    launcher.window.close()
    assert launcher.lock is None
    again = DatabaseLock(demo_db)
    assert again.acquire()
    again.release()


def test_garbage_file_gives_one_clear_message(make_launcher, tmp_path: Path, qtbot) -> None:
    garbage = tmp_path / "notes.sqlite"
    garbage.write_bytes(b"PK\x03\x04 an xlsx file renamed by mistake" * 10)
    launcher = make_launcher(garbage)
    assert launcher.start()
    qtbot.waitUntil(lambda: launcher.last_message in visible_message_boxes(), timeout=15000)
    box = launcher.last_message
    assert box.windowTitle() == "Cannot open the database"
    assert "not a PlanDesk database" in box.text()
    assert str(garbage) in box.text()
    assert "Traceback" not in box.text() + box.informativeText()
    assert len(visible_message_boxes()) == 1
    box.close()
    window = launcher.window
    assert window.ui.planTitleLabel.text() == "No database open"
    assert window.findChild(type(window.ui.planTitleLabel), "dbPathLabel").text() == (
        "No database open"
    )
    assert launcher.lock is None
    assert garbage.read_bytes().startswith(b"PK")  # untouched
    page = window.page("plan")
    assert page.ui.contentStack.currentWidget() is page.ui.emptyPage
    assert page.ui.emptyLabel.text().startswith("No database is open")


def test_database_from_a_newer_planDesk_is_refused(make_launcher, tmp_path: Path, qtbot) -> None:
    newer = tmp_path / "newer.sqlite"
    con = sqlite3.connect(newer)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('9999')")
    con.commit()
    con.close()
    before = newer.read_bytes()
    launcher = make_launcher(newer)
    assert launcher.start()
    qtbot.waitUntil(lambda: launcher.last_message in visible_message_boxes(), timeout=15000)
    assert "newer version of PlanDesk" in launcher.last_message.text()
    launcher.last_message.close()
    assert newer.read_bytes() == before


def test_options() -> None:
    options = parse_options(["--db", "x.sqlite", "--page", "events", "--language", "vi"])
    assert options.db == Path("x.sqlite")
    assert (options.page, options.language, options.screenshot) == ("events", "vi", None)
    assert options.size == (1280, 800)
    assert PAGES == PAGE_NAMES


def test_default_database_follows_the_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PLANDESK_DB", str(tmp_path / "env.sqlite"))
    assert parse_options([]).db == tmp_path / "env.sqlite"


@pytest.mark.parametrize("argv", [["--page", "nowhere"], ["--language", "de"], ["--size", "big"]])
def test_bad_options_are_usage_errors(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        parse_options(argv)
    assert exc.value.code == 2


def test_nothing_heavy_is_imported_before_the_window() -> None:
    """The GUI modules import no SQLAlchemy, Alembic, ReportLab, openpyxl or pyHanko."""
    code = (
        "import sys\n"
        "import app.main, app.ui.application, app.ui.launcher, app.ui.options, "
        "app.logsetup, app.ui.crash\n"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'reportlab', 'openpyxl', 'pyhanko')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


def test_a_folder_that_cannot_be_written_is_named(make_launcher, tmp_path: Path, qtbot) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where a folder should be")
    launcher = make_launcher(not_a_folder / "plandesk.sqlite")
    assert not launcher.start()
    qtbot.waitUntil(lambda: launcher.last_message in visible_message_boxes())
    box = launcher.last_message
    assert box.windowTitle() == "Cannot open the database"
    assert "cannot write in the folder" in box.text()
    assert str(not_a_folder) in box.text()
    box.close()
