"""Counts, sizes and the date range of an archive."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from memorial_viewer.context import ArchiveContext
from memorial_viewer.models import (
    Bookmark,
    Collection,
    DateMention,
    Item,
    SavedSearch,
    Tag,
)
from memorial_viewer.types import ArchiveStats


def _folder_bytes(folder: Path) -> int:
    if not folder.is_dir():
        return 0
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def stats(ctx: ArchiveContext) -> ArchiveStats:
    with ctx.read() as session:

        def count(col) -> int:  # type: ignore[no-untyped-def]
            return session.scalar(select(func.count(col))) or 0

        kinds = dict(session.execute(select(Item.kind, func.count()).group_by(Item.kind)).all())
        earliest, latest = session.execute(
            select(func.min(Item.date_earliest), func.max(Item.date_latest))
        ).one()
        undated = session.scalar(select(func.count(Item.id)).where(Item.date_earliest.is_(None)))
        originals = session.scalar(select(func.coalesce(func.sum(Item.size), 0))) or 0
        db_bytes = sum(p.stat().st_size for p in ctx.root.glob("archive.db*") if p.is_file())
        return ArchiveStats(
            items=count(Item.id),
            articles=kinds.get("article", 0),
            photos=kinds.get("photo", 0),
            tags=count(Tag.id),
            collections=count(Collection.id),
            bookmarks=count(Bookmark.id),
            saved_searches=count(SavedSearch.id),
            mentions=count(DateMention.id),
            originals_bytes=int(originals),
            database_bytes=db_bytes,
            thumbnails_bytes=_folder_bytes(ctx.thumbnails_dir),
            earliest=earliest,
            latest=latest,
            undated=undated or 0,
        )
