"""Dates as people write them in plans and event lists, in the six data languages.

Month names come from CLDR through Babel (every form it has: wide and abbreviated, the
genitive "ноября" and the nominative "ноябрь", the Vietnamese "tháng 11"), matched on their
stems so that inflected forms ("ноябре", "Kasım'da", "желтоқсанға") are found too; a text
that names a month but fits none of the patterns below goes to dateparser. Nothing here
guesses a year: a date written without one takes the *year* given by the caller (the plan's)
or stays without a year (:attr:`When.day_month`).

:func:`read_when` reads a date cell: a day, a range ("29.11–03.12.2021", "1–2 декабря",
"с 25 ноября по 10 декабря 2025 года"), a month ("martie 2014"), a deadline ("до
13.12.2004", "13 желтоқсанға дейін"), years ("2013-2014"), or a recurring term ("постоянно",
"Sürekli", "Anual"). :func:`find_window` finds a campaign window in a sentence ("Từ ngày
15/11/2023 đến ngày 15/12/2023"); :func:`find_year_span` the years a title names ("pe
perioada 2013-2017").
"""

from __future__ import annotations

import calendar
import itertools
import re
import warnings
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache

from app.domain.periods import LANGUAGES
from app.services.plan_import.textnorm import fold, fold_with_map

# the languages data is written in, English last: a word of another language wins a tie
DATA_LANGUAGES = (*(code for code in LANGUAGES if code != "en"), "en")
_MAX_WINDOW = timedelta(days=400)
_YEAR = r"(?:19|20)\d\d"
_DASH = r"\s*(?:-|–|—|‒|―|\.\.)\s*"

# recurring terms and deadline words (folded, whole words; a trailing * takes any ending)
ONGOING_WORDS = (
    "постоянно", "в течение года", "в течение всего периода", "весь период", "ежемесячно",
    "ежеквартально", "на постоянной основе", "тұрақты", "үнемі", "жыл бойы", "тұрақты түрде",
    "surekli", "yil boyunca", "her ay", "devamli", "permanent", "continuu",
    "pe tot parcursul anului",
    "lunar", "trimestrial", "thuong xuyen", "lien tuc", "ca nam", "hang thang", "hang quy",
    "ongoing", "continuous", "permanent", "throughout the year", "monthly", "quarterly",
)  # fmt: skip
ANNUAL_WORDS = (
    "ежегодно", "каждый год", "жыл сайын", "жыл сайынгы", "her yil", "yillik", "anual",
    "anual*", "in fiecare an", "hang nam", "hàng nam", "annually", "every year", "yearly",
)  # fmt: skip
_DEADLINE_BEFORE = (
    "до", "не позднее", "не позже", "в срок до", "pana la", "pana in", "cel tarziu la",
    "termen", "en gec", "truoc ngay", "truoc", "cham nhat", "han", "by", "until",
    "no later than", "before",
)  # fmt: skip
_DEADLINE_AFTER = ("дейін", "дейiн", "kadar", "e kadar", "a kadar", "ye kadar", "na kadar")
_RANGE_LINKS = (
    "-", "–", "—", "по", "до", "den", "đen", "pana la", "pana in", "si", "mен", "мен",
    "men", "ile", "to", "until", "and", "и", "va", "tới", "toi",
)  # fmt: skip


@dataclass(frozen=True)
class When:
    """What a date cell says. *start*/*end* are set when the year is known (from the text
    or the caller); *day_month* keeps a day written without any year."""

    text: str
    start: date | None = None
    end: date | None = None
    precision: str = ""  # "day", "month", "year" or "" (nothing found)
    deadline: bool = False
    ongoing: bool = False
    annual: bool = False
    years: tuple[int, ...] = ()
    day_month: tuple[int, int] | None = None  # (day, month) when no year is known
    end_day_month: tuple[int, int] | None = None
    rest: str = ""  # what the cell says besides the date ("ДК "Строитель"")

    @property
    def found(self) -> bool:
        return bool(self.start or self.day_month or self.ongoing or self.annual or self.years)


@dataclass
class _Mention:
    start: int  # in the folded text
    end: int
    day: int | None
    month: int
    year: int | None
    end_day: int | None = None  # "1–2 декабря"
    precision: str = "day"
    extra: dict[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------- month names (CLDR)
@cache
def month_names() -> tuple[tuple[str, int], ...]:
    """(folded name, month) pairs from CLDR for the data languages, longest first."""
    from babel.dates import get_month_names

    pairs: set[tuple[str, int]] = set()
    for lang in DATA_LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=lang).items():
                    folded = fold(str(name)).strip().rstrip(".")
                    if folded and not any(ch.isdigit() for ch in folded):
                        pairs.add((folded, int(number)))
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


@cache
def _month_regex() -> re.Pattern[str]:
    """A month word: a CLDR name, or its stem with an inflection ("ноябре", "kasimda")."""
    parts: list[str] = []
    for name, _ in month_names():
        if len(name) >= 5:
            parts.append(re.escape(name[:-1]) + r"\w{0,4}")
        elif len(name) == 4:
            parts.append(re.escape(name) + r"\w{0,3}")
        else:
            parts.append(re.escape(name) + r"\.?")
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def month_of(word: str) -> int | None:
    """The month a (folded) word names, by CLDR names and their stems."""
    word = word.rstrip(".")
    best: tuple[int, int] | None = None
    for name, number in month_names():
        if word == name:
            return number
        stem = name[:-1] if len(name) >= 5 else name
        fits = len(name) >= 4 and word.startswith(stem) and len(word) - len(stem) <= 4
        if fits and (best is None or len(stem) > best[0]):
            best = (len(stem), number)
    return best[1] if best else None


# ---------------------------------------------------------------- finding mentions
_VI_DATE = re.compile(
    r"(?<!\w)(?<!tuan\s)(?<!tuan)(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*(?:nam|,)?\s*("
    + _YEAR
    + r"))?"
)
_VI_MONTH = re.compile(r"(?<!\w)thang\s+(\d{1,2})(?:\s*(?:nam|/|,)?\s*(" + _YEAR + r"))?")
_NUMERIC = re.compile(r"(?<![\d.,/])(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?![\d]|[./]\d)")
_ISO = re.compile(r"(?<!\d)(" + _YEAR + r")-(\d{2})-(\d{2})(?!\d)")
_DAY_MONTH = re.compile(r"(?<![\d.,/])(\d{1,2})[./](\d{1,2})(?![\d]|[./]\d)")
_YEARS = re.compile(r"(?<![\d.,/])(" + _YEAR + r")(?:" + _DASH + r"(" + _YEAR + r"))?(?![\d])")
_MONTH_NUMBER_YEAR = re.compile(r"(?<![\d.,/])(\d{1,2})[./](" + _YEAR + r")(?!\d)")


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    limit = calendar.monthrange(year or 2000, month)[1]
    return 1 <= day <= limit


def _full_year(text: str) -> int:
    value = int(text)
    return value + 2000 if value < 100 else value


def _mentions(folded: str) -> list[_Mention]:
    """Every date in *folded* text, in order; spans do not overlap."""
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(m: _Mention) -> None:
        if free(m.start, m.end):
            taken.append((m.start, m.end))
            found.append(m)

    for match in _ISO.finditer(folded):
        y, mo, d = int(match[1]), int(match[2]), int(match[3])
        if _valid(y, mo, d):
            add(_Mention(match.start(), match.end(), d, mo, y))
    for match in _NUMERIC.finditer(folded):
        d, mo, y = int(match[1]), int(match[2]), _full_year(match[3])
        if _valid(y, mo, d):
            add(_Mention(match.start(), match.end(), d, mo, y))
    for match in _VI_DATE.finditer(folded):
        d, mo = int(match[1]), int(match[2])
        vy = int(match[3]) if match[3] else None
        if _valid(vy, mo, d):
            add(_Mention(match.start(), match.end(), d, mo, vy))
    months = _month_regex()
    day_before = re.compile(
        r"(?<![\d.,/])(\d{1,2})(?:"
        + _DASH
        + r"(\d{1,2}))?(?:-?(?:го|е|ші|шы|inci|nci|ci|th|st|nd|rd))?\.?\s*$"
    )
    for match in months.finditer(folded):
        number = month_of(match.group(0))
        if number is None:
            continue
        head = folded[max(0, match.start() - 12) : match.start()]
        before = day_before.search(head)
        tail = folded[match.end() : match.end() + 16]
        year_after = re.match(r"\s*,?\s*(" + _YEAR + r")(?!\d)", tail)
        year = int(year_after[1]) if year_after else None
        end = match.end() + (year_after.end() if year_after else 0)
        if before:
            day = int(before[1])
            end_day = int(before[2]) if before[2] else None
            start = match.start() - len(head) + before.start()
            if _valid(year, number, day) and (end_day is None or _valid(year, number, end_day)):
                add(_Mention(start, end, day, number, year, end_day))
                continue
        day_after = re.match(r"\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)\s*,?\s*(" + _YEAR + r")?", tail)
        if not before and day_after and _valid(year, number, int(day_after[1])):
            dy = int(day_after[2]) if day_after[2] else None
            add(
                _Mention(
                    match.start(), match.end() + day_after.end(), int(day_after[1]), number, dy
                )
            )
            continue
        if year is not None or not before:
            add(_Mention(match.start(), end, None, number, year, precision="month"))
    for match in _VI_MONTH.finditer(folded):
        mo = int(match[1])
        my = int(match[2]) if match[2] else None
        if _valid(my, mo, None):
            add(_Mention(match.start(), match.end(), None, mo, my, precision="month"))
    for match in _MONTH_NUMBER_YEAR.finditer(folded):
        mo, y = int(match[1]), int(match[2])
        if _valid(y, mo, None):
            add(_Mention(match.start(), match.end(), None, mo, y, precision="month"))
    for match in _DAY_MONTH.finditer(folded):
        d, mo = int(match[1]), int(match[2])
        if _valid(None, mo, d) and not _looks_like_time(folded, match):
            add(_Mention(match.start(), match.end(), d, mo, None))
    found.sort(key=lambda m: m.start)
    return found


def _looks_like_time(folded: str, match: re.Match[str]) -> bool:
    """ "14.00", "10.30-12.00" are clock times, not days."""
    return (
        match[2] in {"00", "15", "30", "45"}
        and len(match[2]) == 2
        and match[1].isdigit()
        and (
            int(match[1]) <= 23
            and (match[2] == "00" or folded[match.end() : match.end() + 1] in "-–")
        )
    )


# ---------------------------------------------------------------- reading a cell
def _words(folded: str, words: tuple[str, ...]) -> bool:
    for word in words:
        prefix = word.endswith("*")
        body = r"\s+".join(re.escape(w) for w in fold(word.rstrip("*")).split())
        if re.search(r"(?<!\w)" + body + (r"" if prefix else r"(?!\w)"), folded):
            return True
    return False


@cache
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


def _link(gap: str) -> bool:
    """A range word between two dates ("–", "по", "đến ngày", "până la", "мен")."""
    words = re.sub(r"ngay", " ", fold(gap)).strip(" ,.;:()")
    words = re.sub(r"\s+", " ", words)
    if not words:
        return False
    if re.fullmatch(r"[-–—‒―]+", words):
        return True
    return words in _folded(_RANGE_LINKS)


def _resolve(m: _Mention, year: int | None) -> tuple[date | None, date | None]:
    y = m.year or year
    if y is None:
        return None, None
    if m.precision == "month" or m.day is None:
        return date(y, m.month, 1), date(y, m.month, calendar.monthrange(y, m.month)[1])
    start = date(y, m.month, m.day)
    end = date(y, m.month, m.end_day) if m.end_day else start
    return start, end


def read_when(text: str, year: int | None = None) -> When:
    """Read one date cell; *year* completes dates written without one (the plan's year)."""
    raw = text.strip()
    if not raw:
        return When(text)
    folded, index = fold_with_map(raw)
    ongoing = _words(folded, ONGOING_WORDS)
    annual = _words(folded, ANNUAL_WORDS)
    mentions = _mentions(folded)
    if not mentions:
        mentions = _dateparser_mentions(raw, folded, year)
    deadline = False
    first = mentions[0] if mentions else None
    if first is not None:
        before = folded[: first.start].strip(" ,.:;(")
        after = folded[mentions[-1].end :].strip(" ,.:;)")
        deadline = any(
            before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
            for w in _folded(_DEADLINE_BEFORE)
        ) or any(after.startswith(w) for w in _folded(_DEADLINE_AFTER))
    years = _years_only(folded, mentions)
    if first is None:
        return When(
            text,
            precision="year" if years else "",
            ongoing=ongoing,
            annual=annual,
            years=years,
            start=date(years[0], 1, 1) if years else None,
            end=date(years[-1], 12, 31) if years else None,
        )
    last = first
    if len(mentions) >= 2 and _link(folded[first.end : mentions[1].start]):
        last = mentions[1]
        if first.year is None and last.year is not None:
            first = replace(first, year=last.year)
            if (first.month, first.day or 1) > (last.month, last.day or 1):
                first = replace(first, year=last.year - 1)
    start, _ = _resolve(first, year)
    _, end = _resolve(last, year)
    if start is not None and end is not None and end < start and first.year is None and year:
        start = start.replace(year=start.year - 1)
    rest = _rest(raw, index, first.start, last.end)
    if start is None:
        dm = (first.day or 1, first.month)
        edm = (
            (last.end_day or last.day or 1, last.month)
            if last is not first or last.end_day
            else None
        )
        return When(
            text,
            precision=first.precision,
            deadline=deadline,
            ongoing=ongoing,
            annual=annual,
            day_month=dm if first.precision == "day" else None,
            end_day_month=edm,
            rest=rest,
        )
    return When(
        text,
        start=start,
        end=end,
        precision=first.precision,
        deadline=deadline,
        ongoing=ongoing,
        annual=annual,
        years=tuple(range(start.year, (end or start).year + 1)),
        rest=rest,
    )


_REST_BEFORE = re.compile(
    r"(?:(?<!\w)(?:с|со|от|from|din|de la|tu|tu ngay|ngay|den|gun|tarihinde))[ \t]*$"
)
_REST_AFTER = re.compile(
    r"^[ \t]*(?:г\.|года|году|гг\.|ж\.|жылы|жылғы|жылгы|yili|yilinda|nam|tarihinde|tarihleri)"
    r"(?!\w)"
)


def _rest(raw: str, index: list[int], start: int, end: int) -> str:
    """The cell's text without the date (and the words that belong to it: "с", "года")."""
    if not index:
        return ""
    folded = fold(raw) if len(fold(raw)) == len(index) else None
    if folded is not None:
        before = _REST_BEFORE.search(folded[:start])
        if before:
            start = before.start()
        after = _REST_AFTER.match(folded[end:])
        if after:
            end += after.end()
    s = index[start] if start < len(index) else len(raw)
    e = index[end - 1] + 1 if 0 < end <= len(index) else len(raw)
    head, tail = raw[:s].rstrip(), raw[e:].lstrip()
    joined = f"{head}\n{tail}" if "\n" in raw[s - 1 : s] + raw[e : e + 1] else f"{head} {tail}"
    return joined.strip(" \n,;:–-")


def _years_only(folded: str, mentions: list[_Mention]) -> tuple[int, ...]:
    if mentions:
        return ()
    years: list[int] = []
    for match in _YEARS.finditer(folded):
        first = int(match[1])
        last = int(match[2]) if match[2] else first
        if first <= last <= first + 30:
            years.extend(range(first, last + 1))
    return tuple(sorted(set(years)))


def _dateparser_mentions(raw: str, folded: str, year: int | None) -> list[_Mention]:
    """A last try with dateparser for texts that name a month in a way not covered above
    ("November 25, 2023"); only when a month word is there at all."""
    if not _month_regex().search(folded) or len(raw) > 60:
        return []
    parsed = parse_with_dateparser(raw, year)
    if parsed is None:
        return []
    return [_Mention(0, len(folded), parsed.day, parsed.month, parsed.year)]


def parse_with_dateparser(text: str, year: int | None = None) -> date | None:
    import dateparser

    base = datetime(year or 2000, 1, 1)
    settings = {
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "RELATIVE_BASE": base,
        "REQUIRE_PARTS": ["day", "month"] + ([] if year else ["year"]),
        "PARSERS": ["absolute-time"],
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = dateparser.parse(text, languages=list(DATA_LANGUAGES), settings=settings)
    return result.date() if result is not None else None


# ---------------------------------------------------------------- windows and years
def find_window(text: str, year: int | None = None) -> tuple[date, date] | None:
    """The campaign window a sentence names: two dates joined by a range word ("Từ ngày
    15/11/2023 đến ngày 15/12/2023", "с 25 ноября по 10 декабря 2025 года",
    "15/11–15/12/2023")."""
    folded, _ = fold_with_map(text)
    mentions = [m for m in _mentions(folded) if m.precision == "day"]
    for first, second in itertools.pairwise(mentions):
        gap = folded[first.end : second.start]
        if len(gap) > 25 or any(ch.isdigit() for ch in gap) or not _link(gap):
            continue
        if first.year is None and second.year is None and year is None:
            continue
        y2 = second.year or year
        y1 = first.year or y2
        assert y1 is not None and y2 is not None
        try:
            start = date(y1, first.month, first.day or 1)
            end = date(y2, second.month, second.day or 1)
        except ValueError:
            continue
        if start > end and first.year is None:
            start = start.replace(year=start.year - 1)
        if start <= end and end - start <= _MAX_WINDOW:
            return start, end
    for m in mentions:
        if m.end_day is not None and (m.year or year):
            y = m.year or year
            assert y is not None and m.day is not None
            return date(y, m.month, m.day), date(y, m.month, m.end_day)
    return None


_PERIOD_WORDS = (
    "perioada", "pe perioada", "pentru perioada", "anii", "pe anii", "на", "годы", "гг", "годов",
    "жылдарга", "жылдарға", "жылдар", "yillari", "yillar", "donemi", "giai doan", "nam",
    "period", "years",
)  # fmt: skip


def find_year_span(text: str) -> tuple[int, int] | None:
    """The years a title or sentence names: "pe perioada 2013-2017" -> (2013, 2017), "Plan
    2021" -> (2021, 2021); the first range wins over single years."""
    folded = fold(text)
    single: int | None = None
    for match in _YEARS.finditer(folded):
        first = int(match[1])
        if match[2]:
            last = int(match[2])
            if first <= last <= first + 30:
                return first, last
        elif single is None and not _inside_date(folded, match.start(), match.end()):
            single = first
    return (single, single) if single is not None else None


def _inside_date(folded: str, start: int, end: int) -> bool:
    """A year that is part of a full date ("28.04.2008", "12 tháng 11 năm 2020")."""
    head = folded[max(0, start - 12) : start]
    return bool(re.search(r"\d[./-]$", head)) or bool(re.search(r"thang\s+\d{1,2}\s+nam\s+$", head))
