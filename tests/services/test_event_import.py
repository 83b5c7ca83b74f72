"""Events lists in six languages: header recognition, dates, kinds, bad rows by number."""

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.services.errors import ImportRejected
from app.services.event_import import kind_of, parse_count, parse_event_rows, parse_events_file

CODES = {"2.1.4", "2.3.1"}


def test_russian_list_like_seed_001() -> None:
    rows = [
        ["Информация о проведенных мероприятиях", "", "", "", "", ""],
        [
            "Дата",
            "Пункт плана",
            "Название",
            "Вид мероприятия",
            "Место проведения",
            "Количество участников",
            "Партнёры",
        ],
        [
            "05.12.2022",
            "2.3.1",
            "Круглый стол профсоюза",
            "Круглый стол",
            "Караганда",
            "45",
            "ювенальная полиция",
        ],
        ["25/11/2022", "2.3.1", "Флешмоб «16 дней»", "флешмоб", "Уральск", "300+", ""],
        ["2022-12-01", "", "Встреча с кризисным центром", "встреча", "Аксай", "1 200", ""],
    ]
    result = parse_event_rows(rows, CODES)
    assert result.errors == []
    got = [(e.held_on, e.kind, e.participants, e.item_code) for _, e in result.events]
    assert got == [
        (date(2022, 12, 5), "round_table", 45, "2.3.1"),
        (date(2022, 11, 25), "flash_mob", 300, "2.3.1"),
        (date(2022, 12, 1), "meeting", 1200, ""),
    ]
    assert result.events[0][1].partners == "ювенальная полиция"


@pytest.mark.parametrize(
    "header",
    [
        ["Tarih", "Faaliyet", "Etkinlik adı", "Türü", "Yeri", "Katılımcı sayısı", "Kadın"],
        ["Data", "Activitate", "Titlu", "Tip", "Loc", "Participanți", "Femei"],
        [
            "Ngày",
            "Mã hoạt động",
            "Tên hoạt động",
            "Hình thức",
            "Địa điểm",
            "Số người tham gia",
            "Nữ",
        ],
        ["Күні", "Жоспар тармағы", "Атауы", "Түрі", "Орны", "Қатысушылар саны", "Әйелдер"],
        ["Date", "Activity", "Title", "Kind", "Venue", "Participants", "Women"],
    ],
)
def test_headers_in_every_language(header: list[str]) -> None:
    rows = [header, ["18.04.2022", "2.1.4", "Sesiune", "seminar", "Sector 2", "40", "25"]]
    result = parse_event_rows(rows, CODES)
    assert result.errors == []
    ((_, ev),) = result.events
    assert (ev.title, ev.venue, ev.participants, ev.women, ev.item_code) == (
        "Sesiune",
        "Sector 2",
        40,
        25,
        "2.1.4",
    )


def test_bad_rows_are_reported_by_number_with_reasons() -> None:
    rows = [
        ["Date", "Activity", "Title", "Participants", "Pupils", "Kind"],
        ["24.03.2021", "2.1.4", "Good", "10", "", "hackathon"],
        ["31.02.2021", "2.1.4", "Bad date", "10", "", ""],
        ["24.03.2021", "9.9.9", "Unknown code", "ten", "", ""],
        ["", "", "", "", "", ""],
        ["24.03.2021", "2.1.4", "Too many pupils", "10", "11", ""],
    ]
    result = parse_event_rows(rows, CODES)
    assert [n for n, _ in result.events] == [2]
    assert result.events[0][1].kind == "hackathon" and result.unknown_kinds == {"hackathon"}
    lines = result.error_lines()
    assert lines[0].startswith("row 3: '31.02.2021' is not a date")
    assert lines[1] == "row 4: the plan has no activity 9.9.9; participants 'ten' is not a number"
    assert lines[2].startswith("row 6: pupils, teachers")


def test_no_header_is_refused_clearly() -> None:
    with pytest.raises(ImportRejected, match="date column"):
        parse_event_rows([["a", "b"], ["1", "2"]], CODES)


def test_counts_and_kinds() -> None:
    assert parse_count("12.0") == 12 and parse_count("1 200") == 1200 and parse_count("") is None
    with pytest.raises(ValueError):
        parse_count("более 200")
    assert kind_of("Yuvarlak masa toplantısı")[0] == "round_table"
    assert kind_of("Tập huấn")[0] == "training"


def test_xlsx_events_file(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Tarih", "Faaliyet", "Etkinlik adı", "Katılımcı sayısı"])
    ws.append([date(2021, 3, 24), "2.1.4", "Rehber öğretmen eğitimi", 112])
    ws.append(["25.11.2021", "2.3.1", '=HYPERLINK("x")', 340])
    path = tmp_path / "events.xlsx"
    wb.save(path)
    result = parse_events_file(path, CODES)
    assert [(e.held_on, e.participants) for _, e in result.events] == [
        (date(2021, 3, 24), 112),
        (date(2021, 11, 25), 340),
    ]
