"""The command line: a public interface (names fixed by DESIGN.md and the README).

Exit codes: 0 success, 1 a user-facing failure with one clear line on stderr, 2 usage (one
line too). Every option has a help line; ``plandesk --help`` lists the window's options too.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app import __version__
from app.domain.periods import LANGUAGES
from app.domain.status import STATUS_WORDS
from app.options import add_window_options

STATUSES = STATUS_WORDS
SCHEMES = ("quarter", "four_month", "half_year", "month", "year", "custom")
EVENT_TEXTS = {
    "venue": "where it was held",
    "organiser": "who organised it",
    "partners": "partner institutions (police, prosecutor, crisis centre, NGO, ...)",
    "project": "project or funding it belongs to",
    "materials": "materials handed out (leaflets, booklets, ...)",
    "description": "what was done, in a few sentences",
}
EVENT_COUNTS = {
    "women": "women among the participants",
    "men": "men among the participants",
    "pupils": "pupils among the participants",
    "teachers": "teachers among the participants",
    "parents": "parents among the participants",
    "staff": "staff among the participants",
    "materials-count": "number of materials handed out",
}


class Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (exit 2) that name the help to read."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {message} (see '{self.prog} --help')", file=sys.stderr)
        raise SystemExit(2)


Handler = Callable[[argparse.Namespace], int]


def build_parser() -> Parser:
    from app.cli import commands as c
    from app.cli import directorate_cmds as d
    from app.cli import returns_cmds as r
    from app.cli import school_cmds as s
    from app.cli.common import non_negative_int, non_negative_number, parse_date, parse_datetime
    from app.cli.keys import add_key_options

    parser = Parser(
        prog="plandesk",
        description="PlanDesk: action plans, progress, events and signed returns, offline. "
        "Without a COMMAND it opens the window.",
        epilog="Exit codes: 0 success, 1 a failure explained in one line, 2 wrong usage. "
        "Key passwords come from --password-file or PLANDESK_KEY_PASSWORD or a prompt, "
        "never from an argument. 'plandesk COMMAND --help' tells more.",
    )
    parser.add_argument("--version", action="version", version=f"PlanDesk {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="FILE",
        help="the database file (default: env PLANDESK_DB, else the user data folder)",
    )
    parser.add_argument(
        "--password-file",
        type=Path,
        metavar="FILE",
        help="file holding the key password (or env PLANDESK_KEY_PASSWORD; else a prompt)",
    )
    window = parser.add_argument_group("window options (without a COMMAND)")
    add_window_options(window)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def group(name: str, help_: str) -> argparse._SubParsersAction[Parser]:
        p = sub.add_parser(name, help=help_, description=help_)
        return p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)

    def add(
        parent: argparse._SubParsersAction[Parser], name: str, func: Handler, help_: str
    ) -> Parser:
        p = parent.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    def json_flag(p: Parser) -> None:
        p.add_argument("--json", action="store_true", help="print JSON instead of text")

    def role(p: Parser) -> None:
        p.add_argument(
            "--role",
            choices=("head", "seal"),
            default="head",
            help="head: the person who signs (default); seal: the institution's seal, which "
            "signs returns after the head",
        )

    def period(p: Parser, required: bool = True, help_: str = "") -> None:
        p.add_argument(
            "--period",
            required=required,
            metavar="KEY",
            help=help_ or "period key: 2021-T1, 2024-Q3, 2024-H1, 2024-M11, 2024 or 2023-C1",
        )

    def out(p: Parser, what: str) -> None:
        p.add_argument(
            "--out",
            type=Path,
            required=True,
            metavar="FILE",
            help=f"{what} (its folder must exist)",
        )

    def trust(p: Parser, what: str) -> None:
        p.add_argument(
            "--trust",
            type=Path,
            action="append",
            default=[],
            metavar="CERT",
            help=f"{what} (PEM or DER; may be given several times)",
        )

    def language(p: Parser, what: str) -> None:
        p.add_argument("--language", choices=LANGUAGES, metavar="LANG", help=what)

    # -- demo ---------------------------------------------------------------------------
    p = sub.add_parser(
        "demo", help="fill the database with the Balıkesir demo plan, progress and events"
    )
    p.set_defaults(func=c.cmd_demo)

    # -- institution --------------------------------------------------------------------
    g = group("institution", "this institution's profile")
    p = add(g, "set", c.cmd_institution_set, "set this institution's profile")
    p.add_argument("--name", required=True, help="the institution's full name")
    p.add_argument("--code", required=True, help="its code, as the directorate above knows it")
    p.add_argument("--kind", required=True, help="school, district, province, ministry, ...")
    p.add_argument("--parent-code", default="", metavar="CODE", help="code of the body above")
    p.add_argument("--parent-name", default="", metavar="NAME", help="name of the body above")
    p.add_argument("--parent-email", default="", metavar="ADDR", help="e-mail of the body above")
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        metavar="LANG",
        help="the language of its returns and of its plan's period names "
        "(default: as before, else en)",
    )
    p.add_argument("--head-name", default="", metavar="NAME", help="the head who signs")
    p.add_argument("--head-title", default="", metavar="TITLE", help="the head's title")
    p.add_argument("--email", default="", metavar="ADDR", help="the institution's e-mail")
    json_flag(add(g, "show", c.cmd_institution_show, "show this institution's profile"))

    # -- plan ---------------------------------------------------------------------------
    g = group("plan", "the plan")
    json_flag(add(g, "show", c.cmd_plan_show, "show the plan tree"))
    p = add(
        g, "import", c.cmd_plan_import, "import an xlsx / csv / json plan, or a template from above"
    )
    p.add_argument("file", type=Path, help="the plan file (.xlsx, .xls, .docx, .ods, .odt, .csv)")
    trust(p, "certificate of the directorate that issued a template")
    language(p, "the plan's language, for its period names (default: the institution's)")
    p.add_argument(
        "--year",
        type=int,
        metavar="YEAR",
        help="the plan's year; required when the file names none (it replaces the file's)",
    )
    p.add_argument(
        "--scheme",
        choices=SCHEMES,
        help="reporting periods: " + ", ".join(SCHEMES) + " (default: as the file says; "
        "a year when it names no periods)",
    )
    p = add(g, "set", s.cmd_plan_set, "set the plan's title, year or window (or start a plan)")
    p.add_argument("--title", help="the plan's title as printed on its returns")
    p.add_argument("--year", type=int, help="the plan's year")
    p.add_argument(
        "--scheme",
        choices=SCHEMES,
        help="reporting periods: " + ", ".join(SCHEMES) + " (a new plan: year, or custom "
        "with --start and --end)",
    )
    p.add_argument("--start", type=parse_date, metavar="DATE", help="a campaign window's start")
    p.add_argument("--end", type=parse_date, metavar="DATE", help="a campaign window's end")
    language(p, "the plan's language, for its period names")

    # -- period -------------------------------------------------------------------------
    g = group("period", "the plan's reporting periods")
    p = add(g, "set", s.cmd_period_set, "set a period's due date")
    p.add_argument("key", metavar="KEY", help="the period key, e.g. 2023-C1")
    due = p.add_mutually_exclusive_group(required=True)
    due.add_argument("--due", type=parse_date, metavar="DATE", help="the date its return is due")
    due.add_argument(
        "--default-due", action="store_true", help="back to the plan's rule (days after its end)"
    )
    json_flag(add(g, "list", s.cmd_period_list, "list the plan's periods with due dates"))

    # -- progress -----------------------------------------------------------------------
    g = group("progress", "progress per activity and period")
    p = add(g, "set", c.cmd_progress_set, "mark one activity in one period")
    p.add_argument("code", help="the activity's code, e.g. 2.1.4")
    period(p)
    p.add_argument("--status", required=True, choices=STATUSES, help=", ".join(STATUSES))
    p.add_argument("--date", type=parse_date, metavar="DATE", help="the date it was done")
    p.add_argument(
        "--participants", type=non_negative_int, metavar="N", help="number of participants"
    )
    p.add_argument(
        "--achieved",
        type=non_negative_number,
        metavar="X",
        help="value achieved against the target (decimals allowed)",
    )
    p.add_argument("--reason", default="", metavar="TEXT", help="why it was not done")
    p.add_argument("--note", default="", metavar="TEXT", help="a note")
    p = add(g, "show", c.cmd_progress_show, "show a period's progress")
    period(p)
    json_flag(p)

    # -- events -------------------------------------------------------------------------
    g = group("event", "events held")
    for name, func, help_ in (
        ("add", c.cmd_event_add, "log an event (a plan of events is started when there is none)"),
        ("edit", s.cmd_event_edit, "change an event: only the options given change"),
    ):
        p = add(g, name, func, help_)
        if name == "edit":
            p.add_argument("id", type=int, help="the event's number (see 'plandesk event list')")
        p.add_argument("--activity", metavar="CODE", help="the plan activity it belongs to")
        p.add_argument(
            "--date", required=name == "add", type=parse_date, metavar="DATE", help="the day held"
        )
        p.add_argument("--end-date", type=parse_date, metavar="DATE", help="the last day held")
        p.add_argument("--title", required=name == "add", help="the event's title")
        p.add_argument("--kind", help="seminar, round_table, training, flash_mob, ... ")
        p.add_argument(
            "--participants", type=non_negative_int, metavar="N", help="number of participants"
        )
        for option, text in EVENT_COUNTS.items():
            p.add_argument(f"--{option}", type=non_negative_int, metavar="N", help=text)
        for option, text in EVENT_TEXTS.items():
            p.add_argument(f"--{option}", metavar="TEXT", help=text)
    p = add(g, "delete", s.cmd_event_delete, "delete an event")
    p.add_argument("id", type=int, help="the event's number (see 'plandesk event list')")
    add(g, "import", c.cmd_event_import, "import an xlsx / csv list of events (all or nothing)")
    g.choices["import"].add_argument("file", type=Path, help="the list of events")
    p = add(g, "list", c.cmd_event_list, "list events")
    period(p, required=False, help_="only the events of this period")
    json_flag(p)

    # -- narrative ----------------------------------------------------------------------
    g = group("narrative", "the narrative of a return, section by section")
    p = add(g, "set", s.cmd_narrative_set, "write one section of a period's narrative")
    period(p)
    p.add_argument(
        "--section", required=True, metavar="S", help="the section: its key, number or title"
    )
    given = p.add_mutually_exclusive_group(required=True)
    given.add_argument("--text", metavar="TEXT", help="the section's text")
    given.add_argument("--file", type=Path, metavar="FILE", help="a UTF-8 text file to take")
    p = add(g, "show", s.cmd_narrative_show, "show a period's narrative")
    period(p)
    json_flag(p)

    # -- identity -----------------------------------------------------------------------
    g = group("identity", "this institution's signing identities: the head's, and its seal")
    role(add(g, "create", r.cmd_identity_create, "create a root and a signing certificate"))
    p = add(g, "import", r.cmd_identity_import, "import an existing PKCS#12 key file")
    p.add_argument("file", type=Path, help="the .p12 / .pfx file")
    role(p)
    p = add(g, "token", r.cmd_identity_token, "register a key held on a token (PKCS#11)")
    p.add_argument("--module", required=True, metavar="PATH", help="the token's PKCS#11 module")
    p.add_argument("--token", metavar="LABEL", help="the token's label (when several are in)")
    p.add_argument("--key", metavar="LABEL", help="the key's label (when the token holds several)")
    p.add_argument(
        "--chain",
        type=Path,
        nargs="*",
        default=[],
        metavar="FILE",
        help="issuer certificates the token does not hold (PEM or DER)",
    )
    role(p)
    add_key_options(p)
    p = add(g, "tokens", r.cmd_identity_tokens, "list the tokens a PKCS#11 module sees")
    p.add_argument("--module", required=True, metavar="PATH", help="the PKCS#11 module")
    p.add_argument("--token", metavar="LABEL", help="only this token")
    p.add_argument("--keys", action="store_true", help="also list the keys (asks for the PIN)")
    add_key_options(p)
    json_flag(p)
    json_flag(add(g, "show", r.cmd_identity_show, "show the signing identities"))
    out(
        add(g, "export-trust", r.cmd_identity_export_trust, "write the certificate to trust"),
        "the PEM file to write",
    )

    # -- returns ------------------------------------------------------------------------
    g = group("return", "returns: export, sign, verify, send, take in")
    p = add(g, "export", r.cmd_return_export, "write a period's return as PDF or XLSX")
    period(p)
    p.add_argument("--format", choices=("pdf", "xlsx"), required=True, help="pdf or xlsx")
    p.add_argument("--sign", action="store_true", help="sign with the institution's identity")
    add_key_options(p, seal=True)
    p.add_argument(
        "--p7s",
        action="store_true",
        help="also write FILE.p7s, a detached CMS signature over the file (with --sign)",
    )
    language(p, "the return's language (default: the institution's)")
    out(p, "the file to write")
    p = add(g, "verify", r.cmd_return_verify, "verify a signed return (exit 0 only if valid)")
    p.add_argument("file", type=Path, help="the PDF or XLSX return")
    trust(p, "a certificate to trust besides the database's")
    p.add_argument(
        "--at",
        type=parse_datetime,
        metavar="DATE",
        help="judge validity as at DATE (e.g. years ahead, to see how an archive will read)",
    )
    json_flag(p)
    p = add(g, "correct", r.cmd_return_correct, "unlock a signed period for a corrected version")
    period(p)
    p.add_argument(
        "--consolidated",
        action="store_true",
        help="the consolidated return of the period (directorate), not this institution's own",
    )
    json_flag(add(g, "list", r.cmd_return_list, "list returns made here"))
    p = add(g, "email", r.cmd_return_email, "write a ready .eml with return files attached")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE", help="the return files")
    out(p, "the .eml file to write")
    p.add_argument("--to", default="", metavar="ADDR", help="recipient (default: the parent's)")
    p = add(g, "import", d.cmd_return_import, "directorate: verify and store incoming returns")
    p.add_argument(
        "paths", type=Path, nargs="+", metavar="FILE_OR_FOLDER", help="returns or folders of them"
    )
    p.add_argument("--workers", type=int, default=2, help=argparse.SUPPRESS)
    period(p, required=False, help_="only returns of this period are taken in")
    trust(p, "a certificate to trust besides the database's")
    json_flag(p)

    # -- subordinates -------------------------------------------------------------------
    g = group("subordinate", "directorate: who reports to this institution")
    p = add(g, "add", d.cmd_subordinate_add, "register a subordinate institution")
    p.add_argument("--code", required=True, help="its code")
    p.add_argument("--name", required=True, help="its full name")
    p.add_argument("--email", default="", metavar="ADDR", help="its e-mail (for reminders)")
    p.add_argument("--kind", default="school", help="school, district, ... (default school)")
    p.add_argument("--language", default="", choices=("", *LANGUAGES), metavar="LANG",
                   help="its language (default: this institution's)")  # fmt: skip
    trust(p, "a certificate that signs its returns")
    add(g, "import", d.cmd_subordinate_import, "register subordinates from a list").add_argument(
        "file", type=Path, help="an xlsx / csv list: code, name, e-mail, ..."
    )
    json_flag(add(g, "list", d.cmd_subordinate_list, "list subordinates"))
    p = add(
        g, "bind", d.cmd_subordinate_bind, "bind a subordinate to the certificate it signs with"
    )
    p.add_argument("--code", required=True, help="the subordinate's code")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--subject", metavar="DN", help="its certificate's subject, e.g. 'CN=...,O=...,C=KZ'"
    )
    what.add_argument("--cert", type=Path, metavar="FILE", help="its certificate (PEM or DER)")
    p = add(g, "require-seal", d.cmd_subordinate_require_seal, "take in only returns sealed too")
    p.add_argument(
        "answer",
        choices=("yes", "no"),
        help="yes: a return must carry its institution's seal besides the head's signature",
    )
    p = add(g, "issue-identity", d.cmd_subordinate_issue, "issue a PKCS#12 identity from our root")
    p.add_argument("--code", required=True, help="the subordinate's code")
    out(p, "the .p12 file to write")
    p.add_argument(
        "--new-password-file",
        type=Path,
        required=True,
        metavar="FILE",
        help="file holding the new identity's password",
    )

    g = group("receipt", "answers going back down: accepted, or sent back for correction")
    p = add(g, "issue", d.cmd_receipt_issue, "directorate: decide on a return taken in, sign")
    p.add_argument("--code", required=True, help="the subordinate's code")
    period(p)
    decision = p.add_mutually_exclusive_group(required=True)
    decision.add_argument("--accept", action="store_true", help="the return is accepted")
    decision.add_argument(
        "--send-back", action="store_true", help="the return goes back for correction"
    )
    p.add_argument("--reason", default="", metavar="TEXT", help="what to correct (sending back)")
    out(p, "the signed receipt (.json) to write")
    p.add_argument(
        "--eml", type=Path, metavar="FILE", help="also write a ready e-mail with it attached"
    )
    add_key_options(p)
    p = add(g, "import", d.cmd_receipt_import, "school: take in the directorate's answer")
    p.add_argument("file", type=Path, help="the receipt (.json)")
    trust(p, "the directorate's certificate, if this database does not trust it yet")

    g = group("authority", "authorities trusted for many (a national CA)")
    p = add(g, "add", d.cmd_authority_add, "trust a CA for many; it binds no subordinate alone")
    p.add_argument("file", type=Path, metavar="CERT", help="the authority's certificate")

    # -- templates, status, consolidation, backup ---------------------------------------
    g = group("template", "directorate: the plan sent down")
    p = add(g, "export", d.cmd_template_export, "write the plan as one signed JSON file")
    out(p, "the JSON file to write")
    add_key_options(p)
    p = sub.add_parser("status", help="directorate: completeness and timeliness of a period")
    p.set_defaults(func=d.cmd_status)
    period(p)
    json_flag(p)
    p.add_argument(
        "--reminders",
        type=Path,
        metavar="FOLDER",
        help="write one reminder .eml per missing subordinate into FOLDER (it must exist)",
    )
    p = sub.add_parser("consolidate", help="directorate: the consolidated return")
    p.set_defaults(func=d.cmd_consolidate)
    period(p)
    p.add_argument("--format", choices=("pdf", "xlsx", "json"), required=True, help="the format")
    p.add_argument("--sign", action="store_true", help="sign with the institution's identity")
    add_key_options(p, seal=True)
    language(p, "the return's language (default: the institution's)")
    out(p, "the file to write")
    p = sub.add_parser("backup", help="write a backup of the database")
    p.set_defaults(func=c.cmd_backup)
    p.add_argument(
        "--out", type=Path, metavar="FILE", help="where (default: backups/ beside the database)"
    )
    p = sub.add_parser("restore", help="replace the database with a backup")
    p.set_defaults(func=c.cmd_restore)
    p.add_argument("file", type=Path, help="the backup file")

    # -- the database itself (db copy); --db also takes a server's address -------------
    from app.cli import db_cmds

    db_cmds.register(sub, parser)
    return parser


def _window_options_given(args: argparse.Namespace, parser: Parser) -> list[str]:
    given = []
    for option in ("screenshot", "page", "language", "no_crash_dialog"):
        if getattr(args, option, None) not in (None, False) and option != "language":
            given.append("--" + option.replace("_", "-"))
    if args.size != parser.get_default("size"):
        given.append("--size")
    return given


def run(argv: Sequence[str]) -> int:
    from app.cli.common import handle_errors
    from app.logsetup import setup_cli_logging

    with setup_cli_logging():
        parser = build_parser()
        args = parser.parse_args(list(argv))
        func: Any = getattr(args, "func", None)
        if func is None:
            parser.error("name a command")
        stray = _window_options_given(args, parser)
        if stray:
            parser.error(f"{', '.join(stray)} belong to the window, not to a command")
        return int(handle_errors(func, args))
