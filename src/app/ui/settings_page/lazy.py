"""``actions`` imported on first use: the window is built before SQLAlchemy is loaded."""

from __future__ import annotations

from types import ModuleType
from typing import Any


class _Lazy:
    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        if self._module is None:
            import importlib

            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


actions: Any = _Lazy("app.ui.settings_page.actions")
