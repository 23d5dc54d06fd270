"""Migrations: the only way the schema changes, kept equal to the models and to db/schema.sql."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from memorial_viewer import schema
from memorial_viewer.archive import DB_NAME, Archive
from memorial_viewer.models import Base

REPO = Path(__file__).resolve().parents[1]


def migrated_db(path: Path, target: str = schema.HEAD) -> Path:
    engine = create_engine(f"sqlite:///{path}")
    schema.upgrade(engine, target)
    engine.dispose()
    return path


def test_known_revisions_match_migration_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(cfg)
    chain = [s.revision for s in scripts.walk_revisions()][::-1]
    assert tuple(chain) == schema.KNOWN_REVISIONS
    assert scripts.get_current_head() == schema.HEAD


@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression")
def test_models_and_migrations_agree(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(f"sqlite:///{migrated_db(tmp_path / 'm.db')}")
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": schema.include_object})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def _index_sql(db: Path) -> dict[str, str]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
    finally:
        con.close()
    return {name: " ".join(sql.replace('"', "").split()) for name, sql in rows}


def test_expression_indexes_of_models_and_migrations_agree(tmp_path: Path) -> None:
    """Alembic cannot compare expression indexes on SQLite (the list-order indexes): compare the
    CREATE INDEX statements of a migrated database with those of the models' create_all."""
    engine = create_engine(f"sqlite:///{tmp_path / 'models.db'}")
    Base.metadata.create_all(engine)
    engine.dispose()
    from_models = _index_sql(tmp_path / "models.db")
    from_migrations = _index_sql(migrated_db(tmp_path / "m.db"))
    listed = {name for name in from_migrations if name.startswith("ix_items_list_")}
    assert len(listed) == 9
    assert {n: from_models.get(n) for n in listed} == {n: from_migrations[n] for n in listed}


def test_every_list_order_uses_an_index(tmp_path: Path) -> None:
    """A first page in any order is an index walk, never a sort of the whole table."""
    from memorial_viewer.listing import ORDERS, page_sql

    con = sqlite3.connect(migrated_db(tmp_path / "m.db"))
    try:
        for sort in ORDERS:
            for kind in (None, "photo"):
                for descending in (False, True):
                    sql, params = page_sql(kind=kind, sort=sort, descending=descending)
                    plan = " ".join(
                        str(row[-1]) for row in con.execute("EXPLAIN QUERY PLAN " + sql, params)
                    )
                    assert "TEMP B-TREE" not in plan, (sort, kind, descending, plan)
    finally:
        con.close()


def test_db_schema_sql_is_current(tmp_path: Path) -> None:
    """If this fails after a migration, regenerate with:
    python -c "from tests.test_schema import regenerate; regenerate()"
    """
    dumped = schema.dump_schema_sql(migrated_db(tmp_path / "m.db"))
    assert (REPO / "db" / "schema.sql").read_text("utf-8") == dumped


def regenerate() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        sql = schema.dump_schema_sql(migrated_db(Path(tmp) / "m.db"))
    (REPO / "db" / "schema.sql").write_text(sql, "utf-8")


def test_archive_of_first_schema_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    root = tmp_path / "old"
    root.mkdir()
    db = migrated_db(root / DB_NAME, schema.KNOWN_REVISIONS[0])
    con = sqlite3.connect(db)
    con.execute(
        "INSERT INTO items(id, kind, title, date_approximate, date_uncertain, sha256, part,"
        " original_name, original_path, media_path, size, imported_at, modified_at) VALUES"
        " (1, 'article', 'Kept across the upgrade', 0, 0, 'ab', 0, 'a.txt', 'in/a.txt',"
        " 'media/ab/ab.txt', 3, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
    )
    con.execute("INSERT INTO articles(item_id, text, html) VALUES (1, 'old text', '<p>old</p>')")
    con.execute(
        "INSERT INTO item_fts(rowid, title, body, extra, tags) "
        "VALUES (1, 'Kept across the upgrade', 'old text', '', '')"
    )
    con.commit()
    con.close()

    with Archive.open(root) as archive:
        assert archive.show(1).title == "Kept across the upgrade"
        assert archive.search("upgrade").total == 1
        archive.items.set_reading_position(1, 5)  # a table from a later migration
        assert archive.items.reading_position(1) == 5
    assert schema.current_revision(db) == schema.HEAD
    backups = list((root / "backups").glob("archive-0001-*.db"))
    assert len(backups) == 1
    assert schema.current_revision(backups[0]) == schema.KNOWN_REVISIONS[0]
