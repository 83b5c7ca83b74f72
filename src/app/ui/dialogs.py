"""Message boxes with every button text translated by us (Qt ships no ro/vi catalogue).

Boxes are opened with ``open()``: they never block the caller, so tests can find them with
qtbot and start-up code can go on; ``on_close`` runs when the clerk dismisses the box.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

OBJECT_NAME = "plandeskMessage"


def build_message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(OBJECT_NAME)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    ok = box.addButton(
        QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    return box


def show_message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
    on_close: Callable[[], None] | None = None,
) -> QMessageBox:
    """Open a message box without blocking; returns it (tests close it)."""
    box = build_message(parent, icon, title, text, informative)
    if on_close is not None:
        box.finished.connect(lambda _result: on_close())
    box.open()
    return box


def show_error(
    parent: QWidget | None,
    title: str,
    text: str,
    informative: str = "",
    on_close: Callable[[], None] | None = None,
) -> QMessageBox:
    return show_message(parent, QMessageBox.Icon.Critical, title, text, informative, on_close)


def show_warning(
    parent: QWidget | None,
    title: str,
    text: str,
    informative: str = "",
    on_close: Callable[[], None] | None = None,
) -> QMessageBox:
    return show_message(parent, QMessageBox.Icon.Warning, title, text, informative, on_close)
