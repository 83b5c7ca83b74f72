"""File → New database…, Open database…, Recent databases, Try the demo…: the window asks
for a path and says what the clerk wants (signals); the launcher opens or makes the file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.formats import fill
from app.ui.icons import icon

if TYPE_CHECKING:
    from app.ui.generated.ui_main_window import Ui_MainWindow

FILTER = "*.sqlite *.db"


def existing_folder(path: Path | None, fallback: Path | None = None) -> str:
    """*path* or its nearest folder that exists (a dialog started in a missing folder
    cannot choose anything); else *fallback*, else the home folder."""
    for start in (path, fallback, Path.home()):
        if start is None:
            continue
        for folder in (start, *start.parents):
            if folder.is_dir():
                return str(folder)
    return ""


class DatabaseFiles(QObject):
    new_requested = Signal(Path)
    open_requested = Signal(Path)
    demo_requested = Signal(Path)

    def __init__(self, window: QWidget, ui: Ui_MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ui = ui
        self.current: Path | None = None
        self.recent: list[Path] = []
        # how the window asks for a path; tests put their own answers here
        self.choose_open = self._choose_open
        self.choose_new = self._choose_new
        ui.actionNewDatabase.setIcon(icon("database"))
        ui.actionOpenDatabase.setIcon(icon("open"))
        ui.actionDemo.setIcon(icon("plandesk"))
        ui.actionNewDatabase.triggered.connect(self.ask_new)
        ui.actionOpenDatabase.triggered.connect(self.ask_open)
        ui.actionDemo.triggered.connect(self.ask_demo)
        self.show_recent([])

    # -- asking --------------------------------------------------------------------------
    def _folder(self) -> str:
        return existing_folder(self.current.parent if self.current is not None else None)

    def _choose_open(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open a PlanDesk database"),
            self._folder(),
            fill(self.tr("PlanDesk databases (%1);;All files (*)"), FILTER),
        )
        return Path(name) if name else None

    def _choose_new(self, title: str, name: str) -> Path | None:
        start = str(Path(self._folder()) / name)
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            title,
            start,
            fill(self.tr("PlanDesk databases (%1);;All files (*)"), FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(".sqlite")

    def ask_open(self) -> None:
        path = self.choose_open()
        if path is not None:
            self.open_requested.emit(path)

    def ask_new(self) -> None:
        """A new, empty database (an existing file of that name is opened, never emptied)."""
        path = self.choose_new(self.tr("New PlanDesk database"), "plandesk.sqlite")
        if path is not None:
            self.new_requested.emit(path)

    def ask_demo(self) -> None:
        path = self.choose_new(self.tr("Save the demo database as"), "plandesk-demo.sqlite")
        if path is not None:
            self.demo_requested.emit(path)

    # -- recent --------------------------------------------------------------------------
    def show_recent(self, paths: list[str]) -> None:
        """The recent databases, most recent first (the open one included)."""
        self.recent = [Path(p) for p in paths]
        menu = self.ui.menuRecent
        menu.clear()
        for number, path in enumerate(self.recent, start=1):
            action = QAction(f"&{number}  {path.name} — {path.parent}", menu)
            action.setData(str(path))
            action.setToolTip(str(path))
            action.setEnabled(path.exists() and path != self.current)
            action.triggered.connect(lambda _on=False, p=path: self.open_requested.emit(p))
            menu.addAction(action)
        if not self.recent:
            empty = QAction(self.tr("No database opened yet"), menu)
            empty.setEnabled(False)
            menu.addAction(empty)
        menu.setEnabled(True)

    def recent_actions(self) -> list[QAction]:
        return [a for a in self.ui.menuRecent.actions() if a.data()]

    def retranslate(self) -> None:
        self.show_recent([str(p) for p in self.recent])
