"""``plandesk demo``: the Balıkesir plan of seed 000 with progress and events."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Plan
from app.services import demo_data
from app.services.errors import PlanDeskError
from app.services.events import add_event
from app.services.institutions import InstitutionProfile, set_parent_details, set_self
from app.services.messages import Message
from app.services.plans import store_plan
from app.services.progress import ProgressInput, set_progress


@dataclass
class DemoSummary:
    institution: str
    plan_title: str
    items: int
    progress: int
    events: int


def build_demo(session: Session) -> DemoSummary:
    """Fill an empty database with the demo; refuses a database that already holds a plan."""
    if session.scalar(select(func.count(Plan.id))):
        raise PlanDeskError(Message.DEMO_NEEDS_EMPTY)
    info = demo_data.DEMO_INSTITUTION
    parent = demo_data.DEMO_PARENT
    inst = set_self(
        session,
        InstitutionProfile(
            code=info["code"],
            name=info["name"],
            kind=info["kind"],
            parent_code=parent["code"],
            language=info["language"],
            head_name=info["head_name"],
            head_title=info["head_title"],
            email=info["email"],
        ),
    )
    set_parent_details(session, inst, name=parent["name"], email=parent.get("email", ""))
    data = demo_data.balikesir_plan()
    plan = store_plan(session, data, institution_id=inst.id)
    marks = demo_data.demo_progress()
    for demo in marks:
        set_progress(session, plan, ProgressInput.of(demo.code, demo.period_key, demo.mark))
    events = demo_data.demo_events()
    for event in events:
        add_event(session, plan, event)
    return DemoSummary(inst.name, plan.title, len(data.items), len(marks), len(events))
