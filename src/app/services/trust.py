"""Certificates this database trusts: its own identity's root and registered ones."""

from __future__ import annotations

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import SigningIdentity, TrustedCertificate


def stored_trust(session: Session) -> list[x509.Certificate]:
    pems = list(session.scalars(select(TrustedCertificate.pem)))
    pems += list(session.scalars(select(SigningIdentity.trust_pem)))
    certs: list[x509.Certificate] = []
    seen: set[bytes] = set()
    for pem in pems:
        for cert in x509.load_pem_x509_certificates(pem.encode()):
            fp = cert.fingerprint(hashes.SHA256())
            if fp not in seen:
                seen.add(fp)
                certs.append(cert)
    return certs
