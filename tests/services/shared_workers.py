"""What one clerk's process does in the concurrency tests (``test_shared_clerks``): imported by
name in a process of its own (multiprocessing "spawn"), so it imports little at the top."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path
from typing import Any


def _quiet_home(home: str) -> None:
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(Path(home) / name.lower())
    os.environ.pop("PLANDESK_DB", None)


def take_in(target: str, folder: str, barrier: Any, home: str) -> list[tuple[str, str, str, int]]:
    """``return import FOLDER`` on *target*, once both clerks have read what is in already
    (so that each decides on an out-of-date picture: the database must set it right)."""
    _quiet_home(home)
    import app.services.intake as intake
    from app.db.migrate import open_database

    load = intake._load_context

    def read_then_wait(db: Any) -> Any:
        found = load(db)
        barrier.wait(timeout=300)
        return found

    intake._load_context = read_then_wait  # type: ignore[assignment]
    db = open_database(target)
    try:
        lines = intake.import_returns(db, [Path(folder)], workers=1)
    finally:
        db.dispose()
    return [
        (line.file, line.outcome, line.note.code.value if line.note else "", line.version or 0)
        for line in lines
    ]


def sign(
    target: str, period: str, out: str, home: str, barrier: Any, password: str
) -> tuple[int, str]:
    """``return export --sign`` on *target*, once both clerks have found the period open."""
    _quiet_home(home)
    os.environ["PLANDESK_KEY_PASSWORD"] = password
    import app.services.returns as returns
    from app.cli.main import run

    prepare = returns.prepare_payload

    def prepare_then_wait(*args: Any, **kwargs: Any) -> Any:
        payload = prepare(*args, **kwargs)
        barrier.wait(timeout=300)
        return payload

    returns.prepare_payload = prepare_then_wait  # type: ignore[assignment]
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = run(
            ["--db", target, "return", "export", "--period", period, "--format", "pdf", "--sign",
             "--out", out]
        )  # fmt: skip
    return code, err.getvalue()


def job(name: str, key: int, args: tuple[Any, ...], results: Any) -> None:
    """Run ``name(*args)`` of this module in this process; its result (or its error, as
    text) goes into the shared dict *results* under *key*."""
    import traceback

    try:
        results[key] = ("ok", globals()[name](*args))
    except BaseException:
        results[key] = ("error", traceback.format_exc())
