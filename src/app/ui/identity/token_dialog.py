"""Choosing a key on a token (a USB e-signature token or a smart card): the module, the token,
its PIN, then the key with its certificate. The PIN opens the token to list and check the key;
it is never kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import PlanDeskError
from app.ui.dashboard.palette import ERROR, tint
from app.ui.messages import error_text

ROLE = Qt.ItemDataRole.UserRole


class TokenDialog(QDialog):
    """``chosen()`` after accept: (module, token label, key label, PIN)."""

    def __init__(self, parent: Any, intro: str) -> None:
        super().__init__(parent)
        self.setObjectName("tokenDialog")
        self.setWindowTitle(self.tr("Use a key on a token"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        layout = QVBoxLayout(self)
        self.introLabel = QLabel(intro, self)
        self.introLabel.setWordWrap(True)
        layout.addWidget(self.introLabel)
        form = QFormLayout()
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.moduleCombo = QComboBox(row)
        self.moduleCombo.setObjectName("moduleCombo")
        self.moduleCombo.setEditable(True)
        self.moduleCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.moduleCombo.setMinimumContentsLength(30)
        self.browseButton = QPushButton(self.tr("Browse…"), row)
        self.findButton = QPushButton(self.tr("Find tokens"), row)
        self.findButton.setObjectName("findButton")
        line.addWidget(self.moduleCombo, 1)
        line.addWidget(self.browseButton)
        line.addWidget(self.findButton)
        form.addRow(self.tr("Token program (PKCS#11 module):"), row)
        self.tokenList = QListWidget(self)
        self.tokenList.setObjectName("tokenList")
        self.tokenList.setMaximumHeight(self.fontMetrics().height() * 5)
        form.addRow(self.tr("Token:"), self.tokenList)
        pin_row = QWidget(self)
        pin_line = QHBoxLayout(pin_row)
        pin_line.setContentsMargins(0, 0, 0, 0)
        self.pinEdit = QLineEdit(pin_row)
        self.pinEdit.setObjectName("pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.keysButton = QPushButton(self.tr("Show its keys"), pin_row)
        self.keysButton.setObjectName("keysButton")
        pin_line.addWidget(self.pinEdit, 1)
        pin_line.addWidget(self.keysButton)
        form.addRow(self.tr("PIN:"), pin_row)
        self.keyList = QListWidget(self)
        self.keyList.setObjectName("keyList")
        self.keyList.setMaximumHeight(self.fontMetrics().height() * 6)
        form.addRow(self.tr("Key:"), self.keyList)
        layout.addLayout(form)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.hide()
        layout.addWidget(self.messageLabel)
        self.buttons = QDialogButtonBox(self)
        self.okButton = self.buttons.addButton(
            self.tr("Use this key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.moduleCombo, self.findButton)
        self.setTabOrder(self.findButton, self.tokenList)
        self.setTabOrder(self.tokenList, self.pinEdit)
        self.setTabOrder(self.pinEdit, self.keysButton)
        self.setTabOrder(self.keysButton, self.keyList)
        self._connect_signals()
        self._fill_modules()
        self._check()

    def _connect_signals(self) -> None:
        self.browseButton.clicked.connect(self._browse)
        self.findButton.clicked.connect(self.find_tokens)
        self.keysButton.clicked.connect(self.show_keys)
        self.pinEdit.returnPressed.connect(self.show_keys)
        self.tokenList.currentRowChanged.connect(self._token_changed)
        self.keyList.currentRowChanged.connect(lambda _row: self._check())
        self.moduleCombo.currentTextChanged.connect(self._module_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _fill_modules(self) -> None:
        from app.services.tokens import installed_modules

        for module in installed_modules():
            self.moduleCombo.addItem(module)
        if not self.moduleCombo.count():
            self.moduleCombo.setEditText("")
            line_edit = self.moduleCombo.lineEdit()
            assert line_edit is not None  # the combo is editable
            line_edit.setPlaceholderText(self.tr("the .dll or .so file your token came with"))

    def module(self) -> str:
        return self.moduleCombo.currentText().strip()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The token's PKCS#11 module"),
            str(Path(self.module()).parent) if self.module() else "",
            self.tr("PKCS#11 modules (*.dll *.so *.dylib);;All files (*)"),
        )
        if path:
            self.moduleCombo.setEditText(path)

    def _message(self, text: str) -> None:
        self.messageLabel.setText(text)
        self.messageLabel.setVisible(bool(text))
        tint(self.messageLabel, ERROR)

    def _module_changed(self, _text: str) -> None:
        self.tokenList.clear()
        self.keyList.clear()
        self._check()

    def _token_changed(self, _row: int) -> None:
        self.keyList.clear()
        self._check()

    def find_tokens(self) -> None:
        from app.services.tokens import list_tokens

        self.tokenList.clear()
        self.keyList.clear()
        self._message("")
        try:
            tokens = list_tokens(self.module())
        except PlanDeskError as exc:
            self._message(error_text(exc))
            return
        for token in tokens:
            text = f"{token.label} — {token.manufacturer} {token.model}".strip(" —")
            item = QListWidgetItem(text)
            item.setData(ROLE, token.label)
            self.tokenList.addItem(item)
        if tokens:
            self.tokenList.setCurrentRow(0)
            self.pinEdit.setFocus()
        else:
            self._message(self.tr("No token was found. Plug it in and try again."))
        self._check()

    def token(self) -> str:
        item = self.tokenList.currentItem()
        return str(item.data(ROLE)) if item is not None else ""

    def show_keys(self) -> None:
        from app.services.tokens import list_keys

        self.keyList.clear()
        self._message("")
        if not self.token() or not self.pinEdit.text():
            return
        try:
            keys = list_keys(self.module(), self.token(), self.pinEdit.text())
        except PlanDeskError as exc:
            self._message(error_text(exc))
            return
        for key in keys:
            item = QListWidgetItem(f"{key.label}: {key.subject or self.tr('no certificate')}")
            item.setData(ROLE, key.label)
            if key.certificate is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.keyList.addItem(item)
        usable = [i for i, k in enumerate(keys) if k.certificate is not None]
        if usable:
            self.keyList.setCurrentRow(usable[0])
            self.keyList.setFocus()
        else:
            self._message(self.tr("The token holds no key with a certificate."))
        self._check()

    def key(self) -> str:
        item = self.keyList.currentItem()
        return str(item.data(ROLE)) if item is not None else ""

    def chosen(self) -> tuple[str, str, str, str]:
        return self.module(), self.token(), self.key(), self.pinEdit.text()

    def _check(self) -> None:
        self.findButton.setEnabled(bool(self.module()))
        self.keysButton.setEnabled(bool(self.token()))
        self.okButton.setEnabled(bool(self.key() and self.pinEdit.text()))
