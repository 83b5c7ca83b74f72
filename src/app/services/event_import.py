"""Import a list of events (xlsx, xls, docx, ods/odt, csv) as institutions write them.

Header words in the six languages find each column's field, combined headers included
("Дата (срок), место проведения": a date and a venue in one cell, split); a region goes
with the venue, an organisation or the responsible body is the organiser, and any column
that maps to no field is kept, with its heading, in the event's description: nothing of a
row is dropped. Dates are read as people write them (``written_dates``), the year taken
from the list itself or, failing that, from the plan the events are stored in. Events
already present (same day, title and venue) are recognised on re-import and skipped.

Rows are checked one by one; every bad row is reported with its number and reason, and
nothing is stored until the caller decides (the CLI: all or nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Event, Plan
from app.domain.codes import normalize_code
from app.domain.events import COUNT_FIELDS, EventData
from app.domain.status import EventKind
from app.domain.text import clean
from app.services.errors import ImportRejected, PlanDeskError
from app.services.messages import Message
from app.services.plan_import.limits import MAX_EVENT_ROWS
from app.services.plan_import.table import PARAGRAPH, Table
from app.services.plan_import.textnorm import fold_words
from app.services.plans import PlanRef, plan_of
from app.services.written_dates import (
    DATA_LANGUAGES,
    When,
    find_window,
    find_year_span,
    read_when,
)

# field -> header phrases (folded words: lower case, no accents, Turkish i's merged)
HEADERS: dict[str, tuple[str, ...]] = {
    "end_on": (
        "end date",
        "bitis tarihi",
        "дата окончания",
        "аяқталу күні",
        "data sfarsit",
        "ngay ket thuc",
        "den ngay",
    ),
    "held_on": (
        "date",
        "tarih",
        "tarihi",
        "дата",
        "дата проведения",
        "дата и время проведения",
        "срок",
        "сроки",
        "срок проведения",
        "сроки проведения",
        "сроки исполнения",
        "срок исполнения",
        "күні",
        "өткізілген күні",
        "өткізу мерзімі",
        "мерзімі",
        "өткізілетін күні",
        "data",
        "perioada",
        "termen",
        "ngay",
        "thoi gian",
        "ngay to chuc",
        "thoi gian thuc hien",
    ),
    "item_code": (
        "activity",
        "activity code",
        "plan item",
        "plan code",
        "faaliyet",
        "faaliyet kodu",
        "faal",
        "eylem",
        "мероприятие плана",
        "пункт плана",
        "код",
        "жоспар тармағы",
        "activitate",
        "cod activitate",
        "ma hoat dong",
        "hoat dong ke hoach",
        "muc ke hoach",
    ),
    "title": (
        "title",
        "event",
        "events",
        "name",
        "activity name",
        "etkinlik",
        "etkinlikler",
        "etkinlik adi",
        "baslik",
        "konu",
        "название",
        "мероприятие",
        "мероприятия",
        "наименование мероприятия",
        "наименование мероприятий",
        "содержание мероприятия",
        "тема",
        "атауы",
        "іс шара",
        "іс шаралар",
        "іс шараның атауы",
        "titlu",
        "eveniment",
        "evenimente",
        "activitate desfasurata",
        "denumire",
        "denumire activitate",
        "ten hoat dong",
        "ten su kien",
        "noi dung hoat dong",
        "noi dung",
        "noi dung cong viec",
    ),
    "kind": (
        "kind",
        "type",
        "format",
        "tur",
        "turu",
        "etkinlik turu",
        "вид",
        "форма",
        "вид мероприятия",
        "форма проведения",
        "түрі",
        "tip",
        "tipul",
        "forma",
        "hinh thuc",
        "loai",
    ),
    "venue": (
        "venue",
        "place",
        "location",
        "yer",
        "yeri",
        "mekan",
        "место",
        "место проведения",
        "орны",
        "өткізілген орны",
        "өтетін орны",
        "өткізілетін орны",
        "loc",
        "locatie",
        "locul",
        "locul desfasurarii",
        "dia diem",
        "dia diem to chuc",
    ),
    "region": (
        "region",
        "district",
        "province",
        "il",
        "ilce",
        "bolge",
        "регион",
        "область",
        "район",
        "город",
        "населенный пункт",
        "өңір",
        "облыс",
        "аудан",
        "judet",
        "regiune",
        "localitate",
        "sector",
        "tinh",
        "huyen",
        "xa",
        "dia phuong",
    ),
    "organiser": (
        "organiser",
        "organizer",
        "organisation",
        "organization",
        "organised by",
        "institution",
        "duzenleyen",
        "duzenleyen kurum",
        "kurum",
        "kurulus",
        "организатор",
        "организация",
        "учреждение",
        "профсоюзная организация",
        "ұйымдастырушы",
        "ұйым",
        "мекеме",
        "organizator",
        "institutia",
        "organizatia",
        "don vi to chuc",
        "to chuc",
        "don vi",
        "don vi thuc hien",
        "co quan",
    ),
    "responsible": (
        "responsible",
        "in charge",
        "sorumlu",
        "sorumlu kurum",
        "ответственный",
        "ответственные",
        "ответственный за исполнение",
        "ответственные за исполнение",
        "ответственные исполнители",
        "ответственный за проведение",
        "ответственные за проведение",
        "исполнитель",
        "исполнители",
        "жауапты",
        "жауаптылар",
        "жауапты орындаушылар",
        "responsabil",
        "responsabili",
        "nguoi thuc hien",
        "nguoi phu trach",
        "phu trach",
    ),
    "row_number": (
        "no",
        "nr",
        "nr crt",
        "№",
        "№ п п",
        "n п п",
        "n п",
        "п п",
        "р с",
        "№ р с",
        "sira",
        "sira no",
        "stt",
        "tt",
        "#",
    ),
    "partners": (
        "partners",
        "partner",
        "isbirligi",
        "is birligi",
        "isbirligi yapilan kurumlar",
        "is birligi yapilan kurum",
        "is birligi yapilan kurumlar",
        "paydaslar",
        "партнеры",
        "партнёры",
        "участвующие организации",
        "во взаимодействии",
        "соисполнители",
        "серіктестер",
        "parteneri",
        "phoi hop",
        "don vi phoi hop",
    ),
    "participants": (
        "participants",
        "number of participants",
        "total",
        "katilimci",
        "katilimci sayisi",
        "toplam",
        "участники",
        "количество участников",
        "кол во участников",
        "число участников",
        "охват",
        "охвачено",
        "всего",
        "қатысушылар",
        "қатысушылар саны",
        "participanti",
        "numar participanti",
        "so nguoi tham gia",
        "tong so",
        "so luong",
    ),
    "women": ("women", "female", "kadin", "женщины", "әйелдер", "femei", "nu"),
    "men": ("men", "male", "erkek", "мужчины", "ерлер", "barbati", "nam"),
    "pupils": (
        "pupils",
        "students",
        "ogrenci",
        "учащиеся",
        "школьники",
        "студенты",
        "оқушылар",
        "elevi",
        "hoc sinh",
    ),
    "teachers": (
        "teachers",
        "ogretmen",
        "учителя",
        "педагоги",
        "мұғалімдер",
        "profesori",
        "giao vien",
    ),
    "parents": ("parents", "veli", "родители", "ата аналар", "parinti", "phu huynh"),
    "staff": (
        "staff",
        "personel",
        "сотрудники",
        "персонал",
        "қызметкерлер",
        "personal",
        "nhan vien",
        "can bo",
    ),
    "materials": (
        "materials",
        "materyal",
        "materyaller",
        "dagitilan materyal",
        "материалы",
        "раздаточный материал",
        "материалдар",
        "materiale",
        "tai lieu",
    ),
    "materials_count": (
        "materials count",
        "materyal sayisi",
        "количество материалов",
        "numar materiale",
        "so tai lieu",
    ),
    "project": (
        "project",
        "funding",
        "proje",
        "проект",
        "финансирование",
        "жоба",
        "proiect",
        "finantare",
        "du an",
    ),
    "description": (
        "description",
        "notes",
        "aciklama",
        "описание",
        "примечание",
        "сипаттама",
        "ескерту",
        "ескертпе",
        "примечания",
        "notlar",
        "descriere",
        "observatii",
        "mo ta",
        "ghi chu",
    ),
}

KIND_WORDS: dict[EventKind, tuple[str, ...]] = {
    EventKind.SEMINAR: ("seminar", "seminer", "семинар", "hoi thao"),
    EventKind.ROUND_TABLE: (
        "round table",
        "yuvarlak masa",
        "круглый стол",
        "дөңгелек үстел",
        "masa rotunda",
        "toa dam",
    ),
    EventKind.TRAINING: ("training", "egitim", "тренинг", "обучение", "instruire", "tap huan"),
    EventKind.FLASH_MOB: ("flash mob", "flashmob", "flasmob", "флешмоб"),
    EventKind.EXHIBITION: ("exhibition", "sergi", "выставка", "көрме", "expozitie", "trien lam"),
    EventKind.INFORMATION_HOUR: (
        "information hour",
        "information session",
        "bilgilendirme",
        "информационный час",
        "ақпараттық сағат",
        "sesiune de informare",
        "ora de informare",
        "truyen thong",
        "tuyen truyen",
    ),
    EventKind.MEETING: (
        "meeting",
        "toplanti",
        "bulusma",
        "встреча",
        "собрание",
        "кездесу",
        "intalnire",
        "gap mat",
        "hop",
    ),
    EventKind.CONFERENCE: ("conference", "konferans", "конференция", "conferinta", "hoi nghi"),
    EventKind.COMPETITION: (
        "competition",
        "contest",
        "yarisma",
        "конкурс",
        "байқау",
        "concurs",
        "cuoc thi",
        "hoi thi",
    ),
    EventKind.CAMPAIGN: ("campaign", "kampanya", "акция", "кампания", "campanie", "chien dich"),
    EventKind.OTHER: ("other", "diger", "другое", "басқа", "altele", "khac"),
}
_COUNT_FIELDS = ("participants", *COUNT_FIELDS)
_NUMBER = re.compile(r"^\s*(\d[\d\s\u00a0.,']*)\s*\+?\s*$")
_DATE_FORMATS = (
    "%d.%m.%Y",
    "%d/%m/%Y",
    "%Y-%m-%d",
    "%d-%m-%Y",
    "%d.%m.%y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
)
MAX_ROWS = MAX_EVENT_ROWS
HEADER_ROWS = 20
# a heading naming both a date and a place: "Дата (срок), место проведения", "Tarih ve Yer"
_DATE_WORDS = ("дата", "срок", "сроки", "tarih", "tarihi", "data", "ngay", "thoi gian", "date",
               "күні", "мерзімі", "when")  # fmt: skip
_PLACE_WORDS = ("место", "место проведения", "yer", "yeri", "mekan", "loc", "locul", "dia diem",
                "venue", "place", "орны", "where")  # fmt: skip
WHEN_WHERE = "when_where"


@dataclass
class PendingRow:
    """A row whose date has no year: it gets the plan's year when stored (or previewed)."""

    number: int
    data: EventData  # held_on / end_on hold placeholders until the year is known
    start: tuple[int, int]  # (day, month)
    end: tuple[int, int] | None


@dataclass
class EventImport:
    events: list[tuple[int, EventData]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (row number, reason)
    unknown_kinds: set[str] = field(default_factory=set)
    columns: dict[str, str] = field(default_factory=dict)  # heading -> field it fills
    to_description: list[str] = field(default_factory=list)  # headings kept in descriptions
    row_numbers: list[str] = field(default_factory=list)  # headings of list numbers
    split_dates: int = 0  # cells whose date and venue were split
    year: int | None = None  # the year the list's dates without one were given
    year_source: str = ""  # "list" (its title or dates), "plan", "clerk"
    pending: list[PendingRow] = field(default_factory=list)
    present: list[int] = field(default_factory=list)  # rows already in the plan
    footnotes: dict[str, str] = field(default_factory=dict)  # "*" -> text under the table
    skipped_present: int = 0  # rows left out by store_events because they were present

    def error_lines(self) -> list[str]:
        return [f"row {n}: {msg}" for n, msg in self.errors]

    def summary_lines(self) -> list[str]:
        """What the import made of the list's columns, for the command line."""
        lines = [f"column '{h}' -> {f}" for h, f in self.columns.items()]
        lines += [f"column '{h}' -> kept in each event's description" for h in self.to_description]
        lines += [f"column '{h}' -> row numbers, not stored" for h in self.row_numbers]
        if self.split_dates:
            lines.append(f"{self.split_dates} cells held a date and a venue: split")
        if self.year is not None and self.year_source:
            lines.append(f"dates without a year: {self.year} (from the {self.year_source})")
        if self.pending:
            lines.append(
                f"{len(self.pending)} rows have dates without a year: they take the plan's year"
            )
        if self.footnotes:
            lines.append(f"{len(self.footnotes)} footnotes kept with the events that cite them")
        return lines


def _role(header: str) -> str | None:
    words = f" {fold_words(header)} "
    if words.strip() == "":
        return None
    if _has_any(words, _DATE_WORDS) and _has_any(words, _PLACE_WORDS):
        return WHEN_WHERE
    best: tuple[int, str] | None = None
    for role, phrases in HEADERS.items():
        for phrase in phrases:
            folded = f" {fold_words(phrase)} "
            if folded in words:
                score = len(folded) * (2 if folded == words else 1)
                if role == "row_number" and folded != words:
                    continue
                if best is None or score > best[0]:
                    best = (score, role)
    return best[1] if best else None


def _has_any(words: str, phrases: tuple[str, ...]) -> bool:
    return any(f" {fold_words(p)} " in words for p in phrases)


def find_columns(
    rows: list[list[str]], candidates: list[int] | None = None
) -> tuple[int, dict[str, int]]:
    """The header row (within the first 20, or among *candidates*) and the column of each
    field."""
    for n in candidates if candidates is not None else range(min(len(rows), HEADER_ROWS)):
        found: dict[str, int] = {}
        for col, cell in enumerate(rows[n]):
            role = _role(cell)
            if role and role not in found:
                found[role] = col
        dated = "held_on" in found or WHEN_WHERE in found
        if dated and "title" in found:
            return n, found
    raise ImportRejected(Message.EVENTS_NO_HEADER, rows=HEADER_ROWS)


def parse_date(text: str, year: int | None = None) -> date | None:
    """A day as written: 24.03.2021, 2021-03-24, "26 Kasım 2025", "27 ноября" (with
    *year*)."""
    text = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    when = read_when(text, year)
    return when.start if when.precision == "day" else None


def parse_count(text: str) -> int | None:
    """ "340", "1 200", "300+" -> numbers; "" -> None; raises ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    m = _NUMBER.match(text)
    if not m:
        raise ValueError(text)
    digits = re.sub(r"[\s\u00a0.,']", "", m.group(1))
    if text.replace(" ", "").endswith(".0"):  # Excel numbers read as "12.0"
        digits = text.strip()[:-2]
    return int(digits)


def kind_of(text: str) -> tuple[str, bool]:
    """The EventKind word for *text*, or the text itself when unknown (second: known?)."""
    words = f" {fold_words(text)} "
    for kind, phrases in KIND_WORDS.items():
        if any(f" {fold_words(p)} " in words for p in phrases) or words.strip() == kind.value:
            return kind.value, True
    return clean(text), False


@cache
def _weekdays() -> frozenset[str]:
    from babel.dates import get_day_names

    names: set[str] = set()
    for lang in DATA_LANGUAGES:
        for width in ("wide", "abbreviated"):
            names |= {fold_words(str(n)) for n in get_day_names(width, locale=lang).values()}
    return frozenset(names)


def is_weekday(text: str) -> bool:
    """ "Çarşamba", "(среда)", "Thứ Tư": a weekday's name (CLDR), nothing more."""
    return fold_words(text) in _weekdays()


def _kind_in_title(title: str) -> str | None:
    kind, known = kind_of(title)
    return kind if known and kind != EventKind.OTHER.value else None


def _list_year(rows: list[list[str]], header_row: int, cols: dict[str, int]) -> int | None:
    """The year the list names: in its title rows (not a year of history in a title:
    "1941 — 1945" above a list approved on 28.04.2008), else the most common year among the
    dates written in full."""
    titles = [" ".join(c for c in row if c) for row in rows[:header_row]]
    approved = [w.start.year for t in titles if (w := read_when(t)).start and w.precision == "day"]
    for text in titles:
        window = find_window(text)
        if window is not None:
            return window[0].year
        span = find_year_span(text)
        if span is not None and not (approved and span[1] + 5 < max(approved)):
            return span[0]
    years: dict[int, int] = {}
    for name in ("held_on", WHEN_WHERE):
        col = cols.get(name)
        if col is None:
            continue
        for row in rows[header_row + 1 :]:
            if col < len(row) and row[col]:
                when = read_when(row[col])
                if when.start is not None:
                    years[when.start.year] = years.get(when.start.year, 0) + 1
    if years:
        return max(years, key=lambda y: years[y])
    return max(approved) if approved else None


def parse_event_rows(
    rows: list[list[str]],
    plan_codes: set[str],
    *,
    year: int | None = None,
    candidates: list[int] | None = None,
) -> EventImport:
    """The events of a list's rows; more than ``MAX_ROWS`` rows below the header are refused
    before any is read (an import stores them all in one go). *year* completes dates
    written without one (else the list's own year, else the plan's when stored)."""
    header_row, cols = find_columns(rows, candidates)
    count = len(rows) - header_row - 1
    if count > MAX_ROWS:
        raise ImportRejected(Message.EVENTS_TOO_MANY_ROWS, count=count, limit=MAX_ROWS)
    result = EventImport()
    headers = rows[header_row]
    _describe_columns(result, headers, cols)
    list_year = year if year is not None else _list_year(rows, header_row, cols)
    if list_year is not None:
        result.year = list_year
        result.year_source = "clerk" if year is not None else "list"
    by_col = {c: n for n, c in cols.items()}
    for index in range(header_row + 1, len(rows)):
        row = rows[index]
        if not any(clean(c) for c in row):
            continue
        if all(clean(c) == clean(h) for c, h in zip(row, headers, strict=False) if clean(c)):
            continue  # the header repeated after a page break
        if _is_column_numbers(row):
            continue
        _parse_row(result, index + 1, row, headers, cols, by_col, plan_codes, list_year)
    if not result.events and not result.errors and not result.pending:
        raise ImportRejected(Message.EVENTS_NO_ROWS)
    return result


def _is_column_numbers(row: list[str]) -> bool:
    filled = [c.strip() for c in row if c.strip()]
    return (
        len(filled) >= 3
        and all(c.isdigit() for c in filled)
        and [int(c) for c in filled] == list(range(int(filled[0]), int(filled[0]) + len(filled)))
    )


def _describe_columns(result: EventImport, headers: list[str], cols: dict[str, int]) -> None:
    mapped = {c for c in cols.values()}
    for name, col in sorted(cols.items(), key=lambda kv: kv[1]):
        heading = clean(headers[col]) if col < len(headers) else ""
        if name == "row_number":
            result.row_numbers.append(heading)
        else:
            target = {"region": "venue", "responsible": "organiser", WHEN_WHERE: "date and venue"}
            result.columns[heading] = target.get(name, name)
    for col, heading in enumerate(headers):
        if col not in mapped and clean(heading):
            result.to_description.append(clean(heading))
    # a second column of a field already taken goes to the description too
    for col, heading in enumerate(headers):
        role = _role(heading) if clean(heading) else None
        if role and col not in mapped and clean(heading) not in result.to_description:
            result.to_description.append(clean(heading))


def _parse_row(
    result: EventImport,
    number: int,
    row: list[str],
    headers: list[str],
    cols: dict[str, int],
    by_col: dict[int, str],
    plan_codes: set[str],
    year: int | None,
) -> None:
    def cell(name: str) -> str:
        col = cols.get(name)
        return clean(row[col]) if col is not None and col < len(row) else ""

    problems: list[str] = []
    venue = cell("venue")
    date_text = cell("held_on")
    when_text = cell(WHEN_WHERE)
    when: When | None = None
    if when_text:
        when = read_when(when_text, year)
        if when.rest and not venue:
            venue = when.rest
            result.split_dates += 1
        if not date_text:
            date_text = when_text
    date_note = ""
    if date_text and when is None:
        when = read_when(date_text, year)
        if when.rest and "\n" in date_text and not venue and when.precision == "day":
            venue = when.rest  # "27 ноября⏎ДК «Строитель»"
            result.split_dates += 1
        elif when.rest and not is_weekday(when.rest):
            date_note = date_text  # "22 апреля, далее - по необходимости": kept as written
    held_on = parse_date(date_text, year) if date_text and when is None else None
    end_on: date | None = None
    pending: tuple[tuple[int, int], tuple[int, int] | None] | None = None
    if when is not None and when.precision == "day":
        if when.start is not None:
            held_on = when.start
            end_on = when.end if when.end and when.end != when.start else None
        elif when.day_month is not None:
            pending = (when.day_month, when.end_day_month)
    if held_on is None and pending is None:
        problems.append(
            f"'{date_text}' is not a date (use 24.03.2021, 2021-03-24 or 24 March 2021)"
            if date_text
            else "the date is missing"
        )
    end_text = cell("end_on")
    if end_text:
        end_on = parse_date(end_text, (held_on.year if held_on else year))
        if end_on is None:
            problems.append(f"'{end_text}' is not an end date")
    title = cell("title")
    if not title:
        problems.append("the title is missing")
    code = normalize_code(cell("item_code"))
    if code and code not in plan_codes:
        problems.append(f"the plan has no activity {code}")
    counts: dict[str, int | None] = {}
    for name in _COUNT_FIELDS:
        try:
            counts[name] = parse_count(cell(name))
        except ValueError:
            problems.append(f"{name.replace('_', ' ')} '{cell(name)}' is not a number")
    kind_text = cell("kind")
    if kind_text:
        kind, known = kind_of(kind_text)
    else:
        kind, known = (_kind_in_title(title) or "other"), True
    if not known:
        result.unknown_kinds.add(kind)
    region = cell("region")
    if region:
        venue = f"{venue}, {region}" if venue and region not in venue else (venue or region)
    organiser = cell("organiser")
    responsible = cell("responsible")
    extra: list[str] = []
    if date_note:
        extra.append(f"{_heading(headers, cols['held_on'])}: {date_note}")
    if responsible and not organiser:
        organiser = responsible
    elif responsible:
        extra.append(f"{_heading(headers, cols['responsible'])}: {responsible}")
    for col, text in enumerate(row):
        text = clean(text)
        if text and col not in by_col:
            extra.append(f"{_heading(headers, col)}: {text}")
    description = "\n".join(x for x in [cell("description"), *extra] if x)
    if problems:
        result.errors.append((number, "; ".join(problems)))
        return
    data = EventData(
        held_on=held_on or date(2000, 1, 1),
        end_on=end_on,
        title=title,
        kind=kind,
        item_code=code,
        venue=venue,
        organiser=organiser,
        partners=cell("partners"),
        project=cell("project"),
        materials=cell("materials"),
        description=description,
        participants=counts["participants"] or 0,
        women=counts["women"],
        men=counts["men"],
        pupils=counts["pupils"],
        teachers=counts["teachers"],
        parents=counts["parents"],
        staff=counts["staff"],
        materials_count=counts["materials_count"],
    )
    problem = data.breakdown_problem()
    if data.end_on and held_on and data.end_on < data.held_on:
        problem = "the event ends before it starts"
    if problem:
        result.errors.append((number, problem))
        return
    if pending is not None:
        result.pending.append(PendingRow(number, data, pending[0], pending[1]))
        return
    result.events.append((number, data))


def _heading(headers: list[str], col: int) -> str:
    text = clean(headers[col]) if col < len(headers) else ""
    return text or f"Column {col + 1}"


def resolve_year(result: EventImport, year: int, source: str = "plan") -> EventImport:
    """Give the rows whose dates had no year the *year* (the plan's); a date that does not
    exist in it (29 February) becomes a bad row."""
    if not result.pending:
        return result
    for row in result.pending:
        try:
            held_on = date(year, row.start[1], row.start[0])
            end_on = date(year, row.end[1], row.end[0]) if row.end else None
        except ValueError:
            result.errors.append(
                (row.number, f"{row.start[0]}.{row.start[1]} is not a day of {year}")
            )
            continue
        if end_on is not None and end_on < held_on:
            end_on = end_on.replace(year=year + 1)
        data = replace(row.data, held_on=held_on, end_on=end_on if end_on != held_on else None)
        result.events.append((row.number, data))
    result.events.sort(key=lambda e: e[0])
    result.pending = []
    if result.year is None:
        result.year, result.year_source = year, source
    return result


def parse_events_file(path: Path, plan_codes: set[str], *, year: int | None = None) -> EventImport:
    from app.services.plan_import import read_table

    table = read_table(path)
    return parse_event_table(table, plan_codes, year=year)


def parse_event_table(
    table: Table, plan_codes: set[str], *, year: int | None = None
) -> EventImport:
    """The events of a file's table; in a document, of the table holding the list (the
    paragraphs above it are its title, the footnotes below it go with the events)."""
    if table.blocks is not None:
        header_row, _ = find_columns(table.rows, _table_rows(table.blocks))
        block = table.blocks[header_row]
        end = header_row
        while end + 1 < len(table.rows) and table.blocks[end + 1] == block:
            end += 1
        title = [
            r for r, b in zip(table.rows[:header_row], table.blocks, strict=False) if b == PARAGRAPH
        ]
        result = parse_event_rows(
            table.rows[: end + 1], plan_codes, year=year, candidates=[header_row]
        )
        _footnotes_below(result, table.rows[end + 1 :])
        if result.year is None:
            for row in title:
                text = " ".join(c for c in row if c)
                window = find_window(text)
                span = find_year_span(text) if window is None else (window[0].year, 0)
                if span is not None:
                    return resolve_year(result, span[0], "list")
        return result
    return parse_event_rows(table.rows, plan_codes, year=year)


def _footnotes_below(result: EventImport, rows: list[list[str]]) -> None:
    """Footnotes under the table ("<*> Организации, не входящие в структуру …"), added to
    the description of each event that cites them."""
    from app.services.plan_import.rows import footnote_row

    for row in rows:
        text = " ".join(c for c in row if c).strip()
        note = footnote_row(text) if text else None
        if note is not None:
            result.footnotes[note[0]] = note[1]
    if not result.footnotes:
        return
    for index, (number, data) in enumerate(result.events):
        result.events[index] = (number, _cite(data, result.footnotes))
    for pending in result.pending:
        pending.data = _cite(pending.data, result.footnotes)


def _cite(data: EventData, footnotes: dict[str, str]) -> EventData:
    cells = " ".join(getattr(data, name) for name in ("title", "organiser", "partners", "venue"))
    notes = [
        f"<{mark}> {text}"
        for mark, text in footnotes.items()
        if f"<{mark}>" in cells or f"({mark})" in cells
    ]
    if not notes:
        return data
    return replace(data, description="\n".join(x for x in [data.description, *notes] if x))


def _table_rows(blocks: list[int]) -> list[int]:
    seen: dict[int, int] = {}
    out: list[int] = []
    for index, block in enumerate(blocks):
        if block != PARAGRAPH and seen.get(block, 0) < HEADER_ROWS:
            seen[block] = seen.get(block, 0) + 1
            out.append(index)
    return out


def _key(held_on: date, title: str, venue: str) -> tuple[date, str, str]:
    return held_on, fold_words(title), fold_words(venue)


def present_keys(session: Session, plan: Plan) -> set[tuple[date, str, str]]:
    rows = session.execute(
        select(Event.held_on, Event.title, Event.venue).where(Event.plan_id == plan.id)
    )
    return {_key(h, t or "", v or "") for h, t, v in rows}


def mark_present_in(result: EventImport, existing: list[tuple[date, str, str]]) -> EventImport:
    """Note the rows whose event (same day, title and venue) is among *existing*."""
    keys = {_key(held_on, title, venue) for held_on, title, venue in existing}
    result.present = [
        n for n, data in result.events if _key(data.held_on, data.title, data.venue) in keys
    ]
    return result


def mark_present(session: Session, plan: PlanRef, result: EventImport) -> EventImport:
    """Note the rows whose event (same day, title and venue) the plan already has; rows
    without a year get the plan's first."""
    plan = plan_of(session, plan)
    resolve_year(result, plan.year)
    keys = present_keys(session, plan)
    result.present = [
        n for n, data in result.events if _key(data.held_on, data.title, data.venue) in keys
    ]
    return result


def store_events(session: Session, plan: PlanRef, result: EventImport) -> list[int]:
    """Store the good rows of an import (the caller decided to go ahead); events the plan
    already has are skipped and counted (``result.skipped_present``)."""
    plan = plan_of(session, plan)
    from app.services.events import add_event

    resolve_year(result, plan.year)
    keys = present_keys(session, plan)
    ids = []
    skipped = 0
    for number, data in result.events:
        key = _key(data.held_on, data.title, data.venue)
        if key in keys:
            skipped += 1
            continue
        try:
            ids.append(add_event(session, plan, data).id)
        except PlanDeskError as exc:
            raise ImportRejected(Message.EVENTS_ROW_REFUSED, number=number, problem=exc) from exc
        keys.add(key)
    result.skipped_present = skipped
    return ids
