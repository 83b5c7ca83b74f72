"""The command line (public interface, see DESIGN.md). Filled in by the CLI work."""

from __future__ import annotations

COMMANDS = (
    "demo", "institution", "plan", "progress", "event", "identity", "return",
    "subordinate", "template", "status", "consolidate", "backup", "restore",
)


def run(argv: list[str]) -> int:
    raise SystemExit("command line not ready")
