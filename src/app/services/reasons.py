"""Why a file was refused (or kept with a note): a code with parameters, decided on codes.

Verification (``app.services.verify``) and intake (``app.services.intake``) produce a
:class:`Reason` and its parameters; the database stores both (``return_doc.result_code`` and
``result_params``), the command line prints :func:`text` (English) and ``--json`` gives the
code, and the window translates the code (``app.ui.intake.reasons``). Nothing decides by
matching English words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Category(StrEnum):
    NOT_A_RETURN = "not a return"
    TAMPERED = "tampered"
    SIGNER_UNKNOWN = "signer unknown"
    SIGNER_MISMATCH = "signer not the institution it claims"
    ANOTHER_PLAN = "another plan"
    ANOTHER_PERIOD = "another period"


class Reason(StrEnum):
    # the file as a whole
    NO_SUCH_FILE = "no_such_file"
    CANNOT_READ = "cannot_read"
    TOO_LARGE = "too_large"
    NOT_PDF_OR_XLSX = "not_pdf_or_xlsx"
    NOT_A_RETURN_FILE = "not_a_return_file"
    NOT_READ = "not_read"
    EMAIL_UNREADABLE = "email_unreadable"
    EMAIL_WITHOUT_RETURN = "email_without_return"
    READER_FAILED = "reader_failed"
    # PDF
    NOT_PDF = "not_pdf"
    PDF_DAMAGED = "pdf_damaged"
    PDF_UNSIGNED = "pdf_unsigned"
    PDF_MANY_SIGNATURES = "pdf_many_signatures"
    SIGNATURE_MISMATCH = "signature_mismatch"
    UPDATE_APPENDED = "update_appended"
    SIGNATURE_INVALID = "signature_invalid"
    PDF_NO_PAYLOAD = "pdf_no_payload"
    PDF_VISIBLE_DIFFERS = "pdf_visible_differs"
    # Excel
    XLSX_DAMAGED = "xlsx_damaged"
    XLSX_UNSIGNED = "xlsx_unsigned"
    XLSX_PAYLOAD_CHANGED = "xlsx_payload_changed"
    XLSX_CELL_CHANGED = "xlsx_cell_changed"
    XLSX_PART_CHANGED = "xlsx_part_changed"
    XLSX_PART_ADDED = "xlsx_part_added"
    XLSX_PART_REMOVED = "xlsx_part_removed"
    XLSX_RESAVED = "xlsx_resaved"
    XLSX_OLD_FORMAT = "xlsx_old_format"
    # the signature and the signed content
    SIGNATURE_DAMAGED = "signature_damaged"
    SIGNER_UNTRUSTED = "signer_untrusted"
    SIGNER_REVOKED = "signer_revoked"
    SIGNER_NOT_BOUND = "signer_not_bound"
    NOT_PLANDESK_RETURN = "not_plandesk_return"
    NEWER_RETURN = "newer_return"
    NOT_CANONICAL = "not_canonical"
    KEY_OF_ANOTHER = "key_of_another"
    RENAMED = "renamed"
    SEAL_NOT_BOUND = "seal_not_bound"
    SEAL_SAME_KEY = "seal_same_key"
    SEAL_MISSING = "seal_missing"
    # intake: the verified file and this directorate
    SAME_FILE = "same_file"
    NOT_SUBORDINATE = "not_subordinate"
    KEY_BELONGS = "key_belongs"
    CERT_NOT_REGISTERED = "cert_not_registered"
    ANOTHER_PLAN = "another_plan"
    PERIOD_NOT_IN_PLAN = "period_not_in_plan"
    PERIOD_NOT_EXPECTED = "period_not_expected"
    SAME_RETURN = "same_return"
    KEPT_OLDER = "kept_older"
    SUPERSEDES = "supersedes"
    LATE = "late"


_C = Category
# code -> (category or None for a note on a file taken in, English template)
REASONS: dict[Reason, tuple[Category | None, str]] = {
    Reason.NO_SUCH_FILE: (_C.NOT_A_RETURN, "no such file"),
    Reason.CANNOT_READ: (_C.NOT_A_RETURN, "cannot read {file}: {error}"),
    Reason.TOO_LARGE: (_C.NOT_A_RETURN, "the file is too large to be a return"),
    Reason.NOT_PDF_OR_XLSX: (_C.NOT_A_RETURN, "neither a PDF nor an Excel file"),
    Reason.NOT_A_RETURN_FILE: (_C.NOT_A_RETURN, "only PDF, XLSX and .eml files are read"),
    Reason.NOT_READ: (None, "a note or a hidden file, not a return: left as it is"),
    Reason.EMAIL_UNREADABLE: (_C.NOT_A_RETURN, "the e-mail cannot be read"),
    Reason.EMAIL_WITHOUT_RETURN: (_C.NOT_A_RETURN, "the e-mail has no PDF or XLSX attached"),
    Reason.READER_FAILED: (
        _C.NOT_A_RETURN,
        "the file could not be read (it is damaged or not made by PlanDesk)",
    ),
    Reason.NOT_PDF: (_C.NOT_A_RETURN, "not a PDF file"),
    Reason.PDF_DAMAGED: (_C.NOT_A_RETURN, "the PDF is damaged and cannot be read"),
    Reason.PDF_UNSIGNED: (_C.NOT_A_RETURN, "the PDF carries no digital signature"),
    Reason.PDF_MANY_SIGNATURES: (
        _C.TAMPERED,
        "the PDF carries other signatures than the head's and the institution's seal",
    ),
    Reason.SIGNATURE_MISMATCH: (
        _C.TAMPERED,
        "the signature does not match the content: the file was changed after signing",
    ),
    Reason.UPDATE_APPENDED: (
        _C.TAMPERED,
        "the file was changed after signing (an update was appended after the signature)",
    ),
    Reason.SIGNATURE_INVALID: (_C.TAMPERED, "the signature is not valid"),
    Reason.PDF_NO_PAYLOAD: (_C.NOT_A_RETURN, "the signed PDF holds no machine-readable return"),
    Reason.PDF_VISIBLE_DIFFERS: (
        _C.TAMPERED,
        "the visible pages differ from the signed data: {detail}",
    ),
    Reason.XLSX_DAMAGED: (_C.NOT_A_RETURN, "the Excel file is damaged and cannot be read"),
    Reason.XLSX_UNSIGNED: (_C.NOT_A_RETURN, "the Excel file is not a signed PlanDesk return"),
    Reason.XLSX_PAYLOAD_CHANGED: (
        _C.TAMPERED,
        "the signed return was changed after signing (hidden data does not match its signature)",
    ),
    Reason.XLSX_CELL_CHANGED: (_C.TAMPERED, "a visible cell was changed after signing: {detail}"),
    Reason.XLSX_PART_CHANGED: (
        _C.TAMPERED,
        "the Excel file was changed after signing: {part} differs from what was signed",
    ),
    Reason.XLSX_PART_ADDED: (
        _C.TAMPERED,
        "the Excel file was changed after signing: {part} was added",
    ),
    Reason.XLSX_PART_REMOVED: (
        _C.TAMPERED,
        "the Excel file was changed after signing: {part} was removed",
    ),
    Reason.XLSX_RESAVED: (
        _C.TAMPERED,
        "the Excel file was saved again by a spreadsheet program, so it is no longer the signed "
        "original; ask for the PDF of the same return",
    ),
    Reason.XLSX_OLD_FORMAT: (
        _C.NOT_A_RETURN,
        "an Excel return from an earlier PlanDesk, whose signature does not cover its "
        "formatting; ask for the PDF of the same return",
    ),
    Reason.SIGNATURE_DAMAGED: (_C.TAMPERED, "the signature block is damaged"),
    Reason.SIGNER_UNTRUSTED: (_C.SIGNER_UNKNOWN, "the signer ({subject}) is not trusted"),
    Reason.SIGNER_REVOKED: (
        _C.SIGNER_UNKNOWN,
        "the signer's certificate ({subject}) was revoked by its issuer",
    ),
    Reason.SIGNER_NOT_BOUND: (
        _C.SIGNER_MISMATCH,
        "the signer ({subject}) is not registered for {code}",
    ),
    Reason.NOT_PLANDESK_RETURN: (
        _C.NOT_A_RETURN,
        "the signed content is not a PlanDesk return",
    ),
    Reason.NEWER_RETURN: (
        _C.NOT_A_RETURN,
        "the return was made by a newer PlanDesk; install the newer version to read it",
    ),
    Reason.NOT_CANONICAL: (_C.TAMPERED, "the signed return is not in canonical form"),
    Reason.KEY_OF_ANOTHER: (
        _C.SIGNER_MISMATCH,
        "signed by the key of institution {signer}, but the return claims to come from {code}",
    ),
    Reason.RENAMED: (
        _C.TAMPERED,
        "the file name says {file_code} {file_period}, but the signed return is from {code} "
        "for {period} (renamed file?)",
    ),
    Reason.SEAL_NOT_BOUND: (
        _C.SIGNER_MISMATCH,
        "the second signature ({subject}) is not the seal of {code}",
    ),
    Reason.SEAL_SAME_KEY: (
        _C.SIGNER_MISMATCH,
        "signed twice by the same key; a second signature must be the institution's seal",
    ),
    Reason.SEAL_MISSING: (
        _C.SIGNER_MISMATCH,
        "the return is not sealed; this directorate requires the institution's seal",
    ),
    Reason.SAME_FILE: (None, "this very file was already taken in"),
    Reason.NOT_SUBORDINATE: (_C.SIGNER_UNKNOWN, "{code} is not a registered subordinate"),
    Reason.KEY_BELONGS: (_C.SIGNER_MISMATCH, "the key belongs to {owner}"),
    Reason.CERT_NOT_REGISTERED: (
        _C.SIGNER_UNKNOWN,
        "the certificate is not registered for {code}",
    ),
    Reason.ANOTHER_PLAN: (_C.ANOTHER_PLAN, "'{title}' {year}"),
    Reason.PERIOD_NOT_IN_PLAN: (
        _C.ANOTHER_PERIOD,
        "{period} is not a period of this plan ({periods})",
    ),
    Reason.PERIOD_NOT_EXPECTED: (_C.ANOTHER_PERIOD, "{period}, this intake is for {expected}"),
    Reason.SAME_RETURN: (None, "the same return is already in"),
    Reason.KEPT_OLDER: (None, "kept; version {version} is already in"),
    Reason.SUPERSEDES: (None, "supersedes version {version}"),
    Reason.LATE: (None, "signed {signed}, due {due}"),
}

_FIELD = re.compile(r"\{(\w+)\}")


def fields(code: Reason) -> list[str]:
    """The parameter names of *code*, in the order its English template uses them."""
    return _FIELD.findall(REASONS[code][1])


def category(code: Reason) -> Category | None:
    return REASONS[code][0]


def detail_text(code: Reason, params: dict[str, Any]) -> str:
    template = REASONS[code][1]
    return _FIELD.sub(lambda m: str(params.get(m.group(1), "")), template)


def text(code: Reason, params: dict[str, Any]) -> str:
    """The English sentence: "category: detail" for a refusal, the detail for a note."""
    group = category(code)
    detail = detail_text(code, params)
    return f"{group.value}: {detail}" if group is not None else detail


@dataclass(frozen=True)
class Outcome:
    """A reason with its parameters (all text), as stored and as shown."""

    code: Reason
    params: dict[str, str] = field(default_factory=dict)

    def text(self) -> str:
        return text(self.code, self.params)

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code.value, "params": dict(self.params), "text": self.text()}


def outcome(reason: Reason, /, **params: object) -> Outcome:
    missing = set(fields(reason)) - set(params)
    if missing:
        raise ValueError(f"reason {reason} needs {', '.join(sorted(missing))}")
    return Outcome(reason, {k: str(v) for k, v in params.items()})


class Refusal(Exception):
    """A check that failed: raised inside verification, turned into an :class:`Outcome`."""

    def __init__(self, reason: Reason, /, **params: object) -> None:
        self.outcome = outcome(reason, **params)
        super().__init__(self.outcome.text())


# sentences of earlier versions that were reworded since (their parameters were library
# error texts, not kept)
_LEGACY = {
    Reason.PDF_MANY_SIGNATURES: "the PDF carries more than one signature; a return has exactly one",
    Reason.PDF_DAMAGED: "the PDF cannot be read ({error})",
    Reason.XLSX_DAMAGED: "the Excel file cannot be read ({error})",
    Reason.SIGNATURE_DAMAGED: "the signature cannot be checked ({error})",
    Reason.NOT_PLANDESK_RETURN: "the signed content is not a PlanDesk return ({error})",
}


def _match(template: str, body: str) -> dict[str, str] | None:
    pattern = "".join(
        f"(?P<{part}>.+?)" if i % 2 else re.escape(part)
        for i, part in enumerate(_FIELD.split(template))
    )
    found = re.fullmatch(pattern, body, flags=re.DOTALL)
    return None if found is None else found.groupdict()


def parse_legacy(stored: str) -> Outcome | None:
    """An English reason stored before reasons had codes, read back as a code (once, by the
    migration that added the codes); None when it matches no known sentence."""
    body = stored
    for group in sorted(Category, key=lambda c: -len(c.value)):
        prefix = group.value + ": "
        while body.startswith(prefix):
            body = body[len(prefix) :]
    for code, (_group, template) in REASONS.items():
        params = _match(template, body)
        if params is not None:
            return Outcome(code, params)
    for code, template in _LEGACY.items():
        if _match(template, body) is not None:
            return Outcome(code, {})
    return None
