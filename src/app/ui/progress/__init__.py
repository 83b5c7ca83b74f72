"""The Progress page's parts: grid model, delegate, view, details panel, evidence, undo."""
