"""The Returns page: preview a period's return, sign and save both files, prepare the e-mail,
see the returns already signed and correct one (which unlocks its period)."""

from __future__ import annotations

import logging
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, QStandardPaths, Qt
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QFileDialog, QHeaderView

from app.domain.periods import LANGUAGES
from app.services.errors import PlanDeskError
from app.ui.consolidation.receipt_actions import ReceiptActions
from app.ui.dialogs import show_error
from app.ui.focus import chain_tab_order
from app.ui.formats import fill
from app.ui.i18n import NATIVE_NAMES
from app.ui.icons import pixmap
from app.ui.messages import error_text
from app.ui.pages.base import Page
from app.ui.returns import jobs
from app.ui.returns.jobs import PREVIEW_PAGES
from app.ui.returns.password_dialog import PasswordDialog
from app.ui.returns.returns_model import (
    COL_HASH,
    COL_PERIOD,
    ReturnsModel,
    local_time,
)
from app.ui.returns.returns_ui import ReturnsUi
from app.ui.returns.rows_model import SORT_ROLE
from app.ui.returns.signed_actions import SignedReturnActions
from app.ui.returns.states import GREEN
from app.ui.returns.tasks import Task
from app.ui.window_files import existing_folder
from app.ui.workspace import current_period

if TYPE_CHECKING:
    from app.ui.layout_memory import LayoutMemory
    from app.ui.workspace import Workspace

log = logging.getLogger(__name__)


class ReturnsPage(ReceiptActions, SignedReturnActions, Page):
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
        self.memory: LayoutMemory | None = None
        self._folder = existing_folder(
            Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        )
        # how the page asks and opens; tests put their own here
        self.choose_folder = self._choose_folder_dialog
        self.open_url = lambda url: QDesktopServices.openUrl(url)
        self.setAcceptDrops(True)  # a receipt from the body above, dropped here
        self.ui.lockIcon.setPixmap(pixmap("lock", 18, GREEN, self.devicePixelRatioF()))
        for code in LANGUAGES:
            self.ui.languageCombo.addItem(NATIVE_NAMES.get(code, code), code)
        self._connect_signals()
        ui = self.ui
        chain_tab_order(
            [
                ui.periodCombo,
                ui.languageCombo,
                ui.previewButton,
                ui.signButton,
                ui.emailButton,
                ui.receiptButton,
                ui.correctButton,
                ui.cancelButton,
                ui.returnsView,
            ]
        )
        self.retranslate()
        self._show()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.periodCombo.currentIndexChanged.connect(self._on_period_changed)
        ui.languageCombo.currentIndexChanged.connect(self._on_period_changed)
        ui.previewButton.clicked.connect(self.start_preview)
        ui.signButton.clicked.connect(self.ask_password)
        ui.emailButton.clicked.connect(self.prepare_email)
        ui.receiptButton.clicked.connect(self.ask_receipt)
        ui.correctButton.clicked.connect(self.ask_correct)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.returnsView.clicked.connect(self._on_row_clicked)
        ui.connect_zoom(self)
        ui.returnsView.activated.connect(lambda index: self.open_return(index.row()))
        ui.returnsView.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        ui.returnsView.customContextMenuRequested.connect(self._row_menu)

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
                self._notice(error_text(exc), error=True)
        labels = {p.key: p.label for p in self._periods()}
        self.model.set_rows(self._state.returns + self._state.consolidated, labels)
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
        signed = self.signed_return(self.period()) if has_plan else None
        ui.emailButton.setEnabled(signed is not None and not busy)
        ui.lockFrame.setVisible(signed is not None)
        ui.correctButton.setEnabled(not busy)
        ui.receiptButton.setEnabled(has_plan and not busy)
        self._show_review()
        if signed is not None:
            when = local_time(signed.get("signed_at"))
            ui.lockLabel.setText(
                fill(
                    self.tr(
                        "This period is frozen by its signed return (version %1, %2): its "
                        "progress, events and narrative cannot be changed. Correct the return "
                        "to change them."
                    ),
                    str(signed["version"]),
                    when,
                )
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
        dpi = jobs.render_dpi(self.devicePixelRatioF())
        fn = partial(_preview_job, db=db, period=period, language=language, dpi=dpi)
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
        self.ui.preview.show_pages(
            result.images, self._caption(result.version, result.pages), result.dpi
        )
        self.ui.show_zoom()
        self._preview_shown = (result.version, result.pages, len(result.images))

    def _caption(self, version: int, pages: int, shown: int | None = None) -> str:
        """What the preview is: the signed return of the period, or one not signed yet."""
        shown = PREVIEW_PAGES if shown is None else shown
        signed = self.signed_return(self.period())
        if signed is not None and signed["version"] == version:
            caption = self.tr("Version %1, signed %3 — the first %2 of %n pages.", "", pages)
            caption = caption.replace("%3", local_time(signed.get("signed_at")))
        else:
            caption = self.tr("Version %1, not signed yet — the first %2 of %n pages.", "", pages)
        return fill(caption, str(version), str(min(shown, pages or shown)))

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
        needs = self._state.needs
        period = self.ui.periodCombo.currentText()
        if needs is not None and needs.head_token:
            text = fill(
                self.tr(
                    "The return of %1 is signed with the key on your token. Plug it in and type "
                    "its PIN."
                ),
                period,
            )
        else:
            text = self.tr("The return of %1 is signed with your key. Type the key password.")
            text = fill(text, period)
        dialog = PasswordDialog(
            self, text, check=self._password_problem, pin=bool(needs and needs.head_token)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_head(dialog.password()))
        dialog.open()
        return dialog

    def _after_head(self, password: str) -> None:
        """The seal's secret next, when the institution seals its returns; then the folder."""
        needs = self._state.needs
        if needs is None or not needs.seal:
            self._choose_folder(password)
            return
        if needs.seal_token:
            text = self.tr(
                "The return is then sealed with the institution's seal, on its token. Plug it "
                "in and type its PIN."
            )
        else:
            text = self.tr(
                "The return is then sealed with the institution's seal. Type the seal key's "
                "password."
            )
        dialog = PasswordDialog(
            self,
            text,
            check=lambda secret: self._password_problem(secret, "seal"),
            pin=needs.seal_token,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._choose_folder(password, dialog.password()))
        dialog.open()

    def _password_problem(self, password: str, role: str = "head") -> str:
        """Checked before the folder is asked: a wrong password is said in the dialog."""
        if self._workspace is None:
            return ""
        from app.services.errors import ValidationError

        try:
            jobs.check_password(self._workspace.db, password, role)
        except ValidationError:
            return self.tr("This password does not open the signing key. Type it again.")
        except PlanDeskError as exc:
            return error_text(exc)
        return ""

    def _choose_folder_dialog(self, start: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the signed return in"), start)
        return Path(folder) if folder else None

    def _choose_folder(self, password: str, seal_password: str | None = None) -> None:
        folder = self.choose_folder(existing_folder(Path(self._folder)))
        if folder is not None:
            self.sign_to(folder, password, seal_password)

    def sign_to(self, folder: Path, password: str, seal_password: str | None = None) -> Task | None:
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
            seal_password=seal_password,
        )
        return self._run("sign", fn, self._on_signed, self.tr("Signing and saving…"))

    def _on_signed(self, result: jobs.Signed) -> None:
        self._end_task()
        self.signed = result
        if self.memory is not None:
            self.memory.set_folder(self._folder)
            for path, digest in zip(result.files, result.sha256, strict=False):
                self.memory.remember_file(digest, str(path))
        names = ", ".join(path.name for path in result.files)
        self._notice(fill(self.tr("Signed and saved in %1: %2"), self._folder, names))
        self.refresh()
        self.data_changed.emit()
        shown = getattr(self, "_preview_shown", None)
        if self.ui.preview.page_labels and shown is not None:
            self.ui.preview.message.setText(self._caption(*shown))
        else:
            self.ui.preview.show_message(
                fill(
                    self.tr("The return of %1 is signed (version %2) and saved."),
                    self.ui.periodCombo.currentText(),
                    str(result.payload.get("version", "")),
                )
            )

    def remember_layout(self, memory: LayoutMemory) -> None:
        self.memory = memory
        if memory.folder():
            self._folder = existing_folder(Path(memory.folder()), Path(self._folder))
        memory.splitter(self.ui.splitter, "returns.splitter")

    def first_focus(self) -> Any:
        return self.ui.periodCombo

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
        ui.receiptButton.setText(self.tr("Import a receipt…"))
        ui.receiptButton.setToolTip(
            self.tr("The answer of the body above: accepted, or sent back for correction")
        )
        ui.correctButton.setText(self.tr("Correct this return…"))
        ui.cancelButton.setText(self.tr("Cancel"))
        ui.zoomInButton.setToolTip(self.tr("Zoom in (Ctrl+plus)"))
        ui.zoomOutButton.setToolTip(self.tr("Zoom out (Ctrl+minus)"))
        ui.fitButton.setText(self.tr("Fit width"))
        self.ui.show_zoom()
        self.model.retranslate()
        if not self.ui.preview.page_labels:
            self.ui.preview.show_message(self._preview_hint())
        self._show()


def _preview_job(task: Task, **kw: Any) -> jobs.Preview:
    return jobs.render_preview(task, **kw)


def _sign_job(task: Task, **kw: Any) -> jobs.Signed:
    return jobs.sign_and_save(task, **kw)
