"""Where an archive is and what state its database is in, checked with the standard library.

Both `Archive.open` and the desktop's early start (`opening.py`) ask this first: it costs a
few system calls and one read-only SQLite query, and gives every refusal its one-line message
before anything heavy (SQLAlchemy, Alembic, the search index) is loaded.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from memorial_viewer import schema
from memorial_viewer.errors import ArchiveError, NotAnArchiveError

DB_NAME = "archive.db"


def writable(path: Path) -> bool:
    mode = os.W_OK | os.X_OK if path.is_dir() else os.W_OK
    return os.access(path, mode)


@dataclass(frozen=True)
class ArchiveLocation:
    """An existing archive folder whose schema this build can read."""

    root: Path
    can_write: bool
    revision: str
    readonly: bool

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def immutable(self) -> bool:
        """Read-only media, where SQLite could not even create its WAL index files."""
        return not self.can_write

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != schema.HEAD


def locate(path: str | os.PathLike[str], *, readonly: bool = False) -> ArchiveLocation:
    """Check that `path` holds an archive we can open; MemorialError says why not.

    An archive on a folder we cannot write (read-only media) is opened read-only by itself.
    """
    root = Path(path).expanduser()
    db_path = root / DB_NAME
    if not root.is_dir():
        raise ArchiveError(f"no archive at {root}: the folder does not exist")
    if not db_path.is_file():
        raise NotAnArchiveError(f"{root} is not a memorial_viewer archive (no {DB_NAME})")
    can_write = writable(root) and writable(db_path)
    revision = schema.current_revision(db_path, immutable=not can_write)
    if revision is None:
        raise NotAnArchiveError(f"{root} is not a memorial_viewer archive (no schema version)")
    if revision not in schema.KNOWN_REVISIONS:
        raise ArchiveError(
            f"the archive at {root} was written by a newer memorial_viewer "
            f"(schema {revision}); please upgrade the application"
        )
    readonly = readonly or not can_write
    if revision != schema.HEAD and readonly:
        raise ArchiveError(
            f"the archive at {root} uses an older schema ({revision}) and cannot be "
            "upgraded because it is read-only; open a writable copy"
        )
    return ArchiveLocation(root, can_write, revision, readonly)
