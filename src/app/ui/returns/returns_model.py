"""The returns made here: one row per signed (or superseded) file."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    Qt,
)

from app.ui.returns.rows_model import OBJECT_ROLE, SORT_ROLE, Index, RowsModel
from app.ui.returns.states import state_colour, state_icon, state_label

COL_PERIOD, COL_VERSION, COL_STATUS, COL_SIGNER, COL_SIGNED_AT, COL_FILE, COL_HASH = range(7)
COLUMNS = 7
HASH_SHOWN = 12


def common_name(subject: str) -> str:
    """``CN=Ayşe Yılmaz,O=...`` -> ``Ayşe Yılmaz`` (the whole subject when there is no CN)."""
    for part in subject.split(","):
        key, _, value = part.partition("=")
        if key.strip().upper() == "CN":
            return value.strip()
    return subject


def local_time(iso: str | None) -> str:
    """A stored time (naive means UTC) in the computer's time zone."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone():%d.%m.%Y %H:%M}"


class ReturnsModel(RowsModel):
    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, str] = {}

    def set_rows(self, rows: list[dict[str, Any]], labels: dict[str, str]) -> None:
        """*rows* as from ``services.returns.list_returns``; *labels*: period key -> label."""
        self._labels = dict(labels)
        self._reset(rows)

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Period"),
            self.tr("Version"),
            self.tr("Status"),
            self.tr("Signed by"),
            self.tr("Signed at"),
            self.tr("File"),
            self.tr("SHA-256"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == OBJECT_ROLE:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._display(r, col, role == SORT_ROLE)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_HASH:
                return r.get("file_sha256") or None
            if col == COL_SIGNER:
                return r.get("signer") or None
            if col == COL_PERIOD:
                return r["period"]
            return None
        if col == COL_STATUS and role == Qt.ItemDataRole.DecorationRole:
            return state_icon(r["status"])
        if col == COL_STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return state_colour(r["status"])
        if col == COL_VERSION and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: dict[str, Any], col: int, sort: bool) -> Any:
        if col == COL_PERIOD:
            return r["period"] if sort else self._labels.get(r["period"], r["period"])
        if col == COL_VERSION:
            return r["version"] if sort else f"v{r['version']}"
        if col == COL_STATUS:
            return r["status"] if sort else state_label(r["status"])
        if col == COL_SIGNER:
            return common_name(r.get("signer") or "")
        if col == COL_SIGNED_AT:
            return (r.get("signed_at") or "") if sort else local_time(r.get("signed_at"))
        if col == COL_FILE:
            return r.get("file") or ""
        if col == COL_HASH:
            digest = r.get("file_sha256") or ""
            return digest if sort else (digest[:HASH_SHOWN] + "…" if digest else "")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMNS - 1))
