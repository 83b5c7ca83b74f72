"""``run_gui(argv)``: the desktop app's entry point.

Order matters for start-up time: logging and the QApplication first, the window on screen
next, and only then (after its first paint, in a worker thread) the database and with it
SQLAlchemy. Nothing here imports the data layer at module level.
"""

from __future__ import annotations

import atexit
import gc
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from app import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.logsetup import LogSession
    from app.ui.options import GuiOptions

log = logging.getLogger(__name__)


def _application(argv0: str) -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([argv0])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    from app.ui.qt_compat import protect_none

    protect_none(app)
    return app


_exit_hook_installed = False


def _fast_exit_hook() -> None:
    """At interpreter exit, keep the garbage collector out of the teardown.

    With Qt and SQLAlchemy loaded, the collector's passes over every object while modules
    are torn down cost a quarter of a second; frozen objects are still freed by reference
    counting, so files and databases close as usual (they are closed explicitly anyway).
    """
    global _exit_hook_installed
    if not _exit_hook_installed:
        atexit.register(gc.freeze)
        _exit_hook_installed = True


def run_gui(argv: list[str]) -> int:
    """Run the desktop app with GUI options *argv*; returns the exit status."""
    from app.ui.options import parse_options

    _fast_exit_hook()
    options = parse_options(argv)
    from app.logsetup import setup_logging

    log_session = setup_logging()
    try:
        from app.ui.crash import QtMessageRouter, install_crash_dialog

        router = QtMessageRouter()
        router.install()
        try:
            return _run(options, log_session, install_crash_dialog)
        finally:
            router.uninstall()
    finally:
        log_session.close()


def _run(
    options: GuiOptions,
    log_session: LogSession,
    install_crash_dialog: Callable[[LogSession, bool], bool],
) -> int:
    app = _application(sys.argv[0] if sys.argv else APP_NAME)
    from app.ui.i18n import LanguageSwitcher
    from app.ui.launcher import Launcher
    from app.ui.settings import open_store
    from app.ui.style import apply_style

    install_crash_dialog(log_session, options.no_crash_dialog or options.screenshot is not None)
    apply_style(app)
    quit_on_close = app.quitOnLastWindowClosed()
    launcher = Launcher(app, options, LanguageSwitcher(app), open_store())
    launcher.finished.connect(app.exit)
    try:
        launcher.start()
        code = app.exec()
        return code or launcher.exit_code
    finally:
        launcher.shutdown()
        if launcher.window is not None:
            launcher.window.removeEventFilter(launcher)
            launcher.window.close()
            launcher.window.deleteLater()
        launcher.switcher.uninstall()
        app.setQuitOnLastWindowClosed(quit_on_close)
