"""The window's command-line options, declared once: the desktop app parses them
(``app.ui.options``) and ``plandesk --help`` lists them. No Qt here."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.domain.periods import LANGUAGES

PAGES = (
    "dashboard",
    "plan",
    "progress",
    "events",
    "narrative",
    "returns",
    "subordinates",
    "intake",
    "completeness",
    "consolidation",
    "settings",
    "welcome",
)
DEFAULT_SIZE = (1280, 800)
# options that take a value (main.wants_cli skips their values when it looks for a command)
VALUE_OPTIONS = ("--db", "--screenshot", "--page", "--language", "--size", "--password-file")


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x800") from None
    if not (320 <= width <= 8192 and 240 <= height <= 8192):
        raise argparse.ArgumentTypeError(f"size {text} is out of range")
    return width, height


def add_window_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """--screenshot, --page, --language, --size, --no-crash-dialog (not --db: both halves
    declare that one themselves)."""
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="render the window to FILE.png once the data is shown, and exit",
    )
    parser.add_argument(
        "--page", choices=PAGES, metavar="PAGE", help=f"the page to show first: {', '.join(PAGES)}"
    )
    parser.add_argument(
        "--language",
        choices=(*LANGUAGES, "pseudo"),
        metavar="LANG",
        help=f"the window's language: {', '.join(LANGUAGES)} (default: the system's); pseudo "
        "stretches and brackets every text, to find texts never translated or cut off",
    )
    parser.add_argument(
        "--size",
        type=parse_size,
        default=DEFAULT_SIZE,
        metavar="WxH",
        help="window size for --screenshot (default 1280x800)",
    )
    parser.add_argument(
        "--no-crash-dialog",
        action="store_true",
        help="log crashes and write the report, but show no dialog",
    )
