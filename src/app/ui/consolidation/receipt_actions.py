"""The Returns page's receipts from the body above: imported by a button or dropped on the
page, verified and recorded; the decision on the period's return shown ("accepted by … on
…", or "sent back: reason", the period open for the next version).

A mixin of :class:`app.ui.pages.returns.ReturnsPage` (its texts keep that page's
translation context).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from app.services.errors import PlanDeskError
from app.ui.messages import error_text

if TYPE_CHECKING:
    from app.ui.returns.returns_ui import ReturnsUi

    _Widget = QWidget  # the page this is mixed into is a widget
else:
    _Widget = object


class ReceiptActions(_Widget):
    """Needs (the page provides them): ui, _state, _workspace, _folder, data_changed,
    period(), refresh(), _notice()."""

    ui: ReturnsUi
    _state: Any
    _workspace: Any
    _folder: str
    data_changed: Any

    def period(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def _notice(self, text: str, *, error: bool = False) -> None:
        raise NotImplementedError

    def _show_review(self) -> None:
        """The decision received on the period's newest reviewed return."""
        from app.ui.consolidation.review import review_sentence

        period = self.period()
        mine = [r for r in self._state.reviews if r.period == period and r.kind != "consolidated"]
        label = self.ui.reviewLabel
        if not mine:
            label.hide()
            return
        newest = max(mine, key=lambda r: r.version)
        label.setText(review_sentence(newest))
        label.setProperty("role", "error" if newest.decision == "sent_back" else "muted")
        label.style().unpolish(label)
        label.style().polish(label)
        label.show()

    def choose_receipt(self) -> Path | None:
        """The receipt file (tests answer this themselves)."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ReturnsPage", "A receipt from the body above"),
            self._folder,
            QCoreApplication.translate("ReturnsPage", "Receipts (*.json);;All files (*)"),
        )
        return Path(name) if name else None

    def ask_receipt(self) -> bool:
        path = self.choose_receipt()
        return path is not None and self.import_receipt(path)

    def import_receipt(self, path: Path) -> bool:
        """Read, verify and record a receipt: the answer shows; a return sent back opens
        its period for the next version."""
        if self._workspace is None:
            return False
        from app.ui.consolidation.review import import_receipt_file

        try:
            info = import_receipt_file(self._workspace.db, path)
        except PlanDeskError as exc:
            self._notice(error_text(exc), error=True)
            return False
        self.refresh()
        combo_row = self.ui.periodCombo.findData(info.period_key)
        if combo_row >= 0:
            self.ui.periodCombo.setCurrentIndex(combo_row)
        self._notice(
            QCoreApplication.translate("ReturnsPage", "Receipt imported: %1").replace(
                "%1", path.name
            )
        )
        self.data_changed.emit()
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        names = [u.toLocalFile().lower() for u in urls if u.isLocalFile()]
        if urls and len(names) == len(urls) and all(n.endswith(".json") for n in names):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            for path in paths:
                self.import_receipt(path)
