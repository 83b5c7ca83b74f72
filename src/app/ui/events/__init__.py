"""The Events page's parts: the table model, the form, undo commands, the import preview."""
