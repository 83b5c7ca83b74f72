"""The machine-readable return: one payload, rendered as PDF and XLSX, signed, verified.

Documented in docs/return-format.md, typed in :mod:`app.domain.return_format`. Canonical
form: UTF-8 JSON, keys sorted, no spaces, all text NFC.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TypedDict, cast

from sqlalchemy.orm import Session

from app import __version__
from app.db.models import Institution, Plan, PlanPeriod
from app.domain.periods import LANGUAGES, Period, Scheme, period_for_key
from app.domain.plan import ItemRow
from app.domain.return_format import (
    Child,
    ChildNarrative,
    EventEntry,
    Item,
    Leaf,
    NarrativeSection,
    Payload,
    PeriodEntry,
    Progress,
    Supersedes,
    TotalsEntry,
)
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


def canonical_bytes(payload: Mapping[str, object]) -> bytes:
    """The exact bytes that are signed and compared (of a payload, a receipt, a template)."""
    return json.dumps(
        nfc_deep(payload),
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
    ).encode("utf-8")


def payload_sha256(payload: Mapping[str, object]) -> str:
    return hashlib.sha256(canonical_bytes(payload)).hexdigest()


class NewerReturn(ValueError):
    """A return written by a newer PlanDesk (a schema version this one does not know)."""


def parse_payload(data: bytes) -> Payload:
    """Read a payload from bytes; raises ValueError for anything that is not one.

    Only the envelope is checked here: the result is still untrusted data in the shape of a
    :class:`Payload` (its readers use ``.get()`` where a foreign file may differ)."""
    if len(data) > 200 * 1024 * 1024:
        raise ValueError("the embedded return is too large")
    obj = json.loads(data.decode("utf-8"))
    if not isinstance(obj, dict) or obj.get("schema") != SCHEMA:
        raise ValueError("not a PlanDesk return")
    if not isinstance(obj.get("schema_version"), int):
        raise ValueError("not a PlanDesk return")
    if obj["schema_version"] > SCHEMA_VERSION:
        raise NewerReturn("a return from a newer PlanDesk")
    return cast(Payload, obj)


def recorded_payload(text: str) -> Payload:
    """A payload PlanDesk recorded itself (``Return.payload``: the canonical JSON of a
    return it built and signed here, or took in after verifying it)."""
    return cast(Payload, json.loads(text))


def _period_entry(p: PlanPeriod, plan: Plan, language: str) -> PeriodEntry:
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
    supersedes: Supersedes | None = None,
    generated_at: datetime | None = None,
) -> Payload:
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
    items: list[Item] = []
    for item in report.items:
        entry = item_of(item.row)
        if item.is_activity:
            entry["planned"] = item.planned
            entry["planned_text"] = item.planned_text or ""
            entry["not_planned_reason"] = item.row.not_planned_reason
            entry["progress"] = _progress(item)
            entry["events"] = {"count": item.events, "participants": item.event_participants}
        items.append(entry)
    sums = report.totals()
    # every status word, and a word this PlanDesk does not know under its own key too
    totals = cast(
        TotalsEntry,
        {
            **sums.statuses,
            "activities": sums.activities,
            "planned_in_period": sums.planned_in_period,
            "open": sums.open,
            "participants": sums.participants,
            "achieved": sums.achieved_number(),
            # every event of the period, those linked to no activity too
            "events": sums.events,
            "event_participants": sums.event_participants,
        },
    )
    payload = compose_payload(
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
        items=items,
        events=[_event(e) for e in report.events],
        totals=totals,
    )
    return nfc_deep(payload)


def _progress(item: ItemReport) -> Progress | None:
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


def _event(event: EventRecord) -> EventEntry:
    texts, counts = event.texts, event.counts
    return {
        "date": event.held_on.isoformat(),
        "end_date": event.end_on.isoformat() if event.end_on else None,
        "activity": event.activity,
        "participants": event.participants,
        # app.domain.events.TEXT_FIELDS
        "title": texts["title"],
        "kind": texts["kind"],
        "venue": texts["venue"],
        "organiser": texts["organiser"],
        "partners": texts["partners"],
        "project": texts["project"],
        "materials": texts["materials"],
        "description": texts["description"],
        # app.domain.events.COUNT_FIELDS
        "women": counts["women"],
        "men": counts["men"],
        "pupils": counts["pupils"],
        "teachers": counts["teachers"],
        "parents": counts["parents"],
        "staff": counts["staff"],
        "materials_count": counts["materials_count"],
    }


def item_of(row: ItemRow) -> Item:
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


# What only a consolidated return carries (app.services.consolidate), in the order it is
# written between the events and the totals (all three or none)
ConsolidatedParts = TypedDict(  # noqa: UP013 (keys only read as strings: see return_format)
    "ConsolidatedParts",
    {
        "children_narrative": list[ChildNarrative],
        "children": list[Child],
        "leaves": dict[str, Leaf],
    },
    total=False,
)
_INSTITUTION_ONLY: ConsolidatedParts = {}


def compose_payload(
    session: Session,
    plan: Plan,
    period: PlanPeriod,
    inst: Institution,
    *,
    kind: str,
    language: str,
    version: int,
    supersedes: Supersedes | None,
    items: list[Item],
    events: list[EventEntry],
    totals: TotalsEntry,
    generated_at: datetime | None = None,
    sections: list[tuple[str, str, str]] | None = None,
    consolidated: ConsolidatedParts | None = None,
) -> Payload:
    """A whole return, an institution's or a consolidated one: who, to whom, which plan and
    period, narrative (*sections* as (key, title, body), read here when not given) and
    footnotes, around its *items*, *events* and *totals* (and a consolidation's
    *consolidated* parts: children, leaves, the children's narrative)."""
    if sections is None:
        sections = [
            (s.key, s.title, s.body)
            for s in narrative.sections(session, plan, period.key, language)
        ]
    parent = inst.parent
    when = generated_at or datetime.now(UTC)
    narrative_entries: list[NarrativeSection] = [
        {"key": key, "title": title, "body": body} for key, title, body in sections
    ]
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
        "period": _period_entry(period, plan, language),
        "version": version,
        "supersedes": supersedes,
        "narrative": narrative_entries,
        "footnotes": [
            {"mark": f.mark, "text": f.text} for f in sorted(plan.footnotes, key=lambda f: f.mark)
        ],
        "items": items,
        "events": events,
        **(consolidated if consolidated is not None else _INSTITUTION_ONLY),
        "totals": totals,
    }
