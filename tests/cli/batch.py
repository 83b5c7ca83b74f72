"""Run many ``plandesk`` commands in ONE fresh interpreter (started by the tests), each with
its own stdout and stderr, as a clerk's terminal would show them.

    python tests/cli/batch.py < commands.json > results.json

Each command runs through ``app.main.main`` exactly as the ``plandesk`` script does; every
Python warning is shown (``always``), so a warning or a log record that reached the terminal
would be in the captured stderr. Input: a JSON list of argument lists; output: a JSON list of
{"code", "out", "err"}.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import warnings


def main() -> int:
    from app.main import main as plandesk

    warnings.simplefilter("always")
    results = []
    for argv in json.load(sys.stdin):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = plandesk(argv)
            except SystemExit as exc:  # argparse: usage errors and --help
                code = int(exc.code or 0) if not isinstance(exc.code, str) else 2
        results.append({"code": code, "out": out.getvalue(), "err": err.getvalue()})
    json.dump(results, sys.__stdout__)
    return 0


if __name__ == "__main__":
    sys.exit(main())
