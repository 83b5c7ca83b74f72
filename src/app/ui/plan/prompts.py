"""The page's default ways to ask and tell (tests pass their own functions instead)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.ui.dialogs import show_message


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanPrompts", text)


def confirm(parent: QWidget, title: str, question: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    yes = box.addButton(_tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def notify(parent: QWidget, text: str) -> None:
    show_message(parent, QMessageBox.Icon.Information, _tr("Plan"), text)


def run_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_plan_file(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        _tr("Import plan"),
        "",
        _tr("Plan tables (*.xlsx *.xlsm *.csv *.tsv *.txt *.json);;All files (*)"),
    )
    return Path(name) if name else None
