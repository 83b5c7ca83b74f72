"""Import plan…: choose a file, check the mapping and rows, store it as the current plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.services.errors import PlanDeskError
from app.services.plan_file import store_imported_plan
from app.ui.plan.import_dialog import ImportDialog

if TYPE_CHECKING:
    from app.ui.pages.plan import PlanPage
    from app.ui.plan.editor import PlanEditor


def import_plan(page: PlanPage, editor: PlanEditor) -> bool:
    """True when a plan was stored (the editor has re-read the workspace then)."""
    path = page.choose_file()
    if path is None:
        return False
    try:
        dialog = ImportDialog(path, page)
    except PlanDeskError as exc:
        page.notify(
            QCoreApplication.translate("PlanImport", "This file cannot be imported: %1").replace(
                "%1", str(exc)
            )
        )
        return False
    try:
        if not page.run_dialog(dialog) or dialog.plan_data is None:
            return False
        data = dialog.plan_data
    finally:
        dialog.deleteLater()
    try:
        with editor.workspace.db.unit(f"import plan {path.name}") as session:
            store_imported_plan(session, data)
    except PlanDeskError as exc:
        page.notify(
            QCoreApplication.translate("PlanImport", "The plan was not imported: %1").replace(
                "%1", str(exc)
            )
        )
        return False
    editor.reload_all()
    return True
