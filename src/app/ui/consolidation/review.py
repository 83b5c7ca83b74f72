"""Answers going back down. At the directorate: accept a return taken in, or send it back
with a reason (required), as a signed receipt file saved where the clerk chooses, with an
e-mail to the institution if wanted. At the institution: a receipt read, verified and
recorded, said as "accepted by … on …" or "sent back: reason"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.ui.formats import day, fill
from app.ui.subordinates.dialogs import _buttons, _hint

if TYPE_CHECKING:
    from app.services.receipts import ReceiptInfo
    from app.services.registry import KeyInfo, ReceivedReview
    from app.ui.returns.tasks import Task

ACCEPTED, SENT_BACK = "accepted", "sent_back"
MAX_REASON = 2000  # as app.services.receipts.MAX_REASON


class ReviewDialog(QDialog):
    """The decision on one return: the reason (sending back needs one), the head's key
    secret (checked on OK), the receipt's file and whether an e-mail is prepared."""

    def __init__(
        self,
        parent: Any,
        decision: str,
        what: str,
        key: KeyInfo,
        start: Path,
        check: Callable[[str], str],
        email_to: str,
        next_version: int = 2,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.decision = decision
        self.check = check
        self.refusal = ""
        accept = decision == ACCEPTED
        self.setWindowTitle(self.tr("Accept the return") if accept else self.tr("Send back"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(
                self.tr("Accept %1. The institution is told by a receipt signed with your key.")
                if accept
                else self.tr(
                    "Send %1 back for correction. The institution is told why by a receipt "
                    "signed with your key; its period opens for version %2."
                ),
                what,
                str(next_version),
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.fontMetrics().height() * 5)
        self.reason_edit.setPlaceholderText(
            self.tr("What to correct (required)") if not accept else self.tr("A note (optional)")
        )
        form.addRow(self.tr("Reason:") if not accept else self.tr("Note:"), self.reason_edit)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setObjectName("secretEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(
            self.tr("Token's PIN:") if key.on_token else self.tr("Key password:"), self.secret_edit
        )
        self.file_edit = QLineEdit(str(start), self)
        self.file_edit.setObjectName("fileEdit")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.file_edit, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Save the receipt as:"), where)
        layout.addLayout(form)
        self.email_check = QCheckBox(self)
        self.email_check.setObjectName("emailCheck")
        self.email_check.setText(
            fill(self.tr("Prepare an e-mail to %1 with the receipt"), email_to)
            if email_to
            else self.tr("Prepare an e-mail with the receipt (no address is known)")
        )
        self.email_check.setChecked(bool(email_to))
        layout.addWidget(self.email_check)
        self.hint = _hint(self)
        layout.addWidget(self.hint)
        self.buttons, self.ok_button = _buttons(
            self, self.tr("Accept") if accept else self.tr("Send back"), self.tr("Cancel")
        )
        layout.addWidget(self.buttons)
        for signal in (self.secret_edit.textChanged, self.file_edit.textChanged):
            signal.connect(self._typed)
        self.reason_edit.textChanged.connect(self._typed)
        self._show()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the receipt as"),
            self.file_edit.text(),
            self.tr("Receipts (*.json)"),
        )
        if name:
            self.file_edit.setText(name)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def target(self) -> Path:
        return Path(self.file_edit.text().strip())

    def problem(self) -> str:
        if self.refusal:
            return self.refusal
        if self.decision == SENT_BACK and not self.reason():
            return self.tr("Say what is to be corrected.")
        if len(self.reason()) > MAX_REASON:
            return self.tr("The reason may hold at most %n characters.", "", MAX_REASON)
        if not self.secret_edit.text():
            return " "
        target = self.target()
        if not target.name or not target.parent.is_dir():
            return self.tr("Choose a file in a folder that exists.")
        return ""

    def _show(self) -> None:
        problem = self.problem()
        self.hint.setText(problem.strip())
        self.ok_button.setEnabled(not problem)

    def _typed(self, *_args: object) -> None:
        self.refusal = ""
        self._show()

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            if self.problem():
                return
            refusal = self.check(self.secret_edit.text())
            if refusal:
                self.refusal = refusal
                self._show()
                self.secret_edit.selectAll()
                self.secret_edit.setFocus()
                return
        super().done(result)


@dataclass
class Issued:
    code: str
    decision: str
    receipt: Path
    email: Path | None


def issue(
    task: Task,
    db: Any,
    code: str,
    period: str,
    decision: str,
    reason: str,
    secret: str,
    out: Path,
    email: bool,
) -> Issued:
    """The signed receipt written to *out* (and, with *email*, an .eml beside it, in the
    institution's language); the decision kept with the return."""
    from app.fileio import write_atomically
    from app.services.email_out import compose, message_bytes
    from app.services.identity import active, unlocked
    from app.services.institutions import find_by_code
    from app.services.receipts import issue_receipt

    task.check()
    eml = out.with_suffix(".eml") if email else None
    with db.unit(f"receipt {code} {period}") as session:
        with unlocked(active(session), secret) as ident:
            data, info = issue_receipt(session, code, period, decision, reason, ident)
        write_atomically(out, data)
        sub = find_by_code(session, code)
        if eml is not None:
            language = sub.language if sub is not None else "en"
            subject, body = email_texts(language, info)
            msg = compose(subject, body, sub.email if sub else "", "", [out])
            write_atomically(eml, message_bytes(msg))
    return Issued(code, decision, out, eml)


# the e-mail that carries a receipt, in the institution's language
EMAIL = {
    "en": ("Return {period} v{version}: {word}", "Your return for {period} (version {version}) "
           "was {word}.", "accepted", "sent back for correction", "Reason"),
    "tr": ("{period} raporu, sürüm {version}: {word}", "{period} raporunuz (sürüm {version}) "
           "{word}.", "kabul edildi", "düzeltilmek üzere iade edildi", "Gerekçe"),
    "ru": ("Отчёт за {period}, версия {version}: {word}", "Ваш отчёт за {period} (версия "
           "{version}) {word}.", "принят", "возвращён на доработку", "Причина"),
    "kk": ("{period} есебі, нұсқа {version}: {word}", "{period} бойынша есебіңіз (нұсқа "
           "{version}) {word}.", "қабылданды", "түзетуге қайтарылды", "Себебі"),
    "ro": ("Raportul {period} v{version}: {word}", "Raportul dumneavoastră pentru {period} "
           "(versiunea {version}) a fost {word}.", "acceptat", "returnat pentru corectare",
           "Motivul"),
    "vi": ("Báo cáo {period} phiên bản {version}: {word}", "Báo cáo {period} (phiên bản "
           "{version}) của Quý đơn vị đã được {word}.", "chấp nhận", "trả lại để chỉnh sửa",
           "Lý do"),
}  # fmt: skip


def email_texts(language: str, info: ReceiptInfo) -> tuple[str, str]:
    subject, body, yes, back, why = EMAIL.get(language, EMAIL["en"])
    word = yes if info.decision == ACCEPTED else back
    values = {"period": info.period_key, "version": info.version, "word": word}
    text = body.format(**values)
    if info.reason:
        text += f"\n\n{why}: {info.reason}"
    return subject.format(**values), f"{text}\n\n{info.issuer_name}\n"


# -- at the institution -------------------------------------------------------------------------
def import_receipt_file(db: Any, path: Path) -> ReceiptInfo:
    """Read, verify and record a receipt (raises PlanDeskError with the reason)."""
    from app.services.errors import ImportRejected
    from app.services.receipts import MAX_BYTES, import_receipt, read_receipt
    from app.services.trust import stored_policy

    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportRejected("the file is too large to be a receipt")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(f"{path.name}: {exc.strerror or exc}") from None
    with db.unit() as session:
        trust = stored_policy(session)
    info = read_receipt(data, trust)
    with db.unit(f"receipt import {path.name}") as session:
        import_receipt(session, info)
    return info


def review_sentence(review: ReceivedReview) -> str:
    """What the body above decided on a return, as the Returns page and the Dashboard say."""
    when = day(review.decided_at.date()) if review.decided_at is not None else ""
    who = review.issuer_name or review.issuer_code
    if review.decision == ACCEPTED:
        return fill(
            QCoreApplication.translate("Review", "Version %1 accepted by %2 on %3."),
            str(review.version),
            who,
            when,
        )
    return fill(
        QCoreApplication.translate(
            "Review", "Version %1 sent back by %2 on %3: %4. The period is open for version %5."
        ),
        str(review.version),
        who,
        when,
        review.reason,
        str(review.version + 1),
    )
