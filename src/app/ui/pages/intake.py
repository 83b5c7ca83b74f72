"""The Intake page: drop the returns received (PDF, XLSX, saved e-mails) or add them; each
file is verified and classified in the background, one result line per file."""

from __future__ import annotations

from collections import Counter
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, QStandardPaths
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
)

from app.services.errors import PlanDeskError
from app.ui.formats import fill
from app.ui.intake.lines_model import COL_REASON, IntakeLinesModel
from app.ui.intake.page_ui import IntakePageUi
from app.ui.messages import error_text
from app.ui.pages.base import Page
from app.ui.returns.rows_model import SORT_ROLE
from app.ui.returns.states import state_label
from app.ui.returns.tasks import Task

if TYPE_CHECKING:
    from app.ui.workspace import Workspace

OUTCOMES = ("accepted", "late", "new version", "duplicate", "rejected", "skipped")


class IntakePage(Page):
    name = "intake"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self._task: Task | None = None
        self._live: list[Any] = []
        self._showing_last = False
        self.last_error = ""
        self._folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.model = IntakeLinesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.ui = IntakePageUi()
        self.ui.setup_ui(self, self.proxy)
        self.setAcceptDrops(True)
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.ui.addFilesButton.clicked.connect(self.choose_files)
        self.ui.addFolderButton.clicked.connect(self.choose_folder)
        self.ui.cancelButton.clicked.connect(self.cancel)

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        combo = self.ui.periodCombo
        combo.clear()
        combo.addItem("", "")  # any period of the plan (text set in retranslate)
        if workspace is not None and workspace.plan is not None:
            for period in workspace.plan.periods:
                combo.addItem(period.label, period.key)
        self._retranslate_any()
        self.refresh()

    def refresh(self) -> None:
        """Show the last intake's lines (when no intake runs here)."""
        if self._task is not None:
            return
        lines: list[Any] = []
        names: dict[str, str] = {}
        if self._workspace is not None and self._workspace.plan is not None:
            try:
                lines, names = _read_last(self._workspace.db)
            except PlanDeskError as exc:
                self.last_error = error_text(exc)
        self.model.set_names(names)
        self.model.set_lines(lines)
        self._showing_last = bool(lines)
        self._show_summary(lines)
        self._show()

    def period(self) -> str:
        return str(self.ui.periodCombo.currentData() or "")

    def _show(self) -> None:
        has_plan = self._workspace is not None and self._workspace.plan is not None
        busy = self._task is not None
        for widget in (self.ui.periodCombo, self.ui.addFilesButton, self.ui.addFolderButton):
            widget.setEnabled(has_plan and not busy)
        self.ui.linesView.resizeColumnsToContents()
        header = self.ui.linesView.horizontalHeader()
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)

    def _show_summary(self, lines: list[Any], cancelled: bool = False) -> None:
        if not lines:
            self.ui.summaryLabel.setText("")
            self.ui.summaryLabel.hide()
            return
        counts = Counter(line.outcome for line in lines)
        shown = [f"{state_label(key)} {counts[key]}" for key in OUTCOMES if counts[key]]
        head = (
            self.tr("Last intake: %n file(s)", "", len(lines))
            if self._showing_last
            else self.tr("%n file(s)", "", len(lines))
        )
        text = f"{head} — {' · '.join(shown)}."
        if cancelled:
            text += " " + self.tr("Cancelled: the files not yet read were left out.")
        if counts["rejected"]:
            text += " " + self.tr("Rejected files were not counted; the reason is on their line.")
        self.ui.summaryLabel.setText(text)
        self.ui.summaryLabel.show()

    # -- adding files --------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Returns to take in"),
            self._folder,
            self.tr("Returns and saved e-mails (*.pdf *.xlsx *.eml);;All files (*)"),
        )
        if files:
            self._folder = str(Path(files[0]).parent)
            self.start_intake([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of received returns"), self._folder
        )
        if folder:
            self._folder = folder
            self.start_intake([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self._task is None and urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
            self.ui.dropZone.set_active(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.ui.dropZone.set_active(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.ui.dropZone.set_active(False)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self.start_intake(paths) is not None:
            event.acceptProposedAction()

    # -- the intake ----------------------------------------------------------------------
    def start_intake(self, paths: list[Path]) -> Task | None:
        if self._workspace is None or self._task is not None:
            return None
        fn = partial(_intake_job, db=self._workspace.db, paths=paths, period=self.period())
        task = Task(fn)
        self._task = task
        self._live = []
        self._showing_last = False
        self.model.set_lines([])
        self.ui.summaryLabel.hide()
        self.last_error = ""
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        task.signals.cancelled.connect(self._on_cancelled)
        self.ui.progressBar.setRange(0, 0)
        self.ui.progressLabel.setText(self.tr("Looking for returns…"))
        self.ui.cancelButton.setEnabled(True)
        self.ui.progressRow.show()
        self._show()
        return task.start()

    def _on_progress(self, done: int, total: int, line: Any) -> None:
        self.ui.progressBar.setRange(0, total)
        self.ui.progressBar.setValue(done)
        self.ui.progressLabel.setText(
            fill(self.tr("%1 of %2 files checked"), str(done), str(total))
        )
        if line is not None:
            self._live.append(line)
            self.model.append(line)

    def _end(self) -> None:
        self._task = None
        self.ui.progressRow.hide()
        self._show()

    def _on_finished(self, lines: list[Any]) -> None:
        self._end()
        self.model.set_lines(lines)
        self._show()
        self._show_summary(lines)
        if any(line.taken for line in lines):
            self.data_changed.emit()

    def _on_cancelled(self) -> None:
        self._end()
        self._show_summary(self._live, cancelled=True)
        if any(line.taken for line in self._live):
            self.data_changed.emit()

    def _on_failed(self, message: str) -> None:
        self._end()
        self.last_error = message or self.tr(
            "Something unexpected went wrong. The details are in the log file."
        )
        self.ui.summaryLabel.setText(self.last_error)
        self.ui.summaryLabel.show()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.progressLabel.setText(self.tr("Stopping after the file being checked…"))

    # -- language ------------------------------------------------------------------------
    def _retranslate_any(self) -> None:
        if self.ui.periodCombo.count():
            self.ui.periodCombo.setItemText(0, self.tr("Any period of the plan"))

    def retranslate(self) -> None:
        self.ui.titleLabel.setText(self.title())
        self.ui.introLabel.setText(
            self.tr(
                "Returns received from subordinate institutions: each file's signature is "
                "checked against the registered institution, then it is accepted, kept as a "
                "new version, or rejected with the reason. Every file goes in whole or not at all."
            )
        )
        self.ui.periodCaption.setText(self.tr("Period:"))
        self._retranslate_any()
        self.ui.addFilesButton.setText(self.tr("Add files…"))
        self.ui.addFolderButton.setText(self.tr("Add folder…"))
        self.ui.cancelButton.setText(self.tr("Cancel"))
        self.ui.dropZone.set_text(
            self.tr(
                "Drop returns here: PDF and Excel files, saved e-mails (.eml) or a whole folder "
                "of e-mail attachments."
            )
        )
        self.model.retranslate()
        if self.model.rowCount():
            self._show_summary(self.model.lines())
        self._show()


def _read_last(db: Any) -> tuple[list[Any], dict[str, str]]:
    from app.services.intake_history import last_intake
    from app.services.subordinates import subordinates

    with db.unit() as session:
        names = {inst.code: inst.name for inst in subordinates(session)}
        return last_intake(session), names


def _intake_job(task: Task, db: Any, paths: list[Path], period: str) -> list[Any]:
    from app.services.intake import import_returns

    return import_returns(
        db,
        paths,
        workers=2,
        period=period,
        progress=lambda done, total, line: task.report(done, total, line),
        cancelled=task.cancelled,
    )
