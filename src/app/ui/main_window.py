"""The main window: navigation, a header strip, the pages, menus and the status bar.

It shows what it is given and reports what the clerk asks for (open a database, switch
language) through signals; opening databases and switching translators is done by
``app.ui.launcher``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPaintEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMenu, QWidget

from app import APP_NAME, __version__
from app.ui.formats import day, fill
from app.ui.generated.ui_main_window import Ui_MainWindow
from app.ui.i18n import LANGUAGES, NATIVE_NAMES
from app.ui.icons import icon
from app.ui.layout_memory import LayoutMemory
from app.ui.style import scaled_font
from app.ui.window_files import DatabaseFiles, existing_folder

# The dialogs (QFileDialog, QMessageBox, ...) are imported where they are opened: the first
# picture of the window does not pay for their classes.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from app.ui.pages import PageEntry
    from app.ui.pages.base import Page
    from app.ui.workspace import Workspace

NAV_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    open_requested = Signal(Path)
    new_requested = Signal(Path)
    demo_requested = Signal(Path)
    backup_requested = Signal(Path)
    language_requested = Signal(str)
    page_changed = Signal(str)
    closing = Signal()

    def __init__(
        self,
        pages: Sequence[PageEntry],
        language: str,
        today: date | None = None,
        memory: LayoutMemory | None = None,
    ) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.memory = memory or LayoutMemory(None)
        self.files = DatabaseFiles(self, self.ui)
        self.ask_unsaved = self._ask_unsaved  # tests answer the question themselves
        self._closing_confirmed = False
        self.page_entries = list(pages)
        self._built: dict[str, Page] = {}
        self._later: str | None = None  # show_page(later=True): built after the first paint
        self._painted = False
        self.kind = ""  # the institution's kind: a school sees no directorate pages
        self._today = today or date.today()
        self._language = language
        self._workspace: Workspace | None = None
        self._db_path: Path | None = None
        self._status_key = "none"
        self._db_label = QLabel(self)
        self._db_label.setObjectName("dbPathLabel")
        self.ui.statusBar.addPermanentWidget(self._db_label, 1)
        self._view_group = QActionGroup(self)
        self._language_group = QActionGroup(self)
        self.undo_group = QUndoGroup(self)
        self._build_edit_menu()
        self._build_pages()
        self._build_language_menu()
        self._style_header()
        self.setWindowIcon(icon("plandesk"))
        self._connect_signals()
        self._retranslate()

    # -- construction --------------------------------------------------------------------
    def _build_pages(self) -> None:
        self.ui.navList.setIconSize(QSize(20, 20))
        for page in self.page_entries:
            self.ui.pageStack.addWidget(QWidget(self.ui.pageStack))  # built when first shown
            item = QListWidgetItem(icon(page.icon_name), "", self.ui.navList)
            item.setData(NAV_ROLE, page.name)
            action = QAction(icon(page.icon_name), "", self)
            action.setCheckable(True)
            action.setData(page.name)
            self._view_group.addAction(action)
            self.ui.menuView.addAction(action)
        self._show_navigation()
        self.ui.actionBackup.setIcon(icon("backup"))
        self.ui.actionGettingStarted.setIcon(icon("welcome"))
        self.ui.actionQuit.setIcon(icon("quit"))
        self.ui.actionAbout.setIcon(icon("about"))

    def _build_edit_menu(self) -> None:
        """Edit: undo/redo of the page shown (each editing page has its own stack)."""
        self.menu_edit = QMenu(self)
        self.menu_edit.setObjectName("menuEdit")
        self.ui.menuBar.insertMenu(self.ui.menuView.menuAction(), self.menu_edit)
        self.action_undo: QAction | None = None
        self.action_redo: QAction | None = None
        # Ctrl+F: the page shown puts the cursor in its search box
        self.action_find = QAction(icon("search"), "", self)
        self.action_find.setObjectName("actionFind")
        self.action_find.setShortcut(QKeySequence.StandardKey.Find)
        self.action_find.triggered.connect(lambda: self.current_page().perform("find"))
        self.addAction(self.action_find)
        self._make_undo_actions()

    def _make_undo_actions(self) -> None:
        """(Re)create undo/redo: their texts say what will be undone, in this language."""
        for action in (self.action_undo, self.action_redo):
            if action is not None:
                action.deleteLater()
        self.menu_edit.clear()
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.action_undo = self.undo_group.createUndoAction(self, self.tr("Undo"))
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_undo.setIcon(icon("undo"))
        self.action_redo = self.undo_group.createRedoAction(self, self.tr("Redo"))
        self.action_redo.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        self.action_redo.setIcon(icon("redo"))
        self.action_find.setText(self.tr("&Find…"))
        self.menu_edit.addAction(self.action_undo)
        self.menu_edit.addAction(self.action_redo)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.action_find)

    def _build_language_menu(self) -> None:
        for code in LANGUAGES:
            action = QAction(NATIVE_NAMES[code], self)
            action.setCheckable(True)
            action.setChecked(code == self._language)
            action.setData(code)
            self._language_group.addAction(action)
            self.ui.menuLanguage.addAction(action)

    def _style_header(self) -> None:
        base = self.font()
        self.ui.planTitleLabel.setFont(scaled_font(base, 1.2, QFont.Weight.DemiBold))
        self.ui.periodLabel.setFont(scaled_font(base, 1.1, QFont.Weight.DemiBold))

    def _connect_signals(self) -> None:
        self.ui.navList.currentRowChanged.connect(self._on_nav_row)
        self._view_group.triggered.connect(
            lambda action: self.show_page(str(action.data()), focus=True)
        )
        self._language_group.triggered.connect(
            lambda action: self.language_requested.emit(str(action.data()))
        )
        self.files.open_requested.connect(self.open_requested)
        self.files.new_requested.connect(self.new_requested)
        self.files.demo_requested.connect(self.demo_requested)
        self.ui.actionBackup.triggered.connect(self._ask_backup)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionGettingStarted.triggered.connect(lambda: self.show_page("welcome"))
        self.ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        self.ui.actionLogFolder.triggered.connect(self.open_log_folder)

    # -- pages ---------------------------------------------------------------------------
    def _row(self, name: str) -> int:
        for row, cls in enumerate(self.page_entries):
            if cls.name == name:
                return row
        raise KeyError(name)

    def page(self, name: str) -> Page:
        """The page *name*, built (and given the workspace) on first use."""
        page = self._built.get(name)
        if page is None:
            row = self._row(name)
            page = self.page_entries[row].load()(self.ui.pageStack)
            if self._status_key != "loading":
                page.set_workspace(self._workspace)
            stack = self.ui.pageStack
            placeholder = stack.widget(row)
            stack.insertWidget(row, page)
            if placeholder is not None:
                stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built[name] = page
            if page.undo_stack is not None:
                self.undo_group.addStack(page.undo_stack)
            page.data_changed.connect(lambda source=page: self._on_data_changed(source))
            page.navigate_requested.connect(self.go_to)
            page.remember_layout(self.memory)
            if self._later == name:  # held for the first paint, built now: show it
                self._later = None
                if self.ui.navList.currentRow() == row:
                    self._show_row(row)
        return page

    def built_pages(self) -> list[Page]:
        return list(self._built.values())

    def current_page(self) -> Page:
        return self.page(self.page_entries[max(0, self.ui.navList.currentRow())].name)

    def show_page(self, name: str, *, focus: bool = False, later: bool = False) -> None:
        """Show page *name*; *focus*: the keyboard goes to where the page starts (Ctrl+1…,
        a button that leads there) rather than staying in the navigation.

        *later* (start-up): a page not built yet is built just after the window's first
        paint, so that the first picture (navigation, header, status) does not wait for
        the page's module and widgets."""
        if later and name not in self._built and not self._painted:
            self._later = name
        self.ui.navList.setCurrentRow(self._row(name))
        if focus:
            target = self.page(name).first_focus()
            if target is not None and target.isEnabled():
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def go_to(self, name: str, action: str = "") -> None:
        """Show page *name* and have it do *action*; an empty *name*: a window action
        ("demo", "new-database", "open-database")."""
        if not name:
            window_actions = {
                "demo": self.files.ask_demo,
                "new-database": self.files.ask_new,
                "open-database": self.files.ask_open,
            }
            if action in window_actions:
                window_actions[action]()
            return
        self.show_page(name, focus=True)
        if action:
            self.page(name).perform(action)

    def shows(self, name: str) -> bool:
        """Is page *name* in the navigation (a school has no directorate pages)?"""
        entry = self.page_entries[self._row(name)]
        if not entry.directorate:
            return True
        if not self.kind:  # no institution (yet): not a directorate
            return False
        from app.services.registry import is_directorate

        return is_directorate(self.kind)

    def _show_navigation(self) -> None:
        """The pages this institution's kind uses; Ctrl+1… numbered over those shown."""
        number = 0
        actions = self._view_group.actions()
        for row, page in enumerate(self.page_entries):
            shown = self.shows(page.name)
            self.ui.navList.item(row).setHidden(not shown)
            actions[row].setVisible(shown)
            actions[row].setEnabled(shown)
            keys = QKeySequence()
            if shown and page.shortcut and number < 9:
                number += 1
                keys = QKeySequence(f"Ctrl+{number}")
            actions[row].setShortcut(keys)
        current = self.ui.navList.currentRow()
        if 0 <= current < len(self.page_entries) and not self.shows(
            self.page_entries[current].name
        ):
            self.show_page("dashboard")

    def _read_kind(self) -> None:
        ws = self._workspace
        kind = ""
        if ws is not None and ws.kind is not None:
            kind = ws.kind  # read with the snapshot
        elif ws is not None:
            from app.services.registry import own_kind, own_kind_of_file

            if ws.path.is_file():
                kind = own_kind_of_file(ws.path)
            else:  # a database on a server
                try:
                    with ws.db.unit() as session:
                        kind = own_kind(session)
                except Exception:  # the pages report their own errors
                    kind = ""
        if kind != self.kind:
            self.kind = kind
            self._show_navigation()

    def _on_nav_row(self, row: int) -> None:
        if not 0 <= row < len(self.page_entries):
            return
        name = self.page_entries[row].name
        if name != self._later:
            self.page(name)
        self._show_row(row)
        self.page_changed.emit(name)

    def _show_row(self, row: int) -> None:
        """The page of *row* in the stack (its placeholder while it waits for the first
        paint), ticked in the View menu, its undo stack the active one."""
        self.ui.pageStack.setCurrentIndex(row)
        self._view_group.actions()[row].setChecked(True)
        page = self._built.get(self.page_entries[row].name)
        # None: no active stack (Qt takes a null pointer; the stubs do not say so)
        self.undo_group.setActiveStack(page.undo_stack if page is not None else None)  # type: ignore[arg-type]

    def build_held_page(self) -> Page | None:
        """The page held by ``show_page(later=True)``, built now (the window is painted);
        None when no page was held."""
        return self.page(self._later) if self._later is not None else None

    def _on_data_changed(self, source: Page) -> None:
        for page in self._built.values():
            if page is not source:
                page.mark_stale()
        self._reread_header()

    def _reread_header(self) -> None:
        """Institution, plan title and periods after an edit (a profile change, an import)."""
        ws = self._workspace
        if ws is None:
            return
        from app.ui.workspace import read_fast

        try:
            fresh = read_fast(ws.path, with_rows=False)
            if fresh.plan is not None and (ws.plan is None or fresh.plan.id != ws.plan.id):
                fresh = read_fast(ws.path)  # another plan became current (an import)
        except Exception:  # the header keeps what it showed; the page reports its own errors
            return
        ws.institution = fresh.institution
        ws.kind = fresh.kind
        self._read_kind()
        if fresh.plan is None or ws.plan is None or fresh.plan.id != ws.plan.id:
            ws.plan = fresh.plan
        else:
            ws.plan.title, ws.plan.periods = fresh.plan.title, fresh.plan.periods
        self._show_title()
        self._show_header()

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        self.ui.actionBackup.setEnabled(workspace is not None)
        if workspace is not None:
            self._db_path = workspace.path
            self._status_key = "open"
        self._show_title()
        self._read_kind()
        for page in self._built.values():
            page.set_workspace(workspace)
        self._show_header()
        self._show_status()

    def set_loading(self, path: Path) -> None:
        self._db_path = path
        self._status_key = "loading"
        self._show_header()
        self._show_status()

    def set_no_database(self) -> None:
        self._status_key = "none"
        self.set_workspace(None)

    def set_language(self, language: str) -> None:
        """Tick *language* in the menu (the switch itself is done by the launcher)."""
        self._language = language
        for action in self._language_group.actions():
            action.setChecked(action.data() == language)

    def _show_header(self) -> None:
        ws = self._workspace
        ui = self.ui
        if self._status_key in ("loading", "none") and ws is None:
            ui.institutionLabel.setText("")
            ui.planTitleLabel.setText(
                self.tr("Opening the database…")
                if self._status_key == "loading"
                else self.tr("No database open")
            )
            ui.periodLabel.setText("—")
            ui.periodLabel.setToolTip("")
            return
        ui.institutionLabel.setText(
            ws.institution
            if ws is not None and ws.institution
            else self.tr("No institution set up yet")
        )
        plan = ws.plan if ws is not None else None
        ui.planTitleLabel.setText(plan.title if plan is not None else self.tr("No plan yet"))
        from app.ui.workspace import current_period  # the snapshot's types: after the first paint

        period = current_period(plan.periods, self._today) if plan is not None else None
        ui.periodLabel.setText(period.label if period is not None else "—")
        ui.periodLabel.setToolTip(
            fill(
                self.tr("%1 – %2, return due %3"),
                day(period.start),
                day(period.end),
                day(period.due),
            )
            if period is not None
            else ""
        )

    def _show_title(self) -> None:
        if self._workspace is not None:
            self.setWindowTitle(f"{self._workspace.path.name} — {APP_NAME}")
        else:
            self.setWindowTitle(APP_NAME)

    def _show_status(self) -> None:
        path = str(self._db_path) if self._db_path is not None else ""
        if self._status_key == "loading":
            text = fill(self.tr("Opening the database %1…"), path)
        elif self._status_key == "open":
            text = fill(self.tr("Database: %1"), path)
        else:
            text = self.tr("No database open")
        self._db_label.setText(text)
        self._db_label.setToolTip(path)

    # -- menus ---------------------------------------------------------------------------
    def _ask_backup(self) -> None:
        if self._db_path is None:
            return
        stamp = date.today().strftime("%Y-%m-%d")
        folder = Path(existing_folder(self._db_path.parent))
        start = str(folder / f"{self._db_path.stem}-{stamp}.sqlite")
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a backup of the database"),
            start,
            self.tr("PlanDesk databases (*.sqlite *.db);;All files (*)"),
        )
        if name:
            self.backup_requested.emit(Path(name))

    def show_shortcuts(self) -> QDialog:
        from app.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_log_folder(self) -> bool:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from app.paths import log_dir

        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_about(self) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        from app.ui.dialogs import show_message

        return show_message(
            self,
            QMessageBox.Icon.Information,
            self.tr("About PlanDesk"),
            fill(self.tr("PlanDesk %1"), __version__),
            self.tr(
                "Keeps an action plan against violence towards women, the progress of every "
                "activity, the events held and the signed returns sent upward. Works fully "
                "offline: PlanDesk never sends anything over the network by itself."
            ),
        )

    # -- language ------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self._make_undo_actions()
        for row, page in enumerate(self.page_entries):
            title = page.title()
            self.ui.navList.item(row).setText(title)
            self.ui.navList.item(row).setToolTip(title)
            self._view_group.actions()[row].setText(title)
        self._fit_navigation()
        self.files.retranslate()
        self._show_title()
        self._show_header()
        self._show_status()

    def _fit_navigation(self) -> None:
        bold = QFont(self.ui.navList.font())
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = self.ui.navList.fontMetrics()
        bold_metrics = QFontMetrics(bold)
        widest = max(
            (bold_metrics.horizontalAdvance(page.title()) for page in self.page_entries), default=0
        )
        icon_width = self.ui.navList.iconSize().width()
        # item padding 14+14, margins 8+8, accent border 3, icon spacing, a little air
        extra = 14 + 14 + 8 + 8 + 3 + 8 + metrics.averageCharWidth() * 2
        self.ui.navList.setFixedWidth(
            max(metrics.averageCharWidth() * 22, widest + icon_width + extra)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._later is not None:
                # after this paint has reached the screen (the launcher, which saw this
                # event first, builds it just before it starts reading the database)
                QTimer.singleShot(0, self.build_held_page)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    # -- closing -------------------------------------------------------------------------
    def unsaved_changes(self) -> list[tuple[Page, str]]:
        """(page, what) for every page holding typed text that is not saved yet."""
        found = []
        for page in self._built.values():
            what = page.unsaved_changes()
            if what:
                found.append((page, what))
        return found

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = [] if self._closing_confirmed else self.unsaved_changes()
        if unsaved:
            event.ignore()
            self.ask_unsaved(unsaved)
            return
        self.closing.emit()
        super().closeEvent(event)

    def close_anyway(self, unsaved: list[tuple[Page, str]], save: bool) -> bool:
        """Save (or forget) the typed text of *unsaved*, then close; a failed save keeps
        the window open on that page."""
        for page, _what in unsaved:
            if save and not page.save_changes():
                self.show_page(page.name)
                return False
            if not save:
                page.discard_changes()
        self._closing_confirmed = True
        return self.close()

    def _ask_unsaved(self, unsaved: list[tuple[Page, str]]) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("unsavedBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Some typed text is not saved yet:"))
        box.setInformativeText("\n".join(f"• {what}" for _page, what in unsaved))
        save = box.addButton(self.tr("Save and quit"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            self.tr("Quit without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.buttonClicked.connect(
            lambda button: (
                self.close_anyway(unsaved, save=True)
                if button is save
                else self.close_anyway(unsaved, save=False)
                if button is discard
                else None
            )
        )
        box.open()
        return box
