"""The Returns page: preview a period's return, sign and save both files, prepare the e-mail,
see the returns already signed and correct one (which unlocks its period)."""

from __future__ import annotations

import logging
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox

from app.domain.periods import LANGUAGES
from app.services.errors import PlanDeskError
from app.ui.dialogs import show_error
from app.ui.i18n import NATIVE_NAMES
from app.ui.icons import pixmap
from app.ui.pages.base import Page
from app.ui.returns import jobs
from app.ui.returns.password_dialog import PasswordDialog, confirm_box
from app.ui.returns.returns_model import (
    COL_HASH,
    COL_PERIOD,
    SORT_ROLE,
    ReturnsModel,
    local_time,
)
from app.ui.returns.returns_ui import ReturnsUi
from app.ui.returns.states import GREEN
from app.ui.returns.tasks import Task
from app.ui.workspace import current_period

if TYPE_CHECKING:
    from app.ui.workspace import Workspace

log = logging.getLogger(__name__)


class ReturnsPage(Page):
    name = "returns"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ui = ReturnsUi()
        self.ui.setup_ui(self)
        self.model = ReturnsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.ui.returnsView.setModel(self.proxy)
        self.ui.returnsView.sortByColumn(COL_PERIOD, Qt.SortOrder.AscendingOrder)
        self._workspace: Workspace | None = None
        self._state = jobs.PageState()
        self._task: Task | None = None
        self._task_kind = ""
        self.signed: jobs.Signed | None = None
        self.last_email: Path | None = None
        self.last_error: str = ""
        self._folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.ui.lockIcon.setPixmap(pixmap("lock", 18, GREEN, self.devicePixelRatioF()))
        for code in LANGUAGES:
            self.ui.languageCombo.addItem(NATIVE_NAMES.get(code, code), code)
        self._connect_signals()
        self.retranslate()
        self._show()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.periodCombo.currentIndexChanged.connect(self._on_period_changed)
        ui.languageCombo.currentIndexChanged.connect(self._on_period_changed)
        ui.previewButton.clicked.connect(self.start_preview)
        ui.signButton.clicked.connect(self.ask_password)
        ui.emailButton.clicked.connect(self.prepare_email)
        ui.correctButton.clicked.connect(self.ask_correct)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.returnsView.clicked.connect(self._on_row_clicked)

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        self.signed = None
        self._fill_periods()
        self.refresh()
        language = self._state.language if self._state.language in LANGUAGES else "en"
        self.ui.languageCombo.setCurrentIndex(LANGUAGES.index(language))
        self.ui.preview.show_message(self._preview_hint())

    def refresh(self) -> None:
        """Read the returns list, the institution and its identity again (small, quick)."""
        self._state = jobs.PageState()
        if self._workspace is not None and self._workspace.plan is not None:
            try:
                self._state = jobs.read_state(self._workspace.db)
            except PlanDeskError as exc:
                self._notice(str(exc), error=True)
        labels = {p.key: p.label for p in self._periods()}
        self.model.set_rows(self._state.returns, labels)
        self._mark_locked_periods()
        self._show()

    def _periods(self) -> list[Any]:
        ws = self._workspace
        return list(ws.plan.periods) if ws is not None and ws.plan is not None else []

    def _fill_periods(self) -> None:
        combo = self.ui.periodCombo
        combo.blockSignals(True)
        combo.clear()
        for period in self._periods():
            combo.addItem(period.label, period.key)
        chosen = current_period(self._periods(), date.today())
        if chosen is not None:
            combo.setCurrentIndex(combo.findData(chosen.key))
        combo.blockSignals(False)

    def _mark_locked_periods(self) -> None:
        combo = self.ui.periodCombo
        lock = pixmap("lock", 16, GREEN, self.devicePixelRatioF())
        for row in range(combo.count()):
            locked = self.signed_return(combo.itemData(row)) is not None
            combo.setItemIcon(row, QIcon(lock) if locked else QIcon())

    def period(self) -> str:
        return str(self.ui.periodCombo.currentData() or "")

    def language(self) -> str:
        return str(self.ui.languageCombo.currentData() or "en")

    def signed_return(self, period: str) -> dict[str, Any] | None:
        found = [
            r for r in self._state.returns if r["period"] == period and r["status"] == "signed"
        ]
        return max(found, key=lambda r: r["version"]) if found else None

    # -- showing -------------------------------------------------------------------------
    def _show(self) -> None:
        ui = self.ui
        has_plan = bool(self._periods())
        busy = self._task is not None
        for widget in (ui.periodCombo, ui.languageCombo, ui.previewButton, ui.signButton):
            widget.setEnabled(has_plan and not busy)
        ui.emailButton.setEnabled(self.signed is not None and not busy)
        signed = self.signed_return(self.period()) if has_plan else None
        ui.lockFrame.setVisible(signed is not None)
        ui.correctButton.setEnabled(not busy)
        if signed is not None:
            when = local_time(signed.get("signed_at"))
            ui.lockLabel.setText(
                self.tr(
                    "This period is frozen by its signed return (version %1, %2): its progress, "
                    "events and narrative cannot be changed. Correct the return to change them."
                )
                .replace("%1", str(signed["version"]))
                .replace("%2", when)
            )
        ui.listLabel.setText(
            self.tr("Returns signed here (%n)", "", self.model.rowCount())
            if self.model.rowCount()
            else self.tr("No return has been signed here yet.")
        )
        self._fit_columns()

    def _fit_columns(self) -> None:
        view = self.ui.returnsView
        header = view.horizontalHeader()
        view.resizeColumnsToContents()
        header.setSectionResizeMode(COL_HASH, QHeaderView.ResizeMode.Stretch)

    def _preview_hint(self) -> str:
        if not self._periods():
            return self.tr("There is no plan yet, so there is no return to prepare.")
        return self.tr(
            "Choose the period and the language of the return, then press Preview to see it "
            "as it will be printed."
        )

    def _notice(self, text: str, *, error: bool = False) -> None:
        self.ui.noticeLabel.setText(text)
        self.ui.noticeLabel.setProperty("role", "error" if error else "muted")
        self.ui.noticeLabel.setVisible(bool(text))
        if error:
            self.last_error = text

    def _on_period_changed(self, _index: int) -> None:
        self._show()
        if self._task is None:
            self.ui.preview.show_message(self._preview_hint())

    def _on_row_clicked(self, index: Any) -> None:
        row = self.proxy.mapToSource(index).row()
        key = self.model.row_data(row)["period"]
        combo_row = self.ui.periodCombo.findData(key)
        if combo_row >= 0:
            self.ui.periodCombo.setCurrentIndex(combo_row)

    # -- background work -----------------------------------------------------------------
    def _run(self, kind: str, fn: Any, on_done: Any, text: str) -> Task:
        task = Task(fn)
        self._task, self._task_kind = task, kind
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(on_done)
        task.signals.failed.connect(self._on_failed)
        task.signals.cancelled.connect(self._on_cancelled)
        self.ui.progressBar.setRange(0, 0)
        self.ui.progressLabel.setText(text)
        self.ui.cancelButton.setEnabled(True)
        self.ui.progressRow.show()
        self._notice("")
        self._show()
        return task.start()

    def _end_task(self) -> None:
        self._task = None
        self.ui.progressRow.hide()
        self._show()

    def _on_progress(self, done: int, total: int, _item: object) -> None:
        self.ui.progressBar.setRange(0, total)
        self.ui.progressBar.setValue(done)

    def _on_failed(self, message: str) -> None:
        self._end_task()
        text = message or self.tr(
            "Something unexpected went wrong; nothing was saved. The details are in the log file."
        )
        self._notice(text, error=True)
        if self._task_kind == "preview":
            self.ui.preview.show_message(self._preview_hint())

    def _on_cancelled(self) -> None:
        self._end_task()
        self._notice(self.tr("Cancelled; nothing was saved."))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.progressLabel.setText(self.tr("Stopping…"))

    def start_preview(self) -> Task | None:
        if self._workspace is None or not self.period():
            return None
        db, period, language = self._workspace.db, self.period(), self.language()
        fn = partial(_preview_job, db=db, period=period, language=language)
        text = self.tr("Preparing the preview…")
        return self._run("preview", fn, self._on_preview, text)

    def _on_preview(self, result: jobs.Preview) -> None:
        self._end_task()
        if result.tool_missing:
            self.ui.preview.show_message(
                self.tr(
                    "The preview needs the program pdftoppm (poppler-utils), which is not "
                    "installed. Signing and saving work without it."
                )
            )
            return
        caption = self.tr(
            "Version %1, not signed yet — the first %2 of %n pages.", "", result.pages
        )
        caption = caption.replace("%1", str(result.version))
        caption = caption.replace("%2", str(len(result.images)))
        self.ui.preview.show_pages(result.images, caption)

    # -- signing -------------------------------------------------------------------------
    def ask_password(self) -> PasswordDialog | None:
        if not self._state.identity:
            show_error(
                self,
                self.tr("No signing identity"),
                self.tr("There is no signing identity yet."),
                self.tr("Create one or import your .p12 file in Settings → Signing identity."),
            )
            return None
        dialog = PasswordDialog(
            self,
            self.tr("The return of %1 is signed with your key. Type the key password.").replace(
                "%1", self.ui.periodCombo.currentText()
            ),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._choose_folder(dialog.password()))
        dialog.open()
        return dialog

    def _choose_folder(self, password: str) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save the signed return in"), self._folder
        )
        if folder:
            self.sign_to(Path(folder), password)

    def sign_to(self, folder: Path, password: str) -> Task | None:
        if self._workspace is None or not self.period():
            return None
        self._folder = str(folder)
        fn = partial(
            _sign_job,
            db=self._workspace.db,
            period=self.period(),
            language=self.language(),
            password=password,
            folder=folder,
        )
        return self._run("sign", fn, self._on_signed, self.tr("Signing and saving…"))

    def _on_signed(self, result: jobs.Signed) -> None:
        self._end_task()
        self.signed = result
        names = ", ".join(path.name for path in result.files)
        self._notice(
            self.tr("Signed and saved in %1: %2").replace("%1", self._folder).replace("%2", names)
        )
        self.refresh()
        self.data_changed.emit()

    def prepare_email(self) -> Path | None:
        if self.signed is None:
            return None
        folder = self.signed.files[0].parent
        try:
            path = jobs.write_email(self.signed, folder, self._state.recipient_email)
        except (PlanDeskError, OSError) as exc:
            self._notice(str(exc), error=True)
            return None
        self.last_email = path
        text = self.tr("E-mail ready: %1").replace("%1", str(path))
        if not self._state.recipient_email:
            text += " " + self.tr("(no e-mail address is known for the recipient: fill it in)")
        self._notice(text)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    # -- correcting ----------------------------------------------------------------------
    def ask_correct(self) -> QMessageBox | None:
        signed = self.signed_return(self.period())
        if signed is None:
            return None
        box = confirm_box(
            self,
            self.tr("Correct this return"),
            self.tr("Correct the return of %1 (version %2)?")
            .replace("%1", self.ui.periodCombo.currentText())
            .replace("%2", str(signed["version"])),
            self.tr(
                "The period opens for changes. The signed files stay valid and in the list; "
                "the next signed return becomes version %1 and replaces it."
            ).replace("%1", str(signed["version"] + 1)),
            (self.tr("Correct"), self.tr("Cancel")),
            self.correct,
        )
        box.open()
        return box

    def correct(self) -> None:
        if self._workspace is None:
            return
        try:
            version = jobs.correct(self._workspace.db, self.period())
        except PlanDeskError as exc:
            self._notice(str(exc), error=True)
            return
        self.signed = None
        self._notice(
            self.tr(
                "The period is open for changes; the next signed return is version %1."
            ).replace("%1", str(version))
        )
        self.refresh()
        self.data_changed.emit()

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        ui = self.ui
        ui.titleLabel.setText(self.title())
        ui.introLabel.setText(
            self.tr(
                "The return of a period as a signed PDF and Excel file in the language you "
                "choose, with an e-mail ready to send. Signing freezes the period's data."
            )
        )
        ui.periodCaption.setText(self.tr("Period:"))
        ui.languageCaption.setText(self.tr("Language of the return:"))
        ui.previewButton.setText(self.tr("Preview"))
        ui.signButton.setText(self.tr("Sign and save…"))
        ui.emailButton.setText(self.tr("Prepare e-mail"))
        ui.emailButton.setToolTip(self.tr("After signing: an e-mail with both files attached"))
        ui.correctButton.setText(self.tr("Correct this return…"))
        ui.cancelButton.setText(self.tr("Cancel"))
        self.model.retranslate()
        if not self.ui.preview.page_labels:
            self.ui.preview.show_message(self._preview_hint())
        self._show()


def _preview_job(task: Task, **kw: Any) -> jobs.Preview:
    return jobs.render_preview(task, **kw)


def _sign_job(task: Task, **kw: Any) -> jobs.Signed:
    return jobs.sign_and_save(task, **kw)
