"""The Plan page's editing parts: the link to the services, undo commands, side panel,
dialogs (delete, renumber, footnotes, import) and the toolbar actions."""
