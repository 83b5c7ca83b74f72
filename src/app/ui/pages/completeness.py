"""The Completeness page: who has sent the period's return, who is late, who is missing;
counts, a chart, and reminders (one .eml per missing subordinate) written in the background."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
)

from app.services.errors import PlanDeskError
from app.ui.consolidation.review_actions import ReviewActions
from app.ui.formats import fill
from app.ui.intake.completeness_ui import CompletenessPageUi
from app.ui.intake.status_model import (
    COL_NAME,
    COL_NOTE,
    COL_REVIEW,
    COL_SIGNER,
    StatusModel,
)
from app.ui.messages import error_text
from app.ui.pages.base import Page
from app.ui.returns.rows_model import SORT_ROLE
from app.ui.returns.tasks import Task
from app.ui.subordinates.sorting import FilterProxy
from app.ui.workspace import current_period

if TYPE_CHECKING:
    from app.ui.workspace import Workspace

CHART_STATES = ("submitted", "late", "rejected", "overdue", "missing")
SIGNER_CHARS, NAME_CHARS = 24, 34


class CompletenessPage(ReviewActions, Page):
    name = "completeness"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self._status: dict[str, Any] | None = None
        self._task: Task | None = None
        self.last_message = ""
        self.reminders: list[Path] = []
        self._folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.model = StatusModel(self)
        self.proxy = FilterProxy(self)  # the model sorts its 2,000 rows itself, quickly
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.ui = CompletenessPageUi()
        self.ui.setup_ui(self, self.proxy)
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.ui.periodCombo.currentIndexChanged.connect(self._on_period_changed)
        self.ui.remindButton.clicked.connect(self.choose_folder)
        self.ui.acceptButton.clicked.connect(lambda: self.ask_review("accepted"))
        self.ui.sendBackButton.clicked.connect(lambda: self.ask_review("sent_back"))
        self.ui.statusView.selectionModel().currentChanged.connect(
            lambda *_: self._show_review_buttons()
        )
        self.ui.cancelButton.clicked.connect(self._cancel)

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        combo = self.ui.periodCombo
        combo.blockSignals(True)
        combo.clear()
        periods = list(workspace.plan.periods) if workspace and workspace.plan else []
        for period in periods:
            combo.addItem(period.label, period.key)
        chosen = self._default_period(periods)
        if chosen:
            combo.setCurrentIndex(combo.findData(chosen))
        combo.blockSignals(False)
        self.refresh()

    def _default_period(self, periods: list[Any]) -> str:
        """The latest period that has returns in; else the period of today."""
        if self._workspace is None or not periods:
            return ""
        try:
            with self._workspace.db.unit() as session:
                from app.services.intake_history import periods_with_returns

                received = set(periods_with_returns(session))
        except PlanDeskError:
            received = set()
        with_returns = [p for p in periods if p.key in received]
        if with_returns:
            return str(with_returns[-1].key)
        today = current_period(periods, date.today())
        return today.key if today is not None else ""

    def period(self) -> str:
        return str(self.ui.periodCombo.currentData() or "")

    def refresh(self) -> None:
        self._status = None
        if self._workspace is not None and self.period():
            from app.services.registry import period_status  # plain rows: 2,000 quickly

            try:
                with self._workspace.db.unit() as session:
                    self._status = period_status(session, self.period())
            except PlanDeskError as exc:
                self._notice(error_text(exc))
        self.model.set_rows(self._status["subordinates"] if self._status else [])
        self._show()

    def counts(self) -> dict[str, int]:
        return dict(self._status["counts"]) if self._status else {}

    def _show(self) -> None:
        status = self._status
        busy = self._task is not None
        counts = self.counts()
        missing = sum(counts.get(s, 0) for s in ("missing", "overdue", "rejected"))
        self.ui.periodCombo.setEnabled(self.ui.periodCombo.count() > 0 and not busy)
        self.ui.remindButton.setEnabled(missing > 0 and not busy)
        self._show_review_buttons()
        if status is None:
            self.ui.dueLabel.setText("")
            self.ui.statusChart.set_counts([], 0, "", "")
            self.ui.statusChart.setVisible(False)
        else:
            due = date.fromisoformat(status["due"])
            self.ui.dueLabel.setText(fill(self.tr("Due %1"), f"{due:%d.%m.%Y}"))
            total = status["total"]
            arrived = counts.get("submitted", 0) + counts.get("late", 0)
            self.ui.statusChart.set_counts(
                [(s, counts.get(s, 0)) for s in CHART_STATES],
                total,
                f"{arrived} / {total}",
                self.tr("returns in"),
            )
            self.ui.statusChart.setVisible(True)
        self._fit_columns()
        if status is not None and not status["total"]:
            self._notice(
                self.tr(
                    "No subordinate institutions are registered yet. Register them on the "
                    "Subordinates page to follow their returns here."
                )
            )

    def _fit_columns(self) -> None:
        """The reason (when any) or else the institution's name takes what is left."""
        view = self.ui.statusView
        header = view.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        rows = self._status["subordinates"] if self._status else []
        reasons = any(r.get("reason") for r in rows)
        view.setColumnHidden(COL_NOTE, not reasons)
        view.resizeColumnsToContents()
        caps = (
            (COL_SIGNER, SIGNER_CHARS),
            (COL_REVIEW, SIGNER_CHARS),
            (COL_NAME, NAME_CHARS if reasons else 0),
        )
        for column, cap in caps:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if cap:
                header.resizeSection(column, min(header.sectionSize(column), char * cap))
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Interactive)
        stretch = COL_NOTE if reasons else COL_NAME
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _notice(self, text: str) -> None:
        self.last_message = text
        self.ui.noticeLabel.setText(text)
        self.ui.noticeLabel.setVisible(bool(text))

    def _on_period_changed(self, _index: int) -> None:
        self._notice("")
        self.refresh()

    # -- reminders -----------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save the reminders in"), self._folder
        )
        if folder:
            self.write_reminders_to(Path(folder))

    def write_reminders_to(self, folder: Path) -> Task | None:
        if self._workspace is None or not self.period() or self._task is not None:
            return None
        self._folder = str(folder)
        fn = partial(_reminders_job, db=self._workspace.db, period=self.period(), folder=folder)
        task = Task(fn)
        self._task = task
        task.signals.finished.connect(self._on_written)
        task.signals.failed.connect(self._on_failed)
        task.signals.cancelled.connect(self._on_failed)
        self.ui.progressBar.setRange(0, 0)
        self.ui.progressLabel.setText(self.tr("Writing the reminders…"))
        self.ui.progressRow.show()
        self._show()
        return task.start()

    def _end(self) -> None:
        self._task = None
        self.ui.progressRow.hide()
        self._show()

    def _on_written(self, paths: list[Path]) -> None:
        self._end()
        self.reminders = paths
        self._notice(
            fill(
                self.tr(
                    "%n reminders written to %1 — open them in your mail program to send.",
                    "",
                    len(paths),
                ),
                self._folder,
            )
        )

    def _on_failed(self, message: str = "") -> None:
        self._end()
        self._notice(
            message
            or self.tr("The reminders could not be written. The details are in the log file.")
        )

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.titleLabel.setText(self.title())
        self.ui.periodCaption.setText(self.tr("Period:"))
        self.ui.remindButton.setText(self.tr("Prepare reminders…"))
        self.ui.remindButton.setToolTip(
            self.tr("One e-mail per institution whose return is missing, in its language")
        )
        self.ui.cancelButton.setText(self.tr("Cancel"))
        self.ui.acceptButton.setText(self.tr("Accept…"))
        self.ui.acceptButton.setToolTip(self.tr("Accept the chosen return, with a signed receipt"))
        self.ui.sendBackButton.setText(self.tr("Send back…"))
        self.ui.sendBackButton.setToolTip(
            self.tr("Send the chosen return back for correction, with the reason")
        )
        self.model.retranslate()
        self._show()


def _reminders_job(task: Task, db: Any, period: str, folder: Path) -> list[Path]:
    from app.services.completeness import write_reminders

    task.check()
    with db.unit() as session:
        return write_reminders(session, period, folder)
