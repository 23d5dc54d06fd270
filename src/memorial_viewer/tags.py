"""Tags (Dublin Core subjects): listing with counts, tagging, renaming and merging."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from memorial_viewer.context import ArchiveContext
from memorial_viewer.errors import InvalidValueError, NotFoundError
from memorial_viewer.items import load_item, now
from memorial_viewer.models import Item, ItemTag, Tag
from memorial_viewer.types import TagInfo

MAX_TAG_LENGTH = 200


def clean_tag(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidValueError("a tag cannot be empty")
    if len(cleaned) > MAX_TAG_LENGTH:
        raise InvalidValueError(f"a tag is at most {MAX_TAG_LENGTH} characters")
    return cleaned


def find_tag(session: Session, name: str) -> Tag | None:
    """Tags match case-insensitively, so "baku" finds "Baku" (also for non-ASCII letters)."""
    wanted = name.casefold()
    for tag in session.scalars(select(Tag).where(func.lower(Tag.name) == name.lower())):
        return tag
    for tag in session.scalars(select(Tag)):
        if tag.name.casefold() == wanted:
            return tag
    return None


def get_or_create_tag(session: Session, name: str) -> Tag:
    name = clean_tag(name)
    tag = find_tag(session, name)
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)
        session.flush()
    return tag


class TagService:
    def __init__(self, ctx: ArchiveContext) -> None:
        self._ctx = ctx

    def list(self) -> list[TagInfo]:
        stmt = (
            select(Tag.name, func.count(ItemTag.item_id))
            .outerjoin(ItemTag, ItemTag.tag_id == Tag.id)
            .group_by(Tag.id)
            .order_by(func.lower(Tag.name))
        )
        with self._ctx.read() as session:
            return [TagInfo(name, count) for name, count in session.execute(stmt)]

    def add(self, item_ids: Iterable[int], names: Iterable[str]) -> None:
        with self._ctx.write("tag items") as session:
            tags = [get_or_create_tag(session, n) for n in names]
            for item_id in item_ids:
                item = load_item(session, item_id)
                for tag in tags:
                    if tag not in item.tags:
                        item.tags.append(tag)
                item.modified_at = now()
                self._ctx.index.update(session, item)

    def remove(self, item_ids: Iterable[int], name: str) -> None:
        with self._ctx.write("untag items") as session:
            tag = find_tag(session, name)
            if tag is None:
                raise NotFoundError(f"no tag named {name!r}")
            for item_id in item_ids:
                item = load_item(session, item_id)
                if tag in item.tags:
                    item.tags.remove(tag)
                    item.modified_at = now()
                    self._ctx.index.update(session, item)

    def rename(self, old: str, new: str) -> None:
        """Rename a tag; renaming onto an existing tag merges the two."""
        with self._ctx.write("rename a tag") as session:
            tag = find_tag(session, old)
            if tag is None:
                raise NotFoundError(f"no tag named {old!r}")
            new = clean_tag(new)
            target = find_tag(session, new)
            items: list[Item] = list(tag.items)
            if target is not None and target.id != tag.id:
                for item in items:
                    if target not in item.tags:
                        item.tags.append(target)
                    item.tags.remove(tag)
                session.delete(tag)
            else:
                tag.name = new
            for item in items:
                self._ctx.index.update(session, item)

    def delete(self, name: str) -> None:
        with self._ctx.write("delete a tag") as session:
            tag = find_tag(session, name)
            if tag is None:
                raise NotFoundError(f"no tag named {name!r}")
            items = list(tag.items)
            for item in items:
                item.tags.remove(tag)
            session.delete(tag)
            for item in items:
                self._ctx.index.update(session, item)
