"""This institution's profile and the institutions around it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Institution
from app.domain.periods import LANGUAGES
from app.domain.text import clean
from app.services.errors import ValidationError
from app.services.messages import Message

KINDS = (
    "school",
    "district",
    "province",
    "ministry",
    "directorate",
    "commission",
    "union",
    "other",
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CODE = re.compile(r"^[\w.\-/]{1,64}$")


@dataclass
class InstitutionProfile:
    code: str
    name: str
    kind: str = "school"
    parent_code: str = ""
    language: str = "en"
    head_name: str = ""
    head_title: str = ""
    email: str = ""


def get_self(session: Session) -> Institution | None:
    return session.scalars(select(Institution).where(Institution.is_self.is_(True))).first()


def find_by_code(session: Session, code: str) -> Institution | None:
    return session.scalars(select(Institution).where(Institution.code == code)).first()


def check_code(code: str) -> None:
    """An institution code that fits everywhere it goes: the database, file names and the
    ``PLANDESK:<code>`` unit of a certificate (at most 55 UTF-8 bytes)."""
    from app.services.x509_names import MAX_CODE_BYTES

    if not _CODE.match(code) or len(code.encode("utf-8")) > MAX_CODE_BYTES:
        raise ValidationError(Message.INSTITUTION_CODE_UNUSABLE, code=code, limit=MAX_CODE_BYTES)


def _validate(profile: InstitutionProfile) -> InstitutionProfile:
    p = InstitutionProfile(**{k: clean(v) for k, v in profile.__dict__.items()})
    if not p.name:
        raise ValidationError(Message.INSTITUTION_NEEDS_NAME)
    check_code(p.code)
    if p.kind not in KINDS:
        raise ValidationError(Message.UNKNOWN_INSTITUTION_KIND, kind=p.kind, kinds=", ".join(KINDS))
    if p.language not in LANGUAGES:
        raise ValidationError(
            Message.UNKNOWN_LANGUAGE, language=p.language, languages=", ".join(LANGUAGES)
        )
    if p.email and not _EMAIL.match(p.email):
        raise ValidationError(Message.NOT_AN_EMAIL, email=p.email)
    if p.parent_code and p.parent_code == p.code:
        raise ValidationError(Message.REPORTS_TO_ITSELF)
    return p


def set_self(session: Session, profile: InstitutionProfile) -> Institution:
    """Create or update this institution's own profile."""
    p = _validate(profile)
    inst = get_self(session)
    if inst is None:
        inst = find_by_code(session, p.code) or Institution(code=p.code, name=p.name)
        session.add(inst)
    elif inst.code != p.code and find_by_code(session, p.code) is not None:
        raise ValidationError(Message.CODE_OF_ANOTHER_INSTITUTION, code=p.code)
    inst.is_self = True
    language_changed = inst.language != p.language
    inst.code, inst.name, inst.kind, inst.language = p.code, p.name, p.kind, p.language
    inst.head_name, inst.head_title, inst.email = p.head_name, p.head_title, p.email
    if p.parent_code:
        parent = find_by_code(session, p.parent_code)
        if parent is None:
            parent = Institution(code=p.parent_code, name=p.parent_code, kind="directorate")
            session.add(parent)
        inst.parent = parent
    else:
        inst.parent = None
    session.flush()
    if language_changed:
        _relabel_plans(session)
    return inst


def _relabel_plans(session: Session) -> None:
    """Plans that declare no language of their own name their periods in the
    institution's."""
    from app.db.models import Plan
    from app.services.plan_setup import relabel

    for plan in session.scalars(select(Plan).where(Plan.language == "")):
        relabel(session, plan)
    session.flush()


def set_parent_details(session: Session, inst: Institution, *, name: str, email: str = "") -> None:
    if inst.parent is not None:
        inst.parent.name = clean(name) or inst.parent.name
        if email:
            if not _EMAIL.match(email):
                raise ValidationError(Message.NOT_AN_EMAIL, email=email)
            inst.parent.email = email
