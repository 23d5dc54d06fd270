"""Schema versions: create, inspect, back up and upgrade an archive database via Alembic."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from memorial_viewer.errors import ArchiveError

if TYPE_CHECKING:
    from sqlalchemy import Engine

# The newest schema this build knows, and every one it can upgrade from (oldest first).
# tests/test_schema.py checks these against the migration scripts.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
HEAD = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, other: object
) -> bool:
    """Autogenerate ignores the FTS5 tables: they are created by raw SQL in the migrations."""
    return not (type_ == "table" and name is not None and name.startswith("item_fts"))


def current_revision(db_path: Path, *, immutable: bool = False) -> str | None:
    """The schema revision stored in the database, read without Alembic (cheap at start-up).

    `immutable` for read-only media, where SQLite could not create the WAL index files.
    """
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    con = sqlite3.connect(f"file:{db_path.as_posix()}?{flags}", uri=True)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        ver = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return ver[0] if ver else None
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"{db_path.name} is not a readable SQLite database ({exc})") from exc
    finally:
        con.close()


def upgrade(engine: Engine, target: str = HEAD) -> None:
    """Bring the database to `target`, one migration (and transaction) at a time."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, target)
        connection.commit()


def backup_database(db_path: Path, backup_dir: Path, revision: str) -> Path:
    """A consistent copy of the database (SQLite online backup) before an upgrade touches it."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = backup_dir / f"archive-{revision}-{stamp}.db"
    src = sqlite3.connect(db_path)
    dst = sqlite3.connect(dest)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return dest


def dump_schema_sql(db_path: Path) -> str:
    """The schema as SQL, in a stable order: what `db/schema.sql` holds for readers."""
    con = sqlite3.connect(db_path)
    try:
        rows = con.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'item_fts_%' "
            "ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, name"
        ).fetchall()
    finally:
        con.close()
    header = (
        "-- memorial_viewer archive schema, revision "
        f"{HEAD}.\n-- Generated from the migrations; do not edit by hand "
        "(tests/test_schema.py says how to regenerate).\n"
    )
    return header + "".join(f"\n{sql};\n" for _type, _name, sql in rows)
