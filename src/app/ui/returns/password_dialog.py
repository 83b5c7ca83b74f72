"""Asking for the key password (one field, or two that must match) and for a confirmation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from app.ui.dashboard.palette import ERROR, tint
from app.ui.style import MUTED

MIN_PASSWORD = 8  # as app.services.identity.MIN_PASSWORD


class PasswordDialog(QDialog):
    """``confirm=True``: a new password, typed twice, at least MIN_PASSWORD characters."""

    def __init__(
        self,
        parent: Any,
        text: str,
        *,
        confirm: bool = False,
        check: Callable[[str], str] | None = None,
        pin: bool = False,
    ) -> None:
        """*check(password)*: a problem with it ("" when right), asked on OK: a wrong
        password is said here, before anything else happens, and the dialog stays. *pin*:
        the secret asked is a token's PIN."""
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.confirm = confirm
        self.check = check
        self.refusal = ""
        self.setWindowTitle(self.tr("Token PIN") if pin else self.tr("Key password"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        layout = QVBoxLayout(self)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("PIN:") if pin else self.tr("Password:"), self.password_edit)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("repeatEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if confirm:
            form.addRow(self.tr("Repeat:"), self.repeat_edit)
        else:
            self.repeat_edit.hide()
        layout.addLayout(form)
        self.hint = QLabel(self)
        self.hint.setObjectName("passwordHint")
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.password_edit.textChanged.connect(self._typed)
        self.repeat_edit.textChanged.connect(self._typed)
        self._check()

    def password(self) -> str:
        return self.password_edit.text()

    def _problem(self) -> str:
        if self.refusal:
            return self.refusal
        text = self.password_edit.text()
        if not text:
            return " "
        if self.confirm and len(text) < MIN_PASSWORD:
            return self.tr("At least %n characters.", "", MIN_PASSWORD)
        if self.confirm and text != self.repeat_edit.text():
            return self.tr("The two passwords are not the same.")
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.hint.setText(problem.strip())
        self.hint.setVisible(bool(problem.strip()))
        tint(self.hint, ERROR if self.refusal else MUTED)
        self.ok_button.setEnabled(not problem)

    def _typed(self, _text: str = "") -> None:
        self.refusal = ""  # the next try: the last refusal's line goes
        self._check()

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and self._problem():
            return
        if result == QDialog.DialogCode.Accepted and self.check is not None:
            refusal = self.check(self.password())
            if refusal:
                self.refusal = refusal
                self._check()
                self.password_edit.selectAll()
                self.password_edit.setFocus()
                return
        super().done(result)


def confirm_box(
    parent: Any,
    title: str,
    text: str,
    more: str,
    buttons: tuple[str, str],
    on_yes: Callable[[], None],
) -> QMessageBox:
    """A question with our own translated *buttons* (yes, no); "no" is the default."""
    box = QMessageBox(parent)
    box.setObjectName("confirmBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(more)
    yes = box.addButton(buttons[0], QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(buttons[1], QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    return box
