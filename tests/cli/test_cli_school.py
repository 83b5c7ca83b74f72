"""A school or a police unit that never opens the window: from nothing to a signed, verified
return through the command line alone (seeds 002 and 003), with the period names in the
declared language and figures that add up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import run
from tests.conftest import SEEDS
from tests.helpers import pdfsig

PASSWORD = "a long enough password"


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PASSWORD)


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    code = run(["--db", str(db), *args])
    out, err = capsys.readouterr()
    assert code == 0, (args, err)
    assert err == ""
    return out


def refused(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    try:
        code = run(["--db", str(db), *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    _out, err = capsys.readouterr()
    assert code in (1, 2) and len(err.splitlines()) == 1, err
    return err


def payload_of(pdf: Path, trust: Path) -> dict:  # type: ignore[type-arg]
    """The signed data of *pdf*, read by the verifier with only *trust* trusted."""
    from app.services.identity import load_certificates
    from app.services.verify import verify_file

    result = verify_file(pdf, load_certificates(trust.read_bytes()))
    assert result.ok, result.reason
    return json.loads(result.payload_bytes)


def test_seed_003_campaign_plan_from_nothing_to_a_signed_return(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = (SEEDS / "003_816f6f4af591aaf4.txt").read_text(encoding="utf-8")
    title = "Kế hoạch triển khai Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2023"  # noqa: E501
    assert "Từ ngày 15/11/2023 đến ngày 15/12/2023" in seed and "chậm nhất ngày 10/12/2023" in seed
    db = tmp_path / "binh-an.sqlite"
    cli(capsys, db, "institution", "set", "--name", "Trường Tiểu học Bình An", "--code",
        "TH-BINHAN", "--kind", "school", "--language", "vi", "--head-name", "Nguyễn Thị Oanh",
        "--head-title", "Hiệu trưởng", "--parent-code", "PGD-THUTHUA", "--parent-name",
        "Phòng Giáo dục và Đào tạo Thủ Thừa")  # fmt: skip
    out = cli(capsys, db, "plan", "set", "--title", title, "--start", "15/11/2023",
              "--end", "15/12/2023")  # fmt: skip
    assert "2023-C1" in out and "15/11–15/12/2023" in out
    out = cli(capsys, db, "period", "set", "2023-C1", "--due", "10/12/2023")
    assert "due 10.12.2023" in out
    texts = {
        "1": "Nhà trường đã tổ chức tọa đàm về bình đẳng giới cho 320 học sinh.",
        "Khó khăn, vướng mắc": "Kinh phí còn hạn chế; tài liệu tuyên truyền chưa đủ.",
        "proposals": "Đề nghị Phòng Giáo dục và Đào tạo hỗ trợ tài liệu truyền thông.",
    }
    for section, text in texts.items():
        cli(capsys, db, "narrative", "set", "--period", "2023-C1", "--section", section,
            "--text", text)  # fmt: skip
    shown = json.loads(cli(capsys, db, "narrative", "show", "--period", "2023-C1", "--json"))
    assert [s["text"] for s in shown] == list(texts.values())
    assert [s["title"] for s in shown][1] == "Khó khăn, vướng mắc"
    cli(capsys, db, "event", "add", "--date", "2023-11-24", "--title",
        "Tọa đàm về bình đẳng giới", "--kind", "round_table", "--participants", "320",
        "--pupils", "300", "--teachers", "20")  # fmt: skip
    cli(capsys, db, "identity", "create")
    pdf = tmp_path / "TH-BINHAN_2023-C1_v1.pdf"
    cli(capsys, db, "return", "export", "--period", "2023-C1", "--format", "pdf", "--sign",
        "--out", str(pdf))  # fmt: skip
    assert "VALID" in cli(capsys, db, "return", "verify", str(pdf))
    trust = tmp_path / "trust.pem"
    cli(capsys, db, "identity", "export-trust", "--out", str(trust))
    payload = payload_of(pdf, trust)
    assert payload["plan"]["title"] == title
    assert payload["period"]["due"] == "2023-12-10"
    assert (payload["period"]["start"], payload["period"]["end"]) == ("2023-11-15", "2023-12-15")
    assert [n["body"] for n in payload["narrative"]] == list(texts.values())
    assert payload["totals"]["events"] == 1 and payload["totals"]["event_participants"] == 320
    report = pdfsig(pdf, trust, tmp_path)
    assert "Signature is Valid" in report and "Total document signed" in report
    assert "Certificate is Trusted" in report


def test_seed_002_a_police_unit_logs_one_event_without_a_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = (SEEDS / "002_1439624ccecf20dc.txt").read_text(encoding="utf-8")
    assert "18 aprilie 2022" in seed
    db = tmp_path / "politia.sqlite"
    cli(capsys, db, "institution", "set", "--name", "Poliția Locală Sector 2", "--code", "PLS2",
        "--kind", "other", "--language", "ro", "--head-name", "Director executiv")  # fmt: skip
    out = cli(capsys, db, "event", "add", "--date", "18.04.2022", "--title",
              "Sesiune de informare privind modalitățile de îmbunătățire a metodelor de "
              "intervenție interinstituțională", "--kind", "information_hour", "--organiser",
              "Agenția Națională pentru Egalitatea de Șanse între Femei și Bărbați (ANES)",
              "--project", "Sprijin pentru implementarea Convenției de la Istanbul în România "
              "(Mecanismul Financiar Norvegian 2014-2021)", "--participants", "25")  # fmt: skip
    assert "started 'Evenimente desfășurate în 2022'" in out
    events = json.loads(cli(capsys, db, "event", "list", "--json"))
    assert (
        len(events) == 1
        and events[0]["activity"] == ""
        and events[0]["organiser"].startswith("Agenția Națională")
    )
    cli(capsys, db, "narrative", "set", "--period", "2022", "--section", "results", "--text",
        "Au fost prezentate cadrul legal și programele de prevenire.")  # fmt: skip
    cli(capsys, db, "identity", "create")
    pdf = tmp_path / "PLS2_2022_v1.pdf"
    cli(capsys, db, "return", "export", "--period", "2022", "--format", "pdf", "--sign",
        "--out", str(pdf))  # fmt: skip
    assert "VALID" in cli(capsys, db, "return", "verify", str(pdf))
    trust = tmp_path / "trust.pem"
    cli(capsys, db, "identity", "export-trust", "--out", str(trust))
    payload = payload_of(pdf, trust)
    assert payload["items"] == [] and payload["period"]["label"] == "Anul 2022"
    assert payload["events"][0]["title"].startswith("Sesiune de informare")
    assert payload["narrative"][0]["body"].startswith("Au fost prezentate")
    # a second event a year later gets its own year in the same plan of events
    cli(capsys, db, "event", "add", "--date", "2023-03-08", "--title", "Ziua femeii",
        "--participants", "12")  # fmt: skip
    keys = [p["key"] for p in json.loads(cli(capsys, db, "period", "list", "--json"))]
    assert keys == ["2022", "2023"]


def test_events_edited_and_deleted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    cli(capsys, db, "demo")
    first = json.loads(cli(capsys, db, "event", "list", "--json"))[0]
    more = first["participants"] + 1
    cli(capsys, db, "event", "edit", str(first["id"]), "--title", "Yeni başlık",
        "--participants", str(more), "--venue", "Karesi")  # fmt: skip
    edited = json.loads(cli(capsys, db, "event", "list", "--json"))[0]
    assert (edited["title"], edited["participants"], edited["venue"]) == (
        "Yeni başlık", more, "Karesi")  # fmt: skip
    assert edited["date"] == first["date"] and edited["kind"] == first["kind"]  # untouched
    refused(capsys, db, "event", "edit", str(first["id"]), "--women", str(more + 1))
    assert json.loads(cli(capsys, db, "event", "list", "--json"))[0] == edited
    count = len(json.loads(cli(capsys, db, "event", "list", "--json")))
    cli(capsys, db, "event", "delete", str(first["id"]))
    assert len(json.loads(cli(capsys, db, "event", "list", "--json"))) == count - 1
    refused(capsys, db, "event", "delete", str(first["id"]))


def test_plan_title_year_and_language_are_set_not_guessed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Romanian plan written with ă and ş gets Romanian period names, never Vietnamese or
    Turkish ones; the institution's language applies unless the plan declares its own."""
    table = tmp_path / "plan.csv"
    table.write_text(
        "Nr.;Activitatea;Responsabil;Trimestrul I;Trimestrul II\n"
        ";Obiectiv 1: Prevenirea violenţei în şcoală;;;\n"
        "1.1;Sesiune de informare pentru părinţi şi elevi (ă);Poliţia Locală;martie;\n",
        encoding="utf-8",
    )
    db = tmp_path / "ro.sqlite"
    cli(capsys, db, "institution", "set", "--name", "Şcoala Gimnazială nr. 1", "--code", "SG1",
        "--kind", "school", "--language", "ro")  # fmt: skip
    cli(capsys, db, "plan", "import", str(table), "--year", "2024")
    periods = json.loads(cli(capsys, db, "period", "list", "--json"))
    assert periods[0]["label"].startswith("Trimestrul I ")
    cli(capsys, db, "plan", "set", "--title", "Planul şcolii 2024", "--language", "tr")
    periods = json.loads(cli(capsys, db, "period", "list", "--json"))
    assert "çeyrek" in periods[0]["label"]
    doc = json.loads(cli(capsys, db, "plan", "show", "--json"))
    assert doc["title"] == "Planul şcolii 2024"
    cli(capsys, db, "plan", "import", str(table), "--language", "ro", "--year", "2024")
    assert json.loads(cli(capsys, db, "period", "list", "--json"))[0]["label"].startswith(
        "Trimestrul"
    )
    # the institution's language changes: a plan without its own follows it
    cli(capsys, db, "institution", "set", "--name", "Şcoala Gimnazială nr. 1", "--code", "SG1",
        "--kind", "school", "--language", "en")  # fmt: skip
    assert json.loads(cli(capsys, db, "period", "list", "--json"))[0]["label"].startswith(
        "Trimestrul"
    )  # this plan declared Romanian


def test_a_plan_with_marks_keeps_its_periods(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite"
    cli(capsys, db, "demo")
    err = refused(capsys, db, "plan", "set", "--year", "2022")
    assert "cannot change" in err and "progress marks" in err
    out = cli(capsys, db, "plan", "set", "--title", "Yeni başlık")
    assert "changed: title" in out


def test_decimals_add_up_the_same_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite"
    cli(capsys, db, "demo")
    cli(capsys, db, "institution", "set", "--name", "Karesi İlçe MEM", "--code", "K1",
        "--kind", "district", "--language", "tr")  # fmt: skip
    before = json.loads(cli(capsys, db, "progress", "show", "--period", "2021-T3", "--json"))
    codes = [r["code"] for r in before][:2]
    cli(capsys, db, "progress", "set", codes[0], "--period", "2021-T3", "--status", "done",
        "--achieved", "2.5")  # fmt: skip
    cli(capsys, db, "progress", "set", codes[1], "--period", "2021-T3", "--status",
        "in_progress", "--achieved", "0,25")  # fmt: skip
    out = tmp_path / "r.xlsx"
    cli(capsys, db, "return", "export", "--period", "2021-T3", "--format", "xlsx", "--out",
        str(out))  # fmt: skip
    from app.db.migrate import open_database
    from app.services.plans import require_current_plan
    from app.services.return_payload import build_payload

    database = open_database(db)
    with database.unit() as session:
        payload = build_payload(session, require_current_plan(session), "2021-T3", language="tr")
    database.dispose()
    items = {i["code"]: i for i in payload["items"]}
    assert items[codes[0]]["progress"]["achieved_value"] == 2.5
    achieved = [
        i["progress"]["achieved_value"]
        for i in payload["items"]
        if i.get("progress") and i["progress"]["achieved_value"] is not None
    ]
    assert payload["totals"]["achieved"] == pytest.approx(sum(achieved))
    assert payload["totals"]["achieved"] != int(payload["totals"]["achieved"])  # 2.75 stays
