"""Import plan…: choose a file, check the mapping and rows, store it as the current plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.services.errors import PlanDeskError
from app.ui.formats import fill
from app.ui.messages import error_text
from app.ui.plan.commands import ImportPlanCommand
from app.ui.plan.import_dialog import ImportDialog
from app.ui.plan.template_import import import_template, is_template_file

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from app.ui.pages.plan import PlanPage
    from app.ui.plan.editor import PlanEditor


def import_plan(page: PlanPage, editor: PlanEditor, undo_stack: QUndoStack) -> bool:
    """True when a plan was stored (the editor has re-read the workspace then); the import
    is an undoable command on *undo_stack*."""
    path = page.choose_file()
    if path is None:
        return False
    if is_template_file(path):
        return import_template(page, editor, path)
    try:
        dialog = ImportDialog(path, page)
    except PlanDeskError as exc:
        page.notify(
            fill(
                QCoreApplication.translate("PlanImport", "This file cannot be imported: %1"),
                error_text(exc),
            )
        )
        return False
    try:
        if not page.run_dialog(dialog) or dialog.plan_data is None:
            return False
        data = dialog.plan_data
    finally:
        dialog.deleteLater()
    text = fill(QCoreApplication.translate("PlanImport", "Import plan from %1"), path.name)
    command = ImportPlanCommand(editor, text, data)
    try:
        command.execute()
    except PlanDeskError as exc:
        page.notify(
            fill(
                QCoreApplication.translate("PlanImport", "The plan was not imported: %1"),
                error_text(exc),
            )
        )
        return False
    undo_stack.push(command)
    return True
