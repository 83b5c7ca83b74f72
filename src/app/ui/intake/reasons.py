"""Why a returned file was rejected, kept or marked late, in the language of the window.

The services compose these reasons in English: the command line prints them as they are and
the database keeps them (``return_doc.result_reason``). The Intake and Completeness pages show
them through :func:`translate_reason`, at display time, so a language switch re-translates
them. A reason is "category: detail" (``app.services.intake``) where the detail is one of the
messages of ``app.services.intake`` / ``app.services.verify``; each detail is matched against
a pattern and re-written from its translated template, its parameters (codes, periods, dates,
file names, certificate subjects, the text of an error in parentheses) inserted unchanged.
A text that matches nothing is shown as it is: never lost, at worst English.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

log = logging.getLogger(__name__)

CONTEXT = "IntakeReason"

# The "category: " prefixes of app.services.intake (reject() and _category()); longest first.
_CATEGORIES = (
    QT_TRANSLATE_NOOP("IntakeReason", "signer not the institution it claims"),
    QT_TRANSLATE_NOOP("IntakeReason", "signer unknown"),
    QT_TRANSLATE_NOOP("IntakeReason", "not a return"),
    QT_TRANSLATE_NOOP("IntakeReason", "tampered"),
    QT_TRANSLATE_NOOP("IntakeReason", "another plan"),
    QT_TRANSLATE_NOOP("IntakeReason", "another period"),
)
CATEGORIES: tuple[str, ...] = tuple(str(c) for c in _CATEGORIES)

# One pattern per message of the services, most specific first, each with its template:
# the pattern's groups become %1, %2, ... in the translated template.
_TEMPLATES: tuple[tuple[str, object], ...] = (
    # app.services.intake: files found (or not) in what was dropped
    (r"no such file", QT_TRANSLATE_NOOP("IntakeReason", "no such file")),
    (r"the e-mail cannot be read", QT_TRANSLATE_NOOP("IntakeReason", "the e-mail cannot be read")),
    (
        r"the e-mail has no PDF or XLSX attached",
        QT_TRANSLATE_NOOP("IntakeReason", "the e-mail has no PDF or XLSX attached"),
    ),
    (
        r"only PDF, XLSX and \.eml files are read",
        QT_TRANSLATE_NOOP("IntakeReason", "only PDF, XLSX and .eml files are read"),
    ),
    # app.services.intake: the classification of a verified file
    (
        r"this very file was already taken in",
        QT_TRANSLATE_NOOP("IntakeReason", "this very file was already taken in"),
    ),
    (
        r"(.+) is not a registered subordinate",
        QT_TRANSLATE_NOOP("IntakeReason", "%1 is not a registered subordinate"),
    ),
    (r"the key belongs to (.+)", QT_TRANSLATE_NOOP("IntakeReason", "the key belongs to %1")),
    (
        r"the certificate is not registered for (.+)",
        QT_TRANSLATE_NOOP("IntakeReason", "the certificate is not registered for %1"),
    ),
    (
        r"(.*) is not a period of this plan \((.*)\)",
        QT_TRANSLATE_NOOP("IntakeReason", "%1 is not a period of this plan (%2)"),
    ),
    (
        r"(.*), this intake is for (.+)",
        QT_TRANSLATE_NOOP("IntakeReason", "%1, this intake is for %2"),
    ),
    (
        r"the same return is already in",
        QT_TRANSLATE_NOOP("IntakeReason", "the same return is already in"),
    ),
    (
        r"kept; version (\d+) is already in",
        QT_TRANSLATE_NOOP("IntakeReason", "kept; version %1 is already in"),
    ),
    (r"supersedes version (\d+)", QT_TRANSLATE_NOOP("IntakeReason", "supersedes version %1")),
    (
        r"signed (\d\d\.\d\d\.\d{4}), due (\d\d\.\d\d\.\d{4})",
        QT_TRANSLATE_NOOP("IntakeReason", "signed %1, due %2"),
    ),
    # app.services.verify: the file as a whole
    (
        r"cannot read (.+): (.*)",
        QT_TRANSLATE_NOOP("IntakeReason", "cannot read %1: %2"),
    ),
    (
        r"the file is too large to be a return",
        QT_TRANSLATE_NOOP("IntakeReason", "the file is too large to be a return"),
    ),
    (
        r"neither a PDF nor an Excel file",
        QT_TRANSLATE_NOOP("IntakeReason", "neither a PDF nor an Excel file"),
    ),
    # app.services.verify: PDF
    (r"not a PDF file", QT_TRANSLATE_NOOP("IntakeReason", "not a PDF file")),
    (
        r"the PDF cannot be read \((.*)\)",
        QT_TRANSLATE_NOOP("IntakeReason", "the PDF cannot be read (%1)"),
    ),
    (
        r"the PDF carries no digital signature",
        QT_TRANSLATE_NOOP("IntakeReason", "the PDF carries no digital signature"),
    ),
    (
        r"the PDF carries more than one signature; a return has exactly one",
        QT_TRANSLATE_NOOP(
            "IntakeReason", "the PDF carries more than one signature; a return has exactly one"
        ),
    ),
    (
        r"the signature does not match the content: the file was changed after signing",
        QT_TRANSLATE_NOOP(
            "IntakeReason",
            "the signature does not match the content: the file was changed after signing",
        ),
    ),
    (
        r"the file was changed after signing \(an update was appended after the signature\)",
        QT_TRANSLATE_NOOP(
            "IntakeReason",
            "the file was changed after signing (an update was appended after the signature)",
        ),
    ),
    (
        r"the signature is not valid",
        QT_TRANSLATE_NOOP("IntakeReason", "the signature is not valid"),
    ),
    (
        r"the signed PDF holds no machine-readable return",
        QT_TRANSLATE_NOOP("IntakeReason", "the signed PDF holds no machine-readable return"),
    ),
    (
        r"the signed PDF holds no (.+)",
        QT_TRANSLATE_NOOP("IntakeReason", "the signed PDF holds no %1"),
    ),
    (
        r"the visible pages differ from the signed data: (.*)",
        QT_TRANSLATE_NOOP("IntakeReason", "the visible pages differ from the signed data: %1"),
    ),
    # app.services.verify: Excel
    (
        r"the Excel file cannot be read \((.*)\)",
        QT_TRANSLATE_NOOP("IntakeReason", "the Excel file cannot be read (%1)"),
    ),
    (
        r"the Excel file is not a signed PlanDesk return",
        QT_TRANSLATE_NOOP("IntakeReason", "the Excel file is not a signed PlanDesk return"),
    ),
    (
        r"the signature block is damaged",
        QT_TRANSLATE_NOOP("IntakeReason", "the signature block is damaged"),
    ),
    (
        r"the signed return was changed after signing "
        r"\(hidden data does not match its signature\)",
        QT_TRANSLATE_NOOP(
            "IntakeReason",
            "the signed return was changed after signing "
            "(hidden data does not match its signature)",
        ),
    ),
    (
        r"a visible cell was changed after signing: (.*)",
        QT_TRANSLATE_NOOP("IntakeReason", "a visible cell was changed after signing: %1"),
    ),
    # app.services.verify: the signature and the signed content (PDF and Excel)
    (
        r"the signature cannot be checked \((.*)\)",
        QT_TRANSLATE_NOOP("IntakeReason", "the signature cannot be checked (%1)"),
    ),
    (
        r"the signer \((.*)\) is not trusted",
        QT_TRANSLATE_NOOP("IntakeReason", "the signer (%1) is not trusted"),
    ),
    (
        r"the signed content is not a PlanDesk return \((.*)\)",
        QT_TRANSLATE_NOOP("IntakeReason", "the signed content is not a PlanDesk return (%1)"),
    ),
    (
        r"the signed return is not in canonical form",
        QT_TRANSLATE_NOOP("IntakeReason", "the signed return is not in canonical form"),
    ),
    (
        r"signed by the key of institution (.+), but the return claims to come from (.*)",
        QT_TRANSLATE_NOOP(
            "IntakeReason",
            "signed by the key of institution %1, but the return claims to come from %2",
        ),
    ),
    (
        r"the file name says (.+) (\S+), but the signed return is from (.*) for (.*) "
        r"\(renamed file\?\)",
        QT_TRANSLATE_NOOP(
            "IntakeReason",
            "the file name says %1 %2, but the signed return is from %3 for %4 (renamed file?)",
        ),
    ),
)

_PATTERNS = tuple((re.compile(p, re.DOTALL), str(template)) for p, template in _TEMPLATES)
_PLACEHOLDER = re.compile(r"%(\d)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _detail(text: str) -> str:
    for pattern, template in _PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        args = match.groups()

        def fill(m: re.Match[str], args: tuple[str, ...] = args) -> str:
            number = int(m.group(1))
            return args[number - 1] if 0 < number <= len(args) else m.group(0)

        # one pass: a parameter that happens to contain "%2" is not filled in again
        return _PLACEHOLDER.sub(fill, _tr(template))
    return text


def _split(text: str) -> tuple[list[str], str]:
    """The category prefixes of *text* (a repeated one once) and the detail after them."""
    categories: list[str] = []
    found = True
    while found:
        found = False
        for category in CATEGORIES:
            if text == category or text.startswith(category + ":"):
                if not categories or categories[-1] != category:
                    categories.append(category)
                text = text[len(category) + 1 :].strip()
                found = True
                break
    return categories, text


def translate_reason(text: str) -> str:
    """*text*, a reason composed in English by the services, in the current UI language.

    Unknown parts stay as they are (English); never raises.
    """
    if not text:
        return text or ""
    try:
        categories, detail = _split(text)
        parts = [_tr(c) for c in categories]
        if detail:
            parts.append(_detail(detail))
        return ": ".join(parts)
    except Exception:  # a reason must never break a table
        log.exception("cannot translate the reason %r", text)
        return text
