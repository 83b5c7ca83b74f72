"""What the events widgets share: the UI language, kind words, activity choices."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.domain.status import EventKind
from app.exports.labels import kind_label
from app.ui.i18n import normalize_language


def ui_language() -> str:
    return normalize_language(QLocale().name()) or "en"


def kind_text(kind: str, language: str | None = None) -> str:
    """A kind word as the clerk reads it: translated when known, else as typed."""
    if kind in {k.value for k in EventKind}:
        return kind_label(language or ui_language(), kind)
    return kind.replace("_", " ")


def activity_choice(code: str, description: str, width: int = 120) -> str:
    """ "2.3.1 — Seminars on ..." (the completer's text for an activity)."""
    text = " ".join(description.split())
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return f"{code} — {text}" if text else code


def code_of_choice(text: str) -> str:
    """The code at the start of a completer choice (or of what the clerk typed)."""
    return text.split("—", 1)[0].strip()
