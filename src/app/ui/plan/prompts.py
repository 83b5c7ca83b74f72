"""The page's default ways to ask and tell (tests pass their own functions instead)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.ui.dialogs import show_message


def confirm(parent: QWidget, title: str, question: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    yes = box.addButton(
        QCoreApplication.translate("PlanPrompts", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    no = box.addButton(
        QCoreApplication.translate("PlanPrompts", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_trust(parent: QWidget, text: str, details: str) -> bool:
    """Trust a signer's certificate (shown by its fingerprint)? Cancel is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PlanPrompts", "Trust this certificate?"))
    box.setText(text)
    box.setInformativeText(details)
    yes = box.addButton(
        QCoreApplication.translate("PlanPrompts", "Trust and import"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    no = box.addButton(
        QCoreApplication.translate("PlanPrompts", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def notify(parent: QWidget, text: str) -> None:
    show_message(
        parent,
        QMessageBox.Icon.Information,
        QCoreApplication.translate("PlanPrompts", "Plan"),
        text,
    )


def run_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_plan_file(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PlanPrompts", "Import plan"),
        "",
        QCoreApplication.translate(
            "PlanPrompts", "Plan tables (*.xlsx *.xlsm *.csv *.tsv *.txt *.json);;All files (*)"
        ),
    )
    return Path(name) if name else None
