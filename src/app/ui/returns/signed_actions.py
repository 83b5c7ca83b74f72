"""The Returns page's signed files: prepare the e-mail of any signed period (after a restart
too), open a signed return or its folder from the list (double-click, Enter, context menu),
correct a signed return (which unlocks its period).

A mixin of :class:`app.ui.pages.returns.ReturnsPage` (its texts keep that page's
translation context).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.services.errors import PlanDeskError
from app.ui.formats import fill
from app.ui.messages import error_text
from app.ui.returns import jobs
from app.ui.returns.password_dialog import confirm_box
from app.ui.returns.signed_files import (
    files_of_version,
    find_file,
    open_email,
    open_file,
    show_folder,
)

if TYPE_CHECKING:
    from app.ui.layout_memory import LayoutMemory
    from app.ui.returns.returns_ui import ReturnsUi

    _Widget = QWidget  # the page this is mixed into is a widget
else:
    _Widget = object


class SignedReturnActions(_Widget):
    """Needs (the page provides them): signed, memory, open_url, model, proxy, ui,
    _state, _workspace, _folder, last_email, data_changed, period(), signed_return(),
    refresh(), _notice(), _on_row_clicked()."""

    signed: jobs.Signed | None
    memory: LayoutMemory | None
    open_url: Any
    model: Any
    proxy: Any
    ui: ReturnsUi
    _state: Any
    _workspace: Any
    _folder: str
    last_email: Path | None

    data_changed: Any

    def period(self) -> str:
        raise NotImplementedError

    def signed_return(self, period: str) -> dict[str, Any] | None:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def _notice(self, text: str, *, error: bool = False) -> None:
        raise NotImplementedError

    def _on_row_clicked(self, index: Any) -> None:
        raise NotImplementedError

    def _signed_files(self, period: str) -> jobs.Signed | None:
        """The signed files of *period*'s newest version, found where they were saved."""
        if self.signed is not None and self.signed.payload["period"]["key"] == period:
            return self.signed
        rows = files_of_version(self._state.returns, period)
        if not rows or self._workspace is None:
            return None
        paths = [find_file(row, self.memory, self._folder) for row in rows]
        missing = [str(row["file"]) for row, path in zip(rows, paths, strict=True) if path is None]
        if missing:
            self._notice(
                fill(
                    QCoreApplication.translate(
                        "ReturnsPage",
                        "The signed files %1 are no longer where they were saved (%2). Sign the "
                        "period again after “Correct this return…”, or copy them back there.",
                    ),
                    ", ".join(missing),
                    self._folder,
                ),
                error=True,
            )
            return None
        files = [p for p in paths if p is not None]
        payload = jobs.signed_payload(self._workspace.db, files)
        return jobs.Signed(files, payload, [str(r["file_sha256"]) for r in rows])

    def prepare_email(self) -> Path | None:
        """An .eml with the period's signed files attached, opened in the mail program (or
        shown in its folder when there is none)."""
        try:
            signed = self._signed_files(self.period())
            if signed is None:
                return None
            folder = signed.files[0].parent
            path = jobs.write_email(signed, folder, self._state.recipient_email)
        except (PlanDeskError, OSError) as exc:
            self._notice(error_text(exc), error=True)
            return None
        self.last_email = path
        opened = open_email(path, self.open_url)
        if opened:
            text = fill(
                QCoreApplication.translate(
                    "ReturnsPage", "The e-mail is open in your mail program: %1"
                ),
                str(path),
            )
        else:
            text = fill(
                QCoreApplication.translate(
                    "ReturnsPage",
                    "No mail program opened the e-mail, so its folder is shown: attach or drag "
                    "%1 into your mail.",
                ),
                path.name,
            )
        if not self._state.recipient_email:
            text += " " + QCoreApplication.translate(
                "ReturnsPage", "(no e-mail address is known for the recipient: fill it in)"
            )
        self._notice(text)
        return path

    # -- the list of signed returns ----------------------------------------------------------
    def _row_file(self, proxy_row: int) -> Path | None:
        row = self.model.row_data(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row())
        path = find_file(row, self.memory, self._folder)
        if path is None:
            self._notice(
                fill(
                    QCoreApplication.translate(
                        "ReturnsPage", "%1 is no longer where it was saved (%2)."
                    ),
                    str(row.get("file") or ""),
                    self._folder,
                ),
                error=True,
            )
        return path

    def open_return(self, proxy_row: int) -> bool:
        """Double-click or Enter on a signed return: the file opens."""
        path = self._row_file(proxy_row)
        return path is not None and open_file(path, self.open_url)

    def show_return_folder(self, proxy_row: int) -> bool:
        path = self._row_file(proxy_row)
        return path is not None and show_folder(path, self.open_url)

    def _row_menu(self, pos: Any) -> QMenu | None:
        index = self.ui.returnsView.indexAt(pos)
        if not index.isValid():
            return None
        menu = self.row_menu(index.row())
        menu.popup(self.ui.returnsView.viewport().mapToGlobal(pos))
        return menu

    def row_menu(self, proxy_row: int) -> QMenu:
        """What can be done with a signed return of the list (its context menu)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(
            QCoreApplication.translate("ReturnsPage", "Open"),
            lambda: self.open_return(proxy_row),
        )
        menu.addAction(
            QCoreApplication.translate("ReturnsPage", "Show in folder"),
            lambda: self.show_return_folder(proxy_row),
        )
        menu.addAction(
            QCoreApplication.translate("ReturnsPage", "Prepare e-mail"),
            self._email_of_row(proxy_row),
        )
        return menu

    def _email_of_row(self, proxy_row: int) -> Any:
        def run() -> None:
            self._on_row_clicked(self.proxy.index(proxy_row, 0))
            self.prepare_email()

        return run

    # -- correcting ----------------------------------------------------------------------
    def ask_correct(self) -> QMessageBox | None:
        signed = self.signed_return(self.period())
        if signed is None:
            return None
        box = confirm_box(
            self,
            QCoreApplication.translate("ReturnsPage", "Correct this return"),
            fill(
                QCoreApplication.translate("ReturnsPage", "Correct the return of %1 (version %2)?"),
                self.ui.periodCombo.currentText(),
                str(signed["version"]),
            ),
            fill(
                QCoreApplication.translate(
                    "ReturnsPage",
                    "The period opens for changes. The signed files stay valid and in the list; "
                    "the next signed return becomes version %1 and replaces it.",
                ),
                str(signed["version"] + 1),
            ),
            (
                QCoreApplication.translate("ReturnsPage", "Correct"),
                QCoreApplication.translate("ReturnsPage", "Cancel"),
            ),
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
            self._notice(error_text(exc), error=True)
            return
        self.signed = None
        self._notice(
            fill(
                QCoreApplication.translate(
                    "ReturnsPage",
                    "The period is open for changes; the next signed return is version %1.",
                ),
                str(version),
            )
        )
        self.refresh()
        self.data_changed.emit()
