"""A line edit as wide as its hint: the placeholder text is never cut, in any language."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

CLEAR_BUTTON = 24  # room for the clear button when the edit has one
FRAME = 12  # the frame's border and the style's padding, both sides


def fit_placeholder(edit: QLineEdit, minimum_chars: int = 12) -> None:
    """Set *edit*'s minimum width to what its placeholder needs (call after each
    ``setPlaceholderText``, i.e. on every language change)."""
    metrics = edit.fontMetrics()
    text = max(metrics.horizontalAdvance(edit.placeholderText()),
               metrics.averageCharWidth() * minimum_chars)  # fmt: skip
    margins = edit.textMargins()
    width = text + margins.left() + margins.right() + FRAME
    if edit.isClearButtonEnabled():
        width += CLEAR_BUTTON
    edit.setMinimumWidth(width)
