"""Returns kept for years: a return taken in (or signed here) stays verifiable after its
signer's certificate expires, offline, by the record made when it was verified.

Intake verifies a file completely and keeps its SHA-256 with the outcome and the time. Later,
when a verification fails only because time has passed (an expired certificate, no network to
ask anything), the very same bytes — the hash proves it — are "valid at intake": verified then,
unchanged since. A copy altered by one byte has another hash and has no such record.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Return
from app.domain.status import ReturnDirection, ReturnStatus


@dataclass(frozen=True)
class ArchiveRecord:
    direction: str  # incoming: taken in here; outgoing: signed here
    institution_code: str
    period_key: str
    version: int
    status: str
    at: datetime | None  # when it was taken in (or signed)
    signer: str
    file_sha256: str

    def as_json(self) -> dict[str, object]:
        return {
            "direction": self.direction,
            "institution": self.institution_code,
            "period": self.period_key,
            "version": self.version,
            "status": self.status,
            "at": self.at.isoformat() if self.at else None,
            "signer": self.signer,
            "file_sha256": self.file_sha256,
        }


KEPT = (ReturnStatus.ACCEPTED.value, ReturnStatus.SUPERSEDED.value, ReturnStatus.SIGNED.value)


def record_of(session: Session, data: bytes) -> ArchiveRecord | None:
    """The record of these very bytes, verified and kept here (never a refused file)."""
    sha = hashlib.sha256(data).hexdigest()
    row = session.scalars(
        select(Return).where(Return.file_sha256 == sha, Return.status.in_(KEPT)).order_by(Return.id)
    ).first()
    if row is None:
        return None
    incoming = row.direction == ReturnDirection.INCOMING.value
    return ArchiveRecord(
        direction=row.direction,
        institution_code=row.institution_code,
        period_key=row.period_key,
        version=row.version,
        status=row.status,
        at=row.received_at if incoming else row.signed_at,
        signer=row.signer_subject,
        file_sha256=sha,
    )
