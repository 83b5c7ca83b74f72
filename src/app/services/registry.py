"""The directorate's registry of subordinates as the window reads and edits it.

Reads are plain rows (``app.db.plain``): the Subordinates and Completeness pages open with
2,000 subordinates in about the time the database takes to hand them over. Certificates
travel as their stored PEM and are parsed only for the rows a clerk looks at
(:func:`certificate_facts`, cached).

The few changes the window needs beyond ``services.subordinates`` are here too, each the
undo of another: edit a subordinate (and put the old values back), take one off the
registry and back on it (its returns and certificates are kept), unbind a certificate just
bound, and find the certificate a received return was signed with. Receipts this
institution received (the school's side) are read here for the Returns page and the
Dashboard.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.status import ReturnDirection, ReturnStatus
from app.domain.text import clean

# SQLAlchemy and cryptography are imported inside the functions: the window asks
# :func:`own_kind_of_file` before the data layer is loaded
if TYPE_CHECKING:
    from cryptography import x509
    from sqlalchemy.orm import Session

    from app.db.models import Institution
    from app.services.messages import Message
    from app.services.subordinates import SubordinateInput

INCOMING, OUTGOING = ReturnDirection.INCOMING.value, ReturnDirection.OUTGOING.value
ACCEPTED = ReturnStatus.ACCEPTED.value
# institutions that have others reporting to them (a school and "other" report only)
DIRECTORATE_KINDS = ("district", "province", "ministry", "directorate", "commission", "union")


def is_directorate(kind: str) -> bool:
    return kind in DIRECTORATE_KINDS


def _rows(session: Session) -> Any:
    from app.db.plain import plain_rows

    return plain_rows(session)


def own_kind(session: Session) -> str:
    """This institution's kind ("" before its profile is set)."""
    row = _rows(session)("SELECT kind FROM institution WHERE is_self LIMIT 1", ()).fetchone()
    return str(row[0] or "") if row else ""


def own_kind_of_file(path: Path) -> str:
    """:func:`own_kind` of a database file, read with sqlite3 alone (the window decides its
    navigation before SQLAlchemy is loaded); "" when the file cannot tell."""
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return ""
    try:
        row = con.execute("SELECT kind FROM institution WHERE is_self LIMIT 1").fetchone()
    except sqlite3.Error:
        return ""
    finally:
        con.close()
    return str(row[0] or "") if row else ""


def _moment(value: Any) -> datetime | None:
    """A DateTime column as the driver gives it: text on SQLite, a datetime on a server."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _iso(value: Any) -> str | None:
    moment = _moment(value)
    return moment.isoformat() if moment is not None else None


# -- the registry ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RegistryRow:
    """A subordinate as the Subordinates page lists it."""

    code: str
    name: str
    kind: str
    email: str
    language: str
    certificates: int  # certificates registered for it
    cert_sha256: str  # the newest one's SHA-256 ("" when none)
    cert_pem: str  # the newest one, parsed when shown (:func:`certificate_facts`)
    subjects: int  # certificate subjects bound to it
    last_period: str  # its newest return taken in ("" when none)
    last_version: int | None
    last_received: datetime | None


REGISTRY_SQL = (
    "SELECT i.id, i.code, i.name, i.kind, i.email, i.language, "
    "(SELECT count(*) FROM trusted_certificate t WHERE t.institution_id = i.id), "
    "(SELECT count(*) FROM subject_binding b WHERE b.institution_id = i.id) "
    "FROM institution i WHERE i.is_subordinate ORDER BY i.code"
)
# the newest certificate of each institution
NEWEST_CERT_SQL = (
    "SELECT t.institution_id, t.sha256, t.pem FROM trusted_certificate t "
    "JOIN (SELECT max(id) AS id FROM trusted_certificate WHERE institution_id IS NOT NULL "
    "GROUP BY institution_id) n ON n.id = t.id"
)
# the newest return taken in from each institution
LAST_RETURN_SQL = (
    "SELECT r.institution_code, r.period_key, r.version, r.received_at FROM return_doc r "
    "JOIN (SELECT max(id) AS id FROM return_doc WHERE direction = ? AND status = ? "
    "GROUP BY institution_code) n ON n.id = r.id"
)


def registry_rows(session: Session) -> list[RegistryRow]:
    """Every registered subordinate, by code, with its newest certificate and last return."""
    from app.bulk import collector_paused

    with collector_paused():  # thousands of small objects: no cycles to look for
        return _registry_rows(session)


def _registry_rows(session: Session) -> list[RegistryRow]:
    execute = _rows(session)
    certs = {row[0]: (row[1], row[2]) for row in execute(NEWEST_CERT_SQL, ()).fetchall()}
    last = {row[0]: row[1:] for row in execute(LAST_RETURN_SQL, (INCOMING, ACCEPTED)).fetchall()}
    rows = []
    for inst_id, code, name, kind, email, language, n_certs, n_subjects in execute(
        REGISTRY_SQL, ()
    ).fetchall():
        sha, pem = certs.get(inst_id, ("", ""))
        period, version, received = last.get(code, ("", None, None))
        rows.append(
            RegistryRow(
                code,
                name,
                kind or "school",
                email or "",
                language or "",
                int(n_certs),
                sha,
                pem,
                int(n_subjects),
                period,
                version,
                _moment(received),
            )
        )
    return rows


@dataclass(frozen=True)
class CertFacts:
    """What a clerk reads of a certificate."""

    subject: str
    common_name: str
    issuer: str
    sha256: str
    not_before: datetime
    not_after: datetime
    is_authority: bool

    def expired(self, today: date) -> bool:
        return self.not_after.date() < today


@lru_cache(maxsize=4096)
def certificate_facts(pem: str) -> CertFacts | None:
    """The certificate in *pem* (the first one), or None when it cannot be read."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    try:
        cert = x509.load_pem_x509_certificate(pem.encode())
        names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        try:
            ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
        except x509.ExtensionNotFound:
            ca = False
        return CertFacts(
            subject=cert.subject.rfc4514_string(),
            common_name=str(names[0].value) if names else cert.subject.rfc4514_string(),
            issuer=cert.issuer.rfc4514_string(),
            sha256=cert.fingerprint(hashes.SHA256()).hex(),
            not_before=cert.not_valid_before_utc.replace(tzinfo=None),
            not_after=cert.not_valid_after_utc.replace(tzinfo=None),
            is_authority=bool(ca),
        )
    except ValueError:
        return None


def bound_certificates(session: Session, code: str) -> list[tuple[CertFacts, bool]]:
    """The certificates registered for *code* (each with "is an authority"), newest first."""
    from sqlalchemy import select

    from app.db.models import TrustedCertificate

    inst = _subordinate(session, code)
    pems = session.scalars(
        select(TrustedCertificate.pem)
        .where(TrustedCertificate.institution_id == inst.id)
        .order_by(TrustedCertificate.id.desc())
    )
    out = []
    for pem in pems:
        facts = certificate_facts(pem)
        if facts is not None:
            out.append((facts, facts.is_authority))
    return out


# -- changes (each the undo of another) ----------------------------------------------------
def _subordinate(session: Session, code: str) -> Institution:
    from app.services.errors import NotFound
    from app.services.institutions import find_by_code
    from app.services.messages import Message

    inst = find_by_code(session, clean(code))
    if inst is None or not inst.is_subordinate:
        raise NotFound(Message.NOT_A_SUBORDINATE, code=code)
    return inst


def current_input(session: Session, code: str) -> SubordinateInput:
    """The values of subordinate *code* as an edit form holds them."""
    from app.services.subordinates import SubordinateInput

    inst = _subordinate(session, code)
    return SubordinateInput(inst.code, inst.name, inst.email, inst.kind, inst.language)


def update_subordinate(session: Session, data: SubordinateInput) -> SubordinateInput:
    """Set name, e-mail, kind and language of subordinate ``data.code`` exactly as given (an
    empty e-mail clears it); the values before, for undo."""
    from app.domain.periods import LANGUAGES
    from app.services.errors import ValidationError
    from app.services.institutions import _EMAIL, KINDS
    from app.services.messages import Message

    before = current_input(session, data.code)
    inst = _subordinate(session, data.code)
    name, email, kind = clean(data.name), clean(data.email), clean(data.kind) or "school"
    language = clean(data.language) or inst.language
    if not name:
        raise ValidationError(Message.SUBORDINATE_NEEDS_NAME)
    if kind not in KINDS:
        raise ValidationError(Message.UNKNOWN_INSTITUTION_KIND, kind=kind, kinds=", ".join(KINDS))
    if language not in LANGUAGES:
        raise ValidationError(
            Message.UNKNOWN_LANGUAGE, language=language, languages=", ".join(LANGUAGES)
        )
    if email and not _EMAIL.match(email):
        raise ValidationError(Message.NOT_AN_EMAIL, email=email)
    inst.name, inst.email, inst.kind, inst.language = name, email, kind, language
    session.flush()
    return before


def _institutions(session: Session, codes: list[str]) -> dict[str, Institution]:
    from sqlalchemy import select

    from app.db.models import Institution

    found: dict[str, Institution] = {}
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        for inst in session.scalars(select(Institution).where(Institution.code.in_(chunk))):
            found[inst.code] = inst
    return found


def remove_subordinates(session: Session, codes: list[str]) -> None:
    """Take *codes* off the registry: their returns are no longer taken in nor awaited;
    what was received from them and their certificates are kept (see
    :func:`restore_subordinates`). Each change is in the audit trail."""
    from app.services.errors import NotFound
    from app.services.messages import Message

    found = _institutions(session, [clean(c) for c in codes])
    for code in codes:
        inst = found.get(clean(code))
        if inst is None or not inst.is_subordinate:
            raise NotFound(Message.NOT_A_SUBORDINATE, code=code)
        inst.is_subordinate = False
    session.flush()


def restore_subordinates(session: Session, codes: list[str]) -> None:
    """Put *codes* back on the registry as they were before :func:`remove_subordinates`."""
    from app.services.errors import NotFound
    from app.services.institutions import get_self
    from app.services.messages import Message

    me = get_self(session)
    found = _institutions(session, [clean(c) for c in codes])
    for code in codes:
        inst = found.get(clean(code))
        if inst is None:
            raise NotFound(Message.NOT_KNOWN_HERE, code=code)
        inst.is_subordinate, inst.parent = True, me
    session.flush()


def bind_certificate(session: Session, code: str, cert: x509.Certificate) -> tuple[str, bool]:
    """Trust *cert* for subordinate *code*; its SHA-256 and whether it was new here (only a
    new one is taken away again by :func:`unbind_certificate`)."""
    from sqlalchemy import select

    from app.db.models import TrustedCertificate
    from app.services.identity import cert_sha256
    from app.services.subordinates import add_certificate

    inst = _subordinate(session, code)
    sha = cert_sha256(cert)
    known = session.scalars(
        select(TrustedCertificate.id).where(TrustedCertificate.sha256 == sha)
    ).first()
    add_certificate(session, inst, cert)
    return sha, known is None


def unbind_certificate(session: Session, code: str, sha256: str) -> None:
    """Forget the certificate *sha256* registered for *code* (the undo of a binding)."""
    from sqlalchemy import select

    from app.db.models import TrustedCertificate
    from app.services.errors import NotFound
    from app.services.messages import Message

    inst = _subordinate(session, code)
    row = session.scalars(
        select(TrustedCertificate).where(
            TrustedCertificate.sha256 == sha256, TrustedCertificate.institution_id == inst.id
        )
    ).first()
    if row is None:
        raise NotFound(Message.CERT_NOT_REGISTERED_FOR, code=code)
    session.delete(row)
    session.flush()


def registry_snapshot(session: Session) -> dict[str, SubordinateInput]:
    """Code -> values of every subordinate (a list import's undo puts them back)."""
    from app.services.subordinates import SubordinateInput

    rows = _rows(session)(
        "SELECT code, name, email, kind, language FROM institution WHERE is_subordinate", ()
    ).fetchall()
    return {r[0]: SubordinateInput(r[0], r[1], r[2] or "", r[3] or "", r[4] or "") for r in rows}


# -- certificates of returns received --------------------------------------------------------
@dataclass(frozen=True)
class ReceivedSigner:
    """A return received with *code* on it, and who signed it (as the intake recorded)."""

    return_id: int
    file_name: str
    period: str
    version: int
    status: str
    signer: str
    received_at: datetime | None


def received_signers(session: Session, code: str) -> list[ReceivedSigner]:
    """The returns received for *code* that carry a signer, newest first."""
    rows = _rows(session)(
        "SELECT id, file_name, period_key, version, status, signer_subject, received_at "
        "FROM return_doc WHERE direction = ? AND institution_code = ? AND signer_subject != '' "
        "ORDER BY id DESC",
        (INCOMING, clean(code)),
    ).fetchall()
    return [ReceivedSigner(r[0], r[1], r[2], r[3], r[4], r[5], _moment(r[6])) for r in rows]


def signer_of_return(session: Session, return_id: int) -> x509.Certificate:
    """The certificate a received return was signed with, read again from the file kept.

    Offered only for an intact file: a signature that does not hold (a changed file) gives
    no certificate to trust."""
    from app.db.models import Return
    from app.scratch import scratch_dir
    from app.services.errors import NotFound, ValidationError
    from app.services.identity import safe_file_part
    from app.services.messages import Message
    from app.services.reasons import Reason
    from app.services.trust import TrustPolicy
    from app.services.verify import verify_file

    row = session.get(Return, return_id)
    if row is None or row.direction != INCOMING or not row.file_content:
        raise NotFound(Message.RECEIVED_RETURN_GONE)
    with scratch_dir("signer") as tmp:
        path = tmp / safe_file_part(row.file_name or "return")
        path.write_bytes(row.file_content)
        result = verify_file(path, TrustPolicy())
    intact = result.ok or (
        result.refusal is not None
        and result.refusal.code in (Reason.SIGNER_UNTRUSTED, Reason.SIGNER_NOT_BOUND)
    )
    if result.signer_cert is None or not intact:
        raise ValidationError(Message.SIGNATURE_NOT_HOLDING, name=row.file_name)
    return result.signer_cert


# -- completeness, read as plain rows ------------------------------------------------------
PERIOD_RETURNS_SQL = (
    "SELECT id, institution_code, status, version, late, signer_subject, received_at, "
    "signed_at, result_reason, result_code, result_params FROM return_doc "
    "WHERE direction = ? AND period_key = ? AND plan_id = ? ORDER BY id"
)
SUBORDINATES_SQL = (
    "SELECT code, name, email, language FROM institution WHERE is_subordinate ORDER BY code"
)


def period_status(session: Session, period_key: str, today: date | None = None) -> dict[str, Any]:
    """``services.completeness.period_status`` read as plain rows (same result, same
    shape): the Completeness page with 2,000 subordinates."""
    from app.bulk import collector_paused

    with collector_paused():  # thousands of small objects: no cycles to look for
        return _period_status(session, period_key, today)


def _period_status(session: Session, period_key: str, today: date | None) -> dict[str, Any]:
    from app.services import completeness as c
    from app.services.plans import find_period, require_current_plan

    plan = require_current_plan(session)
    period = find_period(session, plan, period_key)
    today = today or date.today()
    execute = _rows(session)
    by_inst: dict[str, list[tuple[Any, ...]]] = {}
    ids = []
    for row in execute(PERIOD_RETURNS_SQL, (INCOMING, period.key, plan.id)).fetchall():
        by_inst.setdefault(row[1], []).append(row)
        ids.append(row[0])
    decided = _decisions(execute, ids)
    rows: list[c.SubordinateStatus] = []
    empty = c.OVERDUE if today > period.due else c.MISSING
    for code, name, email, language in execute(SUBORDINATES_SQL, ()).fetchall():
        mine = by_inst.get(code, [])
        row = c.SubordinateStatus(code, name, email or "", language or "", empty)
        current = next((r for r in reversed(mine) if r[2] == ACCEPTED), None)
        if current is not None:
            row.state = c.LATE if current[4] else c.SUBMITTED
            row.version, row.signer = current[3], current[5] or ""
            row.received_at, row.signed_at = _iso(current[6]), _iso(current[7])
            row.review, row.review_reason = _review(current, mine, decided)
        else:
            refused = next((r for r in reversed(mine) if r[2] == ReturnStatus.REJECTED.value), None)
            if refused is not None:
                row.state = c.REJECTED
                row.reason, row.reason_code = refused[8] or "", refused[9] or ""
                params = refused[10]
                if isinstance(params, str):
                    params = json.loads(params) if params else {}
                row.reason_params = dict(params or {})
        rows.append(row)
    states = (c.SUBMITTED, c.LATE, c.MISSING, c.OVERDUE, c.REJECTED)
    return {
        "period": period.key,
        "label": period.label,
        "due": period.due.isoformat(),
        "subordinates": [r.__dict__ for r in rows],
        "counts": {s: sum(1 for r in rows if r.state == s) for s in states},
        "total": len(rows),
    }


def _decisions(execute: Any, ids: list[int]) -> dict[int, tuple[str, str]]:
    """Return id -> (decision, reason) of its newest review issued here."""
    out: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for return_id, decision, reason in execute(
            "SELECT return_id, decision, reason FROM review WHERE direction = 'issued' "
            f"AND return_id IN ({marks}) ORDER BY decided_at, id",
            tuple(chunk),
        ).fetchall():
            out[return_id] = (decision, reason or "")
    return out


def _review(
    current: tuple[Any, ...], mine: list[tuple[Any, ...]], decided: dict[int, tuple[str, str]]
) -> tuple[str, str]:
    if current[0] in decided:
        return decided[current[0]]
    earlier = any(decided.get(r[0], ("", ""))[0] == "sent_back" and r[3] < current[3] for r in mine)
    return ("resubmitted", "") if earlier else ("", "")


# -- receipts received (the institution's side) ---------------------------------------------
@dataclass(frozen=True)
class ReceivedReview:
    """The newest decision received on one of this institution's own signed returns."""

    period: str
    version: int
    kind: str
    decision: str  # accepted | sent_back
    reason: str
    reviewer: str
    issuer_code: str
    issuer_name: str
    decided_at: datetime | None


def received_reviews(session: Session) -> list[ReceivedReview]:
    """The decisions received on the returns signed here, the newest per return, by period
    and version."""
    rows = _rows(session)(
        "SELECT r.period_key, r.version, r.kind, v.decision, v.reason, v.reviewer, "
        "v.issuer_code, i.name, v.decided_at FROM review v "
        "JOIN return_doc r ON r.id = v.return_id "
        "LEFT JOIN institution i ON i.code = v.issuer_code "
        "WHERE v.direction = 'received' AND r.direction = ? ORDER BY v.decided_at, v.id",
        (OUTGOING,),
    ).fetchall()
    newest: dict[tuple[str, int, str], ReceivedReview] = {}
    for period, version, kind, decision, reason, reviewer, issuer, name, at in rows:
        newest[(period, version, kind)] = ReceivedReview(
            period,
            version,
            kind,
            decision,
            reason or "",
            reviewer or "",
            issuer or "",
            name or issuer or "",
            _moment(at),
        )
    return sorted(newest.values(), key=lambda r: (r.period, r.version))


# -- identities issued to subordinates --------------------------------------------------------
def issuing_refusal(session: Session) -> Message | None:
    """Why this institution cannot issue identities to its subordinates (None when it can)."""
    from app.services.identity import current
    from app.services.messages import Message

    row = current(session)
    if row is None:
        return Message.NO_IDENTITY_TO_ISSUE
    if not row.root_key_pem:
        return Message.ISSUE_NEEDS_OWN_ROOT
    return None


def check_own_password(session: Session, password: str) -> None:
    """Raises ValidationError when *password* does not open this institution's root key."""
    from app.services.errors import ValidationError
    from app.services.identity import active, open_root_key

    code = issuing_refusal(session)
    if code is not None:
        raise ValidationError(code)
    open_root_key(active(session).root_key_pem, password)


def forget_refusal(session: Session, return_id: int) -> tuple[str, bytes]:
    """Drop the record of a file refused at intake, so that the very same file can be taken
    in again (after its signer was trusted); its name and bytes, kept until now."""
    from app.db.models import Return
    from app.services.errors import NotFound, ValidationError
    from app.services.messages import Message

    row = session.get(Return, return_id)
    if row is None or row.direction != INCOMING or not row.file_content:
        raise NotFound(Message.RECEIVED_RETURN_GONE)
    if row.status != ReturnStatus.REJECTED.value:
        raise ValidationError(Message.ALREADY_TAKEN_IN, name=row.file_name)
    name, data = row.file_name, bytes(row.file_content)
    session.delete(row)
    session.flush()
    return name, data


# -- the keys that sign this institution's returns ----------------------------------------------
@dataclass(frozen=True)
class KeyInfo:
    """A signing key as the window asks for it: the head's or the seal's, in a file (its
    password) or on a token (its PIN)."""

    role: str  # head | seal
    on_token: bool
    subject: str


def signing_keys(session: Session) -> list[KeyInfo]:
    """The head's key (when there is one) and the seal's (when the institution has one)."""
    from app.services.identity import HEAD, SEAL, current

    keys = []
    for role in (HEAD, SEAL):
        row = current(session, role)
        if row is not None:
            keys.append(KeyInfo(role, row.origin == "token", row.subject))
    return keys


def check_key_secrets(session: Session, secrets: dict[str, str]) -> tuple[str, str]:
    """The first role whose secret does not open its key, with "" for a wrong password or
    PIN and the reason for anything else (a token not found...); ("", "") when all open."""
    from app.services.errors import PlanDeskError, ValidationError
    from app.services.identity import current, unlocked

    for role, secret in secrets.items():
        row = current(session, role)
        if row is None:
            continue
        try:
            with unlocked(row, secret):
                pass
        except ValidationError:
            return role, ""
        except PlanDeskError as exc:
            return role, str(exc)
    return "", ""


def standing_reviews(session: Session) -> list[ReceivedReview]:
    """Per period, the decision received on this institution's newest return of it (none
    once a newer version was signed): what the Dashboard tells."""
    newest: dict[str, int] = {}
    for period, version in _rows(session)(
        "SELECT period_key, max(version) FROM return_doc WHERE direction = ? AND kind = ? "
        "GROUP BY period_key",
        (OUTGOING, "institution"),
    ).fetchall():
        newest[period] = int(version)
    return [
        r
        for r in received_reviews(session)
        if r.kind == "institution" and newest.get(r.period) == r.version
    ]
