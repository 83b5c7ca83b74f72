"""The Consolidation page's work, run off the GUI thread by
:class:`~app.ui.returns.tasks.Task`: each calls the one service that does it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.preview import Preview
from app.services.sign_period import CONSOLIDATED, FORMATS, file_name
from app.services.sign_period import SavedReturn as Signed
from app.ui.returns.jobs import steps

if TYPE_CHECKING:
    from app.domain.return_format import Payload
    from app.services.database import Database
    from app.ui.returns.tasks import Task

__all__ = ["FORMATS", "Preview", "Signed", "file_name"]


@dataclass
class Prepared:
    """The consolidated return as it would be signed now (or as it was signed)."""

    period: str
    language: str
    payload: Payload


def prepare(task: Task, db: Database, period: str, language: str) -> Prepared:
    from app.services.sign_period import prepare as prepare_return

    task.report(0, 2)
    payload = prepare_return(db, period, language=language, kind=CONSOLIDATED)
    task.check()
    task.report(2, 2)
    return Prepared(period, language, payload)


def preview(task: Task, payload: Payload, dpi: int) -> Preview:
    """The unsigned PDF of *payload* and its first pages as images."""
    from app.services.preview import preview as render_preview

    task.report(0, 2)
    result = render_preview(payload, dpi)
    task.check()
    task.report(2, 2)
    return result


def sign_and_save(
    task: Task, db: Database, period: str, language: str, secrets: dict[str, str], folder: Path
) -> Signed:
    """The PDF and the XLSX, signed by the head (and sealed when the institution has a
    seal: its secret is asked for then), into *folder*; all or nothing."""
    from app.services.sign_period import sign_and_save as sign

    return sign(
        db,
        period,
        language=language,
        folder=folder,
        head_secret=secrets.get("head", ""),
        seal_secret=secrets.get("seal"),
        kind=CONSOLIDATED,
        step=steps(task),
    )


def write_email(signed: Signed, to: str) -> Path:
    """A .eml beside the files, both attached, in the return's language."""
    from app.services.email_out import write_eml

    first = signed.files[0]
    return write_eml(signed.payload, signed.files, first.with_suffix(".eml"), to)


def correct(db: Database, period: str) -> int:
    """Open the consolidation of *period* again: the next signed one is version n+1."""
    from app.services.locks import CONSOLIDATED
    from app.services.plans import require_current_plan_id
    from app.services.returns import correct_return

    with db.unit(f"consolidation correct {period}") as session:
        return correct_return(session, require_current_plan_id(session), period, CONSOLIDATED)
