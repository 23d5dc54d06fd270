"""Bookmarks: an item, or a passage of an article's text, with a note."""

from __future__ import annotations

from sqlalchemy import select

from memorial_viewer.context import ArchiveContext
from memorial_viewer.errors import InvalidValueError, NotFoundError
from memorial_viewer.items import load_item, now
from memorial_viewer.models import Bookmark, Item
from memorial_viewer.types import BookmarkInfo


def _info(b: Bookmark, item: Item) -> BookmarkInfo:
    return BookmarkInfo(
        b.id,
        b.item_id,
        item.title,
        item.kind,
        b.start,
        b.end,
        b.passage,
        b.note,
        b.created_at,  # type: ignore[arg-type]
    )


class BookmarkService:
    def __init__(self, ctx: ArchiveContext) -> None:
        self._ctx = ctx

    def list(self, item_id: int | None = None) -> list[BookmarkInfo]:
        stmt = select(Bookmark, Item).join(Item, Item.id == Bookmark.item_id)
        if item_id is not None:
            stmt = stmt.where(Bookmark.item_id == item_id)
        stmt = stmt.order_by(Bookmark.created_at.desc(), Bookmark.id.desc())
        with self._ctx.read() as session:
            return [_info(b, i) for b, i in session.execute(stmt)]

    def add(
        self,
        item_id: int,
        *,
        note: str | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> BookmarkInfo:
        """Bookmark an item, or the passage text[start:end] of an article."""
        with self._ctx.write("add a bookmark") as session:
            item = load_item(session, item_id)
            passage = None
            if start is not None or end is not None:
                if item.article is None:
                    raise InvalidValueError("only an article's text has passages to bookmark")
                length = len(item.article.text)
                if start is None or end is None or not 0 <= start < end <= length:
                    raise InvalidValueError(
                        f"a passage must lie within the text (0–{length}) and not be empty"
                    )
                passage = item.article.text[start:end]
            b = Bookmark(
                item_id=item_id,
                start=start,
                end=end,
                passage=passage,
                note=(note or "").strip() or None,
                created_at=now(),
            )
            session.add(b)
            session.flush()
            return _info(b, item)

    def add_passage(self, item_id: int, passage: str, note: str | None = None) -> BookmarkInfo:
        """Bookmark the first occurrence of `passage` in an article's text."""
        text = self._text(item_id)
        start = text.find(passage) if passage else -1
        if start < 0:
            raise InvalidValueError("the passage does not occur in the article's text")
        return self.add(item_id, note=note, start=start, end=start + len(passage))

    def _text(self, item_id: int) -> str:
        with self._ctx.read() as session:
            item = load_item(session, item_id)
            if item.article is None:
                raise InvalidValueError("only an article's text has passages to bookmark")
            return item.article.text

    def set_note(self, bookmark_id: int, note: str | None) -> BookmarkInfo:
        with self._ctx.write("edit a bookmark") as session:
            b = session.get(Bookmark, bookmark_id)
            if b is None:
                raise NotFoundError(f"no bookmark with id {bookmark_id}")
            b.note = (note or "").strip() or None
            return _info(b, load_item(session, b.item_id))

    def get(self, bookmark_id: int) -> BookmarkInfo:
        with self._ctx.read() as session:
            b = session.get(Bookmark, bookmark_id)
            if b is None:
                raise NotFoundError(f"no bookmark with id {bookmark_id}")
            return _info(b, load_item(session, b.item_id))

    def remove(self, bookmark_id: int) -> BookmarkInfo:
        with self._ctx.write("remove a bookmark") as session:
            b = session.get(Bookmark, bookmark_id)
            if b is None:
                raise NotFoundError(f"no bookmark with id {bookmark_id}")
            info = _info(b, load_item(session, b.item_id))
            session.delete(b)
            return info
