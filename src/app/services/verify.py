"""Verifying a return, PDF or XLSX: every check a recipient relies on, each failure a reason
code with parameters (``app.services.reasons``) that the command line words in English and the
window translates. pyHanko is imported lazily (it costs half a second). The Excel checks are in
``app.services.verify_xlsx``."""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.domain.return_format import Payload
from app.services.identity import cert_institution_code, cert_sha256
from app.services.reasons import Outcome, Reason, Refusal, outcome
from app.services.return_payload import (
    NewerReturn,
    canonical_bytes,
    parse_payload,
)
from app.services.signing import FIELD_NAME, PAYLOAD_NAME, SEAL_FIELD
from app.services.trust import TrustPolicy

log = logging.getLogger(__name__)

MAX_FILE = 100 * 1024 * 1024
_NAME = re.compile(r"^(?P<code>.+)_(?P<period>\d{4}(?:-[A-Z]\d{1,2})?)_v(?P<version>\d+)$")


@dataclass
class Verification:
    ok: bool
    refusal: Outcome | None = None  # the first failed check
    # read from the signed content by parse_payload (its envelope checked; readers keep .get())
    payload: Payload | None = None
    payload_bytes: bytes = b""
    signer_subject: str = ""
    signer_sha256: str = ""
    signer_code: str | None = None
    signed_at: datetime | None = None
    checks: list[str] = field(default_factory=list)
    signer_cert: x509.Certificate | None = None
    anchor_sha256: str = ""  # the trusted certificate the signer's chain ends at
    seal_subject: str = ""  # the institution's seal, signing after the head (PDF)
    seal_sha256: str = ""
    sealed_at: datetime | None = None

    @property
    def reason(self) -> str:
        """The first failed check in English ("category: detail"); empty when valid."""
        return self.refusal.text() if self.refusal is not None else ""

    def refuse(self, refusal: Refusal) -> None:
        self.ok, self.refusal = False, refusal.outcome

    def as_json(self) -> dict[str, Any]:
        p: Mapping[str, Any] = self.payload or {}
        return {
            "valid": self.ok,
            "reason": self.refusal.as_json() if self.refusal is not None else None,
            "institution": p.get("institution", {}).get("code"),
            "period": p.get("period", {}).get("key"),
            "version": p.get("version"),
            "signer": self.signer_subject,
            "signer_sha256": self.signer_sha256,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "seal": self.seal_subject or None,
            "seal_sha256": self.seal_sha256 or None,
            "sealed_at": self.sealed_at.isoformat() if self.sealed_at else None,
            "checks": list(self.checks),
        }

    def summary(self) -> list[str]:
        p: Mapping[str, Any] = self.payload or {}
        inst = p.get("institution", {})
        period = p.get("period", {})
        lines = []
        if inst:
            lines.append(f"institution: {inst.get('code', '')} {inst.get('name', '')}")
        if period:
            lines.append(
                f"period:      {period.get('key', '')} {period.get('label', '')} "
                f"(version {p.get('version', '?')})"
            )
        if self.signer_subject:
            lines.append(f"signer:      {self.signer_subject}")
        if self.signed_at:
            lines.append(f"signed at:   {self.signed_at:%d.%m.%Y %H:%M}")
        if self.seal_subject:
            lines.append(f"sealed by:   {self.seal_subject}")
        if self.sealed_at:
            lines.append(f"sealed at:   {self.sealed_at:%d.%m.%Y %H:%M}")
        lines.append("result:      " + ("VALID" if self.ok else f"REJECTED — {self.reason}"))
        return lines


def _asn1(cert: x509.Certificate):  # type: ignore[no-untyped-def]
    from asn1crypto import x509 as ax509

    return ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


class TrustStore:
    """Trusted certificates indexed by subject (a signature is checked against the few that
    can anchor its chain, not against all 2,000 of a directorate's subordinates), with the
    bindings of signers to institutions (``app.services.trust``)."""

    def __init__(self, trust: list[x509.Certificate] | TrustPolicy) -> None:
        self.policy = (
            trust if isinstance(trust, TrustPolicy) else TrustPolicy.of_certificates(trust)
        )
        self.by_subject: dict[bytes, list[x509.Certificate]] = {}
        for cert in self.policy.certificates:
            self.by_subject.setdefault(cert.subject.public_bytes(), []).append(cert)

    def anchors_for(self, chain: list[Any]) -> list[x509.Certificate]:
        """Trusted certificates named as subject or issuer by the signature's certificates
        (asn1crypto certificates as pyHanko gives them)."""
        out: list[x509.Certificate] = []
        seen: set[bytes] = set()
        for cert in chain:
            for name in (cert.subject.dump(), cert.issuer.dump()):
                if name not in seen:
                    seen.add(name)
                    out.extend(self.by_subject.get(name, []))
        return out


Trust = list[x509.Certificate] | TrustPolicy | TrustStore


def _store(trust: Trust) -> TrustStore:
    return trust if isinstance(trust, TrustStore) else TrustStore(trust)


# The moment a verification judges validity at: now, unless an archive check asks for
# another (``at_moment``); read by every validation context, PDF, CMS and XLSX alike.
_MOMENT: ContextVar[datetime | None] = ContextVar("validation_moment", default=None)


@contextmanager
def at_moment(moment: datetime | None) -> Iterator[None]:
    """Verify as at *moment* (None: now) inside the block."""
    token = _MOMENT.set(moment)
    try:
        yield
    finally:
        _MOMENT.reset(token)


def _context(trust: list[x509.Certificate], crls: list[Any] | None = None):  # type: ignore[no-untyped-def]
    """Offline: the trusted anchors, the revocation lists the file carries (soft-fail: a
    certificate without one is not refused for that), the moment of judgement."""
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(
        trust_roots=[_asn1(c) for c in trust],
        allow_fetching=False,
        revocation_mode="soft-fail",
        moment=_MOMENT.get(),
        crls=crls or None,
    )


MAX_CRLS = 16


def _file_crls(sig: Any) -> list[Any]:
    """The revocation lists in the PDF's security store (at most a few; none when the store
    is missing or unreadable: revocation then stays unchecked, as for any offline reader)."""
    from asn1crypto import crl as acrl
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko.sign.validation.errors import NoDSSFoundError

    try:
        dss = DocumentSecurityStore.read_dss(sig.reader)
        out = []
        for ref in list(dss.crls)[:MAX_CRLS]:
            data = ref.get_object().data
            if len(data) > 1024 * 1024:
                continue
            try:
                crl = acrl.CertificateList.load(data)
                crl.native  # noqa: B018  # parsed whole now: a malformed list is left out
            except Exception as exc:  # asn1crypto raises many kinds for malformed DER
                log.info("a revocation list in the file is malformed: %r", exc)
                continue
            out.append(crl)
        return out
    except (NoDSSFoundError, PdfReadError, ValueError, KeyError, TypeError) as exc:
        log.info("no usable revocation data in the file: %r", exc)
        return []


def _signer_cert(asn1_cert: Any) -> x509.Certificate:
    return x509.load_der_x509_certificate(asn1_cert.dump())


def _record_signer(result: Verification, status: Any) -> x509.Certificate:
    """Who signed and when, as the signature says (before its trust is judged), and the
    trusted certificate its chain ends at."""
    cert = _signer_cert(status.signing_cert)
    result.signer_cert = cert
    path = getattr(status, "validation_path", None)
    anchor = getattr(path, "first", None) if path is not None else None
    result.anchor_sha256 = hashlib.sha256(anchor.dump()).hexdigest() if anchor is not None else ""
    result.signer_subject = cert.subject.rfc4514_string()
    result.signer_sha256 = cert_sha256(cert)
    result.signer_code = cert_institution_code(cert)
    result.signed_at = status.signer_reported_dt
    return cert


def _finish(result: Verification, payload_bytes: bytes, file_name: str, trust: Trust) -> None:
    """Checks shared by PDF and XLSX once the signature holds."""
    try:
        payload = parse_payload(payload_bytes)
    except NewerReturn as exc:
        raise Refusal(Reason.NEWER_RETURN) from exc
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise Refusal(Reason.NOT_PLANDESK_RETURN) from exc
    result.payload, result.payload_bytes = payload, payload_bytes
    if canonical_bytes(payload) != payload_bytes:
        raise Refusal(Reason.NOT_CANONICAL)
    claimed = str(payload.get("institution", {}).get("code", ""))
    if result.signer_code is not None and result.signer_code != claimed:
        raise Refusal(Reason.KEY_OF_ANOTHER, signer=result.signer_code, code=claimed)
    if result.signer_cert is not None:
        unbound = _store(trust).policy.binding(claimed, result.signer_cert, result.anchor_sha256)
        if unbound is not None:
            raise Refusal(unbound.code, **unbound.params)
    result.checks.append(f"signer bound to {claimed}")
    m = _NAME.match(Path(file_name).stem)
    period = str(payload.get("period", {}).get("key", ""))
    if m and (m["code"] != claimed or m["period"] != period):
        raise Refusal(
            Reason.RENAMED,
            file_code=m["code"],
            file_period=m["period"],
            code=claimed,
            period=period,
        )
    result.checks.append("payload read from the signed content and matches the file name")


def verify_pdf(
    data: bytes,
    trust: Trust,
    file_name: str = "",
) -> Verification:
    result = Verification(ok=False)
    try:
        _verify_pdf(data, trust, file_name, result)
        result.ok = True
    except Refusal as exc:
        result.refuse(exc)
    return result


def _deref(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


def _embedded_payload(resolver: Any) -> bytes:
    """return.json from the EmbeddedFiles name tree of one revision."""
    root = resolver.root if hasattr(resolver, "root") else resolver.trailer["/Root"]
    try:
        tree = root["/Names"]["/EmbeddedFiles"]
    except KeyError as exc:
        raise Refusal(Reason.PDF_NO_PAYLOAD) from exc
    stack = [_deref(tree)]
    seen = 0
    while stack and seen < 10_000:
        node = stack.pop()
        seen += 1
        names = _deref(node["/Names"]) if "/Names" in node else None
        if names is not None:
            for i in range(0, len(names) - 1, 2):
                if str(_deref(names[i])) == PAYLOAD_NAME:
                    spec = _deref(names[i + 1])
                    data: bytes = _deref(_deref(spec["/EF"])["/F"]).data
                    return data
        if "/Kids" in node:
            stack.extend(_deref(k) for k in _deref(node["/Kids"]))
    raise Refusal(Reason.PDF_NO_PAYLOAD)


_BLANKS = b" \t\r\n\x00\x0c"


def _read_pdf(data: bytes) -> tuple[Any, list[Any]]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        return reader, list(reader.embedded_signatures)
    except Exception as exc:  # a damaged PDF breaks the reader in many ways
        log.info("PDF not readable: %r", exc)
        raise Refusal(Reason.PDF_DAMAGED) from exc


def _signed_length(sig: Any) -> int:
    """Where the bytes the signature covers end (its /ByteRange), 0 when unreadable."""
    try:
        ranges = [int(x) for x in sig.sig_object["/ByteRange"]]
        return ranges[2] + ranges[3] if len(ranges) == 4 else 0
    except (KeyError, TypeError, ValueError):
        return 0


def _verify_pdf(
    data: bytes,
    trust: Trust,
    file_name: str,
    result: Verification,
) -> None:
    """One signature (the head's or the seal's), or two: the head's over the revision that
    holds the return, then the institution's seal over the whole file (it adds nothing but
    its own signature)."""
    if not data.startswith(b"%PDF"):
        raise Refusal(Reason.NOT_PDF)
    reader, sigs = _read_pdf(data)
    if not sigs:
        raise Refusal(Reason.PDF_UNSIGNED)
    if len(sigs) > 2 or (
        len(sigs) == 2 and (sigs[0].field_name, sigs[1].field_name) != (FIELD_NAME, SEAL_FIELD)
    ):
        raise Refusal(Reason.PDF_MANY_SIGNATURES)
    signed_end = _signed_length(sigs[-1])
    if signed_end and len(data) > signed_end and not data[signed_end:].strip(_BLANKS):
        # blanks after %%EOF (some mail gateways add a line end): the signed file is what
        # precedes them; anything else appended stays a change after signing
        result.checks.append(
            f"{len(data) - signed_end} blank byte(s) after the end of the signed file ignored"
        )
        data = data[:signed_end]
        reader, sigs = _read_pdf(data)
    head = sigs[0]
    _check_signature(head, trust, result, last=len(sigs) == 1)
    resolver = reader.get_historical_resolver(head.signed_revision)
    payload_bytes = _embedded_payload(resolver)
    seal = None
    if len(sigs) == 2:
        seal = Verification(ok=False)
        _check_signature(sigs[1], trust, seal, last=True)
        if _embedded_payload(reader) != payload_bytes:
            raise Refusal(Reason.UPDATE_APPENDED)
        result.seal_subject, result.seal_sha256 = seal.signer_subject, seal.signer_sha256
        result.sealed_at = seal.signed_at
        result.checks.append("sealed after signing; the seal adds nothing but itself")
    _finish(result, payload_bytes, file_name, trust)
    if seal is not None:
        _check_seal(result, seal, trust)
    elif _store(trust).policy.require_seal:
        raise Refusal(Reason.SEAL_MISSING)
    from app.exports.pdf_check import pdf_visible_problems

    assert result.payload is not None
    problems = pdf_visible_problems(data, result.payload)
    if problems:
        raise Refusal(Reason.PDF_VISIBLE_DIFFERS, detail=problems[0])
    result.checks.append("visible content consistent")


def _check_signature(sig: Any, trust: Trust, result: Verification, *, last: bool) -> None:
    """Intact, trusted, valid; the last signature covers the whole file, an earlier one its
    revision with nothing after it but a later signature."""
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    crls = _file_crls(sig)
    try:
        chain = [sig.signer_cert, *sig.other_embedded_certs]
        status = validate_pdf_signature(sig, _context(_store(trust).anchors_for(chain), crls))
    except Exception as exc:  # pyHanko raises many kinds for mangled signatures
        log.info("signature not checkable: %r", exc)
        raise Refusal(Reason.SIGNATURE_DAMAGED) from exc
    cert = _record_signer(result, status)
    if not status.intact or not status.valid:
        raise Refusal(Reason.SIGNATURE_MISMATCH)
    if getattr(status, "revoked", False):
        raise Refusal(Reason.SIGNER_REVOKED, subject=cert.subject.rfc4514_string())
    if not status.trusted:
        raise Refusal(Reason.SIGNER_UNTRUSTED, subject=cert.subject.rfc4514_string())
    issuer = cert.issuer.public_bytes()
    if any(c["tbs_cert_list"]["issuer"].dump() == issuer for c in crls):
        result.checks.append("not revoked at signing (the issuer's revocation list in the file)")
    if last:
        if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
            raise Refusal(Reason.UPDATE_APPENDED)
    elif status.coverage != SignatureCoverageLevel.ENTIRE_REVISION or (
        status.modification_level is None
        or status.modification_level > ModificationLevel.FORM_FILLING
    ):
        raise Refusal(Reason.UPDATE_APPENDED)
    if not status.bottom_line:
        raise Refusal(Reason.SIGNATURE_INVALID)
    result.checks += ["signature intact", "signer trusted"]
    result.checks.append(
        "whole file covered, no later change" if last else "signed revision intact"
    )


def _check_seal(result: Verification, seal: Verification, trust: Trust) -> None:
    """The second signature is the seal of the institution the return comes from: bound to
    it like the head, and not the head's own key again."""
    assert result.payload is not None and seal.signer_cert is not None
    claimed = str(result.payload.get("institution", {}).get("code", ""))
    if seal.signer_sha256 == result.signer_sha256:
        raise Refusal(Reason.SEAL_SAME_KEY)
    if seal.signer_code is not None and seal.signer_code != claimed:
        raise Refusal(Reason.SEAL_NOT_BOUND, subject=seal.signer_subject, code=claimed)
    if _store(trust).policy.binding(claimed, seal.signer_cert, seal.anchor_sha256) is not None:
        raise Refusal(Reason.SEAL_NOT_BOUND, subject=seal.signer_subject, code=claimed)
    result.checks.append(f"seal bound to {claimed}")


def verify_cms(
    payload: bytes,
    signature_der: bytes,
    trust: Trust,
    result: Verification,
) -> None:
    """A detached CMS over *payload*; fills signer fields of *result*."""
    import asyncio

    from asn1crypto import cms
    from pyhanko.sign.validation import async_validate_detached_cms

    try:
        info = cms.ContentInfo.load(signature_der)
        signed_data = info["content"]
        signed_data.native  # noqa: B018 - forces a full parse of a mangled signature
    except (ValueError, TypeError, KeyError) as exc:
        raise Refusal(Reason.SIGNATURE_DAMAGED) from exc
    try:
        status = asyncio.run(
            async_validate_detached_cms(
                payload,
                signed_data,
                signer_validation_context=_context(
                    _store(trust).anchors_for([c.chosen for c in signed_data["certificates"] or []])
                ),
            )
        )
    except Exception as exc:
        log.info("signature not checkable: %r", exc)
        raise Refusal(Reason.SIGNATURE_DAMAGED) from exc
    cert = _record_signer(result, status)
    if not status.intact or not status.valid:
        raise Refusal(Reason.XLSX_PAYLOAD_CHANGED)
    result.checks.append("signature intact")
    if not status.trusted:
        raise Refusal(Reason.SIGNER_UNTRUSTED, subject=cert.subject.rfc4514_string())
    result.checks.append("signer trusted")


def verify_file(path: Path, trust: Trust) -> Verification:
    """PDF or XLSX, by content; anything else is rejected with a reason."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        error = exc.strerror or type(exc).__name__
        return refused(outcome(Reason.CANNOT_READ, file=path.name, error=error))
    if size > MAX_FILE:
        return refused(outcome(Reason.TOO_LARGE))
    if head.startswith(b"%PDF"):
        return verify_pdf(path.read_bytes(), trust, path.name)
    if head.startswith(b"PK"):
        from app.services.verify_xlsx import verify_xlsx

        return verify_xlsx(path, trust)
    return refused(outcome(Reason.NOT_PDF_OR_XLSX))


def refused(why: Outcome) -> Verification:
    return Verification(ok=False, refusal=why)
