"""Import a list of events (xlsx / csv) with headers in any of the six languages.

Rows are checked one by one; every bad row is reported with its number and reason, and
nothing is stored until the caller decides (the CLI: all or nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from app.db.models import Plan
from app.domain.codes import normalize_code
from app.domain.events import COUNT_FIELDS, EventData
from app.domain.status import EventKind
from app.domain.text import clean
from app.services.errors import ImportRejected, PlanDeskError
from app.services.plan_import.limits import MAX_EVENT_ROWS
from app.services.plan_import.textnorm import fold_words

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
        "күні",
        "өткізілген күні",
        "data",
        "ngay",
        "thoi gian",
        "ngay to chuc",
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
        "name",
        "etkinlik",
        "etkinlik adi",
        "baslik",
        "konu",
        "название",
        "мероприятие",
        "тема",
        "атауы",
        "іс шара",
        "titlu",
        "eveniment",
        "denumire",
        "ten hoat dong",
        "ten su kien",
        "noi dung hoat dong",
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
        "loc",
        "locatie",
        "locul",
        "dia diem",
    ),
    "organiser": (
        "organiser",
        "organizer",
        "organised by",
        "duzenleyen",
        "duzenleyen kurum",
        "организатор",
        "ұйымдастырушы",
        "organizator",
        "don vi to chuc",
        "to chuc",
    ),
    "partners": (
        "partners",
        "partner",
        "isbirligi",
        "isbirligi yapilan kurumlar",
        "paydaslar",
        "партнеры",
        "партнёры",
        "участвующие организации",
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
        "охват",
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
        "descriere",
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


@dataclass
class EventImport:
    events: list[tuple[int, EventData]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (row number, reason)
    unknown_kinds: set[str] = field(default_factory=set)

    def error_lines(self) -> list[str]:
        return [f"row {n}: {msg}" for n, msg in self.errors]


def _role(header: str) -> str | None:
    words = f" {fold_words(header)} "
    if words.strip() == "":
        return None
    best: tuple[int, str] | None = None
    for role, phrases in HEADERS.items():
        for phrase in phrases:
            folded = f" {fold_words(phrase)} "
            if folded in words:
                score = len(folded) * (2 if folded == words else 1)
                if best is None or score > best[0]:
                    best = (score, role)
    return best[1] if best else None


def find_columns(rows: list[list[str]]) -> tuple[int, dict[str, int]]:
    """The header row (within the first 20) and the column of each field."""
    for n, row in enumerate(rows[:20]):
        found: dict[str, int] = {}
        for col, cell in enumerate(row):
            role = _role(cell)
            if role and role not in found:
                found[role] = col
        if "held_on" in found and "title" in found:
            return n, found
    raise ImportRejected(
        "no header row of an events list found: looked for a date column (Date, Tarih, Дата, "
        "Data, Ngày) and a title column (Title, Etkinlik, Мероприятие, Titlu, Tên hoạt động) "
        "in the first 20 rows"
    )


def parse_date(text: str) -> date | None:
    text = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


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


def parse_event_rows(rows: list[list[str]], plan_codes: set[str]) -> EventImport:
    """The events of a list's rows; more than ``MAX_ROWS`` rows below the header are refused
    before any is read (an import stores them all in one go)."""
    header_row, cols = find_columns(rows)
    count = len(rows) - header_row - 1
    if count > MAX_ROWS:
        raise ImportRejected(
            f"the list has {count:,} rows of events: looked for at most {MAX_ROWS:,} "
            "events in one list (split it into several files)"
        )
    result = EventImport()
    for index in range(header_row + 1, len(rows)):
        row = rows[index]
        number = index + 1

        def cell(name: str, row: list[str] = row) -> str:
            col = cols.get(name)
            return clean(row[col]) if col is not None and col < len(row) else ""

        if not any(clean(c) for c in row):
            continue
        problems: list[str] = []
        held_on = parse_date(cell("held_on"))
        if held_on is None:
            problems.append(
                f"'{cell('held_on')}' is not a date (use 24.03.2021 or 2021-03-24)"
                if cell("held_on")
                else "the date is missing"
            )
        end_on = parse_date(cell("end_on")) if cell("end_on") else None
        if cell("end_on") and end_on is None:
            problems.append(f"'{cell('end_on')}' is not an end date")
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
        kind, known = kind_of(kind_text) if kind_text else ("other", True)
        if not known:
            result.unknown_kinds.add(kind)
        if problems or held_on is None:
            result.errors.append((number, "; ".join(problems)))
            continue
        data = EventData(
            held_on=held_on,
            end_on=end_on,
            title=title,
            kind=kind,
            item_code=code,
            venue=cell("venue"),
            organiser=cell("organiser"),
            partners=cell("partners"),
            project=cell("project"),
            materials=cell("materials"),
            description=cell("description"),
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
        if data.end_on and data.end_on < data.held_on:
            problem = "the event ends before it starts"
        if problem:
            result.errors.append((number, problem))
            continue
        result.events.append((number, data))
    if not result.events and not result.errors:
        raise ImportRejected("the events list has a header but no rows")
    return result


def parse_events_file(path: Path, plan_codes: set[str]) -> EventImport:
    from app.services.plan_import import read_grid

    return parse_event_rows(read_grid(path), plan_codes)


def store_events(session: Session, plan: Plan, result: EventImport) -> list[int]:
    """Store the good rows of an import (the caller decided to go ahead)."""
    from app.services.events import add_event

    ids = []
    for number, data in result.events:
        try:
            ids.append(add_event(session, plan, data).id)
        except PlanDeskError as exc:
            raise ImportRejected(f"row {number}: {exc}") from exc
    return ids
