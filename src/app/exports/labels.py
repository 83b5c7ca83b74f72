"""Labels, status and kind words, dates and numbers as a return prints them.

The language of a return is chosen at export and is independent of the UI language;
every function here takes it explicitly. Unknown languages fall back to English,
unknown event kinds and statuses are printed as they are.
"""

from __future__ import annotations

from datetime import date, datetime

from app.domain.periods import LANGUAGES
from app.domain.return_format import Item, Payload, PeriodEntry
from app.domain.status import STATUS_WORDS as STATUS_ORDER
from app.domain.text import nfc
from app.exports.label_texts import LABELS
from app.exports.label_words import EN_MONTHS, KIND_WORDS, STATUS_WORDS

STATUS_KEYS = STATUS_ORDER  # the one status order (app.domain.status)
KIND_KEYS = tuple(KIND_WORDS["en"])

# thousands separator, decimal separator
_NUMBER_SEPARATORS = {
    "en": (",", "."),
    "tr": (".", ","),
    "ru": ("\u00a0", ","),
    "kk": ("\u00a0", ","),
    "ro": (".", ","),
    "vi": (".", ","),
}
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def language_of(payload: Payload) -> str:
    lang = payload.get("language")
    return lang if isinstance(lang, str) and lang in LANGUAGES else "en"


def label(language: str, key: str, **values: object) -> str:
    """The label *key* in *language*, placeholders filled; English when missing."""
    table = LABELS.get(language, LABELS["en"])
    text = table.get(key) or LABELS["en"][key]
    return nfc(text.format(**values) if values else text)


def status_label(language: str, status: str) -> str:
    words = STATUS_WORDS.get(language, STATUS_WORDS["en"])
    return nfc(words.get(status, status))


def status_from_label(text: str) -> str | None:
    """The status word behind a printed label in any language, or None."""
    wanted = nfc(text).strip().casefold()
    for words in STATUS_WORDS.values():
        for key, word in words.items():
            if word.casefold() == wanted or key == wanted:
                return key
    return None


def kind_label(language: str, kind: str) -> str:
    words = KIND_WORDS.get(language, KIND_WORDS["en"])
    return nfc(words.get(kind, kind.replace("_", " ")))


def to_date(value: str | date | None) -> date | None:
    """An ISO date (or datetime) as a date; None for empty or unreadable values."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def fmt_date(language: str, value: str | date | None) -> str:
    """24 Mar 2021 (en), 24.03.2021 (tr ru kk ro), 24/03/2021 (vi); '' when empty."""
    day = to_date(value)
    if day is None:
        return "" if not value else str(value)
    if language == "vi":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if language in ("tr", "ru", "kk", "ro"):
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def fmt_date_range(language: str, start: str | None, end: str | None) -> str:
    return f"{fmt_date(language, start)} – {fmt_date(language, end)}"


def period_heading(language: str, period: PeriodEntry) -> str:
    """ "Q3 2024 (01.07.2024 – 30.09.2024)"; a campaign window without a name is its dates."""
    label_text = str(period.get("label") or "")
    dates = fmt_date_range(language, period.get("start"), period.get("end"))
    if not label_text or (label_text[:1].isdigit() and "/" in label_text):
        return dates
    return f"{label_text} ({dates})"


def fmt_timestamp(language: str, value: str) -> str:
    """An ISO UTC timestamp as '24.03.2021 14:05 UTC' in the language's date format."""
    try:
        when = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return str(value or "")
    return f"{fmt_date(language, when.date())} {when:%H:%M} UTC"


def xlsx_date_format(language: str) -> str:
    """The Excel number format that shows a date like fmt_date does."""
    if language == "vi":
        return "dd/mm/yyyy"
    if language in ("tr", "ru", "kk", "ro"):
        return "dd.mm.yyyy"
    return "d mmm yyyy"


def fmt_number(language: str, value: float | None) -> str:
    """1,265 (en), 1.265 (tr ro vi), 1 265 (ru kk, no-break space); '' for None."""
    if value is None:
        return ""
    thousands, decimal = _NUMBER_SEPARATORS.get(language, _NUMBER_SEPARATORS["en"])
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{int(value):,}"
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)


def plain_number(value: float | None) -> int | float | None:
    """7.0 -> 7; what a number cell should hold."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def footnote_marks(marks: list[str]) -> str:
    """Footnote marks as printed after a text: ['1', '2'] -> '¹ ²'."""
    shown = [m.translate(_SUPERSCRIPT) if m.isdigit() else f"({m})" for m in marks if m]
    return " ".join(shown)


def with_marks(text: str, marks: list[str]) -> str:
    suffix = footnote_marks(marks)
    return f"{text} {suffix}" if suffix else text


def all_texts(language: str) -> list[str]:
    """Every label, status and kind word of *language* (for font coverage checks)."""
    values = {"version": 2, "page": 1, "pages": 9, "n": 12, "total": 40, "returns": 3, "m": 5}
    texts = [label(language, key, **values) for key in LABELS["en"]]
    texts += [status_label(language, key) for key in STATUS_KEYS]
    texts += [kind_label(language, key) for key in KIND_KEYS]
    texts += [fmt_number(language, 1234567.25), fmt_date(language, "2021-03-24")]
    texts.append(footnote_marks([str(n) for n in range(10)]))
    return texts


def activity_status(item: Item) -> str:
    """The status an activity row shows: a status word, 'none' (planned, nothing
    reported) or '' (not planned in the period, nothing reported)."""
    progress = item.get("progress")
    if progress:
        return str(progress.get("status") or "")
    return "none" if item.get("planned") else ""


def activity_status_text(language: str, item: Item) -> str:
    """The status words an activity row prints (also what a PDF check looks for)."""
    status = activity_status(item)
    if status == "none":
        return label(language, "not_reported")
    if not status:
        return "—"
    return status_label(language, status)


# The column heads (label keys) of the PDF tables; the visible-text check reads the same.
PLAN_HEADERS = (
    "col_code",
    "col_activity",
    "col_responsible",
    "col_planned",
    "col_status",
    "col_done",
    "col_results",
    "col_reason",
)
CONSOLIDATED_HEADERS = (
    "col_code",
    "col_activity",
    "col_responsible",
    "col_planned",
    "col_reporting",
    "col_sums",
    "col_reasons",
)
