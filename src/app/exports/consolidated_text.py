"""What a consolidated return prints, as text: one source for the PDF, the XLSX and the
check that the pages show the signed data.

A consolidated payload (kind "consolidated", built by `app.services.consolidate`) has,
per activity, a ``consolidated`` dict (institutions reporting, status counts, done
share, participant and achieved sums, grouped "not done" reasons), ``children`` (one
row per subordinate return), ``children_narrative`` and totals with ``institutions``
and ``event_kinds``. Its ``leaves`` are never printed row by row.
"""

from __future__ import annotations

import re
from typing import Any

from app.domain.return_format import (
    ActivityEvents,
    Child,
    Consolidated,
    Item,
    Payload,
    StatusWord,
)
from app.exports.labels import (
    fmt_number,
    fmt_timestamp,
    kind_label,
    label,
    status_label,
)

# the order status counts are printed in: the headline first (every status word)
COUNT_ORDER: tuple[StatusWord, ...] = (
    "done",
    "in_progress",
    "not_done",
    "not_applicable",
    "planned",
)
PDF_REASONS = 4  # reasons shown in a PDF row; the rest summed up in one line
PDF_CODE_PIECES = 8  # code runs shown per reason in a PDF row
XLSX_CODE_PIECES = 400
SHORT_SHA = 16
_TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")
_NATURAL = re.compile(r"(\d+)")


def is_consolidated(payload: Payload) -> bool:
    return payload.get("kind") == "consolidated"


def doc_title(language: str, payload: Payload) -> str:
    key = "doc_title_consolidated" if is_consolidated(payload) else "doc_title"
    return label(language, key)


def fmt_percent(language: str, share: float) -> str:
    """0.6667 -> 66.7% (en), %66,7 (tr), 66,7 % (ru kk ro), 66,7% (vi)."""
    value = round(float(share) * 100, 1)
    number = fmt_number(language, int(value) if value.is_integer() else value)
    if language == "tr":
        return f"%{number}"
    if language in ("ru", "kk", "ro"):
        return f"{number}\u00a0%"
    return f"{number}%"


def natural_key(code: str) -> list[Any]:
    return [int(p) if p.isdigit() else p for p in _NATURAL.split(code)]


def code_runs(codes: list[str]) -> list[tuple[str, int]]:
    """Codes as compact runs, each with the number of institutions it stands for:
    OKUL-1, OKUL-2, OKUL-3, OKUL-7 -> [("OKUL-1–3", 3), ("OKUL-7", 1)]."""
    runs: list[tuple[str, int]] = []
    # first code, its prefix (None: no trailing number), first and last number, digits
    run: tuple[str, str | None, int, int, int] | None = None

    def close() -> None:
        if run is None:
            return
        code, prefix, first, last, width = run
        if prefix is not None and last > first:
            runs.append((f"{code}–{str(last).zfill(width)}", last - first + 1))
        else:
            runs.append((code, 1))

    for code in sorted(set(codes), key=natural_key):
        match = _TRAILING_NUMBER.match(code)
        if match:
            prefix: str | None = match.group(1)
            number, width = int(match.group(2)), len(match.group(2))
            if run is not None and run[1] == prefix and number == run[3] + 1:
                run = (run[0], prefix, run[2], number, run[4])
                continue
        else:
            prefix, number, width = None, 0, 0
        close()
        run = (code, prefix, number, number, width)
    close()
    return runs


def codes_text(language: str, codes: list[str], limit: int) -> str:
    """Institution codes, compact, at most *limit* runs and a "+N more"."""
    runs = code_runs(codes)
    shown = runs[:limit]
    text = ", ".join(run for run, _n in shown)
    rest = sum(n for _run, n in runs[limit:])
    if rest:
        text += ", " + label(language, "more_codes", n=fmt_number(language, rest))
    return text


def institutions_total(payload: Payload) -> int:
    totals = payload.get("totals") or {}
    return int(totals.get("institutions") or len(payload.get("leaves") or {}))


def covers_text(language: str, payload: Payload) -> str:
    return label(
        language,
        "consolidated_of",
        n=fmt_number(language, institutions_total(payload)),
        returns=fmt_number(language, len(payload.get("children") or [])),
    )


# what an activity without figures reads as (an item of a foreign file may have none)
NO_FIGURES: Consolidated = {
    "institutions": 0,
    "status_counts": {},
    "done_share": 0.0,
    "participants": 0,
    "achieved": 0,
    "reasons": [],
}
NO_EVENTS: ActivityEvents = {"count": 0, "participants": 0}


def figures(item: Item) -> Consolidated:
    return item.get("consolidated") or NO_FIGURES


def reporting_text(language: str, item: Item, total: int) -> str:
    reporting = int(figures(item).get("institutions") or 0)
    if not reporting:
        return label(language, "no_reports")
    return label(
        language,
        "reporting",
        n=fmt_number(language, reporting),
        total=fmt_number(language, max(total, reporting)),
    )


def count_lines(language: str, item: Item) -> list[tuple[str, str]]:
    """(status, text) per status an activity row prints: done always (with the done
    share), the others when some institution gave them."""
    c = figures(item)
    if not c.get("institutions"):
        return []
    counts = c.get("status_counts") or {}
    out: list[tuple[str, str]] = []
    for status in COUNT_ORDER:
        n = int(counts.get(status) or 0)
        if status == "done":
            share = fmt_percent(language, float(c.get("done_share") or 0.0))
            out.append(
                (status, f"{status_label(language, status)} {fmt_number(language, n)} ({share})")
            )
        elif n:
            out.append((status, f"{status_label(language, status)} {fmt_number(language, n)}"))
    return out


def sums_lines(language: str, item: Item) -> list[str]:
    """Participants (always), achieved (against the target) and events of a row."""
    c = figures(item)
    out = [f"{label(language, 'participants')}: {fmt_number(language, c.get('participants') or 0)}"]
    target = item.get("target") or {}
    achieved = c.get("achieved") or 0
    if achieved or target.get("value") is not None:
        text = f"{label(language, 'achieved')}: {fmt_number(language, achieved)}"
        if target.get("value") is not None:
            unit = f" {target['unit']}" if target.get("unit") else ""
            text += f" / {fmt_number(language, target['value'])}{unit}"
        out.append(text)
    events = item.get("events") or NO_EVENTS
    if events.get("count"):
        out.append(
            f"{label(language, 'events')}: {fmt_number(language, events['count'])} "
            f"({fmt_number(language, events.get('participants') or 0)})"
        )
    return out


def reason_entries(
    language: str, item: Item, *, reasons: int, pieces: int
) -> list[tuple[str, str]]:
    """(reason → number of institutions, their codes) for the first *reasons* reasons,
    then one line that sums up the rest."""
    grouped = figures(item).get("reasons") or []
    out = [
        (
            f"{g.get('reason', '')} — {fmt_number(language, len(g.get('institutions') or []))}",
            codes_text(language, list(g.get("institutions") or []), pieces),
        )
        for g in grouped[:reasons]
    ]
    rest = grouped[reasons:]
    if rest:
        people = sum(len(g.get("institutions") or []) for g in rest)
        more = label(
            language,
            "more_reasons",
            n=fmt_number(language, len(rest)),
            m=fmt_number(language, people),
        )
        out.append((more, ""))
    return out


def reasons_text(language: str, item: Item) -> str:
    """All grouped reasons of a row, one per line (the XLSX cell)."""
    grouped = figures(item).get("reasons") or []
    entries = reason_entries(language, item, reasons=len(grouped), pieces=XLSX_CODE_PIECES)
    return "\n".join(f"{head}: {codes}" if codes else head for head, codes in entries)


def short_sha(sha: str) -> str:
    return f"{sha[:SHORT_SHA]}…" if len(sha) > SHORT_SHA else sha


def child_name(language: str, child: Child) -> str:
    name = str(child.get("name") or "")
    if child.get("kind") == "consolidated":
        name += f" ({label(language, 'child_consolidated')})"
    return name


def child_signed(language: str, child: Child) -> str:
    value = child.get("signed_at")
    return fmt_timestamp(language, str(value)) if value else ""


def child_late(language: str, child: Child) -> str:
    return label(language, "late") if child.get("late") else ""


def child_figures(child: Child) -> tuple[int, int, int]:
    """Done, not done, participants of a subordinate return."""
    t = child.get("totals") or {}
    return int(t.get("done") or 0), int(t.get("not_done") or 0), int(t.get("participants") or 0)


def event_kind_rows(language: str, payload: Payload) -> list[tuple[str, int]]:
    kinds = (payload.get("totals") or {}).get("event_kinds") or {}
    return [(kind_label(language, str(k)), int(n)) for k, n in kinds.items()]


def totals_figures(language: str, payload: Payload) -> list[tuple[str, int | float | str]]:
    """The totals of a consolidated return: status counts are institution reports."""
    totals = payload.get("totals") or {}
    acts = [i for i in payload.get("items") or [] if i.get("kind") == "activity"]
    reports = sum(int(totals.get(s) or 0) for s in COUNT_ORDER)
    share = int(totals.get("done") or 0) / reports if reports else 0.0
    out: list[tuple[str, int | float | str]] = [
        (label(language, "tot_institutions"), institutions_total(payload)),
        (label(language, "tot_returns"), len(payload.get("children") or [])),
        (label(language, "tot_activities"), totals.get("activities", len(acts))),
        (label(language, "tot_planned"), sum(1 for i in acts if i.get("planned"))),
    ]
    out += [(status_label(language, s), int(totals.get(s) or 0)) for s in COUNT_ORDER]
    out += [
        (label(language, "tot_done_share"), fmt_percent(language, share)),
        (label(language, "tot_participants"), totals.get("participants", 0)),
        (label(language, "tot_achieved"), totals.get("achieved", 0)),
        (label(language, "tot_events"), totals.get("events", 0)),
        (label(language, "tot_event_participants"), totals.get("event_participants", 0)),
    ]
    return out
