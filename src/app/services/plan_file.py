"""Import a plan file as the new current plan: parse first, then write in one unit."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from app.db.models import Plan
from app.domain.periods import Scheme
from app.domain.plan import PlanData
from app.services.institutions import get_self
from app.services.plans import store_plan


def read_plan_file(
    path: Path, *, year: int | None = None, scheme: Scheme | None = None
) -> PlanData:
    """Parse without touching any database (raises ImportRejected, YearMissing when the
    file names no year and *year* is not given); *year* and *scheme* are the clerk's."""
    from app.services.plan_import import parse_plan_file

    return parse_plan_file(path, year=year, scheme=scheme)


def store_imported_plan(session: Session, data: PlanData, language: str | None = None) -> Plan:
    """Store a parsed plan as the current one; *language* declares the plan's language
    (period names, returns); without it the institution's language applies."""
    from dataclasses import replace

    from app.domain.periods import LANGUAGES
    from app.services.errors import ValidationError
    from app.services.messages import Message

    if language is not None:
        if language not in LANGUAGES:
            raise ValidationError(
                Message.UNKNOWN_LANGUAGE, language=language, languages=", ".join(LANGUAGES)
            )
        data = replace(data, language=language)
    inst = get_self(session)
    return store_plan(session, data, institution_id=inst.id if inst else None)
