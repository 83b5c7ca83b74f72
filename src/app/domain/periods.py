"""Reporting schemes and periods: keys, dates, labels in six languages, due dates.

Period keys (public, see DESIGN.md): ``2021-T1`` four-month, ``2024-Q3`` quarter,
``2024-H1`` half-year, ``2024-M11`` month, ``2024`` year, ``2023-C1`` custom window.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from app.domain.languages import LANGUAGES as LANGUAGES  # re-exported: the one list

DEFAULT_DUE_DAYS = 10


class Scheme(StrEnum):
    QUARTER = "quarter"
    FOUR_MONTH = "four_month"
    HALF_YEAR = "half_year"
    MONTH = "month"
    YEAR = "year"
    CUSTOM = "custom"


# letter used in the key, number of periods per year, months per period
_SCHEME_SHAPE: dict[Scheme, tuple[str, int, int]] = {
    Scheme.QUARTER: ("Q", 4, 3),
    Scheme.FOUR_MONTH: ("T", 3, 4),
    Scheme.HALF_YEAR: ("H", 2, 6),
    Scheme.MONTH: ("M", 12, 1),
    Scheme.YEAR: ("", 1, 12),
}
_LETTER_SCHEME = {letter: scheme for scheme, (letter, _, _) in _SCHEME_SHAPE.items() if letter}
_LETTER_SCHEME["C"] = Scheme.CUSTOM

_KEY = re.compile(r"^(?P<year>\d{4})(?:-(?P<letter>[QTHMC])(?P<index>\d{1,2}))?$")


class PeriodKeyError(ValueError):
    """A period key that does not follow the documented forms."""


@dataclass(frozen=True)
class PeriodKey:
    year: int
    scheme: Scheme
    index: int  # 1-based; 1 for a year

    def __str__(self) -> str:
        if self.scheme is Scheme.YEAR:
            return str(self.year)
        letter = "C" if self.scheme is Scheme.CUSTOM else _SCHEME_SHAPE[self.scheme][0]
        return f"{self.year}-{letter}{self.index}"


def parse_key(key: str) -> PeriodKey:
    match = _KEY.match(key.strip().upper())
    if not match:
        raise PeriodKeyError(
            f"'{key}' is not a period key (expected e.g. 2021-T1, 2024-Q3, 2024-H1, "
            "2024-M11, 2024 or 2023-C1)"
        )
    year = int(match["year"])
    letter = match["letter"]
    if letter is None:
        return PeriodKey(year, Scheme.YEAR, 1)
    scheme = _LETTER_SCHEME[letter]
    index = int(match["index"])
    if scheme is not Scheme.CUSTOM:
        count = _SCHEME_SHAPE[scheme][1]
        if not 1 <= index <= count:
            raise PeriodKeyError(f"'{key}': a {scheme.value} period number runs from 1 to {count}")
    elif index < 1:
        raise PeriodKeyError(f"'{key}': custom window numbers start at 1")
    return PeriodKey(year, scheme, index)


@dataclass(frozen=True)
class Period:
    key: str
    scheme: Scheme
    year: int
    index: int
    start: date
    end: date
    due: date
    name: str = ""  # custom windows may carry a name ("Action month")

    def label(self, language: str = "en") -> str:
        return period_label(self, language)

    def with_due(self, due: date) -> Period:
        return replace(self, due=due)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def default_due(end: date, due_days: int = DEFAULT_DUE_DAYS) -> date:
    return end + timedelta(days=due_days)


def period_for_key(
    key: str | PeriodKey,
    due_days: int = DEFAULT_DUE_DAYS,
    *,
    start: date | None = None,
    end: date | None = None,
    name: str = "",
) -> Period:
    """Build the period of *key*; custom windows need their *start* and *end*."""
    pk = parse_key(key) if isinstance(key, str) else key
    if pk.scheme is Scheme.CUSTOM:
        if start is None or end is None:
            raise PeriodKeyError(f"custom window {pk} needs a start and an end date")
        if end < start:
            raise PeriodKeyError(f"custom window {pk} ends before it starts")
        return Period(
            str(pk), pk.scheme, pk.year, pk.index, start, end, default_due(end, due_days), name
        )
    _, _, months = _SCHEME_SHAPE[pk.scheme]
    first_month = (pk.index - 1) * months + 1
    last_month = first_month + months - 1
    p_start = date(pk.year, first_month, 1)
    p_end = date(pk.year, last_month, calendar.monthrange(pk.year, last_month)[1])
    return Period(
        str(pk), pk.scheme, pk.year, pk.index, p_start, p_end, default_due(p_end, due_days), name
    )


def scheme_periods(scheme: Scheme, year: int, due_days: int = DEFAULT_DUE_DAYS) -> list[Period]:
    """All periods of a fixed scheme in *year* (custom windows are defined one by one)."""
    if scheme is Scheme.CUSTOM:
        return []
    count = _SCHEME_SHAPE[scheme][1]
    return [period_for_key(PeriodKey(year, scheme, i), due_days) for i in range(1, count + 1)]


def period_of_day(periods: list[Period], day: date) -> Period | None:
    return next((p for p in periods if p.contains(day)), None)


# ---------------------------------------------------------------- labels
_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ru": "Январь Февраль Март Апрель Май Июнь Июль Август Сентябрь Октябрь Ноябрь Декабрь",
    "kk": "Қаңтар Ақпан Наурыз Сәуір Мамыр Маусым Шілде Тамыз Қыркүйек Қазан Қараша Желтоқсан",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
    "noiembrie decembrie",
    "vi": "",
}

_TEMPLATES: dict[Scheme, dict[str, str]] = {
    Scheme.FOUR_MONTH: {
        "en": "{year} {roman}. four-month period",
        "tr": "{year} yılı {roman}. Dört Aylık Dönem",
        "ru": "{roman} четырёхмесячный период {year} г.",
        "kk": "{year} ж. {roman} төрт айлық кезең",
        "ro": "Perioada de patru luni {roman} {year}",
        "vi": "Kỳ bốn tháng {roman} năm {year}",
    },
    Scheme.QUARTER: {
        "en": "Q{n} {year}",
        "tr": "{year} yılı {n}. çeyrek",
        "ru": "{n} квартал {year} г.",
        "kk": "{year} ж. {n}-тоқсан",
        "ro": "Trimestrul {roman} {year}",
        "vi": "Quý {roman} năm {year}",
    },
    Scheme.HALF_YEAR: {
        "en": "H{n} {year}",
        "tr": "{year} yılı {n}. yarıyıl",
        "ru": "{n} полугодие {year} г.",
        "kk": "{year} ж. {n}-жартыжылдық",
        "ro": "Semestrul {roman} {year}",
        "vi": "{half} năm {year}",
    },
    Scheme.MONTH: {
        "en": "{month} {year}",
        "tr": "{month} {year}",
        "ru": "{month} {year} г.",
        "kk": "{year} ж. {month}",
        "ro": "{month} {year}",
        "vi": "Tháng {n} năm {year}",
    },
    Scheme.YEAR: {
        "en": "Year {year}",
        "tr": "{year} yılı",
        "ru": "{year} год",
        "kk": "{year} жыл",
        "ro": "Anul {year}",
        "vi": "Năm {year}",
    },
}

_VI_HALVES = ("6 tháng đầu", "6 tháng cuối")


def date_range_label(start: date, end: date) -> str:
    """ "15/11–15/12/2023"; the year is written once when both ends share it."""
    if start.year == end.year:
        return f"{start:%d/%m}–{end:%d/%m/%Y}"
    return f"{start:%d/%m/%Y}–{end:%d/%m/%Y}"


def period_label(period: Period, language: str = "en") -> str:
    lang = language if language in LANGUAGES else "en"
    if period.scheme is Scheme.CUSTOM:
        dates = date_range_label(period.start, period.end)
        return f"{period.name} {dates}" if period.name else dates
    template = _TEMPLATES[period.scheme][lang]
    month = ""
    if period.scheme is Scheme.MONTH and _MONTHS[lang]:
        month = _MONTHS[lang].split()[period.index - 1]
    half = _VI_HALVES[period.index - 1] if period.scheme is Scheme.HALF_YEAR else ""
    return template.format(
        year=period.year, n=period.index, roman=_ROMANS[period.index - 1], month=month, half=half
    )
