"""The returns made here: one row per signed (or superseded) file."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    Qt,
)

from app.ui.formats import fill
from app.ui.formats import moment as format_moment
from app.ui.returns.rows_model import SORT_ROLE, RowsModel
from app.ui.returns.states import state_label

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
    return format_moment(moment.astimezone())


class ReturnsModel(RowsModel):
    columns = COLUMNS
    state_column = COL_STATUS

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

    def state_of(self, r: Any) -> str:
        return str(r["status"])

    def cell(self, r: Any, col: int, role: int) -> Any:
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
        if col == COL_VERSION and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: dict[str, Any], col: int, sort: bool) -> Any:
        if col == COL_PERIOD:
            if sort:
                return r["period"]
            label = self._labels.get(r["period"], r["period"])
            if r.get("kind") == "consolidated":
                return fill(self.tr("%1 (consolidated)"), label)
            return label
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
