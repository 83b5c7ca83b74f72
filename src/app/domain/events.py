"""Plain event data: what was actually held."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# the fields of EventData (and of the event table) by kind, for code that copies them
TEXT_FIELDS = (
    "title",
    "kind",
    "venue",
    "organiser",
    "partners",
    "project",
    "materials",
    "description",
)
# the breakdown of the participants, and the number of materials handed out
COUNT_FIELDS = ("women", "men", "pupils", "teachers", "parents", "staff", "materials_count")


class BreakdownProblem(StrEnum):
    """Why a breakdown of participants cannot be right: a code (its value is the English
    sentence, so it reads as text where text is wanted; the window translates the code)."""

    PARTICIPANTS_NEGATIVE = "the number of participants cannot be negative"
    COUNT_NEGATIVE = "no count may be negative"
    COUPLE_EXCEEDS = "women and men together exceed the number of participants"
    GROUPS_EXCEED = "pupils, teachers, parents and staff together exceed the number of participants"


@dataclass
class EventData:
    held_on: date
    title: str
    kind: str = "other"
    item_code: str = ""  # the plan activity it belongs to
    end_on: date | None = None
    venue: str = ""
    organiser: str = ""
    partners: str = ""
    project: str = ""
    participants: int = 0
    women: int | None = None
    men: int | None = None
    pupils: int | None = None
    teachers: int | None = None
    parents: int | None = None
    staff: int | None = None
    materials: str = ""
    materials_count: int | None = None
    description: str = ""

    def breakdown_problem(self) -> str | None:
        """A sentence saying why the breakdown cannot be right, or None."""
        code = self.breakdown_code()
        return None if code is None else code.value

    def breakdown_code(self) -> BreakdownProblem | None:
        """Why the breakdown cannot be right, as a code, or None."""
        if self.participants < 0:
            return BreakdownProblem.PARTICIPANTS_NEGATIVE
        parts = [
            v
            for v in (
                self.women,
                self.men,
                self.pupils,
                self.teachers,
                self.parents,
                self.staff,
                self.materials_count,
            )
            if v is not None
        ]
        if any(v < 0 for v in parts):
            return BreakdownProblem.COUNT_NEGATIVE
        if (self.women or 0) + (self.men or 0) > self.participants:
            return BreakdownProblem.COUPLE_EXCEEDS
        groups = (self.pupils or 0) + (self.teachers or 0) + (self.parents or 0) + (self.staff or 0)
        if groups > self.participants:
            return BreakdownProblem.GROUPS_EXCEED
        return None
