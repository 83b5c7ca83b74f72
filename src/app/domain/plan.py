"""Plain plan data: what an import produces, what the services store and what views show."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from app.domain.codes import is_ancestor, natural_key
from app.domain.periods import Scheme

T = TypeVar("T")


class ItemKind(StrEnum):
    GOAL = "goal"
    SUBGOAL = "subgoal"
    ACTIVITY = "activity"


KIND_RANK = {ItemKind.GOAL: 0, ItemKind.SUBGOAL: 1, ItemKind.ACTIVITY: 2}


@dataclass
class PlannedPeriod:
    """An activity is planned in this period; *planned_text* is the paper's date cell."""

    period_key: str
    planned_text: str = ""


@dataclass
class ItemData:
    """One row of the plan: a goal, a sub-goal or an activity (any depth)."""

    code: str
    kind: ItemKind
    description: str
    responsible: str = ""
    partners: str = ""
    target_text: str = ""  # as written: "yılda en az 100 katılımcı"
    target_value: float | None = None
    target_unit: str = ""
    planned: list[PlannedPeriod] = field(default_factory=list)
    footnote_marks: list[str] = field(default_factory=list)  # ["1"], ["2"]
    not_planned_reason: str = ""  # "reason if it will not be carried out this year"
    notes: str = ""
    parent_code: str | None = None  # filled by assign_parents()
    # an import's account of the code: as written in the file when PlanDesk made it a full
    # code ("3" under section 1 -> "1.3"), or made up when the file had none
    original_code: str = ""
    code_generated: bool = False


@dataclass
class FootnoteData:
    mark: str  # "1", "2"
    text: str


GLOSSARY_MARK = "abbr"  # the footnote that keeps a plan's list of abbreviations


@dataclass
class SkippedRow:
    """A row of an imported file that is not a plan item, and what it was taken for."""

    row: int  # 1-based row (or paragraph) number in the file
    what: str  # "title", "glossary", "footnote", "separator", "column numbers", "header",
    # "page numbers", "text", "note"
    text: str


@dataclass
class ImportReport:
    """What the recogniser made of a file, for the preview and the command line."""

    layout: str = ""  # "codes", "words", "sections", "columns", "paragraphs"
    year_source: str = ""  # "clerk", "window", "title", "headers", "dates", "text"; "" unknown
    year_text: str = ""  # the words the year or window was read from
    scheme_source: str = ""  # "clerk", "columns", "terms", "window", "years", "year"
    glossary: list[tuple[str, str]] = field(default_factory=list)  # (abbreviation, meaning)
    skipped: list[SkippedRow] = field(default_factory=list)
    columns_to_notes: list[str] = field(default_factory=list)  # headers kept in notes
    columns_left_out: list[str] = field(default_factory=list)  # page numbers, chosen by clerk

    def generated(self, items: list[ItemData]) -> list[str]:
        return [i.code for i in items if i.code_generated]

    def qualified(self, items: list[ItemData]) -> list[tuple[str, str]]:
        return [(i.code, i.original_code) for i in items if i.original_code]


@dataclass
class PeriodData:
    key: str
    label: str = ""
    start: date | None = None
    end: date | None = None
    due: date | None = None


@dataclass
class PlanData:
    """A whole plan as plain values (import result, template, demo)."""

    title: str
    year: int
    scheme: Scheme
    items: list[ItemData] = field(default_factory=list)
    footnotes: list[FootnoteData] = field(default_factory=list)
    periods: list[PeriodData] = field(default_factory=list)
    issuer: str = ""
    version: int = 1
    window_start: date | None = None
    window_end: date | None = None
    language: str = ""
    report: ImportReport = field(default_factory=ImportReport)  # filled by an import


def assign_parents(items: list[ItemData]) -> list[ItemData]:
    """Give each item its parent, in document order.

    The parent is the nearest earlier item whose code is a prefix of this code
    ("2.1" for "2.1.4"); failing that (roman sections, plain numbering), the nearest
    earlier item of a higher rank (a goal above a sub-goal above an activity).
    """
    stack: list[ItemData] = []
    for item in items:
        parent: ItemData | None = None
        for candidate in reversed(stack):
            if is_ancestor(candidate.code, item.code):
                parent = candidate
                break
        if parent is None:
            rank = KIND_RANK[item.kind]
            parent = next((c for c in reversed(stack) if KIND_RANK[c.kind] < rank), None)
        item.parent_code = parent.code if parent else None
        # keep the stack to the path of the current item
        while stack and stack[-1] is not parent:
            stack.pop()
        stack.append(item)
    return items


@dataclass
class ItemRow:
    """One plan row as the views and exports need it (tree order, with depth)."""

    id: int
    parent_id: int | None
    code: str
    kind: str
    description: str
    depth: int
    responsible: str = ""
    partners: str = ""
    target_text: str = ""
    target_value: float | None = None
    target_unit: str = ""
    planned: dict[str, str] = field(default_factory=dict)
    footnote_marks: list[str] = field(default_factory=list)
    not_planned_reason: str = ""
    notes: str = ""


def depth_first(children: dict[Any, list[T]], key: Callable[[T], Any]) -> Iterator[tuple[T, int]]:
    """Nodes of a tree given as sibling lists (``children[None]``: the roots), parents before
    children, with their depth; no recursion, so any depth works."""
    stack = [iter(children.get(None, ()))]
    while stack:
        depth = len(stack) - 1
        for node in stack[-1]:
            yield node, depth
            kids = children.get(key(node))
            if kids:
                stack.append(iter(kids))
                break
        else:
            stack.pop()


def tree_order(rows: list[ItemRow], positions: dict[int, int]) -> list[ItemRow]:
    """Parents before children, siblings by position then natural code; depth filled in."""
    children: dict[int | None, list[ItemRow]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row)
    for siblings in children.values():
        siblings.sort(key=lambda r: (positions.get(r.id, 0), natural_key(r.code)))
    out: list[ItemRow] = []
    for row, depth in depth_first(children, lambda r: r.id):
        row.depth = depth
        out.append(row)
    return out
