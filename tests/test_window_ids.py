"""The window holds plan ids, not ORM rows (docs/architecture.md, "The layers"): no module
under ``app.ui`` asks a service for the current plan as a row (``current_plan``,
``require_current_plan``, ``plan_for_events``); it asks for its id (``current_plan_id``,
``require_current_plan_id``, ``plan_id_for_events``) or for plain values
(``current_plan_info``). Checked on the syntax tree of every module, lazy imports included;
the check shows itself failing on examples."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.test_architecture import modules

# the services that hand out the plan as an ORM row
ROW_GIVERS = frozenset({"current_plan", "require_current_plan", "plan_for_events"})


def row_uses(source: str) -> list[str]:
    """Where *source* imports or calls a service that gives the plan as a row, as
    "line: name"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("app."):
            found += [f"{node.lineno}: {a.name}" for a in node.names if a.name in ROW_GIVERS]
        elif isinstance(node, ast.Call):
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            if name in ROW_GIVERS:
                found.append(f"{node.lineno}: {name}(")
    return found


def ui_modules() -> list[tuple[str, Path]]:
    """The window's modules (the generated Designer ones left out), as the architecture test
    walks them."""
    return [(module, path) for module, path in modules() if module.startswith("app.ui")]


def test_the_window_asks_for_plan_ids_not_rows() -> None:
    found = {
        f"{module}:{use}"
        for module, path in ui_modules()
        for use in row_uses(path.read_text(encoding="utf-8"))
    }
    assert found == set(), "a window module takes the plan as an ORM row"


def test_the_walk_sees_the_window() -> None:
    names = {module for module, _ in ui_modules()}
    assert {"app.ui.pages.narrative", "app.ui.pages.events", "app.ui.settings_page"} <= names


@pytest.mark.parametrize(
    ("source", "bad"),
    [
        (
            "def load(db):\n"
            "    from app.services.plans import current_plan\n"
            "    with db.unit() as s:\n"
            "        return current_plan(s).title\n",
            True,
        ),
        ("from app.services.plans import require_current_plan\n", True),
        ("from app.services import plans\nplan = plans.require_current_plan(session)\n", True),
        ("plan = plan_for_events(session, day)[0]\n", True),
        ("from app.services.plan_setup import plan_for_events as pick\n", True),
        (
            "def load(db):\n"
            "    from app.services.plans import current_plan_id\n"
            "    with db.unit() as s:\n"
            "        return current_plan_id(s)\n",
            False,
        ),
        ("from app.services.plans import require_current_plan_id, current_plan_info\n", False),
        ("plan_id = plan_id_for_events(session, day)\n", False),
        ("self.current_plan = None\n", False),
    ],
)
def test_the_check_catches_a_plan_row(source: str, bad: bool) -> None:
    assert bool(row_uses(source)) is bad
