"""The machine-readable return: one payload, rendered as PDF and XLSX, signed, verified.

Documented in docs/return-format.md. Canonical form: UTF-8 JSON, keys sorted, no spaces,
all text NFC.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from app import __version__
from app.db.models import Institution, Plan, PlanPeriod
from app.domain.periods import LANGUAGES, Period, Scheme, period_for_key
from app.domain.plan import ItemRow
from app.domain.status import STATUS_WORDS
from app.domain.text import nfc_deep
from app.services import narrative
from app.services.errors import ValidationError
from app.services.institutions import get_self
from app.services.messages import Message
from app.services.plans import find_period
from app.services.report import EventRecord, ItemReport, read_period

SCHEMA = "plandesk.return"
SCHEMA_VERSION = 1
STATUS_KEYS = list(STATUS_WORDS)


def canonical_bytes(payload: dict[str, Any]) -> bytes:
    """The exact bytes that are signed and compared."""
    return json.dumps(
        nfc_deep(payload),
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
    ).encode("utf-8")


def payload_sha256(payload: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(payload)).hexdigest()


class NewerReturn(ValueError):
    """A return written by a newer PlanDesk (a schema version this one does not know)."""


def parse_payload(data: bytes) -> dict[str, Any]:
    """Read a payload from bytes; raises ValueError for anything that is not one."""
    if len(data) > 200 * 1024 * 1024:
        raise ValueError("the embedded return is too large")
    obj = json.loads(data.decode("utf-8"))
    if not isinstance(obj, dict) or obj.get("schema") != SCHEMA:
        raise ValueError("not a PlanDesk return")
    if not isinstance(obj.get("schema_version"), int):
        raise ValueError("not a PlanDesk return")
    if obj["schema_version"] > SCHEMA_VERSION:
        raise NewerReturn("a return from a newer PlanDesk")
    return obj


def _period_dict(p: PlanPeriod, plan: Plan, language: str) -> dict[str, Any]:
    """The period with its label in the return's language."""
    period = Period(p.key, Scheme(plan.scheme), p.start.year, 1, p.start, p.end, p.due, p.name)
    if plan.scheme != Scheme.CUSTOM.value:
        period = period_for_key(p.key, start=p.start, end=p.end)
    label = period.label(language)
    return {
        "key": p.key,
        "label": label,
        "start": p.start.isoformat(),
        "end": p.end.isoformat(),
        "due": p.due.isoformat(),
    }


def build_payload(
    session: Session,
    plan: Plan,
    period_key: str,
    *,
    language: str,
    version: int = 1,
    supersedes: dict[str, Any] | None = None,
    generated_at: datetime | None = None,
) -> dict[str, Any]:
    """Everything a return says about one period, as plain JSON-ready data."""
    if language not in LANGUAGES:
        raise ValidationError(
            Message.UNKNOWN_LANGUAGE, language=language, languages=", ".join(LANGUAGES)
        )
    inst = get_self(session)
    if inst is None:
        raise ValidationError(Message.PROFILE_FIRST_CLI)
    period = find_period(session, plan, period_key)
    report = read_period(session, plan, period.key, language)
    items: list[dict[str, Any]] = []
    for item in report.items:
        entry = item_entry(item.row)
        if item.is_activity:
            entry.update(
                planned=item.planned,
                planned_text=item.planned_text or "",
                not_planned_reason=item.row.not_planned_reason,
                progress=_progress(item),
                events={"count": item.events, "participants": item.event_participants},
            )
        items.append(entry)
    sums = report.totals()
    totals = {
        **sums.statuses,
        "activities": sums.activities,
        "planned_in_period": sums.planned_in_period,
        "open": sums.open,
        "participants": sums.participants,
        "achieved": sums.achieved_number(),
        # every event of the period, those linked to no activity too
        "events": sums.events,
        "event_participants": sums.event_participants,
    }
    payload = envelope(
        session,
        plan,
        period,
        inst,
        kind="institution",
        language=language,
        version=version,
        supersedes=supersedes,
        generated_at=generated_at,
        sections=[(s.key, s.title, s.body) for s in report.narrative],
    )
    payload.update(items=items, events=[_event(e) for e in report.events], totals=totals)
    result: dict[str, Any] = nfc_deep(payload)
    return result


def _progress(item: ItemReport) -> dict[str, Any] | None:
    mark = item.mark
    if mark is None:
        return None
    return {
        "status": mark.status,
        "done_on": mark.done_on.isoformat() if mark.done_on else None,
        "participants": mark.participants,
        "achieved_value": mark.achieved,
        "reason": mark.reason,
        "note": mark.note,
        "evidence": [{"name": e.name, "sha256": e.sha256, "size": e.size} for e in item.evidence],
    }


def _event(event: EventRecord) -> dict[str, Any]:
    return {
        "date": event.held_on.isoformat(),
        "end_date": event.end_on.isoformat() if event.end_on else None,
        "activity": event.activity,
        "participants": event.participants,
        **event.texts,
        **event.counts,
    }


def item_entry(row: ItemRow) -> dict[str, Any]:
    """What every return says of a plan row, whatever its kind."""
    return {
        "code": row.code,
        "kind": row.kind,
        "depth": row.depth,
        "description": row.description,
        "responsible": row.responsible,
        "partners": row.partners,
        "target": {"text": row.target_text, "value": row.target_value, "unit": row.target_unit},
        "footnotes": row.footnote_marks,
    }


def envelope(
    session: Session,
    plan: Plan,
    period: PlanPeriod,
    inst: Institution,
    *,
    kind: str,
    language: str,
    version: int,
    supersedes: dict[str, Any] | None,
    generated_at: datetime | None = None,
    sections: list[tuple[str, str, str]] | None = None,
) -> dict[str, Any]:
    """The parts of a return around its items: who, to whom, which plan and period,
    narrative (*sections* as (key, title, body), read here when not given) and footnotes."""
    if sections is None:
        sections = [
            (s.key, s.title, s.body)
            for s in narrative.sections(session, plan, period.key, language)
        ]
    parent = inst.parent
    when = generated_at or datetime.now(UTC)
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "kind": kind,
        "language": language,
        "generated_at": when.replace(microsecond=0).isoformat(),
        "app_version": __version__,
        "institution": {
            "code": inst.code,
            "name": inst.name,
            "kind": inst.kind,
            "head_name": inst.head_name,
            "head_title": inst.head_title,
            "email": inst.email,
        },
        "recipient": {
            "code": parent.code if parent else "",
            "name": parent.name if parent else "",
            "email": parent.email if parent else "",
        },
        "plan": {
            "title": plan.title,
            "year": plan.year,
            "scheme": plan.scheme,
            "version": plan.version,
            "issuer": plan.issuer_name,
        },
        "period": _period_dict(period, plan, language),
        "version": version,
        "supersedes": supersedes,
        "narrative": [{"key": key, "title": title, "body": body} for key, title, body in sections],
        "footnotes": [
            {"mark": f.mark, "text": f.text} for f in sorted(plan.footnotes, key=lambda f: f.mark)
        ],
    }
