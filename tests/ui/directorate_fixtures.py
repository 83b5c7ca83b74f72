"""A district and its schools made through the command line, for the directorate's pages.

Institution names of more than 100 characters in Cyrillic, Vietnamese, Turkish and
Romanian, as real registries hold them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.cli.main import run

PW = "district clerk password"
PERIOD = "2021-T1"
LONG_NAMES = {
    "ru": "Муниципальное бюджетное общеобразовательное учреждение «Средняя "
    "общеобразовательная школа № 17 имени Героя Советского Союза И. П. Кузнецова» города "
    "Караганды",
    "vi": "Trường Trung học phổ thông chuyên Lê Quý Đôn thuộc Sở Giáo dục và Đào tạo tỉnh "
    "Bà Rịa – Vũng Tàu, phân hiệu Xuyên Mộc và Đất Đỏ",
    "tr": "Şehit Öğretmen Ayşegül Yıldırım Çağlayan Mesleki ve Teknik Anadolu Lisesi Kız "
    "Öğrenci Pansiyonu ve Uygulama Oteli, Karesi/Balıkesir",
    "ro": "Școala Gimnazială „Ștefan cel Mare și Sfânt” din comuna Țibănești, județul Iași, "
    "structura arondată Școala Primară Glodenii Gândului",
}
DISTRICT_NAME = (
    "Karesi İlçe Milli Eğitim Müdürlüğü — Kadına Yönelik Şiddetle Mücadele İlçe Koordinasyon Birimi"
)


def cli(*args: object) -> None:
    assert run([str(a) for a in args]) == 0, args


@dataclass
class District:
    db: Path
    template: Path
    pem: Path
    folder: Path


@dataclass
class School:
    code: str
    name: str
    db: Path
    pem: Path


def make_district(folder: Path, code: str = "ILCE-KARESI") -> District:
    """The demo plan in a district with a signing identity (PLANDESK_KEY_PASSWORD set)."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "district.sqlite"
    cli("--db", db, "demo")
    cli("--db", db, "institution", "set", "--name", DISTRICT_NAME, "--code", code,
        "--kind", "district", "--language", "tr", "--head-name", "Hüseyin Gündoğdu",
        "--head-title", "İlçe Milli Eğitim Müdürü", "--email", "karesi@example.org.tr",
        "--parent-code", "MEB-10", "--parent-name", "Balıkesir İl Milli Eğitim Müdürlüğü",
        "--parent-email", "balikesir@example.org.tr")  # fmt: skip
    cli("--db", db, "identity", "create")
    cli("--db", db, "template", "export", "--out", folder / "template.json")
    cli("--db", db, "identity", "export-trust", "--out", folder / "district.pem")
    return District(db, folder / "template.json", folder / "district.pem", folder)


def make_school(
    district: District, code: str, name: str, language: str, *, identity: bool = True
) -> School:
    """A school with the district's plan (and, with *identity*, a key of its own)."""
    db = district.folder / f"{code}.sqlite"
    cli("--db", db, "institution", "set", "--name", name, "--code", code, "--kind", "school",
        "--parent-code", "ILCE-KARESI", "--language", language)  # fmt: skip
    cli("--db", db, "plan", "import", district.template, "--trust", district.pem)
    pem = district.folder / f"{code}.pem"
    if identity:
        cli("--db", db, "identity", "create")
        cli("--db", db, "identity", "export-trust", "--out", pem)
    return School(code, name, db, pem)


def sign_return(
    school: School,
    out_folder: Path,
    participants: int,
    status: str = "done",
    fmt: str = "pdf",
    password_file: Path | None = None,
    version: int = 1,
) -> Path:
    """Mark activity 2.1.4 and sign the period's return into *out_folder*."""
    args = ["progress", "set", "2.1.4", "--period", PERIOD, "--status", status]
    args += ["--participants", str(participants)] if participants else ["--reason", "Salgın"]
    cli("--db", school.db, *args)
    out_folder.mkdir(parents=True, exist_ok=True)
    out = out_folder / f"{school.code}_{PERIOD}_v{version}.{fmt}"
    secret = ["--password-file", password_file] if password_file is not None else []
    cli("--db", school.db, *secret, "return", "export", "--period", PERIOD, "--format", fmt,
        "--sign", "--out", out)  # fmt: skip
    return out
