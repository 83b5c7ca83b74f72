"""The Progress page: activities × periods, marked from the keyboard, details beside the grid.

The grid (``app.ui.progress``) is a table model over the plain rows of
``app.services.grid.load_grid``; every edit is an undoable command that goes through the
services (the rules and the period lock live there; their messages are shown as they are).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent, QShortcut, QUndoStack

from app.domain.marks import Mark
from app.ui.formats import day, fill
from app.ui.messages import error_text
from app.ui.pages.base import Page
from app.ui.progress.commands import ProgressEditor, SetCellsCommand, Target, with_status
from app.ui.progress.delegate import PAD, ProgressDelegate, row_height
from app.ui.progress.details import DetailsPanel
from app.ui.progress.evidence_actions import EvidenceActions
from app.ui.progress.grid_model import (
    COL_ACTIVITY,
    FIRST_PERIOD,
    ProgressFilterModel,
    ProgressGridModel,
)
from app.ui.progress.page_ui import ProgressPageUi, tint
from app.ui.progress.symbols import BANNER_FILL, LOCKED_INK, status_word
from app.ui.progress.view import ProgressGridView

if TYPE_CHECKING:
    from app.ui.workspace import Workspace

DETAILS_DELAY_MS = 60
FLASH_MS = 1200
FILTER_DELAY_MS = 150
ACTIVITY_CHARS, ACTIVITY_MAX_CHARS = 34, 90  # code + two lines; full text in the panel
PERIOD_CHARS, PERIOD_MAX_CHARS = 17, 26
# a small screen with the panel open: narrower columns rather than sideways scrolling
ACTIVITY_MIN_CHARS, PERIOD_MIN_CHARS = 20, 12
# the legend names each status's key (not translated: see app.ui.progress.symbols)
STATUS_LETTERS = {
    "planned": "L",
    "in_progress": "P",
    "done": "D",
    "not_done": "N",
    "not_applicable": "A",
}


class ProgressPage(EvidenceActions, Page):
    name = "progress"

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.undo_stack = QUndoStack(self)
        self._plan_id: int | None = None  # the plan the grid and the undo commands are for
        self.workspace: Workspace | None = None
        self.editor: ProgressEditor | None = None
        self.locks: dict[str, tuple[str, int, Any]] = {}
        self._state = "loading"
        self._panel_targets: list[Target] = []
        self.model = ProgressGridModel(self)
        self.proxy = ProgressFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = ProgressGridView(self)
        # the panel opening, a scroll bar appearing: fit at once (cheap: no row heights here)
        self.view.width_changed.connect(self._fit_columns)
        self.view.setModel(self.proxy)
        self.delegate = ProgressDelegate(self.view)
        self.delegate.set_base_font(self.view.font())
        self.view.setItemDelegate(self.delegate)
        self.view.verticalHeader().setDefaultSectionSize(row_height(self.view.fontMetrics()))
        self.details = DetailsPanel(self)
        self.ui = ProgressPageUi()
        self.ui.setup_ui(self, self.view, self.details)
        self._details_timer = QTimer(self, singleShot=True, interval=DETAILS_DELAY_MS)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._connect_signals()
        self.retranslate()
        self._show_grid(None)

    def _connect_signals(self) -> None:
        view, ui, details = self.view, self.ui, self.details
        view.status_typed.connect(self.set_status)
        view.clear_typed.connect(self.clear_cells)
        view.details_requested.connect(self.open_details)
        view.selectionModel().currentChanged.connect(self._schedule_details)
        view.selectionModel().selectionChanged.connect(self._schedule_details)
        self._details_timer.timeout.connect(self.update_details)
        self._filter_timer.timeout.connect(self.apply_filter)
        ui.filterCombo.currentIndexChanged.connect(self.apply_filter)
        ui.searchEdit.textChanged.connect(lambda _t: self._filter_timer.start())
        details.save_requested.connect(self.save_details)
        details.closed.connect(self.close_details)
        details.files_dropped.connect(self.attach_files)
        details.evidence.attach_requested.connect(self.attach_files)
        details.evidence.open_requested.connect(self.open_evidence)
        details.evidence.remove_requested.connect(self.remove_evidence)
        view.copy_requested.connect(self.copy_cells)
        view.paste_requested.connect(self.paste_cells)
        # in the panel: Ctrl+Enter saves, Esc takes back what was typed (and returns to the
        # grid); Ctrl+F (the window's Edit → Find) goes to the search box
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), details)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.revert_details)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            save = QShortcut(QKeySequence(keys), details)
            save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            save.activated.connect(self.save_details)

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self._state = "open" if workspace is not None else "closed"
        self.undo_stack.clear()
        self.refresh()

    def refresh(self) -> None:
        workspace = self.workspace
        plan_id = workspace.plan.id if workspace is not None and workspace.plan else None
        if plan_id != self._plan_id:
            self.undo_stack.clear()  # its commands were for the plan that was current
            self._plan_id = plan_id
        if workspace is None or workspace.plan is None:
            self._show_grid(None)
            return
        from app.services.grid import load_grid

        with workspace.db.unit() as session:
            grid = load_grid(session, workspace.plan.id)
            self.locks = self._read_locks(session, grid)
        self.editor = ProgressEditor(workspace, self.model, workspace.plan.id)
        self._show_grid(grid)

    def _read_locks(self, session: Any, grid: Any) -> dict[str, tuple[str, int, Any]]:
        from app.services.locks import signed_periods

        assert self.workspace is not None and self.workspace.plan is not None
        signed = signed_periods(session, self.workspace.plan.id)
        return {
            p.key: (p.label or p.key, *signed[p.key])
            for p in grid.periods
            if p.locked and p.key in signed
        }

    def lock_text(self, period_key: str) -> str:
        """What the banner and the panel say about a period frozen by its signed return."""
        if period_key not in self.locks:
            return ""
        label, version, signed_at = self.locks[period_key]
        text = fill(self.tr("%1 is locked: its return (version %2) was signed"), label)
        text = text.replace("%2", str(version))
        if signed_at is not None:
            text += " " + fill(self.tr("on %1"), day(signed_at))
        return text + ". " + self.tr("Its marks can no longer be changed.")

    def _show_grid(self, grid: Any) -> None:
        current = self._current_key()
        self.delegate.clear_cache()
        self.model.set_grid(grid)
        has_rows = grid is not None and bool(grid.rows)
        self._show_state(has_rows)
        self.show_banner([self.lock_text(k) for k in self.locks] if grid is not None else [])
        self.apply_filter()
        self._fit_columns()
        self._restore_current(current)
        self.update_details()

    def _current_key(self) -> tuple[int, int] | None:
        index = self.proxy.mapToSource(self.view.currentIndex())
        if not index.isValid() or not self.model.rows:
            return None
        return self.model.rows[index.row()].id, index.column()

    def _restore_current(self, key: tuple[int, int] | None) -> None:
        row = self.model.row_of_item(key[0]) if key else -1
        if row < 0:
            row = next((n for n, r in enumerate(self.model.rows) if r.kind == "activity"), -1)
            key = (0, FIRST_PERIOD)
        if row < 0 or key is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, key[1]))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    # -- filter --------------------------------------------------------------------------
    def apply_filter(self, *_args: Any) -> None:
        self._filter_timer.stop()
        which = self.ui.filterCombo.currentData() or "all"
        shown = self.model.matching_rows(which, self.ui.searchEdit.text(), self.today)
        self.proxy.set_shown(shown)
        self._apply_spans(shown)

    def _apply_spans(self, shown: set[int] | None) -> None:
        """Bands span the whole grid (proxy rows follow source order, so no mapping)."""
        view = self.view
        view.clearSpans()
        columns = self.model.columnCount()
        if columns < 2:
            return
        proxy_row = 0
        for n, row in enumerate(self.model.rows):
            if shown is not None and n not in shown:
                continue
            if row.kind != "activity":
                view.setSpan(proxy_row, 0, 1, columns)
            proxy_row += 1

    def visible_codes(self) -> list[str]:
        return [
            self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()].code
            for r in range(self.proxy.rowCount())
        ]

    # -- selection -----------------------------------------------------------------------
    def targets(self) -> list[Target]:
        """The selected activity cells (else the current one), in grid order."""
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes and self.view.currentIndex().isValid():
            indexes = [self.view.currentIndex()]
        found: dict[tuple[int, int], Target] = {}
        for proxy_index in indexes:
            index = self.proxy.mapToSource(proxy_index)
            row, column = index.row(), index.column()
            if column < FIRST_PERIOD or self.model.rows[row].kind != "activity":
                continue
            key = self.model.periods[column - FIRST_PERIOD].key
            found[(row, column)] = Target(row, column, self.model.rows[row].code, key)
        return [found[k] for k in sorted(found)]

    def select_cells(self, cells: list[tuple[str, str]]) -> None:
        """Select cells by (code, period key) — for tests and for "go to"."""
        selection = QItemSelection()
        codes = {r.code: n for n, r in enumerate(self.model.rows) if r.kind == "activity"}
        last = None
        for code, key in cells:
            index = self.proxy.mapFromSource(
                self.model.index(codes[code], self.model.period_column(key))
            )
            selection.select(index, index)
            last = index
        flags = self.view.selectionModel().SelectionFlag
        if last is not None:
            self.view.selectionModel().setCurrentIndex(last, flags.NoUpdate)
        self.view.selectionModel().select(selection, flags.ClearAndSelect)

    # -- edits ---------------------------------------------------------------------------
    def set_status(self, status: str) -> None:
        targets = self.targets()
        if not targets or self.editor is None:
            return
        marks = [self.mark_of(t) for t in targets]
        if status == "not_done" and any(m is None or not m.reason.strip() for m in marks):
            self.open_details(pending_status="not_done")
            return
        after = [with_status(m, status, m.reason if m else "") for m in marks]
        self.edit(targets, after, self._edit_text(targets, status_word(status)))

    def mark_of(self, target: Target) -> Mark | None:
        """The mark the grid shows in *target* (None: none)."""
        cell = self.model.cell(target.row, target.column)
        return cell.mark if cell is not None else None

    def clear_cells(self) -> None:
        targets = self.targets()
        if targets:
            self.edit(targets, [None] * len(targets), self._edit_text(targets, None))

    def _edit_text(self, targets: list[Target], word: str | None) -> str:
        if len(targets) == 1:
            t = targets[0]
            text = self.tr("Set %1 in %2 to %3") if word else self.tr("Clear %1 in %2")
            text = fill(text, t.code, t.period_key)
        else:
            text = self.tr("Set %n cells to %3") if word else self.tr("Clear %n cells")
            text = text.replace("%n", str(len(targets)))
        return text.replace("%3", (word or "").lower())

    def edit(
        self,
        targets: Sequence[Target],
        after: Sequence[Mark | None],
        text: str,
        show_error: Any = None,
    ) -> bool:
        """Apply *after* to *targets* now; on success push one undo command."""
        from app.services.errors import PlanDeskError

        assert self.editor is not None
        if any(t.period_key in self.locks for t in targets):
            self.show_error("")
            self.emphasize_banner()  # it says why; nothing is tried
            return False
        before = [self.mark_of(t) for t in targets]
        command = SetCellsCommand(self.editor, targets, before, after, text, self._command_failed)
        try:
            command.execute()
        except PlanDeskError as exc:
            (show_error or self.show_error)(error_text(exc))
            return False
        self.show_error("")
        self.undo_stack.push(command)
        self.data_changed.emit()
        self._schedule_details()
        return True

    def _command_failed(self, message: str) -> None:
        self.show_error(message)

    # -- details panel -------------------------------------------------------------------
    def _schedule_details(self, *_args: Any) -> None:
        self._details_timer.start()

    def open_details(self, pending_status: str | None = None) -> None:
        self.ui.detailsArea.show()
        self.update_details(pending_status)
        self.details.focus_first()

    def first_focus(self) -> Any:
        return self.view

    def perform(self, action: str) -> None:
        if action == "find" and self.ui.searchEdit.isEnabled():
            self.ui.searchEdit.setFocus()
            self.ui.searchEdit.selectAll()

    def unsaved_changes(self) -> str:
        if not self.ui.detailsArea.isVisibleTo(self) or not self.details.typed():
            return ""
        targets = self._panel_targets
        where = f"{targets[0].code} · {targets[0].period_key}" if targets else ""
        return fill(self.tr("the text typed for %1 on the Progress page"), where)

    def save_changes(self) -> bool:
        before: int = self.undo_stack.count()
        self.save_details()
        return bool(self.undo_stack.count() > before)

    def discard_changes(self) -> None:
        self.details.revert()

    def revert_details(self) -> None:
        """Esc in the panel: what was typed there goes, the stored values come back."""
        self.details.revert()
        self.view.setFocus()

    def copy_cells(self) -> str:
        """Ctrl+C: the selected range onto the clipboard as Excel's text."""
        from app.ui.progress.clipboard import copy_to_clipboard

        return copy_to_clipboard(self)

    def paste_cells(self) -> bool:
        """Ctrl+V: the marks on the clipboard from the current cell on, one undo step."""
        from app.ui.progress.clipboard import paste_from_clipboard

        return paste_from_clipboard(self)

    def close_details(self) -> None:
        self.ui.detailsArea.hide()
        self.view.setFocus()

    def update_details(self, pending_status: str | None = None) -> None:
        self._details_timer.stop()
        targets = self.targets()
        self._panel_targets = targets
        if not targets or not self.ui.detailsArea.isVisibleTo(self):
            if not targets:
                self.details.show_nothing()
            return
        first = targets[0]
        current = self.proxy.mapToSource(self.view.currentIndex())
        first = next(
            (t for t in targets if (t.row, t.column) == (current.row(), current.column())), first
        )
        row = self.model.rows[first.row]
        period = self.model.periods[first.column - FIRST_PERIOD]
        locked = next(
            (self.lock_text(t.period_key) for t in targets if t.period_key in self.locks), ""
        )
        cell = self.model.cell(first.row, first.column)
        self.details.show_cells(row, period, [cell], len(targets), locked, pending_status)
        if len(targets) == 1 and self.editor is not None:
            from app.services.progress_bulk import evidence_of

            files = self.editor.with_session(lambda s, _p: evidence_of(s, row.id, period.id))
            self.details.evidence.set_files(files)
        else:
            self.details.evidence.set_files([])

    def save_details(self) -> None:
        targets = self._panel_targets
        if not targets or not self.details.check():
            return
        mark = self.details.mark()
        after: list[Mark | None]
        if len(targets) == 1 or mark is None:
            after = [mark] * len(targets)
        else:  # many cells: their status and reason, each keeping its other fields
            after = [with_status(self.mark_of(t), mark.status, mark.reason) for t in targets]
        word = status_word(mark.status) if mark is not None else None
        if self.edit(targets, after, self._edit_text(targets, word), self.details.show_error):
            self.update_details()

    # -- layout --------------------------------------------------------------------------
    def _fit_columns(self) -> None:
        periods = self.model.columnCount() - FIRST_PERIOD
        if periods < 1:
            return
        metrics = self.view.fontMetrics()
        char = metrics.averageCharWidth()
        available = self.view.viewport().width()
        period_width = char * PERIOD_CHARS
        # the figures line first: periods grow to a comfortable width (a long figures line,
        # "112 · 1 ev/112 · 112/100", measured in this font and language, on one line) while
        # the activity keeps its minimum (its text wraps to two lines and has a tooltip)
        comfort = metrics.horizontalAdvance(self.model.sample_figures()) + 4 * PAD
        activity_min = char * ACTIVITY_CHARS
        if available < activity_min + periods * period_width:
            # a third for the activity's words, the rest for the periods' marks
            activity_min = max(char * ACTIVITY_MIN_CHARS, available // 3)
            period_width = max(
                char * PERIOD_MIN_CHARS,
                min(period_width, (available - activity_min) // periods),
            )
        spare = available - activity_min - periods * period_width
        if spare > 0 and comfort > period_width:
            period_width += min(comfort - period_width, spare // periods)
        activity = available - periods * period_width
        if activity > char * ACTIVITY_MAX_CHARS:  # room to spare: periods grow first
            extra = (activity - char * ACTIVITY_MAX_CHARS) // periods
            period_width = min(char * PERIOD_MAX_CHARS, period_width + extra)
            activity = available - periods * period_width
        header = self.view.period_header
        header.resizeSection(COL_ACTIVITY, max(activity_min, activity))
        for column in range(FIRST_PERIOD, FIRST_PERIOD + periods):
            header.resizeSection(column, period_width)
        header.refresh_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    # -- messages ------------------------------------------------------------------------
    def _show_state(self, has_rows: bool) -> None:
        """The grid, or the sentence that says why there is none."""
        ui = self.ui
        if has_rows or self._state == "loading":
            ui.stack.setCurrentWidget(ui.splitter)
        else:
            ui.stack.setCurrentWidget(ui.emptyLabel)
            ui.emptyLabel.setText(
                self.tr("No database is open. Open one with File → Open database….")
                if self._state == "closed"
                else self.tr(
                    "There is no plan in this database yet. Create or import it on the Plan page."
                )
            )
        ui.legend.setVisible(has_rows)
        for widget in (ui.filterCombo, ui.searchEdit):
            widget.setEnabled(has_rows)

    def emphasize_banner(self) -> None:
        """An edit of a locked period was tried: the banner (the one place that says why)
        draws the eye for a moment instead of a second message saying the same."""
        banner = self.ui.lockBanner
        if not banner.isVisible():
            return
        tint(banner, "#ffffff", LOCKED_INK)
        QTimer.singleShot(FLASH_MS, banner, lambda: tint(banner, LOCKED_INK, BANNER_FILL))

    def show_banner(self, texts: list[str]) -> None:
        self.ui.lockBanner.setText("\n".join(texts))
        self.ui.lockBanner.setVisible(bool(texts))

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        ui = self.ui
        ui.titleLabel.setText(self.tr("Progress"))
        texts = (
            self.tr("All activities"),
            self.tr("Not done"),
            self.tr("Missing reason"),
            self.tr("Overdue"),
        )
        for n, text in enumerate(texts):
            ui.filterCombo.setItemText(n, text)
        ui.filterCombo.setToolTip(self.tr("Show only the activities with such a period"))
        ui.searchEdit.setPlaceholderText(self.tr("Find…"))
        ui.searchEdit.setToolTip(self.tr("Finds activities by code or text (Ctrl+F)"))
        for status, word in ui.legendWords.items():
            word.setText(f"{status_word(status)} ({STATUS_LETTERS[status]})")
        ui.keysLabel.setText(
            self.tr("Del clears · Enter opens the details · Shift+arrows select more cells")
        )
        self.details.retranslate()
        self.delegate.clear_cache()
        self.model.retranslate()
        self.show_banner([self.lock_text(k) for k in self.locks])
        self._fit_columns()

    def title_font(self) -> QFont:
        return self.ui.titleLabel.font()
