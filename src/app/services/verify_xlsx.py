"""Verifying an Excel return: the package signature over every part of the file
(``app.exports.xlsx_package``), its signer's chain to a trusted root, then the payload in the
hidden sheet and everything a reader of the workbook sees against it. A sealed return carries
a second package signature, the institution's seal (``sig2.xml``), over the file and the
head's signature; both are checked the same way, and the seal as PDF seals are
(``verify._check_seal``).

The checks, in order, each failure one reason code:

1. the file is a zip package PlanDesk can read (XLSX_DAMAGED);
2. it carries the head's signature part; when it does not: an earlier version's signature
   sheet (XLSX_OLD_FORMAT), a payload re-saved by a spreadsheet program (XLSX_RESAVED), a
   PlanDesk file whose signature was taken out (XLSX_PART_REMOVED), anything else
   (XLSX_UNSIGNED). No signature part but ``sig1.xml`` and ``sig2.xml`` (a third:
   XLSX_PART_ADDED), and the signature parts are the ones ``origin.sigs`` declares (a seal
   nobody declared: XLSX_PART_ADDED; a declared seal taken out: XLSX_PART_REMOVED);
3. each signature is well-formed (SIGNATURE_DAMAGED), its value verifies with the signer's
   certificate over SignedInfo and each signed object matches its digest
   (SIGNATURE_MISMATCH); the signer's chain ends at a trusted root (SIGNER_UNTRUSTED);
4. nothing in the file computes, links or runs: formulas, recalculation on load, hyperlinks,
   DDE and external links, VBA, ActiveX, OLE objects, … (XLSX_PART_ADDED / XLSX_PART_CHANGED
   naming the part and what it holds);
5. the payload in the hidden sheet is the one each signature signed (XLSX_PAYLOAD_CHANGED),
   then the checks shared with the PDF (``_finish``); the seal is the same institution's,
   not the head's key again (SEAL_NOT_BOUND, SEAL_SAME_KEY), or, unsealed, a directorate
   requiring the seal refuses (SEAL_MISSING); then the visible cells against the payload
   (XLSX_CELL_CHANGED);
6. the parts of the file are exactly the signed ones, byte for byte, for each signature
   (the head's lists every part but the signature parts, the seal's every part but its own):
   nothing added, removed or changed (XLSX_PART_ADDED / XLSX_PART_REMOVED /
   XLSX_PART_CHANGED), and the standard OPC manifest agrees with them (SIGNATURE_MISMATCH).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15

from app.exports.xlsx_layout import PAYLOAD_SHEET, SIGNATURE_SHEET
from app.exports.xlsx_package import (
    APPLICATION,
    SEAL_PART,
    SIGNATURE_FOLDER,
    SIGNATURE_PART,
    SIGNATURE_PARTS,
    Package,
    PackageError,
    PackageSignature,
    SignatureFormatError,
    active_content,
    altered_objects,
    application,
    declared_signatures,
    opc_problems,
    parse_signature,
    part_changes,
    read_package,
    sheets,
    signature_parts,
)
from app.services.reasons import Reason, Refusal
from app.services.verify import (
    Trust,
    Verification,
    _check_seal,
    _context,
    _finish,
    _record_signer,
    _store,
)

log = logging.getLogger(__name__)


def verify_xlsx(path: Path, trust: Trust) -> Verification:
    result = Verification(ok=False)
    try:
        _verify(path, trust, result)
        result.ok = True
    except Refusal as exc:
        result.refuse(exc)
    return result


def _verify(path: Path, trust: Trust, result: Verification) -> None:
    from app.exports.xlsx_read import compare_visible, read_xlsx_return

    try:
        package = read_package(path)
        book = sheets(package.parts)
    except PackageError as exc:
        log.info("Excel file not readable: %s", exc)
        raise Refusal(Reason.XLSX_DAMAGED) from exc
    if SIGNATURE_PART not in package.parts:
        raise _unsigned(package, [name for name, _state, _part in book])
    sealed = _signature_parts(package)
    head = _parse(package, SIGNATURE_PART)
    _check_signature(head, trust, result)
    seal: tuple[PackageSignature, Verification] | None = None
    if sealed:
        seal = _parse(package, SEAL_PART), Verification(ok=False)
        _check_signature(seal[0], trust, seal[1])
        result.seal_subject, result.seal_sha256 = seal[1].signer_subject, seal[1].signer_sha256
        result.sealed_at = seal[1].signed_at
        result.checks.append("sealed after signing, over the head's signature")
    if package.repeated:  # two entries of one name: readers disagree which one counts
        raise Refusal(Reason.XLSX_PART_ADDED, part=f"{package.repeated[0]} (a second copy)")
    try:
        found = active_content(package)
    except PackageError as exc:
        raise Refusal(Reason.XLSX_DAMAGED) from exc
    if found:
        part, what = found[0]
        code = Reason.XLSX_PART_CHANGED if part in head.parts else Reason.XLSX_PART_ADDED
        raise Refusal(code, part=f"{part} ({what})")
    result.checks.append("nothing that computes, links or runs")
    try:
        content = read_xlsx_return(path)
    except Exception as exc:  # openpyxl raises many kinds for broken files
        log.info("Excel file not readable: %r", exc)
        raise Refusal(Reason.XLSX_DAMAGED) from exc
    payload = content.payload_bytes
    signed = [head] if seal is None else [head, seal[0]]
    if payload is None or any(sig.payload_sheet != PAYLOAD_SHEET for sig in signed):
        raise Refusal(Reason.XLSX_PAYLOAD_CHANGED)
    if any(hashlib.sha256(payload).hexdigest() != sig.payload_sha256 for sig in signed):
        raise Refusal(Reason.XLSX_PAYLOAD_CHANGED)
    result.checks.append("hidden payload is the signed one")
    _finish(result, payload, path.name, trust)
    if seal is not None:
        _check_seal(result, seal[1], trust)
    elif _store(trust).policy.require_seal:
        raise Refusal(Reason.SEAL_MISSING)
    assert result.payload is not None
    diffs = compare_visible(content.visible, result.payload)
    if diffs:
        raise Refusal(Reason.XLSX_CELL_CHANGED, detail=diffs[0])
    result.checks.append("visible cells consistent")
    _check_parts(package, book, head, SIGNATURE_PARTS if sealed else (SIGNATURE_PART,))
    if seal is not None:
        _check_parts(package, book, seal[0], (SEAL_PART,))
    result.checks.append("every part of the file as signed, nothing added or removed")


def _signature_parts(package: Package) -> bool:
    """Whether the return is sealed: its signature parts are the head's and, at most, the
    seal's, those that ``origin.sigs`` declares (what Excel and LibreOffice check)."""
    found = signature_parts(package.parts)
    extra = [name for name in found if name not in SIGNATURE_PARTS]
    if extra:
        raise Refusal(Reason.XLSX_PART_ADDED, part=f"{extra[0]} (a third signature)")
    sealed = SEAL_PART in package.parts
    declared = declared_signatures(package.parts)
    if declared is not None:  # else unreadable: the head's signature says it changed
        if sealed and SEAL_PART not in declared:
            raise Refusal(Reason.XLSX_PART_ADDED, part=SEAL_PART)
        if not sealed and SEAL_PART in declared:
            raise Refusal(Reason.XLSX_PART_REMOVED, part=SEAL_PART)
    return sealed


def _parse(package: Package, part: str) -> PackageSignature:
    try:
        return parse_signature(package.parts[part], part)
    except SignatureFormatError as exc:
        log.info("package signature %s not readable: %s", part, exc)
        raise Refusal(Reason.SIGNATURE_DAMAGED) from exc


def _check_parts(
    package: Package,
    book: list[tuple[str, str, str]],
    sig: PackageSignature,
    unsigned: tuple[str, ...],
) -> None:
    """The parts of the file are the ones *sig* lists, byte for byte (but *unsigned*, its
    own part and those signing after it), and its OPC manifest agrees with them."""
    changes = part_changes(package, sig, unsigned)
    if changes:
        first = changes[0]
        code = {
            "added": Reason.XLSX_PART_ADDED,
            "removed": Reason.XLSX_PART_REMOVED,
            "changed": Reason.XLSX_PART_CHANGED,
        }[first.kind]
        shown = {part: name for name, _state, part in book}  # a sheet's part: its tab too
        part = f"{first.part} (sheet '{shown[first.part]}')" if first.part in shown else first.part
        raise Refusal(code, part=part)
    problems = opc_problems(package, sig)
    if problems:
        log.info("OPC manifest disagrees with the package: %s", problems)
        raise Refusal(Reason.SIGNATURE_MISMATCH)


def _unsigned(package: Package, names: list[str]) -> Refusal:
    """Why a workbook without the signature part is not a signed return."""
    if SIGNATURE_SHEET in names:
        return Refusal(Reason.XLSX_OLD_FORMAT)
    if PAYLOAD_SHEET in names:
        if application(package.parts) != APPLICATION:
            return Refusal(Reason.XLSX_RESAVED)
        return Refusal(Reason.XLSX_PART_REMOVED, part=SIGNATURE_PART)
    if any(name.startswith(SIGNATURE_FOLDER) for name in package.parts):
        return Refusal(Reason.XLSX_PART_REMOVED, part=SIGNATURE_PART)
    return Refusal(Reason.XLSX_UNSIGNED)


def _check_signature(sig: PackageSignature, trust: Trust, result: Verification) -> None:
    """The signature value over SignedInfo, the signed objects, then the signer's chain."""
    from asn1crypto import x509 as ax509
    from pyhanko_certvalidator import CertificateValidator

    try:
        chain = [ax509.Certificate.load(der) for der in sig.certificates]
        for cert in chain:
            cert.native  # noqa: B018 - forces a full parse of a mangled certificate
        signer = x509.load_der_x509_certificate(sig.certificates[0])
        key = signer.public_key()
    except ValueError as exc:
        raise Refusal(Reason.SIGNATURE_DAMAGED) from exc
    if not isinstance(key, rsa.RSAPublicKey):
        raise Refusal(Reason.SIGNATURE_DAMAGED)
    try:
        key.verify(sig.value, sig.signed_info, PKCS1v15(), hashes.SHA256())
    except InvalidSignature as exc:
        _record(result, chain[0], sig, None)
        raise Refusal(Reason.SIGNATURE_MISMATCH) from exc
    altered = altered_objects(sig)
    if altered:
        log.info("signed objects altered: %s", altered)
        _record(result, chain[0], sig, None)
        raise Refusal(Reason.SIGNATURE_MISMATCH)
    result.checks.append("signature intact")
    anchors = _store(trust).anchors_for(chain)
    validator = CertificateValidator(
        chain[0], intermediate_certs=chain[1:], validation_context=_context(anchors)
    )
    try:
        path = asyncio.run(
            validator.async_validate_usage({"non_repudiation"})  # type: ignore[no-untyped-call]
        )
    except Exception as exc:  # path building / validation errors of every kind
        log.info("signer not trusted: %r", exc)
        _record(result, chain[0], sig, None)
        raise Refusal(Reason.SIGNER_UNTRUSTED, subject=signer.subject.rfc4514_string()) from exc
    _record(result, chain[0], sig, path)
    result.checks.append("signer trusted")


def _record(result: Verification, cert: Any, sig: PackageSignature, path: Any) -> None:
    """Who signed and when, as the signature says, and the root its chain ends at."""
    status = SimpleNamespace(
        signing_cert=cert, signer_reported_dt=sig.signed_at, validation_path=path
    )
    _record_signer(result, status)
