"""Prepare e-mail: the .eml every reader opens whole (issue 15): CRLF, a subject GMime reads
whole, attachments named for new and old readers, explicit media types, no doubled words."""

from __future__ import annotations

import email
import re
import shutil
import subprocess
from email import policy
from pathlib import Path

import pytest

from app.domain.periods import LANGUAGES, Scheme, scheme_periods
from app.services.completeness import REMINDER
from app.services.email_out import TEXTS, ascii_name, build_message, message_bytes

VI_NAME = "Trường Trung học cơ sở Nguyễn Trãi huyện Krông Pắc"


def payload(language: str, label: str) -> dict:  # type: ignore[type-arg]
    return {
        "language": language,
        "version": 2,
        "institution": {
            "name": VI_NAME,
            "email": "thcs@example.edu.vn",
            "head_name": "Nguyễn Thị Oanh",
            "head_title": "Hiệu trưởng",
        },
        "recipient": {"email": "pgd@example.gov.vn"},
        "period": {"label": label},
        "plan": {"title": "Kế hoạch triển khai Tháng hành động vì bình đẳng giới năm 2023"},
    }


@pytest.fixture
def eml(tmp_path: Path) -> Path:
    files = [tmp_path / "TRƯỜNG-NT_2021-T2_v2.pdf", tmp_path / "TRƯỜNG-NT_2021-T2_v2.xlsx"]
    files[0].write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    files[1].write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    label = scheme_periods(Scheme.FOUR_MONTH, 2021)[1].label("vi")
    out = tmp_path / "mail.eml"
    out.write_bytes(message_bytes(build_message(payload("vi", label), files)))
    return out


def test_lines_end_in_crlf_and_are_short(eml: Path) -> None:
    raw = eml.read_bytes()
    assert b"\n" in raw and raw.count(b"\n") == raw.count(b"\r\n")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78


def test_subject_is_quoted_printable_words_read_whole(eml: Path) -> None:
    raw = eml.read_bytes().decode("ascii")
    subject_lines = re.search(r"^Subject: (.*?)\r\n(?=\S)", raw, re.M | re.S)
    assert subject_lines is not None
    words = re.findall(r"=\?utf-8\?(\w)\?", subject_lines.group(1))
    assert words and set(words) == {"q"}
    parsed = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert parsed["Subject"] == f"Báo cáo Kỳ bốn tháng II năm 2021 — {VI_NAME}"
    if shutil.which("mu") is None:
        pytest.skip("mu (maildir-utils) not installed")
    shown = subprocess.run(["mu", "view", str(eml)], capture_output=True, text=True).stdout
    assert f"Subject: Báo cáo Kỳ bốn tháng II năm 2021 — {VI_NAME}" in shown
    assert "TRƯỜNG-NT_2021-T2_v2.pdf" in shown and "TRƯỜNG-NT_2021-T2_v2.xlsx" in shown


def test_attachments_named_for_new_and_old_readers(eml: Path, tmp_path: Path) -> None:
    parsed = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    parts = list(parsed.iter_attachments())
    assert [p.get_filename() for p in parts] == [
        "TRƯỜNG-NT_2021-T2_v2.pdf", "TRƯỜNG-NT_2021-T2_v2.xlsx"]  # fmt: skip
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert [p.get_content_type() for p in parts] == ["application/pdf", xlsx]
    assert [p.get_param("name") for p in parts] == [
        "TRUONG-NT_2021-T2_v2.pdf", "TRUONG-NT_2021-T2_v2.xlsx"]  # fmt: skip
    assert parts[0].get_content() == (tmp_path / "TRƯỜNG-NT_2021-T2_v2.pdf").read_bytes()
    if shutil.which("munpack") is None:
        pytest.skip("munpack (mpack) not installed")
    out = tmp_path / "munpack"
    out.mkdir()
    subprocess.run(["munpack", "-f", "-q", str(eml)], cwd=out, check=True, capture_output=True)
    for name in ("TRUONG-NT_2021-T2_v2.pdf", "TRUONG-NT_2021-T2_v2.xlsx"):
        original = tmp_path / name.replace("TRUONG", "TRƯỜNG")
        assert (out / name).read_bytes() == original.read_bytes()


def test_ascii_names() -> None:
    assert ascii_name("Đồng-Nai_2024-Q1_v1.pdf") == "Dong-Nai_2024-Q1_v1.pdf"
    assert ascii_name("Şişli İlçe.xlsx") == "Sisli_Ilce.xlsx"
    assert ascii_name("ШКОЛА-17.pdf").endswith("-17.pdf")
    assert ascii_name("Школа") == "attachment"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_is_said_twice(language: str) -> None:
    """Period names already say "period" / "kỳ" / "dönem": the texts around them must not."""
    twice = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
    for scheme in (Scheme.QUARTER, Scheme.FOUR_MONTH, Scheme.HALF_YEAR, Scheme.MONTH,
                   Scheme.YEAR):  # fmt: skip
        label = scheme_periods(scheme, 2021)[0].label(language)
        msg = build_message(payload(language, label), [])
        subject = str(
            email.message_from_bytes(message_bytes(msg), policy=policy.default)["Subject"]
        )
        body = TEXTS[language]["body"].format(
            period=label, institution="X", version=1, plan="P", head="H", head_title="T"
        )
        reminder = " ".join(part.format(period=label, due="01.01.2022", sender="S")
                            for part in REMINDER[language])  # fmt: skip
        for text in (subject, body, reminder):
            assert twice.search(text.replace("—", " ")) is None, (scheme, text)
        assert re.search(r"(?i)\bdönem\w*\s+dönem", subject + body + reminder) is None
        assert re.search(r"(?i)\bkỳ\s+kỳ", subject + body + reminder) is None
