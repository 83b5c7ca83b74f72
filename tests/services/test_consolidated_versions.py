"""A directorate's own return and its consolidated return are two things (issue 11/12):
signing one does not freeze or renumber the other; each is corrected on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import run

PW = "consolidation password"


def ok(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    capsys.readouterr()
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, (args, err)
    return out


def test_own_and_consolidated_returns_keep_their_own_versions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
    d, s = tmp_path / "d.sqlite", tmp_path / "s.sqlite"
    ok(capsys, "--db", d, "demo")
    ok(capsys, "--db", d, "identity", "create")
    ok(capsys, "--db", d, "identity", "export-trust", "--out", tmp_path / "d.pem")
    ok(capsys, "--db", d, "template", "export", "--out", tmp_path / "t.json")
    ok(capsys, "--db", s, "institution", "set", "--name", "Karesi Anadolu Lisesi", "--code",
       "OKUL-1", "--kind", "school", "--parent-code", "MEB-10", "--language", "tr")  # fmt: skip
    ok(capsys, "--db", s, "plan", "import", tmp_path / "t.json", "--trust", tmp_path / "d.pem")
    ok(capsys, "--db", s, "identity", "create")
    ok(capsys, "--db", s, "identity", "export-trust", "--out", tmp_path / "s.pem")
    ok(capsys, "--db", s, "progress", "set", "2.1.4", "--period", "2021-T1", "--status",
       "done", "--participants", "12")  # fmt: skip
    inbox = tmp_path / "in"
    inbox.mkdir()
    ok(capsys, "--db", s, "return", "export", "--period", "2021-T1", "--format", "pdf",
       "--sign", "--out", inbox / "OKUL-1_2021-T1_v1.pdf")  # fmt: skip
    ok(capsys, "--db", d, "subordinate", "add", "--code", "OKUL-1", "--name",
       "Karesi Anadolu Lisesi", "--trust", tmp_path / "s.pem")  # fmt: skip
    ok(capsys, "--db", d, "return", "import", inbox)

    out = ok(capsys, "--db", d, "consolidate", "--period", "2021-T1", "--format", "pdf",
             "--sign", "--out", tmp_path / "MEB-10_2021-T1_v1.pdf")  # fmt: skip
    assert "signed consolidated return, version 1" in out
    # the directorate's own data is not frozen by the consolidation ...
    ok(capsys, "--db", d, "progress", "set", "2.3.1", "--period", "2021-T1", "--status", "done")
    own = ok(capsys, "--db", d, "return", "export", "--period", "2021-T1", "--format", "pdf",
             "--sign", "--out", tmp_path / "own.pdf")  # fmt: skip
    assert "signed return, version 1" in own
    # ... and a corrected consolidation is version 2 while the own return stays version 1
    ok(capsys, "--db", d, "return", "correct", "--period", "2021-T1", "--consolidated")
    out = ok(capsys, "--db", d, "consolidate", "--period", "2021-T1", "--format", "pdf",
             "--sign", "--out", tmp_path / "MEB-10_2021-T1_v2.pdf")  # fmt: skip
    assert "version 2" in out
    rows = json.loads(ok(capsys, "--db", d, "return", "list", "--json"))
    kinds = sorted((r["kind"], r["version"], r["status"]) for r in rows)
    assert kinds == [
        ("consolidated", 1, "superseded"),
        ("consolidated", 2, "signed"),
        ("institution", 1, "signed"),
    ]
    code = run(["--db", str(d), "progress", "set", "2.3.1", "--period", "2021-T1", "--status",
                "not_done", "--reason", "x"])  # fmt: skip
    assert code == 1 and "frozen" in capsys.readouterr().err  # its own signed return froze it
    assert run(["--db", str(d), "return", "verify", str(tmp_path / "MEB-10_2021-T1_v2.pdf")]) == 0
