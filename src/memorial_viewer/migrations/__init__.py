"""Versioned schema migrations (Alembic). Each file in `versions/` is one schema version."""
