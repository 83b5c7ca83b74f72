"""The column-mapping step of the plan import: detected roles, corrected by the clerk."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.errors import ImportRejected
from app.services.plan_import import column_roles, detect_header, read_grid, recognise_rows

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "plans"


def test_detected_roles_give_the_same_plan_as_no_mapping() -> None:
    grid = read_grid(FIXTURES / "balikesir_2021.xlsx")
    roles = column_roles(detect_header(grid))
    assert roles == {0: "activity", 1: "period", 2: "period", 3: "period", 4: "reason"}
    assert recognise_rows(grid, mapping=roles) == recognise_rows(grid)


def test_a_column_left_out_is_not_read_at_all() -> None:
    grid = read_grid(FIXTURES / "balikesir_2021.xlsx")
    roles = column_roles(detect_header(grid))
    roles[4] = ""
    plan = recognise_rows(grid, mapping=roles)
    assert all(not item.not_planned_reason and not item.notes for item in plan.items)


def test_a_column_given_another_role() -> None:
    grid = [
        ["Code", "Activity", "Who"],
        ["1", "Goal one", ""],
        ["1.1", "Train teachers", "District office"],
    ]
    plan = recognise_rows(grid, mapping={0: "code", 1: "activity", 2: "responsible"})
    assert plan.items[-1].responsible == "District office"


def test_a_mapping_without_activity_column_is_refused() -> None:
    grid = read_grid(FIXTURES / "balikesir_2021.xlsx")
    with pytest.raises(ImportRejected, match="activity texts"):
        recognise_rows(grid, mapping={0: "notes", 4: "reason"})


def test_period_role_on_a_column_that_names_no_period_is_refused() -> None:
    grid = read_grid(FIXTURES / "balikesir_2021.xlsx")
    with pytest.raises(ImportRejected, match="names no period"):
        recognise_rows(grid, mapping={0: "activity", 4: "period"})
