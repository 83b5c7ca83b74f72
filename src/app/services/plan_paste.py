"""Rows pasted from Excel or Word -> plan items that fit the open plan.

The clipboard's tab-separated text goes through the same recogniser as a file import. Rows
copied without their header row get one guessed from the cells (a column of codes, the
column with most text, a column of dates); planned dates are put in the plan's period that
holds them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from app.domain.plan import ItemData, PlannedPeriod
from app.services.errors import ImportRejected
from app.services.plan_import import recognise_rows
from app.services.plan_import.period_words import parse_period_header
from app.services.plan_import.text_table import parse_text_table

if TYPE_CHECKING:
    from app.services.workspace_open import PeriodInfo

MAX_PASTE_BYTES = 5 * 2**20
_CODE = re.compile(r"^(?:\d+|[IVXLC]+)(?:\.\d+)*\.?$")
_DATE = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)|(\d{4})-(\d{2})-(\d{2})")
_SHORT_CELL = 40


def looks_like_rows(text: str) -> bool:
    """Clipboard text that is a table (tabs, or several lines) rather than a word."""
    stripped = text.strip("\r\n")
    return "\t" in stripped or "\n" in stripped


def pasted_items(text: str, periods: list[PeriodInfo]) -> list[ItemData]:
    """The plan items in *text*; ImportRejected with a clerk's sentence when there are none."""
    data = text.encode("utf-8")
    if len(data) > MAX_PASTE_BYTES:
        raise ImportRejected("the clipboard holds more than 5 MB: paste fewer rows at a time")
    grid = parse_text_table(data, "the clipboard", prefer_tab=True)
    header = guess_header(grid) if _starts_with_item(grid) else None
    if header is not None:
        plan = recognise_rows([header, *grid])
    else:
        try:
            plan = recognise_rows(grid)  # the header row was copied too
        except ImportRejected:
            header = guess_header(grid)
            if header is None:
                raise
            plan = recognise_rows([header, *grid])
    return [fit_planned(item, periods, plan.year) for item in plan.items]


def _starts_with_item(grid: list[list[str]]) -> bool:
    """The first row is already a plan row (its first filled cell is a code)."""
    first = next((row for row in grid if any(c.strip() for c in row)), [])
    cell = next((c for c in first if c.strip()), "")
    return _is_code(cell)


def guess_header(grid: list[list[str]]) -> list[str] | None:
    """Header words for rows copied without their header (None: no text column at all)."""
    width = max((len(row) for row in grid), default=0)
    columns = [
        [row[c].strip() for row in grid if c < len(row) and row[c].strip()] for c in range(width)
    ]
    header = [""] * width
    code = next(
        (c for c, cells in enumerate(columns) if cells and _share(cells, _is_code) >= 0.6), None
    )
    if code is not None:
        header[code] = "Code"
    dates = [
        c
        for c, cells in enumerate(columns)
        if c != code and cells and _share(cells, lambda t: _month_of(t) is not None) >= 0.6
    ]
    rest = [c for c in range(width) if c != code and c not in dates and columns[c]]
    if not rest:
        return None
    text = max(rest, key=lambda c: sum(len(t) for t in columns[c]))
    header[text] = "Activity"
    others = [c for c in rest if c != text]
    for c, word in zip(others, ("Responsible", "Partners", "Notes"), strict=False):
        header[c] = word
    if dates:
        header[dates[0]] = "Date"
    return header


def _share(cells: list[str], test: Callable[[str], object]) -> float:
    return sum(1 for t in cells if test(t)) / len(cells)


def _is_code(text: str) -> bool:
    return bool(_CODE.match(text.strip()))


def _month_of(text: str) -> tuple[int | None, int] | None:
    """(year or None, month) of a short date-like cell: 15.03.2024, 2024-03-15, Mart 2024."""
    text = text.strip()
    if not text or len(text) > _SHORT_CELL:
        return None
    match = _DATE.search(text)
    if match:
        if match.group(3):
            return int(match.group(3)), int(match.group(2))
        return int(match.group(4)), int(match.group(5))
    ref = parse_period_header(text)
    if ref is not None and ref.scheme.value == "month":
        return ref.year, ref.index
    return None


def fit_planned(item: ItemData, periods: list[PeriodInfo], year: int) -> ItemData:
    """Planned entries moved into the plan's periods: a key the plan has stays; otherwise
    the period holding the date in the planned text; failing that, the text goes to notes."""
    keys = {p.key for p in periods}
    fitted: list[PlannedPeriod] = []
    lost: list[str] = []
    for planned in item.planned:
        if planned.period_key in keys:
            fitted.append(planned)
            continue
        key = _period_for(planned.planned_text, periods, year)
        if key is not None and key not in {p.period_key for p in fitted}:
            fitted.append(PlannedPeriod(key, planned.planned_text))
        elif planned.planned_text:
            lost.append(planned.planned_text)
    item.planned = fitted
    if lost:
        item.notes = "\n".join(filter(None, [item.notes, *lost]))
    return item


def _period_for(text: str, periods: list[PeriodInfo], year: int) -> str | None:
    found = _month_of(text)
    if found is None:
        return None
    found_year, month = found
    years = sorted({p.start.year for p in periods})
    day = date(found_year or (years[0] if years else year), month, 1)
    for period in periods:
        if period.start <= day <= period.end or (
            period.start.year == day.year and period.start.month <= month <= period.end.month
        ):
            return period.key
    return None
