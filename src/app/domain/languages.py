"""The languages PlanDesk writes returns and shows its window in: the one list."""

from __future__ import annotations

LANGUAGES = ("en", "tr", "ru", "kk", "ro", "vi")
