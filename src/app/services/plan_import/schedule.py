"""The plan's years, scheme and periods, and where each activity is planned.

Everything comes from the document or from the clerk, never from the calendar:

- the year: given by the clerk (``year=``), else a campaign window in the title or text
  ("Từ ngày 15/11/2023 đến ngày 15/12/2023"), else the years the title names ("pe perioada
  2013-2017"), else the years of the period columns, else the years the date cells name,
  else a year written anywhere in the text; when none of these exists :class:`YearMissing`
  is raised (the command line asks for ``--year``, the window asks the clerk);
- the scheme: given by the clerk (``scheme=``), else the period columns, else the kind of
  periods the date cells name ("Sem. I 2006", "I квартал"), else a campaign window, else one
  period a year;
- each activity's periods: its period columns; or what its date cell says, mapped onto the
  plan's periods ("Sem. II 2006" -> 2006-H2, "до 13.12.2004" -> the period holding the
  13th, "постоянно"/"Anual" -> every period, "2013-2014" -> the periods of those years);
  a date cell that names no time is kept in the item's notes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from app.domain.periods import Period, Scheme, date_range_label, period_for_key, scheme_periods
from app.domain.plan import ItemKind, PeriodData
from app.services.errors import ImportRejected
from app.services.messages import Message
from app.services.written_dates import When, find_window, find_year_span, read_when

from .body import RawItem
from .headers import HeaderMap
from .period_words import PeriodRef, parse_period_header

MAX_YEARS = 12  # a plan spanning more years than this is read as its first year only


class YearMissing(ImportRejected):
    """The file names no year: the clerk must give one."""


@dataclass
class Schedule:
    scheme: Scheme
    year: int
    periods: list[PeriodData]
    column_keys: dict[int, str] = field(default_factory=dict)  # period column -> key
    campaign_key: str | None = None  # every activity planned in this window
    window_start: date | None = None
    window_end: date | None = None
    year_source: str = ""
    year_text: str = ""
    scheme_source: str = ""
    by_item: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # id(raw) -> plan
    unplaced: set[int] = field(default_factory=set)  # id(raw): date cell names no time

    @property
    def time_is_plan(self) -> bool:
        """The time column's text is the planned text of the activities."""
        return self.campaign_key is not None or bool(self.by_item)

    def time_to_notes(self, raw: RawItem) -> bool:
        return id(raw) in self.unplaced or not self.time_is_plan

    def planned_for(self, raw: RawItem) -> list[tuple[str, str]]:
        if self.column_keys:
            keys = self.column_keys
            return [(keys[c], t) for c, t in sorted(raw.planned.items()) if c in keys]
        if raw.kind is not ItemKind.ACTIVITY:
            return []
        if self.campaign_key is not None:
            return [(self.campaign_key, raw.fields.get("time", ""))]
        if id(raw) in self.by_item:
            return self.by_item[id(raw)]
        if id(raw) in self.unplaced:
            return []
        return [(p.key, "") for p in self.periods]


@dataclass
class _Years:
    first: int
    last: int
    source: str
    text: str


def make_schedule(
    grid: list[list[str]],
    header: HeaderMap,
    title: str,
    items: list[RawItem],
    context: list[str],
    *,
    year: int | None = None,
    scheme: Scheme | None = None,
    need_year: bool = False,
) -> Schedule:
    """The schedule of a recognised table; *context* is the document's other text (lines
    above and below the table), searched for a window or a year after the title."""
    activities = [i for i in items if i.kind is ItemKind.ACTIVITY]
    times = {id(i): i.fields.get("time", "") for i in activities if i.fields.get("time")}
    window, window_text = _window(title, context, year)
    years = _years(header, title, context, times, window, window_text, year)
    if years is None:
        if need_year:
            raise YearMissing(Message.IMPORT_NO_YEAR)
        years = _Years(0, 0, "", "")
    if header.periods and scheme in (None, _column_scheme(header)):
        return _from_columns(header, years)
    refs = {k: parse_period_header(t) for k, t in times.items()}
    chosen, scheme_source = _scheme(scheme, header, refs, window, years)
    if chosen is Scheme.CUSTOM:
        start, end = window if window else (date(years.first, 1, 1), date(years.last, 12, 31))
        key = f"{start.year}-C1"
        period = PeriodData(key, date_range_label(start, end), start=start, end=end)
        schedule = Schedule(
            Scheme.CUSTOM, start.year, [period], campaign_key=key,
            window_start=start, window_end=end,
        )  # fmt: skip
        return _sourced(schedule, years, scheme_source)
    if years.first == 0:
        return _sourced(Schedule(chosen, 0, []), years, scheme_source)
    built = [p for y in range(years.first, years.last + 1) for p in scheme_periods(chosen, y)]
    periods = [PeriodData(p.key) for p in built]  # named when stored, in the plan's language
    schedule = Schedule(chosen, years.first, periods)
    if header.periods:  # the clerk chose another scheme than the columns': map them
        for raw in activities:
            mapped: list[tuple[str, str]] = []
            for col, cell in sorted(raw.planned.items()):
                ref = header.periods.get(col)
                if ref is None:
                    continue
                for key in _ref_keys(ref, built, years):
                    if key not in {k for k, _ in mapped}:
                        mapped.append((key, cell))
            schedule.by_item[id(raw)] = mapped
        return _sourced(schedule, years, scheme_source)
    for raw in activities:
        text = times.get(id(raw), "")
        if not text:
            continue
        found = _keys_for(text, refs.get(id(raw)), built, years)
        if found is None:
            if len(built) == 1:
                schedule.by_item[id(raw)] = [(built[0].key, text)]
            else:
                schedule.unplaced.add(id(raw))
        else:
            schedule.by_item[id(raw)] = [(k, text) for k in found]
    return _sourced(schedule, years, scheme_source)


def _sourced(schedule: Schedule, years: _Years, scheme_source: str) -> Schedule:
    schedule.year_source = years.source
    schedule.year_text = years.text
    schedule.scheme_source = scheme_source
    return schedule


def _column_scheme(header: HeaderMap) -> Scheme:
    return next(iter(header.periods.values())).scheme


# ------------------------------------------------------------------ the years
def _window(
    title: str, context: list[str], year: int | None
) -> tuple[tuple[date, date] | None, str]:
    for text in [title, *context]:
        found = find_window(text, year)
        if found is not None:
            if year is not None and found[0].year != year and found[1].year != year:
                continue
            return found, text
    return None, ""


def _years(
    header: HeaderMap,
    title: str,
    context: list[str],
    times: dict[int, str],
    window: tuple[date, date] | None,
    window_text: str,
    year: int | None,
) -> _Years | None:
    if year is not None:
        return _Years(year, year, "clerk", str(year))
    if window is not None:
        return _Years(window[0].year, window[1].year, "window", window_text)
    span = find_year_span(title)
    latest = _latest_date_year([title, *context])
    if span is not None and latest is not None and span[1] + 5 < latest:
        span = None  # "63-й годовщины победы … 1941 — 1945 годов" in a plan approved in 2008
    if span is not None:
        return _Years(span[0], min(span[1], span[0] + MAX_YEARS - 1), "title", title)
    stated = sorted({r.year for r in header.periods.values() if r.year})
    if stated:
        return _Years(stated[0], min(stated[-1], stated[0] + MAX_YEARS - 1), "headers",
                      ", ".join(header.texts[c] for c in sorted(header.periods)))  # fmt: skip
    for text in header.texts:
        found = find_year_span(text) if text else None
        if found is not None:
            return _Years(found[0], found[1], "headers", text)
    counted: Counter[int] = Counter()
    examples: dict[int, str] = {}
    for text in times.values():
        for y in _cell_years(text):
            counted[y] += 1
            examples.setdefault(y, text)
    if counted:
        common = [y for y, n in counted.items() if n >= max(1, counted.most_common(1)[0][1] // 4)]
        first, last = min(common), max(common)
        if last - first >= MAX_YEARS:
            first = last = counted.most_common(1)[0][0]
        return _Years(first, last, "dates", examples[counted.most_common(1)[0][0]])
    for text in context:
        span = find_year_span(text)
        if span is not None and (latest is None or span[1] + 5 >= latest):
            return _Years(span[0], min(span[1], span[0] + MAX_YEARS - 1), "text", text)
    if latest is not None:
        text = next(t for t in [title, *context] if t and str(latest) in t)
        return _Years(latest, latest, "text", text)
    return None


def _latest_date_year(texts: list[str]) -> int | None:
    """The latest year of a full date written in the document's text (its approval)."""
    years = [
        when.start.year
        for text in texts
        if text
        and re.search(r"\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d", text)
        and (when := read_when(text)).start is not None
        and when.precision == "day"
    ]
    return max(years) if years else None


def _cell_years(text: str) -> list[int]:
    ref = parse_period_header(text)
    if ref is not None and ref.year:
        return [ref.year]
    when = read_when(text)
    if when.years:
        return list(when.years)
    return []


# ------------------------------------------------------------------ the scheme
_TERM_SCHEMES = (Scheme.HALF_YEAR, Scheme.QUARTER, Scheme.FOUR_MONTH)


def _scheme(
    scheme: Scheme | None,
    header: HeaderMap,
    refs: dict[int, PeriodRef | None],
    window: tuple[date, date] | None,
    years: _Years,
) -> tuple[Scheme, str]:
    if scheme is not None:
        return scheme, "clerk"
    found = Counter(r.scheme for r in refs.values() if r is not None and r.scheme in _TERM_SCHEMES)
    if found and sum(found.values()) * 3 >= max(1, len(refs)):
        return found.most_common(1)[0][0], "terms"
    if window is not None:
        return Scheme.CUSTOM, "window"
    if years.last > years.first:
        return Scheme.YEAR, "years"
    return Scheme.YEAR, "year"


# ------------------------------------------------------------------ mapping a date cell
def _overlapping(start: date, end: date, built: list[Period]) -> list[str]:
    return [p.key for p in built if p.start <= end and start <= p.end]


def _ref_keys(ref: PeriodRef, built: list[Period], years: _Years) -> list[str]:
    """The plan's periods a period named in a cell covers ("Sem. II 2006" -> 2006-H2 or
    2006-Q3 and 2006-Q4); without a year, in each year of the plan."""
    years_of_ref = [ref.year] if ref.year else list(range(years.first, years.last + 1))
    keys: list[str] = []
    for y in years_of_ref:
        try:
            period = period_for_key(ref.key(y))
        except ValueError:
            continue
        keys.extend(k for k in _overlapping(period.start, period.end, built) if k not in keys)
    return keys


def _keys_for(
    text: str, ref: PeriodRef | None, built: list[Period], years: _Years
) -> list[str] | None:
    """The periods a date cell names, or None when it names no time at all."""
    if ref is not None and ref.scheme is not Scheme.YEAR:
        keys = _ref_keys(ref, built, years)
        return keys or None
    when = read_when(text, years.first if years.first == years.last else None)
    if when.ongoing or when.annual:
        if when.years:
            return [p.key for p in built if p.year in when.years] or None
        return [p.key for p in built]
    return _keys_of_when(when, built, years)


def _keys_of_when(when: When, built: list[Period], years: _Years) -> list[str] | None:
    if when.start is not None and when.end is not None:
        if when.deadline:
            return _overlapping(when.start, when.start, built) or None
        return _overlapping(when.start, when.end, built) or None
    if when.day_month is not None:
        day, month = when.day_month
        keys: list[str] = []
        for y in range(years.first, years.last + 1):
            try:
                moment = date(y, month, day)
            except ValueError:
                continue
            keys.extend(_overlapping(moment, moment, built))
        return keys or None
    return None


def _from_columns(header: HeaderMap, years: _Years) -> Schedule:
    refs = header.periods
    default = years.first
    keys = {col: ref.key(default) for col, ref in refs.items() if ref.year or default}
    scheme = next(iter(refs.values())).scheme
    stated = sorted({int(k[:4]) for k in keys.values()})
    if not stated:
        return _sourced(Schedule(scheme, 0, [], column_keys={}), years, "columns")
    periods = [
        PeriodData(p.key)  # named when stored, in the plan's declared language
        for y in stated
        for p in scheme_periods(scheme, y)
    ]
    counted = Counter(int(k[:4]) for k in keys.values())
    plan_year = counted.most_common(1)[0][0] if scheme is not Scheme.YEAR else stated[0]
    schedule = Schedule(scheme, plan_year, periods, column_keys=keys)
    return _sourced(schedule, years, "columns")
