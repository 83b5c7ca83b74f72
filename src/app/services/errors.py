"""Typed errors with messages a clerk understands. The UI and the CLI show them as they are."""

from __future__ import annotations


class PlanDeskError(Exception):
    """A user-facing failure: the message is one clear sentence, nothing was changed."""


class NotFound(PlanDeskError):
    pass


class ValidationError(PlanDeskError):
    pass


class ImportRejected(PlanDeskError):
    """An incoming file that cannot be taken; nothing was written."""


class PeriodLocked(PlanDeskError):
    """The period's return has been signed; its data is frozen."""


class EnvironmentProblem(PlanDeskError):
    """Disk full, file locked, permission denied: not a bug, not the user's input."""
