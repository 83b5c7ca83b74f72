"""Check a PlanData the way the store will, so a bad file fails at import with one sentence."""

from __future__ import annotations

from app.domain.codes import normalize_code
from app.domain.periods import PeriodKeyError, Scheme, scheme_periods
from app.domain.plan import PlanData
from app.services.errors import ImportRejected


def check_plan(data: PlanData, what: str) -> PlanData:
    if data.year == 0:
        from .schedule import YearMissing, missing_message

        raise YearMissing(f"{what}: {missing_message()}")
    seen: set[str] = set()
    for item in data.items:
        code = normalize_code(item.code)
        if code in seen:
            raise ImportRejected(f"{what}: code {code} appears twice; codes must be unique")
        seen.add(code)
    if data.periods:
        keys = {p.key for p in data.periods}
    elif data.scheme is Scheme.CUSTOM:
        keys = {f"{data.year}-C1"}
    else:
        try:
            keys = {p.key for p in scheme_periods(data.scheme, data.year)}
        except PeriodKeyError as exc:  # pragma: no cover - years are checked before
            raise ImportRejected(f"{what}: {exc}") from None
    if data.scheme is Scheme.CUSTOM:
        if not data.periods and (data.window_start is None or data.window_end is None):
            raise ImportRejected(f"{what}: a campaign plan needs the start and end of its window")
        for period in data.periods:
            if period.start is None or period.end is None or period.end < period.start:
                raise ImportRejected(
                    f"{what}: the campaign window {period.key} needs a start and an end date"
                )
    marks = {f.mark for f in data.footnotes}
    for item in data.items:
        for planned in item.planned:
            if planned.period_key not in keys:
                raise ImportRejected(
                    f"{what}: item {item.code} is planned in {planned.period_key}, which is "
                    f"not a period of the plan ({', '.join(sorted(keys))})"
                )
        for mark in item.footnote_marks:
            if mark not in marks:
                raise ImportRejected(
                    f"{what}: item {item.code} refers to footnote {mark}, which is missing"
                )
    return data
