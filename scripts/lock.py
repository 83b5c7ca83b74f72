"""The lock file: every package PlanDesk, its tests and its bundle install, pinned with hashes.

    python scripts/lock.py check     # exit 1 with one line when pyproject.toml changed since
                                     # requirements-lock.txt was made (run by scripts/test.sh)
    python scripts/lock.py write     # remake requirements-lock.txt with uv (the locked uv in
                                     # .venv); --upgrade takes the newest releases allowed
    .venv/bin/python scripts/lock.py extras   # installed packages the lock does not name

Only the standard library here: ``check`` runs before any virtual environment exists.
The lock records a digest of what pyproject.toml declares about dependencies (requires-python,
dependencies, optional dependencies, build requirements); other edits of pyproject.toml (a
ruff rule, a pytest option) need no new lock.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = REPO / "pyproject.toml"
LOCK = REPO / "requirements-lock.txt"
MARK = "# pyproject-dependencies-sha256: "
HEADER = """\
# requirements-lock.txt: every package PlanDesk, its tests and its bundle install, pinned with
# their hashes, for every platform (uv pip compile --universal --generate-hashes).
# Made by `bash scripts/refresh_lock.sh`; do not edit by hand. Installed by scripts/test.sh,
# scripts/start_demo.sh and scripts/build_bundle.sh with `pip install --require-hashes`.
"""


def dependency_digest(pyproject: Path = PYPROJECT) -> str:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data.get("project", {})
    declared = {
        "requires-python": project.get("requires-python", ""),
        "dependencies": project.get("dependencies", []),
        "optional-dependencies": project.get("optional-dependencies", {}),
        "build-system": data.get("build-system", {}).get("requires", []),
    }
    text = json.dumps(declared, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def recorded_digest(lock: Path = LOCK) -> str | None:
    if not lock.is_file():
        return None
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith(MARK):
            return line[len(MARK) :].strip()
    return None


def check() -> int:
    recorded = recorded_digest()
    if recorded is None:
        print(
            "lock: requirements-lock.txt is missing or has no digest line; "
            "run 'bash scripts/refresh_lock.sh'",
            file=sys.stderr,
        )
        return 1
    if recorded != dependency_digest():
        print(
            "lock: pyproject.toml's dependencies changed but requirements-lock.txt was not "
            "refreshed; run 'bash scripts/refresh_lock.sh' and commit the lock",
            file=sys.stderr,
        )
        return 1
    return 0


def write(upgrade: bool) -> int:
    uv = REPO / ".venv" / "bin" / "uv"
    if not uv.exists():
        uv = REPO / ".venv" / "Scripts" / "uv.exe"
    command = [
        str(uv),
        "pip",
        "compile",
        str(PYPROJECT),
        "--extra",
        "dev",
        "--universal",
        "--python-version",
        "3.11",
        "--generate-hashes",
        "--no-header",
        "--quiet",
        "--no-progress",
    ]
    if upgrade:
        command.append("--upgrade")
    previous = LOCK.read_text(encoding="utf-8") if LOCK.exists() else ""
    body_lines = [line for line in previous.splitlines(keepends=True) if not line.startswith("#")]
    seed = REPO / "build" / "lock-seed.txt"
    seed.parent.mkdir(parents=True, exist_ok=True)
    seed.write_text("".join(body_lines), encoding="utf-8")
    command += ["--output-file", str(seed)]  # uv keeps what it may keep from the old lock
    result = subprocess.run(command, cwd=REPO, check=False)
    if result.returncode != 0:
        print("lock: uv pip compile failed; requirements-lock.txt is unchanged", file=sys.stderr)
        return 1
    body = seed.read_text(encoding="utf-8")
    text = HEADER + MARK + dependency_digest() + "\n" + body
    tmp = LOCK.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(LOCK)
    print(f"lock: wrote {LOCK.name} ({sum(1 for x in body.splitlines() if '==' in x)} packages)")
    return 0


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked_names(lock: Path = LOCK) -> set[str]:
    names = set()
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", line)
        if match:
            names.add(_canonical(match[1]))
    return names


def extras() -> int:
    """Print the distributions installed in this interpreter that the lock does not name."""
    from importlib import metadata

    keep = locked_names() | {"pip", "setuptools", "wheel", "plandesk"}
    found = sorted(
        {_canonical(d.metadata["Name"]) for d in metadata.distributions() if d.metadata["Name"]}
        - keep
    )
    print(" ".join(found))
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["extras"]:
        return extras()
    if argv[:1] == ["check"]:
        return check()
    if argv[:1] == ["write"]:
        return write(upgrade="--upgrade" in argv[1:])
    if argv[:1] == ["digest"]:
        print(dependency_digest())
        return 0
    print(
        "usage: python scripts/lock.py check | write [--upgrade] | digest | extras", file=sys.stderr
    )
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
