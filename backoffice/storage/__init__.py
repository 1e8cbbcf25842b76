"""Storage: SQLAlchemy models, the engine (SQLite with WAL by default) and migrations."""
