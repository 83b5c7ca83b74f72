"""Signing returns: PAdES for the PDF (payload embedded in the signed revision), the package
signature for the XLSX (``app.exports.xlsx_package``: an OPC digital signature over every part
of the workbook and the payload); a detached CMS for other signed data (the plan template).
pyHanko is imported lazily."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.exports.xlsx_package import PackageSigner
from app.paths import resource

FIELD_NAME = "PlanDeskSignature"
SEAL_FIELD = "PlanDeskSeal"  # the institution's seal, signing after the head
PAYLOAD_NAME = "return.json"


@dataclass
class StampText:
    signer: str
    title: str
    institution: str
    labels: tuple[str, str, str] = ("Signed by", "Title", "Date")


@dataclass
class Seal:
    """The institution's seal signing after the head: its key, where its stamp shows (the
    place for the stamp in the signature block) and what the stamp says."""

    ident: SigningKey
    box: tuple[float, float, float, float]
    stamp: StampText


def sign_pdf(
    pdf_bytes: bytes,
    payload: bytes,
    ident: SigningKey,
    *,
    page: int,
    box: tuple[float, float, float, float],
    stamp: StampText,
    reason: str = "",
    location: str = "",
    seal: Seal | None = None,
) -> bytes:
    """Embed *payload* and sign, in ONE incremental update: the signature covers both. With
    *seal*, the institution's seal signs the result in a second update (the head's signature
    then covers its revision, the seal's the whole file)."""
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
    data = embed.EmbeddedFileObject.from_file_data(
        writer,
        data=payload,
        mime_type="application/json",
        params=embed.EmbeddedFileParams(
            embed_size=True, embed_checksum=True, modification_date=datetime.now().astimezone()
        ),
    )
    spec = embed.FileSpec(
        file_spec_string=PAYLOAD_NAME,
        file_name=PAYLOAD_NAME,
        embedded_data=data,
        description="PlanDesk return (machine-readable)",
        af_relationship=generic.NameObject("/Data"),
    )
    embed.embed_file(writer, spec)
    signed = _sign_field(writer, ident, FIELD_NAME, page, box, stamp, reason, location)
    if seal is None:
        return signed
    writer = IncrementalPdfFileWriter(io.BytesIO(signed), strict=False)
    return _sign_field(writer, seal.ident, SEAL_FIELD, page, seal.box, seal.stamp, reason, location)


def _sign_field(
    writer: Any,
    ident: SigningKey,
    field_name: str,
    page: int,
    box: tuple[float, float, float, float],
    stamp: StampText,
    reason: str,
    location: str,
) -> bytes:
    """Sign *writer*'s document in a new visible signature field."""
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    _validation_data(writer, ident)
    signer = _pdf_signer(ident)
    x1, y1, x2, y2 = (round(v) for v in box)
    int_box = (x1, y1, x2, y2)
    stamp_text, size = stamp_template(stamp, abs(x2 - x1), abs(y2 - y1))
    font = _stamp_font_factory(GlyphAccumulatorFactory, size)
    style = TextStampStyle(
        stamp_text=stamp_text,
        text_box_style=TextBoxStyle(
            font=font,
            font_size=size,
            leading=_leading(size),
            box_layout_rule=layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MIN,
                y_align=layout.AxisAlignment.ALIGN_MAX,
                margins=layout.Margins(_STAMP_PAD, _STAMP_PAD, _STAMP_PAD, _STAMP_PAD),
            ),
        ),
        timestamp_format="%d.%m.%Y %H:%M %Z",
        border_width=1,
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
        name=stamp.signer or None,
    )
    pdf_signer = signers.PdfSigner(
        meta,
        signer=signer,
        stamp_style=style,
        new_field_spec=fields.SigFieldSpec(field_name, on_page=page, box=int_box),
    )
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


def _validation_data(writer: Any, ident: SigningKey) -> None:
    """The signer's chain and the revocation lists we hold (our own root's) in the document's
    security store, written in the revision the signature covers: the validation data a
    reader needs years later, offline (PAdES B-LT-shaped; no time-stamp authority here)."""
    from asn1crypto import crl as acrl
    from asn1crypto import x509 as ax509
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    der = serialization.Encoding.DER
    crls = [acrl.CertificateList.load(c.public_bytes(der)) for c in getattr(ident, "crls", [])]
    certs = [ax509.Certificate.load(c.public_bytes(der)) for c in [ident.cert, *ident.chain]]
    DocumentSecurityStore.supply_dss_in_writer(writer, None, certs=certs, crls=crls or None)


# the stamp's text box: its margin, and the font sizes tried (pyHanko writes them, and the
# leading, as integers); the leading leaves room for Vietnamese stacked diacritics
_STAMP_PAD = 6
_STAMP_SIZES = (8, 7, 6)


def _leading(size: int) -> int:
    return size + 2


def stamp_template(stamp: StampText, width: float, height: float) -> tuple[str, int]:
    """pyHanko's stamp text (lines wrapped to the box, ``%(ts)s`` for the signing time) and
    the largest font size at which it fits. The names are the full ones, however long:
    pyHanko does not wrap, it would shrink the whole stamp to its longest line. An empty
    title is left out, and so is the institution when it is the signer."""
    from app.exports.fonts import REGULAR
    from app.exports.textflow import measure

    m = measure(REGULAR)  # the stamp font is a subset of Noto Sans Regular: same advances
    paras = [f"{stamp.labels[0]}: {stamp.signer}"]
    if stamp.title.strip():
        paras.append(f"{stamp.labels[1]}: {stamp.title}")
    if stamp.institution.strip() and stamp.institution.strip() != stamp.signer.strip():
        paras.append(stamp.institution)
    room_w = width - 2 * _STAMP_PAD - 4.0  # a little slack for shaping and kerning
    room_h = height - 2 * _STAMP_PAD - 2.0  # the border
    lines: list[str] = []
    for size in _STAMP_SIZES:
        lines = [line.replace("%", "%%") for p in paras for line in m.wrap(p, size, room_w)]
        lines.append(stamp.labels[2].replace("%", "%%") + ": %(ts)s")
        if len(lines) * _leading(size) <= room_h:
            break  # else at the smallest size pyHanko shrinks the whole text to fit
    return "\n".join(lines), size


_STAMP_FONT: bytes | None = None


def _stamp_font_factory(base: type, size: int = 8) -> Any:
    """pyHanko's font factory reading the stamp font from memory (its own leaves the file
    open); the font is read from disk once per process."""
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

    global _STAMP_FONT
    if _STAMP_FONT is None:
        _STAMP_FONT = resource("fonts", "NotoSans-Stamp.ttf").read_bytes()
    font_bytes = _STAMP_FONT

    class MemoryFontFactory(base):  # type: ignore[misc]
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(
                writer=writer,
                font_handle=io.BytesIO(font_bytes),
                font_size=self.font_size,
                ot_script_tag=self.ot_script_tag,
                ot_language_tag=self.ot_language_tag,
                writing_direction=self.writing_direction,
                bcp47_lang_code=self.bcp47_lang_code,
                obj_stream=obj_stream,
            )

    return MemoryFontFactory(font_file="", font_size=size)


class SigningKey(Protocol):
    """A key that signs returns: a key file unlocked here (``identity.LoadedIdentity``) or a
    key on a token (``tokens.TokenIdentity``): its certificate, chain and raw signature."""

    cert: x509.Certificate
    chain: list[x509.Certificate]

    def raw_sign(self, data: bytes, digest: str = "sha256") -> bytes: ...


def _pdf_signer(ident: SigningKey):  # type: ignore[no-untyped-def]
    """pyHanko's signer over *ident*'s raw signature (the key stays where it is: in memory,
    already unlocked, or on the token)."""
    from asn1crypto import algos
    from asn1crypto import x509 as ax509
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = serialization.Encoding.DER
    size = (ident.cert.public_key().key_size + 7) // 8  # type: ignore[union-attr]

    class RawSigner(signers.Signer):
        async def async_sign_raw(
            self, data: bytes, digest_algorithm: str, dry_run: bool = False
        ) -> bytes:
            if dry_run:
                return bytes(size)
            return ident.raw_sign(data, digest_algorithm)

    cert = ax509.Certificate.load(ident.cert.public_bytes(der))
    chain = [ax509.Certificate.load(c.public_bytes(der)) for c in ident.chain]
    store = SimpleCertificateStore.from_certs(chain)  # type: ignore[no-untyped-call]
    return RawSigner(
        signing_cert=cert,
        cert_registry=store,
        signature_mechanism=algos.SignedDigestAlgorithm({"algorithm": "sha256_rsa"}),
    )


def sign_detached(payload: bytes, ident: SigningKey) -> bytes:
    """A detached CMS (PKCS#7) signature over *payload*, DER, with the chain included."""
    import asyncio

    signer = _pdf_signer(ident)
    signed = asyncio.run(signer.async_sign_general_data(payload, "sha256", detached=True))
    return bytes(signed.dump())


def xlsx_signer(ident: SigningKey) -> PackageSigner:
    """How every XLSX return (an institution's or a consolidated one) is signed: RSA
    PKCS#1 v1.5 with SHA-256 by the institution's key over the package signature's
    SignedInfo, the signing certificate and its chain in KeyInfo. Pass it to
    ``app.exports.xlsx_return.render_xlsx(..., signer=...)``."""

    def sign(data: bytes) -> bytes:
        return ident.raw_sign(data, "sha256")

    der = serialization.Encoding.DER
    certificates = (ident.cert.public_bytes(der), *(c.public_bytes(der) for c in ident.chain))
    return PackageSigner(sign=sign, certificates=certificates)
