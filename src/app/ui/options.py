"""Command-line options of the desktop app (``plandesk`` without a sub-command); declared in
``app.options``, which ``plandesk --help`` lists too."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from app.options import DEFAULT_SIZE, PAGES, add_window_options

__all__ = ["DEFAULT_SIZE", "PAGES", "GuiOptions", "build_parser", "parse_options"]


@dataclass(frozen=True)
class GuiOptions:
    db: Path
    screenshot: Path | None = None
    page: str | None = None
    language: str | None = None
    no_crash_dialog: bool = False
    size: tuple[int, int] = DEFAULT_SIZE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plandesk",
        description="PlanDesk desktop app (run 'plandesk --help' for the command line).",
    )
    parser.add_argument(
        "--db", type=Path, help="database file (default: the user data folder, or env PLANDESK_DB)"
    )
    add_window_options(parser)
    return parser


def parse_options(argv: list[str]) -> GuiOptions:
    """Parse *argv*; exits with status 2 and a usage line on a mistake (argparse)."""
    args = build_parser().parse_args(argv)
    if args.db is None:
        from app.paths import default_db_path

        db = default_db_path()
    else:
        db = args.db.expanduser()
    return GuiOptions(
        db=db,
        screenshot=args.screenshot,
        page=args.page,
        language=args.language,
        no_crash_dialog=args.no_crash_dialog,
        size=args.size,
    )
