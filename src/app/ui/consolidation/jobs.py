"""The Consolidation page's work as plain functions, run off the GUI thread by
:class:`~app.ui.returns.tasks.Task`; each opens its own unit of work."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.ui.returns.jobs import PDFTOPPM_TIMEOUT_S, PREVIEW_DPI, PREVIEW_PAGES

if TYPE_CHECKING:
    from app.ui.returns.tasks import Task

FORMATS = ("pdf", "xlsx")
SUFFIX = "consolidated"  # beside the institution's own return of the same period


@dataclass
class Prepared:
    """The consolidated return as it would be signed now (or as it was signed)."""

    period: str
    language: str
    payload: dict[str, Any]


def prepare(task: Task, db: Any, period: str, language: str) -> Prepared:
    from app.services.consolidate import prepare_consolidated
    from app.services.plans import require_current_plan

    task.report(0, 2)
    with db.unit() as session:
        payload = prepare_consolidated(session, require_current_plan(session), period, language)
    task.check()
    task.report(2, 2)
    return Prepared(period, language, payload)


@dataclass
class Preview:
    images: list[bytes]  # PNG
    pages: int
    version: int
    tool_missing: bool = False
    dpi: int = PREVIEW_DPI


def preview(task: Task, payload: dict[str, Any], dpi: int) -> Preview:
    """The unsigned PDF of *payload* and its first pages as images (pdftoppm)."""
    from app.services.returns import render

    task.report(0, 2)
    pdf, pages = render(payload, "pdf", None)
    task.check()
    task.report(1, 2)
    tool = shutil.which("pdftoppm")
    version = int(payload["version"])
    if tool is None:
        return Preview([], pages, version, tool_missing=True)
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
    task.report(2, 2)
    return Preview(images, pages, version, dpi=dpi)


def file_name(payload: dict[str, Any], fmt: str) -> str:
    """``<code>_<period>_v<n>_consolidated.<fmt>``: never the name of the institution's own
    return of the period."""
    from app.services.returns import default_file_name

    stem = default_file_name(payload, fmt).rsplit(".", 1)[0]
    return f"{stem}_{SUFFIX}.{fmt}"


@dataclass
class Signed:
    files: list[Path]
    payload: dict[str, Any]
    sha256: list[str] = field(default_factory=list)
    version: int = 0


def sign_and_save(
    task: Task, db: Any, period: str, language: str, secrets: dict[str, str], folder: Path
) -> Signed:
    """The PDF and the XLSX, signed by the head (and sealed when the institution has a
    seal), into *folder*; all or nothing (the files are removed on failure)."""
    from app.services.consolidate import export_consolidated, prepare_consolidated
    from app.services.identity import HEAD, SEAL, active, current, unlocked
    from app.services.plans import require_current_plan

    written: list[Path] = []
    steps = len(FORMATS) + 1
    task.report(0, steps)
    try:
        with db.unit(f"consolidate {period}") as session, contextlib.ExitStack() as keys:
            plan = require_current_plan(session)
            head = keys.enter_context(unlocked(active(session, HEAD), secrets.get(HEAD, "")))
            seal_row = current(session, SEAL)
            seal = (
                keys.enter_context(unlocked(seal_row, secrets.get(SEAL, "")))
                if seal_row is not None
                else None
            )
            payload = prepare_consolidated(session, plan, period, language)
            task.report(1, steps)
            hashes = []
            for number, fmt in enumerate(FORMATS, start=2):
                task.check()
                out = folder / file_name(payload, fmt)
                result, payload = export_consolidated(
                    session,
                    plan,
                    period,
                    fmt=fmt,
                    language=language,
                    out=out,
                    ident=head,
                    seal=seal,
                )
                written.append(result.path)
                hashes.append(result.file_sha256)
                task.report(number, steps)
            task.check()
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return Signed(written, payload, hashes, int(payload["version"]))


def write_email(signed: Signed, to: str) -> Path:
    """A .eml beside the files, both attached, in the return's language."""
    from app.services.email_out import write_eml

    first = signed.files[0]
    return write_eml(signed.payload, signed.files, first.with_suffix(".eml"), to)


def correct(db: Any, period: str) -> int:
    """Open the consolidation of *period* again: the next signed one is version n+1."""
    from app.services.locks import CONSOLIDATED
    from app.services.plans import require_current_plan
    from app.services.returns import correct_return

    with db.unit(f"consolidation correct {period}") as session:
        return correct_return(session, require_current_plan(session), period, CONSOLIDATED)
