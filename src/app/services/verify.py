"""Verifying a return, PDF or XLSX: every check a recipient relies on, with reasons a clerk
understands. pyHanko is imported lazily (it costs half a second)."""

from __future__ import annotations

import io
import re
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.services.identity import cert_institution_code, cert_sha256
from app.services.return_payload import canonical_bytes, parse_payload
from app.services.signing import PAYLOAD_NAME

MAX_FILE = 100 * 1024 * 1024
_NAME = re.compile(r"^(?P<code>.+)_(?P<period>\d{4}(?:-[A-Z]\d{1,2})?)_v(?P<version>\d+)$")


@dataclass
class Verification:
    ok: bool
    reason: str = ""  # the first failed check, for a clerk
    payload: dict[str, Any] | None = None
    payload_bytes: bytes = b""
    signer_subject: str = ""
    signer_sha256: str = ""
    signer_code: str | None = None
    signed_at: datetime | None = None
    checks: list[str] = field(default_factory=list)

    def summary(self) -> list[str]:
        p = self.payload or {}
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
        lines.append("result:      " + ("VALID" if self.ok else f"REJECTED — {self.reason}"))
        return lines


class _Fail(Exception):
    pass


def _asn1(cert: x509.Certificate):  # type: ignore[no-untyped-def]
    from asn1crypto import x509 as ax509

    return ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


class TrustStore:
    """Trusted certificates indexed by subject: a signature is checked against the few that
    can anchor its chain, not against all 2,000 of a directorate's subordinates."""

    def __init__(self, certs: list[x509.Certificate]) -> None:
        self.by_subject: dict[bytes, list[x509.Certificate]] = {}
        for cert in certs:
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


def _store(trust: list[x509.Certificate] | TrustStore) -> TrustStore:
    return trust if isinstance(trust, TrustStore) else TrustStore(trust)


def _context(trust: list[x509.Certificate]):  # type: ignore[no-untyped-def]
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(
        trust_roots=[_asn1(c) for c in trust], allow_fetching=False, revocation_mode="soft-fail"
    )


def _signer_cert(asn1_cert: Any) -> x509.Certificate:
    return x509.load_der_x509_certificate(asn1_cert.dump())


def _record_signer(result: Verification, status: Any) -> x509.Certificate:
    """Who signed and when, as the signature says (before its trust is judged)."""
    cert = _signer_cert(status.signing_cert)
    result.signer_subject = cert.subject.rfc4514_string()
    result.signer_sha256 = cert_sha256(cert)
    result.signer_code = cert_institution_code(cert)
    result.signed_at = status.signer_reported_dt
    return cert


def _finish(result: Verification, payload_bytes: bytes, file_name: str) -> None:
    """Checks shared by PDF and XLSX once the signature holds."""
    try:
        payload = parse_payload(payload_bytes)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _Fail(f"the signed content is not a PlanDesk return ({exc})") from exc
    result.payload, result.payload_bytes = payload, payload_bytes
    if canonical_bytes(payload) != payload_bytes:
        raise _Fail("the signed return is not in canonical form")
    claimed = str(payload.get("institution", {}).get("code", ""))
    if result.signer_code is not None and result.signer_code != claimed:
        raise _Fail(
            f"signed by the key of institution {result.signer_code}, but the return "
            f"claims to come from {claimed}"
        )
    m = _NAME.match(Path(file_name).stem)
    period = str(payload.get("period", {}).get("key", ""))
    if m and (m["code"] != claimed or m["period"] != period):
        raise _Fail(
            f"the file name says {m['code']} {m['period']}, but the signed return is "
            f"from {claimed} for {period} (renamed file?)"
        )
    result.checks.append("payload read from the signed content and matches the file name")


def verify_pdf(
    data: bytes,
    trust: list[x509.Certificate] | TrustStore,
    file_name: str = "",
    path: Path | None = None,
) -> Verification:
    result = Verification(ok=False)
    try:
        _verify_pdf(data, trust, file_name, result, path)
        result.ok = True
    except _Fail as exc:
        result.reason = str(exc)
    return result


def _deref(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


def _embedded_payload(resolver: Any) -> bytes:
    """return.json from the EmbeddedFiles name tree of one revision."""
    root = resolver.root if hasattr(resolver, "root") else resolver.trailer["/Root"]
    try:
        tree = root["/Names"]["/EmbeddedFiles"]
    except KeyError as exc:
        raise _Fail("the signed PDF holds no machine-readable return") from exc
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
    raise _Fail(f"the signed PDF holds no {PAYLOAD_NAME}")


def _verify_pdf(
    data: bytes,
    trust: list[x509.Certificate] | TrustStore,
    file_name: str,
    result: Verification,
    path: Path | None,
) -> None:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if not data.startswith(b"%PDF"):
        raise _Fail("not a PDF file")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise _Fail(f"the PDF cannot be read ({exc})") from exc
    if not sigs:
        raise _Fail("the PDF carries no digital signature")
    if len(sigs) > 1:
        raise _Fail("the PDF carries more than one signature; a return has exactly one")
    sig = sigs[0]
    try:
        chain = [sig.signer_cert, *sig.other_embedded_certs]
        status = validate_pdf_signature(sig, _context(_store(trust).anchors_for(chain)))
    except Exception as exc:  # pyHanko raises many kinds for mangled signatures
        raise _Fail(f"the signature cannot be checked ({exc})") from exc
    cert = _record_signer(result, status)
    if not status.intact or not status.valid:
        raise _Fail("the signature does not match the content: the file was changed after signing")
    result.checks.append("signature intact")
    if not status.trusted:
        raise _Fail(f"the signer ({cert.subject.rfc4514_string()}) is not trusted")
    result.checks.append("signer trusted")
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        raise _Fail(
            "the file was changed after signing (an update was appended after the signature)"
        )
    if not status.bottom_line:
        raise _Fail("the signature is not valid")
    result.checks.append("whole file covered, no later change")
    resolver = reader.get_historical_resolver(sig.signed_revision)
    _finish(result, _embedded_payload(resolver), file_name)
    from app.exports.pdf_check import pdf_visible_problems

    assert result.payload is not None
    if path is None:
        with tempfile.TemporaryDirectory(prefix="plandesk-") as tmp:
            copy = Path(tmp) / "return.pdf"
            copy.write_bytes(data)
            problems = pdf_visible_problems(copy, result.payload)
    else:
        problems = pdf_visible_problems(path, result.payload)
    if problems:
        raise _Fail(f"the visible pages differ from the signed data: {problems[0]}")
    result.checks.append("visible content consistent")


def verify_cms(
    payload: bytes,
    signature_der: bytes,
    trust: list[x509.Certificate] | TrustStore,
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
        raise _Fail("the signature block is damaged") from exc
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
        raise _Fail(f"the signature cannot be checked ({exc})") from exc
    cert = _record_signer(result, status)
    if not status.intact or not status.valid:
        raise _Fail(
            "the signed return was changed after signing (hidden data does not match its signature)"
        )
    result.checks.append("signature intact")
    if not status.trusted:
        raise _Fail(f"the signer ({cert.subject.rfc4514_string()}) is not trusted")
    result.checks.append("signer trusted")


def verify_xlsx(path: Path, trust: list[x509.Certificate] | TrustStore) -> Verification:
    result = Verification(ok=False)
    try:
        from app.exports.xlsx_read import compare_visible, read_xlsx_return

        try:
            content = read_xlsx_return(path)
        except Exception as exc:  # openpyxl raises many kinds for broken files
            raise _Fail(f"the Excel file cannot be read ({type(exc).__name__})") from exc
        if not content.payload_bytes or not content.signature_der:
            raise _Fail("the Excel file is not a signed PlanDesk return")
        verify_cms(content.payload_bytes, content.signature_der, trust, result)
        _finish(result, content.payload_bytes, path.name)
        assert result.payload is not None
        diffs = compare_visible(content.visible, result.payload)
        if diffs:
            raise _Fail(f"a visible cell was changed after signing: {diffs[0]}")
        result.checks.append("visible cells consistent")
        result.ok = True
    except _Fail as exc:
        result.reason = str(exc)
    return result


def verify_file(path: Path, trust: list[x509.Certificate] | TrustStore) -> Verification:
    """PDF or XLSX, by content; anything else is rejected with a reason."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return Verification(ok=False, reason=f"cannot read {path.name}: {exc.strerror}")
    if size > MAX_FILE:
        return Verification(ok=False, reason="the file is too large to be a return")
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(b"%PDF"):
        return verify_pdf(path.read_bytes(), trust, path.name, path)
    if head.startswith(b"PK"):
        return verify_xlsx(path, trust)
    return Verification(ok=False, reason="not a return: neither a PDF nor an Excel file")
