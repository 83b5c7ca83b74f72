"""The Subordinates page's dialogs: a subordinate's form, issuing an identity, and the
certificate to trust (from a file, or from a return received)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import LANGUAGES
from app.services.institutions import KINDS
from app.ui.dashboard.palette import ERROR, tint
from app.ui.formats import day, fill
from app.ui.style import MUTED
from app.ui.subordinates.texts import kind_label, language_label

if TYPE_CHECKING:
    from app.services.registry import CertFacts
    from app.services.subordinates import SubordinateInput

MIN_PASSWORD = 8  # as app.services.identity.MIN_PASSWORD
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _buttons(
    dialog: QDialog, ok_text: str, cancel_text: str
) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox(dialog)
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok


def _hint(parent: QWidget) -> QLabel:
    """A line that says what is still wrong (its room is kept: fields never move)."""
    label = QLabel(parent)
    label.setObjectName("hintLabel")
    label.setWordWrap(True)
    label.setMinimumHeight(label.fontMetrics().height() * 2)
    tint(label, ERROR)
    return label


def certificate_text(facts: CertFacts) -> str:
    """A certificate as a clerk compares it (with the school, by telephone)."""
    sha = facts.sha256.upper()
    grouped = " ".join(sha[i : i + 4] for i in range(0, len(sha), 4))
    return fill(
        QCoreApplication.translate(
            "CertificateText", "Subject: %1\nIssued by: %2\nValid from %3 until %4\nSHA-256: %5"
        ),
        facts.subject,
        facts.issuer,
        day(facts.not_before.date()),
        day(facts.not_after.date()),
        grouped,
    )


class SubordinateDialog(QDialog):
    """Add (code editable, a trust file may come with it) or edit one subordinate."""

    def __init__(
        self,
        parent: Any,
        data: SubordinateInput | None,
        taken: set[str],
        default_language: str,
        choose_trust: Callable[[], tuple[Path, list[CertFacts]] | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("subordinateDialog")
        self.editing = data is not None
        self.taken = taken
        self.trust_file: Path | None = None
        self._choose_trust = choose_trust
        self.setWindowTitle(
            self.tr("Edit subordinate") if self.editing else self.tr("Add subordinate")
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("codeEdit")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.email_edit = QLineEdit(self)
        self.email_edit.setObjectName("emailEdit")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code in LANGUAGES:
            self.language_combo.addItem(language_label(code), code)
        form.addRow(self.tr("Code:"), self.code_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("E-mail:"), self.email_edit)
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.tr("Language:"), self.language_combo)
        self.trust_button = QPushButton(self.tr("Trust a certificate file…"), self)
        self.trust_button.setObjectName("trustButton")
        self.trust_label = QLabel(self.tr("No certificate yet: it can be added later."), self)
        self.trust_label.setObjectName("trustLabel")
        self.trust_label.setWordWrap(True)
        tint(self.trust_label, MUTED)
        if not self.editing:
            row = QVBoxLayout()
            row.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignLeft)
            row.addWidget(self.trust_label)
            form.addRow(self.tr("Certificate:"), row)
            self.trust_button.clicked.connect(self._on_trust)
        else:
            self.trust_button.hide()
            self.trust_label.hide()
        layout.addLayout(form)
        self.hint = _hint(self)
        layout.addWidget(self.hint)
        self.buttons, self.ok_button = _buttons(
            self, self.tr("Save") if self.editing else self.tr("Add"), self.tr("Cancel")
        )
        layout.addWidget(self.buttons)
        if data is not None:
            self.code_edit.setText(data.code)
            self.code_edit.setReadOnly(True)
            self.name_edit.setText(data.name)
            self.email_edit.setText(data.email)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        language = data.language if data is not None and data.language else default_language
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        for edit in (self.code_edit, self.name_edit, self.email_edit):
            edit.textChanged.connect(self._check)
        self._check()

    def data(self) -> SubordinateInput:
        from app.services.subordinates import SubordinateInput

        return SubordinateInput(
            self.code_edit.text().strip(),
            self.name_edit.text().strip(),
            self.email_edit.text().strip(),
            str(self.kind_combo.currentData()),
            str(self.language_combo.currentData()),
        )

    def problem(self) -> str:
        data = self.data()
        if not data.code:
            return self.tr("Type the institution's code.")
        if not self.editing and data.code in self.taken:
            return fill(self.tr("A subordinate with the code %1 is registered already."), data.code)
        if not data.name:
            return self.tr("Type the institution's name.")
        if data.email and not _EMAIL.match(data.email):
            return self.tr("This is not an e-mail address.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        typed = bool(self.code_edit.text() or self.name_edit.text())
        self.hint.setText(problem if typed else "")
        self.ok_button.setEnabled(not problem)

    def _on_trust(self) -> None:
        if self._choose_trust is None:
            return
        chosen = self._choose_trust()
        if chosen is None:
            return
        self.trust_file, facts = chosen
        self.trust_label.setText("\n\n".join(certificate_text(f) for f in facts))
        tint(self.trust_label, MUTED)

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and self.problem():
            return
        super().done(result)


class IssueDialog(QDialog):
    """Your own key password, the new identity's password twice, and where its file goes."""

    def __init__(
        self,
        parent: Any,
        code: str,
        name: str,
        start: Path,
        check: Callable[[str], str],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("issueDialog")
        self.check = check
        self.refusal = ""
        self.setWindowTitle(self.tr("Issue an identity"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(
                self.tr(
                    "A signing key and certificate for %1 (%2), issued by this institution's own "
                    "root, in a PKCS#12 file protected by a new password. Hand the file over on a "
                    "USB stick and tell the password separately."
                ),
                name,
                code,
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.own_edit = self._password("ownPasswordEdit")
        self.new_edit = self._password("newPasswordEdit")
        self.repeat_edit = self._password("repeatPasswordEdit")
        self.file_edit = QLineEdit(str(start), self)
        self.file_edit.setObjectName("fileEdit")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setObjectName("browseButton")
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.file_edit, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Your key password:"), self.own_edit)
        form.addRow(self.tr("New password:"), self.new_edit)
        form.addRow(self.tr("Repeat:"), self.repeat_edit)
        form.addRow(self.tr("Save as:"), where)
        layout.addLayout(form)
        self.hint = _hint(self)
        layout.addWidget(self.hint)
        self.buttons, self.ok_button = _buttons(self, self.tr("Issue"), self.tr("Cancel"))
        layout.addWidget(self.buttons)
        for edit in (self.own_edit, self.new_edit, self.repeat_edit, self.file_edit):
            edit.textChanged.connect(self._typed)
        self._show()

    def _password(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the identity as"),
            self.file_edit.text(),
            self.tr("PKCS#12 files (*.p12 *.pfx)"),
        )
        if name:
            self.file_edit.setText(name)

    def target(self) -> Path:
        return Path(self.file_edit.text().strip())

    def problem(self) -> str:
        if self.refusal:
            return self.refusal
        if not self.own_edit.text():
            return " "
        new = self.new_edit.text()
        if len(new) < MIN_PASSWORD:
            return self.tr("The new password needs at least %n characters.", "", MIN_PASSWORD)
        if new != self.repeat_edit.text():
            return self.tr("The two new passwords are not the same.")
        if new == self.own_edit.text():
            return self.tr("The new password must not be your own.")
        target = self.target()
        if not target.name or not target.parent.is_dir():
            return self.tr("Choose a file in a folder that exists.")
        return ""

    def _show(self) -> None:
        problem = self.problem()
        self.hint.setText(problem.strip())
        self.ok_button.setEnabled(not problem)

    def _typed(self, _text: str = "") -> None:
        self.refusal = ""
        self._show()

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            if self.problem():
                return
            refusal = self.check(self.own_edit.text())
            if refusal:
                self.refusal = refusal
                self._show()
                self.own_edit.selectAll()
                self.own_edit.setFocus()
                return
        super().done(result)
