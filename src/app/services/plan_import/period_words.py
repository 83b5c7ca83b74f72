"""Recognise a period named in a column header: "2021 yılı I. Dört Aylık Dönem" -> T1."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from app.domain.periods import PeriodKey, Scheme

from .textnorm import fold_words

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")

# folded keyword patterns per scheme (matched on whole words of fold_words text)
_SCHEME_WORDS: tuple[tuple[Scheme, str], ...] = (
    (Scheme.FOUR_MONTH, r"dort\s+aylik|4\s+aylik|four\s+months?|4\s+months?|"
     r"четырехмесячн\w*|четыре\s+месяц\w*|торт\s+айлык\w*|төрт\s+айлық\w*|"
     r"patru\s+luni|4\s+luni|bon\s+thang|4\s+thang"),
    (Scheme.QUARTER, r"ceyrek\w*|quarter\w*|qtr|квартал\w*|токсан\w*|тоқсан\w*|"
     r"trimestr\w*|trim|кв|quy"),
    (Scheme.HALF_YEAR, r"yariyil\w*|yari\s+yil\w*|alti\s+ay\w*|half\s+year\w*|half|"
     r"полугоди\w*|полугод|жартыжылдык\w*|жартыжылдық\w*|жарты\s+жыл\w*|semestr\w*|sem|"
     r"6\s+thang"),
)  # fmt: skip
_SCHEME_RES = tuple((s, re.compile(r"(?<!\w)(?:" + p + r")(?!\w)")) for s, p in _SCHEME_WORDS)

_ATTACHED = re.compile(r"(?<!\w)(?:(q|h)(\d)|(\d)(q|h))(?!\w)")
# "T1", "2021-T1", "M11 2024": a bare key-like header (not "m2" inside other words)
_KEY_LIKE = re.compile(r"^(?:(?:19|20)\d\d\s+)?(t|m)(\d{1,2})(?:\s+(?:19|20)\d\d)?$")
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4,
    "birinci": 1, "ikinci": 2, "ucuncu": 3, "dorduncu": 4,
    "dau": 1, "cuoi": 2,
}  # fmt: skip
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ORDINAL_NUM = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|inci|nci|uncu|ncu|ші|шы|ая|ое|ый|й|е)?$")
_CYR_ORDINAL = re.compile(r"^(перв|втор|трет|четверт)")

_RU_SUFFIX = r"\w{0,3}"


@cache
def _month_res() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """A pattern per month, from CLDR's month names (Babel) in the data languages: the
    wide names as written ("ocak", "martie", "қаңтар"); Russian ones from their stem, so
    that "ноябрь", "ноября" and "ноябре" all match."""
    from babel.dates import get_month_names

    names: dict[int, set[str]] = {n: set() for n in range(1, 13)}
    for lang in ("en", "tr", "ru", "kk", "ro"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context, locale=lang).items():
                word = fold_words(str(name))
                if lang == "ru" and len(word) >= 4:
                    names[int(number)].add(re.escape(word[:-1]) + _RU_SUFFIX)
                else:
                    names[int(number)].add(re.escape(word))
                if lang == "kk" and "і" in word:  # Kazakh typed with a Latin i: "шiлде"
                    names[int(number)].add(re.escape(word.replace("і", "i")))
    return tuple(
        (n, re.compile(r"(?<!\w)(?:" + "|".join(sorted(alts, key=len, reverse=True)) + r")(?!\w)"))
        for n, alts in names.items()
    )


_VI_MONTH = re.compile(r"(?<!\w)thang\s+(\d{1,2})(?!\w)")
_YEAR_ONLY = re.compile(
    r"^(?:year|yil|yili|yilinda|год|году|жыл|жылы|anul|an|nam)?\s*((?:19|20)\d\d)\s*"
    r"(?:year|yil|yili|г|год|жыл|ж|anul|nam)?$"
)


# a year under a group heading of a two-row header: "Есепті кезең 2012 ж.", "Плановый период
# 2015 г.", "Perioada de planificare 2014"
_GROUPED_YEAR = re.compile(
    r"^(?:есептi|есепті|жоспарлы|отчетный|плановый|прогнозный|факт\w*|план\w*|perioada|"
    r"raportare|planificare|reporting|planned|plan|fact|actual|donem|rapor|ky|ke hoach)"
    r"(?:\s+\w+){0,3}\s+((?:19|20)\d\d)\s*(?:ж|жыл|г|год|yil|yili|nam|an|anul)?$"
)


@dataclass(frozen=True)
class PeriodRef:
    """A period read from a header; *year* may be missing ("Quý I")."""

    scheme: Scheme
    index: int
    year: int | None

    def key(self, default_year: int) -> str:
        return str(PeriodKey(self.year or default_year, self.scheme, self.index))


def find_year(text: str) -> int | None:
    match = _YEAR.search(text)
    return int(match.group(1)) if match else None


def _ordinal(token: str) -> int | None:
    if token in _ROMAN:
        return _ROMAN[token]
    if token in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[token]
    match = _ORDINAL_NUM.match(token)
    if match:
        return int(match.group(1))
    cyr = _CYR_ORDINAL.match(token)
    if cyr:
        return ("перв", "втор", "трет", "четверт").index(cyr.group(1)) + 1
    return None


def _index_near(words: str, start: int, end: int) -> int | None:
    """The ordinal just before the keyword at words[start:end], else just after it."""
    before = words[:start].split()
    after = words[end:].split()
    candidates = before[-1:] + after[:1]
    if before and before[-1] in {"yili", "nam", "года", "year"} and after:
        candidates = after[:1]
    for token in candidates:
        value = _ordinal(token)
        if value is not None:
            return value
    return None


_COUNTS = {Scheme.FOUR_MONTH: 3, Scheme.QUARTER: 4, Scheme.HALF_YEAR: 2, Scheme.MONTH: 12}


def parse_period_header(text: str) -> PeriodRef | None:
    """The period a header names, or None. Only short headers are considered."""
    if not text or len(text) > 160:
        return None
    words = fold_words(text)
    year = find_year(words)
    only_year = _YEAR_ONLY.match(words) or _GROUPED_YEAR.match(words)
    if only_year:
        return PeriodRef(Scheme.YEAR, 1, int(only_year.group(1)))
    attached = _ATTACHED.search(words) or _KEY_LIKE.match(words)
    if attached:
        groups = [g for g in attached.groups() if g]
        letter = next(g for g in groups if g.isalpha())
        number = int(next(g for g in groups if g.isdigit()))
        scheme = {"q": Scheme.QUARTER, "h": Scheme.HALF_YEAR, "t": Scheme.FOUR_MONTH,
                  "m": Scheme.MONTH}[letter]  # fmt: skip
        if 1 <= number <= _COUNTS[scheme]:
            return PeriodRef(scheme, number, year)
    for scheme, regex in _SCHEME_RES:
        match = regex.search(words)
        if not match:
            continue
        if scheme is Scheme.HALF_YEAR and match.group(0).startswith("6 thang"):
            tail = words[match.end() :].split()[:1]
            index = {"dau": 1, "cuoi": 2}.get(tail[0]) if tail else None
        else:
            index = _index_near(words, match.start(), match.end())
        if index is not None and 1 <= index <= _COUNTS[scheme]:
            return PeriodRef(scheme, index, year)
    vi_month = _VI_MONTH.search(words)
    if vi_month and 1 <= int(vi_month.group(1)) <= 12:
        return PeriodRef(Scheme.MONTH, int(vi_month.group(1)), year)
    if len(words) <= 40:
        for number, regex in _month_res():
            if regex.search(words):
                return PeriodRef(Scheme.MONTH, number, year)
    return None
