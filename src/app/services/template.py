"""The plan sent down: one signed JSON file (the signature travels inside it).

A subordinate's import verifies the signature, keeps the codes, records the issuer; a later
template version updates the plan without losing progress, events or local activities.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.db.models import Event, Footnote, Plan, PlanItem, PlannedPeriod, PlanPeriod, Progress
from app.domain.codes import natural_key, sort_key_text
from app.domain.plan import PlanData
from app.services.errors import ImportRejected
from app.services.institutions import get_self
from app.services.messages import Message
from app.services.plans import plan_document, store_plan
from app.services.return_payload import canonical_bytes
from app.services.signing import SigningKey
from app.services.trust import TrustPolicy

SCHEMA = "plandesk.template"
MAX_BYTES = 50 * 1024 * 1024


def export_template(session: Session, plan: Plan, ident: SigningKey) -> bytes:
    from app.services.signing import sign_detached

    me = get_self(session)
    doc = plan_document(session, plan)
    doc["narrative_outline"] = list(plan.narrative_outline or [])
    doc["due_days"] = plan.due_days
    body: dict[str, Any] = {
        "schema": SCHEMA,
        "schema_version": 1,
        "issuer": {"code": me.code if me else "", "name": me.name if me else ""},
        "template_version": plan.version,
        "plan": doc,
    }
    cms = sign_detached(canonical_bytes(body), ident)
    body["signature"] = {"cms": base64.b64encode(cms).decode("ascii")}
    return json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")


def is_template(data: bytes) -> bool:
    head = data[:4096].decode("utf-8", errors="ignore")
    return f'"{SCHEMA}"' in head


class UntrustedTemplate(ImportRejected):
    """A template whose signature is intact, from a signer this database does not trust yet:
    the clerk may trust its certificate (shown by fingerprint) and import again."""

    def __init__(self, issuer_code: str, cert: x509.Certificate) -> None:
        from app.services.trust import fingerprint

        self.issuer_code = issuer_code
        self.certificate = cert
        self.fingerprint = fingerprint(cert)
        subject = cert.subject.rfc4514_string()
        if issuer_code:
            super().__init__(
                Message.TEMPLATE_UNTRUSTED,
                issuer=issuer_code,
                subject=subject,
                fingerprint=self.fingerprint,
            )
        else:
            super().__init__(
                Message.TEMPLATE_UNTRUSTED_UNNAMED, subject=subject, fingerprint=self.fingerprint
            )


@dataclass
class TemplateInfo:
    issuer_code: str
    issuer_name: str
    version: int
    signer: str
    plan: PlanData
    document: dict[str, Any]
    sha256: str


def read_template(
    data: bytes,
    trust: TrustPolicy | list[x509.Certificate],
    issuer_certs: list[x509.Certificate] | None = None,
) -> TemplateInfo:
    """Parse and verify; raises ImportRejected with the reason.

    The signer must be trusted and bound to the institution the template names as its issuer
    (a school holding an identity from its directorate cannot send a template in the
    directorate's name). *issuer_certs*: certificates the clerk gives for this import,
    trusted for the issuer the template names (its root, or its signing certificate).
    """
    import hashlib

    from app.services.plan_import.json_plan import parse_plan_json
    from app.services.reasons import Reason, Refusal
    from app.services.verify import Verification, verify_cms

    policy = trust if isinstance(trust, TrustPolicy) else TrustPolicy.of_certificates(trust)
    if len(data) > MAX_BYTES:
        raise ImportRejected(Message.TEMPLATE_TOO_LARGE)
    try:
        body = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ImportRejected(Message.TEMPLATE_NOT_JSON) from None
    if not isinstance(body, dict) or body.get("schema") != SCHEMA:
        raise ImportRejected(Message.NOT_A_TEMPLATE)
    sig = body.pop("signature", None)
    if not isinstance(sig, dict) or not isinstance(sig.get("cms"), str):
        raise ImportRejected(Message.TEMPLATE_UNSIGNED)
    try:
        cms = base64.b64decode(sig["cms"], validate=True)
    except ValueError:
        raise ImportRejected(Message.TEMPLATE_SIGNATURE_DAMAGED) from None
    issuer = body.get("issuer") or {}
    issuer_code = str(issuer.get("code", "")) if isinstance(issuer, dict) else ""
    if issuer_certs:
        policy = TrustPolicy().merge(policy)
        for cert in issuer_certs:
            policy.add(cert, issuer_code or None)
    result = Verification(ok=False)
    try:
        verify_cms(canonical_bytes(body), cms, policy, result)
    except Refusal as exc:
        if exc.outcome.code is Reason.SIGNER_UNTRUSTED and result.signer_cert is not None:
            raise UntrustedTemplate(issuer_code, result.signer_cert) from None
        raise ImportRejected(Message.TEMPLATE_REFUSED, reason=exc.outcome) from None
    assert result.signer_cert is not None
    if result.signer_code is not None and result.signer_code != issuer_code:
        raise ImportRejected(
            Message.TEMPLATE_SIGNER_MISMATCH, issuer=issuer_code, signer=result.signer_code
        )
    unbound = policy.binding(issuer_code, result.signer_cert, result.anchor_sha256)
    if unbound is not None:
        raise ImportRejected(Message.TEMPLATE_REFUSED, reason=unbound)
    doc = body.get("plan")
    if not isinstance(doc, dict):
        raise ImportRejected(Message.TEMPLATE_NO_PLAN)
    plan = parse_plan_json(json.dumps(doc).encode(), "the template")
    plan.issuer = str(issuer.get("name", ""))
    plan.version = int(body.get("template_version") or 1)
    return TemplateInfo(
        str(issuer.get("code", "")),
        str(issuer.get("name", "")),
        plan.version,
        result.signer_subject,
        plan,
        doc,
        hashlib.sha256(data).hexdigest(),
    )


def trust_issuer(session: Session, info: TemplateInfo, certs: list[x509.Certificate]) -> None:
    """Keep *certs* (given by the clerk to import *info*) as the issuer's: the next version of
    the template verifies without them. They vouch for the issuer only."""
    from app.services.subordinates import register_issuer

    register_issuer(session, info.issuer_code, info.issuer_name, certs)


def import_template(session: Session, info: TemplateInfo) -> tuple[Plan, str]:
    """New plan from the template, or an update of the plan from the same issuer."""
    existing = session.scalars(
        select(Plan)
        .where(
            Plan.issuer_code == info.issuer_code,
            Plan.title == info.plan.title,
            Plan.year == info.plan.year,
        )
        .order_by(Plan.id.desc())
    ).first()
    if existing is None:
        me = get_self(session)
        plan = store_plan(
            session, info.plan, institution_id=me.id if me else None, origin="template"
        )
        plan.issuer_code, plan.source_template_sha256 = info.issuer_code, info.sha256
        plan.narrative_outline = list(info.document.get("narrative_outline") or [])
        plan.due_days = int(info.document.get("due_days") or plan.due_days)
        session.flush()
        return plan, "created"
    if info.version < existing.version:
        raise ImportRejected(Message.TEMPLATE_OLDER, version=info.version, current=existing.version)
    _merge(session, existing, info)
    return existing, "updated"


def _merge(session: Session, plan: Plan, info: TemplateInfo) -> None:
    data = info.plan
    have = {p.key: p for p in plan.periods}
    for pd in data.periods:
        if pd.key not in have and pd.start and pd.end and pd.due:
            plan.periods.append(
                PlanPeriod(key=pd.key, label=pd.label, start=pd.start, end=pd.end, due=pd.due)
            )
        elif pd.key in have and pd.due and not have[pd.key].due_overridden:
            have[pd.key].due = pd.due
    current = {f.mark: f for f in plan.footnotes}
    for fn in data.footnotes:
        if fn.mark in current:
            current[fn.mark].text = fn.text
        else:
            plan.footnotes.append(Footnote(mark=fn.mark, text=fn.text))
    session.flush()
    items = {
        i.code: i for i in session.scalars(select(PlanItem).where(PlanItem.plan_id == plan.id))
    }
    from app.domain.plan import assign_parents

    assign_parents(data.items)
    wanted = {i.code for i in data.items}
    positions: dict[str | None, int] = {}
    for it in data.items:
        row = items.get(it.code)
        if row is None:
            row = PlanItem(
                plan_id=plan.id,
                code=it.code,
                kind=it.kind.value,
                origin="template",
                sort_key=sort_key_text(it.code),
                footnote_marks=[],
            )
            session.add(row)
            items[it.code] = row
        pos = positions.get(it.parent_code, 0)
        positions[it.parent_code] = pos + 1
        row.kind, row.description, row.responsible = it.kind.value, it.description, it.responsible
        row.partners, row.target_text, row.target_value = (
            it.partners,
            it.target_text,
            it.target_value,
        )
        row.target_unit, row.footnote_marks = it.target_unit, list(it.footnote_marks)
        row.not_planned_reason, row.origin, row.position = it.not_planned_reason, "template", pos
        row.parent = items[it.parent_code] if it.parent_code else None
        session.flush()
        session.execute(delete(PlannedPeriod).where(PlannedPeriod.item_id == row.id))
        for pp in it.planned:
            session.add(
                PlannedPeriod(
                    item_id=row.id, period_key=pp.period_key, planned_text=pp.planned_text
                )
            )
    for code, row in sorted(items.items(), key=lambda kv: natural_key(kv[0]), reverse=True):
        if row.origin != "template" or code in wanted:
            continue
        used = session.scalar(select(func.count(Progress.id)).where(Progress.item_id == row.id))
        used = (used or 0) + (
            session.scalar(select(func.count(Event.id)).where(Event.item_id == row.id)) or 0
        )
        if used or row.children:
            row.origin = "local"
            row.notes = (
                row.notes + "\n" if row.notes else ""
            ) + f"(no longer in template version {info.version}; kept for its progress)"
        else:
            session.delete(row)
    plan.version = info.version
    plan.source_template_sha256 = info.sha256
    plan.narrative_outline = list(
        info.document.get("narrative_outline") or plan.narrative_outline or []
    )
    session.flush()
