"""Reading and editing items: the detail view, pages for list views, descriptive metadata."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from memorial_viewer.context import ArchiveContext
from memorial_viewer.dates import parse_date
from memorial_viewer.errors import InvalidValueError, NotFoundError
from memorial_viewer.listing import ItemListing
from memorial_viewer.models import Collection, CollectionEntry, Item, ReadingPosition
from memorial_viewer.types import (
    DateValue,
    GeoPoint,
    ItemDetail,
    ItemEdit,
    Mention,
    PhotoInfo,
)

_UNSET = object()


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def date_columns(value: DateValue | None, source: str | None) -> dict[str, object]:
    """The item columns that hold a date, its bounds and where it came from."""
    return {
        "date_edtf": value.edtf if value else None,
        "date_earliest": value.earliest if value else None,
        "date_latest": value.latest if value else None,
        "date_precision": value.precision if value else None,
        "date_approximate": bool(value and value.approximate),
        "date_uncertain": bool(value and value.uncertain),
        "date_source": source if value else None,
    }


def apply_date(item: Item, value: DateValue | None, source: str | None) -> None:
    for name, column_value in date_columns(value, source).items():
        setattr(item, name, column_value)


def load_item(session: Session, item_id: int) -> Item:
    item = session.get(
        Item,
        item_id,
        options=[
            selectinload(Item.article),
            selectinload(Item.photo),
            selectinload(Item.tags),
            selectinload(Item.mentions),
        ],
    )
    if item is None:
        raise NotFoundError(f"no item with id {item_id}")
    return item


def _photo_info(item: Item) -> PhotoInfo | None:
    p = item.photo
    if p is None:
        return None
    gps = None
    if p.gps_latitude is not None and p.gps_longitude is not None:
        gps = GeoPoint(p.gps_latitude, p.gps_longitude, p.gps_altitude)
    return PhotoInfo(
        format=p.format,
        width=p.width,
        height=p.height,
        mode=p.mode,
        orientation=p.orientation,
        capture_date=p.capture_date,
        camera=p.camera,
        description=p.exif_description,
        artist=p.artist,
        copyright=p.copyright,
        gps=gps,
        exif=json.loads(p.exif_json or "{}"),
    )


def detail(session: Session, item: Item) -> ItemDetail:
    collections = session.scalars(
        select(Collection.name)
        .join(CollectionEntry, CollectionEntry.collection_id == Collection.id)
        .where(CollectionEntry.item_id == item.id)
    ).all()
    mentions = [
        Mention(
            DateValue(m.edtf, m.earliest, m.latest, m.precision, m.approximate),  # type: ignore[arg-type]
            m.text,
            m.start,
            m.end,
        )
        for m in item.mentions
    ]
    a = item.article
    return ItemDetail(
        id=item.id,
        kind=item.kind,  # type: ignore[arg-type]
        title=item.title,
        description=item.description,
        creator=item.creator,
        publisher=item.publisher,
        date=item.date_edtf,
        date_earliest=item.date_earliest,
        date_latest=item.date_latest,
        date_precision=item.date_precision,
        date_source=item.date_source,
        language=item.language,
        rights=item.rights,
        identifier=item.identifier,
        tags=sorted(t.name for t in item.tags),
        collections=sorted(collections),
        original_name=item.original_name,
        original_path=item.original_path,
        media_path=item.media_path,
        sha256=item.sha256,
        size=item.size,
        imported_at=item.imported_at,
        text=a.text if a else None,
        html=a.html if a else None,
        source_url=a.source_url if a else None,
        author=a.author if a else None,
        mentions=mentions,
        caption=item.photo.caption if item.photo else None,
        photo=_photo_info(item),
    )


class ItemService:
    def __init__(self, ctx: ArchiveContext) -> None:
        self._ctx = ctx
        self.listing = ItemListing(self._execute)
        # Pages and counts of the list views (`listing.py`: the SQL the desktop also runs
        # before the archive is open).
        self.page = self.listing.page
        self.count = self.listing.count

    def get(self, item_id: int) -> ItemDetail:
        with self._ctx.read() as session:
            return detail(session, load_item(session, item_id))

    def _execute(self, sql: str, params: Sequence[object]) -> list[Sequence[object]]:
        with self._ctx.read() as session:
            return list(session.connection().exec_driver_sql(sql, tuple(params)).all())

    def update(self, item_id: int, edit: ItemEdit) -> ItemDetail:
        """Change descriptive metadata; the date is validated in the archivist forms."""
        with self._ctx.write("edit metadata") as session:
            item = load_item(session, item_id)
            if edit.title is not None:
                if not edit.title.strip():
                    raise InvalidValueError("a title cannot be empty")
                item.title = edit.title.strip()
            for name in ("description", "creator", "publisher", "language", "rights", "identifier"):
                value = getattr(edit, name)
                if value is not None:
                    setattr(item, name, value.strip() or None)
            if edit.date is not None:
                if edit.date.strip():
                    apply_date(item, parse_date(edit.date), "user")
                else:
                    apply_date(item, None, None)
            if edit.caption is not None:
                if item.photo is None:
                    raise InvalidValueError("only photos have a caption")
                item.photo.caption = edit.caption.strip() or None
            item.modified_at = now()
            self._ctx.index.update(session, item)
            return detail(session, item)

    def reading_position(self, item_id: int) -> int:
        """Where the reader left this article (0 when never opened)."""
        with self._ctx.read() as session:
            found = session.get(ReadingPosition, item_id)
            return found.position if found else 0

    def set_reading_position(self, item_id: int, position: int) -> None:
        with self._ctx.write("remember the reading position") as session:
            load_item(session, item_id)
            found = session.get(ReadingPosition, item_id)
            if found is None:
                session.add(
                    ReadingPosition(item_id=item_id, position=max(0, position), updated_at=now())
                )
            else:
                found.position = max(0, position)
                found.updated_at = now()
