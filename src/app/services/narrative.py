"""The narrative of a return: free-text sections following the plan's outline."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import NarrativeSection, Plan
from app.domain.text import clean
from app.services.errors import ValidationError
from app.services.locks import ensure_open, signed_return
from app.services.messages import Message
from app.services.plans import PlanRef, find_period, plan_of

DEFAULT_TITLES: dict[str, dict[str, str]] = {
    "results": {
        "en": "Results achieved",
        "tr": "Elde edilen sonuçlar",
        "ru": "Достигнутые результаты",
        "kk": "Қол жеткізілген нәтижелер",
        "ro": "Rezultate obținute",
        "vi": "Kết quả đạt được",
    },
    "difficulties": {
        "en": "Difficulties",
        "tr": "Karşılaşılan güçlükler",
        "ru": "Трудности",
        "kk": "Қиындықтар",
        "ro": "Dificultăți",
        "vi": "Khó khăn, vướng mắc",
    },
    "proposals": {
        "en": "Proposals",
        "tr": "Öneriler",
        "ru": "Предложения",
        "kk": "Ұсыныстар",
        "ro": "Propuneri",
        "vi": "Đề xuất, kiến nghị",
    },
}
DEFAULT_KEYS = tuple(DEFAULT_TITLES)
MAX_SECTION_CHARS = 100_000


@dataclass
class Section:
    key: str
    title: str
    body: str


def outline(plan: Plan, language: str = "en") -> list[tuple[str, str]]:
    """(key, title) of each section; default titles follow *language*."""
    entries = plan.narrative_outline or [{"key": k, "title": ""} for k in DEFAULT_KEYS]
    out = []
    for entry in entries:
        key, title = entry["key"], entry.get("title", "")
        if not title and key in DEFAULT_TITLES:
            titles = DEFAULT_TITLES[key]
            title = titles.get(language, titles["en"])
        out.append((key, title))
    return out


def set_outline(
    session: Session, plan: PlanRef, entries: list[tuple[str, str]]
) -> list[dict[str, str]]:
    """Replace the outline; returns the old one. Default keys may keep an empty title."""
    plan = plan_of(session, plan)
    seen: set[str] = set()
    new: list[dict[str, str]] = []
    for n, (key, title) in enumerate(entries, start=1):
        key = clean(key) or f"section{n}"
        title = clean(title)
        if key in seen:
            raise ValidationError(Message.OUTLINE_SECTION_TWICE, key=key)
        if not title and key not in DEFAULT_TITLES:
            raise ValidationError(Message.OUTLINE_SECTION_NEEDS_TITLE, number=n)
        seen.add(key)
        new.append({"key": key, "title": title})
    if not new:
        raise ValidationError(Message.OUTLINE_EMPTY)
    old = list(plan.narrative_outline or [])
    plan.narrative_outline = new
    session.flush()
    return old


def sections(
    session: Session, plan: PlanRef, period_key: str, language: str = "en"
) -> list[Section]:
    plan = plan_of(session, plan)
    period = find_period(session, plan, period_key)
    bodies = {
        s.section_key: s.body
        for s in session.scalars(
            select(NarrativeSection).where(NarrativeSection.period_id == period.id)
        )
    }
    return [Section(key, title, bodies.get(key, "")) for key, title in outline(plan, language)]


def save_section(session: Session, plan: PlanRef, period_key: str, key: str, body: str) -> str:
    """Save one section's text; returns the previous text (for undo)."""
    plan = plan_of(session, plan)
    period = find_period(session, plan, period_key)
    ensure_open(session, plan, period.key)
    if key not in {k for k, _ in outline(plan)}:
        raise ValidationError(Message.NOT_A_SECTION, key=key)
    body = body.replace("\r\n", "\n").strip()
    if len(body) > MAX_SECTION_CHARS:
        raise ValidationError(Message.SECTION_TOO_LONG, limit=MAX_SECTION_CHARS)
    row = session.scalars(
        select(NarrativeSection).where(
            NarrativeSection.period_id == period.id, NarrativeSection.section_key == key
        )
    ).first()
    previous = row.body if row else ""
    if row is None:
        position = [k for k, _ in outline(plan)].index(key)
        row = NarrativeSection(period_id=period.id, section_key=key, position=position)
        session.add(row)
    row.body = body
    session.flush()
    return previous


def frozen_by(session: Session, plan: PlanRef, period_key: str) -> int | None:
    """The version of the signed return that froze the period's narrative (None: open)."""
    ret = signed_return(session, plan_of(session, plan), period_key)
    return ret.version if ret is not None else None


def resolve_section(session: Session, plan: Plan, given: str) -> tuple[str, str]:
    """(key, title) of the outline section named by *given*: its key, its number (1, 2, …)
    or its title in the plan's language (case and spaces do not matter)."""
    from app.services.plans import declared_language

    entries = outline(plan, declared_language(session, plan.language))
    wanted = " ".join(clean(given).split()).casefold()
    for key, title in entries:
        if wanted in (key.casefold(), " ".join(title.split()).casefold()):
            return key, title
    if wanted.isdigit() and 1 <= int(wanted) <= len(entries):
        return entries[int(wanted) - 1]
    names = "; ".join(f"{n}. {title} [{key}]" for n, (key, title) in enumerate(entries, 1))
    raise ValidationError(Message.NO_SUCH_SECTION, given=given, sections=names)
