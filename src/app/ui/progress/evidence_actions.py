"""The Progress page's evidence actions: attach (from disk or dropped), remove, open.

A mixin of :class:`app.ui.pages.progress.ProgressPage` (its texts keep that page's
translation context); every change is an undoable command.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from app.ui.formats import fill
from app.ui.messages import error_text
from app.ui.progress.commands import AttachCommand, RemoveEvidenceCommand


class EvidenceActions:
    """Needs: editor, model, details, undo_stack, _panel_targets, data_changed,
    update_details, _command_failed (the page provides them)."""

    editor: Any
    model: Any
    details: Any
    undo_stack: Any
    data_changed: Any
    _panel_targets: list[Any]

    def update_details(self, pending_status: str | None = None) -> None:
        raise NotImplementedError

    def _command_failed(self, message: str) -> None:
        raise NotImplementedError

    def attach_files(self, paths: list[Path]) -> None:
        from app.services.errors import PlanDeskError

        targets = self._panel_targets
        if len(targets) != 1 or self.editor is None:
            return
        t = targets[0]
        for path in paths:
            had_mark = self.model.cell(t.row, t.column).status is not None
            text = fill(
                QCoreApplication.translate("ProgressPage", "Attach %1 to %2 in %3"), path.name
            )
            text = text.replace("%2", t.code).replace("%3", t.period_key)
            command = AttachCommand(
                self.editor, t, path, had_mark, text, self._command_failed, self.update_details
            )
            try:
                command.execute()
            except PlanDeskError as exc:
                self.details.show_error(error_text(exc))
                return
            self.undo_stack.push(command)
        self.details.show_error("")
        self.data_changed.emit()

    def remove_evidence(self, attachment_id: int) -> None:
        from app.services.errors import PlanDeskError

        if self.editor is None:
            return
        name = next(
            (f["name"] for f in self.details.evidence.model.files if f["id"] == attachment_id), ""
        )
        command = RemoveEvidenceCommand(
            self.editor,
            attachment_id,
            fill(QCoreApplication.translate("ProgressPage", "Remove evidence file %1"), name),
            self._command_failed,
            self.update_details,
        )
        try:
            command.execute()
        except PlanDeskError as exc:
            self.details.show_error(error_text(exc))
            return
        self.undo_stack.push(command)
        self.data_changed.emit()

    def open_evidence(self, attachment_id: int) -> None:
        from app.services.attachments import export_copy
        from app.services.errors import PlanDeskError

        if self.editor is None:
            return
        try:
            path = self.editor.with_session(lambda s, _p: export_copy(s, attachment_id))
        except PlanDeskError as exc:
            self.details.show_error(error_text(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
