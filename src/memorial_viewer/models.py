"""SQLAlchemy 2 typed declarative models: the archive's tables.

Changes to these models reach an existing archive only through a migration in
`memorial_viewer/migrations/versions/`; `tests/test_schema.py` keeps `db/schema.sql` equal to them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from memorial_viewer.listing import ORDERS


class Base(DeclarativeBase):
    pass


def _list_order_indexes() -> list[Index]:
    """The list views' orders (`listing.ORDERS`), all items and per kind: migration 0005."""
    indexes = [Index("ix_items_list_kind_imported", "kind", "id")]  # the import order: rowid
    for name, terms in ORDERS.items():
        if name != "imported":
            exprs = [text(t.replace("i.", "")) for t in terms]
            indexes.append(Index(f"ix_items_list_{name}", *exprs))
            indexes.append(Index(f"ix_items_list_kind_{name}", text("kind"), *exprs))
    return indexes


class Item(Base):
    """One archived thing (article or photo) with its Dublin Core fields and provenance."""

    __tablename__ = "items"
    __table_args__ = (
        CheckConstraint("kind IN ('article', 'photo')", name="ck_items_kind"),
        Index("ix_items_kind_date", "kind", "date_earliest"),
        Index("ix_items_date", "date_earliest", "date_latest"),
        *_list_order_indexes(),
        UniqueConstraint("sha256", "part", name="uq_items_sha256_part"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    creator: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    rights: Mapped[str | None] = mapped_column(Text)
    identifier: Mapped[str | None] = mapped_column(Text)
    date_edtf: Mapped[str | None] = mapped_column(String(64))
    date_earliest: Mapped[date | None] = mapped_column(Date)
    date_latest: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(16))
    date_approximate: Mapped[bool] = mapped_column(default=False)
    date_uncertain: Mapped[bool] = mapped_column(default=False)
    date_source: Mapped[str | None] = mapped_column(String(16))
    # The original's hash; `part` tells apart several items read from one file (a JSON batch).
    sha256: Mapped[str] = mapped_column(String(64))
    part: Mapped[int] = mapped_column(Integer, default=0)
    original_name: Mapped[str] = mapped_column(Text)
    original_path: Mapped[str] = mapped_column(Text)
    media_path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    modified_at: Mapped[datetime] = mapped_column(DateTime)

    article: Mapped[Article | None] = relationship(
        back_populates="item", cascade="all, delete-orphan", uselist=False
    )
    photo: Mapped[Photo | None] = relationship(
        back_populates="item", cascade="all, delete-orphan", uselist=False
    )
    tags: Mapped[list[Tag]] = relationship(secondary="item_tags", back_populates="items")
    mentions: Mapped[list[DateMention]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="DateMention.start"
    )


class Article(Base):
    __tablename__ = "articles"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text)
    html: Mapped[str] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(Text)
    site_name: Mapped[str | None] = mapped_column(Text)

    item: Mapped[Item] = relationship(back_populates="article")


class Photo(Base):
    __tablename__ = "photos"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    format: Mapped[str] = mapped_column(String(16))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(16))
    orientation: Mapped[int] = mapped_column(Integer, default=1)
    caption: Mapped[str | None] = mapped_column(Text)
    capture_date: Mapped[str | None] = mapped_column(String(32))
    camera: Mapped[str | None] = mapped_column(Text)
    exif_description: Mapped[str | None] = mapped_column(Text)
    artist: Mapped[str | None] = mapped_column(Text)
    copyright: Mapped[str | None] = mapped_column(Text)
    gps_latitude: Mapped[float | None] = mapped_column(Float)
    gps_longitude: Mapped[float | None] = mapped_column(Float)
    gps_altitude: Mapped[float | None] = mapped_column(Float)
    exif_json: Mapped[str] = mapped_column(Text, default="{}")

    item: Mapped[Item] = relationship(back_populates="photo")


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)

    items: Mapped[list[Item]] = relationship(secondary="item_tags", back_populates="tags")


class ItemTag(Base):
    __tablename__ = "item_tags"
    __table_args__ = (Index("ix_item_tags_tag", "tag_id"),)

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class DateMention(Base):
    """A date mentioned in an article's text, so the timeline can show what it is about."""

    __tablename__ = "mentions"
    __table_args__ = (
        Index("ix_mentions_item", "item_id"),
        Index("ix_mentions_date", "earliest", "latest"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    edtf: Mapped[str] = mapped_column(String(64))
    earliest: Mapped[date] = mapped_column(Date)
    latest: Mapped[date] = mapped_column(Date)
    precision: Mapped[str] = mapped_column(String(16))
    approximate: Mapped[bool] = mapped_column(default=False)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    item: Mapped[Item] = relationship(back_populates="mentions")


class Collection(Base):
    __tablename__ = "collections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    cover_item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    entries: Mapped[list[CollectionEntry]] = relationship(
        back_populates="collection",
        cascade="all, delete-orphan",
        order_by="CollectionEntry.position",
    )


class CollectionEntry(Base):
    """An item's place in a collection, with a caption that belongs to that collection only."""

    __tablename__ = "collection_entries"
    __table_args__ = (
        UniqueConstraint("collection_id", "item_id", name="uq_collection_entry_item"),
        Index("ix_collection_entries_order", "collection_id", "position"),
        Index("ix_collection_entries_item", "item_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    collection_id: Mapped[int] = mapped_column(ForeignKey("collections.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime)

    collection: Mapped[Collection] = relationship(back_populates="entries")
    item: Mapped[Item] = relationship()


class Bookmark(Base):
    """An item, or a passage [start, end) of an article's plain text, with a note."""

    __tablename__ = "bookmarks"
    __table_args__ = (Index("ix_bookmarks_item", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    passage: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SavedSearch(Base):
    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    query: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ReadingPosition(Base):
    """Where the archivist stopped reading an article (a character offset into its text)."""

    __tablename__ = "reading_positions"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class IndexQueue(Base):
    """Items whose rows are committed but whose search-index entry is not written yet.

    The importer commits each file on its own and writes the index for many files at once (one
    FTS5 segment per batch instead of per file); a crash in between leaves ids here, and the
    next open indexes them.
    """

    __tablename__ = "index_queue"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
