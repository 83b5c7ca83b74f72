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
SCRIPTS = (
    "start_demo.sh",
    "test.sh",
    "install_system_deps.sh",
    "build_bundle.sh",
    "install_venv.sh",
    "refresh_lock.sh",
)


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


# ------------------------------------------------------------------ the lock
def _lock_check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(folder / "scripts" / "lock.py"), "check"],
        capture_output=True,
        text=True,
    )


def _copy_for_lock(tmp_path: Path) -> Path:
    (tmp_path / "scripts").mkdir()
    for name in ("scripts/lock.py", "pyproject.toml", "requirements-lock.txt"):
        shutil.copy(REPO / name, tmp_path / name)
    return tmp_path


def test_the_lock_follows_pyproject() -> None:
    result = _lock_check(REPO)
    assert result.returncode == 0, result.stderr


def test_a_dependency_added_without_a_new_lock_fails_with_one_line(tmp_path: Path) -> None:
    folder = _copy_for_lock(tmp_path)
    pyproject = folder / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(
        text.replace('"defusedxml>=0.7",', '"defusedxml>=0.7",\n    "requests>=2",'),
        encoding="utf-8",
    )
    result = _lock_check(folder)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "refresh_lock.sh" in result.stderr


def test_a_lint_setting_needs_no_new_lock(tmp_path: Path) -> None:
    folder = _copy_for_lock(tmp_path)
    pyproject = folder / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(text.replace("line-length = 100", "line-length = 99"), encoding="utf-8")
    assert _lock_check(folder).returncode == 0


def test_every_lock_entry_is_pinned_with_hashes() -> None:
    lines = (REPO / "requirements-lock.txt").read_text(encoding="utf-8").splitlines()
    entries = [line for line in lines if line and not line.startswith((" ", "#"))]
    assert len(entries) > 30
    for index, line in enumerate(lines):
        if line in entries:
            assert "==" in line, line
            assert "--hash=sha256:" in lines[index + 1], line


def test_warnings_are_ignored_only_by_module_and_message() -> None:
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    filters = config["tool"]["pytest"]["ini_options"]["filterwarnings"]
    assert filters[0] == "error"
    for entry in filters[1:]:
        action, message, category, module = entry.split(":")[:4]
        assert action == "ignore" and message and category and module, entry


# ------------------------------------------------------------------ the repository stands alone
def test_documentation_links_stay_inside_the_repository() -> None:
    pages = [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]
    checked = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if target.startswith(("http://", "https://", "mailto:", "#")):
                continue
            path = (page.parent / target.split("#", 1)[0]).resolve()
            assert path.is_relative_to(REPO), f"{page.name}: {target} leaves the repository"
            assert path.exists(), f"{page.name}: {target} does not exist"
            checked += 1
    assert checked > 10


def test_no_test_reads_outside_the_repository() -> None:
    outside = re.compile(r"REPO\.parent|parents\[[3-9]\]|[\"'/]shared[\"'/]|/work/")
    offenders = [
        f"{path.relative_to(REPO)}:{number}"
        for path in sorted((REPO / "tests").rglob("*.py"))
        if path != Path(__file__)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if outside.search(line)
    ]
    assert offenders == []
