"""A progress mark as it is read: the one frozen shape the grid, the Progress page and the
return's read model (:mod:`app.services.report`) share. Writing a mark takes
:class:`app.services.progress.ProgressInput` (the write command)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Mark:
    """What the institution reported for one activity in one period."""

    status: str
    done_on: date | None = None
    participants: int | None = None
    achieved: float | None = None
    reason: str = ""
    note: str = ""
