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
