"""The two tables of a return PDF: the plan with the period's progress, and the events."""

from __future__ import annotations

from typing import Literal

from app.domain.return_format import EventEntry, Item, Progress
from app.exports.fonts import BOLD, ITALIC, REGULAR
from app.exports.labels import (
    PLAN_HEADERS,
    activity_status,
    activity_status_text,
    fmt_date,
    fmt_number,
    kind_label,
    label,
    with_marks,
)
from app.exports.pdf_blocks import FRAME_W, Block, Line, TableRow
from app.exports.pdf_style import (
    BAND,
    BODY,
    FAINT,
    GOAL_FILL,
    HEAD,
    HEADER_FILL,
    MUTED,
    SMALL,
    SUBGOAL_FILL,
    TOTAL_FILL,
    TextKit,
)

# code, activity, responsible/partners, planned, status, date done, results, reason/note
PLAN_WIDTHS = [38.0, 218.0, 118.0, 64.0, 80.0, 52.0, 84.0, FRAME_W - 654.0]
# no, date, activity, event (title, description, materials), kind, venue, organiser, people
EVENT_WIDTHS = [20.0, 50.0, 40.0, 222.0, 74.0, 114.0, 160.0, FRAME_W - 680.0]
EVENT_HEADERS = (
    "ev_no",
    "ev_date",
    "ev_activity",
    "ev_title",
    "ev_kind",
    "ev_venue",
    "ev_org_partners",
    "ev_participants",
)
_PAD = 2.4
_MARK_ROOM = 9.5  # room left of the status words for the status symbol
# the breakdown of an event's participants (EventEntry's keys), printed in two lines
BreakdownKey = Literal["women", "men", "pupils", "teachers", "parents", "staff"]
BREAKDOWN: tuple[tuple[BreakdownKey, ...], ...] = (
    ("women", "men"),
    ("pupils", "teachers", "parents", "staff"),
)


def inner(width: float) -> float:
    """The text width of a cell *width* wide."""
    return width - 2 * _PAD


def header_row(kit: TextKit, texts: list[str], widths: list[float]) -> TableRow:
    """The table's head: *texts* in bold over the columns *widths*."""
    cells = [
        kit.lines(text, inner(w), font=BOLD, size=HEAD)
        for text, w in zip(texts, widths, strict=True)
    ]
    return TableRow(widths, cells, fill=HEADER_FILL)


class PlanTable:
    """Rows of the plan table: bands for goals and sub-goals, one row per activity."""

    def __init__(self, kit: TextKit, lang: str) -> None:
        self.kit = kit
        self.lang = lang
        self.header = header_row(kit, [label(lang, k) for k in PLAN_HEADERS], PLAN_WIDTHS)
        self._labels = {
            key: label(lang, key)
            for key in (
                "goal",
                "subgoal",
                "participants",
                "achieved",
                "target",
                "events",
                "evidence",
                "partners",
                "not_planned",
                "tot_planned",
                "continued",
            )
        }

    def rows(self, items: list[Item]) -> list[Block]:
        blocks: list[Block] = []
        context: list[tuple[str, str]] = []  # (kind, code) of the bands in force
        context_row: Block | None = None
        for item in items:
            kind = item.get("kind")
            if kind in ("goal", "subgoal"):
                depth = 0 if kind == "goal" else 1
                context = [c for c in context if c[0] == "goal"] if depth else []
                context.append((str(kind), str(item.get("code", ""))))
                context_row = self._context_row(context)
                blocks.append(self.band(item))
            else:
                row = self.activity(item)
                row.context = context_row
                blocks.append(row)
        for block in blocks:
            block.header = self.header
        return blocks

    def band(self, item: Item) -> TableRow:
        goal = item.get("kind") == "goal"
        name = self._labels["goal" if goal else "subgoal"]
        text = with_marks(f"{name} {item['code']}: {item['description']}", item["footnotes"])
        cells = [self.kit.lines(text, inner(FRAME_W), font=BOLD, size=BAND if goal else BODY + 0.2)]
        row = TableRow([FRAME_W], cells, fill=GOAL_FILL if goal else SUBGOAL_FILL)
        row.keep_with_next = True
        return row

    def _context_row(self, context: list[tuple[str, str]]) -> TableRow:
        parts = [f"{self._labels[kind]} {code}" for kind, code in context]
        text = " › ".join(parts) + " " + self._labels["continued"]
        line = self.kit.one(text, inner(FRAME_W), font=ITALIC, size=SMALL, color=MUTED)
        return TableRow([FRAME_W], [[line]], fill=SUBGOAL_FILL, pad=1.6)

    def plan_cells(self, item: Item, w: list[float]) -> tuple[list[Line], list[Line], list[Line]]:
        """Activity (with footnote marks), responsible (with partners) and planned: the
        columns 1–3 every plan table has, at the widths *w*."""
        kit, lab = self.kit, self._labels
        description = kit.lines(with_marks(item["description"], item["footnotes"]), inner(w[1]))
        responsible = kit.lines(item.get("responsible", ""), inner(w[2]))
        if item.get("partners"):
            responsible += kit.lines(
                f"{lab['partners']}: {item['partners']}",
                inner(w[2]),
                font=ITALIC,
                size=SMALL,
                color=MUTED,
            )
        if item.get("planned"):
            planned = kit.lines(item.get("planned_text") or lab["tot_planned"], inner(w[3]))
        else:
            planned = kit.lines(
                lab["not_planned"], inner(w[3]), font=ITALIC, size=SMALL, color=FAINT
            )
        return description, responsible, planned

    def activity(self, item: Item) -> TableRow:
        kit, w = self.kit, PLAN_WIDTHS
        progress = item.get("progress")
        code = [Line(str(item["code"]), BOLD, BODY)]
        description, responsible, planned = self.plan_cells(item, w)
        status = activity_status(item)
        status_lines = kit.lines(
            activity_status_text(self.lang, item),
            inner(w[4]),
            font=REGULAR if status not in ("", "none") else ITALIC,
            color=(0.0, 0.0, 0.0) if status != "none" else FAINT,
            indent=_MARK_ROOM if status else 0.0,
        )
        done = kit.lines(
            fmt_date(self.lang, progress["done_on"] if progress else None), inner(w[5])
        )
        row = TableRow(
            w,
            [
                code,
                description,
                responsible,
                planned,
                status_lines,
                done,
                self._results(item, progress),
                self._reasons(item, progress),
            ],
            marks=[(4, status)] if status else [],
        )
        return row

    def _results(self, item: Item, progress: Progress | None) -> list[Line]:
        kit, lab, lang, width = self.kit, self._labels, self.lang, inner(PLAN_WIDTHS[6])
        out: list[Line] = []
        target = item.get("target") or {}
        unit = f" {target['unit']}" if target.get("unit") else ""
        people = progress.get("participants") if progress else None
        achieved = progress.get("achieved_value") if progress else None
        if people is not None:
            out += kit.lines(f"{lab['participants']}: {fmt_number(lang, people)}", width)
        if achieved is not None:
            text = f"{lab['achieved']}: {fmt_number(lang, achieved)}"
            if target.get("value") is not None:
                text += f" / {fmt_number(lang, target['value'])}{unit}"
            out += kit.lines(text, width)
        if target.get("text"):
            out += kit.lines(
                f"{lab['target']}: {target['text']}", width, font=ITALIC, size=SMALL, color=MUTED
            )
        elif target.get("value") is not None and achieved is None:
            out += kit.lines(
                f"{lab['target']}: {fmt_number(lang, target['value'])}{unit}",
                width,
                font=ITALIC,
                size=SMALL,
                color=MUTED,
            )
        events = item.get("events")
        if events and events.get("count"):
            text = (
                f"{lab['events']}: {events['count']} ({fmt_number(lang, events['participants'])})"
            )
            out += kit.lines(text, width, size=SMALL, color=MUTED)
        return out

    def _reasons(self, item: Item, progress: Progress | None) -> list[Line]:
        kit, width = self.kit, inner(PLAN_WIDTHS[7])
        out = kit.lines(progress.get("reason", "") if progress else "", width)
        if not item.get("planned") and item.get("not_planned_reason"):
            out += kit.lines(item["not_planned_reason"], width)
        note = progress.get("note", "") if progress else ""
        out += kit.lines(note, width, font=ITALIC, size=SMALL, color=MUTED)
        evidence = (progress.get("evidence") if progress else None) or []
        if evidence:
            out += kit.lines(
                f"{self._labels['evidence']}: {len(evidence)}", width, size=SMALL, color=FAINT
            )
        return out


class EventsTable:
    """The events annex: one row per event and a total row."""

    def __init__(self, kit: TextKit, lang: str) -> None:
        self.kit = kit
        self.lang = lang
        self.header = header_row(kit, [label(lang, k) for k in EVENT_HEADERS], EVENT_WIDTHS)
        self.words = {
            key: label(lang, key)
            for key in ("ev_project", "ev_materials", "total_row", *BREAKDOWN[0], *BREAKDOWN[1])
        }

    def rows(self, events: list[EventEntry]) -> list[Block]:
        blocks: list[Block] = [self.event(i, ev) for i, ev in enumerate(events, start=1)]
        blocks.append(self.total(events))
        for block in blocks:
            block.header = self.header
        return blocks

    def event(self, number: int, ev: EventEntry) -> TableRow:
        kit, lang, w, words = self.kit, self.lang, EVENT_WIDTHS, self.words
        when = fmt_date(lang, ev.get("date"))
        if ev.get("end_date"):
            when += f" – {fmt_date(lang, ev['end_date'])}"
        title = kit.lines(ev.get("title", ""), inner(w[3]), font=BOLD)
        title += kit.lines(ev.get("description", ""), inner(w[3]), size=SMALL, color=MUTED)
        if ev.get("project"):
            title += kit.lines(
                f"{words['ev_project']}: {ev['project']}", inner(w[3]), font=ITALIC, size=SMALL
            )
        if ev.get("materials") or ev.get("materials_count") is not None:
            count = ev.get("materials_count")
            text = f"{words['ev_materials']}: {ev.get('materials') or ''}".rstrip()
            if count is not None:
                text += f" ({fmt_number(lang, count)})"
            title += kit.lines(text, inner(w[3]), font=ITALIC, size=SMALL, color=MUTED)
        organiser = kit.lines(ev.get("organiser", ""), inner(w[6]))
        organiser += kit.lines(
            ev.get("partners", ""), inner(w[6]), font=ITALIC, size=SMALL, color=MUTED
        )
        people = [Line(fmt_number(lang, ev.get("participants") or 0), BOLD, BODY)]
        for group in BREAKDOWN:
            parts = [
                f"{words[key]} {fmt_number(lang, count)}"
                for key in group
                if (count := ev.get(key)) is not None
            ]
            if parts:
                people += kit.lines(", ".join(parts), inner(w[7]), size=SMALL, color=MUTED)
        return TableRow(
            w,
            [
                [Line(str(number), REGULAR, BODY)],
                kit.lines(when, inner(w[1])),
                [Line(str(ev.get("activity") or ""), REGULAR, BODY)],
                title,
                kit.lines(kind_label(lang, str(ev.get("kind") or "")), inner(w[4])),
                kit.lines(ev.get("venue", ""), inner(w[5])),
                organiser,
                people,
            ],
        )

    def total(self, events: list[EventEntry]) -> TableRow:
        total = sum(int(ev.get("participants") or 0) for ev in events)
        text = f"{self.words['total_row']}: {fmt_number(self.lang, len(events))}"
        cells: list[list[Line]] = [[] for _ in EVENT_WIDTHS]
        cells[3] = [Line(text, BOLD, BODY)]
        cells[7] = [Line(fmt_number(self.lang, total), BOLD, BODY)]
        return TableRow(EVENT_WIDTHS, cells, fill=TOTAL_FILL)
