"""The layers go one way (docs/architecture.md): a module may import only from its own layer
and the layers below it. Checked on every ``import`` of the source tree, lazy ones included."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

# layer -> the layers it may import from (besides itself). Top-level helpers ("app" itself for
# the version, paths, fileio, bulk, options, logsetup) are below every layer that lists them.
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "bulk": set(),
    "app": set(),
    "paths": {"app"},
    "fileio": set(),
    "scratch": {"paths"},
    "db": {"domain", "bulk", "fileio", "app"},
    "exports": {"domain", "fileio", "paths", "app"},
    "services": {"db", "domain", "exports", "fileio", "scratch", "paths", "bulk", "app"},
    "options": {"domain"},
    "logsetup": {"app", "paths"},
    "cli": {"services", "domain", "options", "logsetup", "paths", "fileio", "app"},
    "ui": {
        "services",
        "domain",
        "exports",
        "options",
        "logsetup",
        "paths",
        "fileio",
        "scratch",
        "app",
    },
    "main": {"cli", "ui", "options"},
    "__main__": {"main"},
}


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "app"


def imports_of(module: str, source: str) -> list[str]:
    """Every app.* module *source* imports (absolute imports; relative ones stay inside)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return [name for name in found if name == "app" or name.startswith("app.")]


def upward(module: str, source: str) -> list[str]:
    """The imports of *module* that break the layering, as "module -> imported"."""
    mine = layer_of(module)
    allowed = ALLOWED.get(mine, set()) | {mine}
    return [
        f"{module} -> {name}"
        for name in imports_of(module, source)
        if layer_of(name) not in allowed
    ]


def modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted((SRC / "app").rglob("*.py")):
        if "migrations" in path.parts or "generated" in path.parts:
            continue
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out.append((".".join(parts), path))
    return out


def test_every_layer_is_known() -> None:
    assert {layer_of(m) for m, _ in modules()} <= set(ALLOWED)


def test_no_layer_imports_upward() -> None:
    """None, not even a lazy one: the window reaches the database only through services."""
    found = {v for m, p in modules() for v in upward(m, p.read_text(encoding="utf-8"))}
    assert found == set(), "upward imports"


@pytest.mark.parametrize(
    ("module", "source", "broken"),
    [
        ("app.domain.plan", "from app.db.models import Plan", True),
        ("app.services.plans", "from app.ui.workspace import Workspace", True),
        ("app.services.plans", "def f():\n    from app.cli.main import run\n", True),
        ("app.exports.pdf_return", "import app.services.returns", True),
        ("app.ui.pages.plan", "from app.db.session import Database", True),
        ("app.cli.commands", "from app.db.models import PlanItem", True),
        ("app.services.plans", "from app.db.models import Plan", False),
        ("app.ui.pages.plan", "from app.services.plans import load_tree", False),
    ],
)
def test_the_check_catches_an_upward_import(module: str, source: str, broken: bool) -> None:
    assert bool(upward(module, source)) is broken
