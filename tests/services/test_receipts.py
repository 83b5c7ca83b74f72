"""Answers going back down (issue 12): a district sends a school's return back with a reason,
the school's period opens for version 2, the district takes it in and accepts it; receipts
verify like returns (signer bound to the parent), forged ones are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import run

PW = "receipts password"


def ok(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    capsys.readouterr()
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, (args, err)
    return out


def refused(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    capsys.readouterr()
    code = run([str(a) for a in args])
    _, err = capsys.readouterr()
    assert code == 1 and len(err.splitlines()) == 1, err
    return err


@pytest.fixture
def world(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
    d, s = tmp_path / "district.sqlite", tmp_path / "school.sqlite"
    ok(capsys, "--db", d, "demo")
    ok(capsys, "--db", d, "identity", "create")
    ok(capsys, "--db", d, "identity", "export-trust", "--out", tmp_path / "d.pem")
    ok(capsys, "--db", d, "template", "export", "--out", tmp_path / "t.json")
    name = "Средняя школа № 17 им. А. С. Пушкина"
    ok(capsys, "--db", s, "institution", "set", "--name", name, "--code", "SCH-17", "--kind",
       "school", "--parent-code", "MEB-10", "--language", "ru")  # fmt: skip
    ok(capsys, "--db", s, "plan", "import", tmp_path / "t.json", "--trust", tmp_path / "d.pem")
    ok(capsys, "--db", s, "identity", "create")
    ok(capsys, "--db", s, "identity", "export-trust", "--out", tmp_path / "s.pem")
    ok(capsys, "--db", d, "subordinate", "add", "--code", "SCH-17", "--name", "Школа № 17",
       "--email", "school17@example.kz", "--trust", tmp_path / "s.pem")  # fmt: skip
    return {"tmp": tmp_path, "d": d, "s": s}


def send(capsys, world, version: int) -> None:  # type: ignore[no-untyped-def]
    folder = world["tmp"] / f"v{version}"
    folder.mkdir()
    ok(capsys, "--db", world["s"], "return", "export", "--period", "2021-T1", "--format", "pdf",
       "--sign", "--out", folder / f"SCH-17_2021-T1_v{version}.pdf")  # fmt: skip
    ok(capsys, "--db", world["d"], "return", "import", folder)


def test_sent_back_corrected_and_accepted(world, capsys) -> None:  # type: ignore[no-untyped-def]
    d, s, tmp = world["d"], world["s"], world["tmp"]
    ok(capsys, "--db", s, "progress", "set", "2.1.4", "--period", "2021-T1", "--status", "done")
    send(capsys, world, 1)
    refused(
        capsys,
        "--db",
        d,
        "receipt",
        "issue",
        "--code",
        "SCH-17",
        "--period",
        "2021-T1",
        "--send-back",
        "--out",
        tmp / "r0.json",
    )  # fmt: skip  (no reason)
    out = ok(capsys, "--db", d, "receipt", "issue", "--code", "SCH-17", "--period", "2021-T1",
             "--send-back", "--reason", "Укажите число участников", "--out", tmp / "r1.json",
             "--eml", tmp / "r1.eml")  # fmt: skip
    assert "version 1 sent_back" in out and (tmp / "r1.eml").stat().st_size > 0
    status = json.loads(ok(capsys, "--db", d, "status", "--period", "2021-T1", "--json"))
    row = status["subordinates"][0]
    assert (row["review"], row["review_reason"]) == ("sent_back", "Укажите число участников")
    # the school: frozen until the receipt opens the period
    refused(capsys, "--db", s, "progress", "set", "2.1.4", "--period", "2021-T1", "--status",
            "done", "--participants", "40")  # fmt: skip
    out = ok(capsys, "--db", s, "receipt", "import", tmp / "r1.json")
    assert "sent back" in out and "version 2" in out
    ok(capsys, "--db", s, "receipt", "import", tmp / "r1.json")  # twice: nothing more happens
    ok(capsys, "--db", s, "progress", "set", "2.1.4", "--period", "2021-T1", "--status", "done",
       "--participants", "40")  # fmt: skip
    send(capsys, world, 2)
    status = json.loads(ok(capsys, "--db", d, "status", "--period", "2021-T1", "--json"))
    assert (status["subordinates"][0]["version"], status["subordinates"][0]["review"]) == (
        2, "resubmitted")  # fmt: skip
    ok(capsys, "--db", d, "receipt", "issue", "--code", "SCH-17", "--period", "2021-T1",
       "--accept", "--out", tmp / "r2.json")  # fmt: skip
    out = ok(capsys, "--db", s, "receipt", "import", tmp / "r2.json")
    assert "version 2: accepted by" in out
    status = json.loads(ok(capsys, "--db", d, "status", "--period", "2021-T1", "--json"))
    assert status["subordinates"][0]["review"] == "accepted"
    # the school's period stays frozen after an acceptance
    refused(capsys, "--db", s, "progress", "set", "2.1.4", "--period", "2021-T1", "--status",
            "not_done", "--reason", "x")  # fmt: skip


def test_forged_and_misdirected_receipts_are_refused(world, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    d, s, tmp = world["d"], world["s"], world["tmp"]
    send(capsys, world, 1)
    ok(capsys, "--db", d, "receipt", "issue", "--code", "SCH-17", "--period", "2021-T1",
       "--send-back", "--reason", "Ошибка", "--out", tmp / "r.json")  # fmt: skip
    # a changed decision breaks the signature
    body = json.loads((tmp / "r.json").read_text(encoding="utf-8"))
    body["decision"] = "accepted"
    (tmp / "changed.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    err = refused(capsys, "--db", s, "receipt", "import", tmp / "changed.json")
    assert "not accepted" in err
    # a receipt re-signed by a sibling school that holds an identity issued by the district
    ok(capsys, "--db", d, "subordinate", "add", "--code", "SCH-18", "--name", "Школа № 18")
    (tmp / "pw").write_text("sibling password", encoding="utf-8")
    ok(capsys, "--db", d, "subordinate", "issue-identity", "--code", "SCH-18", "--out",
       tmp / "s18.p12", "--new-password-file", tmp / "pw")  # fmt: skip
    import base64

    from cryptography.hazmat.primitives.serialization import pkcs12

    from app.services.identity import LoadedIdentity
    from app.services.return_payload import canonical_bytes
    from app.services.signing import sign_detached

    p12 = (tmp / "s18.p12").read_bytes()
    key, cert, chain = pkcs12.load_key_and_certificates(p12, b"sibling password")
    sibling = LoadedIdentity(key, cert, list(chain), p12, b"sibling password")  # type: ignore[arg-type]
    body = json.loads((tmp / "r.json").read_text(encoding="utf-8"))
    del body["signature"]
    body["decision"], body["reason"] = "accepted", ""
    cms = sign_detached(canonical_bytes(body), sibling)
    body["signature"] = {"cms": base64.b64encode(cms).decode("ascii")}
    (tmp / "forged.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    err = refused(capsys, "--db", s, "receipt", "import", tmp / "forged.json")
    assert "signed with the key of SCH-18" in err
    # the district decides only on returns it took in
    err = refused(capsys, "--db", d, "receipt", "issue", "--code", "SCH-18", "--period",
                  "2021-T1", "--accept", "--out", tmp / "x.json")  # fmt: skip
    assert "no return of SCH-18" in err
