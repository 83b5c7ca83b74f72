"""Intake of subordinates' returns: verify each file, classify it, keep it whole or not at all.

Verification runs in worker processes (both cores); classification and storage happen here,
one transaction per file.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from sqlalchemy import select

from app.db.models import Institution, Plan, Return
from app.db.session import Database
from app.domain.status import ReturnDirection, ReturnStatus
from app.services.errors import NotFound
from app.services.plans import require_current_plan
from app.services.trust import stored_trust

ACCEPTED = "accepted"
LATE = "late"
NEW_VERSION = "new version"
DUPLICATE = "duplicate"
REJECTED = "rejected"
RETURN_SUFFIXES = (".pdf", ".xlsx")


@dataclass
class IntakeLine:
    file: str
    outcome: str  # accepted | late | new version | duplicate | rejected
    reason: str = ""
    institution: str = ""
    period: str = ""
    version: int | None = None

    @property
    def taken(self) -> bool:
        return self.outcome != REJECTED

    def text(self) -> str:
        who = f" {self.institution} {self.period} v{self.version}" if self.institution else ""
        why = f": {self.reason}" if self.reason else ""
        return f"{self.outcome.upper():12} {self.file}{who}{why}"


@dataclass
class Candidate:
    name: str
    path: Path


def expand(paths: Iterable[Path], workdir: Path) -> tuple[list[Candidate], list[IntakeLine]]:
    """Files, folders (recursively) and .eml messages (their attachments) to candidates."""
    found: list[Candidate] = []
    problems: list[IntakeLine] = []
    queue = list(paths)
    while queue:
        path = queue.pop(0)
        if path.is_dir():
            queue.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        elif not path.exists():
            problems.append(IntakeLine(str(path), REJECTED, "no such file"))
        elif path.suffix.lower() == ".eml":
            try:
                with path.open("rb") as stream:
                    msg = BytesParser(policy=policy.default).parse(stream)
            except Exception:
                problems.append(IntakeLine(path.name, REJECTED, "the e-mail cannot be read"))
                continue
            got = 0
            for part in msg.iter_attachments():
                name = Path(part.get_filename() or "").name
                if Path(name).suffix.lower() not in RETURN_SUFFIXES:
                    continue
                target = workdir / str(len(found)) / name
                target.parent.mkdir()
                content = part.get_content()
                target.write_bytes(content if isinstance(content, bytes) else content.encode())
                found.append(Candidate(f"{path.name} › {name}", target))
                got += 1
            if not got:
                problems.append(
                    IntakeLine(
                        path.name, REJECTED, "not a return: the e-mail has no PDF or XLSX attached"
                    )
                )
        elif path.suffix.lower() in RETURN_SUFFIXES:
            found.append(Candidate(path.name, path))
        elif path.name.startswith(".") or path.suffix.lower() in (".txt", ".md", ".ini"):
            continue
        else:
            problems.append(
                IntakeLine(
                    path.name, REJECTED, "not a return: only PDF, XLSX and .eml files are read"
                )
            )
    return found, problems


_TRUST: Any = None


def _init_worker(pems: list[bytes]) -> None:
    """Once per worker process: the trusted certificates, parsed and indexed."""
    from cryptography import x509

    from app.services.verify import TrustStore

    global _TRUST
    _TRUST = TrustStore([x509.load_pem_x509_certificate(p) for p in pems])


def _verify_worker(path: str) -> dict[str, Any]:
    """Runs in a worker process: verify one file against the trusted certificates."""
    from app.services.verify import verify_file

    result = verify_file(Path(path), _TRUST)
    return {
        "ok": result.ok,
        "reason": result.reason,
        "payload": result.payload_bytes,
        "claimed": b"" if result.ok else _claimed(Path(path)),
        "signer_subject": result.signer_subject,
        "signer_sha256": result.signer_sha256,
        "signer_code": result.signer_code,
        "signed_at": result.signed_at,
    }


def _claimed(path: Path) -> bytes:
    """For a rejected file: the return it *claims* to be (unverified, only to name the sender
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


def _category(reason: str) -> str:
    low = reason.lower()
    if "not trusted" in low:
        return "signer unknown"
    if any(
        w in low
        for w in (
            "not a return",
            "not a pdf",
            "not a signed",
            "no machine-readable",
            "carries no digital signature",
            "cannot be read",
            "no return.json",
            "not a plandesk return",
        )
    ):
        return "not a return"
    if "claims to come from" in low:
        return "signer not the institution it claims"
    return "tampered"


@dataclass
class Known:
    """What intake remembers of a return already in (not the file: memory stays flat)."""

    version: int
    payload_sha256: str
    status: str


@dataclass
class _Context:
    plan: Plan
    periods: dict[str, Any]
    subordinates: dict[str, Institution]
    certs_of: dict[str, set[str]]
    file_hashes: set[str]
    accepted: dict[tuple[str, str], list[Known]] = field(default_factory=dict)
    expected_period: str = ""


def _load_context(db: Database) -> tuple[_Context, list[bytes]]:
    from app.services.subordinates import registered_certificates, subordinates

    with db.unit() as s:
        plan = require_current_plan(s)
        periods = {p.key: p for p in plan.periods}
        subs = {i.code: i for i in subordinates(s)}
        if not subs:
            raise NotFound("no subordinates are registered yet ('plandesk subordinate add')")
        certs_of = {k: set(v) for k, v in registered_certificates(s).items()}
        hashes = set(
            s.scalars(
                select(Return.file_sha256).where(Return.direction == ReturnDirection.INCOMING.value)
            )
        )
        ctx = _Context(plan, periods, subs, certs_of, hashes)
        for code, key, version, sha, status in s.execute(
            select(
                Return.institution_code,
                Return.period_key,
                Return.version,
                Return.payload_sha256,
                Return.status,
            ).where(
                Return.direction == ReturnDirection.INCOMING.value,
                Return.status.in_([ReturnStatus.ACCEPTED.value, ReturnStatus.SUPERSEDED.value]),
            )
        ):
            ctx.accepted.setdefault((code, key), []).append(Known(version, sha, status))
        pems = [c.public_bytes(serialization.Encoding.PEM) for c in stored_trust(s)]
    return ctx, pems


def _classify(
    ctx: _Context, name: str, data: bytes, v: dict[str, Any]
) -> tuple[IntakeLine, dict[str, Any] | None]:
    """The outcome for one verified file and, when it goes in, the Return row values."""
    file_hash = hashlib.sha256(data).hexdigest()
    line = IntakeLine(name, REJECTED)
    if file_hash in ctx.file_hashes:
        return IntakeLine(name, DUPLICATE, "this very file was already taken in"), None
    payload: dict[str, Any] = json.loads(v["payload"]) if v["payload"] else {}
    claimed: dict[str, Any] = payload
    if not payload and v.get("claimed"):
        try:
            claimed = json.loads(v["claimed"])
        except ValueError:
            claimed = {}
        if not isinstance(claimed, dict):
            claimed = {}
    who, when = claimed.get("institution"), claimed.get("period")
    inst = str(who.get("code", "")) if isinstance(who, dict) else ""
    period = str(when.get("key", "")) if isinstance(when, dict) else ""
    line.institution, line.period, line.version = inst, period, payload.get("version")
    row: dict[str, Any] = {
        "direction": ReturnDirection.INCOMING.value,
        "kind": payload.get("kind", "institution"),
        "institution_code": inst or "?",
        "period_key": period or "?",
        "version": int(payload.get("version") or 0),
        "file_name": name,
        "file_sha256": file_hash,
        "file_content": data,
        "payload": v["payload"].decode("utf-8") if v["payload"] else "",
        "payload_sha256": hashlib.sha256(v["payload"]).hexdigest() if v["payload"] else "",
        "signer_subject": v["signer_subject"] or "",
        "signer_sha256": v["signer_sha256"] or "",
        "signed_at": v["signed_at"].astimezone(UTC).replace(tzinfo=None)
        if v["signed_at"]
        else None,
        "received_at": datetime.now(UTC).replace(tzinfo=None),
        "plan_id": ctx.plan.id,
        "status": ReturnStatus.REJECTED.value,
    }

    def reject(reason: str) -> tuple[IntakeLine, dict[str, Any]]:
        line.reason = reason
        row["result_reason"] = reason
        return line, row

    if not v["ok"]:
        category = _category(v["reason"])
        said = v["reason"]
        return reject(said if said.startswith(category + ":") else f"{category}: {said}")
    sub = ctx.subordinates.get(inst)
    if sub is None:
        return reject(f"signer unknown: {inst} is not a registered subordinate")
    registered = ctx.certs_of.get(inst, set())
    signer = v["signer_sha256"]
    owner = next((code for code, fps in ctx.certs_of.items() if signer in fps), None)
    if owner is not None and owner != inst:
        return reject(f"signer not the institution it claims: the key belongs to {owner}")
    if v["signer_code"] is None and signer not in registered:
        return reject(f"signer unknown: the certificate is not registered for {inst}")
    plan = payload.get("plan", {})
    if plan.get("title") != ctx.plan.title or plan.get("year") != ctx.plan.year:
        return reject(f"another plan: '{plan.get('title', '')}' {plan.get('year', '')}")
    if period not in ctx.periods:
        return reject(
            f"another period: {period} is not a period of this plan ({', '.join(ctx.periods)})"
        )
    if ctx.expected_period and period != ctx.expected_period:
        return reject(f"another period: {period}, this intake is for {ctx.expected_period}")
    earlier = ctx.accepted.get((inst, period), [])
    if any(r.payload_sha256 == row["payload_sha256"] for r in earlier):
        return IntakeLine(
            name, DUPLICATE, "the same return is already in", inst, period, row["version"]
        ), None
    newest = max((r.version for r in earlier if r.status == ReturnStatus.ACCEPTED.value), default=0)
    row["status"] = ReturnStatus.ACCEPTED.value
    if row["version"] <= newest:
        row["status"] = ReturnStatus.SUPERSEDED.value
        line.outcome, line.reason = ACCEPTED, f"kept; version {newest} is already in"
    elif newest:
        line.outcome, line.reason = NEW_VERSION, f"supersedes version {newest}"
    else:
        line.outcome = ACCEPTED
    due = ctx.periods[period].due
    signed_on = row["signed_at"].date() if row["signed_at"] else datetime.now().date()
    if signed_on > due:
        row["late"] = True
        if line.outcome == ACCEPTED and not line.reason:
            line.outcome, line.reason = LATE, f"signed {signed_on:%d.%m.%Y}, due {due:%d.%m.%Y}"
    return line, row


def _store(db: Database, ctx: _Context, line: IntakeLine, row: dict[str, Any]) -> None:
    with db.unit(f"return import {line.file}") as s:
        if row["status"] == ReturnStatus.ACCEPTED.value:
            for old in s.scalars(
                select(Return).where(
                    Return.direction == ReturnDirection.INCOMING.value,
                    Return.institution_code == row["institution_code"],
                    Return.period_key == row["period_key"],
                    Return.status == ReturnStatus.ACCEPTED.value,
                )
            ):
                old.status = ReturnStatus.SUPERSEDED.value
                row["supersedes_id"] = old.id
        s.add(Return(**row))
    ctx.file_hashes.add(row["file_sha256"])
    if row["status"] != ReturnStatus.REJECTED.value:
        key = (row["institution_code"], row["period_key"])
        for known in ctx.accepted.get(key, []):
            if row["status"] == ReturnStatus.ACCEPTED.value:
                known.status = ReturnStatus.SUPERSEDED.value
        ctx.accepted.setdefault(key, []).append(
            Known(row["version"], row["payload_sha256"], row["status"])
        )


def _bounded_map(
    pool: ProcessPoolExecutor, jobs: list[str], window: int = 32
) -> Iterator[dict[str, Any]]:
    """Results in order, with at most *window* files in flight: memory stays flat however
    many thousand files arrive."""
    pending: deque[Future[dict[str, Any]]] = deque()
    for job in jobs:
        pending.append(pool.submit(_verify_worker, job))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def import_returns(
    db: Database,
    paths: list[Path],
    *,
    workers: int = 2,
    period: str = "",
    progress: Callable[[int, int, IntakeLine], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[IntakeLine]:
    """Verify, classify and store every return found in *paths*; one line per file."""
    ctx, pems = _load_context(db)
    if period:
        ctx.expected_period = period.strip().upper()
        if ctx.expected_period not in ctx.periods:
            raise NotFound(f"the plan has no period {ctx.expected_period}")
    lines: list[IntakeLine] = []
    with tempfile.TemporaryDirectory(prefix="plandesk-intake-") as tmp:
        candidates, problems = expand(paths, Path(tmp))
        lines.extend(problems)
        total = len(candidates) + len(problems)
        jobs = [str(c.path) for c in candidates]
        results: Iterable[dict[str, Any]]
        pool = None
        if workers > 1 and len(jobs) > 4:
            pool = ProcessPoolExecutor(
                max_workers=workers, initializer=_init_worker, initargs=(pems,)
            )
        else:
            _init_worker(pems)
        try:
            results = _bounded_map(pool, jobs) if pool else map(_verify_worker, jobs)
            for cand, verified in zip(candidates, results, strict=True):
                if cancelled is not None and cancelled():
                    break
                data = cand.path.read_bytes()
                line, row = _classify(ctx, cand.name, data, verified)
                if row is not None:
                    _store(db, ctx, line, row)
                lines.append(line)
                if progress is not None:
                    progress(len(lines), total, line)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
    return lines
