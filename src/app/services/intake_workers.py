"""Verification of incoming files in worker processes: both cores busy, and one bad file
costs that file only.

- A file whose reader raises, crashes its worker (a segfault, memory) or runs past
  :data:`FILE_SECONDS` is refused as unreadable; the other files go on in a fresh pool.
- Workers die with the process that started them (a killed intake leaves no workers behind).
- At most :data:`WINDOW` files are in flight: memory stays flat for thousands of files.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from app.services.reasons import Reason, outcome

log = logging.getLogger(__name__)

FILE_SECONDS = 60.0  # one file's verification may take this long, no longer
WINDOW = 32

_TRUST: Any = None


def _watch_parent(parent: int) -> None:
    """In a worker: end when the process that started the pool is gone."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def init_worker(trust: dict[str, Any], parent: int) -> None:
    """Once per worker process: the trust policy, and a watch on the parent."""
    from app.services.trust import TrustPolicy
    from app.services.verify import TrustStore

    global _TRUST
    _TRUST = TrustStore(TrustPolicy.from_wire(trust))
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def failed(path: str) -> dict[str, Any]:
    return {
        "ok": False,
        "refusal": outcome(Reason.READER_FAILED),
        "payload": b"",
        "claimed": b"",
        "signer_subject": "",
        "signer_sha256": "",
        "signer_code": None,
        "signed_at": None,
        "path": path,
    }


def verify_one(path: str) -> dict[str, Any]:
    """Runs in a worker: verify one file against the trusted certificates."""
    from app.services.verify import verify_file

    try:
        result = verify_file(Path(path), _TRUST)
        claimed = b"" if result.ok else _claimed(Path(path))
    except Exception:  # a reader broken by this file: this file is refused, not the intake
        log.exception("verifying %s failed", path)
        return failed(path)
    return {
        "ok": result.ok,
        "refusal": result.refusal,
        "payload": result.payload_bytes,
        "claimed": claimed,
        "signer_subject": result.signer_subject,
        "signer_sha256": result.signer_sha256,
        "signer_code": result.signer_code,
        "signed_at": result.signed_at,
        "path": path,
    }


def _claimed(path: Path) -> bytes:
    """For a refused file: the return it *claims* to be (unverified, only to name the sender
    on the Completeness page); empty when there is none."""
    try:
        if path.suffix.lower() == ".xlsx":
            from app.exports.xlsx_read import read_xlsx_return

            return read_xlsx_return(path).payload_bytes or b""
        if path.suffix.lower() == ".pdf":
            import io

            from pyhanko.pdf_utils.reader import PdfFileReader

            from app.services.verify import _embedded_payload

            reader = PdfFileReader(io.BytesIO(path.read_bytes()), strict=False)
            return _embedded_payload(reader)
    except Exception:  # a file broken enough not to name anyone
        return b""
    return b""


class Verifier:
    """Results for *jobs* in their order, from a pool that is rebuilt after a crash."""

    def __init__(self, trust: dict[str, Any], workers: int) -> None:
        self.trust = trust
        self.workers = max(1, workers)
        self.pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        if self.pool is None:
            self.pool = ProcessPoolExecutor(
                max_workers=self.workers,
                initializer=init_worker,
                initargs=(self.trust, os.getpid()),
            )
        return self.pool

    def _kill(self) -> None:
        """Stop the pool now, its running workers too (a hung file)."""
        pool, self.pool = self.pool, None
        if pool is None:
            return
        for process in list(getattr(pool, "_processes", {}).values()):
            with contextlib.suppress(OSError, AttributeError):
                process.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        pool, self.pool = self.pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def results(self, jobs: list[str]) -> Iterator[dict[str, Any]]:
        pending: list[tuple[str, Future[dict[str, Any]]]] = []
        todo = list(reversed(jobs))
        suspects: list[str] = []  # in flight when a worker crashed: tried again one by one
        while todo or pending or suspects:
            while suspects and not pending:
                job = suspects.pop(0)
                yield self._alone(job)
            while todo and len(pending) < (1 if suspects else WINDOW):
                job = todo.pop()
                pending.append((job, self._start().submit(verify_one, job)))
            if not pending:
                continue
            job, future = pending.pop(0)
            try:
                yield future.result(timeout=FILE_SECONDS)
            except FutureTimeout:
                log.warning("verifying %s took longer than %s s", job, FILE_SECONDS)
                rest = [j for j, _ in pending]
                pending.clear()
                self._kill()
                todo.extend(reversed(rest))
                yield failed(job)
            except BrokenProcessPool:
                log.warning("a verifying worker died; retrying the files in flight one by one")
                suspects = [job, *(j for j, _ in pending), *suspects]
                pending.clear()
                self._kill()

    def _alone(self, job: str) -> dict[str, Any]:
        """One file in a fresh pool: a crash now is this file's."""
        future = self._start().submit(verify_one, job)
        try:
            return future.result(timeout=FILE_SECONDS)
        except (FutureTimeout, BrokenProcessPool):
            log.warning("verifying %s broke its worker", job)
            self._kill()
            return failed(job)
