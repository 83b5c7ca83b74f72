"""Asking for the secrets of the keys that sign: the head's (a key password, or a token's
PIN) and the seal's when the institution has one. Checked on OK: a wrong one is said here,
before a folder is asked or anything is signed, and the dialog stays."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.ui.subordinates.dialogs import _buttons, _hint

if TYPE_CHECKING:
    from app.services.registry import KeyInfo

# check(secrets by role) -> (the role refused, its problem: "" for a wrong password or PIN)
Check = Callable[[dict[str, str]], tuple[str, str]]


class KeysDialog(QDialog):
    def __init__(self, parent: Any, text: str, keys: list[KeyInfo], check: Check) -> None:
        super().__init__(parent)
        self.setObjectName("keysDialog")
        self.keys = keys
        self.check = check
        self.setWindowTitle(self.tr("Sign"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.edits: dict[str, QLineEdit] = {}
        for key in keys:
            edit = QLineEdit(self)
            edit.setObjectName(f"{key.role}SecretEdit")
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setToolTip(key.subject)
            edit.textChanged.connect(self._typed)
            self.edits[key.role] = edit
            form.addRow(self._caption(key), edit)
        layout.addLayout(form)
        self.hint = _hint(self)
        layout.addWidget(self.hint)
        self.buttons, self.ok_button = _buttons(self, self.tr("Sign"), self.tr("Cancel"))
        layout.addWidget(self.buttons)
        self._typed()

    def _caption(self, key: KeyInfo) -> str:
        if key.role == "seal":
            return self.tr("Seal token's PIN:") if key.on_token else self.tr("Seal key password:")
        return self.tr("Token's PIN:") if key.on_token else self.tr("Key password:")

    def secrets(self) -> dict[str, str]:
        return {role: edit.text() for role, edit in self.edits.items()}

    def _typed(self, _text: str = "") -> None:
        self.hint.setText("")
        self.ok_button.setEnabled(all(edit.text() for edit in self.edits.values()))

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            if not all(self.secrets().values()):
                return
            role, problem = self.check(self.secrets())
            if role:
                key = next(k for k in self.keys if k.role == role)
                self.hint.setText(problem or self._wrong(key))
                edit = self.edits[role]
                edit.selectAll()
                edit.setFocus()
                return
        super().done(result)

    def _wrong(self, key: KeyInfo) -> str:
        if key.role == "seal":
            return self.tr("This does not open the seal's key. Type it again.")
        return self.tr("This does not open the signing key. Type it again.")
