"""The institutions that report to this one, and the certificates their returns carry."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Institution, IssuedCertificate, SubjectBinding, TrustedCertificate
from app.domain.text import clean
from app.services.errors import ImportRejected, NotFound, ValidationError
from app.services.identity import (
    active,
    cert_institution_code,
    cert_sha256,
    check_password,
    issue_pki,
    open_root_key,
    seal_pkcs12,
)
from app.services.institutions import KINDS, check_code, find_by_code, get_self
from app.services.messages import Message
from app.services.x509_names import code_unit, friendly_name


@dataclass
class SubordinateInput:
    code: str
    name: str
    email: str = ""
    kind: str = "school"
    language: str = ""


def subordinates(session: Session) -> list[Institution]:
    return list(
        session.scalars(
            select(Institution)
            .where(Institution.is_subordinate.is_(True))
            .order_by(Institution.code)
        )
    )


def add_subordinate(
    session: Session, data: SubordinateInput, certificates: list[x509.Certificate] | None = None
) -> Institution:
    """Register (or update) a subordinate; its certificates become trusted for it."""
    me = get_self(session)
    if me is None:
        raise ValidationError(Message.OWN_PROFILE_FIRST_CLI)
    code, name = clean(data.code), clean(data.name)
    if not code or not name:
        raise ValidationError(Message.SUBORDINATE_NEEDS_CODE_NAME)
    check_code(code)
    if code == me.code:
        raise ValidationError(Message.REPORTS_TO_ITSELF)
    kind = clean(data.kind) or "school"
    if kind not in KINDS:
        raise ValidationError(Message.UNKNOWN_INSTITUTION_KIND, kind=kind, kinds=", ".join(KINDS))
    inst = find_by_code(session, code)
    if inst is None:
        inst = Institution(code=code, name=name)
        session.add(inst)
    inst.name, inst.kind, inst.is_subordinate, inst.parent = name, kind, True, me
    inst.email = clean(data.email) or inst.email
    inst.language = clean(data.language) or inst.language or me.language
    session.flush()
    for cert in certificates or []:
        add_certificate(session, inst, cert)
    return inst


def add_certificate(
    session: Session, inst: Institution | None, cert: x509.Certificate, *, is_root: bool = False
) -> TrustedCertificate:
    """Trust *cert* for *inst* alone (or, when *inst* is None, as an authority for many that
    binds nobody by itself). A certificate vouches for one institution: registering it for a
    second one is refused."""
    claimed = cert_institution_code(cert)
    if inst is not None and claimed is not None and claimed != inst.code:
        raise ValidationError(Message.CERT_OF_ANOTHER, claimed=claimed, code=inst.code)
    fp = cert_sha256(cert)
    row = session.scalars(select(TrustedCertificate).where(TrustedCertificate.sha256 == fp)).first()
    if row is not None and row.institution_id != (inst.id if inst is not None else None):
        holder = session.get(Institution, row.institution_id) if row.institution_id else None
        if holder is not None:
            raise ValidationError(Message.CERT_REGISTERED_FOR, holder=holder.code)
        raise ValidationError(Message.CERT_REGISTERED_FOR_MANY)
    if row is None:
        row = TrustedCertificate(
            pem=cert.public_bytes(serialization.Encoding.PEM).decode(),
            sha256=fp,
            label=cert.subject.rfc4514_string(),
            is_root=is_root,
        )
        session.add(row)
    row.institution_id = inst.id if inst is not None else None
    session.flush()
    return row


def registered_certificates(session: Session) -> dict[str, list[str]]:
    """Institution code -> SHA-256 of the certificates trusted for it."""
    out: dict[str, list[str]] = {}
    for code, fp in session.execute(
        select(Institution.code, TrustedCertificate.sha256).join(
            TrustedCertificate, TrustedCertificate.institution_id == Institution.id
        )
    ):
        out.setdefault(code, []).append(fp)
    return out


def import_list(session: Session, path: Path) -> list[str]:
    """A list of subordinates (xlsx / csv: code, name, e-mail, kind, language)."""
    from app.services.plan_import import read_grid
    from app.services.plan_import.limits import MAX_LIST_ROWS
    from app.services.plan_import.textnorm import fold_words

    rows = read_grid(path)
    words = {
        "code": ("code", "kod", "код", "cod", "ma", "kodu"),
        "name": (
            "name",
            "ad",
            "adi",
            "kurum",
            "название",
            "наименование",
            "атауы",
            "denumire",
            "nume",
            "ten",
            "ten don vi",
        ),
        "email": (
            "email",
            "e mail",
            "e posta",
            "eposta",
            "почта",
            "электронная почта",
            "posta electronica",
        ),
        "kind": ("kind", "type", "tur", "вид", "тип", "tip", "loai"),
        "language": ("language", "dil", "язык", "тіл", "limba", "ngon ngu"),
    }
    for n, row in enumerate(rows[:20]):
        cols: dict[str, int] = {}
        for i, cell in enumerate(row):
            folded = fold_words(cell)
            for field, options in words.items():
                if field not in cols and folded in options:
                    cols[field] = i
        if "code" in cols and "name" in cols:
            header_row = n
            break
    else:
        raise ImportRejected(Message.LIST_NO_HEADER)
    count = len(rows) - header_row - 1
    if count > MAX_LIST_ROWS:  # refused before the first is stored: one import, one go
        raise ImportRejected(Message.LIST_TOO_LONG, count=count, limit=MAX_LIST_ROWS)
    added = []
    for row in rows[header_row + 1 :]:

        def get(field: str, row: list[str] = row) -> str:
            i = cols.get(field)
            return row[i] if i is not None and i < len(row) else ""

        if not get("code").strip():
            continue
        inst = add_subordinate(
            session,
            SubordinateInput(
                get("code"), get("name"), get("email"), get("kind") or "school", get("language")
            ),
        )
        added.append(inst.code)
    return added


def issue_identity(
    session: Session, code: str, own_password: str, new_password: str, out: Path
) -> Path:
    """A PKCS#12 for a subordinate, issued by this institution's own root (USB-stick hand-over)."""
    inst = find_by_code(session, code)
    if inst is None or not inst.is_subordinate:
        raise NotFound(Message.NOT_A_SUBORDINATE, code=code)
    code_unit(inst.code)  # a code that cannot go into a certificate: refused before unlocking
    row = active(session)
    if not row.root_key_pem:
        raise ValidationError(Message.ISSUE_NEEDS_OWN_ROOT)
    root_key = open_root_key(row.root_key_pem, own_password)
    root_cert = x509.load_pem_x509_certificate(row.trust_pem.encode())
    key, cert, _, _ = issue_pki(inst.name, inst.code, "", root_key=root_key, root_cert=root_cert)
    p12 = seal_pkcs12(
        friendly_name(inst.code), key, cert, [root_cert], check_password(new_password)
    )
    add_certificate(session, inst, cert)
    session.add(
        IssuedCertificate(
            institution_code=inst.code,
            serial=format(cert.serial_number, "x"),
            sha256=cert_sha256(cert),
            subject=cert.subject.rfc4514_string(),
            not_after=cert.not_valid_after_utc.replace(tzinfo=None),
        )
    )
    session.flush()
    from app.fileio import write_atomically

    write_atomically(out, p12)
    return out


def register_issuer(
    session: Session, code: str, name: str, certs: list[x509.Certificate]
) -> Institution | None:
    """Keep *certs* (given by the clerk for a template or a receipt from the body above) as
    that body's: they vouch for it alone, and its next files verify without them."""
    if not certs or not code:
        return None
    issuer = find_by_code(session, code)
    if issuer is None:
        issuer = Institution(code=code, name=name or code, kind="directorate")
        session.add(issuer)
        session.flush()
    for cert in certs:
        add_certificate(session, issuer, cert, is_root=True)
    return issuer


def bind_subject(session: Session, code: str, subject: str) -> SubjectBinding:
    """Bind subordinate *code* to the certificates with exactly *subject* (as RFC 4514 text,
    e.g. "CN=Ivanova A.,O=School 17,C=KZ"): with an authority trusted for many (a national
    CA), its returns count only when signed by that subject."""
    inst = find_by_code(session, clean(code))
    if inst is None or not inst.is_subordinate:
        raise NotFound(Message.NOT_A_SUBORDINATE, code=code)
    try:
        normal = x509.Name.from_rfc4514_string(subject.strip()).rfc4514_string()
    except ValueError:
        raise ValidationError(Message.NOT_A_SUBJECT, subject=subject[:80]) from None
    row = session.scalars(
        select(SubjectBinding).where(
            SubjectBinding.institution_id == inst.id, SubjectBinding.subject == normal
        )
    ).first()
    if row is None:
        row = SubjectBinding(institution_id=inst.id, subject=normal)
        session.add(row)
        session.flush()
    return row


def add_authority(session: Session, cert: x509.Certificate) -> TrustedCertificate:
    """Trust *cert* as an authority for many (a national CA): chains may end at it, but it
    binds no subordinate by itself (bind each with its certificate or subject)."""
    try:
        ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        ca = False
    if not ca:
        raise ValidationError(Message.NOT_AN_AUTHORITY)
    return add_certificate(session, None, cert, is_root=True)
