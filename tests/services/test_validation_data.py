"""Validation data in the signed PDF (issue 15): the signer's chain and the revocation list of
the institution's own root sit in the document security store, inside the revision the
signature covers, so that a reader years later, offline, sees who signed and that the
certificate was not revoked then. A certificate its root revoked is refused."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.db.migrate import open_database
from app.services.identity import create_identity, issue_crl, open_root_key, unlock
from app.services.institutions import InstitutionProfile, set_self
from app.services.plans import require_current_plan
from app.services.returns import prepare_payload, render
from app.services.trust import TrustPolicy
from app.services.verify import verify_pdf

PW = "Пароль директора школы"
NAME = (
    "Государственное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
    "школа № 1234 имени Героя Советского Союза Н. Ф. Ватутина» города Москвы"
)


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    from app.services.demo import build_demo

    work = tmp_path_factory.mktemp("dss")
    db = open_database(work / "school.sqlite")
    with db.unit() as s:
        build_demo(s)
        profile = InstitutionProfile(
            code="ГБОУ-1234", name=NAME, kind="school", language="ru",
            head_name="Иванова Мария Петровна",
        )  # fmt: skip
        set_self(s, profile)
        create_identity(s, PW)
    with db.unit() as s:
        from app.services.identity import active

        row = active(s)
        ident = unlock(row, PW)
        root_key = open_root_key(row.root_key_pem, PW)
        payload = prepare_payload(s, require_current_plan(s), "2021-T1", "ru")
    db.dispose()
    data, _pages = render(payload, "pdf", ident)
    pdf = work / "ГБОУ-1234_2021-T1_v1.pdf"
    pdf.write_bytes(data)
    root = ident.chain[-1]
    (work / "root.pem").write_bytes(root.public_bytes(serialization.Encoding.PEM))
    return {"pdf": pdf, "ident": ident, "root": root, "root_key": root_key, "payload": payload}


def test_the_chain_and_the_roots_revocation_list_are_in_the_signed_revision(
    signed: dict[str, object],
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    pdf = Path(str(signed["pdf"]))
    reader = PdfFileReader(io.BytesIO(pdf.read_bytes()))
    dss = DocumentSecurityStore.read_dss(reader)
    certs = {c.subject.human_friendly for c in dss.load_certs()}
    ident = signed["ident"]
    assert any("Иванова" in c for c in certs) and any("Root CA" in c for c in certs)
    [crl_ref] = list(dss.crls)
    crl = x509.load_der_x509_crl(crl_ref.get_object().data)
    assert crl.issuer == ident.cert.issuer  # type: ignore[attr-defined]
    assert crl.is_signature_valid(signed["root"].public_key())  # type: ignore[attr-defined]
    assert crl.next_update_utc >= ident.cert.not_valid_after_utc  # type: ignore[attr-defined]
    # one revision: the security store was written before the signature, which covers it
    [sig] = reader.embedded_signatures
    assert sig.signed_revision == reader.xrefs.total_revisions - 1


def test_our_verifier_checks_revocation_from_the_file_and_pdfsig_still_agrees(
    signed: dict[str, object], tmp_path: Path
) -> None:
    from tests.helpers import pdfsig

    pdf = Path(str(signed["pdf"]))
    result = verify_pdf(pdf.read_bytes(), TrustPolicy.of_certificates([signed["root"]]), pdf.name)  # type: ignore[list-item]
    assert result.ok, result.reason
    assert "not revoked at signing (the issuer's revocation list in the file)" in result.checks
    report = pdfsig(pdf, pdf.parent / "root.pem", tmp_path)
    assert "Signature is Valid" in report and "Certificate is Trusted" in report
    assert "Total document signed" in report


def test_a_certificate_its_root_revoked_is_refused(signed: dict[str, object]) -> None:
    ident = signed["ident"]
    revoked = issue_crl(
        signed["root_key"],  # type: ignore[arg-type]
        signed["root"],  # type: ignore[arg-type]
        until=ident.cert.not_valid_after_utc,  # type: ignore[attr-defined]
        revoked=[ident.cert],  # type: ignore[attr-defined]
    )
    ident.crls = [revoked]  # type: ignore[attr-defined]
    try:
        data, _ = render(signed["payload"], "pdf", ident)  # type: ignore[arg-type]
    finally:
        ident.crls = []  # type: ignore[attr-defined]
    result = verify_pdf(data, TrustPolicy.of_certificates([signed["root"]]), "x.pdf")  # type: ignore[list-item]
    assert not result.ok and result.refusal is not None
    assert result.refusal.code == "signer_revoked"


def test_a_pdf_whose_security_store_is_garbage_is_judged_on_its_signature_alone(
    signed: dict[str, object],
) -> None:
    """A revocation list that is not one (a hostile signer's file) does not crash the check:
    the list is ignored; the return's signature still has to hold."""
    from app.services.identity import LoadedIdentity

    ident = signed["ident"]
    assert isinstance(ident, LoadedIdentity)

    class Junk:
        def public_bytes(self, _encoding: object) -> bytes:
            return b"0\x03\x02\x01\x00"  # a DER SEQUENCE that is no CertificateList

    ident.crls = [Junk()]  # type: ignore[list-item]
    try:
        try:
            data, _ = render(signed["payload"], "pdf", ident)  # type: ignore[arg-type]
        except Exception:
            pytest.skip("pyHanko refuses to embed a malformed revocation list")
    finally:
        ident.crls = []
    result = verify_pdf(data, TrustPolicy.of_certificates([signed["root"]]), "x.pdf")  # type: ignore[list-item]
    assert result.ok, result.reason


def test_pdfsig_reads_the_file_without_network(signed: dict[str, object], tmp_path: Path) -> None:
    if not shutil.which("pdfsig"):
        pytest.skip("poppler-utils not installed")
    done = subprocess.run(
        ["pdfsig", "-nocert", str(signed["pdf"])], capture_output=True, text=True, timeout=60
    )
    assert "Signature #1" in done.stdout
