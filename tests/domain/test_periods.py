import itertools
from datetime import date

import pytest

from app.domain.periods import (
    LANGUAGES,
    PeriodKeyError,
    Scheme,
    parse_key,
    period_for_key,
    scheme_periods,
)


@pytest.mark.parametrize(
    ("key", "start", "end"),
    [
        ("2021-T1", date(2021, 1, 1), date(2021, 4, 30)),
        ("2021-T3", date(2021, 9, 1), date(2021, 12, 31)),
        ("2024-Q3", date(2024, 7, 1), date(2024, 9, 30)),
        ("2024-H1", date(2024, 1, 1), date(2024, 6, 30)),
        ("2024-M2", date(2024, 2, 1), date(2024, 2, 29)),
        ("2024-M11", date(2024, 11, 1), date(2024, 11, 30)),
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_fixed_periods_have_the_right_dates(key: str, start: date, end: date) -> None:
    period = period_for_key(key)
    assert (period.key, period.start, period.end) == (key, start, end)
    assert period.due == date.fromordinal(end.toordinal() + 10)


@pytest.mark.parametrize("bad", ["2021-T4", "2024-Q0", "2024-M13", "21-Q1", "2024-X1", "", "Q3"])
def test_bad_keys_are_refused_with_the_forms_expected(bad: str) -> None:
    with pytest.raises(PeriodKeyError, match="2021-T1|period number"):
        parse_key(bad)


def test_custom_window_needs_dates_and_labels_them() -> None:
    with pytest.raises(PeriodKeyError):
        period_for_key("2023-C1")
    period = period_for_key("2023-C1", start=date(2023, 11, 15), end=date(2023, 12, 15))
    assert period.label() == "15/11–15/12/2023"
    assert period.with_due(date(2023, 12, 10)).due == date(2023, 12, 10)


def test_labels_in_every_language() -> None:
    t1 = period_for_key("2021-T1")
    assert t1.label("en") == "2021 I. four-month period"
    assert t1.label("tr") == "2021 yılı I. Dört Aylık Dönem"
    assert period_for_key("2024-Q3").label("en") == "Q3 2024"
    assert period_for_key("2024-Q3").label("ru") == "3 квартал 2024 г."
    assert period_for_key("2024-M11").label("ro") == "noiembrie 2024"
    assert period_for_key("2024-H2").label("vi") == "6 tháng cuối năm 2024"
    for lang in LANGUAGES:
        for scheme in Scheme:
            for period in scheme_periods(scheme, 2024):
                label = period.label(lang)
                assert "2024" in label and "{" not in label


def test_scheme_periods_cover_the_year_without_gaps() -> None:
    for scheme in (Scheme.QUARTER, Scheme.FOUR_MONTH, Scheme.HALF_YEAR, Scheme.MONTH):
        periods = scheme_periods(scheme, 2023)
        assert periods[0].start == date(2023, 1, 1) and periods[-1].end == date(2023, 12, 31)
        for a, b in itertools.pairwise(periods):
            assert (b.start - a.end).days == 1
