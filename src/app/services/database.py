"""The database as the windows and the command line see it: open one, and the one error a
database that cannot be used raises (its message is for the clerk)."""

from __future__ import annotations

from app.db.fileinfo import DatabaseError, NewerDatabaseError
from app.db.migrate import open_database
from app.db.session import Database

__all__ = ["Database", "DatabaseError", "NewerDatabaseError", "open_database"]
