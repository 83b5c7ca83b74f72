"""Check a PlanData the way the store will, so a bad file fails at import with one sentence."""

from __future__ import annotations

from app.domain.codes import normalize_code
from app.domain.periods import PeriodKeyError, Scheme, scheme_periods
from app.domain.plan import PlanData
from app.services.errors import ImportRejected
from app.services.messages import Message


def check_plan(data: PlanData, what: str) -> PlanData:
    if data.year == 0:
        from .schedule import YearMissing

        raise YearMissing(Message.IMPORT_NO_YEAR_IN, what=what)
    seen: set[str] = set()
    for item in data.items:
        code = normalize_code(item.code)
        if code in seen:
            raise ImportRejected(Message.IMPORT_CODE_TWICE, what=what, code=code)
        seen.add(code)
    if data.periods:
        keys = {p.key for p in data.periods}
    elif data.scheme is Scheme.CUSTOM:
        keys = {f"{data.year}-C1"}
    else:
        try:
            keys = {p.key for p in scheme_periods(data.scheme, data.year)}
        except PeriodKeyError as exc:  # pragma: no cover - years are checked before
            raise ImportRejected(Message.IMPORT_WHERE, where=what, problem=exc) from None
    if data.scheme is Scheme.CUSTOM:
        if not data.periods and (data.window_start is None or data.window_end is None):
            raise ImportRejected(Message.IMPORT_CAMPAIGN_NEEDS_WINDOW, what=what)
        for period in data.periods:
            if period.start is None or period.end is None or period.end < period.start:
                raise ImportRejected(Message.IMPORT_WINDOW_NEEDS_DAYS, what=what, period=period.key)
    marks = {f.mark for f in data.footnotes}
    for item in data.items:
        for planned in item.planned:
            if planned.period_key not in keys:
                raise ImportRejected(
                    Message.IMPORT_PLANNED_OUTSIDE,
                    what=what,
                    code=item.code,
                    period=planned.period_key,
                    periods=", ".join(sorted(keys)),
                )
        for mark in item.footnote_marks:
            if mark not in marks:
                raise ImportRejected(
                    Message.IMPORT_FOOTNOTE_MISSING, what=what, code=item.code, mark=mark
                )
    return data
