"""Command-line options of the desktop app (``plandesk`` without a sub-command)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from app.ui.i18n import LANGUAGES

PAGES = (
    "dashboard",
    "plan",
    "progress",
    "events",
    "narrative",
    "returns",
    "intake",
    "completeness",
    "settings",
)
DEFAULT_SIZE = (1280, 800)


@dataclass(frozen=True)
class GuiOptions:
    db: Path
    screenshot: Path | None = None
    page: str | None = None
    language: str | None = None
    no_crash_dialog: bool = False
    size: tuple[int, int] = DEFAULT_SIZE


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x800") from None
    if not (320 <= width <= 8192 and 240 <= height <= 8192):
        raise argparse.ArgumentTypeError(f"size {text} is out of range")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plandesk",
        description="PlanDesk desktop app (run 'plandesk --help' for the command line).",
    )
    parser.add_argument(
        "--db", type=Path, help="database file (default: the user data folder, or env PLANDESK_DB)"
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="render the window to FILE.png once the data is shown, and exit",
    )
    parser.add_argument("--page", choices=PAGES, help="the page to show first")
    parser.add_argument("--language", choices=LANGUAGES, help="user interface language")
    parser.add_argument(
        "--size",
        type=_size,
        default=DEFAULT_SIZE,
        metavar="WxH",
        help="window size for --screenshot (default 1280x800)",
    )
    parser.add_argument(
        "--no-crash-dialog",
        action="store_true",
        help="log crashes and write the report, but show no dialog",
    )
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
