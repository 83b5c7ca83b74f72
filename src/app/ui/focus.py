"""Keyboard focus: the order Tab walks, set deliberately (never the order widgets were made)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtWidgets import QWidget


def chain_tab_order(widgets: Sequence[QWidget | None]) -> None:
    """Tab goes from each widget to the next one given (None entries are left out)."""
    present = [w for w in widgets if w is not None]
    for first, second in pairwise(present):
        QWidget.setTabOrder(first, second)
