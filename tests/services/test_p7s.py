"""A detached CMS signature beside a return (issue 15), for systems that take CMS packages:
``openssl cms -verify`` accepts it, and refuses it for a changed file."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.cli.main import run

PW = "p7s password here"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_openssl_verifies_the_p7s_of_a_return(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
    db = tmp_path / "d.sqlite"
    assert run(["--db", str(db), "demo"]) == 0
    assert run(["--db", str(db), "identity", "create"]) == 0
    assert run(["--db", str(db), "identity", "export-trust", "--out", str(tmp_path / "r.pem")]) == 0
    for fmt in ("pdf", "xlsx"):
        out = tmp_path / f"MEB-10_2021-T1_v1.{fmt}"
        args = ["--db", str(db), "return", "export", "--period", "2021-T1", "--format", fmt]
        assert run([*args, "--sign", "--p7s", "--out", str(out)]) == 0
        p7s = Path(f"{out}.p7s")
        verify = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(p7s),
                  "-content", str(out), "-CAfile", str(tmp_path / "r.pem"), "-purpose", "any",
                  "-out", "/dev/null"]  # fmt: skip
        done = subprocess.run(verify, capture_output=True, text=True)
        assert done.returncode == 0 and "Verification successful" in done.stderr, done.stderr
        changed = tmp_path / f"changed.{fmt}"
        data = bytearray(out.read_bytes())
        data[len(data) // 2] ^= 1
        changed.write_bytes(bytes(data))
        verify[verify.index("-content") + 1] = str(changed)
        assert subprocess.run(verify, capture_output=True).returncode != 0
    assert (
        run(
            [
                "--db",
                str(db),
                "return",
                "export",
                "--period",
                "2021-T2",
                "--format",
                "pdf",
                "--p7s",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 1
    )  # fmt: skip  (needs --sign)
