"""What every page of the main window offers the window: a name, an icon, a title.

Pages re-translate themselves on ``QEvent.LanguageChange`` and receive the open
workspace (or None) through :meth:`Page.set_workspace`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.ui.layout_memory import LayoutMemory
    from app.ui.workspace import Workspace


class Page(QWidget):
    """A page of the main window.

    Editing pages set ``self.undo_stack`` (a QUndoStack); the window puts it in its undo
    group, so Edit → Undo (Ctrl+Z) works on the page shown. A page that changed data other
    pages show emits ``data_changed``; the others are then refreshed (``refresh``) when
    they are next shown.
    """

    name: ClassVar[str] = ""
    data_changed = Signal()
    # (page, action): show another page and have it do *action* there ("" page: the window
    # does it, e.g. "new-database"); see MainWindow.show_page and Page.perform
    navigate_requested = Signal(str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.name}Page")
        self.undo_stack: QUndoStack | None = None
        self._stale = False

    def mark_stale(self) -> None:
        """Data shown here changed elsewhere: refresh now if visible, else when shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Read the data shown again (after another page changed it)."""

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    @classmethod
    def title(cls) -> str:
        """The page's name in navigation and the View menu (translated).

        A class method: the window lists every page but builds one only when it is shown;
        the titles live with that list (``app.ui.pages.PAGES``).
        """
        from app.ui.pages import page_title

        return page_title(cls.name)

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Show *workspace* (None: no database open).

        A page is built before the database has been opened; until this is first called
        it shows itself empty and calm, without "nothing here" messages.
        """

    def retranslate(self) -> None:
        """Set every text again in the current language."""

    def first_focus(self) -> QWidget | None:
        """Where the keyboard starts when the page is opened with its shortcut (Ctrl+1…)."""
        return None

    def perform(self, action: str) -> None:
        """Do *action* (asked by another page, e.g. the welcome page's "import"); the page
        is shown already. Unknown actions are ignored."""

    def remember_layout(self, memory: LayoutMemory) -> None:
        """Register the splitters and columns the clerk arranges (see app.ui.layout_memory)."""

    def unsaved_changes(self) -> str:
        """What typed text would be lost if the window closed now ("" when nothing)."""
        return ""

    def save_changes(self) -> bool:
        """Save what :meth:`unsaved_changes` names; False when it could not be saved."""
        return True

    def discard_changes(self) -> None:
        """Forget what :meth:`unsaved_changes` names (the clerk chose not to keep it)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
