"""Every name signs (issue 9, item 3): institution and person names of any script, up to
255 characters, make certificates, signed returns, PKCS#12 files and templates.

X.509 bounds CN/O/OU at 64 UTF-8 bytes: the certificate carries the name cut at a character
cluster, the ``PLANDESK:<code>`` unit whole; the return and its visible stamp keep the
full name. RSA keys are made once per module (the properties reuse them).
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12
from cryptography.x509.oid import NameOID
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli.main import run
from app.db.migrate import open_database
from app.services import identity
from app.services.errors import ValidationError
from app.services.identity import ROOT_SUFFIX, cert_institution_code, issue_pki
from app.services.x509_names import MAX_BYTES, code_unit, friendly_name, tidy
from tests.helpers import copy_db
from tests.services.test_signed_returns import PASSWORD, cli

LONG_NAMES = {
    "ru": ("SOSH-17", "Средняя общеобразовательная школа № 17 им. А. С. Пушкина"),
    "vi": ("THCS-NT", "Trường Trung học cơ sở Nguyễn Trãi huyện Krông Pắc"),
    "tr": ("KARESI-MTAL", "Karesi Atatürk Mesleki ve Teknik Anadolu Lisesi Müdürlüğü"),
}
_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_VI = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
ALPHABETS = {
    "en": "abcdefghijklmnopqrstuvwxyz",
    "tr": "abcçdefgğhıijklmnoöprsştuüvyz",
    "ru": _RU,
    "kk": _RU + "әғқңөұүһі",
    "ro": "abcdefghijklmnopqrstuvwxyzșțăîâ",
    "vi": _VI,
}
COMBINING = "\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323\u0327\u0328"
PUNCT = ["№ 17", "им.", "—", "«Ромашка»", "(Lisesi)", "No. 3", "%d", "&", ","]


@st.composite
def names(draw: st.DrawFn, max_len: int = 255) -> tuple[str, str]:
    """(language, name): words of one language (some capitalised, upper case ӘҒҚ... too),
    optionally in NFD or with extra combining marks, cut to 1..max_len characters."""
    lang = draw(st.sampled_from(sorted(ALPHABETS)))
    word = st.builds(
        lambda w, case: case(w),
        st.text(ALPHABETS[lang], min_size=1, max_size=14),
        st.sampled_from([str.lower, str.capitalize, str.upper]),
    )
    words = draw(
        st.lists(st.one_of(word, word, word, st.sampled_from(PUNCT)), min_size=1, max_size=30)
    )
    text = " ".join(words)
    for pos, mark in draw(st.lists(st.tuples(st.integers(1, 400), st.sampled_from(COMBINING)))):
        text = text[:pos] + mark + text[pos:]
    text = unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), text)
    target = draw(st.integers(1, max_len))
    text = (text + " ") * (target // len(text) + 1)
    name = text[:target].strip() or ALPHABETS[lang][0]
    return lang, name


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def assert_cut_of(value: str, name: str, fallback: str, limit: int = MAX_BYTES) -> None:
    """*value* fits *limit* bytes, is NFC, and is the start of the name (in NFC) ending at
    a whole character cluster without trailing space; or, when nothing fits, the fallback."""
    assert 1 <= len(value.encode("utf-8")) <= limit
    assert unicodedata.is_normalized("NFC", value) and value == value.rstrip()
    full = unicodedata.normalize("NFC", name)
    assert full == tidy(name)  # the generated names are tidy: single spaces, no ends
    if value == fallback and not full.startswith(value):
        return  # not even the first character cluster fits
    assert full.startswith(value), (value, full)
    rest = full[len(value) :]
    assert not rest or not _is_mark(rest[0]), (value, rest[:3])
    if len(full.encode("utf-8")) <= limit:
        assert value == full  # what fits is never cut


@pytest.fixture(scope="module")
def keys() -> tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]:
    """Two real RSA-3072 keys, made once (by issue_pki itself)."""
    key, _, root_key, _ = issue_pki("Keys", "KEYS", "")
    return root_key, key


@contextmanager
def reused_keys(keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]) -> Iterator[None]:
    """issue_pki's key generation hands out the module's keys in turn."""
    cycle = itertools.cycle(keys)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(identity.rsa, "generate_private_key", lambda **_: next(cycle))
        yield


# -- the X.509 names ------------------------------------------------------------------


CODES = st.one_of(
    st.from_regex(r"[A-Z0-9][A-Za-z0-9.\-/_]{0,54}", fullmatch=True),
    st.from_regex(r"[А-Я0-9][А-Яа-я0-9.\-/_]{0,25}", fullmatch=True),  # 2 bytes a letter
)


@settings(max_examples=60, deadline=None)
@given(org=names(), head=names(), code=CODES)
def test_any_name_makes_a_certificate(
    keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey],
    org: tuple[str, str],
    head: tuple[str, str],
    code: str,
) -> None:
    from asn1crypto import x509 as ax509

    with reused_keys(keys):
        _, cert, _, root = issue_pki(org[1], code, head[1])
    for c in (cert, root):
        der = c.public_bytes(Encoding.DER)
        parsed = x509.load_der_x509_certificate(der)
        assert parsed.subject == c.subject and cert_institution_code(parsed) == code
        assert ax509.Certificate.load(der).subject.native  # pyHanko's parser reads it too
        units = [
            a.value for a in parsed.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)
        ]
        assert units == [f"PLANDESK:{code}"]
        (o,) = parsed.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
        assert_cut_of(str(o.value), org[1], code)
    (cn,) = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    assert_cut_of(str(cn.value), head[1], code)
    (root_cn,) = root.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = str(root_cn.value)
    assert value.endswith(ROOT_SUFFIX) and len(value.encode()) <= MAX_BYTES
    assert_cut_of(value[: -len(ROOT_SUFFIX)], org[1], code, MAX_BYTES - len(ROOT_SUFFIX.encode()))
    assert cert.issuer == root.subject != cert.subject
    cert.verify_directly_issued_by(root)


@pytest.mark.parametrize("code", ["OKUL-1", "ОКУЛ-17", "Trường-1", "𝟏𝟐-school", "X" * 64, "A" * 55])
def test_pkcs12_friendly_name_for_any_code(
    keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey], code: str
) -> None:
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption

    with reused_keys(keys):
        key, cert, _, root = issue_pki("Школа", "C-1", "")
    name = friendly_name(code)
    data = pkcs12.serialize_key_and_certificates(
        name, key, cert, [root], BestAvailableEncryption(b"password1")
    )
    loaded = pkcs12.load_pkcs12(data, b"password1")
    assert loaded.cert is not None and loaded.cert.friendly_name == name
    assert 1 <= len(name.decode("utf-8")) <= 64


def test_a_code_too_long_for_the_certificate_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert code_unit("A" * 55) == "PLANDESK:" + "A" * 55
    with pytest.raises(ValidationError) as caught:
        issue_pki("Школа", "A" * 56, "")
    message = str(caught.value)
    assert "too long for a certificate" in message and "\n" not in message
    assert message.count(". ") == 0  # one sentence
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PASSWORD)
    db = tmp_path / "long.sqlite"
    long_code = "MEB-" + "7" * 58  # fits the database (64), not a certificate's unit
    code, _, err = cli(
        capsys, db, "institution", "set", "--name", "Школа", "--code", long_code,
        "--kind", "school", "--language", "ru",
    )  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and "55 bytes" in err, err  # refused at entry
    assert cli(
        capsys, db, "institution", "set", "--name", "Школа", "--code", "MEB-7",
        "--kind", "school", "--language", "ru",
    )[0] == 0  # fmt: skip
    # a subordinate's code too long: refused when it is registered, not when signing
    sub = "SUB-" + "9" * 58
    code, out, err = cli(capsys, db, "subordinate", "add", "--code", sub, "--name", "Лицей")
    assert code == 1 and err.count("\n") == 1 and "55 bytes" in err, err
    assert "Traceback" not in err + out and "unexpected error" not in err


# -- signing end to end -------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, made once; each test signs in its own copy."""
    db = tmp_path_factory.mktemp("names") / "demo.sqlite"
    assert run(["--db", str(db), "demo"]) == 0
    return db


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inst=names(), head=names(), title=names(max_len=80))
def test_any_name_signs_a_return_and_a_template(
    keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey],
    demo_db: Path,
    inst: tuple[str, str],
    head: tuple[str, str],
    title: tuple[str, str],
) -> None:
    from app.domain.text import clean
    from app.services.identity import active, create_identity, unlock
    from app.services.institutions import InstitutionProfile, set_self
    from app.services.plans import require_current_plan
    from app.services.returns import export_return
    from app.services.template import export_template, import_template, read_template
    from app.services.verify import verify_file

    lang, name = inst
    work = Path(tempfile.mkdtemp(dir=demo_db.parent))
    db_path = work / "copy.sqlite"
    copy_db(demo_db, db_path)
    db = open_database(db_path)
    try:
        with db.unit() as s, reused_keys(keys):
            profile = InstitutionProfile(
                code="OKUL-9", name=name, language=lang, head_name=head[1], head_title=title[1]
            )
            set_self(s, profile)
            create_identity(s, PASSWORD)
            ident = unlock(active(s), PASSWORD)
            out = work / "OKUL-9_2021-T1_v1.pdf"
            plan = require_current_plan(s)
            export_return(s, plan, "2021-T1", fmt="pdf", language=lang, out=out, ident=ident)
            template = export_template(s, plan, ident)
        trust = ident.chain
        result = verify_file(out, trust)
        assert result.ok, result.reason
        assert result.payload is not None
        assert result.payload["institution"]["name"] == clean(name)
        assert result.payload["institution"]["head_name"] == clean(head[1])
        assert result.signer_code == "OKUL-9"
        info = read_template(template, trust)
        assert info.issuer_name == clean(name) and info.issuer_code == "OKUL-9"
        with db.unit() as s:
            imported, how = import_template(s, info)
            assert how == "created" and imported.issuer_name == clean(name)
    finally:
        db.dispose()
        shutil.rmtree(work, ignore_errors=True)


def _pdfsig(pdf: Path, trust: Path, nss: Path) -> str:
    nss.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True)
    subprocess.run(
        ["certutil", "-d", f"sql:{nss}", "-A", "-t", "CT,C,C", "-n", "root", "-i", str(trust)],
        check=True,
    )
    done = subprocess.run(
        ["pdfsig", "-nssdir", f"sql:{nss}", str(pdf)], capture_output=True, text=True
    )
    return done.stdout


def _pdf_text(pdf: Path) -> str:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    return " ".join(text.split())


@pytest.mark.parametrize("lang", sorted(LONG_NAMES))
def test_long_names_through_the_command_line(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    code, name = LONG_NAMES[lang]
    assert len(name.encode()) > MAX_BYTES or len(f"{name}{ROOT_SUFFIX}".encode()) > MAX_BYTES
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PASSWORD)
    db = tmp_path / "school.sqlite"
    copy_db(demo_db, db)

    def ok(*args: str) -> str:
        status, out, err = cli(capsys, db, *args)
        assert status == 0, err
        return out

    ok("institution", "set", "--name", name, "--code", code, "--kind", "school",
       "--language", lang)  # fmt: skip
    ok("identity", "create")
    trust = tmp_path / "trust.pem"
    ok("identity", "export-trust", "--out", str(trust))
    pdf = tmp_path / f"{code}_2021-T1_v1.pdf"
    ok("return", "export", "--period", "2021-T1", "--format", "pdf", "--sign", "--out", str(pdf))
    status, out, err = cli(capsys, db, "return", "verify", str(pdf))
    assert status == 0 and "VALID" in out, out + err
    assert name in out  # the verifier names the institution in full, from the payload
    assert name in _pdf_text(pdf)  # the return shows the full name
    if shutil.which("pdfsig") and shutil.which("certutil"):
        said = _pdfsig(pdf, trust, tmp_path / "nss")
        assert "Signature is Valid" in said and "Total document signed" in said, said
        assert "Certificate is Trusted" in said, said

    ok("subordinate", "add", "--code", "SUB-1", "--name", name)
    new_pw = tmp_path / "pw.txt"
    new_pw.write_text("subordinate secret\n", encoding="utf-8")
    p12 = tmp_path / "SUB-1.p12"
    ok("subordinate", "issue-identity", "--code", "SUB-1", "--out", str(p12),
       "--new-password-file", str(new_pw))  # fmt: skip
    loaded = pkcs12.load_pkcs12(p12.read_bytes(), b"subordinate secret")
    assert loaded.key is not None and loaded.cert is not None
    cert = loaded.cert.certificate
    assert loaded.cert.friendly_name == b"SUB-1"
    assert cert_institution_code(cert) == "SUB-1"
    units = [a.value for a in cert.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)]
    assert units == ["PLANDESK:SUB-1"]
    (cn,) = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    assert_cut_of(str(cn.value), name, "SUB-1")
    root = x509.load_pem_x509_certificate(trust.read_bytes())
    cert.verify_directly_issued_by(root)


def test_the_stamp_holds_the_full_names_wrapped_in_its_box() -> None:
    from app.exports.fonts import REGULAR
    from app.exports.textflow import measure
    from app.services.signing import StampText, stamp_template

    name = LONG_NAMES["ru"][1]
    text, size = stamp_template(
        StampText(name, "", name, ("Подписал", "Должность", "Дата")), 250, 78
    )
    assert size == 8 and "%(ts)s" in text
    lines = text.split("\n")
    assert " ".join(lines[:-1]) == f"Подписал: {name}"  # once, whole, wrapped
    assert all(measure(REGULAR).width(line, size) <= 250 - 12 for line in lines)
    long = (LONG_NAMES["vi"][1] + " ") * 6
    text, size = stamp_template(
        StampText(long[:255], "Hiệu trưởng", long[:200], ("a", "b", "c")), 250, 78
    )
    assert size == 6 and "Hiệu trưởng" in text
