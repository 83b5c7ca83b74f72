"""The Plan page: the plan table as a tree, edited in place, with a details panel beside it.

Every edit goes through an undo command (``app.ui.plan.commands``) on the page's
``undo_stack``; the tree is re-read from the database after each one.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLineEdit, QToolBar

from app.ui.formats import fill
from app.ui.generated.ui_plan_page import Ui_PlanPage
from app.ui.icons import icon
from app.ui.models.plan_delegate import PlanItemDelegate
from app.ui.models.plan_filter_model import PlanFilterModel
from app.ui.models.plan_tree_model import (
    COL_CODE,
    OBJECT_ROLE,
    PlanTreeModel,
)
from app.ui.pages.base import Page
from app.ui.plan import prompts
from app.ui.plan.actions import TREE_ONLY, PlanActions
from app.ui.plan.columns import fit_columns, share_widths, table_needs
from app.ui.plan.details_panel import DetailsPanel
from app.ui.plan.editor import PlanEditor
from app.ui.style import scaled_font
from app.ui.widgets.wrap_header import WrapHeader

__all__ = ["PlanPage", "share_widths"]

if TYPE_CHECKING:
    from app.domain.plan import ItemRow
    from app.ui.layout_memory import LayoutMemory
    from app.ui.plan.tree_editing import TreeEditing
    from app.ui.workspace import PlanSnapshot, Workspace

FILTER_DELAY_MS = 150
RELAYOUT_DELAY_MS = 40
PER_PIXEL_MAX_ROWS = 1500
DETAILS_SHARE = 0.3  # of the splitter, when the details panel opens
DETAILS_MIN_CHARS = 36


class PlanPage(Page):
    name = "plan"
    undo_stack: QUndoStack  # the page always has one

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanPage()
        self.ui.setupUi(self)
        self.model = PlanTreeModel(self)
        self.proxy = PlanFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._plan: PlanSnapshot | None = None
        self._state = "loading"  # then "open" (a workspace) or "closed" (no database)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._fit_timer = QTimer(self)  # width changes in one turn (a panel opens): one fit
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(RELAYOUT_DELAY_MS)
        self.undo_stack = QUndoStack(self)
        self.plan_actions = PlanActions(self)
        self.details = DetailsPanel(self)
        self.editor: PlanEditor | None = None
        self._quiet = False  # re-reading for refresh(): no data_changed
        self._editing: TreeEditing | None = None
        self._memory: LayoutMemory | None = None
        # how the page asks and tells; tests replace these
        self.confirm: Callable[[str, str], bool] = lambda title, question: prompts.confirm(
            self, title, question
        )
        self.notify: Callable[[str], None] = lambda text: prompts.notify(self, text)
        self.ask_trust: Callable[[str, str], bool] = lambda text, details: prompts.ask_trust(
            self, text, details
        )
        self.run_dialog: Callable[[QDialog], bool] = prompts.run_dialog
        self.choose_file: Callable[[], Path | None] = lambda: prompts.choose_plan_file(self)
        self._setup_view()
        self._setup_editing()
        self._connect_signals()
        self.retranslate()
        self._show_plan(None)

    # -- set-up --------------------------------------------------------------------------
    def _setup_view(self) -> None:
        tree = self.ui.treeView
        self.header = WrapHeader(tree)
        self.header.setStretchLastSection(False)
        self.header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 5)
        tree.setHeader(self.header)
        tree.setModel(self.proxy)
        self.delegate = PlanItemDelegate(tree, self._read_row)
        tree.setItemDelegate(self.delegate)
        tree.setAlternatingRowColors(False)
        tree.setAllColumnsShowFocus(True)
        self.ui.titleLabel.setFont(scaled_font(self.font(), 1.25, QFont.Weight.DemiBold))
        self.ui.expandButton.setIcon(icon("expand"))
        self.ui.collapseButton.setIcon(icon("collapse"))
        self.ui.filterEdit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.ui.filterEdit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)

    def _setup_editing(self) -> None:
        tree = self.ui.treeView
        tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setDragEnabled(True)
        tree.setAcceptDrops(True)
        tree.setDropIndicatorShown(True)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("planEditBar")
        self.toolbar.setIconSize(self.toolbar.iconSize().expandedTo(self.toolbar.iconSize()))
        a = self.plan_actions
        groups = (
            (a.add_goal, a.add_subgoal, a.add_activity, a.insert_above, a.insert_below),
            (a.edit, a.delete),
            (a.outdent, a.indent, a.move_up, a.move_down),
            (a.renumber, a.footnotes),
        )
        for group in groups:
            self.toolbar.addActions(list(group))
            self.toolbar.addSeparator()
        self.import_bar = QToolBar(self)
        self.import_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.import_bar.addAction(a.import_plan)
        self.import_bar.addAction(a.details)
        self.ui.editBarLayout.addWidget(self.toolbar, 1)
        self.ui.editBarLayout.addWidget(self.import_bar)
        for name, action in a.all.items():
            (tree if name in TREE_ONLY else self).addAction(action)
        self.ui.detailsScroll.setWidget(self.details)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 0)
        char = self.fontMetrics().averageCharWidth()
        self.ui.detailsScroll.setMinimumWidth(char * DETAILS_MIN_CHARS)
        self.ui.detailsScroll.hide()

    def _connect_signals(self) -> None:
        a = self.plan_actions
        a.add_goal.triggered.connect(self.add_goal)
        a.add_subgoal.triggered.connect(lambda: self._add(lambda e: e.add("subgoal")))
        a.add_activity.triggered.connect(lambda: self._add(lambda e: e.add("activity")))
        a.insert_above.triggered.connect(lambda: self._add(lambda e: e.insert(below=False)))
        a.insert_below.triggered.connect(lambda: self._add(lambda e: e.insert(below=True)))
        a.delete.triggered.connect(lambda: self._edit(lambda e: e.delete()))
        a.indent.triggered.connect(lambda: self._edit(lambda e: e.indent()))
        a.outdent.triggered.connect(lambda: self._edit(lambda e: e.indent(outdent=True)))
        a.move_up.triggered.connect(lambda: self._edit(lambda e: e.move_by(-1)))
        a.move_down.triggered.connect(lambda: self._edit(lambda e: e.move_by(1)))
        a.paste.triggered.connect(self.paste_clipboard)
        a.renumber.triggered.connect(lambda: self._edit(lambda e: e.renumber()))
        a.footnotes.triggered.connect(lambda: self._edit(lambda e: e.edit_footnotes()))
        a.import_plan.triggered.connect(self.import_plan)
        a.edit.triggered.connect(self.details.focus_description)
        a.details.toggled.connect(lambda _on: self._show_details())
        self.ui.treeView.width_changed.connect(self._on_tree_width_changed)
        self.details.field_edited.connect(self._on_field_edited)
        self.details.planned_edited.connect(
            lambda item, key, text: self._edit(lambda e: e.set_planned(item, key, text))
        )
        self.details.finished.connect(lambda: self.ui.treeView.setFocus())
        self.model.move_requested.connect(
            lambda item, parent, pos: self._edit(lambda e: e.move_to(item, parent, pos)),
            Qt.ConnectionType.QueuedConnection,
        )
        self.ui.treeView.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.ui.treeView.doubleClicked.connect(lambda _index: self.details.focus_description())
        self.ui.filterEdit.textChanged.connect(self._on_filter_typed)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.ui.startPlanButton.clicked.connect(self.add_goal)
        self.ui.importPlanButton.clicked.connect(self.import_plan)
        self.ui.demoButton.clicked.connect(lambda: self.navigate_requested.emit("", "demo"))
        self.ui.expandButton.clicked.connect(self.ui.treeView.expandAll)
        self.ui.collapseButton.clicked.connect(self.ui.treeView.collapseAll)
        self.header.sectionResized.connect(self._on_section_resized)
        self._relayout_timer.timeout.connect(self._relayout_rows)
        self._fit_timer.timeout.connect(self._on_tree_width_settled)

    def _read_row(
        self, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[list[tuple[int, str]], QFont | None]:
        return self.model.row_texts(self.proxy.mapToSource(index))

    def _on_filter_typed(self, _text: str) -> None:
        self._filter_timer.start()

    def _on_section_resized(self, _section: int, _old: int, _new: int) -> None:
        self._relayout_timer.start()

    # -- editing -------------------------------------------------------------------------
    def _edit(self, what: Any) -> bool:
        """Run *what(editing)* when a plan is open (the actions are off otherwise)."""
        if self.editing is None or self._plan is None:
            return False
        return bool(what(self.editing))

    def _add(self, what: Any) -> bool:
        """Add an item, then type its description at once (its placeholder is selected)."""
        added = self._edit(what)
        if added:
            self.details.focus_description()
        return added

    def add_goal(self) -> Any:
        """Add a goal; on a database without a plan, start one first (one undo step)."""
        if self._plan is None:
            return self.start_plan()
        return self._add(lambda e: e.add("goal"))

    def start_plan(self) -> Any:
        """Type a plan from nothing: its title, year and periods in a dialog (returned,
        open), then its first goal, ready to be described."""
        if self.editor is None:
            return None
        from app.ui.plan.new_plan_dialog import NewPlanDialog

        dialog = NewPlanDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._start_plan(dialog.title(), dialog.year(), dialog.scheme())
        )
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _start_plan(self, title: str, year: int, scheme: str) -> bool:
        """The plan and its first goal, as one undo step."""
        if self.editor is None or self.editing is None:
            return False
        from app.ui.plan.commands import StartPlanCommand

        text = fill(self.tr("Start the plan “%1”"), title[:40])
        command = StartPlanCommand(self.editor, text, title, year, scheme)
        self.undo_stack.beginMacro(text)
        try:
            started = self.editing.push(command) and self.editing.add("goal")
        finally:
            self.undo_stack.endMacro()
        if started:  # once the dialog has gone: the window is active again
            QTimer.singleShot(0, self._type_description)
        return started

    def _type_description(self) -> None:
        self.window().activateWindow()
        self.details.focus_description()

    def remember_layout(self, memory: LayoutMemory) -> None:
        """The details panel's width, as the clerk left it (applied when it opens)."""
        self._memory = memory
        memory.splitter(self.ui.splitter, "plan.splitter", restore=False)

    def first_focus(self) -> Any:
        if self.ui.contentStack.currentWidget() is self.ui.emptyPage:
            return self.ui.startPlanButton
        return self.ui.treeView

    def perform(self, action: str) -> None:
        if action == "start":
            if self._plan is None:
                self.start_plan()
            else:
                self.ui.treeView.setFocus()
        elif action == "import":
            self.import_plan()
        elif action == "find" and self.ui.filterEdit.isEnabled():
            self.ui.filterEdit.setFocus()
            self.ui.filterEdit.selectAll()

    def _on_field_edited(self, item_id: int, name: str, value: Any) -> None:
        label = self.details.field_label(name)
        if not self._edit(lambda e: e.edit_field(item_id, name, label, value)):
            self._show_details()  # refused: show the stored value again

    def paste_clipboard(self) -> bool:
        from PySide6.QtWidgets import QApplication

        return self._edit(lambda e: e.paste(QApplication.clipboard().text()))

    def import_plan(self) -> bool:
        if self.editor is None:
            return False
        from app.ui.plan.import_flow import import_plan  # the data layer: not at start-up

        return import_plan(self, self.editor, self.undo_stack)

    def selected_row(self) -> tuple[ItemRow | None, int]:
        """The current row and its position among its siblings."""
        index = self.proxy.mapToSource(self.ui.treeView.currentIndex())
        row = self.model.item(index)
        return (row, index.row()) if row is not None else (None, 0)

    def select_item(self, item_id: int | None) -> None:
        index = self.model.index_of(item_id) if item_id is not None else QModelIndex()
        view_index = self.proxy.mapFromSource(index)
        if view_index.isValid():
            # the panel takes its width before the view scrolls to the row: on a big plan
            # the rows above are measured once, at the widths they keep
            self._open_details_panel()
            self.ui.treeView.setCurrentIndex(view_index)
            self.ui.treeView.scrollTo(view_index)
        self._show_details()

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details()

    def _show_details(self) -> None:
        """The panel shows the current row; it opens once a row is chosen (and Details is
        on), so the table has the whole width until then."""
        row, _pos = self.selected_row()
        self.details.show_item(row, self._plan.periods if self._plan is not None else [])
        show = row is not None and self.plan_actions.details.isChecked()
        panel = self.ui.detailsScroll
        if show:
            self._open_details_panel()
        elif not panel.isHidden():
            panel.hide()
        self._enable_actions()

    def _open_details_panel(self) -> None:
        """Show the panel (when Details is on) and fit the columns to what is left, now."""
        panel = self.ui.detailsScroll
        if not panel.isHidden() or not self.plan_actions.details.isChecked() or self._plan is None:
            return
        panel.show()
        total = sum(self.ui.splitter.sizes())
        remembered = self._memory.saved_sizes("plan.splitter") if self._memory else []
        wanted = remembered[1] if len(remembered) == 2 else int(total * DETAILS_SHARE)
        # on a small screen the panel takes no more than leaves the description readable
        room = total - self.ui.splitter.handleWidth() - table_needs(self, self._plan.rows)
        side = max(panel.minimumWidth(), min(wanted, room))
        self.ui.splitter.setSizes([total - side, side])
        if self.isVisible():
            self._fit_timer.stop()
            self._fit_columns()

    def _on_tree_width_changed(self) -> None:
        self._fit_timer.start()

    def _on_tree_width_settled(self) -> None:
        if self._plan is not None:
            self._fit_columns()

    def _enable_actions(self) -> None:
        has_plan = self._plan is not None and self.editor is not None
        has_row = has_plan and self.selected_row()[0] is not None
        self.plan_actions.enable(has_plan, has_row, can_import=self.editor is not None)
        # on a database without a plan, "Add goal" starts one
        self.plan_actions.add_goal.setEnabled(self.editor is not None)
        for button in (self.ui.startPlanButton, self.ui.importPlanButton, self.ui.demoButton):
            button.setVisible(self._state == "open")

    def _on_reloaded(self, focus: int | None) -> None:
        """The plan changed (an edit, an undo): show it again, keep folding, select *focus*.

        The same plan is updated in place (only the changed rows are measured again);
        another plan (an import) is shown afresh."""
        plan = self.editor.workspace.plan if self.editor is not None else None
        if self.model.can_update(plan):
            assert plan is not None
            self._plan = plan
            tree = self.ui.treeView
            for item_id in self.model.update_plan(plan):
                index = self.proxy.mapFromSource(self.model.index_of(item_id))
                if index.isValid():
                    tree.expandRecursively(index)
            self._show_content()
            self._fit_columns()
            self._show_footnotes()
        else:
            self._show_plan(plan)
        self.select_item(focus)
        if not self._quiet:
            self.data_changed.emit()

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self._state = "open" if workspace is not None else "closed"
        if self.editor is not None:
            self.editor.deleteLater()
        if self._editing is not None:
            self._editing.deleteLater()
        self.editor = self._editing = None
        self.undo_stack.clear()
        if workspace is not None:
            self.editor = PlanEditor(workspace, self)
            self.editor.reloaded.connect(self._on_reloaded)
            self.editor.failed.connect(self.notify)
        self._show_plan(workspace.plan if workspace is not None else None)
        self._show_details()

    @property
    def editing(self) -> TreeEditing | None:
        """The editing commands, made on first use: they bring in the data layer
        (SQLAlchemy), which the first picture of the plan does without."""
        if self._editing is None and self.editor is not None:
            from app.ui.plan.tree_editing import TreeEditing

            self._editing = TreeEditing(
                self.editor,
                self.undo_stack,
                self.selected_row,
                lambda title, question: self.confirm(title, question),
                lambda text: self.notify(text),
                lambda dialog: self.run_dialog(dialog),
                self,
            )
        return self._editing

    def refresh(self) -> None:
        """Another page changed the data: read it again (not an edit of ours)."""
        if self.editor is None:
            return
        before = self._plan.id if self._plan is not None else None
        self._quiet = True
        try:
            self.editor.reload_all()
        finally:
            self._quiet = False
        after = self._plan.id if self._plan is not None else None
        if after != before:
            self.undo_stack.clear()  # its commands were for the plan that was current

    def _show_plan(self, plan: PlanSnapshot | None) -> None:
        if plan is None or self._plan is None or plan.id != self._plan.id:
            self.delegate.clear_cache()  # measured heights stay right for the same texts
        self._plan = plan
        self.model.set_plan(plan)
        self._show_content()
        # Per-pixel scrolling needs every row's wrapped height up front; a big plan
        # scrolls per row instead and measures only the rows it shows.
        rows = len(plan.rows) if plan is not None else 0
        self.ui.treeView.setVerticalScrollMode(
            QAbstractItemView.ScrollMode.ScrollPerPixel
            if rows <= PER_PIXEL_MAX_ROWS
            else QAbstractItemView.ScrollMode.ScrollPerItem
        )
        self._fit_columns()
        self.ui.treeView.expandAll()
        self._show_footnotes()

    def _show_content(self) -> bool:
        """The table, or (no rows) what to do about it; True when there are rows."""
        has_rows = self._plan is not None and bool(self._plan.rows)
        # while the database opens, an empty table rather than a "no plan" message
        empty = not has_rows and self._state != "loading"
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage if empty else self.ui.treePage)
        self._show_empty_text()
        for widget in (self.ui.filterEdit, self.ui.expandButton, self.ui.collapseButton):
            widget.setEnabled(has_rows)
        return has_rows

    def _show_empty_text(self) -> None:
        if self._state == "closed":
            self.ui.emptyLabel.setText(
                self.tr("No database is open. Open one with File → Open database….")
            )
        elif self._plan is not None:
            self.ui.emptyLabel.setText(
                fill(
                    self.tr(
                        "The plan “%1” has no goals yet. Add the first one with “Add goal”, or "
                        "import the plan from a file."
                    ),
                    self._plan.title,
                )
            )
            self.ui.startPlanButton.setText(self.tr("Add the first goal"))
        else:
            self.ui.emptyLabel.setText(
                self.tr(
                    "There is no plan in this database yet. Type it in from an empty table, "
                    "import it from a file (Excel, CSV, or a template received from the "
                    "directorate above), or look around in a demo first."
                )
            )
            self.ui.startPlanButton.setText(self.tr("Type in a new plan…"))

    def apply_filter(self) -> None:
        """Filter by the text in the box now (the box itself waits for typing to pause)."""
        self._filter_timer.stop()
        self.proxy.set_filter_text(self.ui.filterEdit.text())
        self.ui.treeView.expandAll()

    def visible_codes(self) -> list[str]:
        """The codes shown, in order (for tests and for "copy visible rows")."""
        codes: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, COL_CODE, parent)
                codes.append(index.data(OBJECT_ROLE).code)
                walk(index)

        walk(QModelIndex())
        return codes

    def _show_footnotes(self) -> None:
        notes = self._plan.footnotes if self._plan is not None else []
        label = self.ui.footnotesLabel
        label.setVisible(bool(notes))
        if notes:
            lines = [f"<sup>{escape(note.mark)}</sup>&nbsp;{escape(note.text)}" for note in notes]
            heading = escape(self.tr("Footnotes"))
            label.setText(f"<b>{heading}</b><br>" + "<br>".join(lines))

    # -- layout --------------------------------------------------------------------------
    def _fit_columns(self) -> None:
        fit_columns(self, self._plan.rows if self._plan is not None else [])

    def _relayout_rows(self) -> None:
        self.header.refresh_height()
        self.ui.treeView.doItemsLayout()

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.plan_actions.retranslate()
        self._show_empty_text()
        self.model.retranslate()
        self._show_footnotes()
        if self._plan is not None:
            self._fit_columns()
