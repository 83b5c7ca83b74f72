"""The Subordinates page's parts: the registry table, its filter, dialogs and undo commands."""
