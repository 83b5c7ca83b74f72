"""The Completeness page's review: accept the return of the subordinate chosen, or send it
back with a reason, as a signed receipt saved where the clerk chooses (and an e-mail to the
institution if wanted), written off the GUI thread.

A mixin of :class:`app.ui.pages.completeness.CompletenessPage` (its texts keep that page's
translation context).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from app.services.errors import PlanDeskError
from app.ui.consolidation import review
from app.ui.dialogs import show_error
from app.ui.formats import fill
from app.ui.messages import error_text
from app.ui.returns.rows_model import OBJECT_ROLE
from app.ui.returns.tasks import Task

if TYPE_CHECKING:
    from app.ui.intake.completeness_ui import CompletenessPageUi

    _Widget = QWidget  # the page this is mixed into is a widget
else:
    _Widget = object

ARRIVED = ("submitted", "late")


class ReviewActions(_Widget):
    """Needs (the page provides them): ui (its statusView, acceptButton, sendBackButton),
    _workspace, _task, _folder, data_changed, period(), refresh(), _notice(), _start_task(),
    _end()."""

    ui: CompletenessPageUi
    _workspace: Any
    _task: Task | None
    _folder: str
    data_changed: Any
    last_review: review.Issued | None = None
    last_box: Any = None

    def period(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def _notice(self, text: str) -> None:
        raise NotImplementedError

    def _end(self) -> None:
        raise NotImplementedError

    def chosen_row(self) -> dict[str, Any] | None:
        """The subordinate chosen in the table (its ``period_status`` row)."""
        index = self.ui.statusView.currentIndex()
        if not index.isValid():
            return None
        row = index.siblingAtColumn(0).data(OBJECT_ROLE)
        return row if isinstance(row, dict) else None

    def _show_review_buttons(self) -> None:
        row = self.chosen_row()
        can = row is not None and row["state"] in ARRIVED and self._task is None
        self.ui.acceptButton.setEnabled(can)
        self.ui.sendBackButton.setEnabled(can)

    def ask_review(self, decision: str) -> review.ReviewDialog | None:
        row = self.chosen_row()
        if row is None or row["state"] not in ARRIVED or self._workspace is None:
            return None
        from app.services.registry import signing_keys

        with self._workspace.db.unit() as session:
            keys = [k for k in signing_keys(session) if k.role == "head"]
        if not keys:
            self.last_box = show_error(
                self,
                QCoreApplication.translate("CompletenessPage", "No signing identity"),
                QCoreApplication.translate(
                    "CompletenessPage", "A receipt is signed with your key, and there is none yet."
                ),
                QCoreApplication.translate(
                    "CompletenessPage",
                    "Create one or import your .p12 file in Settings → Signing identity.",
                ),
            )
            return None
        name = f"receipt_{row['code']}_{self.period()}_v{row['version']}.json"
        what = fill(
            QCoreApplication.translate("CompletenessPage", "the return of %1 (%2, version %3)"),
            str(row["name"]),
            self.period(),
            str(row["version"]),
        )
        dialog = review.ReviewDialog(
            self,
            decision,
            what,
            keys[0],
            Path(self._folder) / name,
            self._secret_problem,
            str(row.get("email") or ""),
            int(row["version"]) + 1,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.send_review(row["code"], dialog))
        self.last_box = dialog
        dialog.open()
        return dialog

    def _secret_problem(self, secret: str) -> str:
        from app.services.registry import check_key_secrets

        try:
            with self._workspace.db.unit() as session:
                role, problem = check_key_secrets(session, {"head": secret})
        except PlanDeskError as exc:
            return error_text(exc)
        if role:
            return problem or QCoreApplication.translate(
                "CompletenessPage", "This does not open the signing key. Type it again."
            )
        return ""

    def send_review(self, code: str, dialog: review.ReviewDialog) -> Task | None:
        if self._workspace is None or self._task is not None:
            return None
        out = dialog.target()
        self._folder = str(out.parent)
        fn = partial(
            review.issue,
            db=self._workspace.db,
            code=code,
            period=self.period(),
            decision=dialog.decision,
            reason=dialog.reason(),
            secret=dialog.secret_edit.text(),
            out=out,
            email=dialog.email_check.isChecked(),
        )
        task = Task(fn)
        self._task = task
        task.signals.finished.connect(self._on_reviewed)
        task.signals.failed.connect(self._on_review_failed)
        task.signals.cancelled.connect(self._end)
        self._show_review_buttons()
        return task.start()

    def _on_reviewed(self, issued: review.Issued) -> None:
        self._end()
        self.last_review = issued
        word = (
            QCoreApplication.translate("CompletenessPage", "accepted")
            if issued.decision == review.ACCEPTED
            else QCoreApplication.translate("CompletenessPage", "sent back")
        )
        text = fill(
            QCoreApplication.translate("CompletenessPage", "%1 %2: the signed receipt is %3"),
            issued.code,
            word,
            str(issued.receipt),
        )
        if issued.email is not None:
            text += " " + fill(
                QCoreApplication.translate("CompletenessPage", "and the e-mail %1."),
                str(issued.email),
            )
        self.refresh()
        self._notice(text)
        self.data_changed.emit()

    def _on_review_failed(self, message: str) -> None:
        self._end()
        self._notice(
            message
            or QCoreApplication.translate(
                "CompletenessPage",
                "The receipt could not be made. The details are in the log file.",
            )
        )
