"""Signing with a real PKCS#11 token (SoftHSM2): a national-style chain on the token, the
key generated there; our verifier and poppler's pdfsig agree; the PIN is written nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.errors import PlanDeskError
from app.services.identity import load_certificates
from app.services.tokens import list_keys, list_tokens, open_identity
from tests.helpers import pdfsig
from tests.token_helpers import PIN, make_token


@pytest.fixture(scope="module")
def token(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return make_token(
        tmp_path_factory.mktemp("softhsm"), "Kamu SM e-İmza", "Ayşe Yılmaz",
        "Karesi Anadolu Lisesi", "TR",
    )  # fmt: skip


def test_the_token_and_its_key_are_found(token: dict[str, object]) -> None:
    module = str(token["module"])
    assert [t.label for t in list_tokens(module)] == ["Kamu SM e-İmza"]
    [key] = list_keys(module, "Kamu SM e-İmza", PIN)
    assert key.label == "imza" and "CN=Ayşe Yılmaz" in key.subject
    with pytest.raises(PlanDeskError, match="PIN is wrong"):
        list_keys(module, "Kamu SM e-İmza", "000000")
    with pytest.raises(PlanDeskError, match="no token labelled"):
        list_keys(module, "Başka", PIN)
    with pytest.raises(PlanDeskError, match="cannot be loaded"):
        list_tokens(__file__)


def test_a_return_signed_on_the_token_verifies_here_and_in_pdfsig(
    token: dict[str, object],
    demo,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from app.services.plans import require_current_plan
    from app.services.returns import prepare_payload, render
    from app.services.verify import verify_file

    with demo.unit() as session:
        payload = prepare_payload(session, require_current_plan(session), "2021-T1", "tr")
    with open_identity(str(token["module"]), "Kamu SM e-İmza", "imza", PIN) as ident:
        assert "CN=TR Nitelikli" in ident.chain[0].subject.rfc4514_string()
        data, _pages = render(payload, "pdf", ident)
        xlsx, _ = render(payload, "xlsx", ident)
    pdf = tmp_path / "MEB-10_2021-T1_v1.pdf"
    pdf.write_bytes(data)
    (tmp_path / "MEB-10_2021-T1_v1.xlsx").write_bytes(xlsx)
    root = load_certificates(Path(str(token["root"])).read_bytes())
    from app.services.trust import TrustPolicy

    policy = TrustPolicy()
    policy.add(root[0], None)  # a national root: binds nobody by itself
    policy.add(token["leaf"], "MEB-10")  # type: ignore[arg-type]  # the signer bound to MEB-10
    for path in (pdf, tmp_path / "MEB-10_2021-T1_v1.xlsx"):
        result = verify_file(path, policy)
        assert result.ok, (path.name, result.reason)
        assert "CN=Ayşe Yılmaz" in result.signer_subject
    report = pdfsig(pdf, token["root"], tmp_path)
    assert "Signature is Valid" in report and "Certificate is Trusted" in report
    assert "Total document signed" in report and "Ayşe Yılmaz" in report
    # the PIN is nowhere on disk: not in the files made, not in the database, not in the logs
    for path in [*tmp_path.rglob("*"), *Path(str(demo.path)).parent.rglob("*")]:
        if path.is_file():
            assert PIN.encode() not in path.read_bytes(), path


def test_head_on_one_token_and_seal_on_another_through_the_command_line(
    token: dict[str, object],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Viet Nam's practice: the head's key and the institution's seal each on its own token,
    registered with 'identity token'; the return signed by both; the directorate trusts the
    national root for nobody and binds both certificates to the school."""
    import json

    from app.cli.main import run

    seal = make_token(
        Path(str(token["root"])).parent, "Con dau truong", "Trường Tiểu học Bình An",
        "Trường Tiểu học Bình An", "VN",
    )  # fmt: skip

    def ok(*args: object) -> str:
        capsys.readouterr()
        code = run([str(a) for a in args])
        out, err = capsys.readouterr()
        assert code == 0, (args, err)
        return out

    school, district = tmp_path / "school.sqlite", tmp_path / "district.sqlite"
    pin_file = tmp_path / "pin.txt"
    pin_file.write_text(PIN + "\n", encoding="utf-8")
    module = str(token["module"])
    listed = json.loads(ok("identity", "tokens", "--module", module, "--keys", "--pin-file",
                           pin_file, "--json"))  # fmt: skip
    assert {t["token"] for t in listed} == {"Kamu SM e-İmza", "Con dau truong"}
    assert all(t["keys"][0]["label"] == "imza" for t in listed)
    ok("--db", school, "demo")
    ok("--db", school, "institution", "set", "--name", "Trường Tiểu học Bình An", "--code",
       "TH-BINHAN", "--kind", "school", "--language", "vi",
       "--head-name", "Ayşe Yılmaz")  # fmt: skip
    out = ok("--db", school, "identity", "token", "--module", module, "--token",
             "Kamu SM e-İmza", "--pin-file", pin_file)  # fmt: skip
    assert "CN=Ayşe Yılmaz" in out
    out = ok("--db", school, "identity", "token", "--module", module, "--token",
             "Con dau truong", "--role", "seal", "--pin-file", pin_file)  # fmt: skip
    assert "seal identity registered" in out
    shown = json.loads(ok("--db", school, "identity", "show", "--json"))
    assert [(i["role"], i["origin"]) for i in shown] == [("head", "token"), ("seal", "token")]
    pdf = tmp_path / "TH-BINHAN_2021-T1_v1.pdf"
    monkeypatch.setenv("PLANDESK_TOKEN_PIN", PIN)
    out = ok("--db", school, "return", "export", "--period", "2021-T1", "--format", "pdf",
             "--sign", "--seal-password-file", pin_file, "--out", pdf)  # fmt: skip
    assert "signed and sealed" in out
    # the directorate: the national root trusted for nobody, each certificate bound
    ok("--db", district, "demo")
    ok("--db", district, "institution", "set", "--name", "Phòng Giáo dục Thủ Thừa", "--code",
       "PGD-THUTHUA", "--kind", "district")  # fmt: skip
    ok("--db", district, "authority", "add", token["root"])
    ok("--db", district, "authority", "add", seal["root"])
    ok("--db", district, "subordinate", "add", "--code", "TH-BINHAN", "--name",
       "Trường Tiểu học Bình An", "--kind", "school")  # fmt: skip
    from cryptography.hazmat.primitives import serialization

    for n, leaf in enumerate((token["leaf"], seal["leaf"])):
        pem = tmp_path / f"leaf{n}.pem"
        pem.write_bytes(leaf.public_bytes(serialization.Encoding.PEM))  # type: ignore[attr-defined]
        ok("--db", district, "subordinate", "bind", "--code", "TH-BINHAN", "--cert", pem)
    ok("--db", district, "subordinate", "require-seal", "yes")
    report = json.loads(ok("--db", district, "return", "verify", pdf, "--json"))
    assert report["valid"] and "Ayşe Yılmaz" in report["signer"]
    assert "Bình An" in report["seal"]
    pdfsig(pdf, seal["root"], tmp_path)
    report = pdfsig(pdf, token["root"], tmp_path)
    assert report.count("Signature is Valid") == 2 and report.count("Certificate is Trusted") == 2
    # the seal's certificate bound to another school is refused as a seal here
    other = tmp_path / "other.sqlite"
    ok("--db", other, "demo")
    ok("--db", other, "authority", "add", token["root"])
    ok("--db", other, "subordinate", "add", "--code", "TH-BINHAN", "--name", "Bình An",
       "--kind", "school")  # fmt: skip
    ok(
        "--db",
        other,
        "subordinate",
        "bind",
        "--code",
        "TH-BINHAN",
        "--cert",
        tmp_path / "leaf0.pem",
    )
    ok("--db", other, "subordinate", "add", "--code", "TH-KHAC", "--name", "Trường khác",
       "--kind", "school")  # fmt: skip
    ok("--db", other, "subordinate", "bind", "--code", "TH-KHAC", "--cert", tmp_path / "leaf1.pem")
    capsys.readouterr()
    assert run(["--db", str(other), "return", "verify", str(pdf)]) == 1
    assert "is not the seal of TH-BINHAN" in capsys.readouterr().err
    for path in [*tmp_path.rglob("*")]:
        if path.is_file() and path != pin_file:
            assert PIN.encode() not in path.read_bytes(), path
