"""The two commands, CI and the bundle spec stay what the README promises."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import app
from app import paths
from app.db import migrate

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = ("start_demo.sh", "test.sh", "install_system_deps.sh", "build_bundle.sh")


def _code_blocks(markdown: str, heading: str) -> list[str]:
    section = markdown.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```[a-z]*\n(.*?)```", section, flags=re.S)


def test_readme_quick_start_is_exactly_the_two_commands() -> None:
    blocks = _code_blocks((REPO / "README.md").read_text(encoding="utf-8"), "Quick start")
    assert [b.strip() for b in blocks] == ["bash scripts/start_demo.sh", "bash scripts/test.sh"]


def test_ci_runs_the_test_script_and_nothing_else() -> None:
    lines = [
        line.strip()
        for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    commands = [line for line in lines if not line.startswith(("set ", "cd "))]
    assert commands == ["exec bash scripts/test.sh"]


@pytest.mark.parametrize("name", SCRIPTS)
def test_scripts_are_valid_bash(name: str) -> None:
    result = subprocess.run(
        ["bash", "-n", str(REPO / "scripts" / name)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_spec_takes_name_and_version_from_the_package() -> None:
    spec = (REPO / "build.spec").read_text(encoding="utf-8")
    assert "app.__version__" in spec
    assert "app.APP_NAME" in spec
    assert f'"{app.__version__}"' not in spec


def test_bundle_layout_matches_where_the_code_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    """build.spec ships migrations at app/db/migrations and resources/ at the bundle root."""
    spec = (REPO / "build.spec").read_text(encoding="utf-8")
    package_root = Path(app.__file__).resolve().parent.parent
    assert migrate.MIGRATIONS_DIR.resolve().relative_to(package_root).as_posix() in spec
    for needed in ("env.py", "script.py.mako"):
        assert (migrate.MIGRATIONS_DIR / needed).is_file()
    assert list((migrate.MIGRATIONS_DIR / "versions").glob("0001_*.py"))

    assert paths.resource("fonts", "OFL.txt").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", "/bundle/_internal", raising=False)
    assert paths.resource("fonts", "OFL.txt") == Path("/bundle/_internal/resources/fonts/OFL.txt")
    assert paths.ui_file("main_window.ui") == Path("/bundle/_internal/ui/main_window.ui")
    assert '"resources"' in spec and '"ui"' in spec


def _stub(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    path.chmod(0o755)


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_system_deps_without_root_only_reports(tmp_path: Path) -> None:
    """Not root: nothing is installed, the missing packages are named, the run goes on."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _stub(bin_dir, "id", "echo 1000")
    _stub(bin_dir, "dpkg-query", "exit 1")  # nothing installed
    _stub(bin_dir, "apt-get", f"touch {tmp_path}/apt-called; exit 1")
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    env["PLANDESK_DEPS_LOG"] = str(tmp_path / "deps.log")
    result = subprocess.run(
        ["bash", str(REPO / "scripts" / "install_system_deps.sh")],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "apt-called").exists()
    assert "not root" in result.stdout
    assert "poppler-utils" in result.stdout and "libreoffice-calc" in result.stdout

    env["PLANDESK_SKIP_LIBREOFFICE"] = "1"
    result = subprocess.run(
        ["bash", str(REPO / "scripts" / "install_system_deps.sh")],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert "libreoffice" not in result.stdout
    assert len(result.stdout.strip().splitlines()) == 1
