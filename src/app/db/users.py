"""Who has a database open: a small registration file per open database, per process.

Every :class:`app.db.session.Database` with a file registers itself in a folder beside the
file (``<db>.users/``): one JSON file naming the process, its computer and when it started.
``dispose()`` (or the object's end, or the end of the interpreter) removes it. A restore
asks :func:`others` before it replaces the file, and leaves a ``restore`` registration of
its own while it works, which makes every opening refuse (see :func:`restore_under_way`).

A registration of a process that no longer runs on this computer (a crash, a power cut) is
stale: it is removed and ignored. One from another computer sharing the folder cannot be
checked and counts as open. The window's own lock (``<db>.lock``, a Qt ``QLockFile``) is
read here too, without Qt: :func:`window_lock_holder`.

Works on POSIX (``os.kill(pid, 0)``, ``/proc`` where there is one) and on Windows
(``OpenProcess``); plain files, no OS locks, so a network folder works as well as it can.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import secrets
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

USER = "user"
RESTORE = "restore"
_SUFFIX = ".json"


def users_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".users")


def lock_path(db_path: Path) -> Path:
    """The window's lock file (``app.ui.lock`` takes it with Qt's QLockFile)."""
    return db_path.with_name(db_path.name + ".lock")


def host_name() -> str:
    try:
        return socket.gethostname()
    except OSError:  # pragma: no cover - no name at all
        return ""


# ------------------------------------------------------------------ processes
def _read(path: str) -> str | None:
    try:
        with open(path, encoding="ascii", errors="replace") as handle:
            return handle.read()
    except OSError:
        return None


def boot_id() -> str:
    """This boot of this computer (Linux); empty where the system does not say."""
    text = _read("/proc/sys/kernel/random/boot_id")
    return text.strip() if text else ""


def start_ticks(pid: int) -> int | None:
    """When process *pid* started, in clock ticks since boot (Linux); None elsewhere."""
    text = _read(f"/proc/{pid}/stat")
    if not text:
        return None
    fields = text.rsplit(")", 1)[-1].split()
    try:
        return int(fields[19])  # field 22 of stat; fields[0] is field 3 (the state)
    except (IndexError, ValueError):
        return None


def pid_alive(pid: int) -> bool:
    """True when process *pid* runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    except OSError:
        return False
    stat = _read(f"/proc/{pid}/stat")
    if stat is not None:
        state = stat.rsplit(")", 1)[-1].split()[:1]
        if state == ["Z"]:  # a zombie has ended; its parent only has not reaped it yet
            return False
    return True


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import ctypes
    from ctypes import wintypes

    _PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
    _STILL_ACTIVE = 259
    _ERROR_ACCESS_DENIED = 5

    def _windows_alive(pid: int) -> bool:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            # access denied: the process exists (another user's); otherwise it is gone
            return bool(ctypes.get_last_error() == _ERROR_ACCESS_DENIED)
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return bool(code.value == _STILL_ACTIVE)
        finally:
            kernel32.CloseHandle(handle)


# ------------------------------------------------------------------ who this process is
def program_label() -> str:
    """What this process is, in words a clerk recognises."""
    modules = sys.modules
    if "app.cli.main" in modules:
        words: list[str] = []
        skip = False
        for arg in sys.argv[1:]:
            if skip:
                skip = False
                continue
            if arg in ("--db", "--password-file", "--language"):
                skip = True
                continue
            if arg.startswith("-"):
                continue
            words.append(arg)
            if len(words) == 2:
                break
        return "the command 'plandesk " + " ".join(words) + "'" if words else "a PlanDesk command"
    if "app.ui.application" in modules or "app.ui.launcher" in modules:
        return "the PlanDesk window"
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    return f"a program ({name})"


@dataclass(frozen=True)
class User:
    """One process that has the database open (or is restoring it)."""

    pid: int
    host: str
    kind: str = USER
    program: str = ""
    since: str = ""  # ISO time the database was opened
    file: Path | None = None

    @property
    def here(self) -> bool:
        return self.host == host_name()

    def describe(self) -> str:
        where = "on this computer" if self.here else f"on the computer '{self.host}'"
        since = ""
        if self.since:
            try:
                opened = datetime.fromisoformat(self.since)
                fmt = "%H:%M" if opened.date() == datetime.now().date() else "%d.%m.%Y %H:%M"
                since = f", since {opened.strftime(fmt)}"
            except ValueError:
                pass
        program = self.program or "PlanDesk"
        return f"{program} (process {self.pid} {where}{since})"


# ------------------------------------------------------------------ registrations
_mine: dict[Path, int] = {}  # registration file -> the pid that wrote it
_guard = threading.Lock()


class Registration:
    """This process's mark in ``<db>.users/``; :meth:`release` removes it (idempotent)."""

    def __init__(self, file: Path | None) -> None:
        self.file = file
        self.pid = os.getpid()

    def release(self) -> None:
        file, self.file = self.file, None
        if file is None or os.getpid() != self.pid:  # a forked child never removes it
            return
        with _guard:
            _mine.pop(file, None)
        with contextlib.suppress(OSError):
            file.unlink()
        with contextlib.suppress(OSError):
            file.parent.rmdir()  # only when empty


def _ensure_dir(folder: Path) -> None:
    if not folder.is_dir():
        folder.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(folder, 0o700)


def register(db_path: Path, kind: str = USER) -> Registration:
    """Write this process's registration for *db_path*; a folder that cannot be written
    (a read-only share) only loses the registration, it never stops the opening."""
    folder = users_dir(Path(db_path))
    pid = os.getpid()
    info = {
        "pid": pid,
        "host": host_name(),
        "kind": kind,
        "program": program_label(),
        "since": datetime.now().isoformat(timespec="seconds"),
        "boot": boot_id(),
        "start": start_ticks(pid),
    }
    target = folder / f"{kind}-{pid}-{secrets.token_hex(4)}{_SUFFIX}"
    tmp = folder / f".{target.name}.tmp"
    try:
        _ensure_dir(folder)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(info, handle)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        log.warning("cannot register the use of %s: %s", db_path, exc)
        return Registration(None)
    with _guard:
        _mine[target] = pid
    return Registration(target)


def _parse(file: Path) -> tuple[User, dict[str, object]] | None:
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not an object")
        user = User(
            pid=int(raw["pid"]),
            host=str(raw.get("host", "")),
            kind=str(raw.get("kind", USER)),
            program=str(raw.get("program", "")),
            since=str(raw.get("since", "")),
            file=file,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return user, raw


def _stale(user: User, raw: dict[str, object]) -> bool:
    """A registration of a process of this computer that has ended (or of an earlier boot)."""
    if not user.here:
        return False
    boot = raw.get("boot")
    if boot and boot_id() and boot != boot_id():
        return True
    if not pid_alive(user.pid):
        return True
    start = raw.get("start")
    now = start_ticks(user.pid)
    return isinstance(start, int) and now is not None and now != start  # pid used again


def others(db_path: Path, kinds: tuple[str, ...] = (USER, RESTORE)) -> list[User]:
    """The other processes that have *db_path* open (stale registrations are removed)."""
    folder = users_dir(Path(db_path))
    try:
        files = sorted(folder.glob(f"*{_SUFFIX}"))
    except OSError:
        return []
    me, here = os.getpid(), host_name()
    found: list[User] = []
    for file in files:
        parsed = _parse(file)
        if parsed is None:
            continue  # being written, or not ours: nobody to name
        user, raw = parsed
        if user.kind not in kinds or (user.pid == me and user.host == here):
            continue
        if _stale(user, raw):
            with contextlib.suppress(OSError):
                file.unlink()
            continue
        found.append(user)
    return found


def restore_under_way(db_path: Path) -> User | None:
    """The process restoring *db_path* from a backup right now, if any."""
    found = others(db_path, (RESTORE,))
    return found[0] if found else None


def window_lock_holder(db_path: Path) -> User | None:
    """The running PlanDesk window holding ``<db>.lock``, read without Qt.

    QLockFile writes "pid\\napplication\\nhost\\nmachine id\\nboot id\\n"; a lock of a process
    of this computer that has ended (or of an earlier boot) is stale, as QLockFile says.
    """
    try:
        text = lock_path(Path(db_path)).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    lines = text.split("\n")
    try:
        pid = int(lines[0])
    except ValueError:
        return None
    app = lines[1] if len(lines) > 1 else ""
    host = lines[2] if len(lines) > 2 else ""
    boot = lines[4].strip() if len(lines) > 4 else ""
    user = User(pid=pid, host=host, program="the PlanDesk window", file=lock_path(db_path))
    if pid == os.getpid() and user.here:
        return None
    if user.here:
        if boot and boot_id() and boot != boot_id():
            return None
        if not pid_alive(pid):
            return None
    log.info("window lock of %s held by %s (%s)", db_path, pid, app)
    return user


@atexit.register
def _release_all() -> None:
    """At the end of the interpreter: this process's registrations go."""
    me = os.getpid()
    with _guard:
        files = [file for file, pid in _mine.items() if pid == me]
        _mine.clear()
    for file in files:
        with contextlib.suppress(OSError):
            file.unlink()
        with contextlib.suppress(OSError):
            file.parent.rmdir()
