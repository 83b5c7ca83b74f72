"""Answers going back down: a directorate accepts a return it took in, or sends it back for
correction with a reason; the decision travels as a small signed receipt (one JSON file, the
CMS signature inside, like a plan template) that the institution imports.

At the directorate the decision is kept with the return (``review``, ``issued``); at the
institution, importing the receipt records it with its own signed return (``received``) and a
return sent back unlocks its period: the next signed return is version n+1. A receipt is
accepted only from a signer bound to the institution's parent (the trust policy of
``app.services.trust``), and only for a return this institution signed.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Return, Review
from app.db.session import current_user
from app.domain.status import ReturnDirection, ReturnStatus
from app.domain.text import clean
from app.services.errors import ImportRejected, NotFound, ValidationError
from app.services.institutions import get_self
from app.services.messages import Message
from app.services.return_payload import canonical_bytes
from app.services.signing import SigningKey
from app.services.trust import TrustPolicy

SCHEMA = "plandesk.receipt"
ACCEPTED = "accepted"
SENT_BACK = "sent_back"
DECISIONS = (ACCEPTED, SENT_BACK)
MAX_BYTES = 1024 * 1024
MAX_REASON = 2000


@dataclass(frozen=True)
class ReceiptInfo:
    issuer_code: str
    issuer_name: str
    institution_code: str
    period_key: str
    version: int
    payload_sha256: str
    decision: str
    reason: str
    reviewer: str
    decided_at: datetime
    sha256: str  # of the receipt file


def _latest_taken_in(session: Session, code: str, period_key: str) -> Return:
    row = session.scalars(
        select(Return)
        .where(
            Return.direction == ReturnDirection.INCOMING.value,
            Return.institution_code == code,
            Return.period_key == period_key,
            Return.status == ReturnStatus.ACCEPTED.value,
        )
        .order_by(Return.version.desc(), Return.id.desc())
    ).first()
    if row is None:
        raise NotFound(Message.NO_RETURN_TAKEN_IN, code=code, period=period_key)
    return row


def issue_receipt(
    session: Session,
    code: str,
    period_key: str,
    decision: str,
    reason: str,
    ident: SigningKey,
) -> tuple[bytes, ReceiptInfo]:
    """Decide on the newest return of *code* for *period_key* taken in here; the signed
    receipt's bytes. Sending back needs a reason."""
    from app.services.signing import sign_detached

    if decision not in DECISIONS:
        raise ValidationError(Message.DECISION_WORDS, decisions=" or ".join(DECISIONS))
    reason = clean(reason)
    if decision == SENT_BACK and not reason:
        raise ValidationError(Message.SENT_BACK_NEEDS_REASON)
    if len(reason) > MAX_REASON:
        raise ValidationError(Message.REASON_TOO_LONG, limit=MAX_REASON)
    me = get_self(session)
    if me is None:
        raise ValidationError(Message.OWN_PROFILE_FIRST_CLI)
    period_key = period_key.strip().upper()
    ret = _latest_taken_in(session, code, period_key)
    now = datetime.now(UTC).replace(microsecond=0)
    reviewer = clean(me.head_name) or current_user()
    body: dict[str, Any] = {
        "schema": SCHEMA,
        "schema_version": 1,
        "issuer": {"code": me.code, "name": me.name},
        "institution": {"code": ret.institution_code},
        "period": period_key,
        "version": ret.version,
        "return_payload_sha256": ret.payload_sha256,
        "decision": decision,
        "reason": reason,
        "reviewer": reviewer,
        "decided_at": now.isoformat(),
    }
    cms = sign_detached(canonical_bytes(body), ident)
    body["signature"] = {"cms": base64.b64encode(cms).decode("ascii")}
    data = json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")
    info = _info(body, hashlib.sha256(data).hexdigest())
    session.add(
        Review(
            return_id=ret.id,
            direction="issued",
            decision=decision,
            reason=reason,
            reviewer=reviewer,
            issuer_code=me.code,
            decided_at=now.replace(tzinfo=None),
            receipt_sha256=info.sha256,
        )
    )
    session.flush()
    return data, info


def _info(body: dict[str, Any], sha256: str) -> ReceiptInfo:
    try:
        issuer = body["issuer"]
        return ReceiptInfo(
            issuer_code=str(issuer["code"]),
            issuer_name=str(issuer.get("name", "")),
            institution_code=str(body["institution"]["code"]),
            period_key=str(body["period"]),
            version=int(body["version"]),
            payload_sha256=str(body["return_payload_sha256"]),
            decision=str(body["decision"]),
            reason=str(body.get("reason", "")),
            reviewer=str(body.get("reviewer", "")),
            decided_at=datetime.fromisoformat(str(body["decided_at"])),
            sha256=sha256,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ImportRejected(Message.RECEIPT_DAMAGED) from exc


def read_receipt(data: bytes, trust: TrustPolicy) -> ReceiptInfo:
    """Parse and verify: the signature intact, its signer trusted and bound to the issuer the
    receipt names. Raises ImportRejected with the reason."""
    from app.services.reasons import Refusal
    from app.services.verify import Verification, verify_cms

    if len(data) > MAX_BYTES:
        raise ImportRejected(Message.RECEIPT_TOO_LARGE)
    try:
        body = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ImportRejected(Message.RECEIPT_NOT_JSON) from None
    if not isinstance(body, dict) or body.get("schema") != SCHEMA:
        raise ImportRejected(Message.NOT_A_RECEIPT)
    sig = body.pop("signature", None)
    if not isinstance(sig, dict) or not isinstance(sig.get("cms"), str):
        raise ImportRejected(Message.RECEIPT_UNSIGNED)
    try:
        cms = base64.b64decode(sig["cms"], validate=True)
    except ValueError:
        raise ImportRejected(Message.RECEIPT_SIGNATURE_DAMAGED) from None
    info = _info(body, hashlib.sha256(data).hexdigest())
    if info.decision not in DECISIONS:
        raise ImportRejected(Message.RECEIPT_BAD_DECISION)
    result = Verification(ok=False)
    try:
        verify_cms(canonical_bytes(body), cms, trust, result)
    except Refusal as exc:
        raise ImportRejected(Message.RECEIPT_REFUSED, reason=exc.outcome) from None
    assert result.signer_cert is not None
    if result.signer_code is not None and result.signer_code != info.issuer_code:
        raise ImportRejected(
            Message.RECEIPT_SIGNER_MISMATCH, issuer=info.issuer_code, signer=result.signer_code
        )
    unbound = trust.binding(info.issuer_code, result.signer_cert, result.anchor_sha256)
    if unbound is not None:
        raise ImportRejected(Message.RECEIPT_REFUSED, reason=unbound)
    return info


def import_receipt(session: Session, info: ReceiptInfo) -> Return:
    """Record the decision with the return it is about; a return sent back unlocks its
    period for version n+1. The same receipt twice changes nothing."""
    me = get_self(session)
    if me is None or me.code != info.institution_code:
        raise ImportRejected(Message.RECEIPT_FOR_ANOTHER, code=info.institution_code)
    parent = me.parent
    if parent is not None and parent.code != info.issuer_code:
        raise ImportRejected(
            Message.RECEIPT_FROM_ANOTHER, issuer=info.issuer_code, parent=parent.code
        )
    ret = session.scalars(
        select(Return).where(
            Return.direction == ReturnDirection.OUTGOING.value,
            Return.period_key == info.period_key,
            Return.version == info.version,
            Return.payload_sha256 == info.payload_sha256,
        )
    ).first()
    if ret is None:
        raise ImportRejected(
            Message.RECEIPT_UNKNOWN_VERSION, version=info.version, period=info.period_key
        )
    seen = session.scalars(
        select(Review).where(Review.receipt_sha256 == info.sha256, Review.direction == "received")
    ).first()
    if seen is not None:
        return ret
    session.add(
        Review(
            return_id=ret.id,
            direction="received",
            decision=info.decision,
            reason=info.reason,
            reviewer=info.reviewer,
            issuer_code=info.issuer_code,
            decided_at=info.decided_at.replace(tzinfo=None),
            receipt_sha256=info.sha256,
        )
    )
    if info.decision == SENT_BACK and ret.status == ReturnStatus.SIGNED.value:
        ret.status = ReturnStatus.SUPERSEDED.value  # the period opens: the next is n+1
    session.flush()
    return ret
