"""The Returns page's work as plain functions, run by :class:`~app.ui.returns.tasks.Task`.

Each opens its own unit of work (a unit is never shared between threads).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.db.session import Database
    from app.ui.returns.tasks import Task

PREVIEW_PAGES = 3
PREVIEW_DPI = 70  # the size a page is shown at 100 % (logical pixels)
MAX_RENDER_DPI = 200  # rendered finer for sharp pages on ×2 screens and when zoomed in
PDFTOPPM_TIMEOUT_S = 120


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
    from app.services.plans import current_plan
    from app.services.returns import list_returns

    state = PageState()
    with db.unit() as session:
        plan = current_plan(session)
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


@dataclass
class Preview:
    images: list[bytes]  # PNG
    pages: int
    version: int
    tool_missing: bool = False
    dpi: int = PREVIEW_DPI  # the resolution the images were rendered at


def render_dpi(device_ratio: float) -> int:
    """Sharp on this screen at 100 % and still sharp zoomed to 150 %."""
    return min(MAX_RENDER_DPI, round(PREVIEW_DPI * 1.5 * max(1.0, device_ratio)))


def render_preview(
    task: Task, db: Database, period: str, language: str, dpi: int = PREVIEW_DPI
) -> Preview:
    """The unsigned PDF and its first pages as PNG images (pdftoppm)."""
    from app.services.plans import require_current_plan
    from app.services.returns import prepare_payload, render

    task.report(0, 3)
    with db.unit() as session:
        payload = prepare_payload(session, require_current_plan(session), period, language)
    task.check()
    task.report(1, 3)
    pdf, pages = render(payload, "pdf", None)
    task.check()
    task.report(2, 3)
    tool = shutil.which("pdftoppm")
    if tool is None:
        return Preview([], pages, payload["version"], tool_missing=True)
    last = str(min(pages or PREVIEW_PAGES, PREVIEW_PAGES))
    with tempfile.TemporaryDirectory(prefix="plandesk-preview-") as tmp:
        source = Path(tmp) / "preview.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [tool, "-png", "-r", str(dpi), "-l", last, str(source), str(Path(tmp) / "p")],
            check=True,
            capture_output=True,
            timeout=PDFTOPPM_TIMEOUT_S,
        )
        images = [png.read_bytes() for png in sorted(Path(tmp).glob("p*.png"))]
    task.report(3, 3)
    return Preview(images, pages, payload["version"], dpi=dpi)


@dataclass
class Signed:
    files: list[Path]
    payload: dict[str, Any]
    sha256: list[str]


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
    from app.services.identity import signing_keys
    from app.services.plans import require_current_plan
    from app.services.returns import FORMATS, default_file_name, export_return, prepare_payload

    written: list[Path] = []
    task.report(0, len(FORMATS) + 1)
    try:
        with (
            db.unit(f"return sign {period}") as session,
            signing_keys(session, password, seal_password) as (ident, seal),
        ):
            plan = require_current_plan(session)
            payload = prepare_payload(session, plan, period, language)
            task.report(1, len(FORMATS) + 1)
            hashes = []
            for number, fmt in enumerate(FORMATS, start=2):
                task.check()
                out = folder / default_file_name(payload, fmt)
                result = export_return(
                    session,
                    plan,
                    period,
                    fmt=fmt,
                    language=language,
                    out=out,
                    ident=ident,
                    seal=seal,
                )
                written.append(result.path)
                hashes.append(result.file_sha256)
                task.report(number, len(FORMATS) + 1)
            task.check()
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return Signed(written, payload, hashes)


def write_email(signed: Signed, folder: Path, to: str) -> Path:
    """A .eml next to the files, both attached, in the return's language."""
    from app.services.email_out import write_eml

    stem = signed.files[0].stem if signed.files else "return"
    return write_eml(signed.payload, signed.files, folder / f"{stem}.eml", to)


def correct(db: Database, period: str) -> int:
    """Unlock *period*: its signed return is superseded; the next one is version n+1."""
    from app.services.plans import require_current_plan
    from app.services.returns import correct_return

    with db.unit(f"return correct {period}") as session:
        return correct_return(session, require_current_plan(session), period)


def signed_payload(db: Database, files: list[Path]) -> dict[str, Any]:
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
