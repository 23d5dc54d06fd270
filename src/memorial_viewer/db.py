"""SQLite engine for one archive database: WAL journal, foreign keys, read-only when asked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool


def make_engine(db_path: Path, *, readonly: bool = False, immutable: bool = False) -> Engine:
    """One engine per open archive.

    Read-only archives open with `mode=ro`; on media where even the WAL index cannot be created
    (a read-only mount) `immutable=1` tells SQLite no one else writes the file.
    """
    if readonly:
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        uri = f"file:{db_path.as_posix()}?{flags}"
        # QueuePool as for a file URL: "sqlite://" alone would get the pool meant for in-memory
        # databases, one connection per thread, which is unsafe with UI worker threads.
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=QueuePool,
        )
    else:
        engine = create_engine(
            f"sqlite:///{db_path.as_posix()}", connect_args={"check_same_thread": False}
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not pysqlite, manage transactions, so BEGIN/COMMIT are explicit.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA busy_timeout = 5000")
        if not readonly:
            cur.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode: a committed transaction survives a process crash; only a power
            # loss can drop the last few commits, never corrupt the database.
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")

    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
