"""GUI settings, declared once with their type and default, stored with QSettings.

Plain values (:class:`Setting`), lists of text (:class:`ListSetting`: recent databases) and
the saved state of a widget (:class:`StateSetting`: the window's geometry) and sizes in
pixels (:class:`SizesSetting`: a splitter's panes, a table's columns). A family of sizes (one
per page's splitter) is a :class:`SizesFamily`: its members are named by their widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

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


@dataclass(frozen=True)
class ListSetting:
    """Texts in order (most recent first), at most *limit* of them, no duplicates."""

    key: str
    limit: int

    def read(self, store: QSettings) -> list[str]:
        value = store.value(self.key, "", type=str)
        text = value if isinstance(value, str) else ""
        return [line for line in text.split("\n") if line][: self.limit]

    def write(self, store: QSettings, values: list[str]) -> None:
        kept: list[str] = []
        for value in values:
            if value and "\n" not in value and value not in kept:
                kept.append(value)
        store.setValue(self.key, "\n".join(kept[: self.limit]))

    def push(self, store: QSettings, value: str) -> list[str]:
        """Put *value* first; returns the new list."""
        values = [value, *(v for v in self.read(store) if v != value)]
        self.write(store, values)
        return self.read(store)


@dataclass(frozen=True)
class StateSetting:
    """A widget's saved state (``saveGeometry``/``saveState``); empty when never saved."""

    key: str

    def read(self, store: QSettings) -> QByteArray:
        value = store.value(self.key, "", type=str)
        if not isinstance(value, str) or not value:
            return QByteArray()
        return QByteArray.fromBase64(QByteArray(value.encode("ascii", "ignore")))

    def write(self, store: QSettings, state: QByteArray) -> None:
        store.setValue(self.key, bytes(state.toBase64().data()).decode("ascii"))


@dataclass(frozen=True)
class SizesSetting:
    """Sizes in pixels (a splitter's panes, a table's columns); empty when never saved."""

    key: str

    def read(self, store: QSettings) -> list[int]:
        value = store.value(self.key, "", type=str)
        text = value if isinstance(value, str) else ""
        try:
            sizes = [int(part) for part in text.split(",") if part.strip()]
        except ValueError:
            return []
        return sizes if all(0 <= size <= 100_000 for size in sizes) else []

    def write(self, store: QSettings, sizes: list[int]) -> None:
        store.setValue(self.key, ",".join(str(int(size)) for size in sizes))


@dataclass(frozen=True)
class SizesFamily:
    """One :class:`SizesSetting` per named widget: ``prefix/<page>.<widget>``."""

    prefix: str

    def of(self, name: str) -> SizesSetting:
        return SizesSetting(f"{self.prefix}/{name}")


LANGUAGE = Setting("ui/language", "")  # "" = follow the system
LAST_PAGE = Setting("ui/last_page", "plan")
RECENT_DATABASES = ListSetting("files/recent_databases", 8)
LAST_FOLDER = Setting("files/last_folder", "")  # where files were last saved or opened
RETURN_FILES = ListSetting("files/signed_returns", 200)  # "<sha256> <path>" of signed files
WINDOW_GEOMETRY = StateSetting("window/geometry")
SPLITTERS = SizesFamily("layout/splitter")
COLUMNS = SizesFamily("layout/columns")


def open_store() -> QSettings:
    """PlanDesk's settings (INI file in the user config dir, the same on every platform)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)
