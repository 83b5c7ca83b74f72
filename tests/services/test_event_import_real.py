"""Event lists as institutions write them (issue 14): the real-document fixtures of
tests/fixtures/real/ import row by row; no column is dropped; a re-import skips what is
already there and says how many."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from app.db.session import Database
from app.domain.events import EventData
from app.services.event_import import (
    EventImport,
    is_weekday,
    kind_of,
    mark_present,
    parse_event_rows,
    parse_events_file,
    resolve_year,
    store_events,
)
from app.services.plan_import import read_table
from app.services.plan_setup import plan_for_events
from app.services.written_dates import read_when

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


@cache
def events(name: str) -> EventImport:
    return parse_events_file(REAL / name, set())


def rows(result: EventImport) -> dict[int, EventData]:
    return dict(result.events)


# ------------------------------------------------------------------ Turkish
@pytest.mark.parametrize(
    "name", ["tr/belediye_25_kasim_2025.xlsx", "tr/belediye_25_kasim_2025.ods"]
)
def test_turkish_municipal_list_dates_in_words_and_every_column(name: str) -> None:
    result = events(name)
    got = rows(result)
    assert sorted(got) == [3, 4, 5, 6, 7] and result.errors == []
    assert (got[3].held_on, got[3].end_on) == (date(2025, 11, 19), date(2025, 11, 21))
    assert (got[4].held_on, got[4].end_on) == (date(2025, 11, 25), date(2025, 11, 27))
    assert (got[5].held_on, got[5].end_on) == (date(2025, 11, 26), None)
    assert got[6].held_on == date(2025, 11, 28)  # "28 Kasım Cuma": the list's year
    assert got[7].held_on == date(2021, 11, 25)
    assert (got[4].title, got[4].kind) == ("Kadın Emeği Pazarı", "exhibition")
    assert got[4].venue == "Armada AVM, Ankara"  # the place and its province
    assert got[3].venue == "İzmir"
    assert (
        got[4].organiser == "Ankara Büyükşehir Belediyesi Kadın ve Aile Hizmetleri Daire Başkanlığı"
    )
    assert got[5].partners == "Cinsel Şiddetle Mücadele Derneği"
    assert got[4].description == "Saat: 10.00-22.00"  # a column that maps to nothing is kept
    assert (got[5].kind, got[6].kind) == ("seminar", "Söyleşi")
    assert result.unknown_kinds == {"Söyleşi", "Film gösterimi"}
    assert result.to_description == ["Saat"] and result.row_numbers == ["Sıra No"]
    assert (result.year, result.year_source) == (2025, "list")


# ------------------------------------------------------------------ Romanian
def test_romanian_event_with_its_date_in_words_and_unmapped_columns() -> None:
    result = events("ro/politia_locala_s2_2022.csv")
    ((number, event),) = result.events
    assert number == 3 and event.held_on == date(2022, 4, 18)
    assert event.kind == "information_hour"
    assert event.organiser == (
        "Agenția Națională pentru Egalitatea de Șanse între Femei și Bărbați (ANES)"
    )
    assert event.project.startswith("Sprijin pentru implementarea Convenției de la Istanbul")
    assert event.description.splitlines() == [
        "Instituţia participantă: Poliția Locală Sector 2",
        "Teme prezentate: cadrul legal la nivel internațional, comunitar şi național în domeniul "
        "prevenirii şi combaterii violenței domestice; programe de prevenire a violenței în "
        "cazuri specifice; conduita în cazurile de violență domestică",
    ]


# ------------------------------------------------------------------ Russian
def test_russian_event_plan_date_and_venue_in_one_cell_year_from_the_plan() -> None:
    result = events("ru/zko_16_dney.docx")
    assert result.events == [] and result.errors == []
    assert [p.number for p in result.pending] == [6, 7, 8, 9]
    assert result.split_dates == 4
    resolved = resolve_year(events_copy("ru/zko_16_dney.docx"), 2023)
    got = rows(resolved)
    assert (got[6].held_on, got[6].venue) == (date(2023, 12, 1), "Кризисный центр, г. Уральск")
    assert (got[8].held_on, got[8].end_on) == (date(2023, 12, 1), date(2023, 12, 2))
    assert got[8].venue == "гг. Уральск, Аксай"
    assert (got[9].held_on, got[9].venue) == (date(2023, 11, 27), "ДК «Строитель»")
    assert got[9].kind == "round_table"  # from the title: "Круглый стол …"
    assert got[6].organiser == "Управление занятости и социальных программ; Кризисный центр <*>"
    assert got[6].description == (
        "<*> Организации, не входящие в структуру местных исполнительных органов, участвуют по "
        "согласованию."
    )
    assert got[8].description == ""  # it cites no footnote


def events_copy(name: str) -> EventImport:
    return parse_events_file(REAL / name, set())


def test_russian_plan_with_place_and_date_in_one_column_and_a_row_without_a_date() -> None:
    result = events("ru/novosibirsk_den_rossii_2003.docx")
    got = rows(result)
    assert sorted(got) == [6, 8, 9, 10]
    assert result.errors == [
        (7, "'Образовательные учреждения' is not a date (use 24.03.2021, 2021-03-24 or 24 "
            "March 2021)"),
    ]  # fmt: skip
    assert (got[6].held_on, got[6].end_on) == (date(2003, 6, 10), date(2003, 6, 12))
    assert got[6].venue == "Образовательные учреждения дополнительного образования"
    assert got[8].kind == "exhibition"
    assert (got[10].held_on, got[10].venue) == (date(2003, 6, 9), "Муниципальные библиотеки")
    assert got[6].organiser == "Руководители образовательных учреждений дополнительного образования"


def test_regional_report_keeps_region_organisation_and_every_column(db: Database) -> None:
    result = events_copy("ru/regiony_16_dney_2022.xlsx")
    got = rows(result)
    assert sorted(got) == [3, 4, 5, 6, 7, 8, 9] and result.errors == []
    assert [e.venue for e in got.values()] == [
        "Акмолинская область", "Актюбинская область", "Карагандинская область",
        "Костанайская область", "Костанайская область", "Западно-Казахстанская область",
        "Абайская область",
    ]  # fmt: skip
    assert got[4].organiser.startswith("Первичная профсоюзная организация Актюбинского")
    assert (got[5].held_on, got[5].end_on, got[5].kind) == (date(2022, 12, 5), None, "round_table")
    assert (got[3].held_on, got[3].end_on) == (date(2022, 11, 25), date(2022, 12, 10))
    assert (got[6].participants, got[6].kind) == (300, "flash_mob")
    assert got[7].materials == "брошюры «Мифы домашнего насилия» и «Что такое домашнее насилие?»"
    assert got[3].partners == "ювенальная полиция"
    assert got[9].description == "Культурная программа: посещение музея-заповедника имени Абая"
    # stored once; the same list again is recognised and skipped, with the count
    with db.unit() as s:
        plan, _ = plan_for_events(s, date(2022, 11, 25))
        assert len(store_events(s, plan, result)) == 7 and result.skipped_present == 0
    again = events_copy("ru/regiony_16_dney_2022.xlsx")
    with db.unit() as s:
        plan, _ = plan_for_events(s, date(2022, 11, 25))
        assert mark_present(s, plan, again).present == [3, 4, 5, 6, 7, 8, 9]
        assert store_events(s, plan, again) == [] and again.skipped_present == 7


# ------------------------------------------------------------------ Kazakh and Vietnamese
def test_kazakh_event_list_in_word_with_the_year_in_its_title() -> None:
    result = events("kk/16_kun_2025.docx")
    got = rows(result)
    assert sorted(got) == [4, 5, 6] and result.errors == []
    assert got[4].held_on == date(2025, 11, 26)
    assert (got[5].held_on, got[5].end_on) == (date(2025, 11, 25), date(2025, 12, 10))
    assert (got[6].held_on, got[6].end_on) == (date(2025, 12, 1), date(2025, 12, 2))
    assert got[6].venue == "Орал, Ақсай қалалары"
    assert got[6].description == "Медиаторлар, психологтар, IT мамандар, прокуратура өкілдері"
    assert (result.year, result.year_source) == (2025, "list")


def test_vietnamese_event_list_and_its_re_import(db: Database) -> None:
    result = events_copy("vi/hoat_dong_binh_dang_gioi.xlsx")
    got = rows(result)
    assert (got[3].held_on, got[3].end_on) == (date(2023, 3, 1), date(2023, 3, 8))
    assert got[4].held_on == date(2022, 10, 20)  # "ngày 20 tháng 10 năm 2022"
    assert (got[4].kind, got[6].kind) == ("competition", "information_hour")
    assert got[6].organiser == "Trường mầm non Ngô Thì Nhậm"
    assert got[3].description == "Kỷ niệm 113 năm Ngày Quốc tế Phụ nữ 8/3"
    with db.unit() as s:
        plan, _ = plan_for_events(s, date(2024, 1, 1))
        assert len(store_events(s, plan, result)) == 4
    with db.unit() as s:
        plan, _ = plan_for_events(s, date(2024, 1, 1))
        again = events_copy("vi/hoat_dong_binh_dang_gioi.xlsx")
        assert store_events(s, plan, again) == [] and again.skipped_present == 4


# ------------------------------------------------------------------ every fixture
EVENT_FILES = [
    "tr/belediye_25_kasim_2025.xlsx", "tr/belediye_25_kasim_2025.ods",
    "ro/politia_locala_s2_2022.csv", "ru/zko_16_dney.docx",
    "ru/novosibirsk_den_rossii_2003.docx", "ru/regiony_16_dney_2022.xlsx",
    "kk/16_kun_2025.docx", "vi/hoat_dong_binh_dang_gioi.xlsx",
]  # fmt: skip


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w{3,}", text.casefold()))


@pytest.mark.parametrize("name", EVENT_FILES)
def test_no_column_of_an_imported_row_is_dropped(name: str) -> None:
    """Every word of every cell of an imported row is in its event (a field, or the
    description with the column's heading) — or is the row's number, or the date itself."""
    result = resolve_year(events_copy(name), 2023)
    table = read_table(REAL / name)
    for number, event in result.events:
        cells = table.rows[number - 1]
        kept = set()
        for value in event.__dict__.values():
            kept |= _words(str(value))
        for cell in cells:
            when = read_when(cell)
            rest = when.rest if when.found else cell
            if when.found and is_weekday(rest):
                continue  # "26 Kasım 2025 Çarşamba": the weekday says nothing the date does not
            missing = _words(rest) - kept
            kind, known = kind_of(cell) if cell else ("", False)
            if known and kind == event.kind:
                continue  # "Sergi", "встреча": the kind's word, stored as its key
            assert not missing or cell.strip().isdigit(), (number, cell, missing)


def test_dates_as_people_write_them_in_six_languages() -> None:
    header = ["Дата", "Мероприятие"]
    cells = [
        ("26 Kasım 2025", date(2025, 11, 26), None),
        ("27 ноября", date(2024, 11, 27), None),
        ("18 aprilie 2022", date(2022, 4, 18), None),
        ("ngày 15 tháng 11 năm 2023", date(2023, 11, 15), None),
        ("1–2 желтоқсан", date(2024, 12, 1), date(2024, 12, 2)),
        ("29.11–03.12.2021", date(2021, 11, 29), date(2021, 12, 3)),
        ("1–2 декабря", date(2024, 12, 1), date(2024, 12, 2)),
        ("2021-03-24", date(2021, 3, 24), None),
        ("15/11/2023", date(2023, 11, 15), None),
        ("November 25, 2023", date(2023, 11, 25), None),
    ]
    result = parse_event_rows([header, *[[c, "x"] for c, _, _ in cells]], set(), year=2024)
    assert result.errors == []
    assert [(e.held_on, e.end_on) for _, e in result.events] == [(s, e) for _, s, e in cells]


def test_a_list_without_any_year_takes_the_plans_when_stored(db: Database) -> None:
    result = parse_event_rows([["Дата", "Мероприятие"], ["27 ноября", "Круглый стол"]], set())
    assert result.events == [] and result.pending[0].start == (27, 11)
    with db.unit() as s:
        plan, _ = plan_for_events(s, date(2021, 3, 1))
        assert len(store_events(s, plan, result)) == 1
    assert result.events[0][1].held_on == date(plan.year, 11, 27)
    assert (result.year, result.year_source) == (plan.year, "plan")
