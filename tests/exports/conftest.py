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
