"""The institution's signing identity: its own small PKI, or an imported PKCS#12.

``create`` makes a root certificate and a signing certificate issued by it (a recipient
trusts the root; pdfsig never trusts a self-signed signer). The PKCS#12 and the root key
are stored encrypted with the user's password, which is never stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db.models import SigningIdentity
from app.services.errors import NotFound, ValidationError
from app.services.institutions import get_self
from app.services.messages import Message
from app.services.x509_names import CODE_PREFIX, build_name, code_unit, friendly_name

if TYPE_CHECKING:
    from app.services.signing import SigningKey

KEY_BITS = 3072
MIN_PASSWORD = 8
ROOT_SUFFIX = " — Root CA"  # kept whole in the root's CN, after the cut name
SEAL_ROOT_SUFFIX = " — Seal CA"  # the seal's own root: never the same name as the head's
HEAD, SEAL = "head", "seal"
Identity = SigningIdentity  # a stored identity, as the layers above name it
ROLES = (HEAD, SEAL)


@dataclass
class IdentityInfo:
    subject: str
    institution_code: str
    not_after: datetime | None
    cert_sha256: str
    origin: str
    trust_subject: str
    role: str = HEAD
    token: str = ""  # "module · token · key" for a key on a token


@dataclass
class LoadedIdentity:
    """A usable key: the decrypted PKCS#12 pieces (only in memory, only while signing)."""

    key: rsa.RSAPrivateKey
    cert: x509.Certificate
    chain: list[x509.Certificate]
    pkcs12: bytes
    password: bytes
    crls: list[x509.CertificateRevocationList] = field(default_factory=list)

    def raw_sign(self, data: bytes, digest: str = "sha256") -> bytes:
        """RSA PKCS#1 v1.5 over *data* with *digest* (what a token does on its side)."""
        from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15

        algorithm = getattr(hashes, digest.upper().replace("-", "_"))()
        return self.key.sign(data, PKCS1v15(), algorithm)


def cert_institution_code(cert: x509.Certificate) -> str | None:
    """The institution code PlanDesk wrote into a certificate (None for foreign ones)."""
    for attr in cert.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME):
        value = str(attr.value)
        if value.startswith(CODE_PREFIX):
            return value[len(CODE_PREFIX) :]
    return None


def cert_sha256(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def _ski(key: rsa.RSAPublicKey) -> x509.SubjectKeyIdentifier:
    return x509.SubjectKeyIdentifier.from_public_key(key)


def issue_pki(
    name: str,
    code: str,
    head: str,
    *,
    root_key: rsa.RSAPrivateKey | None = None,
    root_cert: x509.Certificate | None = None,
    years: int = 5,
    root_suffix: str = ROOT_SUFFIX,
) -> tuple[rsa.RSAPrivateKey, x509.Certificate, rsa.RSAPrivateKey, x509.Certificate]:
    """A root CA (made here unless given) and a signing certificate issued by it.

    Names of any length and script: the certificate carries them cut to X.509's bounds
    (see x509_names); a code too long for its OU is refused before any key is made."""
    code_unit(code)
    now = datetime.now(UTC) - timedelta(minutes=5)
    if root_key is None or root_cert is None:
        root_key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
        root_name = build_name(name, name, code, common_suffix=root_suffix)
        root_cert = (
            x509.CertificateBuilder()
            .subject_name(root_name)
            .issuer_name(root_name)
            .public_key(root_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now)
            .not_valid_after(now + timedelta(days=365 * 20))
            .add_extension(x509.BasicConstraints(ca=True, path_length=1), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=False,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(_ski(root_key.public_key()), critical=False)
            .sign(root_key, hashes.SHA256())
        )
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    cert = (
        x509.CertificateBuilder()
        .subject_name(build_name(head or name, name, code))
        .issuer_name(root_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(_ski(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
            critical=False,
        )
        .add_extension(_crl_point(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    return key, cert, root_key, root_cert


def _crl_point(root: rsa.RSAPublicKey) -> x509.CRLDistributionPoints:
    """Where the root's revocation list is: a name, never fetched (no network ever); the list
    itself travels inside every signed PDF. A validator checks revocation only for a
    certificate that names such a point."""
    name = "urn:plandesk:crl:" + _ski(root).digest.hex()
    point = x509.DistributionPoint(
        full_name=[x509.UniformResourceIdentifier(name)],
        relative_name=None,
        reasons=None,
        crl_issuer=None,
    )
    return x509.CRLDistributionPoints([point])


def check_password(password: str) -> bytes:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(Message.KEY_PASSWORD_SHORT, minimum=MIN_PASSWORD)
    return password.encode("utf-8")


def _store(
    session: Session,
    *,
    p12: bytes,
    cert: x509.Certificate,
    trust: x509.Certificate,
    root_key_pem: str,
    origin: str,
    role: str,
    chain: list[x509.Certificate] | None = None,
    token: tuple[str, str, str, str] = ("", "", "", ""),
    crl: x509.CertificateRevocationList | None = None,
) -> SigningIdentity:
    """Keep a new identity for *role*; the role's earlier one stays, inactive."""
    _check_role(role)
    session.execute(
        update(SigningIdentity).where(SigningIdentity.role == role).values(is_active=False)
    )
    pem = serialization.Encoding.PEM
    module, token_label, key_label, key_id = token
    row = SigningIdentity(
        label=cert.subject.rfc4514_string(),
        pkcs12=p12,
        cert_pem="".join(c.public_bytes(pem).decode() for c in [cert, *(chain or [])]),
        trust_pem=trust.public_bytes(serialization.Encoding.PEM).decode(),
        root_key_pem=root_key_pem,
        subject=cert.subject.rfc4514_string(),
        cert_sha256=cert_sha256(cert),
        not_after=cert.not_valid_after_utc.replace(tzinfo=None),
        origin=origin,
        is_active=True,
        role=role,
        token_module=module,
        token_label=token_label,
        key_label=key_label,
        key_id=key_id,
        crl_pem=crl.public_bytes(pem).decode() if crl is not None else "",
    )
    session.add(row)
    session.flush()
    return row


# Keys at rest: PBKDF2-HMAC-SHA256 at OWASP's 600,000 rounds (2023), AES-256-CBC, an
# HMAC-SHA256 integrity check (the defaults of a PKCS#12 writer use 2,048 rounds).
KDF_ROUNDS = 600_000
ROOT_KEY_PREFIX = "pkcs12:"  # the root key sealed as a key-only PKCS#12, in base64


def sealed(password: bytes) -> serialization.KeySerializationEncryption:
    return (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(password)
    )


def seal_pkcs12(
    name: bytes,
    key: rsa.RSAPrivateKey,
    cert: x509.Certificate | None,
    chain: list[x509.Certificate],
    password: bytes,
) -> bytes:
    data = pkcs12.serialize_key_and_certificates(name, key, cert, chain or None, sealed(password))
    return _strong_mac(data, password)


def _pkcs12_kdf(password: bytes, salt: bytes, purpose: int, rounds: int) -> bytes:
    """RFC 7292 appendix B.2 with SHA-256 for one 32-byte block: the key of the PKCS#12
    integrity MAC (*purpose* 3)."""
    block = 64

    def fill(text: bytes) -> bytes:
        """*text* repeated to a whole number of blocks (nothing for nothing)."""
        if not text:
            return b""
        size = -(-len(text) // block) * block
        return (text * (size // len(text) + 1))[:size]

    secret = password.decode("utf-8").encode("utf-16-be") + b"\0\0" if password else b""
    digest = hashlib.sha256(bytes([purpose]) * block + fill(salt) + fill(secret)).digest()
    for _ in range(rounds - 1):
        digest = hashlib.sha256(digest).digest()
    return digest


def _strong_mac(pfx_der: bytes, password: bytes) -> bytes:
    """The PKCS#12's integrity MAC at :data:`KDF_ROUNDS` iterations (the writer uses 2,048)."""
    import hmac
    import os

    from asn1crypto import algos
    from asn1crypto import pkcs12 as asn1_pkcs12

    pfx = asn1_pkcs12.Pfx.load(pfx_der)
    content = pfx["auth_safe"]["content"].native
    salt = os.urandom(16)
    key = _pkcs12_kdf(password, salt, 3, KDF_ROUNDS)
    mac_data = asn1_pkcs12.MacData(
        {
            "mac": {
                "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                "digest": hmac.new(key, content, "sha256").digest(),
            },
            "mac_salt": salt,
            "iterations": KDF_ROUNDS,
        }
    )
    rebuilt = asn1_pkcs12.Pfx(
        {"version": pfx["version"], "auth_safe": pfx["auth_safe"], "mac_data": mac_data}
    )
    return bytes(rebuilt.dump())


def seal_root_key(key: rsa.RSAPrivateKey, password: bytes) -> str:
    import base64

    data = seal_pkcs12(b"root", key, None, [], password)
    return ROOT_KEY_PREFIX + base64.b64encode(data).decode("ascii")


def open_root_key(stored: str, password: str) -> rsa.RSAPrivateKey:
    """The root key as stored (sealed PKCS#12; or PEM, as earlier versions kept it)."""
    import base64

    try:
        if stored.startswith(ROOT_KEY_PREFIX):
            raw = base64.b64decode(stored[len(ROOT_KEY_PREFIX) :])
            key, _, _ = pkcs12.load_key_and_certificates(raw, password.encode())
        else:
            key = serialization.load_pem_private_key(stored.encode(), password.encode())
    except (ValueError, TypeError) as exc:
        raise ValidationError(Message.KEY_WRONG_PASSWORD) from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValidationError(Message.ROOT_KEY_UNUSABLE)
    return key


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError(Message.UNKNOWN_ROLE, role=role)


def create_identity(session: Session, password: str, role: str = HEAD) -> IdentityInfo:
    """Make the institution's root and signing certificate; the old identity is kept inactive.
    The head's certificate names the head; the seal's names the institution and has a root
    of its own."""
    _check_role(role)
    pw = check_password(password)
    inst = get_self(session)
    if inst is None:
        raise ValidationError(Message.PROFILE_FIRST_CLI)
    if role == SEAL:
        key, cert, root_key, root_cert = issue_pki(
            inst.name, inst.code, "", root_suffix=SEAL_ROOT_SUFFIX
        )
    else:
        key, cert, root_key, root_cert = issue_pki(inst.name, inst.code, inst.head_name)
    p12 = seal_pkcs12(friendly_name(inst.code), key, cert, [root_cert], pw)
    root_pem = seal_root_key(root_key, pw)
    row = _store(
        session,
        p12=p12,
        cert=cert,
        trust=root_cert,
        root_key_pem=root_pem,
        origin="created",
        role=role,
        chain=[root_cert],
        crl=issue_crl(root_key, root_cert, until=cert.not_valid_after_utc),
    )
    return info(row)


def issue_crl(
    root_key: rsa.RSAPrivateKey,
    root_cert: x509.Certificate,
    *,
    until: datetime,
    revoked: list[x509.Certificate] | None = None,
) -> x509.CertificateRevocationList:
    """The root's revocation list (none revoked unless *revoked*), valid *until*: signed PDFs
    carry it so that a reader years later sees that the signer was not revoked then."""
    now = datetime.now(UTC) - timedelta(minutes=5)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(root_cert.subject)
        .last_update(now)
        .next_update(until)
        .add_extension(x509.CRLNumber(1), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
            critical=False,
        )
    )
    for cert in revoked or []:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(cert.serial_number)
            .revocation_date(now)
            .build()
        )
    return builder.sign(root_key, hashes.SHA256())


def import_identity(
    session: Session, p12_bytes: bytes, password: str, role: str = HEAD
) -> IdentityInfo:
    """Take an existing PKCS#12 (e.g. a national e-signature file)."""
    _check_role(role)
    if len(p12_bytes) > 1024 * 1024:
        raise ValidationError(Message.P12_TOO_LARGE)
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(p12_bytes, password.encode())
    except ValueError as exc:
        raise ValidationError(Message.P12_CANNOT_OPEN) from exc
    if key is None or cert is None:
        raise ValidationError(Message.P12_NO_KEY)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValidationError(Message.KEY_NOT_RSA)
    now = datetime.now(UTC)
    if cert.not_valid_after_utc < now:
        raise ValidationError(Message.CERTIFICATE_EXPIRED, expired=cert.not_valid_after_utc)
    trust = extra[-1] if extra else cert
    # kept sealed as strongly as our own (the file's own protection may be weak)
    name = friendly_name(cert_institution_code(cert) or "imported")
    p12 = seal_pkcs12(name, key, cert, list(extra), password.encode())
    row = _store(
        session,
        p12=p12,
        cert=cert,
        trust=trust,
        root_key_pem="",
        origin="imported",
        role=role,
        chain=list(extra),
    )
    return info(row)


def active(session: Session, role: str = HEAD) -> SigningIdentity:
    row = current(session, role)
    if row is None:
        if role == SEAL:
            raise NotFound(Message.NO_SEAL_IDENTITY)
        raise NotFound(Message.NO_SIGNING_IDENTITY)
    return row


def current(session: Session, role: str = HEAD) -> SigningIdentity | None:
    """The active identity of *role*, or None."""
    _check_role(role)
    return session.scalars(
        select(SigningIdentity)
        .where(SigningIdentity.is_active.is_(True), SigningIdentity.role == role)
        .order_by(SigningIdentity.id.desc())
    ).first()


def register_token(
    session: Session,
    module: str,
    token_label: str | None,
    key_label: str | None,
    pin: str,
    *,
    role: str = HEAD,
    extra_chain: list[x509.Certificate] | None = None,
) -> IdentityInfo:
    """Keep where a key on a token is, with its certificate and chain (read from the token,
    else from *extra_chain*); the PIN opens the token once to check it and is not kept."""
    from app.services import tokens

    _check_role(role)
    with tokens.open_identity(module, token_label, key_label, pin, extra_chain) as ident:
        cert, chain = ident.cert, list(ident.chain)
        found_token, found_key, key_id = ident.token_label, ident.key_label, ident.key_id
    if cert.not_valid_after_utc < datetime.now(UTC):
        raise ValidationError(Message.CERTIFICATE_EXPIRED, expired=cert.not_valid_after_utc)
    row = _store(
        session,
        p12=b"",
        cert=cert,
        trust=chain[-1] if chain else cert,
        root_key_pem="",
        origin="token",
        role=role,
        chain=chain,
        token=(os.path.abspath(module), found_token, found_key, key_id),
    )
    return info(row)


def info(row: SigningIdentity) -> IdentityInfo:
    cert = x509.load_pem_x509_certificate(row.cert_pem.encode())
    trust = x509.load_pem_x509_certificate(row.trust_pem.encode())
    return IdentityInfo(
        subject=cert.subject.rfc4514_string(),
        institution_code=cert_institution_code(cert) or "",
        not_after=row.not_after,
        cert_sha256=row.cert_sha256,
        origin=row.origin,
        trust_subject=trust.subject.rfc4514_string(),
        role=row.role,
        token=" · ".join(x for x in (row.token_module, row.token_label, row.key_label) if x),
    )


def unlock(row: SigningIdentity, password: str) -> LoadedIdentity:
    """The key kept here, opened with its password (a key on a token: :func:`unlocked`)."""
    if row.origin == "token":
        raise ValidationError(Message.KEY_ON_TOKEN)
    pw = password.encode("utf-8")
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(row.pkcs12, pw)
    except ValueError as exc:
        raise ValidationError(Message.KEY_WRONG_PASSWORD) from exc
    if not isinstance(key, rsa.RSAPrivateKey) or cert is None:
        raise ValidationError(Message.SIGNING_KEY_UNUSABLE)
    crls = [x509.load_pem_x509_crl(row.crl_pem.encode())] if row.crl_pem else []
    return LoadedIdentity(key, cert, list(extra), row.pkcs12, pw, crls)


def chain_of_row(row: SigningIdentity) -> list[x509.Certificate]:
    """The certificates kept with *row*: its own first, then its issuers."""
    return list(x509.load_pem_x509_certificates(row.cert_pem.encode()))


@contextlib.contextmanager
def unlocked(row: SigningIdentity, secret: str) -> Iterator[SigningKey]:
    """A key ready to sign while the block runs: a key file opened with its password, or
    the token's key opened with its PIN (it must still be the very certificate registered)."""
    if row.origin != "token":
        yield unlock(row, secret)
        return
    from app.services import tokens

    kept = chain_of_row(row)
    with tokens.open_identity(
        row.token_module, row.token_label or None, row.key_label or None, secret, kept[1:]
    ) as ident:
        if cert_sha256(ident.cert) != row.cert_sha256:
            raise ValidationError(Message.TOKEN_CERT_CHANGED)
        yield ident


@dataclass(frozen=True)
class KeyNeeds:
    """What signing a return here asks the clerk for: the head's password or its token's PIN,
    and the seal's when the institution has a seal identity."""

    head_token: bool
    seal: bool
    seal_token: bool


def key_needs(session: Session) -> KeyNeeds:
    head = active(session)
    seal = current(session, SEAL)
    return KeyNeeds(
        head_token=head.origin == "token",
        seal=seal is not None,
        seal_token=seal is not None and seal.origin == "token",
    )


def check_secret(session: Session, role: str, secret: str) -> None:
    """Raises when *secret* does not open the identity of *role* (its key file, its token)."""
    with unlocked(active(session, role), secret):
        pass


@contextlib.contextmanager
def signing_keys(
    session: Session, head_secret: str, seal_secret: str | None = None
) -> Iterator[tuple[SigningKey, SigningKey | None]]:
    """The head's key and, when *seal_secret* is given, the seal's, open while the block runs
    (the window and the command line sign returns through this one function)."""
    head = active(session)
    seal = active(session, SEAL) if seal_secret is not None else None
    with contextlib.ExitStack() as stack:
        head_open = stack.enter_context(unlocked(head, head_secret))
        seal_open = (
            stack.enter_context(unlocked(seal, seal_secret or "")) if seal is not None else None
        )
        yield head_open, seal_open


def trust_pem(session: Session) -> str:
    """What a recipient trusts for this institution: the head's root, and the seal's."""
    pems = [row.trust_pem for role in ROLES if (row := current(session, role)) is not None]
    if not pems:
        active(session)  # says how to make one
    return "".join(dict.fromkeys(pems))


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """PEM (one or more) or DER certificates; ValidationError for anything else."""
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return list(x509.load_pem_x509_certificates(data))
        return [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise ValidationError(Message.NOT_A_CERTIFICATE) from exc


_SAFE = re.compile(r"[^\w.-]+")


def safe_file_part(text: str) -> str:
    return _SAFE.sub("_", text).strip("_") or "x"
