"""What every core service needs to reach an open archive, and nothing more."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from memorial_viewer.errors import ReadOnlyArchiveError
from memorial_viewer.search.index import SearchIndex
from memorial_viewer.storage import MediaStore


@dataclass(frozen=True)
class ArchiveContext:
    root: Path
    sessions: sessionmaker[Session]
    readonly: bool
    store: MediaStore
    index: SearchIndex

    @property
    def thumbnails_dir(self) -> Path:
        return self.root / "thumbnails"

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    @contextmanager
    def write(self, action: str) -> Iterator[Session]:
        """A transaction that changes the archive; refused on a read-only archive."""
        if self.readonly:
            raise ReadOnlyArchiveError(
                f"cannot {action}: the archive at {self.root} is open read-only"
            )
        with self.sessions() as session, session.begin():
            yield session
