"""What a service tells the clerk when it refuses: a code with parameters, decided on codes.

A service raises a :class:`~app.services.errors.PlanDeskError` with a :class:`Message` and its
parameters (``raise ValidationError(Message.CODE_IN_USE, code="2.1")``). The command line
prints the English sentence (``str(error)``, the template below filled in); the window
translates the code (``app.ui.messages``), formatting numbers and dates in its language and
naming its own pages and buttons where the English names a command or a flag of the command
line. Nothing decides by matching English words.

A template names each parameter as ``{name}`` or ``{name:spec}`` with a Python format spec
(``{limit:,}``, ``{day:%d.%m.%Y}``); the window formats the value in its language by the same
spec. A parameter may be text, a number, a date, a :class:`Word` (or another word code the
window knows: an item kind, a breakdown problem), a list of words, a verification
:class:`~app.services.reasons.Outcome` (shown by its own reason code), or an error a sentence
wraps ("row 4: ..."; said as its own message).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from app.domain.plan import ItemKind
from app.services.reasons import Outcome


class Word(StrEnum):
    """Words a message names as a parameter (the window translates them)."""

    PROGRESS_MARKS = "progress marks"
    NARRATIVE_TEXTS = "narrative texts"
    PLANNED_PERIODS = "planned periods"
    RETURNS = "returns"
    ANOTHER_CLERK = "another clerk"


class Message(StrEnum):
    # frozen periods
    PERIOD_FROZEN = "period_frozen"
    PERIOD_FROZEN_UNDATED = "period_frozen_undated"
    PERIOD_SIGNED_MEANWHILE = "period_signed_meanwhile"
    CONSOLIDATED_SIGNED_MEANWHILE = "consolidated_signed_meanwhile"
    # signing identities
    KEY_PASSWORD_SHORT = "key_password_short"
    KEY_WRONG_PASSWORD = "key_wrong_password"
    ROOT_KEY_UNUSABLE = "root_key_unusable"
    UNKNOWN_ROLE = "unknown_role"
    PROFILE_FIRST_CLI = "profile_first_cli"
    P12_TOO_LARGE = "p12_too_large"
    P12_CANNOT_OPEN = "p12_cannot_open"
    P12_NO_KEY = "p12_no_key"
    KEY_NOT_RSA = "key_not_rsa"
    CERTIFICATE_EXPIRED = "certificate_expired"
    NO_SEAL_IDENTITY = "no_seal_identity"
    NO_SIGNING_IDENTITY = "no_signing_identity"
    KEY_ON_TOKEN = "key_on_token"
    SIGNING_KEY_UNUSABLE = "signing_key_unusable"
    TOKEN_CERT_CHANGED = "token_cert_changed"
    NOT_A_CERTIFICATE = "not_a_certificate"
    # plans
    PLAN_GONE = "plan_gone"
    NO_PLAN = "no_plan"
    PLAN_NO_PERIOD = "plan_no_period"
    PERIOD_KEY_INVALID = "period_key_invalid"
    CAMPAIGN_PLAN_NEEDS_WINDOW = "campaign_plan_needs_window"
    ITEM_WITHOUT_CODE = "item_without_code"
    CODE_TWICE = "code_twice"
    ITEM_NO_DESCRIPTION = "item_no_description"
    ITEM_PLANNED_OUTSIDE = "item_planned_outside"
    ITEM_FOOTNOTE_MISSING = "item_footnote_missing"
    # starting a plan, its title, year and periods
    CAMPAIGN_NEEDS_DAYS = "campaign_needs_days"
    CAMPAIGN_ENDS_BEFORE_START = "campaign_ends_before_start"
    DAYS_ONLY_FOR_CAMPAIGN = "days_only_for_campaign"
    NOT_A_PLAN_YEAR = "not_a_plan_year"
    PLAN_NEEDS_TITLE = "plan_needs_title"
    PLAN_TITLE_TOO_LONG = "plan_title_too_long"
    PLAN_TITLE_EMPTY = "plan_title_empty"
    UNKNOWN_LANGUAGE = "unknown_language"
    PERIODS_CANNOT_CHANGE = "periods_cannot_change"
    # institutions
    INSTITUTION_CODE_UNUSABLE = "institution_code_unusable"
    INSTITUTION_NEEDS_NAME = "institution_needs_name"
    UNKNOWN_INSTITUTION_KIND = "unknown_institution_kind"
    NOT_AN_EMAIL = "not_an_email"
    REPORTS_TO_ITSELF = "reports_to_itself"
    CODE_OF_ANOTHER_INSTITUTION = "code_of_another_institution"
    # editing the plan
    ITEM_GONE = "item_gone"
    CODE_EMPTY = "code_empty"
    CODE_IN_USE = "code_in_use"
    UNKNOWN_ITEM_KIND = "unknown_item_kind"
    ITEM_NEEDS_DESCRIPTION = "item_needs_description"
    FIELD_NOT_EDITABLE = "field_not_editable"
    TARGET_NEGATIVE = "target_negative"
    FOOTNOTE_MISSING = "footnote_missing"
    NOT_A_PERIOD_OF_PLAN = "not_a_period_of_plan"
    MOVE_UNDER_ITSELF = "move_under_itself"
    NOTHING_ABOVE = "nothing_above"
    ALREADY_TOP = "already_top"
    NOTHING_TO_INSERT = "nothing_to_insert"
    PASTED_ROW_INCOMPLETE = "pasted_row_incomplete"
    PASTED_PERIOD_UNKNOWN = "pasted_period_unknown"
    FOOTNOTE_INCOMPLETE = "footnote_incomplete"
    FOOTNOTE_MARK_TWICE = "footnote_mark_twice"
    FOOTNOTE_STILL_USED = "footnote_still_used"
    # events
    EVENT_NOT_IN_PLAN = "event_not_in_plan"
    EVENT_NEEDS_TITLE = "event_needs_title"
    EVENT_BREAKDOWN = "event_breakdown"
    EVENT_ENDS_BEFORE_START = "event_ends_before_start"
    EVENT_PLAN_GONE = "event_plan_gone"
    EVENT_EXISTS = "event_exists"
    # progress
    NO_ITEM_WITH_CODE = "no_item_with_code"
    UNKNOWN_STATUS = "unknown_status"
    PROGRESS_ON_ACTIVITIES = "progress_on_activities"
    NOT_DONE_NEEDS_REASON = "not_done_needs_reason"
    PARTICIPANTS_NEGATIVE = "participants_negative"
    ACHIEVED_NEGATIVE = "achieved_negative"
    DATE_DONE_ONLY_DONE = "date_done_only_done"
    DATE_OUTSIDE_PERIOD = "date_outside_period"
    MARK_HAS_EVIDENCE = "mark_has_evidence"
    # narrative
    OUTLINE_SECTION_TWICE = "outline_section_twice"
    OUTLINE_SECTION_NEEDS_TITLE = "outline_section_needs_title"
    OUTLINE_EMPTY = "outline_empty"
    NOT_A_SECTION = "not_a_section"
    SECTION_TOO_LONG = "section_too_long"
    NO_SUCH_SECTION = "no_such_section"
    # reporting periods, due dates, scheme
    DUE_DAYS_RANGE = "due_days_range"
    DUE_BEFORE_START = "due_before_start"
    CAMPAIGN_NOT_A_SCHEME = "campaign_not_a_scheme"
    SCHEME_LOCKED = "scheme_locked"
    # returns
    UNKNOWN_FORMAT = "unknown_format"
    P7S_NEEDS_SIGN = "p7s_needs_sign"
    SEAL_AFTER_HEAD = "seal_after_head"
    NO_SIGNED_RETURN_TO_CORRECT = "no_signed_return_to_correct"
    DEMO_NEEDS_EMPTY = "demo_needs_empty"
    # evidence files
    EVIDENCE_TOO_LARGE = "evidence_too_large"
    NOT_A_FILE = "not_a_file"
    FILE_EMPTY = "file_empty"
    EVENT_GONE = "event_gone"
    EVIDENCE_GONE = "evidence_gone"
    EVIDENCE_HASH_MISMATCH = "evidence_hash_mismatch"
    # plan templates from above
    TEMPLATE_TOO_LARGE = "template_too_large"
    TEMPLATE_NOT_JSON = "template_not_json"
    NOT_A_TEMPLATE = "not_a_template"
    TEMPLATE_UNSIGNED = "template_unsigned"
    TEMPLATE_SIGNATURE_DAMAGED = "template_signature_damaged"
    TEMPLATE_REFUSED = "template_refused"
    TEMPLATE_SIGNER_MISMATCH = "template_signer_mismatch"
    TEMPLATE_NO_PLAN = "template_no_plan"
    TEMPLATE_OLDER = "template_older"
    TEMPLATE_UNTRUSTED = "template_untrusted"
    TEMPLATE_UNTRUSTED_UNNAMED = "template_untrusted_unnamed"
    # receipts
    NO_RETURN_TAKEN_IN = "no_return_taken_in"
    DECISION_WORDS = "decision_words"
    SENT_BACK_NEEDS_REASON = "sent_back_needs_reason"
    REASON_TOO_LONG = "reason_too_long"
    OWN_PROFILE_FIRST_CLI = "own_profile_first_cli"
    OWN_PROFILE_FIRST = "own_profile_first"
    RECEIPT_DAMAGED = "receipt_damaged"
    RECEIPT_TOO_LARGE = "receipt_too_large"
    RECEIPT_NOT_JSON = "receipt_not_json"
    NOT_A_RECEIPT = "not_a_receipt"
    RECEIPT_UNSIGNED = "receipt_unsigned"
    RECEIPT_SIGNATURE_DAMAGED = "receipt_signature_damaged"
    RECEIPT_BAD_DECISION = "receipt_bad_decision"
    RECEIPT_REFUSED = "receipt_refused"
    RECEIPT_SIGNER_MISMATCH = "receipt_signer_mismatch"
    RECEIPT_FOR_ANOTHER = "receipt_for_another"
    RECEIPT_FROM_ANOTHER = "receipt_from_another"
    RECEIPT_UNKNOWN_VERSION = "receipt_unknown_version"
    # subordinates
    SUBORDINATE_NEEDS_CODE_NAME = "subordinate_needs_code_name"
    CERT_OF_ANOTHER = "cert_of_another"
    CERT_REGISTERED_FOR = "cert_registered_for"
    CERT_REGISTERED_FOR_MANY = "cert_registered_for_many"
    LIST_NO_HEADER = "list_no_header"
    LIST_TOO_LONG = "list_too_long"
    NOT_A_SUBORDINATE = "not_a_subordinate"
    ISSUE_NEEDS_OWN_ROOT = "issue_needs_own_root"
    NOT_A_SUBJECT = "not_a_subject"
    NOT_AN_AUTHORITY = "not_an_authority"
    # consolidation
    NOTHING_TO_CONSOLIDATE = "nothing_to_consolidate"
    SIGNED_CONSOLIDATED_FORMAT = "signed_consolidated_format"
    UNKNOWN_CONSOLIDATED_FORMAT = "unknown_consolidated_format"
    # tokens (PKCS#11)
    TOKEN_CANNOT_SIGN_WITH = "token_cannot_sign_with"
    TOKEN_REFUSED_TO_SIGN = "token_refused_to_sign"
    PKCS11_MODULE_MISSING = "pkcs11_module_missing"
    PKCS11_MODULE_UNLOADABLE = "pkcs11_module_unloadable"
    NO_TOKEN_LABELLED = "no_token_labelled"
    NO_TOKEN = "no_token"
    SEVERAL_TOKENS_CLI = "several_tokens_cli"
    TOKEN_PIN_WRONG = "token_pin_wrong"
    TOKEN_PIN_LOCKED = "token_pin_locked"
    TOKEN_CANNOT_OPEN = "token_cannot_open"
    TOKEN_NO_KEY = "token_no_key"
    TOKEN_NO_KEY_LABELLED = "token_no_key_labelled"
    TOKEN_SEVERAL_KEYS_CLI = "token_several_keys_cli"
    TOKEN_NO_CERTIFICATE = "token_no_certificate"
    # certificate names
    CODE_EMPTY_FOR_CERTIFICATE = "code_empty_for_certificate"
    CODE_TOO_LONG_FOR_CERTIFICATE = "code_too_long_for_certificate"
    # the registry of subordinates, intake
    SUBORDINATE_NEEDS_NAME = "subordinate_needs_name"
    NOT_KNOWN_HERE = "not_known_here"
    CERT_NOT_REGISTERED_FOR = "cert_not_registered_for"
    RECEIVED_RETURN_GONE = "received_return_gone"
    SIGNATURE_NOT_HOLDING = "signature_not_holding"
    NO_IDENTITY_TO_ISSUE = "no_identity_to_issue"
    ALREADY_TAKEN_IN = "already_taken_in"
    NO_SUBORDINATES_CLI = "no_subordinates_cli"
    NO_SUCH_PERIOD = "no_such_period"
    # copying a database
    COPY_TO_ITSELF = "copy_to_itself"
    NO_DATABASE_AT = "no_database_at"
    COPY_TARGET_FOLDER = "copy_target_folder"
    COPY_TARGET_EXISTS = "copy_target_exists"
    COPY_FOLDER_MISSING = "copy_folder_missing"
    # backup and restore of a file
    NO_DATABASE_TO_BACK_UP = "no_database_to_back_up"
    BACKUP_CANNOT_READ = "backup_cannot_read"
    BACKUP_CANNOT_WRITE = "backup_cannot_write"
    RESTORE_OTHER_PROGRAM_SAYS = "restore_other_program_says"
    RESTORE_CURRENT_UNREADABLE = "restore_current_unreadable"
    RESTORE_OTHER_PROGRAM = "restore_other_program"
    RESTORE_SOURCE_MISSING = "restore_source_missing"
    RESTORE_FROM_ITSELF = "restore_from_itself"
    RESTORE_REFUSED = "restore_refused"
    RESTORE_UNREADABLE = "restore_unreadable"
    RESTORE_CANNOT_COPY = "restore_cannot_copy"
    RESTORE_OPEN_IN = "restore_open_in"
    RESTORE_OPEN_IN_MORE = "restore_open_in_more"
    RESTORE_NOT_UPGRADED = "restore_not_upgraded"
    # backup and restore of a server's database
    PG_DUMP_MISSING = "pg_dump_missing"
    PG_RESTORE_MISSING = "pg_restore_missing"
    PG_DUMP_TOO_LONG = "pg_dump_too_long"
    PG_DUMP_FAILED = "pg_dump_failed"
    PG_RESTORE_TOO_LONG = "pg_restore_too_long"
    PG_RESTORE_FAILED = "pg_restore_failed"
    NOT_A_SERVER_BACKUP = "not_a_server_backup"
    NOT_A_PLANDESK_BACKUP = "not_a_plandesk_backup"
    BACKUP_NO_REVISION = "backup_no_revision"
    BACKUP_FROM_NEWER = "backup_from_newer"
    SERVER_OPEN_BY = "server_open_by"
    SERVER_OPEN_BY_MORE = "server_open_by_more"
    SERVER_OPEN_CONNECTIONS = "server_open_connections"
    SERVER_RESTORED_NOT_UPGRADED = "server_restored_not_upgraded"

    # importing plan files and events lists
    IMPORT_FILE_IS_FOLDER = "import_file_is_folder"
    IMPORT_FILE_MISSING = "import_file_missing"
    IMPORT_CANNOT_READ = "import_cannot_read"
    IMPORT_TOO_LARGE = "import_too_large"
    IMPORT_TOO_LARGE_TEXT = "import_too_large_text"
    IMPORT_TOO_LARGE_XLS = "import_too_large_xls"
    IMPORT_TOO_LARGE_JSON = "import_too_large_json"
    IMPORT_EMPTY = "import_empty"
    IMPORT_OLD_WORD = "import_old_word"
    IMPORT_NOT_DOCX = "import_not_docx"
    IMPORT_DOCX_DAMAGED = "import_docx_damaged"
    IMPORT_XLSX_DAMAGED = "import_xlsx_damaged"
    IMPORT_ODF_DAMAGED = "import_odf_damaged"
    IMPORT_NOT_ODF = "import_not_odf"
    IMPORT_NOT_XLSX = "import_not_xlsx"
    IMPORT_NOT_XLS = "import_not_xls"
    IMPORT_NOT_SUPPORTED = "import_not_supported"
    IMPORT_JSON_NOT_TABLE = "import_json_not_table"
    IMPORT_NO_SHEET = "import_no_sheet"
    IMPORT_NO_PLAN_SHEET = "import_no_plan_sheet"
    IMPORT_WHERE = "import_where"
    IMPORT_BINARY = "import_binary"
    IMPORT_BAD_BYTE = "import_bad_byte"
    JSON_TOO_LARGE = "json_too_large"
    JSON_TOO_MANY_VALUES = "json_too_many_values"
    JSON_INVALID = "json_invalid"
    JSON_NOT_PLAN = "json_not_plan"
    JSON_UNUSABLE = "json_unusable"
    IMPORT_TOO_MANY_ITEMS = "import_too_many_items"
    IMPORT_TOO_MANY_ENTRIES = "import_too_many_entries"
    IMPORT_TOO_SLOW = "import_too_slow"
    IMPORT_NO_YEAR = "import_no_year"
    IMPORT_NO_YEAR_IN = "import_no_year_in"
    IMPORT_CODE_TWICE = "import_code_twice"
    IMPORT_CAMPAIGN_NEEDS_WINDOW = "import_campaign_needs_window"
    IMPORT_WINDOW_NEEDS_DAYS = "import_window_needs_days"
    IMPORT_PLANNED_OUTSIDE = "import_planned_outside"
    IMPORT_FOOTNOTE_MISSING = "import_footnote_missing"
    EVENTS_NO_HEADER = "events_no_header"
    EVENTS_TOO_MANY_ROWS = "events_too_many_rows"
    EVENTS_NO_ROWS = "events_no_rows"
    EVENTS_ROW_REFUSED = "events_row_refused"
    IMPORT_XLSX_IS_ODF = "import_xlsx_is_odf"
    IMPORT_XLSX_IS_WORD = "import_xlsx_is_word"
    IMPORT_XLSX_NO_WORKBOOK = "import_xlsx_no_workbook"
    IMPORT_XLSX_ENCRYPTED = "import_xlsx_encrypted"
    IMPORT_XLSX_DOCTYPE = "import_xlsx_doctype"
    IMPORT_XLSX_SHARED_TOO_LARGE = "import_xlsx_shared_too_large"
    IMPORT_XLSX_PART_ENCODING = "import_xlsx_part_encoding"
    IMPORT_XLSX_LONG_TEXT = "import_xlsx_long_text"
    IMPORT_XLSX_PART_ELEMENTS = "import_xlsx_part_elements"
    IMPORT_XLSX_PART_CELLS = "import_xlsx_part_cells"
    IMPORT_XLSX_PART_SHARED_TEXTS = "import_xlsx_part_shared_texts"
    IMPORT_XLSX_PART_ROWS = "import_xlsx_part_rows"
    IMPORT_XLSX_ROW_ELEMENTS = "import_xlsx_row_elements"
    IMPORT_XLSX_TEXT_ELEMENTS = "import_xlsx_text_elements"
    IMPORT_XLSX_UNREADABLE = "import_xlsx_unreadable"
    IMPORT_XLSX_SHEET_UNREADABLE = "import_xlsx_sheet_unreadable"
    IMPORT_XLSX_SHEET_TEXT = "import_xlsx_sheet_text"
    IMPORT_XLSX_SHEET_TOO_LARGE = "import_xlsx_sheet_too_large"
    IMPORT_XLSX_SHEET_TOO_WIDE = "import_xlsx_sheet_too_wide"
    IMPORT_XLSX_SHEET_ROWS = "import_xlsx_sheet_rows"
    IMPORT_LINE_TOO_LONG = "import_line_too_long"
    IMPORT_ROW_TOO_WIDE = "import_row_too_wide"
    IMPORT_TEXT_CELLS_BY_ROW = "import_text_cells_by_row"
    IMPORT_TEXT_CHARS_BY_ROW = "import_text_chars_by_row"
    IMPORT_TOO_MANY_ROWS = "import_too_many_rows"
    IMPORT_CSV_UNREADABLE = "import_csv_unreadable"
    IMPORT_TOO_MANY_CELLS = "import_too_many_cells"
    IMPORT_TOO_MUCH_TEXT = "import_too_much_text"
    IMPORT_COLUMN_NO_PERIOD = "import_column_no_period"
    IMPORT_NOT_A_ROLE = "import_not_a_role"
    IMPORT_MIXED_PERIODS = "import_mixed_periods"
    IMPORT_NO_ACTIVITY_COLUMN = "import_no_activity_column"
    IMPORT_NO_HEADER = "import_no_header"
    IMPORT_TABLE_EMPTY = "import_table_empty"
    IMPORT_NO_HEADER_NOR_NUMBERED = "import_no_header_nor_numbered"
    IMPORT_NOTHING_BELOW_HEADER = "import_nothing_below_header"
    IMPORT_NOTHING_CODED_BELOW_HEADER = "import_nothing_coded_below_header"
    IMPORT_CODE_TWICE_ROWS = "import_code_twice_rows"
    IMPORT_ITEM_NO_TEXT = "import_item_no_text"
    IMPORT_DOCX_NO_DOCUMENT = "import_docx_no_document"
    IMPORT_DOCX_ENCRYPTED = "import_docx_encrypted"
    IMPORT_DOCX_LONG_TEXT = "import_docx_long_text"
    IMPORT_DOCX_ELEMENTS = "import_docx_elements"
    IMPORT_DOCX_UNREADABLE = "import_docx_unreadable"
    IMPORT_ODF_ENCRYPTED = "import_odf_encrypted"
    IMPORT_ODF_NO_CONTENT = "import_odf_no_content"
    IMPORT_ODF_UNREADABLE = "import_odf_unreadable"
    IMPORT_XLS_PASSWORD = "import_xls_password"
    IMPORT_XLS_UNREADABLE = "import_xls_unreadable"
    IMPORT_XLS_SHEET_TOO_LARGE = "import_xls_sheet_too_large"


_M = Message
# code -> the English sentence of the command line (one line, lower case, no final stop)
MESSAGES: dict[Message, str] = {
    _M.PERIOD_FROZEN: (
        "period {period} is frozen by its signed return (version {version} on "
        "{signed:%d.%m.%Y}); correct the return to change its data"
    ),
    _M.PERIOD_FROZEN_UNDATED: (
        "period {period} is frozen by its signed return (version {version}); "
        "correct the return to change its data"
    ),
    _M.PERIOD_SIGNED_MEANWHILE: (
        "the period {period} was signed meanwhile by {who} (version {version}, "
        "{signed:%d.%m.%Y %H:%M} UTC); nothing was signed here, look again"
    ),
    _M.CONSOLIDATED_SIGNED_MEANWHILE: (
        "the consolidated return of period {period} was signed meanwhile by {who} (version "
        "{version}, {signed:%d.%m.%Y %H:%M} UTC); nothing was signed here, look again"
    ),
    _M.KEY_PASSWORD_SHORT: "the key password needs at least {minimum} characters",
    _M.KEY_WRONG_PASSWORD: "wrong password for the signing key",
    _M.ROOT_KEY_UNUSABLE: "the stored root key is not usable",
    _M.UNKNOWN_ROLE: "unknown role '{role}' (head or seal)",
    _M.PROFILE_FIRST_CLI: "set the institution profile first ('plandesk institution set')",
    _M.P12_TOO_LARGE: "this is not a PKCS#12 key file (too large)",
    _M.P12_CANNOT_OPEN: "the key file cannot be opened: wrong password or not a PKCS#12 file",
    _M.P12_NO_KEY: "the PKCS#12 file holds no private key with a certificate",
    _M.KEY_NOT_RSA: "only RSA keys are supported for signing returns",
    _M.CERTIFICATE_EXPIRED: "the certificate expired on {expired:%d.%m.%Y}",
    _M.NO_SEAL_IDENTITY: (
        "there is no seal identity: 'plandesk identity create --role seal', "
        "'identity import FILE.p12 --role seal' or 'identity token ... --role seal'"
    ),
    _M.NO_SIGNING_IDENTITY: (
        "there is no signing identity yet: 'plandesk identity create' or "
        "'plandesk identity import FILE.p12'"
    ),
    _M.KEY_ON_TOKEN: "this signing key is on a token: its PIN opens it, not a password",
    _M.SIGNING_KEY_UNUSABLE: "the stored signing key is not usable",
    _M.TOKEN_CERT_CHANGED: (
        "the token's certificate is not the one registered: register it again "
        "('plandesk identity token')"
    ),
    _M.NOT_A_CERTIFICATE: "the file is not a certificate (PEM or DER)",
    _M.PLAN_GONE: "plan {plan} is no longer in this database",
    _M.NO_PLAN: (
        "there is no plan yet: import one with 'plandesk plan import FILE' or start one "
        "with 'plandesk plan set --title T --year Y'"
    ),
    _M.PLAN_NO_PERIOD: "the plan has no period {period} (its periods: {periods})",
    _M.PERIOD_KEY_INVALID: "{detail}",
    _M.CAMPAIGN_PLAN_NEEDS_WINDOW: "a campaign plan needs the start and end of its window",
    _M.ITEM_WITHOUT_CODE: "a {item_kind} has no code: '{text}'",
    _M.CODE_TWICE: "code {code} appears twice; codes must be unique in a plan",
    _M.ITEM_NO_DESCRIPTION: "item {code} has no description",
    _M.ITEM_PLANNED_OUTSIDE: (
        "item {code} is planned in {period}, which is not a period of the plan ({periods})"
    ),
    _M.ITEM_FOOTNOTE_MISSING: "item {code} refers to footnote {mark}, which is missing",
    _M.CAMPAIGN_NEEDS_DAYS: "a campaign window needs its first and last day (--start, --end)",
    _M.CAMPAIGN_ENDS_BEFORE_START: "custom window {period} ends before it starts",
    _M.DAYS_ONLY_FOR_CAMPAIGN: "--start and --end set a campaign window (scheme custom)",
    _M.NOT_A_PLAN_YEAR: "{year} is not a plan year (1990 to 2100)",
    _M.PLAN_NEEDS_TITLE: "a new plan needs a title (--title)",
    _M.PLAN_TITLE_TOO_LONG: "a plan title may hold at most {limit} characters",
    _M.PLAN_TITLE_EMPTY: "the plan's title cannot be empty",
    _M.UNKNOWN_LANGUAGE: "unknown language '{language}' (one of: {languages})",
    _M.PERIODS_CANNOT_CHANGE: (
        "the plan's periods cannot change: it already has {recorded} (start a new plan with "
        "'plandesk plan set' after importing, or keep them)"
    ),
    _M.INSTITUTION_CODE_UNUSABLE: (
        "'{code}' is not a usable institution code (letters, digits, . - / _; up to {limit} bytes)"
    ),
    _M.INSTITUTION_NEEDS_NAME: "the institution needs a name",
    _M.UNKNOWN_INSTITUTION_KIND: "unknown institution kind '{kind}' (one of: {kinds})",
    _M.NOT_AN_EMAIL: "'{email}' is not an e-mail address",
    _M.REPORTS_TO_ITSELF: "an institution cannot report to itself",
    _M.CODE_OF_ANOTHER_INSTITUTION: "code {code} already belongs to another institution",
    _M.ITEM_GONE: "this plan item no longer exists",
    _M.CODE_EMPTY: "the code cannot be empty",
    _M.CODE_IN_USE: "code {code} is already used in this plan",
    _M.UNKNOWN_ITEM_KIND: "unknown item kind '{kind}'",
    _M.ITEM_NEEDS_DESCRIPTION: "item {code} needs a description",
    _M.FIELD_NOT_EDITABLE: "'{field}' cannot be edited",
    _M.TARGET_NEGATIVE: "a target cannot be negative",
    _M.FOOTNOTE_MISSING: "footnote {mark} does not exist in this plan",
    _M.NOT_A_PERIOD_OF_PLAN: "{period} is not a period of this plan",
    _M.MOVE_UNDER_ITSELF: "an item cannot be moved under itself",
    _M.NOTHING_ABOVE: "{code} has no item above it on its level to go under",
    _M.ALREADY_TOP: "{code} is already at the top level",
    _M.NOTHING_TO_INSERT: "there is nothing to insert",
    _M.PASTED_ROW_INCOMPLETE: "every pasted row needs a code and a text",
    _M.PASTED_PERIOD_UNKNOWN: "{code}: {period} is not a period of this plan",
    _M.FOOTNOTE_INCOMPLETE: "every footnote needs a mark and a text",
    _M.FOOTNOTE_MARK_TWICE: "two footnotes have the same mark",
    _M.FOOTNOTE_STILL_USED: "footnote {mark} is still used by a plan item",
    _M.EVENT_NOT_IN_PLAN: "event {event} is not in this plan (it may have been deleted)",
    _M.EVENT_NEEDS_TITLE: "an event needs a title",
    _M.EVENT_BREAKDOWN: "event '{title}': {problem}",
    _M.EVENT_ENDS_BEFORE_START: "an event cannot end before it starts",
    _M.EVENT_PLAN_GONE: "the plan of this event no longer exists",
    _M.EVENT_EXISTS: "event {event} exists already",
    _M.NO_ITEM_WITH_CODE: "the plan has no item with code {code}",
    _M.UNKNOWN_STATUS: "unknown status '{status}' (one of: {statuses})",
    _M.PROGRESS_ON_ACTIVITIES: "{code} is a {item_kind}; progress is marked on activities",
    _M.NOT_DONE_NEEDS_REASON: "{code} in {period}: 'not done' needs a reason",
    _M.PARTICIPANTS_NEGATIVE: "the number of participants cannot be negative",
    _M.ACHIEVED_NEGATIVE: "the achieved value cannot be negative",
    _M.DATE_DONE_ONLY_DONE: "a date done is given only for done or in-progress activities",
    _M.DATE_OUTSIDE_PERIOD: (
        "date {day:%d.%m.%Y} lies outside period {period} ({start:%d.%m.%Y}–{end:%d.%m.%Y}, "
        "due {due:%d.%m.%Y})"
    ),
    _M.MARK_HAS_EVIDENCE: (
        "{code} in {period} has {files} evidence file(s); remove them before clearing the mark"
    ),
    _M.OUTLINE_SECTION_TWICE: "the outline has section '{key}' twice",
    _M.OUTLINE_SECTION_NEEDS_TITLE: "section {number} of the outline needs a title",
    _M.OUTLINE_EMPTY: "the outline needs at least one section",
    _M.NOT_A_SECTION: "'{key}' is not a section of the outline",
    _M.SECTION_TOO_LONG: "a section may hold at most {limit:,} characters",
    _M.NO_SUCH_SECTION: "the outline has no section '{given}' (its sections: {sections})",
    _M.DUE_DAYS_RANGE: "the due date must fall 0 to 365 days after the period ends",
    _M.DUE_BEFORE_START: "the due date of {period} cannot be before the period starts",
    _M.CAMPAIGN_NOT_A_SCHEME: "campaign windows are set as custom periods, not by a scheme",
    _M.SCHEME_LOCKED: (
        "the reporting scheme can only change before any progress or planned period is "
        "entered; start a new plan for a new scheme"
    ),
    _M.UNKNOWN_FORMAT: "unknown format '{format}' (pdf or xlsx)",
    _M.P7S_NEEDS_SIGN: "a detached .p7s signature needs --sign",
    _M.SEAL_AFTER_HEAD: "the seal signs after the head: sign to seal",
    _M.NO_SIGNED_RETURN_TO_CORRECT: "period {period} has no signed return to correct",
    _M.DEMO_NEEDS_EMPTY: (
        "this database already holds a plan; run the demo on a new database (--db FILE)"
    ),
    _M.EVIDENCE_TOO_LARGE: (
        "{name} is {size:.1f} MB; evidence files may be at most {limit} MB (scan at a lower "
        "resolution or split the file)"
    ),
    _M.NOT_A_FILE: "{name} is not a file",
    _M.FILE_EMPTY: "{name} is empty",
    _M.EVENT_GONE: "this event no longer exists",
    _M.EVIDENCE_GONE: "this evidence file no longer exists",
    _M.EVIDENCE_HASH_MISMATCH: "{name} does not match its recorded SHA-256",
    _M.TEMPLATE_TOO_LARGE: "the template file is too large",
    _M.TEMPLATE_NOT_JSON: "the template is not valid JSON",
    _M.NOT_A_TEMPLATE: "not a PlanDesk plan template",
    _M.TEMPLATE_UNSIGNED: "the template carries no signature",
    _M.TEMPLATE_SIGNATURE_DAMAGED: "the template's signature is damaged",
    _M.TEMPLATE_REFUSED: "the template was not accepted: {reason}",
    _M.TEMPLATE_SIGNER_MISMATCH: (
        "the template was not accepted: it names {issuer} as its issuer but was signed with "
        "the key of {signer}"
    ),
    _M.TEMPLATE_NO_PLAN: "the template holds no plan",
    _M.TEMPLATE_OLDER: (
        "this template (version {version}) is older than the plan in use (version {current})"
    ),
    _M.TEMPLATE_UNTRUSTED: (
        "the template from {issuer} is signed by {subject}, whom this database does not trust "
        "yet (SHA-256 {fingerprint}); check the fingerprint with the issuer, then import it "
        "again with --trust CERT"
    ),
    _M.TEMPLATE_UNTRUSTED_UNNAMED: (
        "the template from an unnamed issuer is signed by {subject}, whom this database does "
        "not trust yet (SHA-256 {fingerprint}); check the fingerprint with the issuer, then "
        "import it again with --trust CERT"
    ),
    _M.NO_RETURN_TAKEN_IN: "no return of {code} for {period} has been taken in",
    _M.DECISION_WORDS: "a decision is {decisions}",
    _M.SENT_BACK_NEEDS_REASON: "a return sent back needs the reason (what to correct)",
    _M.REASON_TOO_LONG: "the reason may hold at most {limit} characters",
    _M.OWN_PROFILE_FIRST_CLI: "set this institution's profile first ('plandesk institution set')",
    _M.OWN_PROFILE_FIRST: "set this institution's profile first",
    _M.RECEIPT_DAMAGED: "the receipt is incomplete or damaged",
    _M.RECEIPT_TOO_LARGE: "the file is too large to be a receipt",
    _M.RECEIPT_NOT_JSON: "the receipt is not valid JSON",
    _M.NOT_A_RECEIPT: "not a PlanDesk receipt",
    _M.RECEIPT_UNSIGNED: "the receipt carries no signature",
    _M.RECEIPT_SIGNATURE_DAMAGED: "the receipt's signature is damaged",
    _M.RECEIPT_BAD_DECISION: "the receipt's decision is neither accepted nor sent back",
    _M.RECEIPT_REFUSED: "the receipt was not accepted: {reason}",
    _M.RECEIPT_SIGNER_MISMATCH: (
        "the receipt was not accepted: it names {issuer} but was signed with the key of {signer}"
    ),
    _M.RECEIPT_FOR_ANOTHER: "the receipt is for {code}, not for this institution",
    _M.RECEIPT_FROM_ANOTHER: (
        "the receipt comes from {issuer}, but this institution reports to {parent}"
    ),
    _M.RECEIPT_UNKNOWN_VERSION: (
        "the receipt is about version {version} of {period}, which this institution did not "
        "sign (or signed with other data)"
    ),
    _M.SUBORDINATE_NEEDS_CODE_NAME: "a subordinate needs a code and a name",
    _M.CERT_OF_ANOTHER: "this certificate belongs to institution {claimed}, not to {code}",
    _M.CERT_REGISTERED_FOR: (
        "this certificate is already registered for institution {holder}; a certificate "
        "vouches for one institution only"
    ),
    _M.CERT_REGISTERED_FOR_MANY: (
        "this certificate is already registered for an authority trusted for many; a "
        "certificate vouches for one institution only"
    ),
    _M.LIST_NO_HEADER: "no header with a code and a name column found in the list",
    _M.LIST_TOO_LONG: (
        "the list has {count:,} rows of subordinates: looked for at most {limit:,} in one list "
        "(split it into several files)"
    ),
    _M.NOT_A_SUBORDINATE: "{code} is not a registered subordinate",
    _M.ISSUE_NEEDS_OWN_ROOT: (
        "only an identity created by PlanDesk (with its own root) can issue identities to "
        "subordinates"
    ),
    _M.NOT_A_SUBJECT: (
        "'{subject}' is not a certificate subject (write it like CN=Name,O=Org,C=KZ)"
    ),
    _M.NOT_AN_AUTHORITY: (
        "this is a signing certificate, not an authority: register it for its subordinate "
        "('plandesk subordinate add --code C --trust FILE')"
    ),
    _M.NOTHING_TO_CONSOLIDATE: "no accepted returns for {period} to consolidate",
    _M.SIGNED_CONSOLIDATED_FORMAT: "a signed consolidated return is a PDF or an XLSX",
    _M.UNKNOWN_CONSOLIDATED_FORMAT: "unknown format '{format}' (pdf, xlsx or json)",
    _M.TOKEN_CANNOT_SIGN_WITH: "the token cannot sign with {digest}",
    _M.TOKEN_REFUSED_TO_SIGN: "the token refused to sign ({error})",
    _M.PKCS11_MODULE_MISSING: "the PKCS#11 module {module} does not exist",
    _M.PKCS11_MODULE_UNLOADABLE: "{module} cannot be loaded as a PKCS#11 module ({error})",
    _M.NO_TOKEN_LABELLED: "no token labelled '{label}' is plugged in",
    _M.NO_TOKEN: "no token is plugged in (or the module sees none)",
    _M.SEVERAL_TOKENS_CLI: "several tokens are plugged in ({names}): name one with --token",
    _M.TOKEN_PIN_WRONG: "the token's PIN is wrong (a few more wrong tries lock it)",
    _M.TOKEN_PIN_LOCKED: "the token's PIN is locked: unlock it with the token's tool",
    _M.TOKEN_CANNOT_OPEN: "the token cannot be opened ({error})",
    _M.TOKEN_NO_KEY: "the token holds no signing key",
    # label: the key's label as Python writes it ('Key 1')
    _M.TOKEN_NO_KEY_LABELLED: "the token holds no signing key labelled {label}",
    _M.TOKEN_SEVERAL_KEYS_CLI: "the token holds several keys ({names}): name one with --key",
    _M.TOKEN_NO_CERTIFICATE: "the token holds no certificate for its signing key",
    _M.CODE_EMPTY_FOR_CERTIFICATE: (
        "a certificate needs an institution code, and this one is empty"
    ),
    _M.CODE_TOO_LONG_FOR_CERTIFICATE: (
        "the institution code '{code}' is too long for a certificate ({size} bytes, at most "
        "{limit}): choose a shorter code"
    ),
    _M.SUBORDINATE_NEEDS_NAME: "a subordinate needs a name",
    _M.NOT_KNOWN_HERE: "{code} is not known here",
    _M.CERT_NOT_REGISTERED_FOR: "that certificate is not registered for {code}",
    _M.RECEIVED_RETURN_GONE: "that received return is not kept here",
    _M.SIGNATURE_NOT_HOLDING: (
        "{name}: its signature does not hold, so its certificate is not offered"
    ),
    _M.NO_IDENTITY_TO_ISSUE: "there is no signing identity yet: create one in Settings first",
    _M.ALREADY_TAKEN_IN: "{name} was taken in already",
    _M.NO_SUBORDINATES_CLI: "no subordinates are registered yet ('plandesk subordinate add')",
    _M.NO_SUCH_PERIOD: "the plan has no period {period}",
    _M.COPY_TO_ITSELF: "the copy must go to another database than the one it comes from",
    _M.NO_DATABASE_AT: "there is no database at {path}",
    _M.COPY_TARGET_FOLDER: "{path} is a folder; give the name of the new database file",
    _M.COPY_TARGET_EXISTS: "{path} exists; copy into a new file (nothing was copied)",
    _M.COPY_FOLDER_MISSING: "the folder {folder} does not exist; nothing was copied",
    _M.NO_DATABASE_TO_BACK_UP: "there is no database at {path} to back up",
    _M.BACKUP_CANNOT_READ: (
        "cannot read the database {path} to back it up ({error}); no backup was written"
    ),
    _M.BACKUP_CANNOT_WRITE: "cannot write the backup {path}: {error}",
    _M.RESTORE_OTHER_PROGRAM_SAYS: (
        "another program has the database open (SQLite says: {error}): close it, then run the "
        "restore again; nothing was changed"
    ),
    _M.RESTORE_CURRENT_UNREADABLE: (
        "the current database {path} cannot be read ({error}); move it aside by hand, then run "
        "the restore again; nothing was changed"
    ),
    _M.RESTORE_OTHER_PROGRAM: (
        "another program has the database open: close it, then run the restore again; "
        "nothing was changed"
    ),
    _M.RESTORE_SOURCE_MISSING: "{path} does not exist",
    _M.RESTORE_FROM_ITSELF: "{path} is the database itself; choose a backup file",
    # reason: why the file was refused (app.db.fileinfo, in English)
    _M.RESTORE_REFUSED: "{reason}; nothing was changed",
    _M.RESTORE_UNREADABLE: "{path} cannot be read as a database ({error}); nothing was changed",
    _M.RESTORE_CANNOT_COPY: (
        "cannot copy {path} beside the database ({error}); nothing was changed"
    ),
    _M.RESTORE_OPEN_IN: (
        "the database is open in {who}: close it, then run the restore again; nothing was changed"
    ),
    _M.RESTORE_OPEN_IN_MORE: (
        "the database is open in {who} and {more} more: close it, then run the restore again; "
        "nothing was changed"
    ),
    _M.RESTORE_NOT_UPGRADED: (
        "{path} could not be brought to this version ({error}); the database was put back as it was"
    ),
    _M.PG_DUMP_MISSING: (
        "pg_dump is not installed (Debian/Ubuntu: apt-get install postgresql-client; Windows: "
        "the command-line tools of the PostgreSQL installer, on PATH); no backup was written"
    ),
    _M.PG_RESTORE_MISSING: (
        "pg_restore is not installed (Debian/Ubuntu: apt-get install postgresql-client; "
        "Windows: the command-line tools of the PostgreSQL installer, on PATH); nothing was "
        "changed"
    ),
    _M.PG_DUMP_TOO_LONG: (
        "pg_dump of {address} took more than an hour and was stopped; no backup was written"
    ),
    _M.PG_DUMP_FAILED: "pg_dump of {address} failed ({error}); no backup was written",
    _M.PG_RESTORE_TOO_LONG: (
        "pg_restore of {name} took more than an hour and was stopped; the database was left "
        "as it was (a copy of it: {saved})"
    ),
    _M.PG_RESTORE_FAILED: (
        "pg_restore of {name} failed ({error}); the database was left as it was (a copy of "
        "it: {saved})"
    ),
    _M.NOT_A_SERVER_BACKUP: (
        "{path} is not a database backup of a server (pg_restore says: {error}); nothing was "
        "changed"
    ),
    _M.NOT_A_PLANDESK_BACKUP: (
        "{path} is not a backup of a PlanDesk database; nothing was changed"
    ),
    _M.BACKUP_NO_REVISION: "{path} holds no PlanDesk schema revision; nothing was changed",
    _M.BACKUP_FROM_NEWER: (
        "{path} was written by a newer PlanDesk (schema {revision}); install the newer version "
        "to use it; nothing was changed"
    ),
    _M.SERVER_OPEN_BY: (
        "the database is open ({who}): ask the other clerks to close PlanDesk, then run the "
        "restore again; nothing was changed"
    ),
    _M.SERVER_OPEN_BY_MORE: (
        "the database is open ({who} and more): ask the other clerks to close PlanDesk, then "
        "run the restore again; nothing was changed"
    ),
    _M.SERVER_OPEN_CONNECTIONS: (
        "the database is open ({count} other connection(s)): ask the other clerks to close "
        "PlanDesk, then run the restore again; nothing was changed"
    ),
    _M.SERVER_RESTORED_NOT_UPGRADED: (
        "{path} was restored but could not be brought to this version ({error}); the database "
        "as it was is in {saved}"
    ),
    _M.IMPORT_FILE_IS_FOLDER: (
        "{what} is a folder: looked for a plan file (.xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, "
        ".txt or .json)"
    ),
    _M.IMPORT_FILE_MISSING: "{what} does not exist: looked for a plan file at {path}",
    _M.IMPORT_CANNOT_READ: "{what} cannot be read: {error}",
    _M.IMPORT_TOO_LARGE: (
        "{what} is too large ({size}): looked for a plan file of at most {limit} MB"
    ),
    _M.IMPORT_TOO_LARGE_TEXT: (
        "{what} is too large ({size}): looked for a table file (.csv, .tsv, .txt) of at most "
        "{limit} MB"
    ),
    _M.IMPORT_TOO_LARGE_XLS: (
        "{what} is too large ({size}): looked for an old Excel 97-2003 (.xls) workbook of at most "
        "{limit} MB"
    ),
    _M.IMPORT_TOO_LARGE_JSON: (
        "{what} is too large ({size}): looked for a plan file (.json) of at most {limit} MB"
    ),
    _M.IMPORT_EMPTY: "{what} is empty: looked for a plan table and found nothing",
    _M.IMPORT_OLD_WORD: (
        "{what} is an old Word 97-2003 (.doc) or password-protected document: looked for a .docx "
        "document, so save it as .docx without a password"
    ),
    _M.IMPORT_NOT_DOCX: (
        "{what} is not a Word .docx document: looked for the zip package of a Word .docx document "
        "and found something else"
    ),
    _M.IMPORT_DOCX_DAMAGED: (
        "{what} is damaged: looked for a readable .docx zip package ({detail})"
    ),
    _M.IMPORT_XLSX_DAMAGED: (
        "{what} is damaged: looked for a readable .xlsx zip package ({detail})"
    ),
    _M.IMPORT_ODF_DAMAGED: (
        "{what} is damaged: looked for a readable OpenDocument package ({detail})"
    ),
    _M.IMPORT_NOT_ODF: (
        "{what} is not an OpenDocument file: looked for the zip package of an OpenDocument file "
        "and found something else"
    ),
    _M.IMPORT_NOT_XLSX: (
        "{what} is not an Excel workbook: looked for the zip package of an .xlsx file and found "
        "something else"
    ),
    _M.IMPORT_NOT_XLS: (
        "{what} is not an old Excel 97-2003 (.xls) workbook: looked for the Excel 97-2003 file "
        "format and found something else"
    ),
    _M.IMPORT_NOT_SUPPORTED: (
        "{what} is not a file PlanDesk imports: looked for .xlsx, .xls, .docx, .ods, .odt, .csv, "
        ".tsv, .txt or .json"
    ),
    _M.IMPORT_JSON_NOT_TABLE: (
        "{what} is a JSON file: looked for a table (.xlsx, .xls, .docx, .ods, .csv, .tsv or .txt)"
    ),
    _M.IMPORT_NO_SHEET: "{what} has no worksheet: looked for a sheet with a table",
    _M.IMPORT_NO_PLAN_SHEET: "{what} has no worksheet: looked for a sheet with a plan table",
    _M.IMPORT_WHERE: "{where}: {problem}",
    _M.IMPORT_BINARY: "{what} is not a plan table: looked for rows of text and found binary data",
    _M.IMPORT_BAD_BYTE: (
        "{what} cannot be read: looked for {encoding} text (it starts with that mark) and byte "
        "{byte} is not valid there"
    ),
    _M.JSON_TOO_LARGE: (
        "{what} is larger than {limit} MB: looked for a PlanDesk plan: a JSON object with title, "
        "year, scheme and items and far smaller"
    ),
    _M.JSON_TOO_MANY_VALUES: (
        "{what} holds more than {values:,} values: looked for a PlanDesk plan: a JSON object with "
        "title, year, scheme and items, of at most {items:,} goals and activities"
    ),
    _M.JSON_INVALID: (
        "{what} is not valid JSON: looked for a PlanDesk plan: a JSON object with title, year, "
        "scheme and items"
    ),
    _M.JSON_NOT_PLAN: (
        "{what} is not a plan file: looked for a PlanDesk plan: a JSON object with title, year, "
        "scheme and items"
    ),
    _M.JSON_UNUSABLE: "{what} is not a usable plan file: {problem}",
    _M.IMPORT_TOO_MANY_ITEMS: (
        "{what} holds {items:,} goals and activities: looked for a plan of at most {limit:,}"
    ),
    _M.IMPORT_TOO_MANY_ENTRIES: (
        "{what} holds {entries:,} goals, activities, planned periods and footnotes together: "
        "looked for a plan of at most {limit:,} of them"
    ),
    _M.IMPORT_TOO_SLOW: (
        "{what} takes too long to read (more than {seconds:.0f} seconds): looked for a table "
        "PlanDesk reads in a few seconds"
    ),
    _M.IMPORT_NO_YEAR: (
        "the file names no year: looked for a year or a period in its title, its column headings, "
        "its dates and its text, and found none; say which year the plan is for"
    ),
    _M.IMPORT_NO_YEAR_IN: (
        "{what}: the file names no year: looked for a year or a period in its title, its column "
        "headings, its dates and its text, and found none; say which year the plan is for"
    ),
    _M.IMPORT_CODE_TWICE: "{what}: code {code} appears twice; codes must be unique",
    _M.IMPORT_CAMPAIGN_NEEDS_WINDOW: (
        "{what}: a campaign plan needs the start and end of its window"
    ),
    _M.IMPORT_WINDOW_NEEDS_DAYS: (
        "{what}: the campaign window {period} needs a start and an end date"
    ),
    _M.IMPORT_PLANNED_OUTSIDE: (
        "{what}: item {code} is planned in {period}, which is not a period of the plan ({periods})"
    ),
    _M.IMPORT_FOOTNOTE_MISSING: "{what}: item {code} refers to footnote {mark}, which is missing",
    _M.EVENTS_NO_HEADER: (
        "no header row of an events list found: looked for a date column (Date, Tarih, Дата, "
        "Data, Ngày) and a title column (Title, Etkinlik, Мероприятие, Titlu, Tên hoạt động) in "
        "the first {rows} rows"
    ),
    _M.EVENTS_TOO_MANY_ROWS: (
        "the list has {count:,} rows of events: looked for at most {limit:,} events in one list "
        "(split it into several files)"
    ),
    _M.EVENTS_NO_ROWS: "the events list has a header but no rows",
    _M.EVENTS_ROW_REFUSED: "row {number}: {problem}",
    _M.IMPORT_XLSX_IS_ODF: (
        "{what} is an OpenDocument file: looked for an .xlsx workbook, so save it as .xlsx"
    ),
    _M.IMPORT_XLSX_IS_WORD: (
        "{what} is a Word document: looked for an Excel workbook, save it as .xlsx"
    ),
    _M.IMPORT_XLSX_NO_WORKBOOK: (
        "{what} is not an Excel workbook: looked for xl/workbook.xml inside and found none"
    ),
    _M.IMPORT_XLSX_ENCRYPTED: ("{what} is encrypted: looked for a workbook without a password"),
    _M.IMPORT_XLSX_DOCTYPE: (
        "{what} contains XML with a document type declaration ({part}): looked for a "
        "plain Excel workbook, which never has one"
    ),
    _M.IMPORT_XLSX_SHARED_TOO_LARGE: (
        "{what} has {size} of shared texts: looked for a workbook with at most {limit} of them"
    ),
    _M.IMPORT_XLSX_PART_ENCODING: (
        "{what}: the part {part} is written in the text encoding {encoding}: looked for "
        "UTF-8 or UTF-16 XML, as Excel writes"
    ),
    _M.IMPORT_XLSX_LONG_TEXT: (
        "{what}: the part {part} holds a text longer than {limit}: looked for cells of "
        "a plan table, which are far shorter"
    ),
    _M.IMPORT_XLSX_PART_ELEMENTS: (
        "{what}: the part {part} has more than {limit:,} elements: looked for an Excel "
        "workbook, whose parts are far smaller"
    ),
    _M.IMPORT_XLSX_PART_CELLS: (
        "{what}: the sheet part {part} has more than {limit:,} cells: looked for a plan "
        "table of at most {limit:,} cells"
    ),
    _M.IMPORT_XLSX_PART_SHARED_TEXTS: (
        "{what}: the part {part} has more than {limit:,} shared texts: looked for a "
        "workbook with at most {limit:,}"
    ),
    _M.IMPORT_XLSX_PART_ROWS: (
        "{what}: the part {part} has more than {limit:,} rows: looked for a workbook "
        "with at most {limit:,}"
    ),
    _M.IMPORT_XLSX_ROW_ELEMENTS: (
        "{what}: one row of the part {part} has more than {limit:,} elements: looked "
        "for an Excel workbook, whose rows and texts are far smaller"
    ),
    _M.IMPORT_XLSX_TEXT_ELEMENTS: (
        "{what}: one shared text of the part {part} has more than {limit:,} elements: "
        "looked for an Excel workbook, whose rows and texts are far smaller"
    ),
    _M.IMPORT_XLSX_UNREADABLE: (
        "{what} is not a readable Excel workbook: looked for its worksheets and found a "
        "damaged part ({detail})"
    ),
    _M.IMPORT_XLSX_SHEET_UNREADABLE: (
        "{what}: the sheet '{sheet}' cannot be read: looked for rows of cells and found "
        "a damaged part ({detail})"
    ),
    _M.IMPORT_XLSX_SHEET_TEXT: (
        "{what}: the sheet '{sheet}' holds more than {limit:,} characters: looked for a "
        "plan table, which holds far less text"
    ),
    _M.IMPORT_XLSX_SHEET_TOO_LARGE: (
        "{what}: the sheet '{sheet}' is too large: looked for a plan table of at most "
        "{rows:,} rows and {columns:,} columns"
    ),
    _M.IMPORT_XLSX_SHEET_TOO_WIDE: (
        "{what}: the sheet '{sheet}' has text beyond column {columns:,} in row {row}: "
        "looked for a plan table, which is far narrower"
    ),
    _M.IMPORT_XLSX_SHEET_ROWS: (
        "{what}: the sheet '{sheet}' has more than {rows:,} rows: looked for a table of "
        "at most that many"
    ),
    _M.IMPORT_LINE_TOO_LONG: (
        "{what} has a line longer than {limit:,} characters: looked for rows of a plan "
        "table and found none"
    ),
    _M.IMPORT_ROW_TOO_WIDE: (
        "{what} has {columns:,} columns in row {row}: looked for a plan table, which "
        "has at most {limit:,}"
    ),
    _M.IMPORT_TEXT_CELLS_BY_ROW: (
        "{what} has more than {limit:,} cells (by row {row:,}): looked for a plan table "
        "of at most {limit:,} cells"
    ),
    _M.IMPORT_TEXT_CHARS_BY_ROW: (
        "{what} holds more than {limit:,} characters (by row {row:,}): looked for a "
        "plan table, which holds far less text"
    ),
    _M.IMPORT_TOO_MANY_ROWS: (
        "{what} has more than {limit:,} rows: looked for a table of at most that many"
    ),
    _M.IMPORT_CSV_UNREADABLE: (
        "{what} is not a readable CSV table: looked for delimited rows ({detail})"
    ),
    _M.IMPORT_TOO_MANY_CELLS: (
        "{what} has more than {limit:,} cells: looked for a plan table of at most {limit:,} cells"
    ),
    _M.IMPORT_TOO_MUCH_TEXT: (
        "{what} holds more than {limit:,} characters: looked for a plan table, which "
        "holds far less text"
    ),
    _M.IMPORT_COLUMN_NO_PERIOD: (
        "column {column} names no period: looked for a period in its heading (a "
        "quarter, a four-month period, a month …)"
    ),
    _M.IMPORT_NOT_A_ROLE: ("column {column}: '{role}' is not a column role"),
    _M.IMPORT_MIXED_PERIODS: (
        "the period columns mix different kinds of periods: looked for one scheme "
        "(quarters, four-month periods, months …)"
    ),
    _M.IMPORT_NO_ACTIVITY_COLUMN: ("no column holds the activity texts: choose one as 'Activity'"),
    _M.IMPORT_NO_HEADER: (
        "no header row found: looked for a column of activity texts (Faaliyet, "
        "Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first "
        "{rows} rows"
    ),
    _M.IMPORT_TABLE_EMPTY: (
        "the table is empty: looked for a column of activity texts (Faaliyet, Activity, "
        "Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first {rows} "
        "rows"
    ),
    _M.IMPORT_NO_HEADER_NOR_NUMBERED: (
        "no header row found: looked for a column of activity texts (Faaliyet, "
        "Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first "
        "{rows} rows, and no numbered paragraphs (I., 1., -) to read a plan from"
    ),
    _M.IMPORT_NOTHING_BELOW_HEADER: (
        "the header row (row {row}) has no activities below it: looked for rows with a "
        "code or an activity text"
    ),
    _M.IMPORT_NOTHING_CODED_BELOW_HEADER: (
        "the header row (row {row}) has no activities below it: looked for rows with a "
        "code and an activity text"
    ),
    _M.IMPORT_CODE_TWICE_ROWS: (
        "code {code} appears twice (rows {first} and {second}): looked for one code per "
        "goal and activity"
    ),
    _M.IMPORT_ITEM_NO_TEXT: (
        "row {row}: item {code} has no text: looked for it in the column '{column}'"
    ),
    _M.IMPORT_DOCX_NO_DOCUMENT: (
        "{what} is not a Word document: looked for word/document.xml inside and found none"
    ),
    _M.IMPORT_DOCX_ENCRYPTED: (
        "{what} is encrypted: looked for a Word document without a password"
    ),
    _M.IMPORT_DOCX_LONG_TEXT: (
        "{what}: the part {part} holds a text longer than {limit}: looked for a "
        "document of a plan, whose paragraphs are far shorter"
    ),
    _M.IMPORT_DOCX_ELEMENTS: (
        "{what}: the part {part} has more than {limit:,} XML elements: looked for a "
        "document of a plan, which has far fewer"
    ),
    _M.IMPORT_DOCX_UNREADABLE: (
        "{what} is not a readable Word document: looked for its paragraphs and tables "
        "and found a damaged part ({detail})"
    ),
    _M.IMPORT_ODF_ENCRYPTED: ("{what} is encrypted: looked for a file without a password"),
    _M.IMPORT_ODF_NO_CONTENT: (
        "{what} is not an OpenDocument file: looked for content.xml inside and found none"
    ),
    _M.IMPORT_ODF_UNREADABLE: (
        "{what} is not a readable OpenDocument file: looked for its tables and found a "
        "damaged part ({detail})"
    ),
    _M.IMPORT_XLS_PASSWORD: (
        "{what} is an old Excel 97-2003 (.xls) workbook protected by a password: looked "
        "for a workbook without a password, so save it again without one"
    ),
    _M.IMPORT_XLS_UNREADABLE: (
        "{what} is an old Excel 97-2003 (.xls) workbook that cannot be read (damaged or "
        "password-protected): looked for its worksheets ({detail})"
    ),
    _M.IMPORT_XLS_SHEET_TOO_LARGE: (
        "{what} is too large ({rows:,} rows, {columns:,} columns): looked for a plan "
        "table of at most {max_rows:,} rows and {max_columns:,} columns"
    ),
}

# a parameter in a template: {name} or {name:spec}
FIELD = re.compile(r"\{(\w+)(?::([^{}]*))?\}")

# item kinds as a sentence names them
KIND_WORDS = {ItemKind.GOAL: "goal", ItemKind.SUBGOAL: "sub-goal", ItemKind.ACTIVITY: "activity"}


def fields(code: Message) -> list[str]:
    """The parameter names of *code*, in the order its English template first uses them."""
    names: list[str] = []
    for match in FIELD.finditer(MESSAGES[code]):
        if match.group(1) not in names:
            names.append(match.group(1))
    return names


def specs(code: Message) -> dict[str, str]:
    """name -> the format spec the English template gives it ("" for none)."""
    return {m.group(1): m.group(2) or "" for m in FIELD.finditer(MESSAGES[code])}


def english_value(value: object, spec: str = "") -> str:
    """A parameter as the English sentence writes it."""
    if isinstance(value, Outcome):
        return value.text()
    if isinstance(value, ItemKind):
        return KIND_WORDS[value]
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, (list, tuple)):
        return ", ".join(english_value(v) for v in value)
    if spec and isinstance(value, (int, float, date, datetime)):
        try:
            return format(value, spec)
        except (TypeError, ValueError):
            pass
    return str(value)


def text(code: Message, params: dict[str, Any]) -> str:
    """The English sentence of *code* with *params*."""
    return FIELD.sub(
        lambda m: english_value(params.get(m.group(1), ""), m.group(2) or ""), MESSAGES[code]
    )


def check_params(code: Message, params: dict[str, Any]) -> None:
    """A raise site that forgets a parameter (or names one the template lacks) is a bug."""
    wanted = set(fields(code))
    if set(params) != wanted:
        missing = ", ".join(sorted(wanted - set(params))) or "-"
        extra = ", ".join(sorted(set(params) - wanted)) or "-"
        raise ValueError(f"message {code} needs {missing}; does not take {extra}")


def item_kind(kind: str) -> ItemKind | str:
    """An item kind as a word code when it is one (else as given)."""
    try:
        return ItemKind(kind)
    except ValueError:
        return kind
