"""Compile the Designer files in ui/ into src/app/ui/generated/ (the one place they are built).

Run ``python -m app.ui.compile_ui`` after editing a ``.ui`` file; the generated modules say
"do not edit" and are skipped by ruff. ``--check`` exits 1 when a generated file is stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from app.paths import ui_file

GENERATED = Path(__file__).with_name("generated")
HEADER = (
    "# Generated from ui/{name} by `python -m app.ui.compile_ui` -- DO NOT EDIT.\n"
    "# Edit the Designer file and run the command again.\n"
)


def _uic() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return str(exe) if exe.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def compile_one(source: Path) -> str:
    """The Python code for *source*, with our header."""
    out = subprocess.run(
        [_uic(), "--no-autoconnection", str(source)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # uic writes a banner with its own version and a timestamp-free comment block; keep the
    # code only, so regenerating with the same input gives the same bytes.
    lines = out.splitlines(keepends=True)
    body = [line for line in lines if not line.startswith("##")]
    return HEADER.format(name=source.name) + "".join(body).lstrip("\n")


def target_for(source: Path) -> Path:
    return GENERATED / f"ui_{source.stem}.py"


def sources() -> list[Path]:
    return sorted(ui_file("").glob("*.ui"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a file is out of date")
    args = parser.parse_args(argv)
    stale = []
    for source in sources():
        code = compile_one(source)
        target = target_for(source)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == code:
            continue
        stale.append(target)
        if not args.check:
            target.write_text(code, encoding="utf-8")
            print(f"wrote {target}")
    if args.check and stale:
        print("out of date: " + ", ".join(str(s) for s in stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
