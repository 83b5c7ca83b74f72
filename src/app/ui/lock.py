"""One window per database: a lock file beside the database (``<db>.lock``).

A lock left behind by a crashed PlanDesk is stale (its process is gone) and QLockFile takes
it over; a lock held by a running PlanDesk — here or on another computer sharing the
folder — refuses the second window.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    app: str


class DatabaseLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._lock = QLockFile(str(self.path))
        # Never stale by age (a window may stay open for weeks); a dead owner still is.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """Take the lock; False when another running PlanDesk holds it."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        return self._lock.tryLock(0)

    def holder(self) -> LockHolder | None:
        """Who holds the lock (after a failed :meth:`acquire`), if the file says."""
        info = self._lock.getLockInfo()
        if not info or len(info) != 3:
            return None
        pid, host, app = info
        return LockHolder(int(pid), str(host), str(app))

    def error(self) -> QLockFile.LockError:
        return self._lock.error()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    @property
    def held(self) -> bool:
        return self._lock.isLocked()
