"""Logging and crash capture for the desktop app (and any script that wants it).

No Qt here: the GUI adds its own pieces (Qt message handler, crash dialog) in
``app.ui.crash`` on top of what this module sets up.

- a rotating log file in ``paths.log_dir()`` (1 MB x 5),
- Python warnings routed into ``logging``,
- ``faulthandler`` writing hard crashes (segfaults, aborts) to ``faults.log`` in the log dir,
- ``sys.excepthook`` that logs an uncaught exception and writes a crash report file, then
  calls the listeners registered with :meth:`LogSession.add_crash_listener` (the dialog).

The log folder is owner-only (0700) and every file in it (logs, faults, crash reports) 0600
on POSIX: they name people, institutions and file paths.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import platform
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

from app import APP_NAME, __version__

LOG_FILE = "plandesk.log"
FAULT_FILE = "faults.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

log = logging.getLogger("app")

CrashListener = Callable[[str, Path | None], None]
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def private_folder(directory: Path) -> None:
    """Create *directory* (and its parents) with the log folder's mode 0700 (POSIX)."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            if directory.stat().st_mode & 0o077:
                os.chmod(directory, 0o700)


def open_private(path: Path, flags: int = os.O_WRONLY | os.O_CREAT | os.O_APPEND) -> IO[str]:
    """A text file opened for writing that only its owner can read (0600 on POSIX)."""
    fd = os.open(path, flags, 0o600)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            if os.fstat(fd).st_mode & 0o077:
                os.fchmod(fd, 0o600)
    return os.fdopen(fd, "a" if flags & os.O_APPEND else "w", encoding="utf-8")


class PrivateRotatingFileHandler(RotatingFileHandler):
    """The rotating log file, each of its files created owner-only."""

    def _open(self) -> IO[str]:  # type: ignore[override]
        return open_private(Path(self.baseFilename))


def crash_report_text(exc_info: ExcInfo, context: str = "") -> str:
    """The text a clerk can save and send to support: versions, platform and traceback."""
    exc_type, exc, tb = exc_info
    lines = [
        f"{APP_NAME} {__version__} crash report",
        f"Time: {datetime.now().isoformat(timespec='seconds')}",
        f"Python: {sys.version.split()[0]} ({platform.python_implementation()})",
        f"Platform: {platform.platform()}",
    ]
    if context:
        lines.append(f"Context: {context}")
    lines.append("")
    lines.extend(line.rstrip("\n") for line in traceback.format_exception(exc_type, exc, tb))
    return "\n".join(lines) + "\n"


def write_crash_report(directory: Path, text: str) -> Path | None:
    """Write *text* to ``crash-<time>.txt`` in *directory*; None if that fails too."""
    try:
        private_folder(directory)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = directory / f"crash-{stamp}.txt"
        with open_private(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC) as handle:
            handle.write(text)
        return path
    except OSError:
        log.exception("could not write the crash report")
        return None


class LogSession:
    """What :func:`setup_logging` installed; :meth:`close` puts everything back."""

    def __init__(self, directory: Path, level: int) -> None:
        self.directory = directory
        self.level = level
        self.log_file = directory / LOG_FILE
        self.fault_file = directory / FAULT_FILE
        self._listeners: list[CrashListener] = []
        self._handler: logging.Handler | None = None
        self._fault_stream: IO[str] | None = None
        self._previous_hook = sys.excepthook
        self._previous_level = logging.getLogger().level
        self._fault_was_enabled = faulthandler.is_enabled()

    # -- installation -------------------------------------------------------------------
    def install(self) -> None:
        private_folder(self.directory)
        handler = PrivateRotatingFileHandler(
            self.log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.setLevel(self.level)
        root = logging.getLogger()
        root.addHandler(handler)
        if root.level == logging.NOTSET or root.level > self.level:
            root.setLevel(self.level)
        self._handler = handler
        logging.captureWarnings(True)
        self._fault_stream = open_private(self.fault_file)
        faulthandler.enable(file=self._fault_stream, all_threads=True)
        self._previous_hook = sys.excepthook
        sys.excepthook = self.excepthook
        log.info("%s %s started (Python %s)", APP_NAME, __version__, sys.version.split()[0])

    def close(self) -> None:
        """Undo :meth:`install` (tests and embedders run several sessions in one process)."""
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if self._fault_stream is not None:
            faulthandler.disable()
            self._fault_stream.close()
            self._fault_stream = None
            if self._fault_was_enabled:
                faulthandler.enable(file=sys.__stderr__ or sys.stderr)
        logging.captureWarnings(False)
        if self._handler is not None:
            logging.getLogger().removeHandler(self._handler)
            self._handler.close()
            self._handler = None
        logging.getLogger().setLevel(self._previous_level)
        self._listeners.clear()

    # -- crashes ------------------------------------------------------------------------
    def add_crash_listener(self, listener: CrashListener) -> None:
        """Call *listener(report_text, report_path)* after an uncaught exception."""
        self._listeners.append(listener)

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        text = crash_report_text((exc_type, exc, tb))
        path = write_crash_report(self.directory, text)
        sys.stderr.write(text)
        if path is not None:
            sys.stderr.write(f"The crash report was saved to {path}\n")
        for listener in list(self._listeners):
            try:
                listener(text, path)
            except Exception:  # a broken dialog must not hide the first error
                log.exception("crash listener failed")


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> LogSession:
    """Install file logging, warning capture, faulthandler and the crash hook."""
    if directory is None:
        from app.paths import log_dir

        directory = log_dir()
    session = LogSession(directory, level)
    session.install()
    return session


@contextmanager
def setup_cli_logging(directory: Path | None = None) -> Iterator[None]:
    """For one command: log records and Python warnings go to the log file, never to the
    terminal (a clerk's terminal shows only the command's own one-line messages)."""
    if directory is None:
        from app.paths import log_dir

        directory = log_dir()
    handler: logging.Handler
    try:
        private_folder(directory)
        handler = PrivateRotatingFileHandler(
            directory / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(FORMAT))
    except OSError:  # no writable log folder: records are dropped, not printed
        handler = logging.NullHandler()
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    logging.captureWarnings(True)
    try:
        yield
    finally:
        logging.captureWarnings(False)
        root.removeHandler(handler)
        handler.close()
        root.setLevel(previous_level)
