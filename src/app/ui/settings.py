"""GUI settings, declared once with their type and default, stored with QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

from app import APP_NAME

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def read(self, store: QSettings) -> T:
        value = store.value(self.key, self.default, type=type(self.default))
        return value if isinstance(value, type(self.default)) else self.default

    def write(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, value)


LANGUAGE = Setting("ui/language", "")  # "" = follow the system
LAST_PAGE = Setting("ui/last_page", "plan")


def open_store() -> QSettings:
    """PlanDesk's settings (INI file in the user config dir, the same on every platform)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)
