"""One bad file never stops an intake (issue 10): a file whose reader raises, kills its
worker or hangs is refused alone, the others go on; workers die with the intake."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.services import intake_workers
from app.services.intake_workers import Verifier
from app.services.reasons import Reason
from app.services.trust import TrustPolicy


def _fake_verify(path: str) -> dict[str, Any]:
    """Runs in a worker: 'crash' kills the worker, 'hang' never ends, 'raise' raises."""
    name = Path(path).name
    if name.startswith("crash"):
        os.kill(os.getpid(), signal.SIGKILL)
    if name.startswith("hang"):
        time.sleep(3600)
    if name.startswith("raise"):
        raise AssertionError("a reader's own assertion")
    return {"ok": True, "path": path}


def _guarded(path: str) -> dict[str, Any]:
    try:
        return _fake_verify(path)
    except Exception:
        return intake_workers.failed(path)


@pytest.mark.skipif(sys.platform == "win32", reason="uses fork and SIGKILL")
def test_a_crash_a_hang_and_an_exception_cost_one_file_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(intake_workers, "verify_one", _guarded)
    monkeypatch.setattr(intake_workers, "FILE_SECONDS", 3.0)
    jobs = [f"/x/{name}" for name in ("ok1", "crash", "ok2", "hang", "ok3", "raise", "ok4")]
    verifier = Verifier(TrustPolicy().to_wire(), workers=2)
    started = time.monotonic()
    try:
        results = list(verifier.results(jobs))
    finally:
        verifier.close()
    assert [r["path"] for r in results] == jobs  # in order, every file answered
    good = [r["path"] for r in results if r.get("ok")]
    assert good == ["/x/ok1", "/x/ok2", "/x/ok3", "/x/ok4"]
    for r in results:
        if not r.get("ok"):
            assert r["refusal"].code is Reason.READER_FAILED
    assert time.monotonic() - started < 30


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_workers_die_with_a_killed_intake(tmp_path: Path) -> None:
    """kill -9 of ``plandesk return import``: its workers end within seconds."""
    script = tmp_path / "intake.py"
    script.write_text(
        "import sys, time\n"
        "from app.services import intake_workers\n"
        "from app.services.trust import TrustPolicy\n"
        "v = intake_workers.Verifier(TrustPolicy().to_wire(), 2)\n"
        "v._start().submit(time.sleep, 3600)\n"
        "v._start().submit(time.sleep, 3600)\n"
        "print('ready', flush=True)\n"
        "time.sleep(3600)\n",
        encoding="utf-8",
    )
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + 20
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline:
        workers = _children(proc.pid)
        time.sleep(0.1)
    assert len(workers) >= 2
    proc.kill()
    proc.wait()
    proc.stdout.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.2)
    alive = [w for w in workers if _alive(w)]
    assert alive == []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
