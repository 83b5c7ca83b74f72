"""Fixtures for the renderings: demo payloads in six languages, LibreOffice headless."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.db.migrate import open_database
from app.exports.labels import LANGUAGES
from app.services.demo import build_demo
from app.services.plans import require_current_plan
from app.services.return_payload import build_payload

LibreOffice = Callable[[Path, str, Path], Path]


@pytest.fixture(scope="session")
def demo_payloads(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The demo return (Balıkesir plan, period 2021-T1) built by the real services, per language."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            mp.setenv(var, str(folder / var.lower()))
        db = open_database(folder / "demo.sqlite")
        try:
            with db.unit() as s:
                build_demo(s)
            payloads = {}
            with db.unit() as s:
                plan = require_current_plan(s)
                for lang in LANGUAGES:
                    payloads[lang] = build_payload(s, plan, "2021-T1", language=lang)
        finally:
            db.dispose()
    return payloads


@pytest.fixture
def libreoffice(tmp_path: Path) -> Iterator[LibreOffice]:
    """convert(src, filter, outdir) with LibreOffice headless and an isolated profile."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
    profile = tmp_path / "lo-profile"

    def convert(src: Path, target: str, outdir: Path) -> Path:
        outdir.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "HOME": str(tmp_path)}
        done = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                target,
                "--outdir",
                str(outdir),
                str(src),
            ],
            capture_output=True,
            text=True,
            timeout=180,
            env=env,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return outdir

    yield convert


SCHOOLS = 11


@pytest.fixture(scope="session")
def consolidated_payloads(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """A district's consolidated return, per language, built by the real consolidation
    service from accepted returns in its database: eleven schools sent their own, four
    more came in through a sub-district's consolidated return (one of them late)."""
    import json
    import random
    from datetime import datetime

    from app.db.models import Return
    from app.domain.status import ReturnDirection, ReturnStatus
    from app.services.consolidate import consolidated_payload
    from app.services.return_payload import canonical_bytes, payload_sha256
    from tests.exports.payloads import child_payload

    folder = tmp_path_factory.mktemp("district")
    rng = random.Random(7)

    def accept(s: Any, plan: Any, code: str, payload: dict[str, Any], late: bool) -> None:
        s.add(
            Return(
                direction=ReturnDirection.INCOMING.value,
                kind=payload.get("kind", "institution"),
                status=ReturnStatus.ACCEPTED.value,
                plan_id=plan.id,
                institution_code=code,
                period_key="2021-T1",
                version=payload["version"],
                payload=canonical_bytes(payload).decode("utf-8"),
                payload_sha256=payload_sha256(payload),
                file_sha256=f"{rng.getrandbits(256):064x}",
                signed_at=datetime(2021, 5, rng.randint(2, 14), 10, 30),
                late=late,
            )
        )

    with pytest.MonkeyPatch.context() as mp:
        for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            mp.setenv(var, str(folder / var.lower()))
        db = open_database(folder / "district.sqlite")
        try:
            with db.unit() as s:
                build_demo(s)
            with db.unit() as s:
                plan = require_current_plan(s)
                base = build_payload(s, plan, "2021-T1", language="tr")
                # a sub-district first consolidates four schools of its own ...
                for n in range(1, 5):
                    school = child_payload(base, f"KARESI-{n}", f"Karesi {n}. Okul", rng)
                    accept(s, plan, f"KARESI-{n}", school, late=False)
                s.flush()
                sub = consolidated_payload(s, plan, "2021-T1", language="tr")
                for row in s.query(Return).all():
                    s.delete(row)
                s.flush()
                sub["institution"] = {**sub["institution"], "code": "ILCE-KARESI"}
                sub["institution"]["name"] = "Karesi İlçe Milli Eğitim Müdürlüğü"
                accept(s, plan, "ILCE-KARESI", sub, late=True)
                # ... and eleven schools report directly
                for n in range(1, SCHOOLS + 1):
                    name = f"Altıeylül {n}. Ortaokulu" if n % 2 else f"Bandırma {n}. İlkokulu"
                    school = child_payload(base, f"OKUL-{n}", name, rng)
                    accept(s, plan, f"OKUL-{n}", school, late=n in (3, 8))
                s.flush()
                payloads = {
                    lang: consolidated_payload(s, plan, "2021-T1", language=lang)
                    for lang in LANGUAGES
                }
                s.rollback()
        finally:
            db.dispose()
    json.dumps(payloads)  # plain data, as the CLI writes it
    return payloads
