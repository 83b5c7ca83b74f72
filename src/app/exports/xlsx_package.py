"""The signature of an XLSX return over its whole package: an ECMA-376 Part 2 (Open
Packaging Conventions) digital signature, as Excel and LibreOffice write and check them,
extended so that it covers every byte of the file but the signature itself. A return may
carry two: the head's, then the institution's seal over the file and the head's signature.

Where it is (as OPC wants it): the package relationship of type ``…/digital-signature/origin``
points at the empty part ``_xmlsignatures/origin.sigs``, whose relationships of type
``…/digital-signature/signature`` point at ``_xmlsignatures/sig1.xml`` (the head's) and, in a
sealed return, ``_xmlsignatures/sig2.xml`` (the seal's), each an XML-DSig
``<Signature Id="idPackageSignature">``:

- ``SignedInfo``: Canonical XML 1.0, RSA-SHA256, one SHA-256 ``Reference`` to each of three
  ``Object`` elements of the signature, ``#idPackageObject``, ``#idOfficeObject`` and
  ``#idPlanDeskObject`` (canonicalised with Canonical XML 1.0, their in-scope namespaces
  included);
- ``SignatureValue``: the signer's RSA key over the canonical ``SignedInfo``;
- ``KeyInfo/X509Data``: the signer's certificate, then its chain (base64 DER);
- ``idPackageObject``: the OPC ``Manifest`` — one ``Reference`` per part
  (``/name?ContentType=type``; a relationships part through the RelationshipTransform of all
  its relationships, then Canonical XML), every part but the signature parts and, as Office
  and LibreOffice do, the document properties (``docProps/*``) — and the signing time
  (``mdssi:SignatureTime``);
- ``idOfficeObject``: Office's ``SignatureInfoV1`` (what Excel shows about the signature);
- ``idPlanDeskObject``: ``pd:Package`` — the SHA-256 of the exact, uncompressed bytes of
  EVERY zip entry but the signature's own part and those signing after it
  (``[Content_Types].xml``, which OPC cannot reference, relationship parts byte for byte,
  ``docProps``, the origin parts, …; the seal's lists ``sig1.xml``, the head's signature)
  and the SHA-256 of the canonical payload held by the very-hidden sheet ``_payload``.

Both signature parts are declared (origin relationships, content types) before the head
signs, so that the seal added after it changes nothing the head signed; the head's signature
thereby says that a seal follows. Excel and LibreOffice check the standard part of each;
PlanDesk also requires that the list of parts in the file is exactly the signed one. No
openpyxl here: this module works on zip entries.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterable
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lxml import etree

# namespaces
DS = "http://www.w3.org/2000/09/xmldsig#"
MDSSI = "http://schemas.openxmlformats.org/package/2006/digital-signature"
DIGSIG = "http://schemas.microsoft.com/office/2006/digsig"
PD = "urn:x-plandesk:xlsx-package-signature"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"

# algorithms
C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
RELATIONSHIP_TRANSFORM = "http://schemas.openxmlformats.org/package/2006/RelationshipTransform"
OBJECT_TYPE = "http://www.w3.org/2000/09/xmldsig#Object"

# the package
CONTENT_TYPES = "[Content_Types].xml"
ROOT_RELS = "_rels/.rels"
APP_PROPERTIES = "docProps/app.xml"
SIGNATURE_FOLDER = "_xmlsignatures/"
ORIGIN_PART = "_xmlsignatures/origin.sigs"
ORIGIN_RELS = "_xmlsignatures/_rels/origin.sigs.rels"
SIGNATURE_PART = "_xmlsignatures/sig1.xml"  # the head's
SEAL_PART = "_xmlsignatures/sig2.xml"  # the institution's seal, signing after the head
SIGNATURE_PARTS = (SIGNATURE_PART, SEAL_PART)
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships/"
ORIGIN_TYPE = _PACKAGE_RELS + "digital-signature/origin"
SIGNATURE_TYPE = _PACKAGE_RELS + "digital-signature/signature"
CORE_TYPE = _PACKAGE_RELS + "metadata/core-properties"
EXTENDED_TYPE = DOC_REL + "/extended-properties"
OFFICE_DOCUMENT_TYPE = DOC_REL + "/officeDocument"
ORIGIN_CT = "application/vnd.openxmlformats-package.digital-signature-origin"
SIGNATURE_CT = "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"
RELS_CT = "application/vnd.openxmlformats-package.relationships+xml"
# what the OPC manifest leaves out (as Office and LibreOffice do); PlanDesk's covers them
NOT_IN_OPC_MANIFEST = frozenset({CONTENT_TYPES, APP_PROPERTIES, "docProps/core.xml"})
RELS_NOT_SIGNED_BY_OPC = frozenset({ORIGIN_TYPE, CORE_TYPE, EXTENDED_TYPE})
APPLICATION = "PlanDesk"
PACKAGE_OBJECT, OFFICE_OBJECT, PLANDESK_OBJECT = (
    "idPackageObject",
    "idOfficeObject",
    "idPlanDeskObject",
)
OBJECTS = (PACKAGE_OBJECT, OFFICE_OBJECT, PLANDESK_OBJECT)
FORMAT_VERSION = "1"

MAX_MEMBERS = 2_000
MAX_UNPACKED = 300 * 1024 * 1024


class PackageError(ValueError):
    """Not a zip package PlanDesk can read."""


class SignatureFormatError(ValueError):
    """A signature part is not a package signature as PlanDesk writes them."""


# ------------------------------------------------------------------ reading packages
@dataclass
class Package:
    """The zip entries of a workbook: name -> uncompressed bytes, in file order."""

    parts: dict[str, bytes]
    repeated: list[str] = field(default_factory=list)  # names present more than once

    def types(self) -> dict[str, str]:
        """Content type of each part, from ``[Content_Types].xml`` ('' when it has none)."""
        return content_types(self.parts)


def read_package(source: Path | bytes) -> Package:
    """Every entry of the zip, within the limits a return stays far below."""
    try:
        handle = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        raise PackageError(f"not a zip package ({exc})") from exc
    with handle as archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > MAX_UNPACKED:
            raise PackageError("the package unpacks to more than a return can hold")
        parts: dict[str, bytes] = {}
        seen: set[str] = set()
        repeated: list[str] = []
        unpacked = 0
        for info in infos:
            key = info.filename.lower()  # OPC part names compare without case
            if key in seen:
                repeated.append(info.filename)
                continue
            seen.add(key)
            try:
                with archive.open(info) as member:
                    data = member.read(MAX_UNPACKED - unpacked + 1)
            except (OSError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError) as exc:
                raise PackageError(f"{info.filename} cannot be unpacked ({exc})") from exc
            unpacked += len(data)
            if unpacked > MAX_UNPACKED:
                raise PackageError("the package unpacks to more than a return can hold")
            parts[info.filename] = data
    return Package(parts, repeated)


_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=False
)


def parse_xml(data: bytes, what: str = "part") -> Any:
    """An XML part from outside: no DTD, no entities, no network."""
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise PackageError(f"{what} is not well-formed XML") from exc
    if root.getroottree().docinfo.doctype:
        raise PackageError(f"{what} declares a DTD")
    return root


def content_types(parts: dict[str, bytes]) -> dict[str, str]:
    """Each part's content type (Override by part name, else Default by extension)."""
    if CONTENT_TYPES not in parts:
        raise PackageError("the package has no [Content_Types].xml")
    root = parse_xml(parts[CONTENT_TYPES], CONTENT_TYPES)
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for node in root:
        if node.tag == f"{{{CT}}}Default":
            defaults[str(node.get("Extension", "")).lower()] = str(node.get("ContentType", ""))
        elif node.tag == f"{{{CT}}}Override":
            overrides[str(node.get("PartName", "")).lower()] = str(node.get("ContentType", ""))
    out = {}
    for name in parts:
        if name == CONTENT_TYPES:
            continue
        base = posixpath.basename(name)
        ext = base.rsplit(".", 1)[1].lower() if "." in base else ""
        out[name] = overrides.get("/" + name.lower(), defaults.get(ext, ""))
    return out


def relationships(data: bytes, what: str = "relationships") -> list[dict[str, str]]:
    """The Relationship elements of a relationships part, as attribute dicts."""
    root = parse_xml(data, what)
    return [
        {str(k): str(v) for k, v in node.attrib.items()}
        for node in root
        if node.tag == f"{{{REL}}}Relationship"
    ]


def rels_part_of(name: str) -> str:
    """``xl/workbook.xml`` -> ``xl/_rels/workbook.xml.rels``."""
    folder, base = posixpath.split(name)
    return posixpath.join(folder, "_rels", base + ".rels")


def resolve_target(source: str, target: str) -> str:
    """A relationship target as a part name (targets are relative to the source's folder)."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def workbook_part(parts: dict[str, bytes]) -> str:
    for rel in relationships(parts.get(ROOT_RELS, b"<r/>"), ROOT_RELS):
        if rel.get("Type") == OFFICE_DOCUMENT_TYPE and rel.get("TargetMode") != "External":
            return resolve_target("", rel.get("Target", ""))
    return "xl/workbook.xml"


def sheets(parts: dict[str, bytes]) -> list[tuple[str, str, str]]:
    """(sheet name, state, part name) of each sheet of the workbook, in order."""
    book = workbook_part(parts)
    if book not in parts:
        raise PackageError("the package holds no workbook")
    targets = {
        rel.get("Id", ""): resolve_target(book, rel.get("Target", ""))
        for rel in relationships(parts.get(rels_part_of(book), b"<r/>"), "workbook relationships")
    }
    out = []
    for node in parse_xml(parts[book], book).iter(f"{{{MAIN}}}sheet"):
        rid = str(node.get(f"{{{DOC_REL}}}id", ""))
        out.append(
            (str(node.get("name", "")), str(node.get("state", "visible")), targets.get(rid, ""))
        )
    return out


def application(parts: dict[str, bytes]) -> str:
    """The program that wrote the package, as docProps/app.xml says ('' when unsaid)."""
    data = parts.get(APP_PROPERTIES)
    if not data:
        return ""
    try:
        root = parse_xml(data, APP_PROPERTIES)
    except PackageError:
        return ""
    found = root.find(f"{{{EXTENDED}}}Application")
    return str(found.text or "").strip() if found is not None else ""


# ------------------------------------------------------------------ digests
def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def relationships_c14n(data: bytes, source_ids: Iterable[str]) -> bytes:
    """ECMA-376 Part 2, 13.2.4.24: the relationships whose Id is among *source_ids*, sorted
    by Id, without content, TargetMode defaulted to Internal; then Canonical XML 1.0."""
    wanted = set(source_ids)
    kept = [r for r in relationships(data) if r.get("Id") in wanted]
    kept.sort(key=lambda r: r["Id"])
    out = etree.Element(f"{{{REL}}}Relationships", nsmap={None: REL})
    for rel in kept:
        node = etree.SubElement(out, f"{{{REL}}}Relationship")
        for key, value in rel.items():
            if not key.startswith("{"):
                node.set(key, value)
        if "TargetMode" not in rel:
            node.set("TargetMode", "Internal")
    return bytes(etree.tostring(out, method="c14n"))


def c14n(node: Any) -> bytes:
    """Canonical XML 1.0 (without comments) of the subtree of *node*, as an XML-DSig
    same-document reference ``#id`` digests it: the namespaces in scope at *node* declared on
    it. (lxml's own c14n of a subtree writes a spurious ``xmlns=""`` on children in the
    default namespace, so the subtree is copied under an apex declaring its scope.)"""
    apex = etree.Element(node.tag, attrib=dict(node.attrib), nsmap=dict(node.nsmap))
    apex.text = node.text
    for child in node:
        apex.append(deepcopy(child))
    return bytes(etree.tostring(apex, method="c14n", exclusive=False, with_comments=False))


def signed_source_ids(data: bytes) -> list[str]:
    """The relationships the OPC manifest signs in a relationships part: all but the
    signature origin and the document properties (as Office and LibreOffice sign)."""
    return [
        r["Id"]
        for r in relationships(data)
        if "Id" in r and r.get("Type") not in RELS_NOT_SIGNED_BY_OPC
    ]


def opc_signed_parts(parts: Iterable[str]) -> list[str]:
    """The parts the OPC manifest references: all but the signature's and the properties."""
    return sorted(
        name
        for name in parts
        if name not in NOT_IN_OPC_MANIFEST
        and not name.startswith(SIGNATURE_FOLDER)
        and not name.endswith("/")
    )


# ------------------------------------------------------------------ signing
@dataclass(frozen=True)
class PackageSigner:
    """Who signs: *sign* returns the PKCS#1 v1.5 RSA-SHA256 signature of the bytes given;
    *certificates* are DER, the signer's first, then its chain."""

    sign: Callable[[bytes], bytes]
    certificates: tuple[bytes, ...]


def _element(parent: Any, tag: str, text: str | None = None, **attrs: str) -> Any:
    node = etree.SubElement(parent, tag)
    for key, value in attrs.items():
        node.set(key, value)
    if text is not None:
        node.text = text
    return node


def _ds(name: str) -> str:
    return f"{{{DS}}}{name}"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _app_xml(version: str) -> bytes:
    root = etree.Element(f"{{{EXTENDED}}}Properties", nsmap={None: EXTENDED})
    _element(root, f"{{{EXTENDED}}}Application", APPLICATION)
    _element(root, f"{{{EXTENDED}}}AppVersion", version)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _with_origin(rels: bytes) -> bytes:
    root = parse_xml(rels, ROOT_RELS)
    used = {str(node.get("Id")) for node in root}
    number = 1
    while f"rId{number}" in used:
        number += 1
    node = etree.SubElement(root, f"{{{REL}}}Relationship")
    node.set("Type", ORIGIN_TYPE)
    node.set("Target", ORIGIN_PART)
    node.set("Id", f"rId{number}")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _with_signature_types(types: bytes, signatures: tuple[str, ...]) -> bytes:
    root = parse_xml(types, CONTENT_TYPES)
    default = etree.Element(f"{{{CT}}}Default")
    default.set("Extension", "sigs")
    default.set("ContentType", ORIGIN_CT)
    root.insert(0, default)
    for part in signatures:
        override = etree.SubElement(root, f"{{{CT}}}Override")
        override.set("PartName", "/" + part)
        override.set("ContentType", SIGNATURE_CT)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _origin_rels(signatures: tuple[str, ...]) -> bytes:
    root = etree.Element(f"{{{REL}}}Relationships", nsmap={None: REL})
    for number, part in enumerate(signatures, start=1):
        node = etree.SubElement(root, f"{{{REL}}}Relationship")
        node.set("Id", f"rId{number}")
        node.set("Type", SIGNATURE_TYPE)
        node.set("Target", posixpath.basename(part))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def declared_signatures(parts: dict[str, bytes]) -> list[str] | None:
    """The signature parts ``origin.sigs``'s relationships declare, in their order (what
    Excel and LibreOffice read and check); None when the part is missing or unreadable."""
    data = parts.get(ORIGIN_RELS)
    if data is None:
        return None
    try:
        rels = relationships(data, ORIGIN_RELS)
    except PackageError:
        return None
    return [
        resolve_target(ORIGIN_PART, rel.get("Target", ""))
        for rel in rels
        if rel.get("Type") == SIGNATURE_TYPE and rel.get("TargetMode") != "External"
    ]


_SIGNATURE_NAME = re.compile(r"^_xmlsignatures/sig(\d+)\.xml$", re.IGNORECASE)


def signature_parts(parts: Iterable[str]) -> list[str]:
    """The zip entries named like signature parts (``_xmlsignatures/sigN.xml``, whatever
    the case), by number."""
    found = [(m, name) for name in parts if (m := _SIGNATURE_NAME.match(name)) is not None]
    return [name for m, name in sorted(found, key=lambda item: (int(item[0][1]), item[1]))]


def signature_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def sign_package(
    xlsx: bytes,
    payload: bytes,
    signer: PackageSigner,
    *,
    signed_at: datetime,
    payload_sheet: str,
    app_version: str = "",
    comment: str = "",
    seal: PackageSigner | None = None,
    sealed_at: datetime | None = None,
    seal_comment: str = "",
) -> bytes:
    """*xlsx* (a workbook as openpyxl writes it, *payload* in the sheet *payload_sheet*) with
    the head's package signature added (``sig1.xml``) and, with *seal*, the institution's seal
    over the result (``sig2.xml``). Every other part keeps its bytes but ``docProps/app.xml``
    (which names PlanDesk), ``_rels/.rels`` and ``[Content_Types].xml`` (which declare the
    signatures: both before the head signs, when sealed)."""
    parts = prepare_package(xlsx, sealed=seal is not None, app_version=app_version)
    parts[SIGNATURE_PART] = signature_xml(
        parts, payload, signer, signed_at=signed_at, payload_sheet=payload_sheet, comment=comment
    )
    if seal is not None:
        parts[SEAL_PART] = signature_xml(
            parts,
            payload,
            seal,
            signed_at=sealed_at or signed_at,
            payload_sheet=payload_sheet,
            comment=seal_comment or comment,
        )
    return write_package(parts)


def prepare_package(
    xlsx: bytes, *, sealed: bool = False, app_version: str = ""
) -> dict[str, bytes]:
    """The parts of *xlsx* ready to be signed: PlanDesk named in ``docProps/app.xml``, the
    origin part and the signature parts declared (``sig1.xml``; ``sig2.xml`` too when
    *sealed*) in the relationships and content types."""
    parts = dict(read_package(xlsx).parts)
    if any(name.startswith(SIGNATURE_FOLDER) for name in parts):
        raise ValueError("the workbook is signed already")
    signatures = SIGNATURE_PARTS if sealed else (SIGNATURE_PART,)
    parts[APP_PROPERTIES] = _app_xml(app_version)
    parts[ROOT_RELS] = _with_origin(parts[ROOT_RELS])
    parts[CONTENT_TYPES] = _with_signature_types(parts[CONTENT_TYPES], signatures)
    parts[ORIGIN_PART] = b""
    parts[ORIGIN_RELS] = _origin_rels(signatures)
    return parts


def write_package(parts: dict[str, bytes]) -> bytes:
    """The zip of *parts*, ``[Content_Types].xml`` first, the rest in their order."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in [CONTENT_TYPES, *(n for n in parts if n != CONTENT_TYPES)]:
            archive.writestr(name, parts[name])
    return out.getvalue()


def signature_xml(
    parts: dict[str, bytes],
    payload: bytes,
    signer: PackageSigner,
    *,
    signed_at: datetime,
    payload_sheet: str,
    comment: str = "",
) -> bytes:
    """A signature part over *parts* as they are: its OPC manifest over the parts OPC signs,
    its PlanDesk object over every one of them (so, for the seal, over the head's
    signature too). The part itself is added to the package by the caller."""
    types = content_types(parts)

    root = etree.Element(_ds("Signature"), nsmap={None: DS})
    root.set("Id", "idPackageSignature")
    signed_info = _element(root, _ds("SignedInfo"))
    _element(signed_info, _ds("CanonicalizationMethod"), Algorithm=C14N)
    _element(signed_info, _ds("SignatureMethod"), Algorithm=RSA_SHA256)
    value = _element(root, _ds("SignatureValue"))
    x509_data = _element(_element(root, _ds("KeyInfo")), _ds("X509Data"))
    for der in signer.certificates:
        _element(x509_data, _ds("X509Certificate"), _b64(der))

    package_object = _element(root, _ds("Object"), Id=PACKAGE_OBJECT)
    manifest = _element(package_object, _ds("Manifest"))
    for name in opc_signed_parts(parts):
        ref = _element(manifest, _ds("Reference"), URI=f"/{name}?ContentType={types[name]}")
        if types[name] == RELS_CT:
            transforms = _element(ref, _ds("Transforms"))
            rel_transform = _element(transforms, _ds("Transform"), Algorithm=RELATIONSHIP_TRANSFORM)
            ids = signed_source_ids(parts[name])
            for source_id in ids:
                node = etree.SubElement(
                    rel_transform, f"{{{MDSSI}}}RelationshipReference", nsmap={"mdssi": MDSSI}
                )
                node.set("SourceId", source_id)
            _element(transforms, _ds("Transform"), Algorithm=C14N)
            digest = sha256(relationships_c14n(parts[name], ids))
        else:
            digest = sha256(parts[name])
        _element(ref, _ds("DigestMethod"), Algorithm=SHA256)
        _element(ref, _ds("DigestValue"), _b64(digest))
    prop = _element(
        _element(package_object, _ds("SignatureProperties")),
        _ds("SignatureProperty"),
        Id="idSignatureTime",
        Target="#idPackageSignature",
    )
    time = etree.SubElement(prop, f"{{{MDSSI}}}SignatureTime", nsmap={"mdssi": MDSSI})
    _element(time, f"{{{MDSSI}}}Format", "YYYY-MM-DDThh:mm:ssTZD")
    _element(time, f"{{{MDSSI}}}Value", signature_time(signed_at))

    office = _element(root, _ds("Object"), Id=OFFICE_OBJECT)
    prop = _element(
        _element(office, _ds("SignatureProperties")),
        _ds("SignatureProperty"),
        Id="idOfficeV1Details",
        Target="#idPackageSignature",
    )
    info = etree.SubElement(prop, f"{{{DIGSIG}}}SignatureInfoV1", nsmap={None: DIGSIG})
    for tag, text in (
        ("SetupID", ""),
        ("SignatureText", ""),
        ("SignatureImage", ""),
        ("SignatureComments", comment),
        ("WindowsVersion", "6.1"),
        ("OfficeVersion", "16.0"),
        ("ApplicationVersion", "16.0"),
        ("Monitors", "1"),
        ("HorizontalResolution", "1280"),
        ("VerticalResolution", "800"),
        ("ColorDepth", "32"),
        ("SignatureProviderId", "{00000000-0000-0000-0000-000000000000}"),
        ("SignatureProviderUrl", ""),
        ("SignatureProviderDetails", "9"),
        ("ManifestHashAlgorithm", SHA256),
        ("SignatureType", "1"),
    ):
        _element(info, f"{{{DIGSIG}}}{tag}", text)

    own = _element(root, _ds("Object"), Id=PLANDESK_OBJECT)
    listing = etree.SubElement(own, f"{{{PD}}}Package", nsmap={"pd": PD})
    listing.set("Version", FORMAT_VERSION)
    _element(
        listing, f"{{{PD}}}Payload", Sheet=payload_sheet, SHA256=hashlib.sha256(payload).hexdigest()
    )
    for name, data in parts.items():
        _element(listing, f"{{{PD}}}Part", Name=name, SHA256=hashlib.sha256(data).hexdigest())

    for target in OBJECTS:
        obj = root.find(f"{_ds('Object')}[@Id='{target}']")
        ref = _element(signed_info, _ds("Reference"), Type=OBJECT_TYPE, URI=f"#{target}")
        _element(ref, _ds("DigestMethod"), Algorithm=SHA256)
        _element(ref, _ds("DigestValue"), _b64(sha256(c14n(obj))))
    value.text = _b64(signer.sign(c14n(signed_info)))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


# ------------------------------------------------------------------ reading the signature
@dataclass(frozen=True)
class OpcReference:
    part: str
    content_type: str
    source_ids: tuple[str, ...] | None  # None: the part's bytes are digested as they are
    digest: bytes


@dataclass
class PackageSignature:
    signed_info: bytes  # canonical SignedInfo: what SignatureValue signs
    value: bytes
    certificates: list[bytes]  # DER, as KeyInfo lists them
    references: dict[str, bytes]  # Object Id -> its digest in SignedInfo
    objects: dict[str, bytes]  # Object Id -> its canonical form
    manifest: list[OpcReference]
    parts: dict[str, str]  # PlanDesk's manifest: part name -> SHA-256 (hex)
    payload_sheet: str
    payload_sha256: str
    signed_at: datetime | None


def _one(parent: Any, tag: str, what: str) -> Any:
    found = [child for child in parent if child.tag == tag]
    if len(found) != 1:
        raise SignatureFormatError(f"{what}: expected one {tag.split('}')[-1]}")
    return found[0]


def _algorithm(node: Any, expected: str, what: str) -> None:
    if node.get("Algorithm") != expected:
        raise SignatureFormatError(f"{what}: algorithm {node.get('Algorithm')!r}")


def _digest_of(ref: Any, what: str) -> bytes:
    _algorithm(_one(ref, _ds("DigestMethod"), what), SHA256, what)
    try:
        digest = base64.b64decode(_one(ref, _ds("DigestValue"), what).text or "", validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureFormatError(f"{what}: digest not base64") from exc
    if len(digest) != 32:
        raise SignatureFormatError(f"{what}: not a SHA-256 digest")
    return digest


def _b64_text(node: Any, what: str) -> bytes:
    try:
        return base64.b64decode(re.sub(r"\s+", "", node.text or ""), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureFormatError(f"{what}: not base64") from exc


_URI = re.compile(r"^/(?P<part>[^?#]+)\?ContentType=(?P<type>[^?#]+)$")
_HEX = re.compile(r"^[0-9a-f]{64}$")


def _manifest(node: Any) -> list[OpcReference]:
    manifest = _one(node, _ds("Manifest"), "package object")
    out = []
    for ref in manifest:
        if ref.tag != _ds("Reference"):
            raise SignatureFormatError("manifest: unexpected element")
        match = _URI.match(str(ref.get("URI", "")))
        if match is None:
            raise SignatureFormatError(f"manifest: reference {ref.get('URI')!r}")
        source_ids: tuple[str, ...] | None = None
        transforms = [child for child in ref if child.tag == _ds("Transforms")]
        if transforms:
            steps = list(transforms[0])
            if len(transforms) != 1 or len(steps) != 2:
                raise SignatureFormatError("manifest: unexpected transforms")
            _algorithm(steps[0], RELATIONSHIP_TRANSFORM, "manifest transform")
            _algorithm(steps[1], C14N, "manifest transform")
            source_ids = tuple(
                str(child.get("SourceId", ""))
                for child in steps[0]
                if child.tag == f"{{{MDSSI}}}RelationshipReference"
            )
            if len(source_ids) != len(steps[0]):
                raise SignatureFormatError("manifest: unexpected relationship selector")
        out.append(
            OpcReference(match["part"], match["type"], source_ids, _digest_of(ref, "manifest"))
        )
    return out


def _signing_time(node: Any) -> datetime | None:
    value = node.find(f".//{{{MDSSI}}}SignatureTime/{{{MDSSI}}}Value")
    if value is None or not value.text:
        return None
    try:
        return datetime.strptime(value.text.strip(), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError as exc:
        raise SignatureFormatError("signing time not in the expected form") from exc


def _plandesk(node: Any) -> tuple[dict[str, str], str, str]:
    listing = _one(node, f"{{{PD}}}Package", "PlanDesk object")
    if listing.get("Version") != FORMAT_VERSION:
        raise SignatureFormatError(f"PlanDesk manifest version {listing.get('Version')!r}")
    payload = _one(listing, f"{{{PD}}}Payload", "PlanDesk object")
    parts: dict[str, str] = {}
    for child in listing:
        if child.tag == f"{{{PD}}}Part":
            name, digest = str(child.get("Name", "")), str(child.get("SHA256", ""))
            if not name or name in parts or not _HEX.match(digest):
                raise SignatureFormatError("PlanDesk manifest: a part twice or without digest")
            parts[name] = digest
        elif child.tag != f"{{{PD}}}Payload":
            raise SignatureFormatError("PlanDesk manifest: unexpected element")
    digest = str(payload.get("SHA256", ""))
    if not _HEX.match(digest) or not payload.get("Sheet"):
        raise SignatureFormatError("PlanDesk manifest: payload without digest")
    return parts, str(payload.get("Sheet")), digest


def parse_signature(xml: bytes, part: str = SIGNATURE_PART) -> PackageSignature:
    """The signature *part* as PlanDesk writes it, strictly: anything else is refused rather
    than interpreted (one Signature root, the three objects, each Id once)."""
    try:
        root = parse_xml(xml, part)
    except PackageError as exc:
        raise SignatureFormatError(str(exc)) from exc
    if root.tag != _ds("Signature") or dict(root.nsmap) != {None: DS}:
        raise SignatureFormatError("the root is not an XML signature as PlanDesk writes it")
    if root.getprevious() is not None or root.getnext() is not None:
        raise SignatureFormatError("something beside the signature element")
    if any(not isinstance(node.tag, str) for node in root.iter()):
        raise SignatureFormatError("comments or processing instructions in the signature")
    shape = [(etree.QName(node).localname, node.get("Id")) for node in root]
    expected = [("SignedInfo", None), ("SignatureValue", None), ("KeyInfo", None)]
    if shape != expected + [("Object", name) for name in OBJECTS]:
        raise SignatureFormatError("the signature's elements are not the expected ones")
    ids = [str(node.get("Id")) for node in root.iter() if node.get("Id") is not None]
    if len(ids) != len(set(ids)):
        raise SignatureFormatError("an Id is used twice")
    signed_info = _one(root, _ds("SignedInfo"), "signature")
    _algorithm(_one(signed_info, _ds("CanonicalizationMethod"), "SignedInfo"), C14N, "SignedInfo")
    _algorithm(_one(signed_info, _ds("SignatureMethod"), "SignedInfo"), RSA_SHA256, "SignedInfo")
    references: dict[str, bytes] = {}
    for ref in signed_info.iterchildren(_ds("Reference")):
        uri = str(ref.get("URI", ""))
        if (
            not uri.startswith("#")
            or uri[1:] in references
            or ref.find(_ds("Transforms")) is not None
        ):
            raise SignatureFormatError(f"SignedInfo: reference {uri!r}")
        references[uri[1:]] = _digest_of(ref, "SignedInfo")
    if set(references) != set(OBJECTS):
        raise SignatureFormatError("SignedInfo does not reference the three objects")
    objects = {
        str(node.get("Id")): node for node in root.iterchildren(_ds("Object")) if node.get("Id")
    }
    if not set(OBJECTS) <= set(objects):
        raise SignatureFormatError("an object of the signature is missing")
    value = _b64_text(_one(root, _ds("SignatureValue"), "signature"), "SignatureValue")
    x509_data = _one(_one(root, _ds("KeyInfo"), "signature"), _ds("X509Data"), "KeyInfo")
    certificates = [_b64_text(node, "certificate") for node in x509_data]
    if not certificates or any(node.tag != _ds("X509Certificate") for node in x509_data):
        raise SignatureFormatError("KeyInfo holds no certificate")
    parts, payload_sheet, payload_sha256 = _plandesk(objects[PLANDESK_OBJECT])
    return PackageSignature(
        signed_info=c14n(signed_info),
        value=value,
        certificates=certificates,
        references=references,
        objects={name: c14n(objects[name]) for name in OBJECTS},
        manifest=_manifest(objects[PACKAGE_OBJECT]),
        parts=parts,
        payload_sheet=payload_sheet,
        payload_sha256=payload_sha256,
        signed_at=_signing_time(objects[PACKAGE_OBJECT]),
    )


def altered_objects(sig: PackageSignature) -> list[str]:
    """Objects whose canonical form no longer matches the digest SignedInfo holds."""
    return [name for name in OBJECTS if sha256(sig.objects[name]) != sig.references[name]]


def opc_problems(package: Package, sig: PackageSignature) -> list[str]:
    """Where the OPC manifest disagrees with the package (what Excel and LibreOffice check,
    plus: it references exactly the parts it should)."""
    types = package.types()
    problems = []
    referenced = [ref.part for ref in sig.manifest]
    if sorted(referenced) != opc_signed_parts(package.parts):
        problems.append("the manifest does not reference every part")
    for ref in sig.manifest:
        data = package.parts.get(ref.part)
        if data is None:
            problems.append(f"{ref.part} is missing")
            continue
        if types.get(ref.part) != ref.content_type:
            problems.append(f"{ref.part} has another content type")
        if ref.source_ids is None:
            digest = sha256(data)
        else:
            digest = sha256(relationships_c14n(data, ref.source_ids))
        if digest != ref.digest:
            problems.append(f"{ref.part} differs")
    return problems


# ------------------------------------------------------------------ what changed
@dataclass(frozen=True)
class PartChange:
    kind: str  # "added" | "removed" | "changed"
    part: str


def _rank(name: str) -> int:
    """Content first; then the document properties; the parts that change along with any
    added part (relationships, content types) last."""
    if name == CONTENT_TYPES or name.endswith(".rels"):
        return 2
    return 1 if name.startswith("docProps/") else 0


def part_changes(
    package: Package, sig: PackageSignature, unsigned: Iterable[str] = (SIGNATURE_PART,)
) -> list[PartChange]:
    """Every difference between the package and the signed list of parts: parts added
    (a name twice counts as added), removed, changed (content first, see ``_rank``).
    *unsigned*: the signature's own part and those signing after it, which it cannot list;
    one it lists all the same counts as changed (a signature in another's place)."""
    left_out = set(unsigned)
    present = {name: data for name, data in package.parts.items() if name not in left_out}
    changes = [PartChange("added", f"{name} (a second copy)") for name in package.repeated]
    changes += [PartChange("added", name) for name in present if name not in sig.parts]
    changes += [
        PartChange("removed", name)
        for name in sig.parts
        if name not in present and name not in package.parts
    ]
    changed = [
        name
        for name, digest in sig.parts.items()
        if name in package.parts
        and (name in left_out or hashlib.sha256(present[name]).hexdigest() != digest)
    ]
    order = {name: i for i, name in enumerate(sig.parts)}
    changed.sort(key=lambda name: (_rank(name), order[name]))
    changes += [PartChange("changed", name) for name in changed]
    return changes


# ------------------------------------------------------------------ active content
_ACTIVE_PARTS: tuple[tuple[str, str], ...] = (
    (r"(^|/)vbaProject\.bin$|vbaProject|vbaData", "a VBA macro project"),
    (r"(^|/)externalLinks/", "an external link"),
    (r"(^|/)activeX/", "an ActiveX control"),
    (r"(^|/)embeddings/", "an embedded OLE object"),
    (r"(^|/)macrosheets/", "an Excel 4.0 macro sheet"),
    (r"(^|/)dialogsheets/", "a dialog sheet"),
    (r"(^|/)connections\.xml$", "a data connection"),
    (r"(^|/)queryTables/", "a query table"),
    (r"^customUI", "a custom ribbon"),
)
_ACTIVE_TYPES: tuple[tuple[str, str], ...] = (
    ("macroEnabled", "a macro-enabled workbook"),
    ("vbaProject", "a VBA macro project"),
    ("externalLink", "an external link"),
    ("activeX", "an ActiveX control"),
    ("oleObject", "an embedded OLE object"),
    ("macrosheet", "an Excel 4.0 macro sheet"),
    ("connections", "a data connection"),
)
_PRINT_NAME = re.compile(r"^_xlnm\.(Print_Titles|Print_Area)$")
_RANGE = re.compile(r"^('[^']+'|[^!'\s]+)!\$?[A-Z]*\$?\d*(:\$?[A-Z]*\$?\d*)?(,.*)?$")


def _sheet_problems(root: Any) -> list[str]:
    found = []
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        local = etree.QName(node).localname
        if local == "f":
            cell = node.getparent()
            found.append(f"a formula in cell {cell.get('r', '?') if cell is not None else '?'}")
        elif local == "c" and node.get("t") == "str":
            found.append(f"a formula result in cell {node.get('r', '?')}")
        elif local == "hyperlink":
            found.append(f"a hyperlink in {node.get('ref', '?')}")
        elif local in ("oleObject", "oleObjects"):
            found.append("an embedded OLE object")
        elif local in ("control", "controls"):
            found.append("an ActiveX control")
        elif local == "conditionalFormatting":
            found.append(f"conditional formatting of {node.get('sqref', '?')}")
    return found


def _workbook_problems(root: Any) -> list[str]:
    found = []
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        local = etree.QName(node).localname
        if local == "calcPr" and str(node.get("fullCalcOnLoad", "")).lower() in ("1", "true"):
            found.append("recalculation when opened (fullCalcOnLoad)")
        elif local in ("externalReference", "externalReferences"):
            found.append("an external link")
        elif local == "definedName":
            name, text = str(node.get("name", "")), str(node.text or "")
            if not (_PRINT_NAME.match(name) and _RANGE.match(text)):
                found.append(f"a defined name (formula) {name!r}")
    return found


def active_content(package: Package) -> list[tuple[str, str]]:
    """(part, what) for everything in the package that computes, links or runs: formulas,
    recalculation on load, hyperlinks, DDE and external links, VBA, ActiveX, OLE objects,
    macro sheets, data connections. A return holds none of them."""
    found: list[tuple[str, str]] = []
    types = package.types()
    for name, content_type in types.items():
        for pattern, what in _ACTIVE_PARTS:
            if re.search(pattern, name, flags=re.IGNORECASE):
                found.append((name, what))
                break
        else:
            for needle, what in _ACTIVE_TYPES:
                if needle.lower() in content_type.lower():
                    found.append((name, what))
                    break
        if re.search(r"(^|/)externalLinks/.*\.xml$", name) and b"ddeLink" in package.parts[name]:
            found.append((name, "a DDE link"))
    try:
        book_sheets = sheets(package.parts)
        book = workbook_part(package.parts)
    except PackageError:
        return found
    for sheet, _state, part in book_sheets:
        if part in package.parts:
            root = parse_xml(package.parts[part], part)
            found += [(part, f"sheet '{sheet}': {what}") for what in _sheet_problems(root)]
    found += [(book, what) for what in _workbook_problems(parse_xml(package.parts[book], book))]
    return found
