"""What the clerk arranged, kept across runs: splitter sizes and the widths of the columns a
clerk can drag, the last folder used and where signed files were saved (declared in
:mod:`app.ui.settings`: ``SPLITTERS``, ``COLUMNS``, ``LAST_FOLDER``, ``RETURN_FILES``).

Pages register their widgets by name (``<page>.<widget>``); a widget's saved sizes are
applied when it is registered and saved when the clerk moves a splitter or drags a column.
Without a store (screenshots, tests that do not ask) nothing is read or written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from app.ui import settings

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings


class LayoutMemory:
    def __init__(self, store: QSettings | None) -> None:
        self.store = store

    # -- folders and files ---------------------------------------------------------------
    def folder(self) -> str:
        """The folder files were last saved in or opened from ("" when never)."""
        return settings.LAST_FOLDER.read(self.store) if self.store is not None else ""

    def set_folder(self, folder: str) -> None:
        if self.store is not None:
            settings.LAST_FOLDER.write(self.store, folder)

    def remember_file(self, sha256: str, path: str) -> None:
        """Where a signed file made here was saved (found again after a restart)."""
        if self.store is not None and sha256 and " " not in sha256:
            entries = settings.RETURN_FILES.read(self.store)
            kept = [e for e in entries if not e.startswith(sha256 + " ")]
            settings.RETURN_FILES.write(self.store, [f"{sha256} {path}", *kept])

    def file_of(self, sha256: str) -> str:
        if self.store is None or not sha256:
            return ""
        for entry in settings.RETURN_FILES.read(self.store):
            digest, _, path = entry.partition(" ")
            if digest == sha256:
                return path
        return ""

    # -- splitters -----------------------------------------------------------------------
    def saved_sizes(self, name: str) -> list[int]:
        return settings.SPLITTERS.of(name).read(self.store) if self.store is not None else []

    def splitter(self, splitter: QSplitter, name: str, *, restore: bool = True) -> None:
        """Apply the sizes saved for *name* (when *restore*); save them whenever the clerk
        moves the handle."""
        if self.store is None:
            return
        sizes = self.saved_sizes(name)
        if restore and len(sizes) == splitter.count() and sum(sizes) > 0:
            _WhenShown(splitter, lambda: apply_sizes(splitter, sizes))
        splitter.splitterMoved.connect(lambda _pos, _index: self._save_splitter(splitter, name))

    def _save_splitter(self, splitter: QSplitter, name: str) -> None:
        if self.store is not None:
            settings.SPLITTERS.of(name).write(self.store, splitter.sizes())

    # -- columns -------------------------------------------------------------------------
    def columns(self, header: QHeaderView, name: str) -> None:
        """Widths of *header*'s interactive sections: applied now, saved when dragged."""
        if self.store is None:
            return
        self.restore_columns(header, name)
        header.sectionResized.connect(lambda *_args: self._on_resized(header, name))

    def restore_columns(self, header: QHeaderView, name: str) -> None:
        if self.store is None:
            return
        widths = settings.COLUMNS.of(name).read(self.store)
        if len(widths) != header.count():
            return
        for section, width in enumerate(widths):
            if width > 0 and _interactive(header, section):
                header.resizeSection(section, width)

    def _on_resized(self, header: QHeaderView, name: str) -> None:
        # only the clerk's drags count, not the page fitting its columns to the width
        if self.store is None or QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton:
            return
        self.save_columns(header, name)

    def save_columns(self, header: QHeaderView, name: str) -> None:
        if self.store is None:
            return
        widths = [
            header.sectionSize(section) if _interactive(header, section) else 0
            for section in range(header.count())
        ]
        settings.COLUMNS.of(name).write(self.store, widths)


def apply_sizes(splitter: QSplitter, sizes: list[int]) -> None:
    """The panes after the first keep their saved sizes (a side panel); the first takes
    what the window has left."""
    total = sum(splitter.sizes())
    rest = sum(sizes[1:])
    if total <= 0 or rest >= total:
        return
    splitter.setSizes([total - rest, *sizes[1:]])


class _WhenShown(QObject):
    """Runs *then* once, after *widget* was first shown and laid out at its real size."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        if widget.isVisible():
            QTimer.singleShot(0, self._run)
        else:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        self._then()
        self.deleteLater()


def _interactive(header: QHeaderView, section: int) -> bool:
    return header.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive
