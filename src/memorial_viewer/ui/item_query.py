"""What the item views show, as one value, and the one place that turns it into core calls.

Filters are written in the core's query language (`kind:`, `tag:`, `collection:`, `date:`,
`mentions:`), so whatever search the core offers, the desktop's filters mean the same thing as
the same words typed into the search field or the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from memorial_viewer.archive import Archive
    from memorial_viewer.opening import OpeningArchive
    from memorial_viewer.types import ItemSummary, Kind

Sort = Literal["relevance", "date", "title", "imported", "source", "language"]
# Orders the core's search offers; the import order ranks by relevance in a search.
SEARCH_SORTS = ("relevance", "date", "title", "source", "language")
DateAxis = Literal["item", "mentioned"]


@dataclass(frozen=True)
class ItemRow:
    """One row of an item list: a summary plus, for a search hit, its highlighted snippet."""

    id: int
    kind: Kind
    title: str
    date: str | None
    source: str | None
    language: str | None
    sha256: str
    snippet: str = ""
    badge: str = ""  # a mark drawn on the cell (the cover of a collection)


def _quote(value: str) -> str:
    """A field value, quoted when it holds spaces or quotes (quotes inside are dropped)."""
    cleaned = value.replace('"', " ").strip()
    return f'"{cleaned}"' if any(c.isspace() for c in cleaned) or not cleaned else cleaned


@dataclass(frozen=True)
class ItemQuery:
    """The current search text, filters and order of an item view."""

    text: str = ""
    kind: Kind | None = None
    tag: str | None = None
    collection: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    date_axis: DateAxis = "item"
    sort: Sort = "relevance"
    descending: bool = False

    def with_(self, **changes: object) -> ItemQuery:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def date_term(self) -> str:
        """`date:1990`, `date:1990-01..1990-03` or `mentions:...`; empty without a range."""
        if not self.date_from and not self.date_to:
            return ""
        start = self.date_from or self.date_to or ""
        end = self.date_to or self.date_from or ""
        span = start if start == end else f"{start}..{end}"
        field = "date" if self.date_axis == "item" else "mentions"
        return f"{field}:{span}"

    def filter_terms(self, *, with_dates: bool = True) -> list[str]:
        terms = []
        if self.tag:
            terms.append(f"tag:{_quote(self.tag)}")
        if self.collection:
            terms.append(f"collection:{_quote(self.collection)}")
        if with_dates and self.date_term:
            terms.append(self.date_term)
        return terms

    def search_text(self, *, with_dates: bool = True) -> str:
        """The whole query in the core's language (the kind goes as a parameter)."""
        return " ".join([*self.filter_terms(with_dates=with_dates), self.text.strip()]).strip()

    @property
    def is_browse(self) -> bool:
        """No words and no filters: list the archive page by page (fast, any sort)."""
        return not self.search_text()

    def describe(self) -> str:
        """The filter as the status bar shows it."""
        parts = [self.kind or "", *self.filter_terms()]
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class Page:
    total: int
    rows: list[ItemRow]


def _row(s: ItemSummary, snippet: str = "") -> ItemRow:
    return ItemRow(s.id, s.kind, s.title, s.date, s.source, s.language, s.sha256, snippet)


def fetch_page(
    archive: Archive | OpeningArchive, query: ItemQuery, offset: int, limit: int
) -> Page:
    """One page of rows for `query` (runs in a worker thread)."""
    if query.is_browse:
        sort = "date" if query.sort == "relevance" else query.sort
        summaries = archive.listing.page(
            kind=query.kind, sort=sort, descending=query.descending, offset=offset, limit=limit
        )
        total = archive.listing.count(query.kind) if offset == 0 else -1
        return Page(total, [_row(s) for s in summaries])
    sort = query.sort if query.sort in SEARCH_SORTS else "relevance"
    result = archive.search(
        query.search_text(), limit=limit, offset=offset, kind=query.kind, sort=sort,
        descending=query.descending and sort != "relevance",
    )
    ids = [h.id for h in result.hits]
    # Hits lack the hash (thumbnails) and source/language: one more page query fills them in.
    by_id = {s.id: s for s in archive.listing.page(ids=ids, limit=len(ids))} if ids else {}
    rows = [_row(by_id[h.id], h.snippet) for h in result.hits if h.id in by_id]
    return Page(result.total, rows)
