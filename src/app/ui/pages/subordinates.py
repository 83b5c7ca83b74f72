"""The Subordinates page: the institutions that report here, their certificates and last
returns; add, edit, remove (with undo), import a list, trust a certificate (a file, or the
signer of a return received), issue an identity; search and filters."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
)

from app.services.errors import PlanDeskError
from app.services.institutions import KINDS
from app.ui.dialogs import show_error
from app.ui.formats import fill, number
from app.ui.messages import error_text
from app.ui.pages.base import Page
from app.ui.returns.password_dialog import confirm_box
from app.ui.returns.tasks import Task
from app.ui.subordinates import commands as cmd
from app.ui.subordinates import jobs
from app.ui.subordinates.columns import fit_columns, natural_widths
from app.ui.subordinates.dialogs import IssueDialog, SubordinateDialog, certificate_text
from app.ui.subordinates.model import (
    ALL,
    COL_CERT,
    COL_CODE,
    COL_EMAIL,
    COL_EXPIRES,
    COL_KIND,
    COL_LANGUAGE,
    COL_LAST,
    COL_NAME,
    EXPIRING,
    NO_CERTIFICATE,
    NO_RETURN,
    OBJECT_ROLE,
    RegistryFilter,
    RegistryModel,
)
from app.ui.subordinates.page_ui import SubordinatesPageUi
from app.ui.subordinates.received import ReceivedSignerDialog
from app.ui.subordinates.texts import kind_label
from app.ui.widgets.placeholder import fit_placeholder
from app.ui.window_files import existing_folder

if TYPE_CHECKING:
    from cryptography import x509

    from app.services.registry import CertFacts, RegistryRow
    from app.ui.layout_memory import LayoutMemory
    from app.ui.workspace import Workspace

# the most each column takes, in average characters (the name takes what is left)
WIDTHS = {
    COL_CODE: 20,
    COL_KIND: 22,
    COL_EMAIL: 28,
    COL_LANGUAGE: 14,
    COL_CERT: 30,
    COL_EXPIRES: 16,
    COL_LAST: 32,
}
NAME_CHARS = 28  # the name keeps at least this much room
OPTIONAL = (COL_LANGUAGE, COL_EMAIL, COL_KIND)  # left out, in this order, on a narrow screen


class SubordinatesPage(Page):
    name = "subordinates"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.undo_stack = self.stack
        self._workspace: Workspace | None = None
        self._task: Task | None = None
        self._language = "en"
        self._certs: dict[int, x509.Certificate] = {}
        self.last_message = ""
        self.last_box: Any = None
        self.last_dialog: Any = None
        self.last_lines: list[Any] = []
        self._widths: dict[int, int] = {}
        self.memory: LayoutMemory | None = None
        self._folder = existing_folder(
            Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        )
        # how the page asks for files; tests put their own here
        self.ask_open_file = self._ask_open_file
        self.model = RegistryModel(self)
        self.proxy = RegistryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.ui = SubordinatesPageUi()
        self.ui.setup_ui(self, self.proxy)
        # the viewport's own size: it is known only after the table's layout (headers, bars)
        self.ui.registryView.viewport().installEventFilter(self)
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.ui.addButton.clicked.connect(self.ask_add)
        self.ui.editButton.clicked.connect(self.ask_edit)
        self.ui.removeButton.clicked.connect(self.ask_remove)
        self.ui.importButton.clicked.connect(self.ask_import)
        self.ui.trustFileAction.triggered.connect(self.ask_trust_file)
        self.ui.trustReturnAction.triggered.connect(self.ask_trust_received)
        self.ui.issueButton.clicked.connect(self.ask_issue)
        self.ui.cancelButton.clicked.connect(self._cancel)
        self.ui.searchEdit.textChanged.connect(self._on_filter)
        self.ui.kindCombo.currentIndexChanged.connect(self._on_filter)
        self.ui.stateCombo.currentIndexChanged.connect(self._on_filter)
        self.ui.registryView.selectionModel().selectionChanged.connect(
            lambda *_: self._show_details()
        )
        self.ui.registryView.activated.connect(lambda _index: self.ask_edit())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.ui.registryView)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.ask_remove)

    # -- data --------------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        self.stack.clear()
        self.refresh()

    def refresh(self) -> None:
        rows: list[RegistryRow] = []
        labels: dict[str, str] = {}
        ws = self._workspace
        if ws is not None:
            from app.services.registry import registry_rows

            if ws.plan is not None:
                labels = {p.key: p.label for p in ws.plan.periods}
            try:
                with ws.db.unit() as session:
                    rows = registry_rows(session)
                    self._language = _own_language(session)
            except PlanDeskError as exc:
                self._notice(error_text(exc), error=True)
        selected = self.selected_codes()
        self.model.set_rows(rows, labels)
        self._measure_columns()
        self.select(selected[0] if selected else "")
        self._show()

    def selected_codes(self) -> list[str]:
        rows = (
            self.ui.registryView.selectionModel().selectedRows()
            if self.ui.registryView.selectionModel()
            else []
        )
        return [row.data(OBJECT_ROLE).code for row in sorted(rows, key=lambda i: i.row())]

    def select(self, code: str) -> None:
        row = self.model.row_of(code) if code else -1
        if row < 0:
            self.ui.registryView.clearSelection()
            self._show_details()
            return
        index = self.proxy.mapFromSource(self.model.index(row, COL_CODE))
        if index.isValid():
            self.ui.registryView.setCurrentIndex(index)
            self.ui.registryView.selectRow(index.row())
            self.ui.registryView.scrollTo(index)
        self._show_details()

    def current_row(self) -> RegistryRow | None:
        codes = self.selected_codes()
        if len(codes) != 1:
            return None
        row = self.model.row_of(codes[0])
        return self.model.row_data(row) if row >= 0 else None

    # -- showing -----------------------------------------------------------------------------
    def _show(self) -> None:
        ws = self._workspace
        busy = self._task is not None
        has_db = ws is not None
        one = self.current_row() is not None
        some = bool(self.selected_codes())
        self.ui.addButton.setEnabled(has_db and not busy)
        self.ui.importButton.setEnabled(has_db and not busy)
        self.ui.editButton.setEnabled(one and not busy)
        self.ui.removeButton.setEnabled(some and not busy)
        self.ui.trustButton.setEnabled(one and not busy)
        self.ui.issueButton.setEnabled(one and not busy)
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == shown:
            text = self.tr("%n subordinate(s)", "", total)
        else:
            text = fill(self.tr("%1 of %2 shown"), number(shown), number(total))
        self.ui.countLabel.setText(text)

    def _measure_columns(self) -> None:
        """What each column needs for its title and the first rows (after a new read)."""
        char = self.fontMetrics().averageCharWidth()
        caps = {column: char * chars for column, chars in WIDTHS.items()}
        self._widths = natural_widths(self.ui.registryView, caps, rows=30)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The name takes the rest (at least NAME_CHARS); where that does not fit, language,
        e-mail and kind are left out, in that order (the details below show them)."""
        if not self._widths:
            return
        char = self.fontMetrics().averageCharWidth()
        fit_columns(self.ui.registryView, self._widths, COL_NAME, char * NAME_CHARS, OPTIONAL)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if watched is self.ui.registryView.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _show_details(self) -> None:
        self._show()
        row = self.current_row()
        if row is None or self._workspace is None:
            count = len(self.selected_codes())
            self.ui.detailsLabel.setText(
                self.tr("%n subordinates selected.", "", count)
                if count
                else self.tr("Choose a subordinate to see its certificates.")
            )
            return
        from app.services.registry import bound_certificates

        try:
            with self._workspace.db.unit() as session:
                certs = bound_certificates(session, row.code)
        except PlanDeskError as exc:
            self.ui.detailsLabel.setText(error_text(exc))
            return
        parts = [f"{row.code} · {row.name}"]
        if row.email:
            parts.append(row.email)
        if not certs and not row.subjects:
            parts.append(
                self.tr(
                    "No certificate is trusted for it yet: trust its certificate file, the "
                    "certificate of a return it sent, or issue it an identity."
                )
            )
        for facts, _authority in certs:
            parts.append(certificate_text(facts))
        if row.subjects:
            parts.append(self.tr("Certificate subjects bound: %n", "", row.subjects))
        self.ui.detailsLabel.setText("\n\n".join(parts))

    def _notice(self, text: str, *, error: bool = False) -> None:
        self.last_message = text
        self.ui.noticeLabel.setText(text)
        self.ui.noticeLabel.setProperty("role", "error" if error else "muted")
        self.ui.noticeLabel.style().unpolish(self.ui.noticeLabel)
        self.ui.noticeLabel.style().polish(self.ui.noticeLabel)
        self.ui.noticeLabel.setVisible(bool(text))

    def _on_filter(self, *_args: object) -> None:
        self.proxy.set_filter(
            self.ui.searchEdit.text(),
            str(self.ui.kindCombo.currentData() or ""),
            str(self.ui.stateCombo.currentData() or ALL),
        )
        self._show()

    # -- changes (undo) ----------------------------------------------------------------------
    def _run(self, summary: str, work: cmd.Work) -> Any:
        """*work* in one unit of work, then the registry read again (raises PlanDeskError)."""
        assert self._workspace is not None
        with self._workspace.db.unit(summary) as session:
            result = work(session)
        self.refresh()
        if isinstance(result, str):
            self.select(result)
        self.data_changed.emit()
        return result

    def _report(self, message: str) -> None:
        self.last_box = show_error(self, self.tr("The change could not be made"), message)

    def _push(self, command: cmd.RegistryCommand) -> bool:
        try:
            command.execute()
        except PlanDeskError as exc:
            self._report(error_text(exc))
            return False
        self.stack.push(command)
        return True

    def ask_add(self) -> SubordinateDialog | None:
        if self._workspace is None:
            return None
        taken = {row.code for row in self.model.rows()}
        dialog = SubordinateDialog(self, None, taken, self._language, self._choose_trust_file)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add(dialog.data(), dialog.trust_file))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def add(self, data: Any, trust_file: Path | None = None) -> bool:
        certs = self._read_certificates(trust_file) if trust_file is not None else []
        if certs is None:
            return False
        text = fill(self.tr("Add subordinate %1"), data.code)
        return self._push(cmd.AddCommand(self._run, self._report, text, data, certs))

    def ask_edit(self) -> SubordinateDialog | None:
        row = self.current_row()
        if row is None or self._workspace is None:
            return None
        from app.services.subordinates import SubordinateInput

        data = SubordinateInput(row.code, row.name, row.email, row.kind, row.language)
        dialog = SubordinateDialog(self, data, set(), self._language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.edit(dialog.data()))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def edit(self, data: Any) -> bool:
        text = fill(self.tr("Edit subordinate %1"), data.code)
        return self._push(cmd.EditCommand(self._run, self._report, text, data))

    def ask_remove(self) -> Any:
        codes = self.selected_codes()
        if not codes or self._task is not None:
            return None
        box = confirm_box(
            self,
            self.tr("Remove subordinates"),
            self.tr("Remove %n subordinate(s) from the registry?", "", len(codes)),
            self.tr(
                "Their returns are no longer taken in nor awaited. What was received from them "
                "and their certificates are kept; Edit → Undo puts them back."
            ),
            (self.tr("Remove"), self.tr("Keep")),
            lambda: self._ignore(self.remove(codes)),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_box = box
        box.open()
        return box

    def remove(self, codes: list[str]) -> bool:
        text = self.tr("Remove %n subordinate(s)", "", len(codes))
        return self._push(cmd.RemoveCommand(self._run, self._report, text, codes))

    # -- certificates ------------------------------------------------------------------------
    def _ask_open_file(self, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, self._folder, filters)
        if not name:
            return None
        self._folder = str(Path(name).parent)
        return Path(name)

    def _certificate_filter(self) -> str:
        return self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)")

    def _read_certificates(self, path: Path) -> list[x509.Certificate] | None:
        from app.services.identity import load_certificates

        try:
            if path.stat().st_size > 1024 * 1024:
                raise PlanDeskError(self.tr("The file is too large to be a certificate."))
            return load_certificates(path.read_bytes())
        except PlanDeskError as exc:
            self._report(error_text(exc))
        except OSError as exc:
            self._report(f"{path}: {exc.strerror or exc}")
        return None

    def _choose_trust_file(self) -> tuple[Path, list[CertFacts]] | None:
        """For the Add dialog: a certificate file and what it holds."""
        from app.services.registry import certificate_facts

        path = self.ask_open_file(
            self.tr("The institution's certificate"), self._certificate_filter()
        )
        if path is None:
            return None
        certs = self._read_certificates(path)
        if not certs:
            return None
        facts = [certificate_facts(_pem(c)) for c in certs]
        return path, [f for f in facts if f is not None]

    def ask_trust_file(self) -> Any:
        row = self.current_row()
        if row is None:
            return None
        path = self.ask_open_file(
            fill(self.tr("Certificate of %1"), row.code), self._certificate_filter()
        )
        if path is None:
            return None
        certs = self._read_certificates(path)
        if not certs:
            return None
        from app.services.registry import certificate_facts

        facts = [f for f in (certificate_facts(_pem(c)) for c in certs) if f is not None]
        box = confirm_box(
            self,
            self.tr("Trust a certificate"),
            fill(self.tr("Trust this certificate for %1 (%2)?"), row.name, row.code),
            "\n\n".join(certificate_text(f) for f in facts),
            (self.tr("Trust"), self.tr("Cancel")),
            lambda: self._ignore(self.bind(row.code, certs)),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_box = box
        box.open()
        return box

    def bind(self, code: str, certs: list[x509.Certificate]) -> bool:
        self.stack.beginMacro(fill(self.tr("Trust a certificate for %1"), code))
        try:
            for cert in certs:
                text = fill(self.tr("Trust a certificate for %1"), code)
                if not self._push(cmd.BindCommand(self._run, self._report, text, code, cert)):
                    return False
        finally:
            self.stack.endMacro()
        self._notice(fill(self.tr("%1 now signs with a trusted certificate."), code))
        return True

    def ask_trust_received(self) -> ReceivedSignerDialog | None:
        row = self.current_row()
        if row is None or self._workspace is None:
            return None
        from app.services.registry import received_signers

        try:
            with self._workspace.db.unit() as session:
                received = received_signers(session, row.code)
        except PlanDeskError as exc:
            self._report(error_text(exc))
            return None
        self._certs = {}
        dialog = ReceivedSignerDialog(self, row.code, row.name, received, self._read_signer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._trust_received(row.code, dialog))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _read_signer(self, return_id: int) -> tuple[CertFacts | None, str]:
        from app.services.registry import certificate_facts, signer_of_return

        assert self._workspace is not None
        try:
            with self._workspace.db.unit() as session:
                cert = signer_of_return(session, return_id)
        except PlanDeskError as exc:
            return None, error_text(exc)
        self._certs[return_id] = cert
        return certificate_facts(_pem(cert)), ""

    def _trust_received(self, code: str, dialog: ReceivedSignerDialog) -> None:
        chosen = dialog.chosen()
        if chosen is None or chosen.return_id not in self._certs:
            return
        again = dialog.take_in_again()
        if self.bind(code, [self._certs[chosen.return_id]]) and again:
            self.take_in_again(chosen.return_id)

    def take_in_again(self, return_id: int) -> Task | None:
        if self._workspace is None:
            return None
        fn = partial(jobs.take_in_again, db=self._workspace.db, return_id=return_id)
        return self._start(fn, self._on_taken_again, self.tr("Taking the return in again…"))

    def _on_taken_again(self, lines: list[Any]) -> None:
        self._end()
        self.last_lines = lines
        from app.ui.intake.reasons import reason_text

        for line in lines:
            if line.taken:
                self._notice(fill(self.tr("%1 was taken in."), line.file))
            else:
                reason = reason_text(
                    line.note.code.value if line.note else "",
                    line.note.params if line.note else {},
                    line.reason,
                )
                self._notice(f"{line.file}: {reason}", error=True)
        self.refresh()
        self.data_changed.emit()

    # -- a list ------------------------------------------------------------------------------
    def ask_import(self) -> Task | None:
        path = self.ask_open_file(
            self.tr("List of subordinates"),
            self.tr("Lists (*.xlsx *.csv);;All files (*)"),
        )
        return self.import_list(path) if path is not None else None

    def import_list(self, path: Path) -> Task | None:
        if self._workspace is None or self._task is not None:
            return None
        fn = partial(jobs.import_list, db=self._workspace.db, path=path)
        return self._start(fn, self._on_imported, self.tr("Reading the list…"))

    def _on_imported(self, result: jobs.ListImported) -> None:
        self._end()
        new = sum(1 for code in result.after if code not in result.before)
        text = fill(self.tr("Import the list %1"), result.path.name)
        command = cmd.ImportListCommand(self._run, self._report, text, result.before, result.after)
        self.stack.push(command)
        self.refresh()
        self.data_changed.emit()
        self._notice(
            fill(
                self.tr("%1: %2 new, %3 updated."),
                result.path.name,
                number(new),
                number(len(result.after) - new),
            )
        )

    # -- identities --------------------------------------------------------------------------
    def ask_issue(self) -> IssueDialog | None:
        row = self.current_row()
        if row is None or self._workspace is None:
            return None
        from app.services.identity import safe_file_part
        from app.services.registry import issuing_refusal
        from app.ui.messages import message_text

        with self._workspace.db.unit() as session:
            refusal = issuing_refusal(session)
        if refusal is not None:
            self.last_box = show_error(
                self,
                self.tr("Issue an identity"),
                self.tr("No identity can be issued here."),
                message_text(refusal, {}),
            )
            return None
        start = Path(self._folder) / f"{safe_file_part(row.code)}.p12"
        dialog = IssueDialog(self, row.code, row.name, start, self._own_password_problem)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.issue(
                row.code, dialog.own_edit.text(), dialog.new_edit.text(), dialog.target()
            )
        )
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _own_password_problem(self, password: str) -> str:
        from app.services.errors import ValidationError
        from app.services.registry import check_own_password

        assert self._workspace is not None
        try:
            with self._workspace.db.unit() as session:
                check_own_password(session, password)
        except ValidationError:
            return self.tr("This password does not open your signing key. Type it again.")
        except PlanDeskError as exc:
            return error_text(exc)
        return ""

    def issue(self, code: str, own: str, new: str, out: Path) -> Task | None:
        if self._workspace is None or self._task is not None:
            return None
        self._folder = str(out.parent)
        if self.memory is not None:
            self.memory.set_folder(self._folder)
        fn = partial(
            jobs.issue_identity, db=self._workspace.db, code=code, own=own, new=new, out=out
        )
        return self._start(
            fn, lambda path: self._on_issued(code, path), self.tr("Issuing the identity…")
        )

    def _on_issued(self, code: str, path: Path) -> None:
        self._end()
        self.refresh()
        self.select(code)
        self.data_changed.emit()
        self._notice(
            fill(
                self.tr(
                    "The identity of %1 was written to %2; its certificate is trusted for it. "
                    "Tell the password separately."
                ),
                code,
                str(path),
            )
        )

    @staticmethod
    def _ignore(_result: object) -> None:
        """For callbacks that want nothing back."""

    # -- background work ---------------------------------------------------------------------
    def _start(self, fn: Any, on_done: Any, text: str) -> Task:
        task = Task(fn)
        self._task = task
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

    def _end(self) -> None:
        self._task = None
        self.ui.progressRow.hide()
        self._show()

    def _on_failed(self, message: str) -> None:
        self._end()
        self._notice(
            message
            or self.tr(
                "Something unexpected went wrong; nothing was saved. The details are in the "
                "log file."
            ),
            error=True,
        )

    def _on_cancelled(self) -> None:
        self._end()
        self._notice(self.tr("Cancelled; nothing was saved."))

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.progressLabel.setText(self.tr("Stopping…"))

    # -- the window --------------------------------------------------------------------------
    def perform(self, action: str) -> None:
        if action == "find":
            self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.ui.searchEdit.selectAll()
        elif action == "add":
            self.ask_add()

    def first_focus(self) -> Any:
        return self.ui.registryView if self.model.rowCount() else self.ui.addButton

    def remember_layout(self, memory: LayoutMemory) -> None:
        self.memory = memory
        if memory.folder():
            self._folder = existing_folder(Path(memory.folder()), Path(self._folder))
        memory.splitter(self.ui.splitter, "subordinates.splitter")

    def retranslate(self) -> None:
        self.ui.titleLabel.setText(self.title())
        self.ui.introLabel.setText(
            self.tr(
                "The institutions that report here. A return is taken in only when it is "
                "signed with a certificate trusted for its institution."
            )
        )
        self.ui.addButton.setText(self.tr("Add…"))
        self.ui.editButton.setText(self.tr("Edit…"))
        self.ui.removeButton.setText(self.tr("Remove"))
        self.ui.importButton.setText(self.tr("Import a list…"))
        self.ui.importButton.setToolTip(
            self.tr("An Excel or CSV file with columns for code and name (e-mail, kind, language)")
        )
        self.ui.trustButton.setText(self.tr("Certificate"))
        self.ui.trustFileAction.setText(self.tr("Trust a certificate file…"))
        self.ui.trustReturnAction.setText(self.tr("Certificate of a return received…"))
        self.ui.issueButton.setText(self.tr("Issue an identity…"))
        self.ui.issueButton.setToolTip(
            self.tr("A key and certificate for it, in a file with its own password")
        )
        self.ui.searchEdit.setPlaceholderText(self.tr("Search code, name or e-mail"))
        fit_placeholder(self.ui.searchEdit)
        self.ui.kindCaption.setText(self.tr("Kind:"))
        self.ui.stateCaption.setText(self.tr("Show:"))
        self.ui.cancelButton.setText(self.tr("Cancel"))
        self._fill_filters()
        self.model.retranslate()
        self._measure_columns()
        self._show_details()

    def _fill_filters(self) -> None:
        for combo, items in (
            (self.ui.kindCombo, [("", self.tr("All kinds"))] + [(k, kind_label(k)) for k in KINDS]),
            (
                self.ui.stateCombo,
                [
                    (ALL, self.tr("All")),
                    (NO_CERTIFICATE, self.tr("Without a certificate")),
                    (EXPIRING, self.tr("Certificate expiring or expired")),
                    (NO_RETURN, self.tr("No return received yet")),
                ],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for data, text in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)


def _pem(cert: x509.Certificate) -> str:
    from cryptography.hazmat.primitives import serialization

    return cert.public_bytes(serialization.Encoding.PEM).decode()


def _own_language(session: Any) -> str:
    from app.services.institutions import get_self

    me = get_self(session)
    return me.language if me is not None and me.language else "en"
