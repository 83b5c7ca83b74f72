"""The shape of the machine-readable return (``plandesk.return``, schema version 1), once.

docs/return-format.md says what each field means; these are its types, for the code that
builds a payload (:func:`app.services.return_payload.build_payload`, the consolidation) and
the code that reads one (the renderings in :mod:`app.exports`, verification, intake).

A payload read from a file is untrusted JSON: it becomes a :class:`Payload` only after
:func:`app.services.return_payload.parse_payload` has checked its envelope, and readers of
such a payload keep their defensive ``.get()`` (a field may still be missing or of another
type in a foreign file).

Keys marked ``NotRequired`` are those an institution's return or an older PlanDesk may leave
out: the activity fields of an item (a goal has none), what only a consolidated return
carries (``consolidated``, ``children``, ``leaves``, ``children_narrative``, the totals'
``institutions`` and ``event_kinds``), what only an institution's return carries (the
totals' ``planned_in_period`` and ``open``).
"""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

# the status words (app.domain.status.Status), as the keys of the totals' counts
StatusWord = Literal["planned", "in_progress", "done", "not_done", "not_applicable"]


class Institution(TypedDict):
    """The sender."""

    code: str
    name: str
    kind: str
    head_name: str
    head_title: str
    email: str


class Recipient(TypedDict):
    """The parent institution ("" everywhere for an institution without one)."""

    code: str
    name: str
    email: str


class PlanHead(TypedDict):
    title: str
    year: int
    scheme: str
    version: int
    issuer: str


class PeriodEntry(TypedDict):
    """The period; dates in ISO form, the label in the return's language."""

    key: str
    label: str
    start: str
    end: str
    due: str


class Supersedes(TypedDict):
    """The return a correction replaces."""

    version: int
    payload_sha256: str


class Target(TypedDict):
    text: str
    value: float | None
    unit: str


class Evidence(TypedDict):
    """A file kept as evidence of a mark: its name, SHA-256 and size."""

    name: str
    sha256: str
    size: int


class Progress(TypedDict):
    """What the institution reported for one activity in the period."""

    status: str
    done_on: str | None  # ISO date
    participants: int | None
    achieved_value: float | None
    reason: str
    note: str
    evidence: list[Evidence]


class ActivityEvents(TypedDict):
    """The events held for one activity in the period: how many, how many took part."""

    count: int
    participants: int


class ReasonGroup(TypedDict):
    """A reason given for "not done", with the institutions that gave it."""

    reason: str
    institutions: list[str]


# An activity's figures in a consolidated return, over the institutions covered.
# (The functional syntax, here and below, for TypedDicts with keys that code only ever reads
# as strings: in class syntax vulture takes them for unused class variables.)
Consolidated = TypedDict(  # noqa: UP013 (see above)
    "Consolidated",
    {
        "institutions": int,  # institutions reporting a status
        "status_counts": dict[str, int],  # one count per status word
        "done_share": float,  # 0–1
        "participants": int,
        "achieved": int | float,
        "reasons": list[ReasonGroup],  # most frequent first
    },
)


class Item(TypedDict):
    """A row of the plan, in tree order; activities carry the period's figures."""

    code: str  # text, never a number
    kind: str  # goal / subgoal / activity
    depth: int  # 0 = top
    description: str
    responsible: str
    partners: str
    target: Target
    footnotes: list[str]  # marks
    # activities only
    planned: NotRequired[bool]
    planned_text: NotRequired[str]
    not_planned_reason: NotRequired[str]
    progress: NotRequired[Progress | None]  # None: nothing reported (always in consolidated)
    events: NotRequired[ActivityEvents]
    # activities of a consolidated return only
    consolidated: NotRequired[Consolidated]


class EventEntry(TypedDict):
    """An event held in the period (``activity``: the code of its activity, or "")."""

    date: str
    end_date: str | None
    activity: str
    title: str
    kind: str
    venue: str
    organiser: str
    partners: str
    project: str
    materials: str
    description: str
    participants: int
    # the breakdown (None: not broken down) and the materials handed out
    women: int | None
    men: int | None
    pupils: int | None
    teachers: int | None
    parents: int | None
    staff: int | None
    materials_count: int | None


class NarrativeSection(TypedDict):
    key: str
    title: str
    body: str


class Footnote(TypedDict):
    mark: str
    text: str


# One count per status word (app.domain.status.Status)
StatusCounts = TypedDict(  # noqa: UP013 (see above)
    "StatusCounts",
    {"planned": int, "in_progress": int, "done": int, "not_done": int, "not_applicable": int},
)


class TotalsEntry(StatusCounts):
    """The return's counts: one per status word, then the sums.

    A status word this PlanDesk does not know is counted under its own key too (the one
    totals rule, :class:`app.domain.totals.Totals`), so a reader looks status counts up
    with ``.get()``.
    """

    activities: int
    participants: int
    achieved: int | float
    events: int
    event_participants: int
    # an institution's return only
    planned_in_period: NotRequired[int]
    open: NotRequired[int]  # planned, nothing reported
    # a consolidated return only
    institutions: NotRequired[int]  # leaves covered
    event_kinds: NotRequired[dict[str, int]]  # events by kind over all leaves


class Child(TypedDict):
    """One accepted return of a subordinate, in a consolidated return."""

    code: str
    name: str
    kind: str  # its return's kind: institution / consolidated
    version: int
    payload_sha256: str
    file_sha256: str
    late: bool
    signed_at: str | None
    totals: TotalsEntry


class Excerpt(TypedDict):
    title: str
    body: str


class ChildNarrative(TypedDict):
    """Excerpts of a subordinate's narrative."""

    code: str
    name: str
    sections: list[Excerpt]


class Leaf(TypedDict):
    """A leaf institution's (a school's) compact figures, passed up by every consolidated
    return so that each school is counted once."""

    name: str
    kind: str
    version: int
    payload_sha256: str
    via: str  # the child return it came through
    generated_at: NotRequired[str]
    # its activities as lines "code TAB status TAB participants TAB achieved TAB events
    # TAB event participants TAB reason" (app.services.consolidate.decode_figures)
    f: NotRequired[str]
    # the same as {code: [status, participants, achieved, events, event participants,
    # reason]}, as consolidated returns of an earlier PlanDesk wrote them
    items: NotRequired[dict[str, list[str | int | float | None]]]
    event_kinds: NotRequired[dict[str, int]]
    narrative: NotRequired[list[Excerpt]]


# A return: an institution's (kind "institution") or a directorate's consolidated one (kind
# "consolidated", which adds children, leaves and children_narrative).
Payload = TypedDict(  # noqa: UP013 (see above)
    "Payload",
    {
        "schema": str,  # "plandesk.return"
        "schema_version": int,
        "kind": str,  # "institution" or "consolidated"
        "language": str,
        "generated_at": str,  # ISO 8601 UTC
        "app_version": str,
        "institution": Institution,
        "recipient": Recipient,
        "plan": PlanHead,
        "period": PeriodEntry,
        "version": int,
        "supersedes": Supersedes | None,
        "items": list[Item],
        "events": list[EventEntry],
        "narrative": list[NarrativeSection],
        "footnotes": list[Footnote],
        "totals": TotalsEntry,
        # a consolidated return only
        "children": NotRequired[list[Child]],
        "leaves": NotRequired[dict[str, Leaf]],
        "children_narrative": NotRequired[list[ChildNarrative]],
    },
)
