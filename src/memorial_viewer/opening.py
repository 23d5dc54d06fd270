"""An archive that is still opening: its item lists can be read before the rest is loaded.

Opening an archive loads the core (SQLAlchemy, the search index: ~300 ms of imports) and may
finish an interrupted import or upgrade the schema. The desktop shows its first page of items
meanwhile: `locate` has already checked the folder (so every refusal still comes at once, with
its message), and `listing` answers from a read-only `sqlite3` connection with the same SQL the
Archive uses, until the Archive itself is open.

Every other attribute is the opened Archive's. The first use of one opens the archive in the
calling thread and others wait for it, so use them from worker threads (the UI does: it never
calls the core on its own thread). `wait()` opens it on purpose, once the first page is shown.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from memorial_viewer.listing import ItemListing
from memorial_viewer.location import ArchiveLocation, locate

if TYPE_CHECKING:
    from memorial_viewer.archive import Archive


class OpeningArchive:
    """Stands for an `Archive` from the moment its folder has been checked."""

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False) -> None:
        self.location: ArchiveLocation = locate(path, readonly=readonly)
        self.root: Path = self.location.root
        self.readonly: bool = self.location.readonly
        self._archive: Archive | None = None
        self._error: BaseException | None = None
        self._closed = False
        self._opening = threading.Lock()
        self._early_lock = threading.Lock()
        self._early: sqlite3.Connection | None = None
        self._early_listing: ItemListing | None = None
        if not self.location.needs_upgrade:  # an older schema is read only once upgraded
            flags = "mode=ro&immutable=1" if self.location.immutable else "mode=ro"
            self._early = sqlite3.connect(
                f"file:{self.location.db_path.as_posix()}?{flags}",
                uri=True,
                check_same_thread=False,
            )
            self._early_listing = ItemListing(self._early_execute)

    @property
    def is_open(self) -> bool:
        return self._archive is not None

    @property
    def thumbnails_dir(self) -> Path:
        return self.root / "thumbnails"

    @property
    def listing(self) -> ItemListing:
        """Item pages: from the early connection until the archive is open, then the Archive's."""
        if self._archive is None and self._early_listing is not None:
            return self._early_listing
        return self.wait().items.listing

    def _early_execute(self, sql: str, params: Sequence[object]) -> list[Sequence[object]]:
        with self._early_lock:
            if self._early is not None:
                return self._early.execute(sql, tuple(params)).fetchall()
        return list(self.wait().listing.execute(sql, params))  # the archive opened meanwhile

    def wait(self) -> Archive:
        """The open Archive, opening it in this thread if no other thread has yet."""
        with self._opening:
            if self._archive is None:
                if self._error is not None:
                    raise self._error
                from memorial_viewer.archive import Archive

                try:
                    archive = Archive.open(self.root, readonly=self.readonly)
                except BaseException as exc:
                    self._error = exc
                    raise
                if self._closed:
                    archive.close()
                    raise RuntimeError("the archive was closed while it was opening")
                self._archive = archive
                self._close_early()
            return self._archive

    def _close_early(self) -> None:
        with self._early_lock:
            if self._early is not None:
                self._early.close()
                self._early = None

    def close(self) -> None:
        self._closed = True
        self._close_early()
        if self._archive is not None:
            self._archive.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.wait(), name)
