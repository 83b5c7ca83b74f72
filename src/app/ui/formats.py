"""Numbers, percentages and dates in the window's language (QLocale's default, set by
:class:`app.ui.i18n.LanguageSwitcher`): "3.769" and "%42" in Turkish, "3 769" and "42 %" in
Russian, "01.09.2021" and "1/9/2021" as each language writes them."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

# where the percent sign goes, as CLDR writes it ("{}" is the number)
PERCENT = {
    "tr": "%{}",
    "ru": "{}\u00a0%",
    "ro": "{}\u00a0%",
    "kk": "{}%",
    "vi": "{}%",
    "en": "{}%",
}


def _locale() -> QLocale:
    """The window's locale; British English while no language was chosen (the "C" locale
    of a bare system, tests)."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QLocale("en_GB")
    return locale


def _language() -> str:
    return _locale().name().split("_")[0]


def number(value: int | float, decimals: int = 0) -> str:
    """*value* with the language's digit grouping and decimal mark."""
    locale = _locale()
    if decimals or (isinstance(value, float) and not value.is_integer()):
        return locale.toString(float(value), "f", decimals or 2)
    return locale.toString(int(value))


def percent(share: float) -> str:
    """*share* (0..1) as a whole percentage, the sign where the language puts it."""
    return PERCENT.get(_language(), "{}%").format(number(round(share * 100)))


def day_format() -> str:
    """The language's short date pattern, two-digit day and month, four-digit year, as on
    official papers: 01.09.2021 (tr, ru, kk, ro), 01/09/2021 (en, vi)."""
    pattern = _locale().dateFormat(QLocale.FormatType.ShortFormat)
    pattern = re.sub(r"(?<!d)d(?!d)", "dd", pattern)
    pattern = re.sub(r"(?<!M)M(?!M)", "MM", pattern)
    return re.sub(r"y+", "yyyy", pattern)


def day(value: date | None) -> str:
    if value is None:
        return ""
    return _locale().toString(QDate(value.year, value.month, value.day), day_format())


def day_month(value: date) -> str:
    """The day and month alone (24.03, 24/03), as the language writes a date."""
    pattern = re.sub(r"[^dM]*y+[^dM]*", "", day_format()).strip(" ./-")
    return _locale().toString(QDate(value.year, value.month, value.day), pattern)


def moment(value: datetime) -> str:
    """A date and time (local) in the language's short form."""
    qdt = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    time_pattern = _locale().timeFormat(QLocale.FormatType.ShortFormat)
    return _locale().toString(qdt, f"{day_format()} {time_pattern}")


def clock(value: datetime) -> str:
    """A time of day in the language's short form (14:05)."""
    return _locale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """*template*'s %1, %2, ... filled with *values* in one pass: a value that holds "%6"
    itself (a Turkish percentage, "%64"; a name typed with a per cent sign) is not filled
    in again, as a chain of ``.replace("%N", ...)`` calls would."""

    def one(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 0 < number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(one, template)
