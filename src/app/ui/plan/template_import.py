"""Import plan… of a signed template from the directorate above: verified against what this
database trusts; a template from a signer not trusted yet is shown by its certificate's
fingerprint, which the clerk checks with the directorate before trusting it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.services.errors import PlanDeskError
from app.ui.formats import fill
from app.ui.messages import error_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.ui.pages.plan import PlanPage
    from app.ui.plan.editor import PlanEditor


def is_template_file(path: Path) -> bool:
    from app.services.template import is_template

    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as handle:
            return is_template(handle.read(4096))
    except OSError:
        return False


def grouped(fingerprint: str) -> str:
    """AB:CD:… in lines of 16 bytes: read aloud over the phone, compared by eye."""
    pairs = [fingerprint[i : i + 2].upper() for i in range(0, len(fingerprint), 2)]
    return "\n".join(":".join(pairs[i : i + 16]) for i in range(0, len(pairs), 16))


def import_template(page: PlanPage, editor: PlanEditor, path: Path) -> bool:
    """True when the template was imported (the page has re-read the workspace then)."""
    from app.services.template import (
        MAX_BYTES,
        UntrustedTemplate,
        read_template,
        trust_issuer,
    )
    from app.services.template import (
        import_template as store_template,
    )
    from app.services.trust import stored_policy

    try:
        if path.stat().st_size > MAX_BYTES:
            raise PlanDeskError("the template file is too large")
        data = path.read_bytes()
        policy = editor.read(stored_policy)
        given = []
        try:
            info = read_template(data, policy)
        except UntrustedTemplate as untrusted:
            subject = untrusted.certificate.subject.rfc4514_string()
            text = fill(
                QCoreApplication.translate(
                    "PlanImport",
                    "The template from %1 is signed by a certificate this database does not trust yet:\n%2",  # noqa: E501
                ),
                untrusted.issuer_code or "?",
                subject,
            )
            details = fill(
                QCoreApplication.translate(
                    "PlanImport",
                    "Before you trust it, ask the directorate for its certificate's fingerprint (by telephone or on paper) and compare it with this one:\n\n%1",  # noqa: E501
                ),
                grouped(untrusted.fingerprint),
            )
            if not page.ask_trust(text, details):
                return False
            given = [untrusted.certificate]
            info = read_template(data, policy, given)

        def work(session: Session) -> str:
            _plan, how = store_template(session, info)
            trust_issuer(session, info, given)
            return how

        summary = QCoreApplication.translate("PlanImport", "Import plan template from %1")
        how = editor.switch(fill(summary, path.name), work)
    except PlanDeskError as exc:
        page.notify(
            fill(
                QCoreApplication.translate("PlanImport", "The plan was not imported: %1"),
                error_text(exc),
            )
        )
        return False
    if how == "created":
        done = QCoreApplication.translate(
            "PlanImport", "The plan template version %1 from %2 was imported."
        )
    else:
        done = QCoreApplication.translate(
            "PlanImport",
            "The plan was updated to template version %1 from %2; progress and events are kept.",
        )
    page.notify(fill(done, str(info.version), info.issuer_name))
    return True
