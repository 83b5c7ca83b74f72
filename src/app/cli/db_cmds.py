"""The database itself: ``plandesk db copy --from A --to B`` moves a directorate from its SQLite
file to a PostgreSQL server and back (docs/server.md), checked by counts and hashes.

``register`` also lets ``--db`` (and ``db copy``'s ``--from``/``--to``) take a server's
address, ``postgresql://user@host/dbname``, as well as a file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import emit_json


def location(text: str) -> Path | str:
    """A database file (a Path) or a server's address (kept as typed: a str)."""
    from app.services.database import is_server_url

    return text.strip() if is_server_url(text) else Path(text).expanduser()


def register(sub: Any, parser: argparse.ArgumentParser) -> None:
    """Add ``plandesk db ...`` to the parser and let ``--db`` name a server."""
    for action in parser._actions:
        if "--db" in action.option_strings:
            action.type = location
            action.metavar = "FILE|URL"
            action.help = (
                "the database file, or postgresql://user@host/dbname on a server (default: env "
                "PLANDESK_DB, else the user data folder); a server's password comes from "
                "~/.pgpass, PGPASSWORD or a prompt"
            )
    p = sub.add_parser(
        "db",
        help="the database itself: move it between a file and a server",
        description="the database itself: move it between a file and a server",
    )
    actions = p.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(parser)
    )
    text = (
        "copy a whole database into a new file or an empty server database, checked by "
        "counts and hashes (SQLite file <-> PostgreSQL server)"
    )
    c = actions.add_parser("copy", help=text, description=text)
    c.set_defaults(func=cmd_db_copy)
    c.add_argument(
        "--from",
        dest="source",
        required=True,
        type=location,
        metavar="FILE|URL",
        help="the database to copy: a file or postgresql://user@host/dbname",
    )
    c.add_argument(
        "--to",
        dest="target",
        required=True,
        type=location,
        metavar="FILE|URL",
        help="where: a new file, or an empty database on a server",
    )
    c.add_argument("--json", action="store_true", help="print JSON instead of text")


def cmd_db_copy(args: argparse.Namespace) -> int:
    from app.cli.common import _ask_server_password
    from app.services.database import copy_database

    ask = _ask_server_password if sys.stdin.isatty() else None
    report = copy_database(args.source, args.target, ask_password=ask)
    if args.json:
        emit_json(
            {
                "source": report.source,
                "target": report.target,
                "tables": {t.name: {"rows": t.rows, "sha256": t.sha256} for t in report.tables},
                "rows": report.rows,
                "return_files": report.returns,
                "seconds": round(report.seconds, 2),
            }
        )
    else:
        for line in report.lines():
            print(line)
    return 0
