"""The command line: a public interface (names fixed by DESIGN.md).

Exit codes: 0 success, 1 a user-facing failure with one clear line on stderr, 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__

COMMANDS = (
    "demo",
    "institution",
    "plan",
    "progress",
    "event",
    "identity",
    "return",
    "subordinate",
    "template",
    "status",
    "consolidate",
    "backup",
    "restore",
)


class UsageError(Exception):
    """Wrong arguments that argparse could not catch (exit 2)."""


def build_parser() -> argparse.ArgumentParser:
    from app.cli import commands as c
    from app.cli import directorate_cmds as d
    from app.cli import returns_cmds as r

    parser = argparse.ArgumentParser(
        prog="plandesk",
        description="PlanDesk: action plans, progress, events and signed returns, offline.",
    )
    parser.add_argument("--version", action="version", version=f"PlanDesk {__version__}")
    parser.add_argument(
        "--db", type=Path, help="database file (default: user data dir; env PLANDESK_DB)"
    )
    parser.add_argument(
        "--password-file",
        type=Path,
        help="file holding the key password (or env PLANDESK_KEY_PASSWORD)",
    )
    parser.add_argument("--no-crash-dialog", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str,
        func: Callable[[argparse.Namespace], int],
        help_: str,
        parent: argparse._SubParsersAction = sub,
    ) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    add("demo", c.cmd_demo, "fill the database with the Balıkesir demo plan, progress, events")

    inst = sub.add_parser("institution", help="this institution's profile")
    inst_sub = inst.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add("set", c.cmd_institution_set, "set this institution's profile", inst_sub)
    p.add_argument("--name", required=True)
    p.add_argument("--code", required=True)
    p.add_argument("--kind", required=True)
    p.add_argument("--parent-code", default="")
    p.add_argument("--parent-name", default="")
    p.add_argument("--parent-email", default="")
    p.add_argument("--language", default="en")
    p.add_argument("--head-name", default="")
    p.add_argument("--head-title", default="")
    p.add_argument("--email", default="")
    add("show", c.cmd_institution_show, "show this institution's profile", inst_sub).add_argument(
        "--json", action="store_true"
    )

    plan = sub.add_parser("plan", help="the plan")
    plan_sub = plan.add_subparsers(dest="action", metavar="ACTION", required=True)
    add("show", c.cmd_plan_show, "show the plan tree", plan_sub).add_argument(
        "--json", action="store_true"
    )
    p = add(
        "import",
        c.cmd_plan_import,
        "import an xlsx / csv / json plan, or a signed template from above",
        plan_sub,
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        help="certificate of the issuing directorate (for templates)",
    )

    prog = sub.add_parser("progress", help="progress per activity and period")
    prog_sub = prog.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add("set", c.cmd_progress_set, "mark one activity in one period", prog_sub)
    p.add_argument("code")
    p.add_argument("--period", required=True)
    p.add_argument("--status", required=True)
    p.add_argument("--date", type=c.parse_date)
    p.add_argument("--participants", type=c.non_negative_int)
    p.add_argument("--achieved", type=float)
    p.add_argument("--reason", default="")
    p.add_argument("--note", default="")
    p = add("show", c.cmd_progress_show, "show a period's progress", prog_sub)
    p.add_argument("--period", required=True)
    p.add_argument("--json", action="store_true")

    ev = sub.add_parser("event", help="events held")
    ev_sub = ev.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add("add", c.cmd_event_add, "log an event", ev_sub)
    p.add_argument("--activity", default="")
    p.add_argument("--date", required=True, type=c.parse_date)
    p.add_argument("--end-date", type=c.parse_date)
    p.add_argument("--title", required=True)
    p.add_argument("--kind", default="other")
    p.add_argument("--participants", type=c.non_negative_int, default=0)
    for name in ("women", "men", "pupils", "teachers", "parents", "staff"):
        p.add_argument(f"--{name}", type=c.non_negative_int)
    for name in ("venue", "organiser", "partners", "project", "materials", "description"):
        p.add_argument(f"--{name}", default="")
    add(
        "import", c.cmd_event_import, "import an xlsx / csv list of events (all or nothing)", ev_sub
    ).add_argument("file", type=Path)
    p = add("list", c.cmd_event_list, "list events", ev_sub)
    p.add_argument("--period")
    p.add_argument("--json", action="store_true")

    ident = sub.add_parser("identity", help="this institution's signing identity")
    id_sub = ident.add_subparsers(dest="action", metavar="ACTION", required=True)
    add("create", r.cmd_identity_create, "create a root and a signing certificate", id_sub)
    add(
        "import", r.cmd_identity_import, "import an existing PKCS#12 key file", id_sub
    ).add_argument("file", type=Path)
    add("show", r.cmd_identity_show, "show the signing identity", id_sub).add_argument(
        "--json", action="store_true"
    )
    add(
        "export-trust",
        r.cmd_identity_export_trust,
        "write the certificate recipients trust",
        id_sub,
    ).add_argument("--out", type=Path, required=True)

    ret = sub.add_parser("return", help="returns: export, sign, verify")
    ret_sub = ret.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add("export", r.cmd_return_export, "write a period's return as PDF or XLSX", ret_sub)
    p.add_argument("--period", required=True)
    p.add_argument("--format", choices=("pdf", "xlsx"), required=True)
    p.add_argument("--sign", action="store_true")
    p.add_argument("--language")
    p.add_argument("--out", type=Path, required=True)
    p = add("verify", r.cmd_return_verify, "verify a signed return (exit 0 only if valid)", ret_sub)
    p.add_argument("file", type=Path)
    p.add_argument("--trust", type=Path, action="append", default=[])
    add(
        "correct", r.cmd_return_correct, "unlock a signed period for a corrected version", ret_sub
    ).add_argument("--period", required=True)
    add("list", r.cmd_return_list, "list returns made here", ret_sub).add_argument(
        "--json", action="store_true"
    )
    p = add("email", r.cmd_return_email, "write a ready .eml with return files attached", ret_sub)
    p.add_argument("files", type=Path, nargs="+")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--to", default="")

    p = add(
        "import", d.cmd_return_import, "directorate: verify and store incoming returns", ret_sub
    )
    p.add_argument("paths", type=Path, nargs="+", metavar="FILE_OR_FOLDER")
    p.add_argument("--workers", type=int, default=2, help=argparse.SUPPRESS)
    p.add_argument("--period", help="only returns of this period are taken in")
    p.add_argument("--trust", type=Path, action="append", default=[])

    subo = sub.add_parser("subordinate", help="directorate: who reports to this institution")
    subo_sub = subo.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add("add", d.cmd_subordinate_add, "register a subordinate institution", subo_sub)
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--email", default="")
    p.add_argument("--kind", default="school")
    p.add_argument("--language", default="")
    p.add_argument("--trust", type=Path, action="append", default=[])
    add(
        "import",
        d.cmd_subordinate_import,
        "register subordinates from an xlsx / csv list",
        subo_sub,
    ).add_argument("file", type=Path)
    add("list", d.cmd_subordinate_list, "list subordinates", subo_sub).add_argument(
        "--json", action="store_true"
    )
    p = add(
        "issue-identity",
        d.cmd_subordinate_issue,
        "issue a signing identity (PKCS#12) to a subordinate from this root",
        subo_sub,
    )
    p.add_argument("--code", required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--new-password-file", type=Path, required=True)

    tpl = sub.add_parser("template", help="directorate: the plan sent down")
    tpl_sub = tpl.add_subparsers(dest="action", metavar="ACTION", required=True)
    add(
        "export", d.cmd_template_export, "write the plan as one signed JSON file", tpl_sub
    ).add_argument("--out", type=Path, required=True)

    p = add("status", d.cmd_status, "directorate: completeness and timeliness of a period")
    p.add_argument("--period", required=True)
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--reminders",
        type=Path,
        metavar="FOLDER",
        help="write one reminder .eml per missing subordinate into FOLDER",
    )

    p = add("consolidate", d.cmd_consolidate, "directorate: the consolidated return")
    p.add_argument("--period", required=True)
    p.add_argument("--format", choices=("pdf", "xlsx", "json"), required=True)
    p.add_argument("--sign", action="store_true")
    p.add_argument("--language")
    p.add_argument("--out", type=Path, required=True)

    p = add("backup", c.cmd_backup, "write a backup of the database")
    p.add_argument("--out", type=Path)
    add("restore", c.cmd_restore, "replace the database with a backup").add_argument(
        "file", type=Path
    )
    return parser


def run(argv: Sequence[str]) -> int:
    from app.cli.commands import handle_errors

    parser = build_parser()
    args = parser.parse_args(list(argv))
    if not getattr(args, "func", None):
        parser.print_usage(sys.stderr)
        print("plandesk: error: name a command (see plandesk --help)", file=sys.stderr)
        return 2
    return handle_errors(args.func, args)
