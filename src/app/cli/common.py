"""What every command shares: its database, values from arguments, output, and the one place
where failures become one line on stderr.

The promise (README, "Command line"): success prints nothing on stderr; a failure exits 1 with
exactly one line on stderr (an import's numbered list of bad rows is the one exception); wrong
usage exits 2 with one line. Never a traceback, a Python warning or a library's log record on
the terminal: those go to the log file.
"""

from __future__ import annotations

import argparse
import errno
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.database import DatabaseError, ServerAddress
from app.services.errors import PlanDeskError, ValidationError

if TYPE_CHECKING:  # the database layer is imported when a command needs it
    from app.services.database import Database
    from app.services.trust import TrustPolicy

log = logging.getLogger("app.cli")

DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y")


# ------------------------------------------------------------------ values
def parse_date(text: str) -> date:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"'{text}' is not a date (use 2021-03-24 or 24.03.2021)")


def parse_datetime(text: str) -> datetime:
    """A date (midnight, UTC) or an ISO date and time."""
    from datetime import UTC

    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        moment = datetime.combine(parse_date(text), datetime.min.time())
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is negative")
    return value


def non_negative_number(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if value < 0 or value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of zero or more")
    return value


def one_line(text: object) -> str:
    """A message as one line (a service text never spreads over several)."""
    return " ".join(str(text).split())


# ------------------------------------------------------------------ files
def out_file(path: Path) -> Path:
    """Where a command will write a file: its folder must exist (nothing is created)."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise PlanDeskError(f"{path} is a folder; give the name of the file to write")
    if not path.parent.is_dir():
        raise PlanDeskError(
            f"the folder {path.parent} does not exist; nothing was written (create it first)"
        )
    return path


def out_folder(path: Path) -> Path:
    path = Path(path).expanduser()
    if not path.is_dir():
        raise PlanDeskError(f"the folder {path} does not exist; nothing was written")
    return path


def in_file(path: Path, what: str = "file") -> Path:
    """A file a command reads: it must exist and be a file (a folder is named as one)."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise PlanDeskError(f"{path} is a folder; give a {what}")
    if not path.exists():
        raise PlanDeskError(f"{path} does not exist")
    return path


def _size_text(size: int) -> str:
    return f"{size / 2**20:,.1f} MB" if size >= 2**20 else f"{size / 1024:,.0f} kB"


def read_small(path: Path, what: str, limit: int = 1024 * 1024) -> bytes:
    """A small file read whole (certificate, key file, password): refused when larger than
    *limit*; never more than limit + 1 bytes are read, even from a file that grows."""
    path = in_file(path, what)
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        size = max(path.stat().st_size, len(data))
        raise PlanDeskError(
            f"{path} is too large to be a {what} ({_size_text(size)}; at most {_size_text(limit)})"
        )
    return data


# ------------------------------------------------------------------ database
def database(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The database of --db / PLANDESK_DB / the user data folder: a file, or a database on a
    PostgreSQL server (``postgresql://user@host/dbname``; its password from ~/.pgpass,
    PGPASSWORD or, on a terminal, a prompt — never from the command line).

    Commands that only read refuse a database that does not exist (a mistyped --db must
    not leave an empty file behind, an empty server database is not filled); *create* for
    the commands that may start one.
    """
    from app.services.database import open_database

    target = database_path(args)
    if isinstance(target, ServerAddress):
        ask = _ask_server_password if sys.stdin.isatty() else None
        return open_database(target, ask_password=ask, create=create)
    explicit = args.db is not None or bool(os.environ.get("PLANDESK_DB"))
    path = target
    if path.is_dir():
        raise PlanDeskError(f"{path} is a folder, not a database file")
    if not path.exists():
        if not create:
            raise PlanDeskError(
                f"there is no database at {path} (start one with 'plandesk institution set' "
                "or 'plandesk demo')"
            )
        if explicit and not path.parent.is_dir():
            raise PlanDeskError(f"the folder {path.parent} does not exist; nothing was created")
    return open_database(path)


def database_path(args: argparse.Namespace) -> Path | ServerAddress:
    """--db, else PLANDESK_DB, else the file in the user data folder: a Path, or the address
    of a server's database (``postgresql://user@host/dbname``, a ServerAddress: its
    ``is_file()`` is True, the server says whether the database is there)."""
    from app.paths import default_db_path
    from app.services.database import is_server_url

    value = args.db
    if value is None:
        env = os.environ.get("PLANDESK_DB", "")
        return ServerAddress(env.strip()) if is_server_url(env) else default_db_path()
    text = str(value)
    if is_server_url(text):
        return ServerAddress(text.strip())
    scheme, sep, rest = text.partition(":/")  # an address that went through Path(): "x:/y"
    if sep and not rest.startswith("/") and is_server_url(f"{scheme}://{rest}"):
        return ServerAddress(f"{scheme}://{rest}")
    return Path(value).expanduser()


def _ask_server_password(where: str) -> str | None:
    """The server's password, typed on the terminal (never echoed, never stored)."""
    try:
        return getpass.getpass(f"Password for {where}: ")
    except (EOFError, KeyboardInterrupt):
        return None


# ------------------------------------------------------------------ passwords
def read_password(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """From --password-file, PLANDESK_KEY_PASSWORD, or a prompt — never from the command line."""
    if args.password_file:
        data = read_small(args.password_file, "password file", 64 * 1024)
        try:
            return data.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            raise PlanDeskError("the password file is not UTF-8 text") from None
    env = os.environ.get("PLANDESK_KEY_PASSWORD")
    if env:
        return env
    if not sys.stdin.isatty():
        raise PlanDeskError(
            "the key password is needed: use --password-file FILE or set PLANDESK_KEY_PASSWORD"
        )
    first = getpass.getpass("Key password: ")
    if confirm and getpass.getpass("Repeat the password: ") != first:
        raise ValidationError("the two passwords differ")
    return first


def trust_from(args: argparse.Namespace) -> TrustPolicy:
    """--trust files (each vouches for the PlanDesk code written in it), plus (when the
    database exists) what it trusts, with its bindings."""
    from app.services.identity import load_certificates
    from app.services.trust import TrustPolicy, stored_policy

    certs = []
    for path in args.trust:
        certs += load_certificates(read_small(path, "certificate file"))
    policy = TrustPolicy.of_certificates(certs)
    if database_path(args).is_file():
        with database(args).unit() as session:
            policy.merge(stored_policy(session))
    return policy


# ------------------------------------------------------------------ output
def emit_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def fail(message: str) -> int:
    print(f"plandesk: {one_line(message)}", file=sys.stderr)
    return 1


def _quiet_stdout() -> None:
    """After a broken pipe (``plandesk event list | head``): no more output, no complaint."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (tests capture it)
        pass


def handle_errors(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; every failure becomes one line on stderr and exit 1."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    try:
        code = func(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except (PlanDeskError, DatabaseError) as exc:
        return fail(str(exc))
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            _quiet_stdout()
            return 0
        where = f" ({exc.filename})" if exc.filename else ""
        return fail(f"{exc.strerror or exc}{where}")
    except KeyboardInterrupt:
        return fail("interrupted; nothing was changed")
    except MemoryError:
        return fail("not enough memory for this; nothing was changed")
    except Exception as exc:  # a bug: the details go to the log and a crash report
        return fail(_report_bug(exc))


def _report_bug(exc: Exception) -> str:
    from app.logsetup import crash_report_text, write_crash_report
    from app.paths import log_dir

    log.error("command failed", exc_info=exc)
    report = write_crash_report(log_dir(), crash_report_text((type(exc), exc, exc.__traceback__)))
    where = f"; details in {report}" if report else ""
    return f"unexpected error ({type(exc).__name__}: {one_line(exc)[:200]}){where}"
