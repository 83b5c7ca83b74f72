"""Verifiable for ten years, offline (issue 15): a return accepted today still verifies, as
valid at intake, with the validation time set ten years ahead when its signer's certificate
has long expired; an altered or refused copy does not."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.cli.main import run
from tests.helpers import copy_db

PW = "archive password"


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_return_accepted_today_verifies_ten_years_later(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
    d, s = tmp_path / "d.sqlite", tmp_path / "s.sqlite"
    for args in (
        ["--db", d, "demo"],
        ["--db", d, "identity", "create"],
        ["--db", d, "identity", "export-trust", "--out", tmp_path / "d.pem"],
        ["--db", d, "template", "export", "--out", tmp_path / "t.json"],
        ["--db", s, "institution", "set", "--name", "Trường Tiểu học Bình An", "--code",
         "TH-BA", "--kind", "school", "--parent-code", "MEB-10", "--language", "vi"],
        ["--db", s, "plan", "import", tmp_path / "t.json", "--trust", tmp_path / "d.pem"],
        ["--db", s, "identity", "create"],
        ["--db", s, "identity", "export-trust", "--out", tmp_path / "s.pem"],
        ["--db", d, "subordinate", "add", "--code", "TH-BA", "--name", "Bình An", "--trust",
         tmp_path / "s.pem"],
    ):  # fmt: skip
        assert cli(capsys, *args)[0] == 0, args
    inbox = tmp_path / "in"
    inbox.mkdir()
    directorates = {}
    for fmt in ("pdf", "xlsx"):
        assert cli(capsys, "--db", s, "return", "export", "--period", "2021-T1", "--format",
                   fmt, "--sign", "--out", inbox / f"TH-BA_2021-T1_v1.{fmt}")[0] == 0  # fmt: skip
        # each format taken in by its own copy of the directorate (the other one would be
        # the same return again)
        directorates[fmt] = tmp_path / f"d-{fmt}.sqlite"
        copy_db(d, directorates[fmt])
        one = tmp_path / f"in-{fmt}"
        one.mkdir()
        shutil.copy(inbox / f"TH-BA_2021-T1_v1.{fmt}", one)
        assert cli(capsys, "--db", directorates[fmt], "return", "import", one)[0] == 0
    later = (datetime.now(UTC) + timedelta(days=3653)).date().isoformat()
    for fmt in ("pdf", "xlsx"):
        d = directorates[fmt]
        genuine = inbox / f"TH-BA_2021-T1_v1.{fmt}"
        # today: valid; ten years on, without the directorate's record: the certificate expired
        assert cli(capsys, "--db", d, "return", "verify", genuine)[0] == 0
        code, _out, err = cli(capsys, "--db", tmp_path / "none.sqlite", "return", "verify",
                              genuine, "--trust", tmp_path / "s.pem", "--at", later)  # fmt: skip
        assert code == 1, err
        # ten years on, in the directorate's database: valid at intake, offline
        code, out, err = cli(capsys, "--db", d, "return", "verify", genuine, "--at", later)
        assert code == 0 and "VALID AT INTAKE" in out and err == "", (fmt, out, err)
        code, out, _ = cli(capsys, "--db", d, "return", "verify", genuine, "--at", later,
                           "--json")  # fmt: skip
        result = json.loads(out)
        assert result["valid"] is False and result["kept"]["institution"] == "TH-BA"
        # an altered archive copy: no record of those bytes
        altered = tmp_path / f"altered.{fmt}"
        data = bytearray(genuine.read_bytes())
        data[len(data) // 3] ^= 1
        altered.write_bytes(bytes(data))
        code, _out, err = cli(capsys, "--db", d, "return", "verify", altered, "--at", later)
        assert code == 1 and len(err.splitlines()) == 1
    # a file refused at intake is never "valid at intake"
    shutil.copy(inbox / "TH-BA_2021-T1_v1.pdf", tmp_path / "renamed_2021-T1_v1.pdf")
    (tmp_path / "in2").mkdir()
    data = bytearray((inbox / "TH-BA_2021-T1_v1.pdf").read_bytes())
    data[len(data) // 3] ^= 1
    (tmp_path / "in2" / "TH-BA_2021-T1_v1.pdf").write_bytes(bytes(data))
    assert cli(capsys, "--db", d, "return", "import", tmp_path / "in2")[0] == 1
    code, _out, err = cli(capsys, "--db", d, "return", "verify",
                          tmp_path / "in2" / "TH-BA_2021-T1_v1.pdf", "--at", later)  # fmt: skip
    assert code == 1
