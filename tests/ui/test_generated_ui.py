"""Designer files and their compiled modules stay in step."""

from __future__ import annotations

from app.ui.compile_ui import GENERATED, compile_one, sources, target_for


def test_every_designer_file_is_compiled_and_current() -> None:
    assert sources(), "no .ui files found"
    for source in sources():
        target = target_for(source)
        assert target.exists(), f"run python -m app.ui.compile_ui ({target} missing)"
        assert target.read_text(encoding="utf-8") == compile_one(source), (
            f"{target.name} is stale: run python -m app.ui.compile_ui"
        )
        assert "DO NOT EDIT" in target.read_text(encoding="utf-8").splitlines()[0]
    assert (GENERATED / "__init__.py").exists()
