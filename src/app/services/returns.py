"""Returns made here: export (PDF / XLSX), sign, freeze the period, correct as a new version."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Plan, Return
from app.db.session import current_user
from app.domain.return_format import Payload, Supersedes
from app.domain.status import ReturnDirection, ReturnStatus
from app.fileio import write_atomically
from app.scratch import scratch_dir
from app.services.errors import NotFound, PeriodLocked, ValidationError
from app.services.identity import cert_sha256, safe_file_part
from app.services.locks import INSTITUTION, claim_signing, recorded_here, signed_return
from app.services.messages import Message
from app.services.plans import PlanRef, find_period, plan_of
from app.services.return_payload import (
    build_payload,
    canonical_bytes,
    payload_sha256,
    recorded_payload,
)

if TYPE_CHECKING:
    from app.services.signing import SigningKey

FORMATS = ("pdf", "xlsx")
# the visible signature stamp: "signed by", "title", "date" in the return's language
STAMP_LABELS = {
    "en": ("Signed by", "Title", "Date"),
    "tr": ("İmzalayan", "Unvan", "Tarih"),
    "ru": ("Подписал", "Должность", "Дата"),
    "kk": ("Қол қойған", "Лауазымы", "Күні"),
    "ro": ("Semnat de", "Funcția", "Data"),
    "vi": ("Người ký", "Chức vụ", "Ngày ký"),
}


@dataclass
class ExportResult:
    path: Path
    file_sha256: str
    payload_sha256: str
    version: int
    signed: bool
    pages: int = 0
    p7s: Path | None = None  # the detached CMS signature beside the file, when asked for


def default_file_name(payload: Payload, fmt: str) -> str:
    """``<code>_<period>_v<version>.<fmt>`` — the verifier checks it against the content."""
    code = safe_file_part(str(payload["institution"]["code"]))
    return f"{code}_{payload['period']['key']}_v{payload['version']}.{fmt}"


def version_info(
    session: Session, plan: Plan, period_key: str, kind: str = INSTITUTION
) -> tuple[int, Return | None]:
    """The version the next signed return of *kind* gets, and the return it supersedes."""
    latest = session.scalars(
        select(Return)
        .where(
            Return.plan_id == plan.id,
            Return.period_key == period_key,
            Return.direction == ReturnDirection.OUTGOING.value,
            Return.kind == kind,
        )
        .order_by(Return.version.desc(), Return.id.desc())
    ).first()
    if latest is None:
        return 1, None
    if latest.status == ReturnStatus.SIGNED.value:
        return latest.version, None  # frozen: the same version again (other format)
    superseded = latest if latest.status == ReturnStatus.SUPERSEDED.value else None
    return latest.version + 1, superseded


def prepare_payload(session: Session, plan: Plan, period_key: str, language: str) -> Payload:
    period = find_period(session, plan, period_key)
    frozen = signed_return(session, plan, period.key)
    if frozen is not None and frozen.payload:
        stored = recorded_payload(frozen.payload)
        if stored.get("language") == language:
            return stored  # the signed data, exactly
    version, superseded = version_info(session, plan, period.key)
    supersedes: Supersedes | None = None
    if frozen is not None:
        supersedes = recorded_payload(frozen.payload).get("supersedes") if frozen.payload else None
    elif superseded is not None:
        supersedes = {"version": superseded.version, "payload_sha256": superseded.payload_sha256}
    return build_payload(
        session, plan, period.key, language=language, version=version, supersedes=supersedes
    )


def render(
    payload: Payload,
    fmt: str,
    ident: SigningKey | None,
    stamp_title: str = "",
    seal: SigningKey | None = None,
) -> tuple[bytes, int]:
    """The file's bytes (signed when *ident* is given, then sealed when *seal* is given)
    and its page count (PDF)."""
    from app.services.signing import Seal, StampText, sign_pdf, xlsx_signer

    with scratch_dir("render") as tmp:
        out = tmp / f"return.{fmt}"
        data = canonical_bytes(payload)
        if fmt == "pdf":
            from app.exports.pdf_return import render_pdf_bytes

            pdf, layout = render_pdf_bytes(payload)
            if ident is None:
                return pdf, layout.pages
            inst = payload["institution"]
            labels = STAMP_LABELS.get(str(payload.get("language")), STAMP_LABELS["en"])
            stamp = StampText(
                signer=inst.get("head_name") or inst["name"],
                title=inst.get("head_title", "") or stamp_title,
                institution=inst["name"],
                labels=labels,
            )
            sealing = None
            if seal is not None:
                from app.exports.labels import label, language_of

                seal_stamp = StampText(
                    signer=inst["name"],
                    title="",
                    institution=inst["name"],
                    labels=(label(language_of(payload), "seal"), "", labels[2]),
                )
                sealing = Seal(seal, layout.seal_box, seal_stamp)
            signed = sign_pdf(
                pdf,
                data,
                ident,
                page=layout.signature_page,
                box=layout.signature_box,
                stamp=stamp,
                reason=f"{payload['period']['key']} v{payload['version']}",
                seal=sealing,
            )
            return signed, layout.pages
        if fmt == "xlsx":
            from app.exports.xlsx_return import render_xlsx

            signer = xlsx_signer(ident) if ident is not None else None
            sealer = xlsx_signer(seal) if ident is not None and seal is not None else None
            render_xlsx(
                payload,
                out,
                payload_bytes=data if ident else None,
                signer=signer,
                seal_signer=sealer,
            )
            return out.read_bytes(), 0
    raise ValidationError(Message.UNKNOWN_FORMAT, format=fmt)


def export_return(
    session: Session,
    plan: Plan,
    period_key: str,
    *,
    fmt: str,
    language: str,
    out: Path,
    ident: SigningKey | None = None,
    p7s: bool = False,
    seal: SigningKey | None = None,
) -> ExportResult:
    """Write the return file; signing records it and freezes the period. With *p7s*, a
    detached CMS signature over the whole file is written beside it (``FILE.p7s``), for
    systems that take CMS packages (CAdES-BES; ``openssl cms -verify`` checks it)."""
    if fmt not in FORMATS:
        raise ValidationError(Message.UNKNOWN_FORMAT, format=fmt)
    if p7s and ident is None:
        raise ValidationError(Message.P7S_NEEDS_SIGN)
    payload = prepare_payload(session, plan, period_key, language)
    return write_return(session, plan, payload, fmt=fmt, out=out, ident=ident, seal=seal, p7s=p7s)


def write_return(
    session: Session,
    plan: Plan,
    payload: Payload,
    *,
    fmt: str,
    out: Path,
    ident: SigningKey | None = None,
    seal: SigningKey | None = None,
    p7s: bool = False,
) -> ExportResult:
    """Render *payload* (an institution's return or a consolidation) as *fmt* into *out*;
    signed, it is recorded (an institution's own return freezes its period)."""
    if seal is not None and ident is None:
        raise ValidationError(Message.SEAL_AFTER_HEAD)
    data, pages = render(payload, fmt, ident, seal=seal)
    write_atomically(out, data)
    file_hash = hashlib.sha256(data).hexdigest()
    result = ExportResult(
        out, file_hash, payload_sha256(payload), payload["version"], ident is not None, pages
    )
    if ident is not None and p7s:
        from app.services.signing import sign_detached

        result.p7s = out.with_name(out.name + ".p7s")
        write_atomically(result.p7s, sign_detached(data, ident))
    if ident is not None:
        record_signed(session, plan, payload, out, data, ident)
    return result


def record_signed(
    session: Session,
    plan: Plan,
    payload: Payload,
    out: Path,
    data: bytes,
    ident: SigningKey,
) -> Return:
    """Keep a signed return made here; the institution's own freezes its period.

    One clerk at a time (``locks.claim_signing``): when another clerk signed the period
    since this unit of work found it open, nothing is recorded, the file just written for it
    is removed (it must not be sent) and ``PeriodLocked`` says by whom."""
    kind = str(payload.get("kind", INSTITUTION))
    try:
        claim_signing(session, plan, payload["period"]["key"], kind)
    except PeriodLocked:
        if out.is_file() and out.read_bytes() == data:
            out.unlink(missing_ok=True)
        raise
    _, superseded = version_info(session, plan, payload["period"]["key"], kind)
    row = Return(
        direction=ReturnDirection.OUTGOING.value,
        kind=kind,
        status=ReturnStatus.SIGNED.value,
        plan_id=plan.id,
        institution_code=payload["institution"]["code"],
        recipient_code=payload["recipient"]["code"],
        period_key=payload["period"]["key"],
        version=payload["version"],
        supersedes_id=superseded.id if superseded else None,
        payload=canonical_bytes(payload).decode("utf-8"),
        payload_sha256=payload_sha256(payload),
        file_name=out.name,
        file_sha256=hashlib.sha256(data).hexdigest(),
        signer_subject=ident.cert.subject.rfc4514_string(),
        signer_sha256=cert_sha256(ident.cert),
        signed_at=datetime.now(UTC).replace(tzinfo=None),
        recorded_by=current_user(),
    )
    session.add(row)
    session.flush()
    recorded_here(session, row)
    return row


def correct_return(
    session: Session, plan: PlanRef, period_key: str, kind: str = INSTITUTION
) -> int:
    """Unlock a signed period: its returns become superseded; the next one is version n+1."""
    plan = plan_of(session, plan)
    period = find_period(session, plan, period_key)
    rows = session.scalars(
        select(Return).where(
            Return.plan_id == plan.id,
            Return.period_key == period.key,
            Return.direction == ReturnDirection.OUTGOING.value,
            Return.status == ReturnStatus.SIGNED.value,
            Return.kind == kind,
        )
    ).all()
    if not rows:
        raise NotFound(Message.NO_SIGNED_RETURN_TO_CORRECT, period=period.key)
    for row in rows:
        row.status = ReturnStatus.SUPERSEDED.value
    session.flush()
    return max(r.version for r in rows) + 1


def list_returns(session: Session, plan: PlanRef) -> list[dict[str, Any]]:
    plan = plan_of(session, plan)
    rows = session.scalars(
        select(Return)
        .where(Return.plan_id == plan.id, Return.direction == ReturnDirection.OUTGOING.value)
        .order_by(Return.period_key, Return.version, Return.id)
    ).all()
    return [
        {
            "period": r.period_key,
            "kind": r.kind,
            "version": r.version,
            "status": r.status,
            "file": r.file_name,
            "file_sha256": r.file_sha256,
            "payload_sha256": r.payload_sha256,
            "signer": r.signer_subject,
            "signed_at": r.signed_at.isoformat() if r.signed_at else None,
        }
        for r in rows
    ]
