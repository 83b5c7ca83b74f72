"""Consolidation: roll subordinates' accepted returns up into this institution's own return.

Counting is by *leaf* institution (a school): a consolidated return carries its leaves, so a
province taking a district's consolidated return and an old direct return of one of its
schools counts that school once (its newest version wins).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Plan, Return
from app.domain.status import ReturnDirection, ReturnStatus, Status
from app.domain.totals import Figures, Totals
from app.services.errors import ValidationError
from app.services.plans import find_period, load_tree

if TYPE_CHECKING:
    from app.services.identity import LoadedIdentity
    from app.services.returns import ExportResult
from app.services.return_payload import (
    STATUS_KEYS,
    _nfc,
    envelope,
    item_entry,
    payload_sha256,
)

EXCERPT = 600


def _leaf_entry(payload: dict[str, Any], via: str) -> dict[str, Any]:
    """One reporting institution's figures, compact: activity code -> figures."""
    items: dict[str, list[Any]] = {}
    for item in payload.get("items", []):
        if item.get("kind") != "activity":
            continue
        prog = item.get("progress") or {}
        ev = item.get("events") or {}
        items[item["code"]] = [
            prog.get("status"),
            prog.get("participants"),
            prog.get("achieved_value"),
            ev.get("count", 0),
            ev.get("participants", 0),
            prog.get("reason", ""),
        ]
    kinds = Counter(e.get("kind", "other") for e in payload.get("events", []))
    inst = payload["institution"]
    return {
        "name": inst["name"],
        "kind": inst.get("kind", ""),
        "version": payload["version"],
        "payload_sha256": payload_sha256(payload),
        "via": via,
        "generated_at": payload.get("generated_at", ""),
        "items": items,
        "event_kinds": dict(kinds),
        "narrative": [
            {"title": s.get("title", ""), "body": s.get("body", "")[:EXCERPT]}
            for s in payload.get("narrative", [])
            if s.get("body")
        ],
    }


def _leaves_of(payload: dict[str, Any], via: str) -> dict[str, dict[str, Any]]:
    if payload.get("kind") == "consolidated":
        return {code: {**leaf, "via": via} for code, leaf in payload.get("leaves", {}).items()}
    return {payload["institution"]["code"]: _leaf_entry(payload, via)}


def _newer(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (a["version"], a.get("generated_at", "")) > (b["version"], b.get("generated_at", ""))


def collect(
    session: Session, plan: Plan, period_key: str
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The accepted current returns (children) and the deduplicated leaves they cover."""
    rows = session.execute(
        select(
            Return.institution_code,
            Return.version,
            Return.payload,
            Return.payload_sha256,
            Return.file_sha256,
            Return.late,
            Return.signed_at,
        )
        .where(
            Return.direction == ReturnDirection.INCOMING.value,
            Return.plan_id == plan.id,
            Return.period_key == period_key,
            Return.status == ReturnStatus.ACCEPTED.value,
        )
        .order_by(Return.institution_code)
        .execution_options(yield_per=100)  # one payload in memory at a time
    )
    children: list[dict[str, Any]] = []
    leaves: dict[str, dict[str, Any]] = {}
    for code, version, text, payload_hash, file_hash, late, signed_at in rows:
        payload = json.loads(text)
        children.append(
            {
                "code": code,
                "name": payload["institution"]["name"],
                "kind": payload.get("kind", "institution"),
                "version": version,
                "payload_sha256": payload_hash,
                "file_sha256": file_hash,
                "late": late,
                "signed_at": signed_at.isoformat() if signed_at else None,
                "totals": payload.get("totals", {}),
            }
        )
        for leaf_code, leaf in _leaves_of(payload, code).items():
            if leaf_code not in leaves or _newer(leaf, leaves[leaf_code]):
                leaves[leaf_code] = leaf
    return children, leaves


def consolidated_payload(
    session: Session, plan: Plan, period_key: str, *, language: str, version: int = 1
) -> dict[str, Any]:
    from app.services.institutions import get_self

    me = get_self(session)
    if me is None:
        raise ValidationError("set this institution's profile first")
    period = find_period(session, plan, period_key)
    children, leaves = collect(session, plan, period.key)
    if not children:
        raise ValidationError(f"no accepted returns for {period.key} to consolidate")
    items: list[dict[str, Any]] = []
    sums = Totals()  # over every (activity, institution) report
    activities = 0
    event_kinds: Counter[str] = Counter()
    for leaf in leaves.values():
        event_kinds.update(leaf.get("event_kinds", {}))
    for row in load_tree(session, plan.id):
        entry = item_entry(row)
        if row.kind == "activity":
            activities += 1
            item = Totals()
            reasons: dict[str, list[str]] = defaultdict(list)
            for code, leaf in leaves.items():
                fig = leaf["items"].get(row.code)
                if fig is None:
                    continue
                status, people, value, n_events, n_people, reason = fig
                figures = Figures(
                    status=status or None,
                    participants=people,
                    achieved=value,
                    events=n_events or 0,
                    event_participants=n_people or 0,
                )
                item.add(figures)
                sums.add(figures)
                if status == Status.NOT_DONE and reason:
                    reasons[reason.strip()].append(code)
            done = item.statuses.get("done", 0)
            entry.update(
                planned=period.key in row.planned,
                planned_text=row.planned.get(period.key, ""),
                not_planned_reason=row.not_planned_reason,
                progress=None,
                events={"count": item.events, "participants": item.event_participants},
                consolidated={
                    "institutions": item.reporting,
                    "status_counts": {k: item.statuses.get(k, 0) for k in STATUS_KEYS},
                    "done_share": round(done / item.reporting, 4) if item.reporting else 0.0,
                    "participants": item.participants,
                    "achieved": item.achieved_number(),
                    "reasons": [
                        {"reason": k, "institutions": sorted(v)}
                        for k, v in sorted(reasons.items(), key=lambda kv: -len(kv[1]))
                    ],
                },
            )
        items.append(entry)
    totals: dict[str, Any] = {
        **{k: sums.statuses.get(k, 0) for k in STATUS_KEYS},
        "activities": activities,
        "institutions": len(leaves),
        "participants": sums.participants,
        "achieved": sums.achieved_number(),
        "events": sums.events,
        "event_participants": sums.event_participants,
        "event_kinds": dict(sorted(event_kinds.items())),
    }
    payload = envelope(
        session,
        plan,
        period,
        me,
        kind="consolidated",
        language=language,
        version=version,
        supersedes=None,
    )
    payload.update(
        {
            "items": items,
            "events": [],
            "children_narrative": [
                {"code": code, "name": leaf["name"], "sections": leaf.get("narrative", [])}
                for code, leaf in sorted(leaves.items())
                if leaf.get("narrative")
            ],
            "children": children,
            "leaves": dict(sorted(leaves.items())),
            "totals": totals,
        }
    )
    result: dict[str, Any] = _nfc(payload)
    return result


def prepare_consolidated(
    session: Session, plan: Plan, period_key: str, language: str
) -> dict[str, Any]:
    """The consolidated return to write: the signed one again (same language), or the next
    version built from the returns accepted now."""
    from app.services.locks import CONSOLIDATED, signed_return
    from app.services.returns import version_info

    period = find_period(session, plan, period_key)
    frozen = signed_return(session, plan, period.key, CONSOLIDATED)
    if frozen is not None and frozen.payload:
        stored: dict[str, Any] = json.loads(frozen.payload)
        if stored.get("language") == language:
            return stored
    version, superseded = version_info(session, plan, period.key, CONSOLIDATED)
    payload = consolidated_payload(session, plan, period.key, language=language, version=version)
    if frozen is not None:
        payload["supersedes"] = json.loads(frozen.payload).get("supersedes")
    elif superseded is not None:
        payload["supersedes"] = {
            "version": superseded.version,
            "payload_sha256": superseded.payload_sha256,
        }
    return payload


def export_consolidated(
    session: Session,
    plan: Plan,
    period_key: str,
    *,
    fmt: str,
    language: str,
    out: Path,
    ident: LoadedIdentity | None = None,
) -> tuple[ExportResult, dict[str, Any]]:
    """Write the consolidated return (PDF, XLSX, or its data as JSON); signing records it as
    a version of its own (the directorate's own return is not frozen by it)."""
    import hashlib

    from app.fileio import write_atomically
    from app.services.return_payload import payload_sha256
    from app.services.returns import ExportResult, record_signed, render

    payload = prepare_consolidated(session, plan, period_key, language)
    pages = 0
    if fmt == "json":
        if ident is not None:
            raise ValidationError("a signed consolidated return is a PDF or an XLSX")
        data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    elif fmt in ("pdf", "xlsx"):
        data, pages = render(payload, fmt, ident)
    else:
        raise ValidationError(f"unknown format '{fmt}' (pdf, xlsx or json)")
    write_atomically(out, data)
    if ident is not None:
        record_signed(session, plan, payload, out, data, ident)
    result = ExportResult(
        out,
        hashlib.sha256(data).hexdigest(),
        payload_sha256(payload),
        int(payload["version"]),
        ident is not None,
        pages,
    )
    return result, payload
