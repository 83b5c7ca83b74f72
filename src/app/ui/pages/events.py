"""The Events page: the log of what was held, a filterable table and the event form."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from app.domain.events import COUNT_FIELDS, TEXT_FIELDS
from app.services.errors import PlanDeskError
from app.ui.dashboard.palette import show_problem
from app.ui.dialogs import show_error
from app.ui.events import commands as cmd
from app.ui.events.import_dialog import ImportPreviewDialog
from app.ui.events.model import (
    COL_KIND,
    COL_VENUE,
    OBJECT_ROLE,
    EventsFilterModel,
    EventsModel,
)
from app.ui.events.page_ui import EventsPageUi
from app.ui.formats import fill, number
from app.ui.messages import error_text
from app.ui.pages.base import Page

if TYPE_CHECKING:
    from app.ui.workspace import Workspace


class EventsPage(Page):
    name = "events"
    undo_stack: QUndoStack  # the page always has one

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._plan_id: int | None = None  # the plan the list and the undo commands are for
        self.workspace: Workspace | None = None
        self.editing_id: int | None = None
        self.form_dirty = False  # typed in the form since it was filled
        self._event_day: Any = None  # the day of an event being added (see _run)
        self.last_box: QMessageBox | None = None
        self.preview: ImportPreviewDialog | None = None
        self.model = EventsModel(self)
        self.proxy = EventsFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.ui = EventsPageUi()
        self.ui.setup_ui(self, self.proxy)
        self._connect_signals()
        self.ui.table.installEventFilter(self)
        self.retranslate()
        self._set_enabled(False)

    # -- build ---------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        self.ui.filters.changed.connect(self.apply_filters)
        self.ui.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.ui.newButton.clicked.connect(self.new_event)
        self.ui.cancelButton.clicked.connect(self._on_cancel)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.deleteButton.clicked.connect(self.confirm_delete)
        self.ui.importButton.clicked.connect(self.choose_import_file)
        self.ui.form.edited.connect(self._on_form_edited)
        # in the form: Ctrl+Enter adds (or saves) the event, Esc reverts what was typed
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.ui.panel)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.ui.panel)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._on_cancel)

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.undo_stack.clear()
        self.reload()
        self.new_event()

    def refresh(self) -> None:
        self.reload(self.editing_id)

    def reload(self, select: int | None = None) -> None:
        """Read the events and activities again; select event *select* if given."""
        rows: list[dict[str, Any]] = []
        activities: list[tuple[str, str]] = []
        periods: list[tuple[str, str, Any, Any]] = []
        if self.workspace is not None:
            from app.services.events import list_events
            from app.services.plans import current_plan_info, load_tree

            try:
                with self.workspace.db.unit() as session:
                    plan = current_plan_info(session)
                    plan_id = plan.id if plan is not None else None
                    if plan_id != self._plan_id:
                        self.undo_stack.clear()  # its commands were for the plan before
                        self._plan_id = plan_id
                    if plan is not None:
                        rows = list_events(session, plan.id)
                        activities = [
                            (r.code, r.description)
                            for r in load_tree(session, plan.id)
                            if r.kind == "activity"
                        ]
                        periods = [(p.key, p.label, p.start, p.end) for p in plan.periods]
            except PlanDeskError as exc:
                show_problem(self.ui.saveError, error_text(exc))
        self.model.set_rows(rows)
        self.ui.form.set_activities(activities)
        codes = sorted({r["activity"] for r in rows if r["activity"]}, key=_code_key)
        kinds = sorted({str(r["kind"]) for r in rows})
        self.ui.filters.set_choices(periods, codes, kinds)
        self.apply_filters()
        # without a plan an event is still logged: it starts a plan of events
        self._set_enabled(self.workspace is not None)
        if select is not None:
            self.select_event(select)

    def apply_filters(self) -> None:
        self.proxy.set_filters(**self.ui.filters.values())
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        people = sum(
            int(self.proxy.index(r, 0).data(OBJECT_ROLE)["participants"]) for r in range(shown)
        )
        # the number as the window's language groups its digits (3.649 in Turkish)
        text = self.tr("%n events", "", shown).replace(str(shown), number(shown), 1)
        text += " · " + self.tr("%n participants", "", people).replace(
            str(people), number(people), 1
        )
        if shown != total:
            text += " " + self.tr("(of {total} events)").format(total=total)
        self.ui.countLabel.setText(text)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.ui.importButton, self.ui.newButton, self.ui.filters, self.ui.panel):
            widget.setEnabled(enabled)

    def select_event(self, event_id: int) -> None:
        row = self.model.row_of(event_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show everything again
            self.ui.filters.text_edit.clear()
            self.ui.filters.select_period("")
            self.apply_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.ui.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.ui.table.scrollTo(index)

    def _on_current_changed(self, current: Any, _previous: Any) -> None:
        row = current.data(OBJECT_ROLE) if current.isValid() else None
        if row is None:
            return
        from app.domain.events import EventData
        from app.exports.labels import to_date

        held = to_date(row["date"])
        assert held is not None
        self.ui.form.load(
            EventData(
                held_on=held,
                end_on=to_date(row["end_date"]),
                item_code=row["activity"],
                **{k: row[k] for k in _FIELDS},
            )
        )
        self.editing_id = int(row["id"])
        self.form_dirty = False
        show_problem(self.ui.saveError, "")
        self._show_mode()

    def _show_mode(self) -> None:
        editing = self.editing_id is not None
        self.ui.formTitle.setText(self.tr("Edit event") if editing else self.tr("New event"))
        self.ui.saveButton.setText(self.tr("Save changes") if editing else self.tr("Add event"))
        self.ui.deleteButton.setVisible(editing)
        self.ui.cancelButton.setText(self.tr("Revert") if editing else self.tr("Clear"))
        # the panel is never narrower than its buttons (long words in Russian, Romanian)
        buttons = [b for b in (self.ui.deleteButton, self.ui.cancelButton, self.ui.saveButton)]
        needed = sum(b.sizeHint().width() + 8 for b in buttons if not b.isHidden()) + 40
        char = self.fontMetrics().averageCharWidth()
        self.ui.panel.setMinimumWidth(max(char * 40, needed))

    # -- actions -------------------------------------------------------------------------
    def new_event(self) -> None:
        self.editing_id = None
        self.ui.table.clearSelection()
        window = self.ui.filters.date_window()
        self.ui.form.clear(window[0] if window else self._default_day())
        self.form_dirty = False
        show_problem(self.ui.saveError, "")
        self._show_mode()
        self.ui.form.title_edit.setFocus()

    def _default_day(self) -> Any:
        """Today inside the plan's year; else the start of its last begun period."""
        from datetime import date

        today = date.today()
        periods = self.ui.filters.periods()
        if not periods or any(start <= today <= end for _k, _l, start, end in periods):
            return today
        begun = [start for _k, _l, start, _e in periods if start <= today]
        return begun[-1] if begun else periods[0][2]

    def _on_cancel(self) -> None:
        if self.editing_id is None:
            self.new_event()
        else:
            self.select_event(self.editing_id)
            index = self.ui.table.currentIndex()
            self._on_current_changed(index, index)

    def _run(self, summary: str, work: cmd.Work) -> Any:
        """Run *work* in one unit of work, then show the result (raises PlanDeskError).

        A new event goes to the plan its day belongs to: without a plan (an organisation
        that keeps none), a plan of events is started, one period a year."""
        assert self.workspace is not None
        from app.services.plan_setup import plan_id_for_events
        from app.services.plans import require_current_plan_id

        day, self._event_day = self._event_day, None
        with self.workspace.db.unit(summary) as session:
            plan_id = plan_id_for_events(session, day) if day else require_current_plan_id(session)
            self._plan_id = plan_id  # the undo stack stays: its commands are for this plan
            result = work(session, plan_id)
        self.reload(result if isinstance(result, int) else None)
        if not isinstance(result, int):
            self.new_event()
        self.data_changed.emit()
        return result

    def _report(self, message: str) -> None:
        self.last_box = show_error(self, self.tr("The change could not be made"), message)

    def _push(self, command: cmd.EventCommand) -> bool:
        try:
            command.execute()
        except PlanDeskError as exc:
            show_problem(self.ui.saveError, error_text(exc))
            return False
        self.undo_stack.push(command)
        return True

    def save(self) -> bool:
        """Add the event in the form, or save the changes to the one being edited."""
        if self.workspace is None or not self.ui.form.validate(show_all=True):
            return False
        data = self.ui.form.data()
        if self.editing_id is None:
            self._event_day = data.held_on
            text = self.tr("Add event “{title}”").format(title=data.title[:40])
            command: cmd.EventCommand = cmd.AddEventCommand(self._run, self._report, text, data)
        else:
            text = self.tr("Edit event “{title}”").format(title=data.title[:40])
            command = cmd.EditEventCommand(self._run, self._report, text, self.editing_id, data)
        return self._push(command)

    def first_focus(self) -> Any:
        return self.ui.table if self.model.rowCount() else self.ui.form.title_edit

    def _on_form_edited(self) -> None:
        self.form_dirty = True
        show_problem(self.ui.saveError, "")

    def unsaved_changes(self) -> str:
        if not self.form_dirty or self.workspace is None:
            return ""
        title = self.ui.form.title_edit.text().strip()
        if self.editing_id is None:
            return fill(self.tr("the new event “%1” on the Events page"), title[:40])
        return fill(self.tr("the changes to the event “%1” on the Events page"), title[:40])

    def save_changes(self) -> bool:
        return self.save()

    def discard_changes(self) -> None:
        self.form_dirty = False

    def perform(self, action: str) -> None:
        if action == "new":
            self.new_event()
        elif action == "find":
            self.ui.filters.text_edit.setFocus()
            self.ui.filters.text_edit.selectAll()

    def confirm_delete(self) -> None:
        if self.editing_id is None:
            return
        row = self.model.rows()[self.model.row_of(self.editing_id) or 0]
        box = QMessageBox(self)
        box.setObjectName("confirmDeleteEvent")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete event"))
        box.setText(self.tr("Delete the event “{title}”?").format(title=row["title"]))
        box.setInformativeText(self.tr("Edit → Undo brings it back."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        event_id = self.editing_id
        box.buttonClicked.connect(lambda b: self.delete_event(event_id) if b is delete else None)
        self.last_box = box
        box.open()

    def delete_event(self, event_id: int) -> bool:
        row = self.model.rows()[self.model.row_of(event_id) or 0]
        text = self.tr("Delete event “{title}”").format(title=str(row["title"])[:40])
        command = cmd.DeleteEventsCommand(self._run, self._report, text, [event_id])
        return self._push(command)

    def choose_import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import events"),
            "",
            self.tr("Event lists (*.xlsx *.csv);;All files (*)"),
        )
        if path:
            self.preview_import(Path(path))

    def preview_import(self, path: Path) -> ImportPreviewDialog | None:
        """Read *path* and show what would be imported; nothing is stored yet."""
        if self.workspace is None:
            return None
        from app.services.event_import import parse_events_file

        codes = set(self.ui.form._codes)
        try:
            result = parse_events_file(path, codes)
        except PlanDeskError as exc:
            self.last_box = show_error(
                self, self.tr("The events list cannot be imported"), error_text(exc)
            )
            return None
        dialog = ImportPreviewDialog(path.name, result, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = self.tr("Import %n events", "", len(result.events))
        dialog.accepted.connect(
            lambda: self._push(cmd.ImportEventsCommand(self._run, self._report, text, result))
        )
        self.preview = dialog
        dialog.open()
        return dialog

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # the table's own width: a splitter move, a hidden resize
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """A narrow table leaves the venue out, then the kind (both are in the form), so
        titles stay readable and the participants stay in view."""
        char = self.fontMetrics().averageCharWidth()
        width = self.ui.table.width()
        self.ui.table.setColumnHidden(COL_VENUE, width < char * 110)
        self.ui.table.setColumnHidden(COL_KIND, width < char * 76)

    def remember_layout(self, memory: Any) -> None:
        memory.splitter(self.ui.splitter, "events.splitter")
        memory.columns(self.ui.table.horizontalHeader(), "events.table")
        self.ui.splitter.splitterMoved.connect(lambda _pos, _index: self._fit_columns())

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.titleLabel.setText(self.title())
        self.ui.importButton.setText(self.tr("Import events…"))
        self.ui.newButton.setText(self.tr("New event"))
        self.ui.deleteButton.setText(self.tr("Delete…"))
        self.model.retranslate()
        self.ui.filters.retranslate()
        self.ui.form.retranslate()
        self._show_mode()
        self._show_count()


_FIELDS = (*TEXT_FIELDS, "participants", *COUNT_FIELDS)  # what the form shows of an event


def _code_key(code: str) -> Any:
    from app.domain.codes import natural_key

    return natural_key(code)
