"""Filter and sort the plan tree: code or text, parents of matches stay visible."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from app.ui.models.plan_tree_model import (
    COL_CODE,
    OBJECT_ROLE,
    SORT_ROLE,
    footnote_suffix,
)

# Turkish dotless ı has no decomposition; fold it to i so "sığınma" matches "siginma".
_EXTRA_FOLDS = str.maketrans({"ı": "i", "đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching ("İstanbul", "istanbul" -> same)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class PlanFilterModel(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._haystack: dict[int, str] = {}
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    @property
    def needle(self) -> str:
        return self._needle

    def set_filter_text(self, text: str) -> None:
        needle = fold(text.strip())
        if needle == self._needle:
            return
        self.beginFilterChange()
        self._needle = needle
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        self._haystack.clear()
        model.modelReset.connect(self._forget_texts)

    def _forget_texts(self) -> None:
        self._haystack.clear()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, COL_CODE, source_parent)
        key = index.internalId()
        text = self._haystack.get(key)
        if text is None:
            row = index.data(OBJECT_ROLE)
            if row is None:
                return False
            text = fold(
                " ".join(
                    (
                        row.code,
                        row.description + footnote_suffix(row.footnote_marks),
                        row.responsible,
                        row.partners,
                        row.not_planned_reason,
                        " ".join(row.planned.values()),
                    )
                )
            )
            self._haystack[key] = text
        return self._needle in text
