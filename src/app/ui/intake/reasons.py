"""Why a returned file was refused, kept or marked late, in the language of the window.

The services decide on codes (``app.services.reasons.Reason``) with parameters; the database
keeps both (``return_doc.result_code``/``result_params``). The Intake and Completeness pages
show them through :func:`reason_text` at display time, so a language switch re-translates
them. Each code has its template here, the English of the services with its parameters as
%1, %2, ... in the order the English names them (a test keeps the two in step). A reason
stored without a code (from an earlier version, matching no known sentence) is shown as it
was stored: never lost, at worst English.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.services.reasons import Category, Reason, category, fields
from app.ui.formats import fill
from app.ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONTEXT = "IntakeReason"

CATEGORIES: dict[Category, str] = {
    Category.SIGNER_MISMATCH: QT_TRANSLATE_NOOP(
        "IntakeReason", "signer not the institution it claims"
    ),
    Category.SIGNER_UNKNOWN: QT_TRANSLATE_NOOP("IntakeReason", "signer unknown"),
    Category.NOT_A_RETURN: QT_TRANSLATE_NOOP("IntakeReason", "not a return"),
    Category.TAMPERED: QT_TRANSLATE_NOOP("IntakeReason", "tampered"),
    Category.ANOTHER_PLAN: QT_TRANSLATE_NOOP("IntakeReason", "another plan"),
    Category.ANOTHER_PERIOD: QT_TRANSLATE_NOOP("IntakeReason", "another period"),
}

_T = Reason
TEMPLATES: dict[Reason, str] = {
    _T.NO_SUCH_FILE: QT_TRANSLATE_NOOP("IntakeReason", "no such file"),
    _T.CANNOT_READ: QT_TRANSLATE_NOOP("IntakeReason", "cannot read %1: %2"),
    _T.TOO_LARGE: QT_TRANSLATE_NOOP("IntakeReason", "the file is too large to be a return"),
    _T.NOT_PDF_OR_XLSX: QT_TRANSLATE_NOOP("IntakeReason", "neither a PDF nor an Excel file"),
    _T.NOT_A_RETURN_FILE: QT_TRANSLATE_NOOP(
        "IntakeReason", "only PDF, XLSX and .eml files are read"
    ),
    _T.NOT_READ: QT_TRANSLATE_NOOP(
        "IntakeReason", "a note or a hidden file, not a return: left as it is"
    ),
    _T.EMAIL_UNREADABLE: QT_TRANSLATE_NOOP("IntakeReason", "the e-mail cannot be read"),
    _T.EMAIL_WITHOUT_RETURN: QT_TRANSLATE_NOOP(
        "IntakeReason", "the e-mail has no PDF or XLSX attached"
    ),
    _T.READER_FAILED: QT_TRANSLATE_NOOP(
        "IntakeReason", "the file could not be read (it is damaged or not made by PlanDesk)"
    ),
    _T.NOT_PDF: QT_TRANSLATE_NOOP("IntakeReason", "not a PDF file"),
    _T.PDF_DAMAGED: QT_TRANSLATE_NOOP("IntakeReason", "the PDF is damaged and cannot be read"),
    _T.PDF_UNSIGNED: QT_TRANSLATE_NOOP("IntakeReason", "the PDF carries no digital signature"),
    _T.PDF_MANY_SIGNATURES: QT_TRANSLATE_NOOP(
        "IntakeReason",
        "the PDF carries other signatures than the head's and the institution's seal",
    ),
    _T.SIGNATURE_MISMATCH: QT_TRANSLATE_NOOP(
        "IntakeReason",
        "the signature does not match the content: the file was changed after signing",
    ),
    _T.UPDATE_APPENDED: QT_TRANSLATE_NOOP(
        "IntakeReason",
        "the file was changed after signing (an update was appended after the signature)",
    ),
    _T.SIGNATURE_INVALID: QT_TRANSLATE_NOOP("IntakeReason", "the signature is not valid"),
    _T.PDF_NO_PAYLOAD: QT_TRANSLATE_NOOP(
        "IntakeReason", "the signed PDF holds no machine-readable return"
    ),
    _T.PDF_VISIBLE_DIFFERS: QT_TRANSLATE_NOOP(
        "IntakeReason", "the visible pages differ from the signed data: %1"
    ),
    _T.XLSX_DAMAGED: QT_TRANSLATE_NOOP(
        "IntakeReason", "the Excel file is damaged and cannot be read"
    ),
    _T.XLSX_UNSIGNED: QT_TRANSLATE_NOOP(
        "IntakeReason", "the Excel file is not a signed PlanDesk return"
    ),
    _T.XLSX_PAYLOAD_CHANGED: QT_TRANSLATE_NOOP(
        "IntakeReason",
        "the signed return was changed after signing (hidden data does not match its signature)",
    ),
    _T.XLSX_CELL_CHANGED: QT_TRANSLATE_NOOP(
        "IntakeReason", "a visible cell was changed after signing: %1"
    ),
    _T.XLSX_PART_CHANGED: QT_TRANSLATE_NOOP(
        "IntakeReason", "the Excel file was changed after signing: %1 differs from what was signed"
    ),
    _T.XLSX_PART_ADDED: QT_TRANSLATE_NOOP(
        "IntakeReason", "the Excel file was changed after signing: %1 was added"
    ),
    _T.XLSX_PART_REMOVED: QT_TRANSLATE_NOOP(
        "IntakeReason", "the Excel file was changed after signing: %1 was removed"
    ),
    _T.XLSX_RESAVED: QT_TRANSLATE_NOOP(
        "IntakeReason",
        "the Excel file was saved again by a spreadsheet program, so it is no longer the signed "
        "original; ask for the PDF of the same return",
    ),
    _T.XLSX_OLD_FORMAT: QT_TRANSLATE_NOOP(
        "IntakeReason",
        "an Excel return from an earlier PlanDesk, whose signature does not cover its "
        "formatting; ask for the PDF of the same return",
    ),
    _T.SIGNATURE_DAMAGED: QT_TRANSLATE_NOOP("IntakeReason", "the signature block is damaged"),
    _T.SIGNER_REVOKED: QT_TRANSLATE_NOOP(
        "IntakeReason", "the signer's certificate (%1) was revoked by its issuer"
    ),
    _T.SIGNER_UNTRUSTED: QT_TRANSLATE_NOOP("IntakeReason", "the signer (%1) is not trusted"),
    _T.SIGNER_NOT_BOUND: QT_TRANSLATE_NOOP(
        "IntakeReason", "the signer (%1) is not registered for %2"
    ),
    _T.NOT_PLANDESK_RETURN: QT_TRANSLATE_NOOP(
        "IntakeReason", "the signed content is not a PlanDesk return"
    ),
    _T.NEWER_RETURN: QT_TRANSLATE_NOOP(
        "IntakeReason",
        "the return was made by a newer PlanDesk; install the newer version to read it",
    ),
    _T.NOT_CANONICAL: QT_TRANSLATE_NOOP(
        "IntakeReason", "the signed return is not in canonical form"
    ),
    _T.KEY_OF_ANOTHER: QT_TRANSLATE_NOOP(
        "IntakeReason",
        "signed by the key of institution %1, but the return claims to come from %2",
    ),
    _T.RENAMED: QT_TRANSLATE_NOOP(
        "IntakeReason",
        "the file name says %1 %2, but the signed return is from %3 for %4 (renamed file?)",
    ),
    _T.SEAL_NOT_BOUND: QT_TRANSLATE_NOOP(
        "IntakeReason", "the second signature (%1) is not the seal of %2"
    ),
    _T.SEAL_SAME_KEY: QT_TRANSLATE_NOOP(
        "IntakeReason",
        "signed twice by the same key; a second signature must be the institution's seal",
    ),
    _T.SEAL_MISSING: QT_TRANSLATE_NOOP(
        "IntakeReason",
        "the return is not sealed; this directorate requires the institution's seal",
    ),
    _T.SAME_FILE: QT_TRANSLATE_NOOP("IntakeReason", "this very file was already taken in"),
    _T.NOT_SUBORDINATE: QT_TRANSLATE_NOOP("IntakeReason", "%1 is not a registered subordinate"),
    _T.KEY_BELONGS: QT_TRANSLATE_NOOP("IntakeReason", "the key belongs to %1"),
    _T.CERT_NOT_REGISTERED: QT_TRANSLATE_NOOP(
        "IntakeReason", "the certificate is not registered for %1"
    ),
    _T.ANOTHER_PLAN: QT_TRANSLATE_NOOP("IntakeReason", "'%1' %2"),
    _T.PERIOD_NOT_IN_PLAN: QT_TRANSLATE_NOOP(
        "IntakeReason", "%1 is not a period of this plan (%2)"
    ),
    _T.PERIOD_NOT_EXPECTED: QT_TRANSLATE_NOOP("IntakeReason", "%1, this intake is for %2"),
    _T.SAME_RETURN: QT_TRANSLATE_NOOP("IntakeReason", "the same return is already in"),
    _T.KEPT_OLDER: QT_TRANSLATE_NOOP("IntakeReason", "kept; version %1 is already in"),
    _T.SUPERSEDES: QT_TRANSLATE_NOOP("IntakeReason", "supersedes version %1"),
    _T.LATE: QT_TRANSLATE_NOOP("IntakeReason", "signed %1, due %2"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason_text(code: str, params: Mapping[str, object] | None, stored: str = "") -> str:
    """The reason *code* with its *params* in the window's language: "category: detail" for
    a refusal. Without a known code, *stored* (the English kept in the database) as it is.
    Never raises."""
    try:
        reason = Reason(code)
    except ValueError:
        return stored
    try:
        values = [str((params or {}).get(name, "")) for name in fields(reason)]
        detail = fill(_tr(TEMPLATES[reason]), *values)
        group = category(reason)
        return f"{_tr(CATEGORIES[group])}: {detail}" if group is not None else detail
    except Exception:  # a reason must never break a table
        log.exception("cannot translate the reason %r %r", code, params)
        return stored
