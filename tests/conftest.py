"""Shared fixtures: every test gets its own fresh SQLite file; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PLANDESK_NO_CRASH_DIALOG", "1")

from app.db.migrate import open_database
from app.db.session import Database

REPO = Path(__file__).resolve().parents[1]
SEEDS = (
    REPO / "tests" / "fixtures" / "seeds"
)  # copies of the seed documents, sources named in its README
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "plandesk.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def demo(db: Database) -> Database:
    """*db* holding the demo: the Balıkesir plan, its 2021 progress and events."""
    from app.services.demo import build_demo

    with db.unit() as s:
        build_demo(s)
    return db


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Logs, settings and the default database of a test stay in its tmp folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("PLANDESK_DB", raising=False)
