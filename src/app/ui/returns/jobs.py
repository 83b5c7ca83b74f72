"""The Returns page's work as plain functions, run by :class:`~app.ui.returns.tasks.Task`.

Each opens its own unit of work (a unit is never shared between threads).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.preview import PREVIEW_DPI, PREVIEW_PAGES, Preview
from app.services.sign_period import SavedReturn as Signed

if TYPE_CHECKING:
    from app.domain.return_format import Payload
    from app.services.database import Database
    from app.ui.returns.tasks import Task

__all__ = ["PREVIEW_PAGES", "Preview", "Signed"]
MAX_RENDER_DPI = 200  # rendered finer for sharp pages on ×2 screens and when zoomed in


@dataclass
class PageState:
    """What the Returns page shows of the database (read on the GUI thread, quickly)."""

    returns: list[dict[str, Any]] = field(default_factory=list)
    language: str = "en"
    recipient: str = ""
    recipient_email: str = ""
    identity: str = ""  # the active identity's subject, "" when there is none
    needs: Any = None  # services.identity.KeyNeeds: a password or a PIN, and the seal's
    consolidated: list[dict[str, Any]] = field(default_factory=list)  # a directorate's roll-ups
    reviews: list[Any] = field(default_factory=list)  # decisions received (ReceivedReview)


def read_state(db: Database) -> PageState:
    from app.services.errors import NotFound
    from app.services.identity import active, key_needs
    from app.services.institutions import get_self
    from app.services.plans import current_plan_id
    from app.services.returns import list_returns

    state = PageState()
    with db.unit() as session:
        plan = current_plan_id(session)
        if plan is not None:
            from app.services.registry import received_reviews

            rows = list_returns(session, plan)
            state.returns = [r for r in rows if r.get("kind") != "consolidated"]
            state.consolidated = [r for r in rows if r.get("kind") == "consolidated"]
            state.reviews = received_reviews(session)
        inst = get_self(session)
        if inst is not None:
            state.language = inst.language or "en"
            if inst.parent is not None:
                state.recipient, state.recipient_email = inst.parent.name, inst.parent.email
        try:
            state.identity = active(session).subject
            state.needs = key_needs(session)
        except NotFound:
            state.identity = ""
    return state


def render_dpi(device_ratio: float) -> int:
    """Sharp on this screen at 100 % and still sharp zoomed to 150 %."""
    return min(MAX_RENDER_DPI, round(PREVIEW_DPI * 1.5 * max(1.0, device_ratio)))


def render_preview(
    task: Task, db: Database, period: str, language: str, dpi: int = PREVIEW_DPI
) -> Preview:
    """The unsigned PDF and its first pages as PNG images."""
    from app.services.preview import preview
    from app.services.sign_period import prepare

    task.report(0, 2)
    payload = prepare(db, period, language=language)
    task.check()
    task.report(1, 2)
    result = preview(payload, dpi)
    task.report(2, 2)
    return result


def steps(task: Task) -> Callable[[int, int], None]:
    """A service's progress shown by *task*, which stops it there when the clerk cancels."""

    def step(done: int, total: int) -> None:
        task.check()
        task.report(done, total)

    return step


def sign_and_save(
    task: Task,
    db: Database,
    period: str,
    language: str,
    password: str,
    folder: Path,
    seal_password: str | None = None,
) -> Signed:
    """Both files, signed (and sealed when *seal_password* is given), into *folder*; all or
    nothing (files removed on failure). A secret is a key password or a token's PIN."""
    from app.services.sign_period import sign_and_save as sign

    return sign(
        db,
        period,
        language=language,
        folder=folder,
        head_secret=password,
        seal_secret=seal_password,
        step=steps(task),
    )


def write_email(signed: Signed, folder: Path, to: str) -> Path:
    """A .eml next to the files, both attached, in the return's language."""
    from app.services.email_out import write_eml

    stem = signed.files[0].stem if signed.files else "return"
    return write_eml(signed.payload, signed.files, folder / f"{stem}.eml", to)


def correct(db: Database, period: str) -> int:
    """Unlock *period*: its signed return is superseded; the next one is version n+1."""
    from app.services.plans import require_current_plan_id
    from app.services.returns import correct_return

    with db.unit(f"return correct {period}") as session:
        return correct_return(session, require_current_plan_id(session), period)


def signed_payload(db: Database, files: list[Path]) -> Payload:
    """The data the signed *files* carry (for their e-mail after a restart), read from the
    signed PDF and verified against what this database trusts: a file changed since it
    was signed is refused, not mailed."""
    from app.services.errors import ValidationError
    from app.services.trust import stored_trust
    from app.services.verify import verify_file

    pdf = next((path for path in files if path.suffix.lower() == ".pdf"), None)
    if pdf is None:
        raise ValidationError("the signed PDF of this return is missing")
    with db.unit() as session:
        trust = stored_trust(session)
    result = verify_file(pdf, trust)
    if not result.ok or result.payload is None:
        raise ValidationError(f"{pdf.name} does not verify any more; sign the period again")
    return result.payload


def check_password(db: Database, password: str, role: str = "head") -> None:
    """Raises the service's error when *password* (or PIN) does not open the key of *role*."""
    from app.services.identity import check_secret

    with db.unit() as session:
        check_secret(session, role, password)
