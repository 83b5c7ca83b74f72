"""Where things live: bundled resources (also when frozen), user data, logs, the database."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from app import APP_NAME


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return _source_root()


@cache
def _source_root() -> Path:
    """src/app/paths.py -> the repository root (resources/ and ui/ sit there); resolved once:
    every icon asks."""
    return Path(__file__).resolve().parents[2]


def resource(*parts: str) -> Path:
    """A file under resources/ (fonts, icons, translations)."""
    return _root().joinpath("resources", *parts)


def ui_file(name: str) -> Path:
    """A Qt Designer file under ui/."""
    return _root().joinpath("ui", name)


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    env = os.environ.get("PLANDESK_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / "plandesk.sqlite"


def scratch_root() -> Path:
    """Where PlanDesk keeps short-lived working files (not the system's temporary folder: a
    killed process's leftovers are found and removed here by the next one)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "scratch"
