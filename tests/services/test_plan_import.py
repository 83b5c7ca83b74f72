"""Plan import: real tables in (seed-like xlsx, Vietnamese plan, CSVs), plain plans out."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
import zipfile
from dataclasses import asdict
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from app.db.session import Database
from app.domain.periods import Scheme
from app.domain.plan import ItemData, ItemKind, PlanData, assign_parents
from app.services.errors import ImportRejected
from app.services.plan_import import parse_plan_file, read_grid, recognise_rows
from app.services.plans import load_tree, plan_document, store_plan
from tests.conftest import SEEDS

PLANS = Path(__file__).resolve().parents[1] / "fixtures" / "plans"
SEED_000 = SEEDS / "000_a04526a44f22c048.txt"

TR_CODES = [
    "2", "2.1", "2.1.4", "2.1.5", "2.1.6", "2.1.7", "2.1.8", "2.1.9", "2.1.10",
    "2.3", "2.3.1", "3", "3.4", "3.4.3", "3.4.4", "4", "4.1", "4.1.2",
]  # fmt: skip
VI_CODES = ["I", "I.1", "I.2", "I.3", "II", "II.1", "II.2", "III", "III.1"]


def planned(plan: PlanData, code: str) -> list[tuple[str, str]]:
    item = next(i for i in plan.items if i.code == code)
    return [(p.period_key, p.planned_text) for p in item.planned]


def item(plan: PlanData, code: str) -> ItemData:
    return next(i for i in plan.items if i.code == code)


@pytest.fixture(scope="module")
def turkish() -> PlanData:
    return parse_plan_file(PLANS / "balikesir_2021.xlsx")


@pytest.fixture(scope="module")
def vietnamese() -> PlanData:
    return parse_plan_file(PLANS / "binh_an_2023.xlsx")


# ------------------------------------------------------------------ the Turkish table (a)
def test_turkish_codes_in_document_order_with_2_1_10_after_2_1_9(turkish: PlanData) -> None:
    assert [i.code for i in turkish.items] == TR_CODES


def test_turkish_kinds_from_prefix_words(turkish: PlanData) -> None:
    kinds = {i.code: i.kind for i in turkish.items}
    assert [c for c, k in kinds.items() if k is ItemKind.GOAL] == ["2", "3", "4"]
    assert [c for c, k in kinds.items() if k is ItemKind.SUBGOAL] == ["2.1", "2.3", "3.4", "4.1"]
    assert kinds["2.1.10"] is ItemKind.ACTIVITY


def test_turkish_letters_and_title_intact(turkish: PlanData) -> None:
    assert turkish.title == (
        "Kadına Yönelik Şiddetle Mücadele İl Eylem Planı 2021 İş Planı Zaman Tablosu"
    )
    assert item(turkish, "2.1.6").description == (
        "İlçe Milli Eğitim Müdürlüklerinde görevli şube müdürlerine toplumsal cinsiyet "
        "eşitliği semineri düzenlenmesi"
    )
    assert item(turkish, "2.1.4").description.startswith(
        "Balıkesir’de görev yapan öncelikle rehber öğretmenler"
    )
    every = " ".join(i.description for i in turkish.items)
    assert set("ıİşğüöçŞÖ") <= set(every)
    assert every == unicodedata.normalize("NFC", every)
    assert turkish.language == ""  # declared when stored, never guessed from letters


def test_turkish_four_month_periods_and_planned_dates(turkish: PlanData) -> None:
    assert turkish.scheme is Scheme.FOUR_MONTH
    assert turkish.year == 2021
    assert [p.key for p in turkish.periods] == ["2021-T1", "2021-T2", "2021-T3"]
    assert planned(turkish, "2.1.4") == [("2021-T1", "Mart 2021"), ("2021-T3", "Ekim 2021")]
    assert planned(turkish, "2.3.1") == [
        ("2021-T1", "Şubat 2021"), ("2021-T2", "Mayıs 2021"), ("2021-T3", "Kasım 2021"),
    ]  # fmt: skip
    assert planned(turkish, "3.4.3") == [("2021-T1", "1")]
    assert planned(turkish, "2.1.10") == [("2021-T3", "Aralık 2021")]
    assert planned(turkish, "2") == []


def test_turkish_reason_if_not_carried_out(turkish: PlanData) -> None:
    assert item(turkish, "2.1.7").not_planned_reason == (
        "Salgın önlemleri nedeniyle yüz yüze toplantılar 2022 yılına ertelendi"
    )
    assert planned(turkish, "2.1.7") == []
    assert item(turkish, "2.1.8").not_planned_reason == ""


def test_turkish_footnotes_marks_and_messy_rows(turkish: PlanData) -> None:
    assert [(f.mark, f.text[:40]) for f in turkish.footnotes] == [
        ("1", "Kadın Konukevlerinin Açılması ve İşletil"),
        ("2", "İstanbul Sözleşmesi madde 7, Şiddet Önle"),
    ]
    assert item(turkish, "3.4.4").footnote_marks == ["1"]
    assert item(turkish, "3.4.4").description.endswith("yararlanmalarının sağlanması")
    sub = item(turkish, "4.1")
    assert sub.footnote_marks == ["2"]
    assert sub.description == (
        "İl genelinde farklı kurumlar arasında sürekli ve etkin işbirliği kanallarının "
        "oluşturulması"
    )
    assert item(turkish, "2").description.startswith("Kadına yönelik şiddeti doğuran")
    assert item(turkish, "2").description.endswith("dönüşümünü sağlamak")
    assert item(turkish, "3.4.3").description == (
        "Konukevlerinde/sığınmaevlerinde /alternatif barınma yerlerinde kalan kadınların "
        "Milli Eğitim Bakanlığı veya Yüksek Öğrenim Kurumu'na bağlı eğitim kurumlarında kendi "
        "eğitimine devam etme talebinin gerekli güvenlik koşulları sağlanarak yerine getirilmesi"
    )
    texts = " ".join(i.description for i in turkish.items)
    assert "<p>" not in texts and "</p>" not in texts and "--" not in texts
    assert not any(ch in texts for ch in "¹²")


def test_turkish_parent_structure(turkish: PlanData) -> None:
    parents = {i.code: i.parent_code for i in assign_parents(turkish.items)}
    assert parents["2"] is None and parents["3"] is None
    assert parents["2.1"] == "2"
    assert parents["2.1.9"] == "2.1" and parents["2.1.10"] == "2.1"
    assert parents["2.3.1"] == "2.3"
    assert parents["3.4.4"] == "3.4"
    assert parents["4.1.2"] == "4.1"


def test_seed_000_text_pasted_as_tab_separated_rows() -> None:
    rows = [line.split("\t") for line in SEED_000.read_text(encoding="utf-8").splitlines()]
    plan = recognise_rows(rows, title_hint="pasted")
    assert [i.code for i in plan.items] == [
        "2", "2.1", "2.1.4", "2.3", "2.3.1", "3", "3.4", "3.4.3", "3.4.4", "4", "4.1", "4.1.2",
    ]  # fmt: skip
    assert planned(plan, "3.4.3") == [("2021-T1", "1")]
    assert [f.mark for f in plan.footnotes] == ["1", "2"]


# ------------------------------------------------------------ the Vietnamese plan (b)
def test_vietnamese_roman_sections_are_goals_with_activities(vietnamese: PlanData) -> None:
    assert [i.code for i in vietnamese.items] == VI_CODES
    kinds = {i.code: i.kind for i in vietnamese.items}
    assert [c for c, k in kinds.items() if k is ItemKind.GOAL] == ["I", "II", "III"]
    parents = {i.code: i.parent_code for i in vietnamese.items}
    assert parents["I.2"] == "I" and parents["II.1"] == "II" and parents["III.1"] == "III"
    assert item(vietnamese, "III").description == "KIỂM TRA, BÁO CÁO"
    assert item(vietnamese, "II").description == "Tổ chức các hoạt động hưởng ứng"


def test_vietnamese_campaign_window_and_columns(vietnamese: PlanData) -> None:
    assert vietnamese.scheme is Scheme.CUSTOM
    assert vietnamese.year == 2023
    assert (str(vietnamese.window_start), str(vietnamese.window_end)) == (
        "2023-11-15", "2023-12-15",
    )  # fmt: skip
    assert [p.key for p in vietnamese.periods] == ["2023-C1"]
    first = item(vietnamese, "I.1")
    assert first.description.startswith("Tham gia Lễ phát động Tháng hành động")
    assert first.responsible == "Hiệu trưởng"
    assert first.notes == "Theo kế hoạch của xã"
    assert planned(vietnamese, "I.1") == [("2023-C1", "15/11/2023")]
    assert planned(vietnamese, "II.1") == [("2023-C1", "Tuần 3 tháng 11/2023")]
    assert planned(vietnamese, "I") == []
    assert "KẾ HOẠCH Triển khai Tháng hành động vì bình đẳng giới" in vietnamese.title
    assert vietnamese.language == ""


# -------------------------------------------------------------- CSV and LibreOffice
def test_turkish_csv_with_bom_and_semicolons_equals_the_xlsx(turkish: PlanData) -> None:
    raw = (PLANS / "balikesir_2021.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw
    assert asdict(parse_plan_file(PLANS / "balikesir_2021.csv")) == asdict(turkish)


def test_russian_csv_in_cp1251() -> None:
    raw = (PLANS / "ru_plan_2024.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    plan = parse_plan_file(PLANS / "ru_plan_2024.csv")
    assert [(i.code, i.kind.value) for i in plan.items] == [
        ("1", "goal"), ("1.1", "subgoal"), ("1.1.1", "activity"), ("1.1.2", "activity"),
        ("1.1.10", "activity"),
    ]  # fmt: skip
    assert item(plan, "1").description.startswith("Повышение информированности населения")
    assert item(plan, "1.1").description == "Вовлечение образовательных организаций"
    assert item(plan, "1.1.2").description == (
        "Выпуск буклетов и листовок для родителей (ёмко и доступно)"
    )
    assert item(plan, "1.1.1").responsible == "Отдел образования, школы"
    # quarters written in the date column give the plan its scheme (issue 14), a month
    # goes into the quarter that holds it
    assert planned(plan, "1.1.1") == [("2024-Q1", "I квартал 2024")]
    assert planned(plan, "1.1.10") == [("2024-Q4", "Ноябрь 2024")]
    assert plan.year == 2024 and plan.scheme is Scheme.QUARTER
    assert [p.key for p in plan.periods] == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]
    assert (plan.report.year_source, plan.report.scheme_source) == ("title", "terms")
    assert plan.language == ""


@pytest.mark.parametrize(
    ("original", "resaved"),
    [
        ("balikesir_2021.xlsx", "balikesir_2021_lo.xlsx"),
        ("binh_an_2023.xlsx", "binh_an_2023_lo.xlsx"),
    ],
)
def test_libreoffice_resaved_workbook_gives_the_same_plan(original: str, resaved: str) -> None:
    assert asdict(parse_plan_file(PLANS / resaved)) == asdict(parse_plan_file(PLANS / original))


FIXTURE_FILES = sorted(p.name for p in PLANS.iterdir() if p.suffix in {".xlsx", ".csv"})


@pytest.mark.parametrize("name", FIXTURE_FILES)
def test_every_fixture_is_accepted_by_the_store(name: str, db: Database) -> None:
    data = parse_plan_file(PLANS / name)
    with db.unit() as s:
        plan = store_plan(s, data)
        rows = load_tree(s, plan.id)
        assert [r.code for r in rows] == [i.code for i in data.items]
        document = plan_document(s, plan)
    assert len(document["items"]) == sum(1 for i in data.items if i.parent_code is None)


@pytest.mark.parametrize("name", ["balikesir_2021.xlsx", "binh_an_2023.xlsx"])
def test_plan_json_round_trip(name: str, db: Database, tmp_path: Path) -> None:
    data = parse_plan_file(PLANS / name)
    with db.unit() as s:
        document = plan_document(s, store_plan(s, data))
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    again = parse_plan_file(path)
    assert [(i.code, i.kind, i.description) for i in again.items] == [
        (i.code, i.kind, i.description) for i in data.items
    ]
    assert [i.planned for i in again.items] == [i.planned for i in data.items]
    assert again.footnotes == data.footnotes
    assert (again.scheme, again.year, again.window_start) == (
        data.scheme,
        data.year,
        data.window_start,
    )
    with db.unit() as s:
        store_plan(s, again)


# ------------------------------------------------------------- headers in six languages
def _grid(header: list[str], *rows: list[str], title: str = "") -> list[list[str]]:
    return ([[title]] if title else []) + [header, *[list(r) for r in rows]]


def test_english_quarters_and_all_mapped_columns() -> None:
    plan = recognise_rows(
        _grid(
            [
                "No.",
                "Activity",
                "Responsible",
                "Partners",
                "Target",
                "Q1 2024",
                "Q2 2024",
                "Reason if not carried out",
                "Notes",
                "Budget",
            ],
            ["1", "Awareness", "", "", "", "", "", "", "", ""],
            [
                "1.1",
                "Poster campaign in schools",
                "Education dept.",
                "NGO Alpha",
                "≥ 100 participants",
                "March",
                "",
                "",
                "check posters",
                "500",
            ],
            [
                "1.2",
                "Training for counsellors",
                "Crisis centre",
                "",
                "",
                "",
                "x",
                "No trainer available",
                "",
                "",
            ],
        )
    )
    assert plan.scheme is Scheme.QUARTER and plan.year == 2024 and plan.language == ""
    assert [(i.code, i.kind.value) for i in plan.items] == [
        ("1", "goal"), ("1.1", "activity"), ("1.2", "activity"),
    ]  # fmt: skip
    first = item(plan, "1.1")
    assert (first.responsible, first.partners, first.target_text) == (
        "Education dept.", "NGO Alpha", "≥ 100 participants",
    )  # fmt: skip
    assert (first.target_value, first.target_unit) == (100.0, "participants")
    assert first.notes == "check posters\nBudget: 500"
    assert planned(plan, "1.1") == [("2024-Q1", "March")]
    assert planned(plan, "1.2") == [("2024-Q2", "x")]
    assert item(plan, "1.2").not_planned_reason == "No trainer available"
    assert [p.key for p in plan.periods] == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]


@pytest.mark.parametrize(
    ("header", "rows", "title", "expected"),
    [
        (
            ["№ п/п", "Мероприятие", "Ответственные исполнители", "Соисполнители",
             "I полугодие", "II полугодие", "Причина невыполнения", "Примечание"],
            [["", "Цель 1. Профилактика", "", "", "", "", "", ""],
             ["", "Задача 1.1 Работа со школами", "", "", "", "", "", ""],
             ["", "Мероприятие 1.1.1 Семинар", "Отдел", "Полиция", "май", "", "", "нет"]],
            "План на 2025 год",
            [("1", "goal"), ("1.1", "subgoal"), ("1.1.1", "activity"),
             "2025-H1", "май", "Отдел", "Полиция", "нет", "ru"],
        ),
        (
            ["№", "Іс-шара", "Жауапты", "Серіктестер", "I тоқсан", "II тоқсан", "Ескерту"],
            [["", "Мақсат 1. Алдын алу", "", "", "", "", ""],
             ["", "Міндет 1.1. Мектептер", "", "", "", "", ""],
             ["1.1.1", "Іс-шара 1.1.1. Семинар өткізу", "Білім бөлімі", "Полиция", "",
              "сәуір", "ескерту"]],
            "2024 жылға арналған жоспар",
            [("1", "goal"), ("1.1", "subgoal"), ("1.1.1", "activity"),
             "2024-Q2", "сәуір", "Білім бөлімі", "Полиция", "ескерту", "kk"],
        ),
        (
            ["Nr. crt.", "Activitatea", "Responsabil", "Parteneri", "Semestrul I",
             "Semestrul II", "Motivul neîndeplinirii", "Observații"],
            [["", "Obiectiv 1: Prevenire", "", "", "", "", "", ""],
             ["", "Obiectiv specific 1.1: Școli", "", "", "", "", "", ""],
             ["", "Activitatea 1.1.1 Sesiune de informare", "Poliția Locală", "ANES", "",
              "octombrie", "", "notă"]],
            "Planul de acțiune 2022",
            [("1", "goal"), ("1.1", "subgoal"), ("1.1.1", "activity"),
             "2022-H2", "octombrie", "Poliția Locală", "ANES", "notă", "ro"],
        ),
        (
            ["STT", "Nội dung", "Người phụ trách", "Đơn vị phối hợp", "Quý I", "Quý II",
             "Lý do", "Ghi chú"],
            [["", "Mục tiêu 1. Phòng ngừa", "", "", "", "", "", ""],
             ["1", "Tuyên truyền", "Hiệu trưởng", "Công an xã", "x", "", "", "ghi chú"]],
            "Kế hoạch năm 2024",
            [("1", "goal"), ("1.1", "activity"), "2024-Q1", "x", "Hiệu trưởng",
             "Công an xã", "ghi chú", "vi"],
        ),
        (
            ["Kod", "İş/Faaliyet", "Sorumlu Kurum", "İşbirliği yapılacak kurumlar",
             "Ocak 2024", "Şubat 2024", "Açıklama"],
            [["1", "Hedef 1: Önleme", "", "", "", "", ""],
             ["1.1", "Alt hedef 1.1 Okullar", "", "", "", "", ""],
             ["1.1.1", "Faaliyet 1.1.1 Seminer", "İl MEM", "ŞÖNİM", "", "15 Şubat", "yok"]],
            "",
            [("1", "goal"), ("1.1", "subgoal"), ("1.1.1", "activity"),
             "2024-M2", "15 Şubat", "İl MEM", "ŞÖNİM", "yok", "tr"],
        ),
    ],
    ids=["ru-half-years", "kk-quarters", "ro-semesters", "vi-quarters", "tr-months"],
)  # fmt: skip
def test_header_words_and_prefixes_in_each_language(
    header: list[str], rows: list[list[str]], title: str, expected: list[object]
) -> None:
    plan = recognise_rows(_grid(header, *rows, title=title))
    kinds = [e for e in expected if isinstance(e, tuple)]
    key, text, responsible, partners, notes, _language = expected[len(kinds) :]
    assert [(i.code, i.kind.value) for i in plan.items] == kinds
    last = plan.items[-1]
    assert [(p.period_key, p.planned_text) for p in last.planned] == [(key, text)]
    assert (last.responsible, last.partners, last.notes) == (responsible, partners, notes)
    assert plan.language == ""  # the letters of a text never decide its language


PERIOD_HEADERS = [
    ("2021 yılı I. Dört Aylık Dönem Planlanan İş/Faaliyet Planlama Tarihi",
     "2021 yılı III. Dört Aylık Dönem Planlanan İş/Faaliyet Planlama Tarihi", "2021-T1", "2021-T3"),
    ("Q1 2024", "Q4 2024", "2024-Q1", "2024-Q4"),
    ("I квартал 2024 г.", "III квартал 2024 г.", "2024-Q1", "2024-Q3"),
    ("2024 ж. 1-тоқсан", "2024 ж. 2-тоқсан", "2024-Q1", "2024-Q2"),
    ("Quý I năm 2024", "Quý II năm 2024", "2024-Q1", "2024-Q2"),
    ("Trimestrul I 2024", "Trimestrul IV 2024", "2024-Q1", "2024-Q4"),
    ("I полугодие 2024", "II полугодие 2024", "2024-H1", "2024-H2"),
    ("2024 yılı 1. yarıyıl", "2024 yılı 2. yarıyıl", "2024-H1", "2024-H2"),
    ("Semestrul I 2024", "Semestrul II 2024", "2024-H1", "2024-H2"),
    ("6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "2024-H1", "2024-H2"),
    ("H1 2024", "H2 2024", "2024-H1", "2024-H2"),
    ("Ocak 2024", "Kasım 2024", "2024-M1", "2024-M11"),
    ("Январь 2024", "Ноябрь 2024", "2024-M1", "2024-M11"),
    ("Tháng 1/2024", "Tháng 11/2024", "2024-M1", "2024-M11"),
    ("ianuarie 2024", "noiembrie 2024", "2024-M1", "2024-M11"),
    ("2024", "2025", "2024", "2025"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "second", "key1", "key2"), PERIOD_HEADERS)
def test_period_columns_recognised_from_their_headers(
    first: str, second: str, key1: str, key2: str
) -> None:
    plan = recognise_rows(_grid(["No", "Activity", first, second], ["1", "Seminar", "a", "b"]))
    assert planned(plan, "1") == [(key1, "a"), (key2, "b")]
    assert {key1, key2} <= {p.key for p in plan.periods}


def test_period_year_taken_from_the_title_when_headers_have_none() -> None:
    plan = recognise_rows(
        _grid(
            ["STT", "Nội dung", "Quý I", "Quý III"],
            ["1", "Tọa đàm", "", "x"],
            title="Kế hoạch năm 2025",
        )
    )
    assert plan.year == 2025 and planned(plan, "1") == [("2025-Q3", "x")]


def test_upper_case_turkish_headers_with_dotted_capital_i() -> None:
    plan = recognise_rows(
        _grid(
            [
                "SIRA NO",
                "İŞ/FAALİYET",
                "SORUMLU KURUM",
                "İŞBİRLİĞİ YAPILACAK KURUMLAR",
                "HEDEF DEĞER",
                "TARİH",
                "GERÇEKLEŞTİRİLMEYECEKSE NEDENİ",
                "AÇIKLAMA",
            ],
            ["1", "Seminer", "İl MEM", "ŞÖNİM", "100 kişi", "Mart 2021", "-", "not"],
            title="2021",
        )
    )
    first = plan.items[0]
    assert (first.responsible, first.partners, first.target_text, first.notes) == (
        "İl MEM", "ŞÖNİM", "100 kişi", "not",
    )  # fmt: skip
    assert first.not_planned_reason == ""
    # a plan of one year with months in its date column: the year is its period (issue 14)
    assert planned(plan, "1") == [("2021", "Mart 2021")]


def test_two_row_header_and_numbering_without_prefix_words() -> None:
    plan = recognise_rows(
        [
            ["Plan 2026", "", "", ""],
            ["Code", "Description", "Planned in", ""],
            ["", "", "H1", "H2"],
            ["1", "Prevention", "", ""],
            ["1.1", "Schools", "", ""],
            ["1.1.1", "Seminar", "yes", ""],
            ["1.1.2", "Leaflets", "", "yes"],
            ["", "for parents", "", ""],
        ]
    )
    assert [(i.code, i.kind.value) for i in plan.items] == [
        ("1", "goal"), ("1.1", "subgoal"), ("1.1.1", "activity"), ("1.1.2", "activity"),
    ]  # fmt: skip
    assert plan.scheme is Scheme.HALF_YEAR and plan.year == 2026
    assert planned(plan, "1.1.2") == [("2026-H2", "yes")]
    assert item(plan, "1.1.2").description == "Leaflets for parents"


def test_table_without_codes_numbers_its_activities() -> None:
    plan = recognise_rows(
        _grid(["Activity", "Responsible"], ["Seminar", "A"], ["Leaflets", "B"], title="2024")
    )
    assert [(i.code, i.kind.value, i.description) for i in plan.items] == [
        ("1", "activity", "Seminar"), ("2", "activity", "Leaflets"),
    ]  # fmt: skip
    assert plan.scheme is Scheme.YEAR and planned(plan, "2") == [("2024", "")]


def test_duplicate_code_is_rejected_with_both_rows() -> None:
    with pytest.raises(ImportRejected, match=r"code 1\.2 appears twice \(rows 3 and 4\)"):
        recognise_rows(_grid(["No", "Activity", "Q1 2024"], ["1.1", "a", ""], ["1.2", "b", ""],
                             ["1.2", "c", ""]))  # fmt: skip


# ------------------------------------------------------------------ xlsx cell values
def test_codes_stay_text_in_xlsx_2_1_10_round_trip(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Code", "Activity", "Q1 2024", "Q2 2024"])
    sheet.append(["2.1.9", "ninth", "x", None])
    sheet.append(["2.1.10", "tenth", None, "x"])
    sheet.append([3.1, "float code, General format", None, None])
    sheet.append([3.2, "float code shown with two decimals", None, None])
    sheet.cell(row=5, column=1).number_format = "0.00"
    sheet.append([4, "integer code", None, None])
    path = tmp_path / "codes.xlsx"
    book.save(path)
    grid = read_grid(path)
    assert [row[0] for row in grid[1:]] == ["2.1.9", "2.1.10", "3.1", "3.20", "4"]
    plan = parse_plan_file(path)
    assert [i.code for i in plan.items] == ["2.1.9", "2.1.10", "3.1", "3.20", "4"]


def test_formulas_are_never_evaluated(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["No", "Activity", "Notes", "Q1 2024"])
    sheet.append(["1", "Seminar", "=1+1", "x"])
    sheet.append(["2", "Leaflets", "=cmd|' /C calc'!A0", "x"])
    plain = tmp_path / "formulas.xlsx"
    book.save(plain)
    cached = tmp_path / "cached.xlsx"
    _rewrite_part(plain, cached, "xl/worksheets/sheet1.xml",
                  lambda xml: xml.replace(b"<f>1+1</f><v></v>", b"<f>1+1</f><v>2</v>"))  # fmt: skip
    assert [i.notes for i in parse_plan_file(plain).items] == ["=1+1", "=cmd|' /C calc'!A0"]
    assert [i.notes for i in parse_plan_file(cached).items] == ["2", "=cmd|' /C calc'!A0"]


def _rewrite_part(source: Path, target: Path, name: str, change: object) -> None:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == name:
                data = change(data)  # type: ignore[operator]
            dst.writestr(info, data)


def test_a_5000_row_workbook_is_read_whole(tmp_path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Plan")
    sheet.append(["No", "Activity", "Responsible", "Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"])
    for g in range(1, 51):
        sheet.append([str(g), f"Goal {g}"])
        for a in range(1, 100):
            sheet.append([f"{g}.{a}", f"Activity {g}.{a} — çalıştay", "Dept", "x", "", "x", ""])
    path = tmp_path / "big.xlsx"
    book.save(path)
    plan = parse_plan_file(path)
    assert len(plan.items) == 5000
    assert plan.items[-1].code == "50.99"
    assert planned(plan, "50.99") == [("2024-Q1", "x"), ("2024-Q3", "x")]


# ---------------------------------------------------------------------- encodings
RO_ROWS = [
    ["Planul de acţiune 2022"],
    ["Nr. crt.", "Activitatea", "Responsabil", "Termen"],
    ["1", "Sesiune de informare pentru părinţi şi elevi", "Poliţia Locală", "aprilie 2022"],
]
TR_ROWS = [
    ["Kod", "Faaliyet", "Sorumlu Kurum", "2024 yılı I. Dört Aylık Dönem"],
    ["1.1", "Öğretmenlere İŞBİRLİĞİ ağı için çalıştay düzenlenmesi", "İl MEM", "Ağustos"],
]
VI_ROWS = [
    ["Kế hoạch năm 2023"],
    ["STT", "Nội dung hoạt động", "Thời gian thực hiện", "Người thực hiện"],
    ["1", "Tổ chức tọa đàm về bình đẳng giới", "Tuần 3 tháng 11", "Hiệu trưởng"],
]
_VI_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: precomposed vowels, combining tone marks."""
    out = b""
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _VI_TONES))
        tones = "".join(p for p in parts if p in _VI_TONES)
        out += (base + tones).encode("cp1258")
    return out


def _delimited(rows: list[list[str]], sep: str) -> str:
    return "\r\n".join(sep.join(row) for row in rows) + "\r\n"


@pytest.mark.parametrize(
    ("name", "encode", "rows", "expected"),
    [
        ("tr.csv", lambda t: t.encode("cp1254"), TR_ROWS,
         "Öğretmenlere İŞBİRLİĞİ ağı için çalıştay düzenlenmesi"),
        ("ro.csv", lambda t: t.encode("cp1250"), RO_ROWS,
         "Sesiune de informare pentru părinţi şi elevi"),
        ("vi.csv", _cp1258, VI_ROWS, "Tổ chức tọa đàm về bình đẳng giới"),
        ("tr.txt", lambda t: t.encode("utf-16"), TR_ROWS,
         "Öğretmenlere İŞBİRLİĞİ ağı için çalıştay düzenlenmesi"),
        ("vi.tsv", lambda t: t.encode("utf-8"), VI_ROWS, "Tổ chức tọa đàm về bình đẳng giới"),
    ],
)  # fmt: skip
def test_text_tables_in_legacy_and_unicode_encodings(
    tmp_path: Path, name: str, encode: object, rows: list[list[str]], expected: str
) -> None:
    sep = ";" if name.endswith(".csv") else "\t"
    path = tmp_path / name
    path.write_bytes(encode(_delimited(rows, sep)))  # type: ignore[operator]
    plan = parse_plan_file(path)
    assert plan.items[-1].description == expected
    assert expected == unicodedata.normalize("NFC", plan.items[-1].description)


# ----------------------------------------------------------------- hostile input
def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        with z.open("xl/worksheets/sheet1.xml", "w") as part:
            chunk = b"\0" * 2**20
            for _ in range(210):
                part.write(chunk)


def _many_parts(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        for n in range(2100):
            z.writestr(f"xl/media/{n}.xml", "<a/>")


def _doctype(path: Path) -> None:
    source = path.with_suffix(".src.xlsx")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["No", "Activity"])
    sheet.append(["1", "Seminar"])
    book.save(source)
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    _rewrite_part(
        source, path, "xl/worksheets/sheet1.xml", lambda xml: laughs + xml.split(b"?>", 1)[-1]
    )


def _no_header(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for n in range(40):
        sheet.append([f"lorem {n}", n, n * 2.5])
    book.save(path)


def _truncated(path: Path) -> None:
    whole = (PLANS / "balikesir_2021.xlsx").read_bytes()
    path.write_bytes(whole[: len(whole) // 2])


def _word_document(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")


def _too_wide(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["No", "Activity"])
    sheet.cell(row=2, column=1200, value="far away")
    book.save(path)


def _sprawl(path: Path) -> None:
    """Every row carries an empty styled cell in the last Excel column (XFD)."""
    source = path.with_suffix(".src.xlsx")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["No", "Activity"])
    for n in range(1300):
        sheet.append([str(n + 1), "Seminar"])
    book.save(source)

    def far_cells(xml: bytes) -> bytes:
        parts = xml.split(b"</row>")
        rows = [p + f'<c r="XFD{n + 1}" s="0"/>'.encode() for n, p in enumerate(parts[:-1])]
        return b"</row>".join([*rows, parts[-1]])

    _rewrite_part(source, path, "xl/worksheets/sheet1.xml", far_cells)


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as handle:
        handle.truncate(size)


def _write(data: bytes) -> object:
    return lambda path: path.write_bytes(data)


HOSTILE = [
    ("random.xlsx", _write(bytes(range(256)) * 40), "zip package"),
    ("random.csv", _write(bytes(range(256)) * 40), "binary data"),
    ("random.bin.txt", _write(b"\x00\x01\x02\xff" * 500), "binary data"),
    ("empty.xlsx", _write(b""), "is empty"),
    ("empty.csv", _write(b""), "is empty"),
    ("blank.csv", _write(b"\r\n;;;\r\n\r\n"), "the table is empty"),
    ("text.xlsx", _write(b"No;Activity\r\n1;Seminar\r\n"), "zip package"),
    ("old.xls", _write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), "97-2003"),
    ("old.xlsx", _write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), "97-2003"),
    ("bomb.xlsx", _zip_bomb, "would unpack to 210 MB"),
    ("parts.xlsx", _many_parts, "2,101 parts"),
    ("doctype.xlsx", _doctype, "document type declaration"),
    ("truncated.xlsx", _truncated, "damaged"),
    ("letter.xlsx", _word_document, "Word document"),
    ("noheader.xlsx", _no_header, "no header row found"),
    ("wide.xlsx", _too_wide, "beyond column 1,000"),
    ("sprawl.xlsx", _sprawl, "is too large"),
    ("noheader.csv", _write(b"a;b;c\r\n1;2;3\r\n" * 50), "no header row found"),
    ("columns.csv", _write(b"x;" * 400_000), "400,000 columns"),
    ("million.csv", _write(b"x;" * 1_000_000), "longer than 1,000,000 characters"),
    ("line.txt", _write(b"A" * 2_000_000), "longer than 1,000,000 characters"),
    ("huge.csv", lambda p: _sparse(p, 101 * 2**20), "at most 100 MB"),
    ("huge.json", lambda p: _sparse(p, 21 * 2**20), "at most 20 MB"),
    ("bad.json", _write(b"{not json"), "not valid JSON"),
    ("other.json", _write(b'{"name": "a list of things"}'), "not a plan file"),
    ("array.json", _write(b"[1, 2, 3]"), "not a plan file"),
    ("deep.json", _write(b"[" * 200_000 + b"]" * 200_000), "not valid JSON"),
    ("plan.pdf", _write(b"%PDF-1.7\n"), "not a file PlanDesk imports"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "make", "words"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_files_are_rejected_with_one_clear_sentence(
    tmp_path: Path, name: str, make: object, words: str
) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    with pytest.raises(ImportRejected) as caught:
        parse_plan_file(path)
    message = str(caught.value)
    assert words in message
    assert "looked for" in message
    assert "\n" not in message and len(message) < 400


def _plan_json(items: list[dict[str, object]], **extra: object) -> bytes:
    doc = {"title": "P", "year": 2024, "scheme": "quarter", "periods": [], "footnotes": []}
    return json.dumps({**doc, "items": items, **extra}).encode()


def _node(code: str, kind: str = "activity", **extra: object) -> dict[str, object]:
    return {"code": code, "kind": kind, "description": f"item {code}", "children": [], **extra}


def _nested(depth: int) -> dict[str, object]:
    node = _node("x")
    for n in range(depth):
        node = _node(f"x{n}", "goal", children=[node])
    return node


BAD_PLANS = [
    (_plan_json([_node("1", "task")]), "'kind' must be goal, subgoal or activity"),
    (_plan_json([_node("1", planned=[{"period": "2024-Q9"}])]), "not a period of the plan"),
    (_plan_json([_node("1"), _node("1")]), "code 1 appears twice"),
    (_plan_json([_node("1", footnotes=["3"])]), "footnote 3, which is missing"),
    (_plan_json([_nested(60)]), "nested deeper than 40 levels"),
    (_plan_json([_node("1")], year="2024"), "'year' must be a year"),
    (_plan_json([_node("1")], scheme="weekly"), "'scheme' must be one of"),
    (_plan_json([]), "it has no items"),
]


@pytest.mark.parametrize(("data", "words"), BAD_PLANS, ids=[w for _, w in BAD_PLANS])
def test_plan_json_that_does_not_fit_is_rejected(tmp_path: Path, data: bytes, words: str) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(data)
    with pytest.raises(ImportRejected, match=words.replace("(", r"\(")):
        parse_plan_file(path)


def test_missing_file_folder_and_empty_grid(tmp_path: Path) -> None:
    for path, words in ((tmp_path / "nope.xlsx", "does not exist"), (tmp_path, "is a folder")):
        with pytest.raises(ImportRejected, match=words):
            parse_plan_file(path)
    with pytest.raises(ImportRejected, match="looked for a column of activity texts"):
        recognise_rows([[], ["", ""]])


def test_openpyxl_parses_xml_with_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True


def test_a_dtd_that_slips_past_the_package_check_is_still_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.plan_import import xlsx

    monkeypatch.setattr(xlsx, "_check_xml_part", lambda *args: None)
    path = tmp_path / "doctype.xlsx"
    _doctype(path)
    with pytest.raises(ImportRejected, match="looked for its worksheets") as caught:
        parse_plan_file(path)
    assert "\n" not in str(caught.value)


def test_import_package_loads_without_qt() -> None:
    code = (
        "import sys, app.services.plan_import; "
        "sys.exit(any(m.split('.')[0] == 'PySide6' for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_pasted_rows_with_empty_cells_and_a_goal_above_the_header() -> None:
    rows: list[list[str]] = [["Hedef 1:"], ["Kod", "Faaliyet", "Q1 2024"], ["1.1", "x", "a"]]
    rows.append(["", "devamı", ""])
    rows.append(["", "", "Hedef 2: İzleme"])  # a section typed in the middle column
    rows.append(["2.1", "y", ""])
    plan = recognise_rows(rows)
    assert [(i.code, i.kind.value, i.description) for i in plan.items] == [
        ("1", "goal", "Hedef 1:"), ("1.1", "activity", "x devamı"), ("2", "goal", "İzleme"),
        ("2.1", "activity", "y"),
    ]  # fmt: skip


def test_footnote_marks_only_where_a_footnote_exists_and_not_in_units() -> None:
    plan = recognise_rows(
        [
            ["No", "Activity", "Q1 2024"],
            ["1", "Shelter of 100 m² opened ¹", "x"],
            ["2", "Hotline extended ³", "x"],
            [],
            ["¹ Regulation 19, article 25"],
        ]
    )
    assert [(i.description, i.footnote_marks) for i in plan.items] == [
        ("Shelter of 100 m² opened", ["1"]),
        ("Hotline extended ³", []),
    ]
    assert [(f.mark, f.text) for f in plan.footnotes] == [("1", "Regulation 19, article 25")]


def test_the_sheet_holding_the_plan_is_found_after_a_cover_sheet(tmp_path: Path) -> None:
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Cover"
    cover.append(["Balıkesir Valiliği"])
    plan_sheet = book.create_sheet("Plan")
    plan_sheet.append(["No", "Activity", "Q1 2024"])
    plan_sheet.append(["1", "Seminar", "x"])
    path = tmp_path / "two-sheets.xlsx"
    book.save(path)
    assert [i.code for i in parse_plan_file(path).items] == ["1"]
