"""Small plans for tests that do not need the demo."""

from __future__ import annotations

from app.domain.periods import Scheme
from app.domain.plan import FootnoteData, ItemData, ItemKind, PlanData, PlannedPeriod


def small_plan(year: int = 2021) -> PlanData:
    return PlanData(
        title="Küçük plan — şiddetle mücadele",
        year=year,
        scheme=Scheme.FOUR_MONTH,
        language="tr",
        footnotes=[FootnoteData("1", "Yönetmelik madde 19")],
        items=[
            ItemData("1", ItemKind.GOAL, "Farkındalık"),
            ItemData("1.1", ItemKind.SUBGOAL, "Eğitim"),
            ItemData(
                "1.1.1",
                ItemKind.ACTIVITY,
                "Öğretmenlere seminer",
                planned=[PlannedPeriod(f"{year}-T1", "Mart")],
                footnote_marks=["1"],
            ),
            ItemData(
                "1.1.2",
                ItemKind.ACTIVITY,
                "Velilere bilgilendirme",
                planned=[PlannedPeriod(f"{year}-T2", "Mayıs")],
            ),
            ItemData("1.1.10", ItemKind.ACTIVITY, "Onuncu faaliyet"),
        ],
    )


def copy_db(src: object, dst: object) -> None:
    """Copy a live (WAL) database consistently, as a backup would."""
    from pathlib import Path

    from app.services.backup import _copy

    _copy(Path(str(src)), Path(str(dst)))


def pdfsig(pdf: object, trust_pem: object, work: object) -> str:
    """poppler's pdfsig report on *pdf* with *trust_pem* (a root) trusted in a private NSS
    database under *work*; skips the test when poppler-utils / libnss3-tools are missing."""
    import shutil
    import subprocess
    from pathlib import Path

    import pytest

    if not shutil.which("pdfsig") or not shutil.which("certutil"):
        pytest.skip("poppler-utils / libnss3-tools not installed")
    nss = Path(str(work)) / "nss"
    if not nss.exists():
        nss.mkdir(parents=True)
        subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True)
    subprocess.run(
        ["certutil", "-d", f"sql:{nss}", "-A", "-t", "CT,C,C", "-n", Path(str(trust_pem)).stem,
         "-i", str(trust_pem)],
        check=True,
    )  # fmt: skip
    done = subprocess.run(
        ["pdfsig", "-nssdir", f"sql:{nss}", str(pdf)], capture_output=True, text=True
    )
    return done.stdout
