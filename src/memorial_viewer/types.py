"""Plain values that cross layers (core, CLI, UI). No SQLAlchemy, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

# Defined beside the list SQL, so the first page of the desktop needs only that module.
from memorial_viewer.listing import ItemSummary as ItemSummary

Kind = Literal["article", "photo"]
Precision = Literal["day", "month", "year", "decade", "century", "range"]


@dataclass(frozen=True)
class DateValue:
    """A date as an archivist writes it, normalised to EDTF with sortable bounds.

    `earliest`/`latest` are inclusive day bounds used for sorting, ranges and the timeline.
    """

    edtf: str
    earliest: date
    latest: date
    precision: Precision
    approximate: bool = False
    uncertain: bool = False

    def __str__(self) -> str:
        return self.edtf


@dataclass(frozen=True)
class Mention:
    """A date mentioned in an article's text: `text[start:end]` of the plain text is `text`."""

    date: DateValue
    text: str
    start: int
    end: int


@dataclass
class ArticleContent:
    """What an article importer extracts from one file, before it is stored."""

    title: str
    text: str
    html: str
    author: str | None = None
    published: str | None = None
    source_url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    tags: list[str] = field(default_factory=list)


@dataclass
class GeoPoint:
    latitude: float
    longitude: float
    altitude: float | None = None


@dataclass
class PhotoInfo:
    """What the photo prober reads from an image file without keeping pixels in memory."""

    format: str
    width: int
    height: int
    mode: str
    orientation: int = 1
    capture_date: str | None = None
    camera: str | None = None
    description: str | None = None
    artist: str | None = None
    copyright: str | None = None
    gps: GeoPoint | None = None
    exif: dict[str, str] = field(default_factory=dict)

    @property
    def display_size(self) -> tuple[int, int]:
        """Pixel size once the EXIF orientation is applied."""
        if self.orientation in (5, 6, 7, 8):
            return self.height, self.width
        return self.width, self.height


@dataclass(frozen=True)
class ImportProgress:
    done: int
    total: int
    current: str
    rate: float


@dataclass(frozen=True)
class Rejection:
    path: str
    reason: str


@dataclass
class ImportReport:
    imported: list[int] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict:
        return {
            "imported": len(self.imported),
            "duplicates": len(self.duplicates),
            "rejected": [{"path": r.path, "reason": r.reason} for r in self.rejected],
        }


@dataclass(frozen=True)
class ItemEdit:
    """Descriptive fields an archivist may change; None leaves a field alone, "" clears it."""

    title: str | None = None
    description: str | None = None
    creator: str | None = None
    publisher: str | None = None
    date: str | None = None
    language: str | None = None
    rights: str | None = None
    identifier: str | None = None
    caption: str | None = None


@dataclass
class ItemDetail:
    id: int
    kind: Kind
    title: str
    description: str | None
    creator: str | None
    publisher: str | None
    date: str | None
    date_earliest: date | None
    date_latest: date | None
    date_precision: str | None
    date_source: str | None
    language: str | None
    rights: str | None
    identifier: str | None
    tags: list[str]
    collections: list[str]
    original_name: str
    original_path: str
    media_path: str
    sha256: str
    size: int
    imported_at: datetime
    # article
    text: str | None = None
    html: str | None = None
    source_url: str | None = None
    author: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    # photo
    caption: str | None = None
    photo: PhotoInfo | None = None


@dataclass(frozen=True)
class SearchHit:
    id: int
    kind: Kind
    title: str
    date: str | None
    snippet: str
    score: float
    #: How the hit matched: exact, folded, inflected, transliterated, corrected ("" unranked).
    match: str = ""

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "date": self.date,
            "snippet": self.snippet,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class FacetCount:
    value: str
    count: int


@dataclass
class Facets:
    """Counts of the items matching a query, for the desktop's filters and timeline.

    `years` by the item's own date (earliest bound), `mentioned_years` by the dates its text
    mentions (an item counts once per year), `tags` most frequent first.
    """

    kinds: list[FacetCount] = field(default_factory=list)
    years: list[FacetCount] = field(default_factory=list)
    mentioned_years: list[FacetCount] = field(default_factory=list)
    tags: list[FacetCount] = field(default_factory=list)

    def to_json(self) -> dict:
        def pairs(rows: list[FacetCount]) -> list[dict]:
            return [{"value": r.value, "count": r.count} for r in rows]

        return {
            "kind": pairs(self.kinds),
            "year": pairs(self.years),
            "mentioned_year": pairs(self.mentioned_years),
            "tag": pairs(self.tags),
        }


@dataclass
class SearchResult:
    """One page of hits plus the total; `snippet` marks matched words with <mark> (HTML-escaped).

    `corrected` is the query actually run when near-miss correction was needed ("showing
    results for ..."); `facets` is filled when asked for.
    """

    query: str
    total: int
    hits: list[SearchHit]
    corrected: str | None = None
    facets: Facets | None = None

    def to_json(self) -> dict:
        out: dict = {"total": self.total, "hits": [h.to_json() for h in self.hits]}
        if self.corrected is not None:
            out["corrected"] = self.corrected
        if self.facets is not None:
            out["facets"] = self.facets.to_json()
        return out


@dataclass(frozen=True)
class RelatedItem:
    """An item on the same topic as another: what they share explains the score."""

    id: int
    kind: Kind
    title: str
    date: str | None
    score: float
    shared_terms: tuple[str, ...] = ()
    shared_tags: tuple[str, ...] = ()
    shared_dates: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "date": self.date,
            "score": round(self.score, 4),
            "shared_terms": list(self.shared_terms),
            "shared_tags": list(self.shared_tags),
            "shared_dates": list(self.shared_dates),
        }


@dataclass(frozen=True)
class TimelineBucket:
    """One period of the timeline: `count + approximate` is its total weight (its bar).

    `count` is the number of distinct items dated exactly within the period (their date range
    lies inside it at the requested granularity and is not approximate). `approximate` is the
    fractional weight of items whose dates are imprecise at that granularity ("1987/1991" by
    year, "1990" by month, "199X") or approximate ("1990~"): each such item is spread evenly
    over the periods its range covers, so it adds 1/n to each of its n periods. Summed over all
    buckets, `count + approximate` is the number of dated items.
    """

    period: str
    count: int
    approximate: float = 0.0


@dataclass(frozen=True)
class TagInfo:
    name: str
    count: int


@dataclass(frozen=True)
class CollectionEntryInfo:
    item_id: int
    position: int
    kind: Kind
    title: str
    caption: str | None


@dataclass
class CollectionInfo:
    id: int
    name: str
    description: str | None
    cover_item_id: int | None
    count: int
    created_at: datetime
    entries: list[CollectionEntryInfo] = field(default_factory=list)


@dataclass(frozen=True)
class BookmarkInfo:
    id: int
    item_id: int
    item_title: str
    kind: Kind
    start: int | None
    end: int | None
    passage: str | None
    note: str | None
    created_at: datetime


@dataclass(frozen=True)
class SavedSearchInfo:
    id: int
    name: str
    query: str
    created_at: datetime


@dataclass
class CheckReport:
    ok: bool
    problems: list[str]
    items_checked: int
    files_hashed: int
    bytes_hashed: int

    def to_json(self) -> dict:
        return {
            "ok": self.ok,
            "problems": self.problems,
            "items_checked": self.items_checked,
            "files_hashed": self.files_hashed,
            "bytes_hashed": self.bytes_hashed,
        }


@dataclass
class ArchiveStats:
    items: int
    articles: int
    photos: int
    tags: int
    collections: int
    bookmarks: int
    saved_searches: int
    mentions: int
    originals_bytes: int
    database_bytes: int
    thumbnails_bytes: int
    earliest: date | None
    latest: date | None
    undated: int
