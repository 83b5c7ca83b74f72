"""Entry point: ``plandesk`` with a sub-command runs the command line, otherwise the window.

Kept tiny on purpose: nothing heavy is imported before we know which half is needed.
"""

from __future__ import annotations

import sys


def wants_cli(argv: list[str]) -> bool:
    """True when argv names a sub-command (any word that is not an option's value)."""
    from app.options import VALUE_OPTIONS

    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
            continue
        if arg in ("--version", "-V", "--help", "-h"):
            return True
        if arg in VALUE_OPTIONS:
            skip_next = True
            continue
        if not arg.startswith("-"):
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if wants_cli(args):
        from app.cli.main import run

        return run(args)
    from app.ui.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
