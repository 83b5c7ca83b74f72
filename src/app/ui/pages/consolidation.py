"""The Consolidation page: the period's returns rolled up into this directorate's own
return. What goes in (returns accepted, missing, sent back), the consolidated figures before
signing, a preview, signing by the head (and the seal when there is one), PDF and Excel
saved where the clerk chooses, the e-mail to the level above; the consolidated returns
signed so far, with version, signer and hashes. Long work runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QSortFilterProxyModel, QStandardPaths, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHeaderView

from app.domain.periods import LANGUAGES
from app.services.errors import PlanDeskError
from app.ui.consolidation import jobs
from app.ui.consolidation.keys_dialog import KeysDialog
from app.ui.consolidation.models import (
    COL_NAME,
    COL_STATE,
    F_ACTIVITY,
    F_CODE,
    FiguresModel,
    InputsModel,
)
from app.ui.consolidation.page_ui import ConsolidationUi
from app.ui.focus import chain_tab_order
from app.ui.formats import fill, number, percent
from app.ui.i18n import NATIVE_NAMES
from app.ui.messages import error_text
from app.ui.pages.base import Page
from app.ui.returns.jobs import render_dpi
from app.ui.returns.password_dialog import confirm_box
from app.ui.returns.returns_model import COL_HASH, COL_PERIOD, ReturnsModel, common_name
from app.ui.returns.rows_model import SORT_ROLE
from app.ui.returns.signed_files import files_of_version, find_file, open_email, open_file
from app.ui.returns.tasks import Task
from app.ui.subordinates.sorting import FilterProxy
from app.ui.window_files import existing_folder
from app.ui.workspace import current_period

if TYPE_CHECKING:
    from app.services.registry import KeyInfo
    from app.ui.layout_memory import LayoutMemory
    from app.ui.workspace import Workspace

TAB_INPUTS, TAB_FIGURES, TAB_PREVIEW, TAB_SIGNED = range(4)
ARRIVED = ("submitted", "late")


class ConsolidationPage(Page):
    _notice_again: Callable[[], str] | None = None
    name = "consolidation"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ui = ConsolidationUi()
        self.ui.setup_ui(self)
        self._workspace: Workspace | None = None
        self._status: dict[str, Any] | None = None
        self.prepared: jobs.Prepared | None = None
        self.signed: jobs.Signed | None = None
        self._signed_rows: list[dict[str, Any]] = []
        self._keys: list[KeyInfo] = []
        self._recipient_email = ""
        self._task: Task | None = None
        self._task_kind = ""
        self.last_message = ""
        self.last_error = ""
        self.last_email: Path | None = None
        self.last_box: Any = None
        self.memory: LayoutMemory | None = None
        self._folder = existing_folder(
            Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        )
        # how the page asks and opens; tests put their own here
        self.choose_folder = self._choose_folder_dialog
        self.open_url = lambda url: QDesktopServices.openUrl(url)
        self.inputs = InputsModel(self)
        self.figures = FiguresModel(self)
        self.signed_model = ReturnsModel(self)
        for view, model in (
            (self.ui.inputsView, self.inputs),
            (self.ui.figuresView, self.figures),
            (self.ui.signedView, self.signed_model),
        ):
            proxy = FilterProxy(self)
            proxy.setSourceModel(model)
            proxy.setSortRole(SORT_ROLE)
            view.setModel(proxy)
        self.ui.inputsView.sortByColumn(COL_STATE, Qt.SortOrder.AscendingOrder)
        self.ui.figuresView.sortByColumn(F_CODE, Qt.SortOrder.AscendingOrder)
        self.ui.signedView.sortByColumn(COL_PERIOD, Qt.SortOrder.AscendingOrder)
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
                ui.correctButton,
                ui.cancelButton,
                ui.tabs,
            ]
        )
        self.retranslate()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.periodCombo.currentIndexChanged.connect(self._on_choice)
        ui.languageCombo.currentIndexChanged.connect(self._on_choice)
        ui.previewButton.clicked.connect(self.start_preview)
        ui.signButton.clicked.connect(self.ask_keys)
        ui.emailButton.clicked.connect(self.prepare_email)
        ui.correctButton.clicked.connect(self.ask_correct)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.connect_zoom(self)
        ui.signedView.activated.connect(lambda index: self.open_signed(index.row()))

    # -- data ------------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        self.signed = None
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
        self.ui.languageCombo.blockSignals(True)
        self.ui.languageCombo.setCurrentIndex(LANGUAGES.index(self._own_language()))
        self.ui.languageCombo.blockSignals(False)
        self.refresh()

    def _own_language(self) -> str:
        if self._workspace is None:
            return "en"
        from app.services.institutions import get_self

        try:
            with self._workspace.db.unit() as session:
                me = get_self(session)
                language = me.language if me is not None else "en"
        except PlanDeskError:
            return "en"
        return language if language in LANGUAGES else "en"

    def _default_period(self, periods: list[Any]) -> str:
        """The latest period with returns in; else the period of today."""
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

    def language(self) -> str:
        return str(self.ui.languageCombo.currentData() or "en")

    def refresh(self) -> None:
        """Read who sent what (quick), then prepare the consolidated return off the GUI
        thread."""
        self._status = None
        self._signed_rows = []
        ws = self._workspace
        if ws is not None and self.period():
            from app.services.institutions import get_self
            from app.services.plans import current_plan_id
            from app.services.registry import period_status, signing_keys
            from app.services.returns import list_returns

            try:
                with ws.db.unit() as session:
                    self._status = period_status(session, self.period())
                    plan = current_plan_id(session)
                    rows = list_returns(session, plan) if plan is not None else []
                    self._keys = signing_keys(session)
                    me = get_self(session)
                    parent = me.parent if me is not None else None
                    self._recipient_email = parent.email if parent is not None else ""
                self._signed_rows = [r for r in rows if r.get("kind") == "consolidated"]
            except PlanDeskError as exc:
                self._notice(error_text(exc), error=True)
        labels = {p.key: p.label for p in ws.plan.periods} if ws and ws.plan else {}
        self.signed_model.set_rows(self._signed_rows, labels)
        self._show_inputs()
        self.start_prepare()

    def signed_return(self) -> dict[str, Any] | None:
        """The newest signed consolidated return of the period chosen."""
        rows = [
            r for r in self._signed_rows if r["period"] == self.period() and r["status"] == "signed"
        ]
        return max(rows, key=lambda r: r["version"]) if rows else None

    # -- showing -----------------------------------------------------------------------------
    def _show_inputs(self) -> None:
        rows = self._status["subordinates"] if self._status else []
        counted = None
        if self.prepared is not None and self.prepared.period == self.period():
            counted = {str(c["code"]) for c in self.prepared.payload.get("children", [])}
        self.inputs.set_rows(rows, counted)
        self._fit(self.ui.inputsView, COL_NAME)
        self._show()

    def _show(self) -> None:
        ui = self.ui
        busy = self._task is not None
        has_period = bool(self.period())
        ready = self.prepared is not None and self.prepared.period == self.period()
        for widget in (ui.periodCombo, ui.languageCombo):
            widget.setEnabled(has_period and not busy)
        ui.previewButton.setEnabled(ready and not busy)
        ui.signButton.setEnabled(ready and not busy and bool(self._keys))
        signed = self.signed_return()
        ui.emailButton.setEnabled(signed is not None and not busy)
        ui.correctButton.setEnabled(signed is not None and not busy)
        ui.correctButton.setVisible(signed is not None)
        ui.summaryLabel.setText(self._summary())
        ui.totalsLabel.setText(self._totals() if ready else "")
        ui.totalsLabel.setVisible(ready)
        count = self.signed_model.rowCount()
        ui.tabs.setTabText(
            TAB_SIGNED,
            fill(self.tr("Signed (%1)"), number(count)) if count else self.tr("Signed"),
        )

    def _summary(self) -> str:
        status = self._status
        if status is None:
            return ""
        rows = status["subordinates"]
        arrived = [r for r in rows if r["state"] in ARRIVED]
        sent_back = sum(1 for r in arrived if r.get("review") == "sent_back")
        accepted = sum(1 for r in arrived if r.get("review") == "accepted")
        missing = len(rows) - len(arrived)
        text = fill(
            self.tr("%1 of %2 returns in: %3 accepted, %4 sent back, %5 not reviewed; %6 missing."),
            number(len(arrived)),
            number(len(rows)),
            number(accepted),
            number(sent_back),
            number(len(arrived) - accepted - sent_back),
            number(missing),
        )
        signed = self.signed_return()
        if signed is not None:
            text += " " + fill(
                self.tr("Signed as version %1 by %2."),
                str(signed["version"]),
                common_name(str(signed.get("signer") or "")),
            )
        return text

    def _totals(self) -> str:
        assert self.prepared is not None
        payload = self.prepared.payload
        t: Mapping[str, Any] = payload.get("totals") or {}
        planned = sum(int(t.get(k, 0) or 0) for k in ("done", "in_progress", "not_done"))
        done = int(t.get("done", 0) or 0)
        return fill(
            self.tr(
                "Version %1 · %2 institutions · %3 done (%4 of marks) · %5 participants · %6 events"
            ),
            payload.get("version", ""),
            number(int(t.get("institutions", 0) or 0)),
            number(done),
            percent(done / planned if planned else 0.0),  # "%64" in Turkish
            number(int(t.get("participants", 0) or 0)),
            number(int(t.get("events", 0) or 0)),
        )

    def _fit(self, view: Any, stretch: int) -> None:
        header = view.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        view.resizeColumnsToContents()
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if column != stretch:
                header.resizeSection(column, min(header.sectionSize(column), char * 30))
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _notice(
        self, text: str, *, error: bool = False, again: Callable[[], str] | None = None
    ) -> None:
        """*text* under the controls; *again* makes it anew in another language."""
        self._notice_again = again
        self.last_message = text
        label = self.ui.noticeLabel
        label.setText(text)
        label.setProperty("role", "error" if error else "muted")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setVisible(bool(text))
        if error:
            self.last_error = text

    def _on_choice(self, _index: int) -> None:
        self._notice("")
        self.prepared = None
        self.figures.set_payload(None)
        self.ui.preview.show_message(self._preview_hint())
        self.refresh()

    def _preview_hint(self) -> str:
        return self.tr("Press Preview to see the consolidated return as it will be printed.")

    # -- background work ---------------------------------------------------------------------
    def _run(self, kind: str, fn: Any, on_done: Any, text: str) -> Task:
        task = Task(fn)
        self._task, self._task_kind = task, kind
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(on_done)
        task.signals.failed.connect(self._on_failed)
        task.signals.cancelled.connect(self._on_cancelled)
        ui = self.ui
        ui.progressBar.setRange(0, 0)
        ui.progressLabel.setText(text)
        ui.cancelButton.setEnabled(True)
        ui.progressRow.show()
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
        kind = self._task_kind
        self._end_task()
        self._notice(
            message
            or self.tr(
                "Something unexpected went wrong; nothing was saved. The details are in the "
                "log file."
            ),
            error=kind != "prepare",
        )

    def _on_cancelled(self) -> None:
        self._end_task()
        self._notice(self.tr("Cancelled; nothing was saved."))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.progressLabel.setText(self.tr("Stopping…"))

    def _nothing_in(self) -> str:
        return self.tr("No return has been taken in for this period yet.")

    def start_prepare(self) -> Task | None:
        if self._workspace is None or not self.period() or self._task is not None:
            return None
        arrived = self._status and any(r["state"] in ARRIVED for r in self._status["subordinates"])
        if not arrived:
            self.prepared = None
            self.figures.set_payload(None)
            self._notice(self._nothing_in(), again=self._nothing_in)
            self._show()
            return None
        fn = partial(
            jobs.prepare, db=self._workspace.db, period=self.period(), language=self.language()
        )
        return self._run("prepare", fn, self._on_prepared, self.tr("Adding up the returns…"))

    def _on_prepared(self, prepared: jobs.Prepared) -> None:
        self._end_task()
        if (prepared.period, prepared.language) != (self.period(), self.language()):
            self.start_prepare()  # the clerk chose another period meanwhile
            return
        self.prepared = prepared
        # FiguresModel.set_payload (app.ui.consolidation.models) still types it as a dict
        self.figures.set_payload(cast("dict[str, Any]", prepared.payload))
        self._fit(self.ui.figuresView, F_ACTIVITY)
        self._show_inputs()

    def start_preview(self) -> Task | None:
        if self.prepared is None or self._task is not None:
            return None
        dpi = render_dpi(self.devicePixelRatioF())
        fn = partial(jobs.preview, payload=self.prepared.payload, dpi=dpi)
        self.ui.tabs.setCurrentIndex(TAB_PREVIEW)
        return self._run("preview", fn, self._on_preview, self.tr("Preparing the preview…"))

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
        caption = self.tr("Version %1 — the first %2 of %n pages.", "", result.pages)
        caption = fill(
            caption,
            str(result.version),
            str(min(len(result.images), result.pages or len(result.images))),
        )
        self.ui.preview.show_pages(result.images, caption, result.dpi)
        self.ui.show_zoom()

    # -- signing -----------------------------------------------------------------------------
    def ask_keys(self) -> KeysDialog | None:
        if self.prepared is None or self._workspace is None:
            return None
        text = fill(
            self.tr("The consolidated return of %1 is signed with the head's key"),
            self.ui.periodCombo.currentText(),
        )
        if any(k.role == "seal" for k in self._keys):
            text += self.tr(", then sealed with the institution's seal")
        text += "."
        counted = {str(c["code"]) for c in self.prepared.payload.get("children", [])}
        rows = self._status["subordinates"] if self._status else []
        sent_back = [
            r["code"] for r in rows if r.get("review") == "sent_back" and r["code"] in counted
        ]
        if sent_back:
            text += " " + fill(
                self.tr("Returns sent back for correction are counted as they were received: %1."),
                ", ".join(sent_back),
            )
        dialog = KeysDialog(self, text, self._keys, self._check_keys)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._choose_folder(dialog.secrets()))
        self.last_box = dialog
        dialog.open()
        return dialog

    def _check_keys(self, secrets: dict[str, str]) -> tuple[str, str]:
        from app.services.registry import check_key_secrets

        assert self._workspace is not None
        try:
            with self._workspace.db.unit() as session:
                return check_key_secrets(session, secrets)
        except PlanDeskError as exc:
            return next(iter(secrets), "head"), error_text(exc)

    def _choose_folder_dialog(self, start: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save the consolidated return in"), start
        )
        return Path(folder) if folder else None

    def _choose_folder(self, secrets: dict[str, str]) -> None:
        folder = self.choose_folder(existing_folder(Path(self._folder)))
        if folder is not None:
            self.sign_to(folder, secrets)

    def sign_to(self, folder: Path, secrets: dict[str, str]) -> Task | None:
        if self._workspace is None or not self.period() or self._task is not None:
            return None
        self._folder = str(folder)
        fn = partial(
            jobs.sign_and_save,
            db=self._workspace.db,
            period=self.period(),
            language=self.language(),
            secrets=secrets,
            folder=folder,
        )
        return self._run("sign", fn, self._on_signed, self.tr("Signing and saving…"))

    def _on_signed(self, result: jobs.Signed) -> None:
        self._end_task()
        self.signed = result
        if self.memory is not None:
            self.memory.set_folder(self._folder)
            for path, digest in zip(result.files, result.sha256, strict=False):
                self.memory.remember_file(digest, str(path))
        self.refresh()
        self.ui.tabs.setCurrentIndex(TAB_SIGNED)
        self.data_changed.emit()
        self._notice(
            fill(
                self.tr("Signed (version %1) and saved in %2: %3"),
                str(result.version),
                self._folder,
                ", ".join(p.name for p in result.files),
            )
        )

    # -- the signed files --------------------------------------------------------------------
    def _signed_files(self) -> jobs.Signed | None:
        period = self.period()
        if self.signed is not None and self.signed.payload["period"]["key"] == period:
            return self.signed
        rows = files_of_version(self._signed_rows, period)
        paths = [find_file(row, self.memory, self._folder) for row in rows]
        if not rows or self._workspace is None:
            return None
        if any(path is None for path in paths):
            self._notice(
                fill(
                    self.tr("The signed files %1 are no longer where they were saved (%2)."),
                    ", ".join(str(r["file"]) for r in rows),
                    self._folder,
                ),
                error=True,
            )
            return None
        from app.ui.returns.jobs import signed_payload

        files = [p for p in paths if p is not None]
        payload = signed_payload(self._workspace.db, files)
        return jobs.Signed(files, payload, [str(r["file_sha256"]) for r in rows])

    def prepare_email(self) -> Path | None:
        """The e-mail to the level above with both signed files attached."""
        try:
            signed = self._signed_files()
            if signed is None:
                return None
            path = jobs.write_email(signed, self._recipient_email)
        except (PlanDeskError, OSError) as exc:
            self._notice(error_text(exc), error=True)
            return None
        self.last_email = path
        if open_email(path, self.open_url):
            text = fill(self.tr("The e-mail is open in your mail program: %1"), str(path))
        else:
            text = fill(
                self.tr(
                    "No mail program opened the e-mail, so its folder is shown: attach or drag %1 "
                    "into your mail."
                ),
                path.name,
            )
        if not self._recipient_email:
            text += " " + self.tr(
                "(no e-mail address is known for the level above: fill it in in Settings)"
            )
        self._notice(text)
        return path

    def open_signed(self, proxy_row: int) -> bool:
        proxy = self.ui.signedView.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        row = self.signed_model.row_data(proxy.mapToSource(proxy.index(proxy_row, 0)).row())
        path = find_file(row, self.memory, self._folder)
        if path is None:
            self._notice(
                fill(
                    self.tr("%1 is no longer where it was saved (%2)."),
                    str(row.get("file") or ""),
                    self._folder,
                ),
                error=True,
            )
            return False
        return open_file(path, self.open_url)

    def ask_correct(self) -> Any:
        signed = self.signed_return()
        if signed is None:
            return None
        box = confirm_box(
            self,
            self.tr("Consolidate again"),
            fill(
                self.tr("Open the consolidation of %1 (version %2) again?"),
                self.ui.periodCombo.currentText(),
                str(signed["version"]),
            ),
            fill(
                self.tr(
                    "The signed files stay valid and in the list; the next signed consolidated "
                    "return becomes version %1, with the returns accepted by then."
                ),
                str(signed["version"] + 1),
            ),
            (self.tr("Consolidate again"), self.tr("Cancel")),
            self.correct,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_box = box
        box.open()
        return box

    def correct(self) -> None:
        if self._workspace is None:
            return
        try:
            version = jobs.correct(self._workspace.db, self.period())
        except PlanDeskError as exc:
            self._notice(error_text(exc), error=True)
            return
        self.signed = None
        self.prepared = None
        self.refresh()
        self.data_changed.emit()
        self._notice(
            fill(self.tr("The next signed consolidated return is version %1."), str(version))
        )

    # -- the window --------------------------------------------------------------------------
    def busy(self) -> bool:
        """Work running in the background (a screenshot waits for it)."""
        return self._task is not None

    def first_focus(self) -> Any:
        return self.ui.periodCombo

    def remember_layout(self, memory: LayoutMemory) -> None:
        self.memory = memory
        if memory.folder():
            self._folder = existing_folder(Path(memory.folder()), Path(self._folder))

    def retranslate(self) -> None:
        ui = self.ui
        ui.titleLabel.setText(self.title())
        ui.introLabel.setText(
            self.tr(
                "The returns taken in for a period, added up into this institution's own "
                "return for the level above: signed, saved as PDF and Excel, sent by e-mail."
            )
        )
        ui.periodCaption.setText(self.tr("Period:"))
        ui.languageCaption.setText(self.tr("Language of the return:"))
        ui.previewButton.setText(self.tr("Preview"))
        ui.signButton.setText(self.tr("Sign and save…"))
        ui.emailButton.setText(self.tr("Prepare e-mail"))
        ui.emailButton.setToolTip(self.tr("After signing: an e-mail with both files attached"))
        ui.correctButton.setText(self.tr("Consolidate again…"))
        ui.cancelButton.setText(self.tr("Cancel"))
        ui.zoomInButton.setToolTip(self.tr("Zoom in (Ctrl+plus)"))
        ui.zoomOutButton.setToolTip(self.tr("Zoom out (Ctrl+minus)"))
        ui.fitButton.setText(self.tr("Fit width"))
        ui.tabs.setTabText(TAB_INPUTS, self.tr("What goes in"))
        ui.tabs.setTabText(TAB_FIGURES, self.tr("Figures"))
        ui.tabs.setTabText(TAB_PREVIEW, self.tr("Preview"))
        for model in (self.inputs, self.figures, self.signed_model):
            model.retranslate()
        # the titles changed length: the columns fit them again
        self._fit(self.ui.inputsView, COL_NAME)
        self._fit(self.ui.figuresView, F_ACTIVITY)
        if self._notice_again is not None:  # a notice made here, said in the new language
            self._notice(self._notice_again(), again=self._notice_again)
        if not ui.preview.page_labels:
            ui.preview.show_message(self._preview_hint())
        self.ui.show_zoom()
        self._show()
        header = ui.signedView.horizontalHeader()
        header.setSectionResizeMode(COL_HASH, QHeaderView.ResizeMode.Stretch)
