"""Verifying an Excel return: the package signature over every part of the file
(``app.exports.xlsx_package``), its signer's chain to a trusted root, then the payload in the
hidden sheet and everything a reader of the workbook sees against it.

The checks, in order, each failure one reason code:

1. the file is a zip package PlanDesk can read (XLSX_DAMAGED);
2. it carries the signature part; when it does not: an earlier version's signature sheet
   (XLSX_OLD_FORMAT), a payload re-saved by a spreadsheet program (XLSX_RESAVED), a PlanDesk
   file whose signature was taken out (XLSX_PART_REMOVED), anything else (XLSX_UNSIGNED);
3. the signature is well-formed (SIGNATURE_DAMAGED), its value verifies with the signer's
   certificate over SignedInfo and each signed object matches its digest
   (SIGNATURE_MISMATCH); the signer's chain ends at a trusted root (SIGNER_UNTRUSTED);
4. nothing in the file computes, links or runs: formulas, recalculation on load, hyperlinks,
   DDE and external links, VBA, ActiveX, OLE objects, … (XLSX_PART_ADDED / XLSX_PART_CHANGED
   naming the part and what it holds);
5. the payload in the hidden sheet is the signed one (XLSX_PAYLOAD_CHANGED), then the checks
   shared with the PDF (``_finish``) and the visible cells against it (XLSX_CELL_CHANGED);
6. the parts of the file are exactly the signed ones, byte for byte: nothing added, removed or
   changed (XLSX_PART_ADDED / XLSX_PART_REMOVED / XLSX_PART_CHANGED), and the standard OPC
   manifest agrees with them (SIGNATURE_MISMATCH).
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
    SIGNATURE_FOLDER,
    SIGNATURE_PART,
    Package,
    PackageError,
    PackageSignature,
    SignatureFormatError,
    active_content,
    altered_objects,
    application,
    opc_problems,
    parse_signature,
    part_changes,
    read_package,
    sheets,
)
from app.services.reasons import Reason, Refusal
from app.services.verify import Trust, Verification, _context, _finish, _record_signer, _store

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
    signature_xml = package.parts.get(SIGNATURE_PART)
    if signature_xml is None:
        raise _unsigned(package, [name for name, _state, _part in book])
    try:
        sig = parse_signature(signature_xml)
    except SignatureFormatError as exc:
        log.info("package signature not readable: %s", exc)
        raise Refusal(Reason.SIGNATURE_DAMAGED) from exc
    _check_signature(sig, trust, result)
    if package.repeated:  # two entries of one name: readers disagree which one counts
        raise Refusal(Reason.XLSX_PART_ADDED, part=f"{package.repeated[0]} (a second copy)")
    try:
        found = active_content(package)
    except PackageError as exc:
        raise Refusal(Reason.XLSX_DAMAGED) from exc
    if found:
        part, what = found[0]
        code = Reason.XLSX_PART_CHANGED if part in sig.parts else Reason.XLSX_PART_ADDED
        raise Refusal(code, part=f"{part} ({what})")
    result.checks.append("nothing that computes, links or runs")
    try:
        content = read_xlsx_return(path)
    except Exception as exc:  # openpyxl raises many kinds for broken files
        log.info("Excel file not readable: %r", exc)
        raise Refusal(Reason.XLSX_DAMAGED) from exc
    payload = content.payload_bytes
    if sig.payload_sheet != PAYLOAD_SHEET or payload is None:
        raise Refusal(Reason.XLSX_PAYLOAD_CHANGED)
    if hashlib.sha256(payload).hexdigest() != sig.payload_sha256:
        raise Refusal(Reason.XLSX_PAYLOAD_CHANGED)
    result.checks.append("hidden payload is the signed one")
    _finish(result, payload, path.name, trust)
    assert result.payload is not None
    diffs = compare_visible(content.visible, result.payload)
    if diffs:
        raise Refusal(Reason.XLSX_CELL_CHANGED, detail=diffs[0])
    result.checks.append("visible cells consistent")
    changes = part_changes(package, sig)
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
    result.checks.append("every part of the file as signed, nothing added or removed")


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
