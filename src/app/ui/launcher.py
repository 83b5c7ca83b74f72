"""Start-up and database switching: lock, window first, data after the first paint.

The launcher owns the lock of the open database, the loader and the window; the window
only displays and asks (signals), the launcher decides.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.ui import settings
from app.ui.formats import fill
from app.ui.i18n import normalize_language, system_language
from app.ui.layout_memory import LayoutMemory
from app.ui.loader import NEWER, UNEXPECTED, WorkspaceLoader
from app.ui.lock import DatabaseLock
from app.ui.main_window import MainWindow
from app.ui.pages import PAGE_NAMES, PAGES

# The message boxes (app.ui.dialogs) are imported where one is shown: the first picture of
# the window does not pay for their classes.
if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox, QWidget

    from app.ui.i18n import LanguageSwitcher
    from app.ui.options import GuiOptions
    from app.ui.returns.tasks import Task
    from app.ui.workspace import Workspace

log = logging.getLogger(__name__)

FIRST_PAINT_FALLBACK_MS = 300
SCREENSHOT_WAIT_MS = 60_000  # at most, for a page's background work before the picture


class Launcher(QObject):
    """Emits ``finished(code)`` when the app should end without the window being closed
    (refused start, screenshot taken); ``run_gui`` connects it to ``QApplication.exit``."""

    finished = Signal(int)

    def __init__(
        self,
        app: QApplication,
        options: GuiOptions,
        switcher: LanguageSwitcher,
        store: QSettings,
    ) -> None:
        super().__init__()
        self.app = app
        self.options = options
        self.switcher = switcher
        self.store = store
        self.window: MainWindow | None = None
        self.workspace: Workspace | None = None
        self.lock: DatabaseLock | None = None
        self.loader = WorkspaceLoader(self)
        self.exit_code = 0
        self.last_message: QMessageBox | None = None
        self._load_started = False
        self._wanted: Path | None = None
        self._demo_task: Task | None = None
        self._page_asked = options.page is not None
        self._held_page: QWidget | None = None  # built after the first paint, not painted yet

    @property
    def screenshot_mode(self) -> bool:
        return self.options.screenshot is not None

    # -- start ---------------------------------------------------------------------------
    def start(self) -> bool:
        """Show the window (True), or the "already open" message (False: exits with 1)."""
        language = self._initial_language()
        self.switcher.apply(language)
        db_path = self.options.db
        if not self.screenshot_mode:
            lock = DatabaseLock(db_path)
            if not lock.acquire():
                self._refuse_locked(lock)
                return False
            self.lock = lock
        memory = LayoutMemory(None if self.screenshot_mode else self.store)
        self.window = MainWindow(PAGES, self.switcher.language, memory=memory)
        self._connect_signals()
        self._place_window()
        self.window.set_loading(db_path)
        self.window.files.current = db_path
        self._show_recent()
        page = self.options.page or self._stored(settings.LAST_PAGE)
        if page not in PAGE_NAMES or (page == "welcome" and not self.options.page):
            page = "plan"  # the welcome page is shown by what the database lacks
        self.window.show_page(page, later=True)  # the page itself after the first paint
        self._wanted = db_path
        self.window.installEventFilter(self)
        self.window.show()
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self._load_initial)
        return True

    def _place_window(self) -> None:
        """--screenshot: exactly --size. Otherwise where the clerk left it, if that still
        fits a screen; else the default size shrunk to the screen's free area, centred."""
        assert self.window is not None
        window = self.window
        if self.screenshot_mode:
            window.resize(*self.options.size)
            return
        saved = settings.WINDOW_GEOMETRY.read(self.store)
        if not saved.isEmpty() and window.restoreGeometry(saved):
            screen = QGuiApplication.screenAt(window.geometry().center())
            if screen is not None:
                return
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            window.resize(*self.options.size)
            return
        free = screen.availableGeometry()
        width, height = fit_size(self.options.size, (free.width(), free.height()))
        window.resize(width, height)
        # the frame (title bar, borders) comes on top of the client size
        window.move(
            free.x() + max(0, (free.width() - width) // 2),
            free.y() + max(0, (free.height() - height) // 2),
        )
        if width < self.options.size[0] or height < self.options.size[1]:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

    def _connect_signals(self) -> None:
        assert self.window is not None
        self.window.open_requested.connect(self.open_database)
        self.window.new_requested.connect(self.open_database)
        self.window.demo_requested.connect(self.make_demo)
        self.window.backup_requested.connect(self.write_backup)
        self.window.language_requested.connect(self.switch_language)
        self.window.page_changed.connect(self._remember_page)
        self.window.closing.connect(self.shutdown)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if watched is self.window:
                self.window.removeEventFilter(self)
                log.info("first paint at %.3f", time.time())
                # after this paint has reached the screen, not before
                QTimer.singleShot(0, self._after_first_paint)
            elif self._held_page is not None and watched is self._held_page:
                self._held_page.removeEventFilter(self)
                self._held_page = None
                QTimer.singleShot(0, self._load_initial)
        return False

    def _after_first_paint(self) -> None:
        """The page held for the first paint is built now; its data is read once it has been
        painted (laid out and shown empty, as when it was built before the window was shown:
        a page given its data before its first layout can size its widgets otherwise)."""
        if self._load_started or self.window is None or self._wanted is None:
            return
        page = self.window.build_held_page()
        if page is not None and page.isVisible():
            self._held_page = page
            page.installEventFilter(self)
            return
        self._load_initial()

    def _load_initial(self) -> None:
        if self._load_started or self._wanted is None:
            return
        self._load_started = True
        log.info("window shown; opening %s", self._wanted)
        self.loader.load(self._wanted)

    def _initial_language(self) -> str:
        if self.options.language:
            return self.options.language
        stored = normalize_language(self._stored(settings.LANGUAGE))
        return stored or system_language()

    def _stored(self, setting: settings.Setting[str]) -> str:
        return setting.read(self.store)

    def _refusal(self, lock: DatabaseLock) -> tuple[str, str, str]:
        """Title, text and advice for a lock that could not be taken."""
        if lock.error() != QLockFile.LockError.LockFailedError:
            return (
                self.tr("Cannot open the database"),
                fill(
                    self.tr("PlanDesk cannot write in the folder of this database:\n%1"),
                    str(lock.db_path.parent),
                ),
                self.tr("Copy the database to a folder you can write to, or ask for access."),
            )
        advice = self.tr("Switch to that window, or close it and start PlanDesk again.")
        holder = lock.holder()
        if holder is not None:
            where = fill(
                self.tr("It is open in process %1 on the computer %2."),
                str(holder.pid),
                holder.host,
            )
            advice = f"{where} {advice}"
        return (
            self.tr("PlanDesk is already open"),
            fill(
                self.tr("This database is already open in another PlanDesk window:\n%1"),
                str(lock.db_path),
            ),
            advice,
        )

    def _refuse_locked(self, lock: DatabaseLock) -> None:
        from app.ui.dialogs import show_warning

        self.exit_code = 1
        self.app.setQuitOnLastWindowClosed(False)
        title, text, advice = self._refusal(lock)
        self.last_message = show_warning(
            None, title, text, advice, on_close=lambda: self._finish(1)
        )

    # -- opening -------------------------------------------------------------------------
    def write_backup(self, target: Path) -> QMessageBox | None:
        """File → Backup…: a consistent copy of the open database at *target*."""
        if self.workspace is None or self.window is None:
            return None
        from PySide6.QtWidgets import QMessageBox

        from app.services.backup import backup
        from app.services.errors import PlanDeskError
        from app.ui.dialogs import show_error, show_message
        from app.ui.messages import error_text

        try:
            out = backup(self.workspace.path, target)
        except PlanDeskError as exc:
            return show_error(
                self.window,
                self.tr("Backup"),
                self.tr("The backup could not be written."),
                error_text(exc),
            )
        self.last_message = show_message(
            self.window,
            QMessageBox.Icon.Information,
            self.tr("Backup"),
            fill(self.tr("The backup was written to %1."), str(out)),
        )
        return self.last_message

    def open_database(self, path: Path) -> None:
        """Switch to the database at *path* (File → Open database…)."""
        if self.window is None:
            return
        path = path.expanduser().resolve()
        if self.lock is not None and path == self.lock.db_path.resolve():
            return
        lock = DatabaseLock(path)
        if not lock.acquire():
            from app.ui.dialogs import show_warning

            self.last_message = show_warning(self.window, *self._refusal(lock))
            return
        self._close_workspace()
        if self.lock is not None:
            self.lock.release()
        self.lock = lock
        self._wanted = path
        self._load_started = True
        self.window.set_loading(path)
        self.loader.load(path)

    def make_demo(self, path: Path) -> Task | None:
        """File → Try the demo…: fill a new file with the demo (off the GUI thread), then
        open it; the database open now stays as it is."""
        if self.window is None:
            return None
        from app.ui.dialogs import show_warning
        from app.ui.returns.tasks import Task

        path = path.expanduser().resolve()
        if self.lock is not None and path == self.lock.db_path.resolve():
            self.last_message = show_warning(
                self.window,
                self.tr("Try the demo"),
                self.tr("The demo needs a new file, not the database that is open."),
            )
            return None
        task = Task(lambda _task: _build_demo(path))
        task.signals.finished.connect(lambda _summary: self.open_database(path))
        task.signals.failed.connect(lambda message: self._demo_failed(path, message))
        self._demo_task = task
        self.window.statusBar().showMessage(self.tr("Making the demo database…"))
        return task.start()

    def _demo_failed(self, path: Path, message: str) -> None:
        if self.window is None:
            return
        from app.ui.dialogs import show_error

        self.window.statusBar().clearMessage()
        self.last_message = show_error(
            self.window,
            self.tr("Try the demo"),
            fill(self.tr("The demo could not be made in %1."), str(path)),
            message or self.tr("The details are in the log file."),
        )

    def _on_loaded(self, path: Path, workspace: Workspace) -> None:
        if path != self._wanted or self.window is None:
            workspace.close()  # a newer request superseded this one
            return
        self._close_workspace()
        self.workspace = workspace
        self.window.statusBar().clearMessage()
        self.window.files.current = path
        self.window.set_workspace(workspace)
        if not self.screenshot_mode:
            settings.RECENT_DATABASES.push(self.store, str(path))
        self._show_recent()
        page_asked, self._page_asked = self._page_asked, False  # --page: the first file only
        if not page_asked and (not workspace.institution or workspace.plan is None):
            self.window.show_page("welcome", focus=True)  # a new database: the welcome path
        if self.screenshot_mode:
            QTimer.singleShot(0, self._take_screenshot)
        else:
            self.loader.warm_up(workspace)  # SQLAlchemy ready before the first edit

    def _on_failed(self, path: Path, kind: str, detail: str) -> None:
        if path != self._wanted or self.window is None:
            return
        if kind == NEWER:
            text = self.tr("This database was written by a newer version of PlanDesk.")
            more = self.tr("Install the newer PlanDesk to open it. The file was not changed.")
        elif kind == UNEXPECTED:
            text = self.tr("PlanDesk could not open the database because of an unexpected error.")
            more = self.tr("The details are in the log file.")
        else:
            text = self.tr("This file is not a PlanDesk database, or it is damaged.")
            more = self.tr("Open another database with File → Open database….")
        if self.screenshot_mode:
            sys.stderr.write(f"plandesk: {detail}\n")
            self._finish(1)
            return
        if self.lock is not None and self.lock.db_path == path:
            self.lock.release()
            self.lock = None
        self.window.set_no_database()
        from app.ui.dialogs import show_error

        self.last_message = show_error(
            self.window, self.tr("Cannot open the database"), f"{text}\n{path}", more
        )

    def _close_workspace(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    # -- screenshot ----------------------------------------------------------------------
    def _take_screenshot(self, waited_ms: int = 0) -> None:
        assert self.window is not None and self.options.screenshot is not None
        try:
            page = self.window.current_page()  # built after the first paint, maybe not yet
        except Exception:  # a page that cannot be built: said once, and the run ends
            log.exception("cannot build the page for the screenshot")
            sys.stderr.write("plandesk: the page could not be shown; see the log file\n")
            self._finish(1)
            return
        busy = getattr(page, "busy", None)
        if busy is not None and busy() and waited_ms < SCREENSHOT_WAIT_MS:
            # the page is still working in the background (a consolidation adding up)
            QTimer.singleShot(50, lambda: self._take_screenshot(waited_ms + 50))
            return
        target = self.options.screenshot
        self.app.processEvents()
        image = self.window.grab()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            saved = image.save(str(target), "PNG")
        except OSError:
            saved = False
        if not saved:
            sys.stderr.write(f"plandesk: cannot write the screenshot {target}\n")
            self.exit_code = 1
        else:
            log.info("screenshot written to %s", target)
        self._finish(self.exit_code)

    def _finish(self, code: int) -> None:
        self.exit_code = code
        self.finished.emit(code)

    # -- language and settings -----------------------------------------------------------
    def switch_language(self, language: str) -> None:
        applied = self.switcher.apply(language)
        if self.window is not None:
            self.window.set_language(applied)
        if not self.screenshot_mode:
            settings.LANGUAGE.write(self.store, applied)

    def _remember_page(self, name: str) -> None:
        if not self.screenshot_mode:
            settings.LAST_PAGE.write(self.store, name)

    def _show_recent(self) -> None:
        if self.window is not None:
            recent = [] if self.screenshot_mode else settings.RECENT_DATABASES.read(self.store)
            self.window.files.show_recent(recent)

    # -- end -----------------------------------------------------------------------------
    def shutdown(self) -> None:
        if self.window is not None and not self.screenshot_mode and self.window.isVisible():
            settings.WINDOW_GEOMETRY.write(self.store, self.window.saveGeometry())
        self._wanted = None  # a reading still waiting for the page's first paint never starts
        if self._held_page is not None:
            self._held_page.removeEventFilter(self)
            self._held_page = None
        self.loader.wait()
        self._close_workspace()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.store.sync()


def fit_size(wanted: tuple[int, int], free: tuple[int, int]) -> tuple[int, int]:
    """*wanted* (width, height), no larger than the screen's *free* area."""
    return min(wanted[0], free[0]), min(wanted[1], free[1])


def _build_demo(path: Path) -> object:
    """The demo in a new file at *path* (refused when the file holds a plan already)."""
    from app.services.database import open_database
    from app.services.demo import build_demo

    db = open_database(path)
    try:
        with db.unit("demo") as session:
            return build_demo(session)
    finally:
        db.dispose()
