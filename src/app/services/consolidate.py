"""Consolidation: roll subordinates' accepted returns up into this institution's own return.

Counting is by *leaf* institution (a school): a consolidated return carries its leaves, so a
province taking a district's consolidated return and an old direct return of one of its
schools counts that school once (its newest version wins).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict, cast

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from app.bulk import collector_paused
from app.db.models import Institution, Plan, PlanPeriod, Return
from app.domain.return_format import (
    ActivityEvents,
    Child,
    ChildNarrative,
    Consolidated,
    Excerpt,
    Item,
    Leaf,
    Payload,
    Progress,
    Supersedes,
    TotalsEntry,
)
from app.domain.return_format import Institution as InstitutionEntry
from app.domain.status import ReturnDirection, ReturnStatus, Status
from app.domain.totals import Totals
from app.services.errors import ValidationError
from app.services.messages import Message
from app.services.plans import find_period, load_tree

if TYPE_CHECKING:
    from app.services.returns import ExportResult
    from app.services.signing import SigningKey
from app.services.return_payload import (
    compose_payload,
    item_of,
    payload_sha256,
    recorded_payload,
)

EXCERPT = 600
_NO_TEXT = str.maketrans({"\t": " ", "\n": " ", "\r": " "})

# An activity's figures as one institution reported them:
# (status, participants, achieved, events, event participants, reason)
Fig = tuple[str | None, int | None, float | None, int, int, str]


# An activity of a consolidated child as its summary keeps it: what Tally.add_consolidated
# reads (an Item is one too)
ActivityFigures = TypedDict(  # noqa: UP013 (keys only read as strings: see return_format)
    "ActivityFigures",
    {
        "code": str,
        "consolidated": NotRequired[Consolidated],
        "events": NotRequired[ActivityEvents],
    },
)

# What consolidation reads of one return (summarise), kept as JSON in Return.figures
Summary = TypedDict(  # noqa: UP013 (see above)
    "Summary",
    {
        "name": str,
        "inst_kind": str,
        "kind": str,  # its return's kind: institution / consolidated
        "version": int,
        "generated_at": str,
        "totals": TotalsEntry,
        "narrative": list[Excerpt],
        # a consolidated return's activities as consolidated, and the leaves it covers
        "items": NotRequired[list[ActivityFigures]],
        "leaves": NotRequired[dict[str, Leaf]],
        # an institution's figures, one line per activity (its leaf's text)
        "f": NotRequired[str],
        "event_kinds": NotRequired[dict[str, int]],  # always there
    },
)


def decode_figures(leaf: Leaf) -> dict[str, Fig]:
    """The figures of a leaf (this version's text, or the lists of earlier versions)."""
    if "items" in leaf:  # a consolidated return made by an earlier PlanDesk
        return cast(dict[str, Fig], {code: tuple(values) for code, values in leaf["items"].items()})
    out: dict[str, Fig] = {}
    for line in str(leaf.get("f") or "").split("\n"):
        if not line:
            continue
        code, status, people, value, events, event_people, reason = line.split("\t")
        out[code] = (
            status or None,
            int(people) if people else None,
            float(value) if value else None,
            int(events or 0),
            int(event_people or 0),
            reason,
        )
    return out


class Tally(Totals):
    """The consolidated figures of one activity: the one totals rule (:class:`Totals`), with
    the reasons given for "not done" and the institutions that gave each."""

    __slots__ = ("reasons",)

    def __init__(self) -> None:
        super().__init__()
        # reason -> how many counted copies of each leaf gave it (a leaf reached twice, then
        # taken out of the older copy, keeps its reason from the newer one)
        self.reasons: dict[str, Counter[str]] = defaultdict(Counter)

    def add_fig(self, fig: Fig, leaf: str, sign: int = 1) -> None:
        status, people, value, events, event_people, reason = fig
        if status:
            self.statuses[status] += sign
            self.reporting += sign
        self.participants += sign * (people or 0)
        self.achieved += sign * (value or 0.0)
        self.events += sign * (events or 0)
        self.event_participants += sign * (event_people or 0)
        if status == Status.NOT_DONE and reason and reason.strip():
            self.reasons[reason.strip()][leaf] += sign

    def add_consolidated(self, item: ActivityFigures) -> None:
        """A consolidated child's figures of this activity."""
        c = item.get("consolidated") or _NO_FIGURES
        for status, count in (c.get("status_counts") or {}).items():
            self.statuses[status] += int(count or 0)
        self.reporting += int(c.get("institutions") or 0)
        self.participants += int(c.get("participants") or 0)
        self.achieved += float(c.get("achieved") or 0)
        ev = item.get("events") or _NO_EVENTS
        self.events += int(ev.get("count") or 0)
        self.event_participants += int(ev.get("participants") or 0)
        for entry in c.get("reasons") or []:
            self.reasons[str(entry["reason"])].update(entry.get("institutions") or [])

    def reason_lists(self) -> list[tuple[str, list[str]]]:
        """Each reason with the institutions that gave it, most given first."""
        lists = [(k, sorted(c for c, n in v.items() if n > 0)) for k, v in self.reasons.items()]
        return sorted(((k, v) for k, v in lists if v), key=lambda kv: (-len(kv[1]), kv[0]))


@dataclass
class Contribution:
    """The children's figures added up: per activity, event kinds, the leaves counted."""

    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    event_kinds: Counter[str] = field(default_factory=Counter)
    leaves: dict[str, Leaf] = field(default_factory=dict)

    def remove_leaf(self, code: str, leaf: Leaf) -> None:
        """Take one copy of a leaf out (another child brings a newer return of it)."""
        for activity, fig in decode_figures(leaf).items():
            self.tallies[activity].add_fig(fig, code, -1)
        self.event_kinds.subtract(leaf.get("event_kinds") or {})


def summarise(payload: Payload) -> Summary:
    """What consolidation reads of one return: who, its totals and narrative excerpts, and
    its figures — an institution's as one line per activity (the leaf's text), a consolidated
    return's activities as consolidated and the leaves it covers. Written when the return is
    taken in (``Return.figures``), so that consolidating reads a few kilobytes per school."""
    inst = payload.get("institution") or _NO_INSTITUTION
    summary: Summary = {
        "name": inst.get("name", ""),
        "inst_kind": inst.get("kind", ""),
        "kind": payload.get("kind", "institution"),
        "version": payload.get("version") or 0,
        "generated_at": payload.get("generated_at", ""),
        "totals": payload.get("totals", {}),
        "narrative": [
            {"title": s.get("title", ""), "body": s.get("body", "")[:EXCERPT]}
            for s in payload.get("narrative", [])
            if s.get("body")
        ],
    }
    if summary["kind"] == "consolidated":
        summary["items"] = [
            {"code": item["code"],
             "consolidated": item.get("consolidated") or cast(Consolidated, {}),
             "events": item.get("events") or cast(ActivityEvents, {})}
            for item in payload.get("items", [])
            if item.get("kind") == "activity"
        ]  # fmt: skip
        summary["event_kinds"] = (payload.get("totals") or _NO_TOTALS).get("event_kinds") or {}
        summary["leaves"] = payload.get("leaves", {})
    else:
        summary["f"] = "\n".join(_own_lines(payload))
        summary["event_kinds"] = dict(
            Counter(e.get("kind", "other") for e in payload.get("events", []))
        )
    return summary


# what a field a foreign return leaves out reads as (nothing: .get() gives the defaults;
# read only, never handed out)
_NO_INSTITUTION = cast(InstitutionEntry, {})
_NO_TOTALS = cast(TotalsEntry, {})
_NO_FIGURES = cast(Consolidated, {})
_NO_EVENTS = cast(ActivityEvents, {})
_NO_PROGRESS = cast(Progress, {})


def _own_lines(payload: Payload) -> list[str]:
    """An institution's return: one line per activity, its fields by tabs — code, status,
    participants, achieved value, events, event participants, reason (what
    :func:`decode_figures` reads): a ministry holds 58,000 such texts without building
    millions of small objects."""
    lines: list[str] = []
    append = lines.append
    for item in payload.get("items", ()):
        if item.get("kind") != "activity":
            continue
        prog = item.get("progress") or _NO_PROGRESS
        ev = item.get("events") or _NO_EVENTS
        people = prog.get("participants")
        value = prog.get("achieved_value")
        reason = prog.get("reason", "") or ""
        append(
            f"{item['code']}\t{prog.get('status') or ''}\t{'' if people is None else people}\t"
            f"{'' if value is None else repr(float(value))}\t{ev.get('count', 0) or 0}\t"
            f"{ev.get('participants', 0) or 0}\t{reason.translate(_NO_TEXT) if reason else ''}"
        )
    return lines


def _add_lines(tallies: dict[str, Tally], text: str, code: str) -> None:
    """A leaf's figure lines added to *tallies* (``Tally.add_fig`` for each, in one pass:
    this runs for every activity of every school of a country)."""
    for line in text.split("\n"):
        if not line:
            continue
        activity, status, people, value, events, event_people, reason = line.split("\t")
        tally = tallies[activity]
        if status:
            tally.statuses[status] += 1
            tally.reporting += 1
            if status == Status.NOT_DONE and reason.strip():
                tally.reasons[reason.strip()][code] += 1
        if people:
            tally.participants += int(people)
        if value:
            tally.achieved += float(value)
        if events != "0":
            tally.events += int(events)
        if event_people != "0":
            tally.event_participants += int(event_people)


def _add_child(
    total: Contribution, summary: Summary, code: str, via: str, payload_hash: str
) -> dict[str, Leaf]:
    """Add one child return's figures (its :func:`summarise`) to *total*; the leaves it
    covers."""
    if summary["kind"] == "consolidated":
        for item in summary["items"]:
            total.tallies[item["code"]].add_consolidated(item)
        total.event_kinds.update(summary["event_kinds"])
        leaves = summary["leaves"]
        for entry in leaves.values():  # parsed for this consolidation alone: marked in place
            entry["via"] = via
        return leaves
    _add_lines(total.tallies, summary["f"], code)
    total.event_kinds.update(summary["event_kinds"])
    return {
        code: {
            "name": summary["name"],
            "kind": summary["inst_kind"],
            "version": summary["version"],
            "payload_sha256": payload_hash,  # as stored: the return's own is not computed again
            "via": via,
            "generated_at": summary["generated_at"],
            "f": summary["f"],
            "event_kinds": summary["event_kinds"],
        }
    }


def _newer(a: Leaf, b: Leaf) -> bool:
    return (a["version"], a.get("generated_at", "")) > (b["version"], b.get("generated_at", ""))


def collect(
    session: Session, plan: Plan, period_key: str
) -> tuple[list[Child], list[ChildNarrative], Contribution, dict[str, Leaf]]:
    """The accepted current returns (children), their narratives, their figures added up, and
    the leaf institutions they cover, each counted once (its newest return wins)."""
    rows = session.execute(
        select(
            Return.institution_code,
            Return.version,
            Return.figures,
            # the payload only where no figures were stored (rows of earlier versions)
            case((Return.figures == "", Return.payload), else_=""),
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
        # a few returns in memory at a time (a province's consolidated return holds the
        # figures of 720 schools: 2 MB)
        .execution_options(yield_per=8)
    )
    children: list[Child] = []
    narratives: list[ChildNarrative] = []
    total = Contribution()
    # each parsed return is freed by reference counting once added (JSON makes no cycles)
    with collector_paused():
        for row in rows:
            _take(row, children, narratives, total)
    return children, narratives, total, total.leaves


def _take(
    row: Any,
    children: list[Child],
    narratives: list[ChildNarrative],
    total: Contribution,
) -> None:
    """One accepted return: its line among the children, its narrative excerpt, its figures."""
    code, version, figures, text, payload_hash, file_hash, late, signed_at = row
    # summarised when taken in; a row taken in by an earlier version: from its payload
    summary: Summary = json.loads(figures) if figures else summarise(recorded_payload(text))
    children.append(
        {
            "code": code,
            "name": summary["name"],
            "kind": summary["kind"],
            "version": version,
            "payload_sha256": payload_hash,
            "file_sha256": file_hash,
            "late": late,
            "signed_at": signed_at.isoformat() if signed_at else None,
            "totals": summary["totals"],
        }
    )
    if summary["narrative"]:
        narratives.append({"code": code, "name": summary["name"], "sections": summary["narrative"]})
    for leaf_code, leaf in _add_child(total, summary, code, code, payload_hash).items():
        kept = total.leaves.get(leaf_code)
        if kept is None:
            total.leaves[leaf_code] = leaf
        elif _newer(leaf, kept):  # a leaf reached twice: its older copy goes
            total.remove_leaf(leaf_code, kept)
            total.leaves[leaf_code] = leaf
        else:
            total.remove_leaf(leaf_code, leaf)


def consolidated_payload(
    session: Session, plan: Plan, period_key: str, *, language: str, version: int = 1
) -> Payload:
    from app.services.institutions import get_self

    me = get_self(session)
    if me is None:
        raise ValidationError(Message.OWN_PROFILE_FIRST)
    period = find_period(session, plan, period_key)
    with collector_paused():  # also while the figures are laid out (58,000 leaves)
        return _consolidated(session, plan, period, me, language=language, version=version)


def _consolidated(
    session: Session,
    plan: Plan,
    period: PlanPeriod,
    me: Institution,
    *,
    language: str,
    version: int,
) -> Payload:
    children, narratives, total, leaves = collect(session, plan, period.key)
    if not children:
        raise ValidationError(Message.NOTHING_TO_CONSOLIDATE, period=period.key)
    items: list[Item] = []
    sums = Totals()  # over every activity
    activities = 0
    for row in load_tree(session, plan.id):
        entry = item_of(row)
        if row.kind == "activity":
            activities += 1
            item = total.tallies.get(row.code) or Tally()
            sums.merge(item)
            done = item.statuses.get("done", 0)
            entry["planned"] = period.key in row.planned
            entry["planned_text"] = row.planned.get(period.key, "")
            entry["not_planned_reason"] = row.not_planned_reason
            entry["progress"] = None
            entry["events"] = {"count": item.events, "participants": item.event_participants}
            entry["consolidated"] = {
                "institutions": item.reporting,
                "status_counts": item.status_counts(),
                "done_share": round(done / item.reporting, 4) if item.reporting else 0.0,
                "participants": item.participants,
                "achieved": item.achieved_number(),
                "reasons": [{"reason": k, "institutions": v} for k, v in item.reason_lists()],
            }
        items.append(entry)
    # every status word, and a word this PlanDesk does not know under its own key too
    totals = cast(
        TotalsEntry,
        {
            **sums.status_counts(),
            "activities": activities,
            "institutions": len(leaves),
            "participants": sums.participants,
            "achieved": sums.achieved_number(),
            "events": sums.events,
            "event_participants": sums.event_participants,
            "event_kinds": dict(sorted((k, v) for k, v in total.event_kinds.items() if v)),
        },
    )
    return compose_payload(
        session,
        plan,
        period,
        me,
        kind="consolidated",
        language=language,
        version=version,
        supersedes=None,
        items=items,
        events=[],
        totals=totals,
        consolidated={
            "children_narrative": sorted(narratives, key=lambda n: str(n["code"])),
            "children": children,
            "leaves": dict(sorted(leaves.items())),
        },
    )


def prepare_consolidated(session: Session, plan: Plan, period_key: str, language: str) -> Payload:
    """The consolidated return to write: the signed one again (same language), or the next
    version built from the returns accepted now."""
    from app.services.locks import CONSOLIDATED, signed_return
    from app.services.returns import version_info

    period = find_period(session, plan, period_key)
    frozen = signed_return(session, plan, period.key, CONSOLIDATED)
    # read as the institution's own return is (app.services.returns.prepare_payload)
    stored = recorded_payload(frozen.payload) if frozen is not None and frozen.payload else None
    if stored is not None and stored.get("language") == language:
        return stored  # the signed data, exactly
    version, superseded = version_info(session, plan, period.key, CONSOLIDATED)
    payload = consolidated_payload(session, plan, period.key, language=language, version=version)
    supersedes: Supersedes | None = None
    if frozen is not None:
        supersedes = stored.get("supersedes") if stored is not None else None
    elif superseded is not None:
        supersedes = {"version": superseded.version, "payload_sha256": superseded.payload_sha256}
    payload["supersedes"] = supersedes
    return payload


def export_consolidated(
    session: Session,
    plan: Plan,
    period_key: str,
    *,
    fmt: str,
    language: str,
    out: Path,
    ident: SigningKey | None = None,
    seal: SigningKey | None = None,
) -> tuple[ExportResult, Payload]:
    """Write the consolidated return (PDF, XLSX, or its data as JSON); signing records it as
    a version of its own (the directorate's own return is not frozen by it)."""
    import hashlib

    from app.fileio import write_atomically
    from app.services.returns import ExportResult, write_return

    payload = prepare_consolidated(session, plan, period_key, language)
    if fmt in ("pdf", "xlsx"):
        seal = seal if ident is not None else None
        return write_return(
            session, plan, payload, fmt=fmt, out=out, ident=ident, seal=seal
        ), payload
    if fmt != "json":
        raise ValidationError(Message.UNKNOWN_CONSOLIDATED_FORMAT, format=fmt)
    if ident is not None:
        raise ValidationError(Message.SIGNED_CONSOLIDATED_FORMAT)
    data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    write_atomically(out, data)
    result = ExportResult(
        out,
        hashlib.sha256(data).hexdigest(),
        payload_sha256(payload),
        int(payload["version"]),
        False,
    )
    return result, payload
