"""Completeness and timeliness: who sent the period's return, who is late, who is missing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Return
from app.domain.status import ReturnDirection, ReturnStatus
from app.services.institutions import get_self
from app.services.plans import find_period, require_current_plan
from app.services.subordinates import subordinates

SUBMITTED, LATE, MISSING, OVERDUE, REJECTED = "submitted", "late", "missing", "overdue", "rejected"


@dataclass
class SubordinateStatus:
    code: str
    name: str
    email: str
    language: str
    state: str
    version: int | None = None
    signer: str = ""
    received_at: str | None = None
    signed_at: str | None = None
    reason: str = ""  # why its last file was refused, in English
    reason_code: str = ""  # the same as a code (app.services.reasons) ...
    reason_params: dict[str, str] = field(default_factory=dict)  # ... with its parameters
    review: str = ""  # the decision on the return in: accepted | sent_back | resubmitted
    review_reason: str = ""  # why it was sent back


def _decisions(session: Session, return_ids: list[int]) -> dict[int, tuple[str, str]]:
    """Return id -> (decision, reason) of its newest review issued here."""
    from app.db.models import Review

    out: dict[int, tuple[str, str]] = {}
    if not return_ids:
        return out
    for row in session.scalars(
        select(Review)
        .where(Review.return_id.in_(return_ids), Review.direction == "issued")
        .order_by(Review.decided_at, Review.id)
    ):
        out[row.return_id] = (row.decision, row.reason)
    return out


def _review_state(
    current: Return, mine: list[Return], decided: dict[int, tuple[str, str]]
) -> tuple[str, str]:
    """accepted / sent back (with its reason) for the return in; "resubmitted" when a newer
    version arrived after an earlier one was sent back."""
    if current.id in decided:
        return decided[current.id]
    sent_back_before = any(
        decided.get(r.id, ("", ""))[0] == "sent_back" and r.version < current.version for r in mine
    )
    return ("resubmitted", "") if sent_back_before else ("", "")


def period_status(session: Session, period_key: str, today: date | None = None) -> dict[str, Any]:
    plan = require_current_plan(session)
    period = find_period(session, plan, period_key)
    today = today or date.today()
    returns = session.scalars(
        select(Return)
        .where(
            Return.direction == ReturnDirection.INCOMING.value,
            Return.period_key == period.key,
            Return.plan_id == plan.id,
        )
        .order_by(Return.id)
    ).all()
    by_inst: dict[str, list[Return]] = {}
    for r in returns:
        by_inst.setdefault(r.institution_code, []).append(r)
    decided = _decisions(session, [r.id for r in returns])
    rows: list[SubordinateStatus] = []
    for inst in subordinates(session):
        mine = by_inst.get(inst.code, [])
        current = next((r for r in reversed(mine) if r.status == ReturnStatus.ACCEPTED.value), None)
        row = SubordinateStatus(
            inst.code,
            inst.name,
            inst.email,
            inst.language,
            OVERDUE if today > period.due else MISSING,
        )
        if current is not None:
            row.state = LATE if current.late else SUBMITTED
            row.version, row.signer = current.version, current.signer_subject
            row.received_at = current.received_at.isoformat() if current.received_at else None
            row.signed_at = current.signed_at.isoformat() if current.signed_at else None
            row.review, row.review_reason = _review_state(current, mine, decided)
        elif any(r.status == ReturnStatus.REJECTED.value for r in mine):
            row.state = REJECTED
            refused = next(r for r in reversed(mine) if r.status == ReturnStatus.REJECTED.value)
            row.reason = refused.result_reason
            row.reason_code, row.reason_params = refused.result_code, dict(refused.result_params)
        rows.append(row)
    counts = {
        s: sum(1 for r in rows if r.state == s)
        for s in (SUBMITTED, LATE, MISSING, OVERDUE, REJECTED)
    }
    return {
        "period": period.key,
        "label": period.label,
        "due": period.due.isoformat(),
        "subordinates": [r.__dict__ for r in rows],
        "counts": counts,
        "total": len(rows),
    }


REMINDER = {
    "en": (
        "Reminder: return for {period} is due {due}",
        "Dear colleagues,\n\nwe have not yet received your signed return for {period}, "
        "due on {due}. Please send it as soon as possible.\n\nKind regards,\n{sender}\n",
    ),
    "tr": (
        "Hatırlatma: {period} raporu ({due})",
        "Sayın ilgili,\n\n{due} tarihine kadar gönderilmesi gereken {period} raporunuz "
        "henüz ulaşmamıştır. Gereğini rica ederim.\n\n{sender}\n",
    ),
    "ru": (
        "Напоминание: отчёт за {period} (срок {due})",
        "Уважаемые коллеги!\n\nОтчёт за {period} со сроком {due} от вас ещё не поступил. "
        "Просим направить его в ближайшее время.\n\nС уважением,\n{sender}\n",
    ),
    "kk": (
        "Еске салу: {period} бойынша есеп (мерзімі {due})",
        "Құрметті әріптестер!\n\n{period} бойынша мерзімі {due} есебіңіз әлі түскен жоқ. "
        "Жақын арада жолдауыңызды сұраймыз.\n\nҚұрметпен,\n{sender}\n",
    ),
    "ro": (
        "Reamintire: raportul pentru {period} (termen {due})",
        "Stimați colegi,\n\nnu am primit încă raportul semnat pentru {period}, cu termen "
        "{due}. Vă rugăm să îl transmiteți cât mai curând.\n\nCu stimă,\n{sender}\n",
    ),
    "vi": (
        "Nhắc nhở: báo cáo {period} (hạn {due})",
        "Kính gửi Quý đơn vị,\n\nchúng tôi chưa nhận được báo cáo đã ký số {period}, hạn "
        "nộp {due}. Đề nghị Quý đơn vị gửi sớm.\n\nTrân trọng,\n{sender}\n",
    ),
}


def write_reminders(session: Session, period_key: str, folder: Path) -> list[Path]:
    """One .eml per subordinate whose return is missing (or rejected), in its language."""
    from app.domain.periods import period_for_key
    from app.fileio import write_atomically
    from app.services.email_out import compose, message_bytes

    status = period_status(session, period_key)
    me = get_self(session)
    sender = me.name if me else ""
    due = date.fromisoformat(status["due"])
    out = []
    for row in status["subordinates"]:
        if row["state"] not in (MISSING, OVERDUE, REJECTED):
            continue
        lang = row["language"] if row["language"] in REMINDER else "en"
        try:
            label = period_for_key(status["period"]).label(lang)
        except ValueError:
            label = status["label"]
        subject, body = REMINDER[lang]
        values = {"period": label, "due": f"{due:%d.%m.%Y}", "sender": sender}
        msg = compose(
            subject.format(**values), body.format(**values), row["email"], me.email if me else ""
        )
        path = folder / f"reminder_{row['code']}_{status['period']}.eml"
        write_atomically(path, message_bytes(msg))
        out.append(path)
    return out
