"""What a service refused, in the language of the window.

The services raise a :class:`~app.services.errors.PlanDeskError` with a message code
(``app.services.messages.Message``) and its parameters; the command line prints the English.
The window shows every service error through :func:`error_text`, which translates the code:
each code has its template here, the English of the services with its parameters as %1, %2, ...
in the order the English names them (a test keeps the two in step). Where the English of the
command line names a command or a flag (``'plandesk institution set'``, ``--title``), the
template here names the window's own page instead (:data:`WINDOW_WORDS`). Numbers and dates
are written as the window's language writes them (``app.ui.formats``); words given as
parameters (an item kind, what hangs on a period) and verification reasons are translated too.
An error raised with a sentence instead of a code is shown as it is.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.events import BreakdownProblem
from app.domain.plan import ItemKind
from app.services.messages import Message, Word, english_value, fields, specs
from app.services.reasons import Outcome
from app.ui import formats
from app.ui.intake.reasons import reason_text

log = logging.getLogger(__name__)

CONTEXT = "ServiceMessage"
WORD_CONTEXT = "ServiceWord"

_M = Message
# QT_TRANSLATE_NOOP marks each text for lupdate and gives it back unchanged
_TEMPLATES: dict[Message, object] = {
    _M.PERIOD_FROZEN: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "period %1 is frozen by its signed return (version %2 on %3); correct the return to "
        "change its data",
    ),
    _M.PERIOD_FROZEN_UNDATED: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "period %1 is frozen by its signed return (version %2); correct the return to change "
        "its data",
    ),
    _M.PERIOD_SIGNED_MEANWHILE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the period %1 was signed meanwhile by %2 (version %3, %4 UTC); nothing was signed "
        "here, look again",
    ),
    _M.CONSOLIDATED_SIGNED_MEANWHILE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the consolidated return of period %1 was signed meanwhile by %2 (version %3, %4 UTC); "
        "nothing was signed here, look again",
    ),
    _M.KEY_PASSWORD_SHORT: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the key password needs at least %1 characters"
    ),
    _M.KEY_WRONG_PASSWORD: QT_TRANSLATE_NOOP(
        "ServiceMessage", "wrong password for the signing key"
    ),
    _M.ROOT_KEY_UNUSABLE: QT_TRANSLATE_NOOP("ServiceMessage", "the stored root key is not usable"),
    _M.UNKNOWN_ROLE: QT_TRANSLATE_NOOP("ServiceMessage", "unknown role '%1' (head or seal)"),
    _M.PROFILE_FIRST_CLI: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "fill in the institution's profile first (Settings)",
    ),
    _M.P12_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "this is not a PKCS#12 key file (too large)"
    ),
    _M.P12_CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the key file cannot be opened: wrong password or not a PKCS#12 file"
    ),
    _M.P12_NO_KEY: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the PKCS#12 file holds no private key with a certificate"
    ),
    _M.KEY_NOT_RSA: QT_TRANSLATE_NOOP(
        "ServiceMessage", "only RSA keys are supported for signing returns"
    ),
    _M.CERTIFICATE_EXPIRED: QT_TRANSLATE_NOOP("ServiceMessage", "the certificate expired on %1"),
    _M.NO_SEAL_IDENTITY: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "there is no seal identity yet: create one, import a .p12 file or register a token for "
        "the seal (Settings → Signing identity)",
    ),
    _M.NO_SIGNING_IDENTITY: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "there is no signing identity yet: create one or import a .p12 file (Settings → "
        "Signing identity)",
    ),
    _M.KEY_ON_TOKEN: QT_TRANSLATE_NOOP(
        "ServiceMessage", "this signing key is on a token: its PIN opens it, not a password"
    ),
    _M.SIGNING_KEY_UNUSABLE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the stored signing key is not usable"
    ),
    _M.TOKEN_CERT_CHANGED: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the token's certificate is not the one registered: register the token again (Settings "
        "→ Signing identity)",
    ),
    _M.NOT_A_CERTIFICATE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the file is not a certificate (PEM or DER)"
    ),
    _M.PLAN_GONE: QT_TRANSLATE_NOOP("ServiceMessage", "plan %1 is no longer in this database"),
    _M.NO_PLAN: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "there is no plan yet: type it in or import it on the Plan page",
    ),
    _M.PLAN_NO_PERIOD: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the plan has no period %1 (its periods: %2)"
    ),
    _M.PERIOD_KEY_INVALID: QT_TRANSLATE_NOOP("ServiceMessage", "%1"),
    _M.CAMPAIGN_PLAN_NEEDS_WINDOW: QT_TRANSLATE_NOOP(
        "ServiceMessage", "a campaign plan needs the start and end of its window"
    ),
    _M.ITEM_WITHOUT_CODE: QT_TRANSLATE_NOOP("ServiceMessage", "a %1 has no code: '%2'"),
    _M.CODE_TWICE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "code %1 appears twice; codes must be unique in a plan"
    ),
    _M.ITEM_NO_DESCRIPTION: QT_TRANSLATE_NOOP("ServiceMessage", "item %1 has no description"),
    _M.ITEM_PLANNED_OUTSIDE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "item %1 is planned in %2, which is not a period of the plan (%3)"
    ),
    _M.ITEM_FOOTNOTE_MISSING: QT_TRANSLATE_NOOP(
        "ServiceMessage", "item %1 refers to footnote %2, which is missing"
    ),
    _M.CAMPAIGN_NEEDS_DAYS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "a campaign window needs its first and last day",
    ),
    _M.CAMPAIGN_ENDS_BEFORE_START: QT_TRANSLATE_NOOP(
        "ServiceMessage", "custom window %1 ends before it starts"
    ),
    _M.DAYS_ONLY_FOR_CAMPAIGN: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "a first and a last day are set only for a campaign window",
    ),
    _M.NOT_A_PLAN_YEAR: QT_TRANSLATE_NOOP("ServiceMessage", "%1 is not a plan year (1990 to 2100)"),
    _M.PLAN_NEEDS_TITLE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "a new plan needs a title",
    ),
    _M.PLAN_TITLE_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceMessage", "a plan title may hold at most %1 characters"
    ),
    _M.PLAN_TITLE_EMPTY: QT_TRANSLATE_NOOP("ServiceMessage", "the plan's title cannot be empty"),
    _M.UNKNOWN_LANGUAGE: QT_TRANSLATE_NOOP("ServiceMessage", "unknown language '%1' (one of: %2)"),
    _M.PERIODS_CANNOT_CHANGE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the plan's periods cannot change: it already has %1 (start a new plan, or keep them)",
    ),
    _M.INSTITUTION_CODE_UNUSABLE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "'%1' is not a usable institution code (letters, digits, . - / _; up to %2 bytes)",
    ),
    _M.INSTITUTION_NEEDS_NAME: QT_TRANSLATE_NOOP("ServiceMessage", "the institution needs a name"),
    _M.UNKNOWN_INSTITUTION_KIND: QT_TRANSLATE_NOOP(
        "ServiceMessage", "unknown institution kind '%1' (one of: %2)"
    ),
    _M.NOT_AN_EMAIL: QT_TRANSLATE_NOOP("ServiceMessage", "'%1' is not an e-mail address"),
    _M.REPORTS_TO_ITSELF: QT_TRANSLATE_NOOP(
        "ServiceMessage", "an institution cannot report to itself"
    ),
    _M.CODE_OF_ANOTHER_INSTITUTION: QT_TRANSLATE_NOOP(
        "ServiceMessage", "code %1 already belongs to another institution"
    ),
    _M.ITEM_GONE: QT_TRANSLATE_NOOP("ServiceMessage", "this plan item no longer exists"),
    _M.CODE_EMPTY: QT_TRANSLATE_NOOP("ServiceMessage", "the code cannot be empty"),
    _M.CODE_IN_USE: QT_TRANSLATE_NOOP("ServiceMessage", "code %1 is already used in this plan"),
    _M.UNKNOWN_ITEM_KIND: QT_TRANSLATE_NOOP("ServiceMessage", "unknown item kind '%1'"),
    _M.ITEM_NEEDS_DESCRIPTION: QT_TRANSLATE_NOOP("ServiceMessage", "item %1 needs a description"),
    _M.FIELD_NOT_EDITABLE: QT_TRANSLATE_NOOP("ServiceMessage", "'%1' cannot be edited"),
    _M.TARGET_NEGATIVE: QT_TRANSLATE_NOOP("ServiceMessage", "a target cannot be negative"),
    _M.FOOTNOTE_MISSING: QT_TRANSLATE_NOOP(
        "ServiceMessage", "footnote %1 does not exist in this plan"
    ),
    _M.NOT_A_PERIOD_OF_PLAN: QT_TRANSLATE_NOOP("ServiceMessage", "%1 is not a period of this plan"),
    _M.MOVE_UNDER_ITSELF: QT_TRANSLATE_NOOP(
        "ServiceMessage", "an item cannot be moved under itself"
    ),
    _M.NOTHING_ABOVE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 has no item above it on its level to go under"
    ),
    _M.ALREADY_TOP: QT_TRANSLATE_NOOP("ServiceMessage", "%1 is already at the top level"),
    _M.NOTHING_TO_INSERT: QT_TRANSLATE_NOOP("ServiceMessage", "there is nothing to insert"),
    _M.PASTED_ROW_INCOMPLETE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "every pasted row needs a code and a text"
    ),
    _M.PASTED_PERIOD_UNKNOWN: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1: %2 is not a period of this plan"
    ),
    _M.FOOTNOTE_INCOMPLETE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "every footnote needs a mark and a text"
    ),
    _M.FOOTNOTE_MARK_TWICE: QT_TRANSLATE_NOOP("ServiceMessage", "two footnotes have the same mark"),
    _M.FOOTNOTE_STILL_USED: QT_TRANSLATE_NOOP(
        "ServiceMessage", "footnote %1 is still used by a plan item"
    ),
    _M.EVENT_NOT_IN_PLAN: QT_TRANSLATE_NOOP(
        "ServiceMessage", "event %1 is not in this plan (it may have been deleted)"
    ),
    _M.EVENT_NEEDS_TITLE: QT_TRANSLATE_NOOP("ServiceMessage", "an event needs a title"),
    _M.EVENT_BREAKDOWN: QT_TRANSLATE_NOOP("ServiceMessage", "event '%1': %2"),
    _M.EVENT_ENDS_BEFORE_START: QT_TRANSLATE_NOOP(
        "ServiceMessage", "an event cannot end before it starts"
    ),
    _M.EVENT_PLAN_GONE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the plan of this event no longer exists"
    ),
    _M.EVENT_EXISTS: QT_TRANSLATE_NOOP("ServiceMessage", "event %1 exists already"),
    _M.NO_ITEM_WITH_CODE: QT_TRANSLATE_NOOP("ServiceMessage", "the plan has no item with code %1"),
    _M.UNKNOWN_STATUS: QT_TRANSLATE_NOOP("ServiceMessage", "unknown status '%1' (one of: %2)"),
    _M.PROGRESS_ON_ACTIVITIES: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 is a %2; progress is marked on activities"
    ),
    _M.NOT_DONE_NEEDS_REASON: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 in %2: 'not done' needs a reason"
    ),
    _M.PARTICIPANTS_NEGATIVE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the number of participants cannot be negative"
    ),
    _M.ACHIEVED_NEGATIVE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the achieved value cannot be negative"
    ),
    _M.DATE_DONE_ONLY_DONE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "a date done is given only for done or in-progress activities"
    ),
    _M.DATE_OUTSIDE_PERIOD: QT_TRANSLATE_NOOP(
        "ServiceMessage", "date %1 lies outside period %2 (%3–%4, due %5)"
    ),
    _M.MARK_HAS_EVIDENCE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 in %2 has %3 evidence file(s); remove them before clearing the mark"
    ),
    _M.OUTLINE_SECTION_TWICE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the outline has section '%1' twice"
    ),
    _M.OUTLINE_SECTION_NEEDS_TITLE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "section %1 of the outline needs a title"
    ),
    _M.OUTLINE_EMPTY: QT_TRANSLATE_NOOP("ServiceMessage", "the outline needs at least one section"),
    _M.NOT_A_SECTION: QT_TRANSLATE_NOOP("ServiceMessage", "'%1' is not a section of the outline"),
    _M.SECTION_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceMessage", "a section may hold at most %1 characters"
    ),
    _M.NO_SUCH_SECTION: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the outline has no section '%1' (its sections: %2)"
    ),
    _M.DUE_DAYS_RANGE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the due date must fall 0 to 365 days after the period ends"
    ),
    _M.DUE_BEFORE_START: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the due date of %1 cannot be before the period starts"
    ),
    _M.CAMPAIGN_NOT_A_SCHEME: QT_TRANSLATE_NOOP(
        "ServiceMessage", "campaign windows are set as custom periods, not by a scheme"
    ),
    _M.SCHEME_LOCKED: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the reporting scheme can only change before any progress or planned period is "
        "entered; start a new plan for a new scheme",
    ),
    _M.UNKNOWN_FORMAT: QT_TRANSLATE_NOOP("ServiceMessage", "unknown format '%1' (pdf or xlsx)"),
    _M.P7S_NEEDS_SIGN: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "a detached .p7s signature is made only for a signed return",
    ),
    _M.SEAL_AFTER_HEAD: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the seal signs after the head: sign to seal"
    ),
    _M.NO_SIGNED_RETURN_TO_CORRECT: QT_TRANSLATE_NOOP(
        "ServiceMessage", "period %1 has no signed return to correct"
    ),
    _M.DEMO_NEEDS_EMPTY: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "this database already holds a plan; open the demo in a new database file",
    ),
    _M.EVIDENCE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is %2 MB; evidence files may be at most %3 MB (scan at a lower resolution or split "
        "the file)",
    ),
    _M.NOT_A_FILE: QT_TRANSLATE_NOOP("ServiceMessage", "%1 is not a file"),
    _M.FILE_EMPTY: QT_TRANSLATE_NOOP("ServiceMessage", "%1 is empty"),
    _M.EVENT_GONE: QT_TRANSLATE_NOOP("ServiceMessage", "this event no longer exists"),
    _M.EVIDENCE_GONE: QT_TRANSLATE_NOOP("ServiceMessage", "this evidence file no longer exists"),
    _M.EVIDENCE_HASH_MISMATCH: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 does not match its recorded SHA-256"
    ),
    _M.TEMPLATE_TOO_LARGE: QT_TRANSLATE_NOOP("ServiceMessage", "the template file is too large"),
    _M.TEMPLATE_NOT_JSON: QT_TRANSLATE_NOOP("ServiceMessage", "the template is not valid JSON"),
    _M.NOT_A_TEMPLATE: QT_TRANSLATE_NOOP("ServiceMessage", "not a PlanDesk plan template"),
    _M.TEMPLATE_UNSIGNED: QT_TRANSLATE_NOOP("ServiceMessage", "the template carries no signature"),
    _M.TEMPLATE_SIGNATURE_DAMAGED: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the template's signature is damaged"
    ),
    _M.TEMPLATE_REFUSED: QT_TRANSLATE_NOOP("ServiceMessage", "the template was not accepted: %1"),
    _M.TEMPLATE_SIGNER_MISMATCH: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the template was not accepted: it names %1 as its issuer but was signed with the key "
        "of %2",
    ),
    _M.TEMPLATE_NO_PLAN: QT_TRANSLATE_NOOP("ServiceMessage", "the template holds no plan"),
    _M.TEMPLATE_OLDER: QT_TRANSLATE_NOOP(
        "ServiceMessage", "this template (version %1) is older than the plan in use (version %2)"
    ),
    _M.TEMPLATE_UNTRUSTED: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the template from %1 is signed by %2, whom this database does not trust yet (SHA-256 "
        "%3); check the fingerprint with the issuer, then trust the certificate and import the "
        "template again",
    ),
    _M.TEMPLATE_UNTRUSTED_UNNAMED: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the template from an unnamed issuer is signed by %1, whom this database does not "
        "trust yet (SHA-256 %2); check the fingerprint with the issuer, then trust the "
        "certificate and import the template again",
    ),
    _M.NO_RETURN_TAKEN_IN: QT_TRANSLATE_NOOP(
        "ServiceMessage", "no return of %1 for %2 has been taken in"
    ),
    _M.DECISION_WORDS: QT_TRANSLATE_NOOP("ServiceMessage", "a decision is %1"),
    _M.SENT_BACK_NEEDS_REASON: QT_TRANSLATE_NOOP(
        "ServiceMessage", "a return sent back needs the reason (what to correct)"
    ),
    _M.REASON_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the reason may hold at most %1 characters"
    ),
    _M.OWN_PROFILE_FIRST_CLI: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "fill in this institution's profile first (Settings)",
    ),
    _M.OWN_PROFILE_FIRST: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "fill in this institution's profile first (Settings)",
    ),
    _M.RECEIPT_DAMAGED: QT_TRANSLATE_NOOP("ServiceMessage", "the receipt is incomplete or damaged"),
    _M.RECEIPT_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the file is too large to be a receipt"
    ),
    _M.RECEIPT_NOT_JSON: QT_TRANSLATE_NOOP("ServiceMessage", "the receipt is not valid JSON"),
    _M.NOT_A_RECEIPT: QT_TRANSLATE_NOOP("ServiceMessage", "not a PlanDesk receipt"),
    _M.RECEIPT_UNSIGNED: QT_TRANSLATE_NOOP("ServiceMessage", "the receipt carries no signature"),
    _M.RECEIPT_SIGNATURE_DAMAGED: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the receipt's signature is damaged"
    ),
    _M.RECEIPT_BAD_DECISION: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the receipt's decision is neither accepted nor sent back"
    ),
    _M.RECEIPT_REFUSED: QT_TRANSLATE_NOOP("ServiceMessage", "the receipt was not accepted: %1"),
    _M.RECEIPT_SIGNER_MISMATCH: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the receipt was not accepted: it names %1 but was signed with the key of %2",
    ),
    _M.RECEIPT_FOR_ANOTHER: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the receipt is for %1, not for this institution"
    ),
    _M.RECEIPT_FROM_ANOTHER: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the receipt comes from %1, but this institution reports to %2"
    ),
    _M.RECEIPT_UNKNOWN_VERSION: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the receipt is about version %1 of %2, which this institution did not sign (or signed "
        "with other data)",
    ),
    _M.SUBORDINATE_NEEDS_CODE_NAME: QT_TRANSLATE_NOOP(
        "ServiceMessage", "a subordinate needs a code and a name"
    ),
    _M.CERT_OF_ANOTHER: QT_TRANSLATE_NOOP(
        "ServiceMessage", "this certificate belongs to institution %1, not to %2"
    ),
    _M.CERT_REGISTERED_FOR: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "this certificate is already registered for institution %1; a certificate vouches for "
        "one institution only",
    ),
    _M.CERT_REGISTERED_FOR_MANY: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "this certificate is already registered for an authority trusted for many; a "
        "certificate vouches for one institution only",
    ),
    _M.LIST_NO_HEADER: QT_TRANSLATE_NOOP(
        "ServiceMessage", "no header with a code and a name column found in the list"
    ),
    _M.LIST_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the list has %1 rows of subordinates: looked for at most %2 in one list (split it "
        "into several files)",
    ),
    _M.NOT_A_SUBORDINATE: QT_TRANSLATE_NOOP("ServiceMessage", "%1 is not a registered subordinate"),
    _M.ISSUE_NEEDS_OWN_ROOT: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "only an identity created by PlanDesk (with its own root) can issue identities to "
        "subordinates",
    ),
    _M.NOT_A_SUBJECT: QT_TRANSLATE_NOOP(
        "ServiceMessage", "'%1' is not a certificate subject (write it like CN=Name,O=Org,C=KZ)"
    ),
    _M.NOT_AN_AUTHORITY: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "this is a signing certificate, not an authority: trust it for its subordinate on the "
        "Subordinates page",
    ),
    _M.NOTHING_TO_CONSOLIDATE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "no accepted returns for %1 to consolidate"
    ),
    _M.SIGNED_CONSOLIDATED_FORMAT: QT_TRANSLATE_NOOP(
        "ServiceMessage", "a signed consolidated return is a PDF or an XLSX"
    ),
    _M.UNKNOWN_CONSOLIDATED_FORMAT: QT_TRANSLATE_NOOP(
        "ServiceMessage", "unknown format '%1' (pdf, xlsx or json)"
    ),
    _M.TOKEN_CANNOT_SIGN_WITH: QT_TRANSLATE_NOOP("ServiceMessage", "the token cannot sign with %1"),
    _M.TOKEN_REFUSED_TO_SIGN: QT_TRANSLATE_NOOP("ServiceMessage", "the token refused to sign (%1)"),
    _M.PKCS11_MODULE_MISSING: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the PKCS#11 module %1 does not exist"
    ),
    _M.PKCS11_MODULE_UNLOADABLE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 cannot be loaded as a PKCS#11 module (%2)"
    ),
    _M.NO_TOKEN_LABELLED: QT_TRANSLATE_NOOP(
        "ServiceMessage", "no token labelled '%1' is plugged in"
    ),
    _M.NO_TOKEN: QT_TRANSLATE_NOOP(
        "ServiceMessage", "no token is plugged in (or the module sees none)"
    ),
    _M.SEVERAL_TOKENS_CLI: QT_TRANSLATE_NOOP(
        "ServiceMessage", "several tokens are plugged in (%1): choose one of them"
    ),
    _M.TOKEN_PIN_WRONG: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the token's PIN is wrong (a few more wrong tries lock it)"
    ),
    _M.TOKEN_PIN_LOCKED: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the token's PIN is locked: unlock it with the token's tool"
    ),
    _M.TOKEN_CANNOT_OPEN: QT_TRANSLATE_NOOP("ServiceMessage", "the token cannot be opened (%1)"),
    _M.TOKEN_NO_KEY: QT_TRANSLATE_NOOP("ServiceMessage", "the token holds no signing key"),
    _M.TOKEN_NO_KEY_LABELLED: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the token holds no signing key labelled %1"
    ),
    _M.TOKEN_SEVERAL_KEYS_CLI: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the token holds several keys (%1): choose one of them"
    ),
    _M.TOKEN_NO_CERTIFICATE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the token holds no certificate for its signing key"
    ),
    _M.CODE_EMPTY_FOR_CERTIFICATE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "a certificate needs an institution code, and this one is empty"
    ),
    _M.CODE_TOO_LONG_FOR_CERTIFICATE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the institution code '%1' is too long for a certificate (%2 bytes, at most %3): choose "
        "a shorter code",
    ),
    _M.SUBORDINATE_NEEDS_NAME: QT_TRANSLATE_NOOP("ServiceMessage", "a subordinate needs a name"),
    _M.NOT_KNOWN_HERE: QT_TRANSLATE_NOOP("ServiceMessage", "%1 is not known here"),
    _M.CERT_NOT_REGISTERED_FOR: QT_TRANSLATE_NOOP(
        "ServiceMessage", "that certificate is not registered for %1"
    ),
    _M.RECEIVED_RETURN_GONE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "that received return is not kept here"
    ),
    _M.SIGNATURE_NOT_HOLDING: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1: its signature does not hold, so its certificate is not offered"
    ),
    _M.NO_IDENTITY_TO_ISSUE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "there is no signing identity yet: create one in Settings first"
    ),
    _M.ALREADY_TAKEN_IN: QT_TRANSLATE_NOOP("ServiceMessage", "%1 was taken in already"),
    _M.NO_SUBORDINATES_CLI: QT_TRANSLATE_NOOP(
        "ServiceMessage", "no subordinates are registered yet: add them on the Subordinates page"
    ),
    _M.NO_SUCH_PERIOD: QT_TRANSLATE_NOOP("ServiceMessage", "the plan has no period %1"),
    _M.COPY_TO_ITSELF: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the copy must go to another database than the one it comes from"
    ),
    _M.NO_DATABASE_AT: QT_TRANSLATE_NOOP("ServiceMessage", "there is no database at %1"),
    _M.COPY_TARGET_FOLDER: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 is a folder; give the name of the new database file"
    ),
    _M.COPY_TARGET_EXISTS: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 exists; copy into a new file (nothing was copied)"
    ),
    _M.COPY_FOLDER_MISSING: QT_TRANSLATE_NOOP(
        "ServiceMessage", "the folder %1 does not exist; nothing was copied"
    ),
    _M.NO_DATABASE_TO_BACK_UP: QT_TRANSLATE_NOOP(
        "ServiceMessage", "there is no database at %1 to back up"
    ),
    _M.BACKUP_CANNOT_READ: QT_TRANSLATE_NOOP(
        "ServiceMessage", "cannot read the database %1 to back it up (%2); no backup was written"
    ),
    _M.BACKUP_CANNOT_WRITE: QT_TRANSLATE_NOOP("ServiceMessage", "cannot write the backup %1: %2"),
    _M.RESTORE_OTHER_PROGRAM_SAYS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "another program has the database open (SQLite says: %1): close it, then run the restore "
        "again; nothing was changed",
    ),
    _M.RESTORE_CURRENT_UNREADABLE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the current database %1 cannot be read (%2); move it aside by hand, then run the "
        "restore again; nothing was changed",
    ),
    _M.RESTORE_OTHER_PROGRAM: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "another program has the database open: close it, then run the restore again; nothing "
        "was changed",
    ),
    _M.RESTORE_SOURCE_MISSING: QT_TRANSLATE_NOOP("ServiceMessage", "%1 does not exist"),
    _M.RESTORE_FROM_ITSELF: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 is the database itself; choose a backup file"
    ),
    _M.RESTORE_REFUSED: QT_TRANSLATE_NOOP("ServiceMessage", "%1; nothing was changed"),
    _M.RESTORE_UNREADABLE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 cannot be read as a database (%2); nothing was changed"
    ),
    _M.RESTORE_CANNOT_COPY: QT_TRANSLATE_NOOP(
        "ServiceMessage", "cannot copy %1 beside the database (%2); nothing was changed"
    ),
    _M.RESTORE_OPEN_IN: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the database is open in %1: close it, then run the restore again; nothing was changed",
    ),
    _M.RESTORE_OPEN_IN_MORE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the database is open in %1 and %2 more: close it, then run the restore again; nothing "
        "was changed",
    ),
    _M.RESTORE_NOT_UPGRADED: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 could not be brought to this version (%2); the database was put back as it was",
    ),
    _M.PG_DUMP_MISSING: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "pg_dump is not installed (Debian/Ubuntu: apt-get install postgresql-client; Windows: "
        "the command-line tools of the PostgreSQL installer, on PATH); no backup was written",
    ),
    _M.PG_RESTORE_MISSING: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "pg_restore is not installed (Debian/Ubuntu: apt-get install postgresql-client; Windows: "
        "the command-line tools of the PostgreSQL installer, on PATH); nothing was changed",
    ),
    _M.PG_DUMP_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "pg_dump of %1 took more than an hour and was stopped; no backup was written",
    ),
    _M.PG_DUMP_FAILED: QT_TRANSLATE_NOOP(
        "ServiceMessage", "pg_dump of %1 failed (%2); no backup was written"
    ),
    _M.PG_RESTORE_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "pg_restore of %1 took more than an hour and was stopped; the database was left as it "
        "was (a copy of it: %2)",
    ),
    _M.PG_RESTORE_FAILED: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "pg_restore of %1 failed (%2); the database was left as it was (a copy of it: %3)",
    ),
    _M.NOT_A_SERVER_BACKUP: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not a database backup of a server (pg_restore says: %2); nothing was changed",
    ),
    _M.NOT_A_PLANDESK_BACKUP: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 is not a backup of a PlanDesk database; nothing was changed"
    ),
    _M.BACKUP_NO_REVISION: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 holds no PlanDesk schema revision; nothing was changed"
    ),
    _M.BACKUP_FROM_NEWER: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 was written by a newer PlanDesk (schema %2); install the newer version to use it; "
        "nothing was changed",
    ),
    _M.SERVER_OPEN_BY: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the database is open (%1): ask the other clerks to close PlanDesk, then run the restore "
        "again; nothing was changed",
    ),
    _M.SERVER_OPEN_BY_MORE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the database is open (%1 and more): ask the other clerks to close PlanDesk, then run "
        "the restore again; nothing was changed",
    ),
    _M.SERVER_OPEN_CONNECTIONS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the database is open (%1 other connection(s)): ask the other clerks to close PlanDesk, "
        "then run the restore again; nothing was changed",
    ),
    _M.SERVER_RESTORED_NOT_UPGRADED: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 was restored but could not be brought to this version (%2); the database as it was "
        "is in %3",
    ),
    _M.IMPORT_FILE_IS_FOLDER: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is a folder: looked for a plan file (.xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt "
        "or .json)",
    ),
    _M.IMPORT_FILE_MISSING: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 does not exist: looked for a plan file at %2",
    ),
    _M.IMPORT_CANNOT_READ: QT_TRANSLATE_NOOP("ServiceMessage", "%1 cannot be read: %2"),
    _M.IMPORT_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is too large (%2): looked for a plan file of at most %3 MB",
    ),
    _M.IMPORT_TOO_LARGE_TEXT: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is too large (%2): looked for a table file (.csv, .tsv, .txt) of at most %3 MB",
    ),
    _M.IMPORT_TOO_LARGE_XLS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is too large (%2): looked for an old Excel 97-2003 (.xls) workbook of at most %3 MB",
    ),
    _M.IMPORT_TOO_LARGE_JSON: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is too large (%2): looked for a plan file (.json) of at most %3 MB",
    ),
    _M.IMPORT_EMPTY: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is empty: looked for a plan table and found nothing",
    ),
    _M.IMPORT_OLD_WORD: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is an old Word 97-2003 (.doc) or password-protected document: looked for a .docx "
        "document, so save it as .docx without a password",
    ),
    _M.IMPORT_NOT_DOCX: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not a Word .docx document: looked for the zip package of a Word .docx document and "
        "found something else",
    ),
    _M.IMPORT_DOCX_DAMAGED: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 is damaged: looked for a readable .docx zip package (%2)"
    ),
    _M.IMPORT_XLSX_DAMAGED: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 is damaged: looked for a readable .xlsx zip package (%2)"
    ),
    _M.IMPORT_ODF_DAMAGED: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 is damaged: looked for a readable OpenDocument package (%2)"
    ),
    _M.IMPORT_NOT_ODF: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not an OpenDocument file: looked for the zip package of an OpenDocument file and "
        "found something else",
    ),
    _M.IMPORT_NOT_XLSX: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not an Excel workbook: looked for the zip package of an .xlsx file and found "
        "something else",
    ),
    _M.IMPORT_NOT_XLS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not an old Excel 97-2003 (.xls) workbook: looked for the Excel 97-2003 file format "
        "and found something else",
    ),
    _M.IMPORT_NOT_SUPPORTED: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not a file PlanDesk imports: looked for .xlsx, .xls, .docx, .ods, .odt, .csv, "
        ".tsv, .txt or .json",
    ),
    _M.IMPORT_JSON_NOT_TABLE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is a JSON file: looked for a table (.xlsx, .xls, .docx, .ods, .csv, .tsv or .txt)",
    ),
    _M.IMPORT_NO_SHEET: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 has no worksheet: looked for a sheet with a table",
    ),
    _M.IMPORT_NO_PLAN_SHEET: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 has no worksheet: looked for a sheet with a plan table",
    ),
    _M.IMPORT_WHERE: QT_TRANSLATE_NOOP("ServiceMessage", "%1: %2"),
    _M.IMPORT_BINARY: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not a plan table: looked for rows of text and found binary data",
    ),
    _M.IMPORT_BAD_BYTE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 cannot be read: looked for %2 text (it starts with that mark) and byte %3 is not "
        "valid there",
    ),
    _M.JSON_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is larger than %2 MB: looked for a PlanDesk plan: a JSON object with title, year, "
        "scheme and items and far smaller",
    ),
    _M.JSON_TOO_MANY_VALUES: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 holds more than %2 values: looked for a PlanDesk plan: a JSON object with title, "
        "year, scheme and items, of at most %3 goals and activities",
    ),
    _M.JSON_INVALID: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not valid JSON: looked for a PlanDesk plan: a JSON object with title, year, scheme "
        "and items",
    ),
    _M.JSON_NOT_PLAN: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not a plan file: looked for a PlanDesk plan: a JSON object with title, year, "
        "scheme and items",
    ),
    _M.JSON_UNUSABLE: QT_TRANSLATE_NOOP("ServiceMessage", "%1 is not a usable plan file: %2"),
    _M.IMPORT_TOO_MANY_ITEMS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 holds %2 goals and activities: looked for a plan of at most %3",
    ),
    _M.IMPORT_TOO_MANY_ENTRIES: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 holds %2 goals, activities, planned periods and footnotes together: looked for a plan "
        "of at most %3 of them",
    ),
    _M.IMPORT_TOO_SLOW: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 takes too long to read (more than %2 seconds): looked for a table PlanDesk reads in a "
        "few seconds",
    ),
    _M.IMPORT_NO_YEAR: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the file names no year: looked for a year or a period in its title, its column headings, "
        "its dates and its text, and found none; say which year the plan is for",
    ),
    _M.IMPORT_NO_YEAR_IN: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the file names no year: looked for a year or a period in its title, its column "
        "headings, its dates and its text, and found none; say which year the plan is for",
    ),
    _M.IMPORT_CODE_TWICE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: code %2 appears twice; codes must be unique",
    ),
    _M.IMPORT_CAMPAIGN_NEEDS_WINDOW: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: a campaign plan needs the start and end of its window",
    ),
    _M.IMPORT_WINDOW_NEEDS_DAYS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the campaign window %2 needs a start and an end date",
    ),
    _M.IMPORT_PLANNED_OUTSIDE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: item %2 is planned in %3, which is not a period of the plan (%4)",
    ),
    _M.IMPORT_FOOTNOTE_MISSING: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: item %2 refers to footnote %3, which is missing",
    ),
    _M.EVENTS_NO_HEADER: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "no header row of an events list found: looked for a date column (Date, Tarih, Дата, "
        "Data, Ngày) and a title column (Title, Etkinlik, Мероприятие, Titlu, Tên hoạt động) in "
        "the first %1 rows",
    ),
    _M.EVENTS_TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the list has %1 rows of events: looked for at most %2 events in one list (split it into "
        "several files)",
    ),
    _M.EVENTS_NO_ROWS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the events list has a header but no rows",
    ),
    _M.EVENTS_ROW_REFUSED: QT_TRANSLATE_NOOP("ServiceMessage", "row %1: %2"),
    _M.IMPORT_XLSX_IS_ODF: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is an OpenDocument file: looked for an .xlsx workbook, so save it as .xlsx",
    ),
    _M.IMPORT_XLSX_IS_WORD: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 is a Word document: looked for an Excel workbook, save it as .xlsx"
    ),
    _M.IMPORT_XLSX_NO_WORKBOOK: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not an Excel workbook: looked for xl/workbook.xml inside and found none",
    ),
    _M.IMPORT_XLSX_ENCRYPTED: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 is encrypted: looked for a workbook without a password"
    ),
    _M.IMPORT_XLSX_DOCTYPE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 contains XML with a document type declaration (%2): looked for a plain "
        "Excel workbook, which never has one",
    ),
    _M.IMPORT_XLSX_SHARED_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 has %2 of shared texts: looked for a workbook with at most %3 of them"
    ),
    _M.IMPORT_XLSX_PART_ENCODING: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the part %2 is written in the text encoding %3: looked for UTF-8 or UTF-16 "
        "XML, as Excel writes",
    ),
    _M.IMPORT_XLSX_LONG_TEXT: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the part %2 holds a text longer than %3: looked for cells of a plan table, "
        "which are far shorter",
    ),
    _M.IMPORT_XLSX_PART_ELEMENTS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the part %2 has more than %3 elements: looked for an Excel workbook, whose "
        "parts are far smaller",
    ),
    _M.IMPORT_XLSX_PART_CELLS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the sheet part %2 has more than %3 cells: looked for a plan table of at most %3 cells",
    ),
    _M.IMPORT_XLSX_PART_SHARED_TEXTS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the part %2 has more than %3 shared texts: looked for a workbook with at most %3",
    ),
    _M.IMPORT_XLSX_PART_ROWS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the part %2 has more than %3 rows: looked for a workbook with at most %3",
    ),
    _M.IMPORT_XLSX_ROW_ELEMENTS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: one row of the part %2 has more than %3 elements: looked for an Excel "
        "workbook, whose rows and texts are far smaller",
    ),
    _M.IMPORT_XLSX_TEXT_ELEMENTS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: one shared text of the part %2 has more than %3 elements: looked for an "
        "Excel workbook, whose rows and texts are far smaller",
    ),
    _M.IMPORT_XLSX_UNREADABLE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not a readable Excel workbook: looked for its worksheets and found a "
        "damaged part (%2)",
    ),
    _M.IMPORT_XLSX_SHEET_UNREADABLE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the sheet '%2' cannot be read: looked for rows of cells and found a damaged part (%3)",
    ),
    _M.IMPORT_XLSX_SHEET_TEXT: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the sheet '%2' holds more than %3 characters: looked for a plan table, "
        "which holds far less text",
    ),
    _M.IMPORT_XLSX_SHEET_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the sheet '%2' is too large: looked for a plan table of at most %3 rows "
        "and %4 columns",
    ),
    _M.IMPORT_XLSX_SHEET_TOO_WIDE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the sheet '%2' has text beyond column %3 in row %4: looked for a plan "
        "table, which is far narrower",
    ),
    _M.IMPORT_XLSX_SHEET_ROWS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the sheet '%2' has more than %3 rows: looked for a table of at most that many",
    ),
    _M.IMPORT_LINE_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 has a line longer than %2 characters: looked for rows of a plan table and found none",
    ),
    _M.IMPORT_ROW_TOO_WIDE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 has %2 columns in row %3: looked for a plan table, which has at most %4",
    ),
    _M.IMPORT_TEXT_CELLS_BY_ROW: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 has more than %2 cells (by row %3): looked for a plan table of at most %2 cells",
    ),
    _M.IMPORT_TEXT_CHARS_BY_ROW: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 holds more than %2 characters (by row %3): looked for a plan table, which "
        "holds far less text",
    ),
    _M.IMPORT_TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 has more than %2 rows: looked for a table of at most that many"
    ),
    _M.IMPORT_CSV_UNREADABLE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 is not a readable CSV table: looked for delimited rows (%2)"
    ),
    _M.IMPORT_TOO_MANY_CELLS: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 has more than %2 cells: looked for a plan table of at most %2 cells"
    ),
    _M.IMPORT_TOO_MUCH_TEXT: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 holds more than %2 characters: looked for a plan table, which holds far less text",
    ),
    _M.IMPORT_COLUMN_NO_PERIOD: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "column %1 names no period: looked for a period in its heading (a quarter, a "
        "four-month period, a month …)",
    ),
    _M.IMPORT_NOT_A_ROLE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "column %1: '%2' is not a column role"
    ),
    _M.IMPORT_MIXED_PERIODS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the period columns mix different kinds of periods: looked for one scheme "
        "(quarters, four-month periods, months …)",
    ),
    _M.IMPORT_NO_ACTIVITY_COLUMN: QT_TRANSLATE_NOOP(
        "ServiceMessage", "no column holds the activity texts: choose one as 'Activity'"
    ),
    _M.IMPORT_NO_HEADER: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "no header row found: looked for a column of activity texts (Faaliyet, "
        "Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first "
        "%1 rows",
    ),
    _M.IMPORT_TABLE_EMPTY: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the table is empty: looked for a column of activity texts (Faaliyet, Activity, "
        "Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows",
    ),
    _M.IMPORT_NO_HEADER_NOR_NUMBERED: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "no header row found: looked for a column of activity texts (Faaliyet, "
        "Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first "
        "%1 rows, and no numbered paragraphs (I., 1., -) to read a plan from",
    ),
    _M.IMPORT_NOTHING_BELOW_HEADER: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the header row (row %1) has no activities below it: looked for rows with a "
        "code or an activity text",
    ),
    _M.IMPORT_NOTHING_CODED_BELOW_HEADER: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "the header row (row %1) has no activities below it: looked for rows with a "
        "code and an activity text",
    ),
    _M.IMPORT_CODE_TWICE_ROWS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "code %1 appears twice (rows %2 and %3): looked for one code per goal and activity",
    ),
    _M.IMPORT_ITEM_NO_TEXT: QT_TRANSLATE_NOOP(
        "ServiceMessage", "row %1: item %2 has no text: looked for it in the column '%3'"
    ),
    _M.IMPORT_DOCX_NO_DOCUMENT: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not a Word document: looked for word/document.xml inside and found none",
    ),
    _M.IMPORT_DOCX_ENCRYPTED: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 is encrypted: looked for a Word document without a password"
    ),
    _M.IMPORT_DOCX_LONG_TEXT: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the part %2 holds a text longer than %3: looked for a document of a plan, "
        "whose paragraphs are far shorter",
    ),
    _M.IMPORT_DOCX_ELEMENTS: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1: the part %2 has more than %3 XML elements: looked for a document of a "
        "plan, which has far fewer",
    ),
    _M.IMPORT_DOCX_UNREADABLE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not a readable Word document: looked for its paragraphs and tables and "
        "found a damaged part (%2)",
    ),
    _M.IMPORT_ODF_ENCRYPTED: QT_TRANSLATE_NOOP(
        "ServiceMessage", "%1 is encrypted: looked for a file without a password"
    ),
    _M.IMPORT_ODF_NO_CONTENT: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not an OpenDocument file: looked for content.xml inside and found none",
    ),
    _M.IMPORT_ODF_UNREADABLE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is not a readable OpenDocument file: looked for its tables and found a "
        "damaged part (%2)",
    ),
    _M.IMPORT_XLS_PASSWORD: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is an old Excel 97-2003 (.xls) workbook protected by a password: looked for "
        "a workbook without a password, so save it again without one",
    ),
    _M.IMPORT_XLS_UNREADABLE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is an old Excel 97-2003 (.xls) workbook that cannot be read (damaged or "
        "password-protected): looked for its worksheets (%2)",
    ),
    _M.IMPORT_XLS_SHEET_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "%1 is too large (%2 rows, %3 columns): looked for a plan table of at most %4 "
        "rows and %5 columns",
    ),
}
TEMPLATES: dict[Message, str] = {code: str(text) for code, text in _TEMPLATES.items()}

# codes whose English names the command line; the window's template says it in its own words
WINDOW_WORDS = {
    _M.PROFILE_FIRST_CLI,
    _M.NO_SEAL_IDENTITY,
    _M.NO_SIGNING_IDENTITY,
    _M.TOKEN_CERT_CHANGED,
    _M.NO_PLAN,
    _M.CAMPAIGN_NEEDS_DAYS,
    _M.DAYS_ONLY_FOR_CAMPAIGN,
    _M.PLAN_NEEDS_TITLE,
    _M.PERIODS_CANNOT_CHANGE,
    _M.P7S_NEEDS_SIGN,
    _M.DEMO_NEEDS_EMPTY,
    _M.TEMPLATE_UNTRUSTED,
    _M.TEMPLATE_UNTRUSTED_UNNAMED,
    _M.OWN_PROFILE_FIRST_CLI,
    _M.OWN_PROFILE_FIRST,
    _M.NOT_AN_AUTHORITY,
    _M.SEVERAL_TOKENS_CLI,
    _M.TOKEN_SEVERAL_KEYS_CLI,
    _M.NO_SUBORDINATES_CLI,
}

# words a message names as a parameter
_WORDS: dict[StrEnum, object] = {
    Word.PROGRESS_MARKS: QT_TRANSLATE_NOOP("ServiceWord", "progress marks"),
    Word.NARRATIVE_TEXTS: QT_TRANSLATE_NOOP("ServiceWord", "narrative texts"),
    Word.PLANNED_PERIODS: QT_TRANSLATE_NOOP("ServiceWord", "planned periods"),
    Word.RETURNS: QT_TRANSLATE_NOOP("ServiceWord", "returns"),
    Word.ANOTHER_CLERK: QT_TRANSLATE_NOOP("ServiceWord", "another clerk"),
    ItemKind.GOAL: QT_TRANSLATE_NOOP("ServiceWord", "goal"),
    ItemKind.SUBGOAL: QT_TRANSLATE_NOOP("ServiceWord", "sub-goal"),
    ItemKind.ACTIVITY: QT_TRANSLATE_NOOP("ServiceWord", "activity"),
    BreakdownProblem.PARTICIPANTS_NEGATIVE: QT_TRANSLATE_NOOP(
        "ServiceWord", "the number of participants cannot be negative"
    ),
    BreakdownProblem.COUNT_NEGATIVE: QT_TRANSLATE_NOOP("ServiceWord", "no count may be negative"),
    BreakdownProblem.COUPLE_EXCEEDS: QT_TRANSLATE_NOOP(
        "ServiceWord", "women and men together exceed the number of participants"
    ),
    BreakdownProblem.GROUPS_EXCEED: QT_TRANSLATE_NOOP(
        "ServiceWord",
        "pupils, teachers, parents and staff together exceed the number of participants",
    ),
}
WORDS: dict[StrEnum, str] = {word: str(text) for word, text in _WORDS.items()}

_DECIMALS = re.compile(r"\.(\d+)f")


def _value(value: object, spec: str) -> str:
    """A parameter as the window's language writes it."""
    if isinstance(value, Outcome):
        return reason_text(value.code.value, value.params, value.text())
    if isinstance(value, BaseException):  # a service's error inside another's sentence
        return error_text(value)
    if isinstance(value, StrEnum) and value in WORDS:
        return QCoreApplication.translate(WORD_CONTEXT, WORDS[value])
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(v, "") for v in value)
    if isinstance(value, datetime):
        return formats.moment(value) if "%H" in spec else formats.day(value.date())
    if isinstance(value, date):
        return formats.day(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and spec:
        found = _DECIMALS.search(spec)
        return formats.number(value, int(found.group(1)) if found else 0)
    return english_value(value, spec)


def message_text(code: Message, params: Mapping[str, object], fallback: str = "") -> str:
    """The message *code* with *params* in the window's language; *fallback* (the English)
    if it cannot be made. Never raises."""
    try:
        given = specs(code)
        values = [_value(params.get(name, ""), given[name]) for name in fields(code)]
        template = QCoreApplication.translate(CONTEXT, TEMPLATES[code])
        return formats.fill(template, *values)
    except Exception:  # a message must never break the window that shows it
        log.exception("cannot translate the message %r %r", code, params)
        return fallback


def error_text(error: BaseException) -> str:
    """What the window says about *error*: a service's message in the window's language, any
    other error as its text."""
    code = getattr(error, "code", None)
    if isinstance(code, Message):
        return message_text(code, getattr(error, "params", {}) or {}, str(error))
    return str(error)
