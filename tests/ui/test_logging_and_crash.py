"""Log file, warnings, crash reports, Qt messages and the crash dialog."""

from __future__ import annotations

import logging
import sys
import warnings
from pathlib import Path

import pytest

from PySide6.QtCore import qInfo
from PySide6.QtWidgets import QApplication

from app.logsetup import LOG_FILE, crash_report_text, setup_logging
from app.ui.crash import CrashDialog, QtMessageRouter, crash_dialog_disabled, install_crash_dialog


def _raise() -> tuple:
    try:
        raise ValueError("the plan table has no rows")
    except ValueError:
        return sys.exc_info()


@pytest.fixture
def session(tmp_path: Path):
    log_session = setup_logging(tmp_path / "logs")
    yield log_session
    log_session.close()


def test_log_file_and_warnings(session, tmp_path: Path) -> None:
    logging.getLogger("app.test").info("hello from the test")
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("an old habit", DeprecationWarning, stacklevel=1)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "hello from the test" in text
    assert "an old habit" in text
    assert (tmp_path / "logs" / "faults.log").exists()


def test_log_rotates_at_one_megabyte(session, tmp_path: Path) -> None:
    log = logging.getLogger("app.test")
    for _ in range(1200):
        log.info("x" * 1000)
    files = sorted(p.name for p in (tmp_path / "logs").glob(LOG_FILE + "*"))
    assert files[:2] == [LOG_FILE, LOG_FILE + ".1"]
    assert (tmp_path / "logs" / LOG_FILE).stat().st_size <= 1_000_000


def test_excepthook_writes_a_crash_report(session, tmp_path: Path, capsys) -> None:
    assert sys.excepthook == session.excepthook
    seen: list[tuple[str, Path | None]] = []
    session.add_crash_listener(lambda text, path: seen.append((text, path)))
    session.excepthook(*_raise())
    reports = list((tmp_path / "logs").glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert "ValueError: the plan table has no rows" in text
    assert "PlanDesk" in text and "Traceback" in text
    assert seen and seen[0][1] == reports[0]
    assert "crash report was saved" in capsys.readouterr().err


def test_close_restores_the_previous_hook(tmp_path: Path) -> None:
    before = sys.excepthook
    log_session = setup_logging(tmp_path / "logs")
    assert sys.excepthook != before
    log_session.close()
    assert sys.excepthook == before


def test_crash_report_text_names_the_context() -> None:
    text = crash_report_text(_raise(), context="opening a database")
    assert "Context: opening a database" in text


def test_qt_messages_go_to_the_log(caplog) -> None:
    router = QtMessageRouter()
    router.install()
    try:
        with caplog.at_level(logging.INFO, logger="qt"):
            qInfo("a message from Qt")
    finally:
        router.uninstall()
    assert any("a message from Qt" in r.getMessage() for r in caplog.records)


def test_crash_dialog_is_shown_and_offers_to_save(
    session, qtbot, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("PLANDESK_NO_CRASH_DIALOG", raising=False)
    assert install_crash_dialog(session, disabled=False)
    session.excepthook(*_raise())
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(dialog.isVisible)
    assert "the plan table has no rows" in dialog._text.toPlainText()
    target = tmp_path / "report.txt"
    monkeypatch.setattr(
        "app.ui.crash.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    assert dialog.save_report() == target
    assert "ValueError" in target.read_text(encoding="utf-8")
    dialog.close()


def test_crash_dialog_can_be_turned_off(session, monkeypatch) -> None:
    monkeypatch.delenv("PLANDESK_NO_CRASH_DIALOG", raising=False)
    assert crash_dialog_disabled(True)
    assert not install_crash_dialog(session, disabled=True)
    monkeypatch.setenv("PLANDESK_NO_CRASH_DIALOG", "1")
    assert not install_crash_dialog(session, disabled=False)
