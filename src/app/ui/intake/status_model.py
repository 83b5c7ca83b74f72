"""Completeness: one row per subordinate (state with colour and icon, version, signer, when)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.ui.intake.reasons import reason_text
from app.ui.returns.returns_model import common_name, local_time
from app.ui.returns.rows_model import SORT_ROLE, RowsModel
from app.ui.returns.states import state_label

(COL_CODE, COL_NAME, COL_STATE, COL_VERSION, COL_SIGNER, COL_RECEIVED, COL_REVIEW,
 COL_NOTE) = range(8)  # fmt: skip
COLUMNS = 8
STATE_ORDER = ("rejected", "overdue", "missing", "late", "submitted")


class StatusModel(RowsModel):
    columns = COLUMNS
    state_column = COL_STATE

    """Rows are the ``subordinates`` dicts of ``services.completeness.period_status``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self._reset(rows)

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Institution"),
            self.tr("State"),
            self.tr("Version"),
            self.tr("Signed by"),
            self.tr("Received at"),
            self.tr("Decision"),
            self.tr("Reason"),
        )

    def state_of(self, r: Any) -> str:
        return str(r["state"])

    def cell(self, r: Any, col: int, role: int) -> Any:
        if role == SORT_ROLE:
            if col == COL_STATE:
                return STATE_ORDER.index(r["state"]) if r["state"] in STATE_ORDER else 9
            if col == COL_VERSION:
                return r.get("version") or 0
            if col == COL_RECEIVED:
                return r.get("received_at") or ""
            return self._text(r, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                COL_SIGNER: r.get("signer"),
                COL_NOTE: self._text(r, COL_NOTE),
                COL_NAME: r.get("email"),
                COL_REVIEW: r.get("review_reason"),
            }
            return tips.get(col) or None
        return None

    def _text(self, r: dict[str, Any], col: int) -> str:
        if col == COL_CODE:
            return str(r["code"])
        if col == COL_NAME:
            return str(r["name"])
        if col == COL_STATE:
            return state_label(r["state"])
        if col == COL_VERSION:
            return f"v{r['version']}" if r.get("version") else ""
        if col == COL_SIGNER:
            return common_name(r.get("signer") or "")
        if col == COL_RECEIVED:
            return local_time(r.get("received_at"))
        if col == COL_REVIEW:
            from app.ui.subordinates.texts import review_label

            if not r.get("version"):
                return ""
            text = review_label(str(r.get("review") or ""))
            reason = str(r.get("review_reason") or "")
            return f"{text}: {reason}" if reason else text
        if col == COL_NOTE:
            return reason_text(
                str(r.get("reason_code") or ""), r.get("reason_params"), str(r.get("reason") or "")
            )
        return ""
