"""Short-lived working folders (rendering a return, unpacking an e-mail's attachments): in
PlanDesk's own scratch folder, owner-only, removed when the work ends; what a killed process
left behind is removed by the next one that starts work there."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

STALE_SECONDS = 24 * 3600  # where a process's state cannot be asked, a day old is left over


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # decided by age instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep(root: Path) -> None:
    """Remove the folders of ended processes (and, where that cannot be known, old ones)."""
    if not root.is_dir():
        return
    now = time.time()
    for entry in root.iterdir():
        parts = entry.name.rsplit("-", 2)
        try:
            pid = int(parts[-2])
        except (IndexError, ValueError):
            continue
        if pid == os.getpid():
            continue
        try:
            old = now - entry.stat().st_mtime > STALE_SECONDS
        except OSError:
            continue
        if not _alive(pid) or old:
            shutil.rmtree(entry, ignore_errors=True)


@contextlib.contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A private folder for one piece of work, removed afterwards (even on an error)."""
    from app.paths import scratch_root

    root = scratch_root()
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    sweep(root)
    folder = root / f"{prefix}-{os.getpid()}-{secrets.token_hex(4)}"
    folder.mkdir(mode=0o700)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
