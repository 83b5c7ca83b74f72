"""What a database still lacks before its first signed return, as plain values.

Read through the services in one unit of work; the welcome page and the Dashboard show it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.database import Database

PROFILE, PLAN, IDENTITY = "profile", "plan", "identity"
STEPS = (PROFILE, PLAN, IDENTITY)


@dataclass(frozen=True)
class SetupState:
    institution: str = ""  # our name; "" when no profile is set up
    plan_title: str = ""  # "" when there is no plan
    activities: int = 0
    identity: str = ""  # the signing identity's subject; "" when there is none

    @property
    def missing(self) -> tuple[str, ...]:
        """The steps still to do, in order."""
        done = {PROFILE: bool(self.institution), PLAN: bool(self.plan_title)}
        done[IDENTITY] = bool(self.identity)
        return tuple(step for step in STEPS if not done[step])

    def is_done(self, step: str) -> bool:
        return step not in self.missing


def read_setup(db: Database) -> SetupState:
    from app.services.errors import NotFound
    from app.services.identity import active
    from app.services.institutions import get_self
    from app.services.plans import current_plan_info, load_tree

    with db.unit() as session:
        inst = get_self(session)
        plan = current_plan_info(session)
        activities = 0
        if plan is not None:
            activities = sum(1 for row in load_tree(session, plan.id) if row.kind == "activity")
        try:
            identity = active(session).subject
        except NotFound:
            identity = ""
        return SetupState(
            institution=inst.name if inst is not None else "",
            plan_title=plan.title if plan is not None else "",
            activities=activities,
            identity=identity,
        )
