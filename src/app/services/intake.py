"""Intake of subordinates' returns: verify each file, classify it, keep it whole or not at all.

Verification runs in worker processes (both cores); classification and storage happen here,
one transaction per file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any, cast

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from app.db.locking import serialise
from app.db.models import Institution, Plan, Return
from app.db.session import Database, current_user
from app.domain.return_format import Payload
from app.domain.status import ReturnDirection, ReturnStatus
from app.scratch import scratch_dir
from app.services.consolidate import summarise
from app.services.errors import NotFound
from app.services.intake_workers import Verifier
from app.services.messages import Message
from app.services.plans import require_current_plan
from app.services.reasons import Outcome, Reason, outcome
from app.services.trust import stored_policy
from app.services.verify import MAX_FILE

ACCEPTED = "accepted"
LATE = "late"
NEW_VERSION = "new version"
DUPLICATE = "duplicate"
REJECTED = "rejected"
SKIPPED = "skipped"  # not a return at all (a note, a hidden file): listed, never read
RETURN_SUFFIXES = (".pdf", ".xlsx")


@dataclass
class IntakeLine:
    file: str
    outcome: str  # accepted | late | new version | duplicate | rejected | skipped
    note: Outcome | None = None  # why it was refused, or a note on a file taken in
    institution: str = ""
    period: str = ""
    version: int | None = None
    stored: str = ""  # the English kept in the database (a reason from an older version)

    @property
    def taken(self) -> bool:
        return self.outcome not in (REJECTED, SKIPPED)

    @property
    def rejected(self) -> bool:
        return self.outcome == REJECTED

    @property
    def reason(self) -> str:
        """The note in English ("category: detail" for a refusal)."""
        return self.note.text() if self.note is not None else self.stored

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "outcome": self.outcome,
            "institution": self.institution,
            "period": self.period,
            "version": self.version,
            "reason": self.note.as_json() if self.note is not None else None,
        }

    def text(self) -> str:
        who = f" {self.institution} {self.period} v{self.version}" if self.institution else ""
        why = f": {self.reason}" if self.reason else ""
        return f"{self.outcome.upper():12} {self.file}{who}{why}"


@dataclass
class Candidate:
    name: str
    path: Path


MAX_EML = MAX_FILE * 3 // 2  # a message with a return of MAX_FILE attached, base64 encoded


def _too_large(path: Path, limit: int) -> bool:
    try:
        return path.stat().st_size > limit
    except OSError:
        return False  # the reader says why it cannot read it


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
            problems.append(IntakeLine(str(path), REJECTED, outcome(Reason.NO_SUCH_FILE)))
        elif _too_large(path, MAX_EML if path.suffix.lower() == ".eml" else MAX_FILE):
            # refused by its size alone: never read, never stored
            problems.append(IntakeLine(path.name, REJECTED, outcome(Reason.TOO_LARGE)))
        elif path.suffix.lower() == ".eml":
            try:
                with path.open("rb") as stream:
                    msg = BytesParser(policy=policy.default).parse(stream)
            except Exception:
                problems.append(IntakeLine(path.name, REJECTED, outcome(Reason.EMAIL_UNREADABLE)))
                continue
            got = 0
            for part in msg.iter_attachments():
                name = Path(part.get_filename() or "").name
                if Path(name).suffix.lower() not in RETURN_SUFFIXES:
                    continue
                label = f"{path.name} › {name}"
                content = part.get_content()
                data = content if isinstance(content, bytes) else content.encode()
                got += 1
                if len(data) > MAX_FILE:
                    problems.append(IntakeLine(label, REJECTED, outcome(Reason.TOO_LARGE)))
                    continue
                target = workdir / str(len(found)) / name
                target.parent.mkdir()
                target.write_bytes(data)
                found.append(Candidate(label, target))
            if not got:
                problems.append(
                    IntakeLine(path.name, REJECTED, outcome(Reason.EMAIL_WITHOUT_RETURN))
                )
        elif path.suffix.lower() in RETURN_SUFFIXES:
            found.append(Candidate(path.name, path))
        elif path.name.startswith(".") or path.suffix.lower() in (".txt", ".md", ".ini"):
            # a note or a hidden file beside the returns: told, never read
            problems.append(IntakeLine(path.name, SKIPPED, outcome(Reason.NOT_READ)))
        else:
            problems.append(IntakeLine(path.name, REJECTED, outcome(Reason.NOT_A_RETURN_FILE)))
    return found, problems


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


def _load_context(db: Database) -> tuple[_Context, dict[str, Any]]:
    from app.services.subordinates import registered_certificates, subordinates

    with db.unit() as s:
        plan = require_current_plan(s)
        periods = {p.key: p for p in plan.periods}
        subs = {i.code: i for i in subordinates(s)}
        if not subs:
            raise NotFound(Message.NO_SUBORDINATES_CLI)
        certs_of = {k: set(v) for k, v in registered_certificates(s).items()}
        hashes = set(
            s.scalars(
                select(Return.file_sha256).where(
                    Return.direction == ReturnDirection.INCOMING.value,
                    Return.status != ReturnStatus.REJECTED.value,
                )
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
        trust = stored_policy(s).to_wire()
    return ctx, trust


def _classify(
    ctx: _Context, name: str, data: bytes, v: dict[str, Any]
) -> tuple[IntakeLine, dict[str, Any] | None]:
    """The outcome for one verified file and, when it goes in, the Return row values."""
    file_hash = hashlib.sha256(data).hexdigest()
    line = IntakeLine(name, REJECTED)
    if file_hash in ctx.file_hashes:
        return IntakeLine(name, DUPLICATE, outcome(Reason.SAME_FILE)), None
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

    def reject(why: Outcome) -> tuple[IntakeLine, dict[str, Any]]:
        line.note = why
        row["result_reason"] = why.text()
        row["result_code"], row["result_params"] = why.code.value, dict(why.params)
        return line, row

    if not v["ok"]:
        return reject(v["refusal"] or outcome(Reason.READER_FAILED))
    sub = ctx.subordinates.get(inst)
    if sub is None:
        return reject(outcome(Reason.NOT_SUBORDINATE, code=inst))
    plan = payload.get("plan", {})
    if plan.get("title") != ctx.plan.title or plan.get("year") != ctx.plan.year:
        return reject(
            outcome(Reason.ANOTHER_PLAN, title=plan.get("title", ""), year=plan.get("year", ""))
        )
    if period not in ctx.periods:
        return reject(
            outcome(Reason.PERIOD_NOT_IN_PLAN, period=period, periods=", ".join(ctx.periods))
        )
    if ctx.expected_period and period != ctx.expected_period:
        return reject(
            outcome(Reason.PERIOD_NOT_EXPECTED, period=period, expected=ctx.expected_period)
        )
    earlier = ctx.accepted.get((inst, period), [])
    if not _decide(ctx, line, row, earlier):
        return IntakeLine(
            name, DUPLICATE, outcome(Reason.SAME_RETURN), inst, period, row["version"]
        ), None
    # verified (v["ok"]): these are the bytes the worker's verify_file read with
    # parse_payload, checked as canonical and signed by the institution they name
    verified = cast(Payload, payload)
    # what consolidation adds up, read once here rather than at every consolidation
    row["figures"] = json.dumps(summarise(verified), ensure_ascii=False, separators=(",", ":"))
    return line, row


def _decide(ctx: _Context, line: IntakeLine, row: dict[str, Any], earlier: list[Known]) -> bool:
    """Place a verified return of a registered subordinate among the returns of its
    institution and period already in (*earlier*): accepted, a new version, kept as older, late;
    False when the same return is already in."""
    if any(r.payload_sha256 == row["payload_sha256"] for r in earlier):
        return False
    line.note = None
    newest = max((r.version for r in earlier if r.status == ReturnStatus.ACCEPTED.value), default=0)
    row["status"] = ReturnStatus.ACCEPTED.value
    row["late"] = False
    if row["version"] <= newest:
        row["status"] = ReturnStatus.SUPERSEDED.value
        line.outcome, line.note = ACCEPTED, outcome(Reason.KEPT_OLDER, version=newest)
    elif newest:
        line.outcome, line.note = NEW_VERSION, outcome(Reason.SUPERSEDES, version=newest)
    else:
        line.outcome = ACCEPTED
    due = ctx.periods[row["period_key"]].due
    signed_on = row["signed_at"].date() if row["signed_at"] else datetime.now().date()
    if signed_on > due:
        row["late"] = True
        if line.outcome == ACCEPTED and line.note is None:
            line.outcome = LATE
            line.note = outcome(Reason.LATE, signed=f"{signed_on:%d.%m.%Y}", due=f"{due:%d.%m.%Y}")
    return True


def _incoming() -> Any:
    return Return.direction == ReturnDirection.INCOMING.value


def _store(db: Database, ctx: _Context, line: IntakeLine, row: dict[str, Any]) -> IntakeLine:
    """Keep one classified file in one transaction, and return its line as it ends.

    Several clerks may take in returns at once (a shared server): the decision is made again
    here, under a lock on the return's institution and period (``app.db.locking``), on what
    the database holds now. A file or return another clerk took in meanwhile is a duplicate,
    not a second copy; a newer version another clerk took in makes this one kept as older.
    The unique indexes on incoming returns (migration 0006) stand behind that: a copy that
    gets past the lock all the same is refused by the database, and told as a duplicate.
    """
    for attempt in (1, 2):
        try:
            return _store_once(db, ctx, line, row)
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _store_once(db: Database, ctx: _Context, line: IntakeLine, row: dict[str, Any]) -> IntakeLine:
    key = (row["institution_code"], row["period_key"])
    known: list[Known] | None = None
    with db.unit(f"return import {line.file}") as s:
        serialise(s, "intake", *key)
        same_file = s.execute(
            select(Return.id, Return.status, Return.result_code, Return.result_params)
            .where(_incoming(), Return.file_sha256 == row["file_sha256"])
            .limit(1)
        ).first()
        if same_file is not None and same_file.status != ReturnStatus.REJECTED.value:
            ctx.file_hashes.add(row["file_sha256"])
            return IntakeLine(line.file, DUPLICATE, outcome(Reason.SAME_FILE))
        if (
            same_file is not None
            and row["status"] == ReturnStatus.REJECTED.value
            and (same_file.result_code, same_file.result_params or {})
            == (row.get("result_code"), row.get("result_params") or {})
        ):
            return line  # refused again for the same reason: the refusal on record stands
        if same_file is not None:
            # refused before (renamed, not yet registered, not yet trusted...): judged again
            # now; the earlier refusal gives way to this judgement (one row per file)
            s.execute(delete(Return).where(Return.id == same_file.id))
            s.flush()
        if row["status"] != ReturnStatus.REJECTED.value:
            found = s.execute(
                select(Return.id, Return.version, Return.payload_sha256, Return.status).where(
                    _incoming(),
                    Return.institution_code == key[0],
                    Return.period_key == key[1],
                    Return.status.in_([ReturnStatus.ACCEPTED.value, ReturnStatus.SUPERSEDED.value]),
                )
            ).all()
            known = [Known(version, sha, status) for _id, version, sha, status in found]
            if not _decide(ctx, line, row, known):
                ctx.accepted[key] = known
                return IntakeLine(
                    line.file, DUPLICATE, outcome(Reason.SAME_RETURN), *key, row["version"]
                )
            if row["status"] == ReturnStatus.ACCEPTED.value:
                accepted = [
                    r_id for r_id, _v, _sha, st in found if st == ReturnStatus.ACCEPTED.value
                ]
                for old in s.scalars(select(Return).where(Return.id.in_(accepted))):
                    old.status = ReturnStatus.SUPERSEDED.value
                    row["supersedes_id"] = old.id
                for item in known:
                    if item.status == ReturnStatus.ACCEPTED.value:
                        item.status = ReturnStatus.SUPERSEDED.value
        row["recorded_by"] = current_user()
        s.add(Return(**row))
        s.flush()
    if row["status"] != ReturnStatus.REJECTED.value:
        ctx.file_hashes.add(row["file_sha256"])
    if known is not None:
        ctx.accepted[key] = [*known, Known(row["version"], row["payload_sha256"], row["status"])]
    return line


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
    ctx, trust = _load_context(db)
    if period:
        ctx.expected_period = period.strip().upper()
        if ctx.expected_period not in ctx.periods:
            raise NotFound(Message.NO_SUCH_PERIOD, period=ctx.expected_period)
    lines: list[IntakeLine] = []
    with scratch_dir("intake") as tmp:
        candidates, problems = expand(paths, tmp)
        lines.extend(problems)
        total = len(candidates) + len(problems)
        verifier = Verifier(trust, min(workers, max(1, len(candidates))))
        try:
            results = verifier.results([str(c.path) for c in candidates])
            for cand, verified in zip(candidates, results, strict=True):
                if cancelled is not None and cancelled():
                    break
                data = cand.path.read_bytes()
                line, row = _classify(ctx, cand.name, data, verified)
                if row is not None:
                    line = _store(db, ctx, line, row)
                lines.append(line)
                if progress is not None:
                    progress(len(lines), total, line)
        finally:
            verifier.close()
    return lines
