"""The plan's scheme, year and periods, and where each activity is planned."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.domain.periods import Scheme, date_range_label, parse_key, scheme_periods
from app.domain.plan import ItemKind, PeriodData

from .body import RawItem
from .headers import HeaderMap
from .period_words import find_year

_DATE = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})(?:[./-](\d{4}))?(?!\d)")
_MAX_GAP = 25  # characters allowed between the two ends of a range
_MAX_WINDOW = timedelta(days=366)


@dataclass
class Schedule:
    scheme: Scheme
    year: int
    periods: list[PeriodData]
    column_keys: dict[int, str] = field(default_factory=dict)  # period column -> key
    campaign_key: str | None = None  # every activity planned in this window
    window_start: date | None = None
    window_end: date | None = None

    @property
    def time_is_plan(self) -> bool:
        """The time column's text is the planned text of the campaign window."""
        return self.campaign_key is not None

    def planned_for(self, raw: RawItem) -> list[tuple[str, str]]:
        if self.column_keys:
            return [(self.column_keys[c], t) for c, t in sorted(raw.planned.items())]
        if raw.kind is not ItemKind.ACTIVITY:
            return []
        if self.campaign_key is not None:
            return [(self.campaign_key, raw.fields.get("time", ""))]
        return [(str(self.year), "")]


def make_schedule(
    grid: list[list[str]], header: HeaderMap, title: str, items: list[RawItem]
) -> Schedule:
    title_year = find_year(title)
    if header.periods:
        return _from_columns(header, title_year)
    if header.column_of("time") is not None:
        return _campaign(grid, header, title, title_year, items)
    year = title_year or _header_year(header) or date.today().year
    return Schedule(Scheme.YEAR, year, [PeriodData(str(year), str(year))])


def _header_year(header: HeaderMap) -> int | None:
    return next((y for t in header.texts if (y := find_year(t))), None)


def _from_columns(header: HeaderMap, title_year: int | None) -> Schedule:
    refs = header.periods
    stated = Counter(r.year for r in refs.values() if r.year)
    default = stated.most_common(1)[0][0] if stated else (title_year or date.today().year)
    keys = {col: ref.key(default) for col, ref in refs.items()}
    scheme = next(iter(refs.values())).scheme
    years = Counter(parse_key(k).year for k in keys.values())
    periods = [
        PeriodData(p.key)  # named when stored, in the plan's declared language
        for year in sorted(years)
        for p in scheme_periods(scheme, year)
    ]
    return Schedule(scheme, years.most_common(1)[0][0], periods, column_keys=keys)


def _campaign(
    grid: list[list[str]],
    header: HeaderMap,
    title: str,
    title_year: int | None,
    items: list[RawItem],
) -> Schedule:
    """One campaign window: the dates named in the title (or anywhere), else the year."""
    window = find_window(title) or next(
        (w for row in grid for cell in row if cell and (w := find_window(cell))), None
    )
    if window is not None:
        start, end = window
        year = start.year
    else:
        time_years = Counter(
            y for i in items if (y := find_year(i.fields.get("time", ""))) is not None
        )
        found = title_year or (time_years.most_common(1)[0][0] if time_years else None)
        year = found or _header_year(header) or date.today().year
        start, end = date(year, 1, 1), date(year, 12, 31)
    key = f"{year}-C1"
    period = PeriodData(key, date_range_label(start, end), start=start, end=end)
    return Schedule(
        Scheme.CUSTOM, year, [period], campaign_key=key, window_start=start, window_end=end
    )


def find_window(text: str) -> tuple[date, date] | None:
    """The campaign window named in a text: "Từ ngày 15/11/2023 đến ngày 15/12/2023",
    "15/11–15/12/2023"."""
    found = list(_DATE.finditer(text))
    for first, second in itertools.pairwise(found):
        gap = text[first.end() : second.start()]
        if len(gap) > _MAX_GAP or any(ch.isdigit() for ch in gap) or not second.group(3):
            continue
        end = _date(second.group(1), second.group(2), second.group(3))
        start = _date(first.group(1), first.group(2), first.group(3) or second.group(3))
        if start and end and start <= end and end - start <= _MAX_WINDOW:
            return start, end
    return None


def _date(day: str, month: str, year: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None
