"""Four levels through the command line (issue 12): schools → districts → province →
ministry, consolidated and signed level by level, a receipt going down at each level, and a
school counted once even when an old direct return of it also reaches the province."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli.main import run

PW = "four levels password"
# code: (name, kind, parent, participants of activity 2.1.4, status)
TREE = {
    "BAKANLIK": ("Aile ve Sosyal Hizmetler Bakanlığı", "ministry", "", 0, ""),
    "MEB-10": ("Balıkesir İl Milli Eğitim Müdürlüğü", "province", "BAKANLIK", 0, ""),
    "ILCE-KARESI": ("Karesi İlçe Milli Eğitim Müdürlüğü", "district", "MEB-10", 0, ""),
    "ILCE-ALTIEYLUL": ("Altıeylül İlçe Milli Eğitim Müdürlüğü", "district", "MEB-10", 0, ""),
    "OKUL-1": ("Karesi Anadolu Lisesi", "school", "ILCE-KARESI", 40, "done"),
    "OKUL-2": ("Şehit Öğretmen Ayşe Gül Ortaokulu", "school", "ILCE-KARESI", 25, "done"),
    "OKUL-3": ("Altıeylül Mesleki ve Teknik Anadolu Lisesi", "school", "ILCE-ALTIEYLUL", 0,
               "not_done"),
}  # fmt: skip


def ok(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    capsys.readouterr()
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, (args, err)
    return out


def children(code: str) -> list[str]:
    return [c for c, t in TREE.items() if t[2] == code]


@pytest.mark.slow
def test_four_levels_with_receipts_at_each_level(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
    db = {code: tmp_path / f"{code}.sqlite" for code in TREE}
    # the ministry's plan goes down as a signed template; everybody gets an identity
    ok(capsys, "--db", db["BAKANLIK"], "demo")
    ok(capsys, "--db", db["BAKANLIK"], "institution", "set", "--name", TREE["BAKANLIK"][0],
       "--code", "BAKANLIK", "--kind", "ministry", "--language", "tr")  # fmt: skip
    ok(capsys, "--db", db["BAKANLIK"], "identity", "create")
    ok(capsys, "--db", db["BAKANLIK"], "template", "export", "--out", tmp_path / "plan.json")
    for code, (name, kind, parent, _people, _status) in TREE.items():
        if code != "BAKANLIK":
            ok(capsys, "--db", db[code], "institution", "set", "--name", name, "--code", code,
               "--kind", kind, "--parent-code", parent, "--language", "tr")  # fmt: skip
            ok(capsys, "--db", db[code], "identity", "create")
        ok(capsys, "--db", db[code], "identity", "export-trust", "--out", tmp_path / f"{code}.pem")
    for code in TREE:
        if code != "BAKANLIK":
            ok(capsys, "--db", db[code], "plan", "import", tmp_path / "plan.json", "--trust",
               tmp_path / "BAKANLIK.pem")  # fmt: skip
        for child in children(code):
            name, kind = TREE[child][:2]
            ok(capsys, "--db", db[code], "subordinate", "add", "--code", child, "--name", name,
               "--kind", kind, "--trust", tmp_path / f"{child}.pem")  # fmt: skip
    # schools mark and sign
    sent: dict[str, Path] = {}
    for code, (_n, kind, _p, people, status) in TREE.items():
        if kind != "school":
            continue
        args = ["progress", "set", "2.1.4", "--period", "2021-T1", "--status", status]
        args += ["--participants", str(people)] if people else ["--reason", "Salgın"]
        ok(capsys, "--db", db[code], *args)
        sent[code] = tmp_path / f"{code}_2021-T1_v1.pdf"
        ok(capsys, "--db", db[code], "return", "export", "--period", "2021-T1", "--format",
           "pdf", "--sign", "--out", sent[code])  # fmt: skip

    def level(code: str) -> None:
        """Take in the children's returns, accept each with a receipt that the child imports,
        consolidate and sign for the level above."""
        inbox = tmp_path / f"in-{code}"
        inbox.mkdir()
        for child in children(code):
            shutil.copy(sent[child], inbox / sent[child].name)
        result = json.loads(ok(capsys, "--db", db[code], "return", "import", inbox, "--json"))
        assert result["taken"] == len(children(code)) and result["rejected"] == 0
        for child in children(code):
            receipt = tmp_path / f"receipt-{child}.json"
            ok(capsys, "--db", db[code], "receipt", "issue", "--code", child, "--period",
               "2021-T1", "--accept", "--out", receipt)  # fmt: skip
            # the first answer from the body above: its certificate given once, then kept
            trust = ["--trust", tmp_path / f"{code}.pem"]
            assert "accepted by" in ok(capsys, "--db", db[child], "receipt", "import", receipt,
                                       *trust)  # fmt: skip
            ok(capsys, "--db", db[child], "receipt", "import", receipt)
        status = json.loads(ok(capsys, "--db", db[code], "status", "--period", "2021-T1",
                               "--json"))  # fmt: skip
        mine = [r for r in status["subordinates"] if r["code"] in children(code)]
        assert {r["review"] for r in mine} == {"accepted"}
        sent[code] = tmp_path / f"{code}_2021-T1_v1.pdf"
        ok(capsys, "--db", db[code], "consolidate", "--period", "2021-T1", "--format", "pdf",
           "--sign", "--out", sent[code])  # fmt: skip

    for district in ("ILCE-KARESI", "ILCE-ALTIEYLUL"):
        level(district)
    # an old direct return of OKUL-1 also reaches the province: it must not count twice
    ok(capsys, "--db", db["MEB-10"], "subordinate", "add", "--code", "OKUL-1", "--name",
       TREE["OKUL-1"][0], "--trust", tmp_path / "OKUL-1.pem")  # fmt: skip
    level("MEB-10")
    direct = tmp_path / "direct"
    direct.mkdir()
    shutil.copy(tmp_path / "OKUL-1_2021-T1_v1.pdf", direct)
    ok(capsys, "--db", db["MEB-10"], "return", "import", direct)
    level("BAKANLIK")
    ok(capsys, "--db", db["BAKANLIK"], "consolidate", "--period", "2021-T1", "--format", "json",
       "--out", tmp_path / "national.json")  # fmt: skip
    national = json.loads((tmp_path / "national.json").read_text(encoding="utf-8"))
    item = next(i for i in national["items"] if i["code"] == "2.1.4")["consolidated"]
    schools = {c: t for c, t in TREE.items() if t[1] == "school"}
    assert sorted(national["leaves"]) == sorted(schools)
    assert national["totals"]["institutions"] == len(schools)
    assert item["participants"] == sum(t[3] for t in schools.values())
    assert item["status_counts"]["done"] == 2 and item["status_counts"]["not_done"] == 1
    assert item["reasons"] == [{"reason": "Salgın", "institutions": ["OKUL-3"]}]
    # the ministry's signed PDF verifies against what it trusts
    assert run(["--db", str(db["BAKANLIK"]), "return", "verify", str(sent["BAKANLIK"])]) == 0
