"""What the window shows of an open database: the plain values of
``app.services.workspace_open``, under the names the pages know.

No Qt and no SQLAlchemy at import time: the window is on screen before the data layer is
imported (see ``app.ui.loader``); the service imports it inside its functions.
"""

from __future__ import annotations

from app.services.workspace_open import (
    FootnoteInfo,
    PeriodInfo,
    PlanSnapshot,
    Workspace,
    current_period,
    open_workspace,
    read_fast,
    read_snapshot,
)

__all__ = [
    "FootnoteInfo",
    "PeriodInfo",
    "PlanSnapshot",
    "Workspace",
    "current_period",
    "open_workspace",
    "read_fast",
    "read_snapshot",
]
