"""Sign a period's return and save it: the use case the Returns page, the Consolidation page
and the command line share.

The payload is built once (a consolidation is computed once, not once per file) and the same
payload is rendered as every format, signed, recorded, and written into the clerk's folder;
all or nothing: a refusal, an error or a cancel removes the files already written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.return_format import Payload
from app.domain.status import ReturnKind

if TYPE_CHECKING:
    from app.db.session import Database

FORMATS = ("pdf", "xlsx")
INSTITUTION = ReturnKind.INSTITUTION.value
CONSOLIDATED = ReturnKind.CONSOLIDATED.value
CONSOLIDATED_SUFFIX = "consolidated"  # beside the institution's own return of the same period

# step(done, total): progress, called between the steps; it may raise to cancel the work
Step = Callable[[int, int], None]


@dataclass(frozen=True)
class SavedReturn:
    files: list[Path]
    payload: Payload
    sha256: list[str]

    @property
    def version(self) -> int:
        return int(self.payload["version"])


def file_name(payload: Payload, fmt: str) -> str:
    """``<code>_<period>_v<n>.<fmt>``; a consolidation adds ``_consolidated``, so it never
    takes the name of the institution's own return of the period."""
    from app.services.returns import default_file_name

    name = default_file_name(payload, fmt)
    if payload.get("kind") != CONSOLIDATED:
        return name
    return f"{name.rsplit('.', 1)[0]}_{CONSOLIDATED_SUFFIX}.{fmt}"


def prepare(db: Database, period_key: str, *, language: str, kind: str = INSTITUTION) -> Payload:
    """The return of *kind* as it would be signed now (or as it was signed)."""
    from app.services.plans import require_current_plan

    with db.unit() as session:
        plan = require_current_plan(session)
        return _prepare(session, plan, period_key, language, kind)


def _prepare(session: Any, plan: Any, period_key: str, language: str, kind: str) -> Payload:
    if kind == CONSOLIDATED:
        from app.services.consolidate import prepare_consolidated

        return prepare_consolidated(session, plan, period_key, language)
    from app.services.returns import prepare_payload

    return prepare_payload(session, plan, period_key, language)


def sign_and_save(
    db: Database,
    period_key: str,
    *,
    language: str,
    folder: Path,
    head_secret: str,
    seal_secret: str | None = None,
    kind: str = INSTITUTION,
    step: Step | None = None,
) -> SavedReturn:
    """The period's return of *kind* as PDF and XLSX in *folder*, signed by the head (and
    sealed when *seal_secret* is given: a key password or a token's PIN)."""
    from app.services.identity import signing_keys
    from app.services.plans import require_current_plan
    from app.services.returns import write_return

    report = step or (lambda _done, _total: None)
    total = len(FORMATS) + 1
    written: list[Path] = []
    report(0, total)
    try:
        with (
            db.unit(
                f"{'consolidate' if kind == CONSOLIDATED else 'return sign'} {period_key}"
            ) as session,
            signing_keys(session, head_secret, seal_secret) as (head, seal),
        ):
            plan = require_current_plan(session)
            payload = _prepare(session, plan, period_key, language, kind)
            report(1, total)
            hashes = []
            for number, fmt in enumerate(FORMATS, start=2):
                out = folder / file_name(payload, fmt)
                result = write_return(
                    session, plan, payload, fmt=fmt, out=out, ident=head, seal=seal
                )
                written.append(result.path)
                hashes.append(result.file_sha256)
                report(number, total)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return SavedReturn(written, payload, hashes)
