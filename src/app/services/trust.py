"""Whom this database trusts, and for which institution: a signature counts only when its
signer is bound to the institution the signed file claims to come from.

A certificate alone vouches for nobody in particular. What binds a signer to an institution:

- a certificate registered for that institution (``subordinate add --trust``): a signing
  certificate vouches for itself, a root registered for school A vouches for A only;
- the identities this institution's own root issued (``subordinate issue-identity``): each
  registered for the subordinate it was issued to;
- this institution's own identities (the active one and earlier ones) sign for it;
- a subject bound to a subordinate (``subordinate bind``): a certificate with exactly that
  subject, issued under any trusted authority (a national CA trusted for many);
- on the command line (``return verify --trust``), a PlanDesk certificate vouches for the code
  written in it.

An authority trusted for many (registered for no institution) only lets a chain be built; it
binds nobody.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import (
    Institution,
    Setting,
    SigningIdentity,
    SubjectBinding,
    TrustedCertificate,
)
from app.services.reasons import Outcome, Reason, outcome


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def _code_in(cert: x509.Certificate) -> str | None:
    from app.services.identity import cert_institution_code

    return cert_institution_code(cert)


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


@dataclass
class TrustPolicy:
    """The certificates a chain may end at, and what binds a signer to an institution."""

    certificates: list[x509.Certificate] = field(default_factory=list)
    vouches: dict[str, set[str]] = field(default_factory=dict)  # anchor sha256 -> codes
    leaves: dict[str, str] = field(default_factory=dict)  # signer sha256 -> its code
    subjects: dict[str, set[str]] = field(default_factory=dict)  # subject -> codes
    require_seal: bool = False  # a return must carry its institution's seal too

    def add(self, cert: x509.Certificate, code: str | None) -> None:
        """Trust *cert* as an anchor; *code*: the institution it vouches for (None: nobody by
        itself). A signing certificate (not an authority) registered for a code binds itself."""
        sha = fingerprint(cert)
        if sha not in self.vouches:
            self.certificates.append(cert)
            self.vouches[sha] = set()
        if code:
            self.vouches[sha].add(code)
            if not _is_ca(cert):
                self.leaves.setdefault(sha, code)

    @classmethod
    def of_certificates(cls, certs: list[x509.Certificate]) -> TrustPolicy:
        """Certificates given by hand: each vouches for the PlanDesk code written in it."""
        policy = cls()
        for cert in certs:
            policy.add(cert, _code_in(cert))
        return policy

    def merge(self, other: TrustPolicy) -> TrustPolicy:
        for cert in other.certificates:
            sha = fingerprint(cert)
            for code in other.vouches.get(sha, set()) or {None}:  # type: ignore[arg-type]
                self.add(cert, code)
        self.leaves.update(other.leaves)
        for subject, codes in other.subjects.items():
            self.subjects.setdefault(subject, set()).update(codes)
        self.require_seal = self.require_seal or other.require_seal
        return self

    def binding(self, code: str, signer: x509.Certificate, anchor_sha256: str) -> Outcome | None:
        """None when *signer* (whose chain ended at *anchor_sha256*) may sign for *code*;
        else why not."""
        sha = fingerprint(signer)
        owner = self.leaves.get(sha)
        if owner is not None:
            return None if owner == code else outcome(Reason.KEY_BELONGS, owner=owner)
        subject = signer.subject.rfc4514_string()
        bound = self.subjects.get(subject)
        if bound:
            if code in bound:
                return None
            return outcome(Reason.KEY_BELONGS, owner=", ".join(sorted(bound)))
        if code in self.vouches.get(anchor_sha256, set()):
            return None
        return outcome(Reason.SIGNER_NOT_BOUND, subject=subject, code=code)

    # -- across processes (intake workers) ------------------------------------------------
    def to_wire(self) -> dict[str, object]:
        return {
            "pems": [c.public_bytes(serialization.Encoding.PEM) for c in self.certificates],
            "vouches": {k: sorted(v) for k, v in self.vouches.items()},
            "leaves": dict(self.leaves),
            "subjects": {k: sorted(v) for k, v in self.subjects.items()},
            "require_seal": self.require_seal,
        }

    @classmethod
    def from_wire(cls, wire: dict[str, object]) -> TrustPolicy:
        pems = wire["pems"]
        assert isinstance(pems, list)
        policy = cls(certificates=[x509.load_pem_x509_certificate(p) for p in pems])
        vouches = wire["vouches"]
        leaves = wire["leaves"]
        subjects = wire["subjects"]
        assert isinstance(vouches, dict) and isinstance(leaves, dict)
        assert isinstance(subjects, dict)
        policy.vouches = {k: set(v) for k, v in vouches.items()}
        policy.leaves = dict(leaves)
        policy.subjects = {k: set(v) for k, v in subjects.items()}
        policy.require_seal = bool(wire.get("require_seal", False))
        return policy


def stored_policy(session: Session) -> TrustPolicy:
    """What this database trusts, with the bindings the clerk registered."""
    policy = TrustPolicy()
    code: str | None
    for pem, code in session.execute(
        select(TrustedCertificate.pem, Institution.code).outerjoin(
            Institution, TrustedCertificate.institution_id == Institution.id
        )
    ):
        for cert in x509.load_pem_x509_certificates(pem.encode()):
            policy.add(cert, code)
    me = session.scalars(select(Institution.code).where(Institution.is_self.is_(True))).first()
    for trust_pem, cert_pem in session.execute(
        select(SigningIdentity.trust_pem, SigningIdentity.cert_pem)
    ):
        # our own identities (the active one and earlier ones) sign for us; their roots
        # only let the chain be built
        own = x509.load_pem_x509_certificate(cert_pem.encode())
        for cert in x509.load_pem_x509_certificates(trust_pem.encode()):
            policy.add(cert, None)
        own_code = _code_in(own) or me
        if own_code:
            policy.leaves.setdefault(fingerprint(own), own_code)
    for subject, code in session.execute(
        select(SubjectBinding.subject, Institution.code).join(
            Institution, SubjectBinding.institution_id == Institution.id
        )
    ):
        policy.subjects.setdefault(subject, set()).add(code)
    policy.require_seal = requires_seal(session)
    return policy


REQUIRE_SEAL = "intake.require_seal"


def requires_seal(session: Session) -> bool:
    """Does this directorate take in only returns sealed by their institution too?"""
    row = session.get(Setting, REQUIRE_SEAL)
    return row is not None and row.value == "1"


def set_require_seal(session: Session, required: bool) -> None:
    row = session.get(Setting, REQUIRE_SEAL)
    if row is None:
        session.add(Setting(key=REQUIRE_SEAL, value="1" if required else "0"))
    else:
        row.value = "1" if required else "0"
    session.flush()


def stored_trust(session: Session) -> list[x509.Certificate]:
    """Every certificate this database trusts as an anchor (bindings: :func:`stored_policy`)."""
    return stored_policy(session).certificates
