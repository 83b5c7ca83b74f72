"""Filter and sort the plan tree: code or text, parents of matches stay visible."""

from __future__ import annotations

import re
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


# The combining-mark blocks (accents, Vietnamese tone marks, the dot of Turkish İ).
_CODE_LIKE = re.compile(r"^(?:\d+|[ivxlc]+)(?:\.\d+)*\.?$")
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching ("İstanbul", "istanbul" -> same)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA_FOLDS))
    return _MARKS.sub("", decomposed)


def looks_like_code(needle: str) -> bool:
    """ "3.4", "2.1.4", "IV" — what a clerk types to find a row by its code."""
    return bool(_CODE_LIKE.match(needle))


class PlanFilterModel(QSortFilterProxyModel):
    """Keeps rows whose code or text contains the filter text, and their parents.

    A filter that looks like a code matches codes from their start on segment boundaries
    ("3.4" finds 3.4, 3.4.3 and 3.4.4 but not 13.4), besides any text containing it.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._code_needle = False
        self._haystack: dict[int, tuple[str, str]] = {}
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
        self._code_needle = looks_like_code(needle)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        self._haystack.clear()
        for signal in (
            model.modelReset,
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self._forget_texts)

    def _forget_texts(self, *_args: Any) -> None:
        self._haystack.clear()

    def _texts(self, source: Any, index: QModelIndex) -> tuple[str, str] | None:
        key = index.internalId()
        texts = self._haystack.get(key)
        if texts is None:
            row = source.item(index) if hasattr(source, "item") else index.data(OBJECT_ROLE)
            if row is None:
                return None
            words = (
                row.description + footnote_suffix(row.footnote_marks),
                row.responsible,
                row.partners,
                row.not_planned_reason,
                " ".join(row.planned.values()),
            )
            texts = (fold(row.code), fold(" ".join(words)))
            self._haystack[key] = texts
        return texts

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._needle:
            return True
        source = self.sourceModel()
        texts = self._texts(source, source.index(source_row, COL_CODE, source_parent))
        if texts is None:
            return False
        code, text = texts
        needle = self._needle
        if self._code_needle:
            if code == needle or code.startswith(needle.rstrip(".") + "."):
                return True
        elif needle in code:
            return True
        return needle in text
