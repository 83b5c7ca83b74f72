"""What the Settings page (and the welcome path) read and write, as plain values; each change
returns what its undo needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.domain.periods import Scheme
from app.services import plan_settings
from app.services.institutions import InstitutionProfile, get_self, set_parent_details, set_self
from app.services.narrative import DEFAULT_KEYS
from app.services.plans import PlanRef, current_plan, plan_of

ProfileState = tuple[InstitutionProfile, str, str]  # profile, parent's name, parent's e-mail


@dataclass
class SettingsState:
    profile: ProfileState
    scheme: str | None = None
    due_days: int = 10
    periods: list[tuple[str, str, date, date, date, bool]] = field(default_factory=list)
    outline: list[tuple[str, str]] = field(default_factory=list)


def read_profile(session: Session) -> ProfileState:
    inst = get_self(session)
    if inst is None:
        return InstitutionProfile(code="", name=""), "", ""
    parent = inst.parent
    profile = InstitutionProfile(
        code=inst.code,
        name=inst.name,
        kind=inst.kind,
        parent_code=parent.code if parent is not None else "",
        language=inst.language,
        head_name=inst.head_name,
        head_title=inst.head_title,
        email=inst.email,
    )
    if parent is None:
        return profile, "", ""
    return profile, parent.name if parent.name != parent.code else "", parent.email


def read_state(session: Session) -> SettingsState:
    state = SettingsState(profile=read_profile(session))
    plan = current_plan(session)
    if plan is not None:
        state.scheme = plan.scheme
        state.due_days = plan.due_days
        state.periods = [
            (p.key, p.label or p.key, p.start, p.end, p.due, bool(p.due_overridden))
            for p in sorted(plan.periods, key=lambda p: p.start)
        ]
        state.outline = [(e["key"], e.get("title", "")) for e in plan.narrative_outline or []]
        if not state.outline:
            state.outline = [(key, "") for key in DEFAULT_KEYS]
    return state


def save_profile(
    session: Session, profile: InstitutionProfile, parent_name: str, parent_email: str
) -> ProfileState:
    """Save the profile and the parent's details; returns the old ones (for undo)."""
    old = read_profile(session)
    inst = set_self(session, profile)
    if inst.parent is not None:
        set_parent_details(session, inst, name=parent_name, email=parent_email)
        if not parent_email:
            inst.parent.email = ""
    session.flush()
    return old


def set_scheme(session: Session, plan: PlanRef, scheme: str) -> str:
    plan = plan_of(session, plan)
    old = plan.scheme
    plan_settings.set_scheme(session, plan, Scheme(scheme))
    return old


def set_period_due(session: Session, plan: PlanRef, key: str, due: Any) -> date | None:
    """Set (or with None, reset) a period's due date; returns what undo must set."""
    plan = plan_of(session, plan)
    period = next(p for p in plan.periods if p.key == key)
    old = period.due if period.due_overridden else None
    plan_settings.set_period_due(session, plan, key, due)
    return old


def outline_entries(old: list[dict[str, str]]) -> list[tuple[str, str]]:
    """The outline ``set_outline`` returned, as entries (an empty one: the default)."""
    if not old:
        return [(key, "") for key in DEFAULT_KEYS]
    return [(e["key"], e.get("title", "")) for e in old]
