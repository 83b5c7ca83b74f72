"""Plans as institutions write them (issue 14): the real-document fixtures of
tests/fixtures/real/ import with the expected tree, codes, periods and texts, item by item;
no column is dropped and no year is invented."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from app.db.session import Database
from app.domain.periods import Scheme
from app.domain.plan import GLOSSARY_MARK, ItemData, PlanData
from app.services.errors import ImportRejected
from app.services.plan_import import YearMissing, parse_plan_file, read_table
from app.services.plans import load_tree, store_plan

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


@cache
def plan(name: str, year: int | None = None) -> PlanData:
    return parse_plan_file(REAL / name, year=year)


def item(data: PlanData, code: str) -> ItemData:
    return next(i for i in data.items if i.code == code)


def tree(data: PlanData) -> list[tuple[str, str, str | None]]:
    return [(i.code, i.kind.value, i.parent_code) for i in data.items]


def planned(data: PlanData, code: str) -> list[tuple[str, str]]:
    return [(p.period_key, p.planned_text) for p in item(data, code).planned]


# ------------------------------------------------------------------ Turkish: seed 000 in Word
TR = "tr/balikesir_2021_is_plani.docx"


def test_seed_000_word_form_imports_whole() -> None:
    data = plan(TR)
    assert data.title == (
        "Kadına Yönelik Şiddetle Mücadele İl Eylem Planı 2021 İş Planı Zaman Tablosu"
    )
    assert tree(data) == [
        ("2", "goal", None), ("2.1", "subgoal", "2"), ("2.1.4", "activity", "2.1"),
        ("2.3", "subgoal", "2"), ("2.3.1", "activity", "2.3"), ("3", "goal", None),
        ("3.4", "subgoal", "3"), ("3.4.3", "activity", "3.4"), ("3.4.4", "activity", "3.4"),
        ("4", "goal", None), ("4.1", "subgoal", "4"), ("4.1.2", "activity", "4.1"),
    ]  # fmt: skip
    assert (data.year, data.scheme) == (2021, Scheme.FOUR_MONTH)
    assert [p.key for p in data.periods] == ["2021-T1", "2021-T2", "2021-T3"]
    assert planned(data, "3.4.3") == [("2021-T1", "1")]
    assert item(data, "3.4.3").description == (
        "Konukevlerinde/sığınmaevlerinde /alternatif barınma yerlerinde kalan kadınların Milli "
        "Eğitim Bakanlığı veya Yüksek Öğrenim Kurumu'na bağlı eğitim kurumlarında kendi "
        "eğitimine devam etme talebinin gerekli güvenlik koşulları sağlanarak yerine getirilmesi"
    )
    assert item(data, "2").description.startswith("Kadına yönelik şiddeti doğuran")
    assert item(data, "2.1").description.endswith(
        "kapasitelerinin geliştirilmesi ve güçlendirilmesi"
    )
    assert item(data, "4.1.2").description.startswith("Balıkesir Aile ve Sosyal Politikalar")
    assert item(data, "3.4.4").footnote_marks == ["1"]
    assert item(data, "3.4.4").description.endswith("yararlanmalarının sağlanması")
    assert item(data, "4.1").footnote_marks == ["2"]
    assert [(f.mark, f.text[:30]) for f in data.footnotes] == [
        ("1", "Kadın Konukevlerinin Açılması "), ("2", "İstanbul Sözleşmesi madde 7, Ş"),
    ]  # fmt: skip
    assert not any(i.code_generated or i.original_code for i in data.items)
    skipped = [(s.what, s.text) for s in data.report.skipped]
    assert skipped.count(("separator", "-- -- -- -- --")) == 1
    assert ("footnote", data.footnotes[0].text) not in skipped  # the row is named as written
    assert sum(1 for what, _ in skipped if what == "footnote") == 2


def test_seed_000_word_form_gives_the_same_plan_as_the_spreadsheet() -> None:
    sheet = parse_plan_file(REAL.parent / "plans" / "balikesir_2021.xlsx")
    word = plan(TR)
    common = [c for c in (i.code for i in word.items)]
    assert common == [i.code for i in sheet.items if i.code in common]
    for code in common:
        assert item(word, code).description == item(sheet, code).description


# ------------------------------------------------------------------ Romanian plans
RO_2005 = "ro/hg686_2005_plan_de_masuri.docx"


def test_romanian_2005_plan_glossary_objectives_in_a_merged_column_and_half_years() -> None:
    data = plan(RO_2005)
    assert data.title == (
        "PLAN DE MĂSURI din 12 iulie 2005 pentru implementarea strategiei naţionale în domeniul "
        "prevenirii şi combaterii fenomenului violenţei în familie pe perioada 2005 - 2007"
    )
    assert data.report.layout == "columns"
    assert tree(data) == [
        ("1", "goal", None), ("1.1", "activity", "1"), ("1.2", "activity", "1"),
        ("1.3", "activity", "1"), ("1.4", "activity", "1"), ("1.5", "activity", "1"),
        ("2", "goal", None), ("2.1", "activity", "2"), ("2.2", "activity", "2"),
    ]  # fmt: skip
    # numbering restarting under each objective: full codes, the number as written kept
    assert [(i.code, i.original_code) for i in data.items if i.original_code] == [
        ("1.1", "1"), ("1.2", "2"), ("1.3", "3"), ("1.4", "4"), ("1.5", "5"),
        ("2.1", "1"), ("2.2", "2"),
    ]  # fmt: skip
    assert item(data, "1").description == (
        "Completarea şi armonizarea cadrului legislativ existent în domeniu"
    )
    assert item(data, "1.1").description.startswith("Elaborarea legislaţiei secundare specifice")
    assert item(data, "1.1").responsible == "MMSSF ANPF MAI MS MJ ANPDC ANPH"
    assert item(data, "1.5").responsible == "MMSSF ANPF"
    assert item(data, "2.1").responsible == "DGASPC ONG"
    # the period from the title, half-years from the terms
    assert (data.year, data.scheme) == (2005, Scheme.HALF_YEAR)
    assert (data.report.year_source, data.report.scheme_source) == ("title", "terms")
    assert [p.key for p in data.periods] == [
        "2005-H1", "2005-H2", "2006-H1", "2006-H2", "2007-H1", "2007-H2",
    ]  # fmt: skip
    assert planned(data, "1.1") == [("2006-H2", "Sem. II 2006")]
    assert planned(data, "1.2") == [("2006-H1", "Sem. I 2006")]
    assert planned(data, "2.2") == [(p.key, "Anual") for p in data.periods]  # every period
    # the list of abbreviations is the plan's glossary, not its title
    assert len(data.report.glossary) == 12
    assert data.report.glossary[0] == (
        "ANPDC", "Autoritatea Naţională pentru Protecţia Drepturilor Copilului",
    )  # fmt: skip
    assert data.report.glossary[-1] == ("MAI", "Ministerul Administraţiei şi Internelor")
    glossary = next(f for f in data.footnotes if f.mark == GLOSSARY_MARK)
    assert glossary.text.splitlines()[0] == "Lista de abrevieri"
    assert "ANPF — Agenţia Naţională pentru Protecţia Familiei" in glossary.text.splitlines()
    assert "ANPF" not in data.title


RO_2012 = "ro/hg1156_2012_plan_operational.xlsx"


@pytest.mark.parametrize("name", [RO_2012, RO_2012.replace(".xlsx", ".xls")])
def test_romanian_operational_plan_hierarchy_in_merged_columns(name: str) -> None:
    data = plan(name)
    assert tree(data) == [
        ("1", "goal", None), ("1.1", "subgoal", "1"), ("1.1.1", "activity", "1.1"),
        ("1.1.2", "activity", "1.1"), ("1.1.3", "activity", "1.1"),
    ]  # fmt: skip
    assert item(data, "1").description == (
        "Prevenirea violenţei în familie în vederea diminuării fenomenului"
    )
    assert item(data, "1.1").description.startswith("Creşterea eficacităţii programelor")
    assert item(data, "1.1.3").description.endswith("Zilei internaţionale a familiei - 15 mai")
    assert item(data, "1.1.2").responsible.startswith("MMFPS; MJ CSM; MAI")
    assert item(data, "1.1.1").target_text.startswith("Număr de campanii organizate")
    # the resources cell merged over the three measures belongs to each of them
    for code in ("1.1.1", "1.1.2", "1.1.3"):
        assert item(data, code).notes.splitlines()[0] == (
            "Resurse: În limita bugetelor aprobate pentru instituţiile responsabile Proiecte cu "
            "finanţare nerambursabilă"
        )
    assert item(data, "1.1.2").notes.splitlines()[1] == "Riscuri: Resurse financiare insuficiente"
    assert (data.year, data.scheme) == (2013, Scheme.YEAR)
    assert [p.key for p in data.periods] == ["2013", "2014", "2015", "2016", "2017"]
    assert planned(data, "1.1.1") == [(str(y), "Anual") for y in range(2013, 2018)]
    assert planned(data, "1.1.2") == [("2013", "2013-2014"), ("2014", "2013-2014")]
    assert data.report.columns_to_notes == ["Resurse", "Riscuri"]


# ------------------------------------------------------------------ Russian plans
def test_russian_plan_with_deadlines_and_a_title_naming_years_of_history() -> None:
    data = plan("ru/mordovia_pobeda_2008.xlsx")
    assert data.title == (
        "План мероприятий по проведению празднования 63-й годовщины победы в великой "
        "отечественной войне 1941 — 1945 годов"
    )
    assert [i.code for i in data.items] == ["1", "2", "3", "4", "5"]
    assert all(i.kind.value == "activity" for i in data.items)
    # 1941–1945 is history: the plan is the decree's (28.04.2008)
    assert (data.year, data.scheme, data.report.year_source) == (2008, Scheme.YEAR, "text")
    assert planned(data, "1") == [("2008", "До 5 мая")]
    assert planned(data, "2") == [("2008", "До 29 апреля")]
    assert item(data, "5").responsible.startswith("Марчков В.П., Зобнин С.Н. (по согласованию)")
    assert item(data, "3").description == (
        'Проведение конкурса рисунков и плакатов "Война глазами детей"'
    )


RADUJNY = "ru/radujny_molodaya_semya.csv"


def test_a_plan_that_names_no_year_asks_for_one() -> None:
    with pytest.raises(YearMissing, match="names no year"):
        parse_plan_file(REAL / RADUJNY)
    data = plan(RADUJNY, 2010)
    assert (data.year, data.scheme, data.report.year_source) == (2010, Scheme.YEAR, "clerk")
    assert [(i.code, i.description[:30]) for i in data.items] == [
        ("1", "Разработка документов о провед"), ("2", "Собрание оргкомитета"),
        ("3", "Освещение в СМИ информации о п"), ("4", "Взаимодействие с городскими уч"),
    ]  # fmt: skip
    assert planned(data, "1") == [("2010", "до 16 апреля")]
    assert planned(data, "2") == [("2010", "22 апреля, далее - по необходимости")]
    assert planned(data, "3") == [("2010", "весь период")]
    # the venue column is no plan field: kept in the notes with its heading
    assert item(data, "2").notes == "Место проведения: К по МП"
    assert item(data, "3").responsible == (
        'Пресс-служба главы города (О.В. Валькова) МУ "ГМЦ "Вектор М" (Е.Н. Питеева)'
    )


ZKO = "ru/zko_16_dney.docx"


def test_russian_event_plan_with_a_footnote_and_the_window_in_its_title() -> None:
    with pytest.raises(YearMissing):
        parse_plan_file(REAL / ZKO)
    data = plan(ZKO, 2023)
    assert [(i.code, i.kind.value) for i in data.items] == [
        ("1", "activity"), ("2", "activity"), ("3", "activity"), ("4", "activity"),
    ]  # fmt: skip
    assert data.scheme is Scheme.CUSTOM
    assert (data.window_start, data.window_end) == (date(2023, 11, 25), date(2023, 12, 10))
    assert data.report.scheme_source == "window"
    assert planned(data, "4") == [("2023-C1", "27 ноября\nДК «Строитель»")]
    # the footnote is a footnote, not activity 5; its marks are taken out of the texts
    assert [(f.mark, f.text[:40]) for f in data.footnotes] == [
        ("*", "Организации, не входящие в структуру мес"),
    ]
    assert item(data, "1").footnote_marks == ["*"]
    assert (
        item(data, "1").responsible == "Управление занятости и социальных программ; Кризисный центр"
    )
    assert item(data, "3").footnote_marks == []


# ------------------------------------------------------------------ Kazakh indicator table
KK = "kk/dsadm_strategiyalyq_zhospar.xlsx"
KK_YEARS = [str(y) for y in range(2012, 2019)]


@pytest.mark.parametrize("name", [KK, KK.replace(".xlsx", ".ods")])
def test_kazakh_indicator_table_with_repeated_two_row_headers(name: str) -> None:
    data = plan(name)
    assert tree(data) == [
        ("1.2", "goal", None), ("1.2.2", "activity", "1.2"), ("1.2.3", "activity", "1.2"),
        ("1.2.4", "activity", "1.2"), ("1.2.1", "subgoal", "1.2"),
        ("1.2.1.1", "activity", "1.2.1"), ("1.2.1.2", "activity", "1.2.1"),
    ]  # fmt: skip
    # rows numbered "-" got codes from PlanDesk, and the plan says which
    assert data.report.generated(data.items) == ["1.2.2", "1.2.3", "1.2.4", "1.2.1.1", "1.2.1.2"]
    assert item(data, "1.2").description == "Ана мен баланы қорғау қызметін жетілдіру"
    assert item(data, "1.2").notes == (
        "Мақсатқа қол жеткізуге бағытталған бюджеттік бағдарламаның кодтары: 010, 011"
    )
    assert item(data, "1.2.1").description == "Ана мен бала денсаулығын нығайту"
    assert item(data, "1.2.2").description == "Ана өлім-жітімін төмендету"
    assert item(data, "1.2.1.1").description == (
        "Босандыру мекемелерінде есепке уақтылы тұрған жүкті әйелдердің үлесі"
    )
    assert (data.year, data.scheme, data.report.year_source) == (2012, Scheme.YEAR, "headers")
    assert [p.key for p in data.periods] == KK_YEARS
    assert planned(data, "1.2.2") == list(
        zip(KK_YEARS, ["13,5", "12,6", "12,4", "11,6", "11,2", "10,6", "10,1"], strict=True)
    )
    assert planned(data, "1.2.1.1") == list(
        zip(KK_YEARS, ["72,9", "75,1", "75,5", "78", "79", "80,0", "80,5"], strict=True)
    )
    assert planned(data, "1.2.1.2") == []
    assert item(data, "1.2.3").notes == (
        "Ақпарат көзі: Стат.деректер\nӨлшем бірлігі: 1000 мың тірі туғандарға шаққанда"
    )
    headers = [s.row for s in data.report.skipped if s.what == "header"]
    assert headers == [4, 5, 10, 11]  # the two-row header, and its copy for the task


# ------------------------------------------------------------------ Vietnamese plans
VI = "vi/binh_an_2023_ke_hoach.docx"


def test_vietnamese_word_plan_like_seed_003_imports_whole() -> None:
    data = plan(VI)
    assert data.title == (
        "KẾ HOẠCH Triển khai Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo "
        "lực trên cơ sở giới năm 2023"
    )
    assert tree(data) == [
        ("I", "goal", None), ("I.1", "activity", "I"), ("I.2", "activity", "I"),
        ("I.3", "activity", "I"), ("I.4", "activity", "I"), ("II", "goal", None),
        ("II.1", "activity", "II"), ("II.2", "activity", "II"), ("II.3", "activity", "II"),
        ("III", "goal", None), ("III.1", "activity", "III"),
    ]  # fmt: skip
    assert data.report.layout == "sections"
    assert [i.original_code for i in data.items if i.original_code] == [
        "1", "2", "3", "4", "1", "2", "3", "1",
    ]  # fmt: skip
    assert [item(data, c).description for c in ("I", "II", "III")] == [
        "Công tác tuyên truyền", "Tổ chức các hoạt động hưởng ứng", "Kiểm tra, báo cáo",
    ]  # fmt: skip
    # the window written in a sentence above the table
    assert data.scheme is Scheme.CUSTOM and data.report.year_source == "window"
    assert (data.window_start, data.window_end) == (date(2023, 11, 15), date(2023, 12, 15))
    assert [p.key for p in data.periods] == ["2023-C1"]
    assert planned(data, "I.2") == [("2023-C1", "15/11/2023")]
    assert planned(data, "II.1") == [("2023-C1", "Tuần 3 tháng 11/2023")]
    assert planned(data, "III.1") == [("2023-C1", "Chậm nhất ngày 10/12/2023")]
    assert item(data, "I.3").responsible == "Tổng phụ trách Đội"
    assert item(data, "III.1").notes == "Đ/c Bằng"
    # the letterhead, the narrative and the signature block are accounted for, not items
    texts = [s.text for s in data.report.skipped]
    assert "Nơi nhận:" in texts and "HIỆU TRƯỞNG" in texts
    assert not data.footnotes  # "* Báo cáo tổng kết …" cites nothing in the table


def test_vietnamese_plan_in_numbered_paragraphs_without_a_table() -> None:
    data = plan("vi/ngo_thi_nham_2024.docx")
    assert data.report.layout == "paragraphs"
    assert tree(data) == [
        ("1", "activity", None), ("2", "goal", None), ("2.1", "activity", "2"),
        ("3", "goal", None), ("3.1", "activity", "3"), ("3.2", "activity", "3"),
    ]  # fmt: skip
    assert data.report.generated(data.items) == ["2.1", "3.1", "3.2"]
    assert item(data, "3").description == "Các hoạt động triển khai"
    assert item(data, "3.1").description.startswith("Tổ chức tuyên truyền theo hình thức")
    assert (data.window_start, data.window_end) == (date(2024, 11, 15), date(2024, 12, 15))
    assert data.title.startswith("KẾ HOẠCH Thực hiện Tháng hành động")


# ------------------------------------------------------------------ every fixture
PLAN_FILES = {
    TR: None, RO_2005: None, RO_2012: None, RO_2012.replace(".xlsx", ".xls"): None,
    "ru/mordovia_pobeda_2008.xlsx": None, RADUJNY: 2010, ZKO: 2023, KK: None,
    KK.replace(".xlsx", ".ods"): None, VI: None, "vi/ngo_thi_nham_2024.docx": None,
}  # fmt: skip


PREFIX_WORDS = {"faal", "faaliyet", "alt", "hedef", "мақсат", "міндет", "obiectiv"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w{3,}", text.casefold())}


def _everything(data: PlanData) -> set[str]:
    found: set[str] = set()
    for i in data.items:
        for text in (i.code, i.original_code, i.description, i.responsible, i.partners,
                     i.target_text, i.notes, i.not_planned_reason,
                     *(p.planned_text for p in i.planned)):  # fmt: skip
            found |= _words(text)
    for f in data.footnotes:
        found |= _words(f.text)
    for s in data.report.skipped:
        found |= _words(s.text)
    return found | _words(data.title)


@pytest.mark.parametrize(("name", "year"), PLAN_FILES.items(), ids=list(PLAN_FILES))
def test_no_column_is_dropped(name: str, year: int | None) -> None:
    """Every word of every cell of the file ends up in the plan: an item's text or field,
    its notes (with the column's heading), a planned text, a footnote, the glossary, or the
    report of rows that are not items (title, letterhead, narrative, headers)."""
    data = plan(name, year)
    kept = _everything(data) | {w for a, b in data.report.glossary for w in _words(f"{a} {b}")}
    kept |= PREFIX_WORDS  # "Faal.", "Alt hedef", "мақсат": they made the kind of the row
    table = read_table(REAL / name)
    missing = set()
    for row in table.rows:
        for cell in row:
            missing |= _words(cell) - kept
    assert not missing


@pytest.mark.parametrize(("name", "year"), PLAN_FILES.items(), ids=list(PLAN_FILES))
def test_the_year_comes_from_the_file_or_the_clerk(name: str, year: int | None) -> None:
    data = plan(name, year)
    report = data.report
    assert report.year_source in {"clerk", "window", "title", "headers", "dates", "text"}
    if report.year_source == "clerk":
        assert data.year == year
    else:
        assert str(data.year) in report.year_text, report.year_text


def test_no_importer_reads_the_calendar() -> None:
    """The importers never take a year from today's date (the one silent default there was)."""
    services = Path(__file__).resolve().parents[2] / "src" / "app" / "services"
    files = [*(services / "plan_import").glob("*.py"), services / "event_import.py",
             services / "written_dates.py"]  # fmt: skip
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(?:date|datetime)\.(?:today|now)\(", text), path.name


@pytest.mark.parametrize(("name", "year"), PLAN_FILES.items(), ids=list(PLAN_FILES))
def test_every_real_plan_is_accepted_by_the_store(
    name: str, year: int | None, db: Database
) -> None:
    data = plan(name, year)
    with db.unit() as s:
        stored = store_plan(s, data)
        assert [r.code for r in load_tree(s, stored.id)] == [i.code for i in data.items]
        assert {f.mark for f in stored.footnotes} == {f.mark for f in data.footnotes}


def test_the_clerks_year_and_scheme_replace_the_documents() -> None:
    data = parse_plan_file(REAL / RO_2005, year=2006, scheme=Scheme.QUARTER)
    assert (data.year, data.scheme) == (2006, Scheme.QUARTER)
    assert [p.key for p in data.periods] == ["2006-Q1", "2006-Q2", "2006-Q3", "2006-Q4"]
    # "Sem. II 2006" is the second half of 2006: its two quarters
    assert planned(data, "1.1") == [("2006-Q3", "Sem. II 2006"), ("2006-Q4", "Sem. II 2006")]


def test_a_word_document_without_a_plan_says_what_it_looked_for(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Kính gửi: Phòng Giáo dục và Đào tạo")
    document.add_paragraph("Đơn vị xin báo cáo như sau.")
    path = tmp_path / "letter.docx"
    document.save(path)
    with pytest.raises(ImportRejected, match="looked for"):
        parse_plan_file(path)


def test_lettered_sections_and_a_column_of_page_numbers() -> None:
    """The layout of Romania's national anti-trafficking plan 2006-2007 (lettered sections,
    "A. SISTEMUL NAŢIONAL INTEGRAT DE MONITORIZARE …"), with a page-number column."""
    from app.services.plan_import import recognise_rows

    data = recognise_rows(
        [
            ["PLANUL NAŢIONAL DE ACŢIUNE 2006-2007"],
            ["Nr.", "Activitatea", "Responsabil", "Pag."],
            ["A. SISTEMUL NAŢIONAL INTEGRAT DE MONITORIZARE ŞI EVALUARE A FENOMENULUI"],
            ["1", "Îmbunătăţirea colectării datelor", "ANITP", "12"],
            ["2", "Raport anual", "ANITP", "13"],
            ["B. PREVENIREA TRAFICULUI DE PERSOANE"],
            ["1", "Campanii de informare", "ANITP", "14"],
        ]
    )
    assert [(i.code, i.kind.value, i.original_code) for i in data.items] == [
        ("A", "goal", ""), ("A.1", "activity", "1"), ("A.2", "activity", "2"),
        ("B", "goal", ""), ("B.1", "activity", "1"),
    ]  # fmt: skip
    assert data.report.layout == "sections"
    assert data.report.columns_left_out == ["Pag."]  # page numbers: left out, and said
    assert all(not i.notes for i in data.items)
    assert (data.year, [p.key for p in data.periods]) == (2006, ["2006", "2007"])
