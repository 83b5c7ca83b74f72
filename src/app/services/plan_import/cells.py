"""Render an Excel cell value as the text a clerk sees ("2.10" stays "2.10")."""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
_DECIMALS = re.compile(r"0\.(0+)")


def _fixed_decimals(number_format: str) -> int | None:
    """Decimals a number format shows ("0.00" -> 2, "0" -> 0), or None for General."""
    section = _QUOTED.sub("", number_format.split(";")[0])
    if not any(ch in section for ch in "0#?"):
        return None
    match = _DECIMALS.search(section)
    return len(match.group(1)) if match else 0


def render_number(value: float | int, number_format: str = "General") -> str:
    """A number as Excel would show it: General as the shortest text, fixed decimals kept."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    fmt = number_format or "General"
    percent = "%" in _QUOTED.sub("", fmt)
    shown = value * 100 if percent else value
    decimals = None if fmt in ("General", "@") else _fixed_decimals(fmt)
    if decimals is not None:
        exact = Decimal(repr(shown)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
        text = f"{exact:f}"
    elif isinstance(shown, int) or (float(shown).is_integer() and abs(shown) < 1e15):
        text = str(int(shown))
    else:
        text = f"{shown:.15g}"
    return text + ("%" if percent else "")


def render_date(value: date | datetime, number_format: str = "") -> str:
    fmt = number_format.lower()
    has_day = "d" in fmt
    sep = "/" if "/" in fmt else "."
    if isinstance(value, datetime) and (value.hour or value.minute):
        return value.strftime(f"%d{sep}%m{sep}%Y %H:%M")
    if fmt and not has_day and "m" in fmt and "y" in fmt:
        return value.strftime(f"%m{sep}%Y")
    return value.strftime(f"%d{sep}%m{sep}%Y")


def render_cell(value: object, number_format: str = "General") -> str:
    """Any openpyxl cell value as text; never raises."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return render_number(value, number_format or "General")
    if isinstance(value, datetime | date):
        try:
            return render_date(value, number_format or "")
        except ValueError:
            return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):
        return str(value)
    text = getattr(value, "text", None)  # array formulas and the like
    return text if isinstance(text, str) else str(value)
