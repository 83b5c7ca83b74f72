"""``run_gui(argv)``: the desktop app's entry point.

Order matters for start-up time: logging and the QApplication first, the window on screen
next (navigation, header and status: the first paint), then the page asked for, and only once
that page is painted the database, read in a worker thread (``app.services.workspace_open``:
sqlite3 for a file at the current schema; SQLAlchemy later, in the background). Nothing here
imports the data layer at module level.
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


# The window's style, named to Qt when the QApplication is made: set that way, it never comes
# back to Python (app.setStyle returns it, and the first QStyle seen in Python costs ~7 ms of
# enum classes before the first paint; the pages need them only later).
STYLE = "Fusion"


def _application(argv0: str) -> tuple[QApplication, bool]:
    """The QApplication, and whether it was made here with :data:`STYLE` (a test's own
    application is used as it is)."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app, made = existing, False
    else:
        app, made = QApplication([argv0, "-style", STYLE]), True
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    from app.ui.qt_compat import protect_none

    protect_none(app)
    return app, made


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
    app, styled = _application(sys.argv[0] if sys.argv else APP_NAME)
    from app.ui.i18n import LanguageSwitcher
    from app.ui.launcher import Launcher
    from app.ui.settings import open_store
    from app.ui.style import QSS, apply_style, light_palette

    install_crash_dialog(log_session, options.no_crash_dialog or options.screenshot is not None)
    if styled:  # apply_style without setStyle: the style was given to the QApplication
        app.setPalette(light_palette())
        app.setStyleSheet(QSS)
    else:
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
