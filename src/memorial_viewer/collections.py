"""Collections: named, ordered lists of items, each entry with its own caption, and a cover."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from memorial_viewer.context import ArchiveContext
from memorial_viewer.errors import InvalidValueError, NotFoundError
from memorial_viewer.items import load_item, now
from memorial_viewer.models import Collection, CollectionEntry
from memorial_viewer.types import CollectionEntryInfo, CollectionInfo


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidValueError("a collection needs a name")
    return cleaned


def _find(session: Session, ref: int | str) -> Collection:
    """A collection by id or by exact name."""
    stmt = select(Collection).options(
        selectinload(Collection.entries).selectinload(CollectionEntry.item)
    )
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
        found = session.scalar(stmt.where(Collection.id == int(ref)))
        if found is None and isinstance(ref, str):
            found = session.scalar(stmt.where(Collection.name == ref))
    else:
        found = session.scalar(stmt.where(Collection.name == ref))
    if found is None:
        raise NotFoundError(f"no collection {ref!r}")
    return found


def _info(c: Collection, with_entries: bool) -> CollectionInfo:
    info = CollectionInfo(
        c.id, c.name, c.description, c.cover_item_id, len(c.entries), c.created_at
    )
    if with_entries:
        info.entries = [
            CollectionEntryInfo(e.item_id, e.position, e.item.kind, e.item.title, e.caption)  # type: ignore[arg-type]
            for e in c.entries
        ]
    return info


def _renumber(c: Collection) -> None:
    for pos, entry in enumerate(c.entries):
        entry.position = pos


class CollectionService:
    def __init__(self, ctx: ArchiveContext) -> None:
        self._ctx = ctx

    def list(self) -> list[CollectionInfo]:
        stmt = (
            select(Collection, func.count(CollectionEntry.id))
            .outerjoin(CollectionEntry)
            .group_by(Collection.id)
            .order_by(func.lower(Collection.name))
        )
        with self._ctx.read() as session:
            return [
                CollectionInfo(c.id, c.name, c.description, c.cover_item_id, n, c.created_at)
                for c, n in session.execute(stmt)
            ]

    def get(self, ref: int | str) -> CollectionInfo:
        with self._ctx.read() as session:
            return _info(_find(session, ref), with_entries=True)

    def create(self, name: str, description: str | None = None) -> CollectionInfo:
        name = _clean_name(name)
        with self._ctx.write("create a collection") as session:
            if session.scalar(select(Collection.id).where(Collection.name == name)):
                raise InvalidValueError(f"a collection named {name!r} already exists")
            c = Collection(name=name, description=description, created_at=now())
            session.add(c)
            session.flush()
            return _info(c, with_entries=True)

    def rename(self, ref: int | str, new_name: str) -> CollectionInfo:
        new_name = _clean_name(new_name)
        with self._ctx.write("rename a collection") as session:
            c = _find(session, ref)
            clash = session.scalar(select(Collection.id).where(Collection.name == new_name))
            if clash is not None and clash != c.id:
                raise InvalidValueError(f"a collection named {new_name!r} already exists")
            c.name = new_name
            return _info(c, with_entries=False)

    def describe(self, ref: int | str, description: str | None) -> None:
        with self._ctx.write("describe a collection") as session:
            _find(session, ref).description = description or None

    def delete(self, ref: int | str) -> None:
        """Delete the collection; its items stay in the archive."""
        with self._ctx.write("delete a collection") as session:
            session.delete(_find(session, ref))

    def add(
        self,
        ref: int | str,
        item_ids: Sequence[int],
        *,
        position: int | None = None,
        caption: str | None = None,
    ) -> CollectionInfo:
        """Insert items at `position` (default: the end); items already there are skipped."""
        with self._ctx.write("add to a collection") as session:
            c = _find(session, ref)
            present = {e.item_id for e in c.entries}
            at = len(c.entries) if position is None else max(0, min(position, len(c.entries)))
            for item_id in item_ids:
                if item_id in present:
                    continue
                load_item(session, item_id)
                entry = CollectionEntry(
                    item_id=item_id, position=at, caption=caption, added_at=now()
                )
                c.entries.insert(at, entry)
                present.add(item_id)
                at += 1
            _renumber(c)
            session.flush()
            return _info(c, with_entries=True)

    def remove(self, ref: int | str, item_ids: Iterable[int]) -> CollectionInfo:
        """Take entries out of the collection without deleting their items."""
        with self._ctx.write("remove from a collection") as session:
            c = _find(session, ref)
            drop = set(item_ids)
            missing = drop - {e.item_id for e in c.entries}
            if missing:
                raise NotFoundError(f"item {min(missing)} is not in collection {c.name!r}")
            for entry in [e for e in c.entries if e.item_id in drop]:
                c.entries.remove(entry)
            if c.cover_item_id in drop:
                c.cover_item_id = None
            _renumber(c)
            session.flush()
            return _info(c, with_entries=True)

    def move(self, ref: int | str, item_ids: Sequence[int], position: int) -> CollectionInfo:
        """Move entries (kept in their relative order) so the first lands at `position`."""
        with self._ctx.write("reorder a collection") as session:
            c = _find(session, ref)
            by_item = {e.item_id: e for e in c.entries}
            missing = [i for i in item_ids if i not in by_item]
            if missing:
                raise NotFoundError(f"item {missing[0]} is not in collection {c.name!r}")
            moving = [by_item[i] for i in item_ids]
            rest = [e for e in c.entries if e.item_id not in set(item_ids)]
            at = max(0, min(position, len(rest)))
            order = rest[:at] + moving + rest[at:]
            for pos, entry in enumerate(order):
                entry.position = pos
            session.flush()
            session.expire(c, ["entries"])
            return _info(c, with_entries=True)

    def reorder(self, ref: int | str, item_ids: Sequence[int]) -> CollectionInfo:
        """Set the whole order at once (what undo of a drag needs)."""
        with self._ctx.write("reorder a collection") as session:
            c = _find(session, ref)
            by_item = {e.item_id: e for e in c.entries}
            if sorted(item_ids) != sorted(by_item):
                raise InvalidValueError("the new order must list exactly the collection's items")
            for pos, item_id in enumerate(item_ids):
                by_item[item_id].position = pos
            session.flush()
            session.expire(c, ["entries"])
            return _info(c, with_entries=True)

    def set_caption(self, ref: int | str, item_id: int, caption: str | None) -> None:
        with self._ctx.write("caption a collection entry") as session:
            c = _find(session, ref)
            for entry in c.entries:
                if entry.item_id == item_id:
                    entry.caption = (caption or "").strip() or None
                    return
            raise NotFoundError(f"item {item_id} is not in collection {c.name!r}")

    def set_cover(self, ref: int | str, item_id: int | None) -> None:
        with self._ctx.write("choose a collection cover") as session:
            c = _find(session, ref)
            if item_id is not None and item_id not in {e.item_id for e in c.entries}:
                raise InvalidValueError(f"item {item_id} is not in collection {c.name!r}")
            c.cover_item_id = item_id
