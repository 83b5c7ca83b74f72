"""Trust the certificate a received return was signed with: the returns that came with the
subordinate's code on them, the signer of the one chosen (read again from the file kept),
its fingerprint to compare with the school, and whether to take that return in again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from app.ui.formats import day, fill
from app.ui.returns.returns_model import common_name
from app.ui.returns.states import state_icon, state_label
from app.ui.subordinates.dialogs import _buttons, _hint, certificate_text

if TYPE_CHECKING:
    from app.services.registry import CertFacts, ReceivedSigner

# (certificate facts or None, the problem when there is none)
Reader = Callable[[int], tuple["CertFacts | None", str]]


class ReceivedSignerDialog(QDialog):
    def __init__(
        self, parent: Any, code: str, name: str, received: list[ReceivedSigner], read: Reader
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receivedSignerDialog")
        self.received = received
        self.read = read
        self.facts: CertFacts | None = None
        self.setWindowTitle(self.tr("Certificate of a return received"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(
                self.tr(
                    "Returns received from %1 (%2). Choose one: the certificate it was signed "
                    "with is shown. Compare its fingerprint with the institution (by telephone) "
                    "before you trust it."
                ),
                name,
                code,
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("receivedList")
        for item in received:
            when = day(item.received_at.date()) if item.received_at is not None else ""
            text = f"{item.file_name} · {common_name(item.signer)} · {when}"
            entry = QListWidgetItem(state_icon(item.status), text, self.list)
            entry.setToolTip(f"{state_label(item.status)}: {item.signer}")
        layout.addWidget(self.list, 1)
        self.details = QLabel(self)
        self.details.setObjectName("certificateDetails")
        self.details.setWordWrap(True)
        self.details.setMinimumHeight(self.fontMetrics().height() * 5)
        layout.addWidget(self.details)
        self.hint = _hint(self)
        layout.addWidget(self.hint)
        self.again = QCheckBox(self.tr("Take this return in again once the certificate is trusted"))
        self.again.setObjectName("againCheck")
        self.again.setChecked(True)
        layout.addWidget(self.again)
        self.buttons, self.ok_button = _buttons(
            self, self.tr("Trust this certificate"), self.tr("Cancel")
        )
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._on_chosen)
        if received:
            self.list.setCurrentRow(0)
        else:
            self.details.setText(self.tr("Nothing signed has been received with this code."))
            self._on_chosen(-1)

    def chosen(self) -> ReceivedSigner | None:
        row = self.list.currentRow()
        return self.received[row] if 0 <= row < len(self.received) else None

    def take_in_again(self) -> bool:
        item = self.chosen()
        return bool(item is not None and item.status == "rejected" and self.again.isChecked())

    def _on_chosen(self, _row: int) -> None:
        item = self.chosen()
        self.facts = None
        problem = ""
        if item is not None:
            self.facts, problem = self.read(item.return_id)
        self.details.setText(certificate_text(self.facts) if self.facts is not None else "")
        self.hint.setText(problem)
        self.again.setEnabled(item is not None and item.status == "rejected")
        self.ok_button.setEnabled(self.facts is not None)
