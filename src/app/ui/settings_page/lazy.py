"""``actions`` (app.services.settings_state) imported on first use: the window is built
before SQLAlchemy is loaded."""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any


class _Lazy:
    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        if self._module is None:
            import importlib

            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


if TYPE_CHECKING:
    from app.services import settings_state as actions

    __all__ = ["actions"]
else:
    actions = _Lazy("app.services.settings_state")
