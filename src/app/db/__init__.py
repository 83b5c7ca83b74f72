"""Database layer: SQLAlchemy models, sessions, Alembic migrations."""
