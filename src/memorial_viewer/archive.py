"""An archive folder: its database, its originals and its thumbnail cache.

`Archive` is the entry point of the Python API used by the CLI, the desktop app and scripts::

    with Archive.open("~/Memorial") as archive:
        archive.import_paths(["~/scans"])
        for hit in archive.search("Şəhidlər").hits:
            print(hit.id, hit.title)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import select

from memorial_viewer import schema
from memorial_viewer.bookmarks import BookmarkService
from memorial_viewer.collections import CollectionService
from memorial_viewer.context import ArchiveContext
from memorial_viewer.db import make_engine, make_sessionmaker
from memorial_viewer.errors import ArchiveError, NotAnArchiveError
from memorial_viewer.items import ItemService
from memorial_viewer.listing import ItemListing
from memorial_viewer.location import DB_NAME, locate
from memorial_viewer.models import Item
from memorial_viewer.saved_searches import SavedSearchService
from memorial_viewer.search.fts5 import Fts5Backend
from memorial_viewer.search.index import SearchIndex
from memorial_viewer.search.service import SearchService
from memorial_viewer.storage import MediaStore
from memorial_viewer.tags import TagService
from memorial_viewer.types import (
    ArchiveStats,
    CheckReport,
    Facets,
    ImportProgress,
    ImportReport,
    ItemDetail,
    Kind,
    RelatedItem,
    SearchResult,
    TimelineBucket,
)

if TYPE_CHECKING:
    from memorial_viewer.search.backend import Sort
    from memorial_viewer.timeline import Axis, By

class Archive:
    """An open archive. Use `Archive.open` / `Archive.create`, ideally as a context manager."""

    def __init__(self, root: Path, *, readonly: bool, immutable: bool = False) -> None:
        self.root = root
        self.db_path = root / DB_NAME
        self._engine = make_engine(self.db_path, readonly=readonly, immutable=immutable)
        ctx = ArchiveContext(
            root,
            make_sessionmaker(self._engine),
            readonly,
            MediaStore(root),
            SearchIndex(Fts5Backend()),
        )
        self._ctx = ctx
        self.items = ItemService(ctx)
        self.tags = TagService(ctx)
        self.collections = CollectionService(ctx)
        self.bookmarks = BookmarkService(ctx)
        self.saved_searches = SavedSearchService(ctx)
        self.searcher = SearchService(ctx)

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False) -> Archive:
        """Open an existing archive, upgrading an older schema after backing up its database.

        An archive on a folder we cannot write (read-only media) opens read-only by itself.
        """
        where = locate(path, readonly=readonly)
        if where.needs_upgrade:
            schema.backup_database(where.db_path, where.root / "backups", where.revision)
            upgrade_engine = make_engine(where.db_path)
            try:
                schema.upgrade(upgrade_engine)
            finally:
                upgrade_engine.dispose()
        archive = cls(where.root, readonly=where.readonly, immutable=where.immutable)
        if not where.readonly:
            archive._recover()
        return archive

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> Archive:
        """Create a new archive in an empty or missing folder; never writes into anything else."""
        root = Path(path).expanduser()
        if root.exists():
            if not root.is_dir():
                raise NotAnArchiveError(f"{root} is a file, not a folder")
            if (root / DB_NAME).exists():
                raise ArchiveError(f"an archive already exists at {root}")
            if any(root.iterdir()):
                raise NotAnArchiveError(
                    f"{root} is not empty and is not an archive; choose an empty folder"
                )
        try:
            root.mkdir(parents=True, exist_ok=True)
            for sub in ("media", "thumbnails"):
                (root / sub).mkdir(exist_ok=True)
            engine = make_engine(root / DB_NAME)
            try:
                schema.upgrade(engine)
            finally:
                engine.dispose()
        except OSError as exc:
            raise ArchiveError(f"cannot create an archive at {root}: {exc.strerror}") from exc
        return cls(root, readonly=False)

    @classmethod
    def open_or_create(cls, path: str | os.PathLike[str]) -> Archive:
        root = Path(path).expanduser()
        if (root / DB_NAME).exists():
            return cls.open(root)
        return cls.create(root)

    @property
    def readonly(self) -> bool:
        return self._ctx.readonly

    @property
    def listing(self) -> ItemListing:
        """Pages and counts of the list views (`items.page`/`count` without the session)."""
        return self.items.listing

    @property
    def thumbnails_dir(self) -> Path:
        return self._ctx.thumbnails_dir

    def media_path(self, rel_path: str) -> Path:
        return self._ctx.store.absolute(rel_path)

    def _recover(self) -> None:
        with self._ctx.read() as session:

            def committed_path(sha: str) -> str | None:
                return session.scalar(select(Item.media_path).where(Item.sha256 == sha).limit(1))

            self._ctx.store.recover(committed_path)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- the API -----------------------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        progress: Callable[[ImportProgress], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import files and folders (recursively); each file in its own transaction."""
        from memorial_viewer.ingest.importer import Importer

        return Importer(self._ctx).run(
            [Path(p) for p in paths], progress=progress, should_cancel=should_cancel
        )

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        offset: int = 0,
        kind: Kind | None = None,
        sort: Sort = "relevance",
        descending: bool = False,
        facets: bool = False,
    ) -> SearchResult:
        """One page of hits for `query` in the query language (README, "Search")."""
        return self.searcher.search(
            query,
            limit=limit,
            offset=offset,
            kind=kind,
            sort=sort,
            descending=descending,
            facets=facets,
        )

    def show(self, item_id: int) -> ItemDetail:
        """One item with every field; NotFoundError when there is none."""
        return self.items.get(item_id)

    def timeline(
        self,
        *,
        by: By = "year",
        axis: Axis = "item",
        query: str | None = None,
        kind: Kind | None = None,
    ) -> list[TimelineBucket]:
        """Items per period of their own dates, or of the dates their texts mention."""
        from memorial_viewer.timeline import timeline

        return timeline(self._ctx, self.searcher, by=by, axis=axis, query=query, kind=kind)

    def check(
        self, *, fixity: bool = False, progress: Callable[[int, int], None] | None = None
    ) -> CheckReport:
        """Database integrity, missing and orphan files; with `fixity`, every original re-hashed."""
        from memorial_viewer.check import check

        return check(self._ctx, fixity=fixity, progress=progress)

    def stats(self) -> ArchiveStats:
        from memorial_viewer.stats import stats

        return stats(self._ctx)

    def related(self, item_id: int, limit: int = 10) -> list[RelatedItem]:
        """Items on the same topic as `item_id` (shared rare words, tags, dates), best first."""
        return self.searcher.related(item_id, limit)

    def highlights(self, item_id: int, query: str) -> list[tuple[int, int]]:
        """Character spans [start, end) of every word `query` matches in the item's shown text
        (an article's `show(id).text`, a photo's caption), sorted and non-overlapping; matched
        as the search and its snippets match (scripts, folding, inflection, corrections)."""
        return self.searcher.highlights(item_id, query)

    def facets(self, query: str, *, kind: Kind | None = None) -> Facets:
        """Counts by kind, year, mentioned year and tag of the items matching `query`."""
        return self.searcher.facets(query, kind=kind)
