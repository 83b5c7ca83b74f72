"""Plan import: a clerk's Excel/CSV/JSON plan table -> plain PlanData. No Qt here."""

from __future__ import annotations

from .recognise import recognise_rows

__all__ = ["recognise_rows"]
