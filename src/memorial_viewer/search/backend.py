"""The one interface callers use to index and search; SQLite FTS5 implements it today.

A PostgreSQL backend would implement the same protocol; nothing above this layer changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from sqlalchemy.orm import Session

from memorial_viewer.types import Facets, Kind, RelatedItem, SearchResult

Sort = Literal["relevance", "date", "title", "source", "language"]


@dataclass(frozen=True)
class IndexDocument:
    """The searchable text of one item, by field.

    `body` is an article's text, `caption` a photo's caption and embedded description, `extra`
    the descriptive metadata (description, creator, publisher, author). `language` guides
    stemming; `kind` is indexed so that a kind filter stays inside the full-text match.
    """

    item_id: int
    title: str
    body: str
    extra: str
    tags: str
    caption: str = ""
    kind: str = "article"
    language: str | None = None


@dataclass(frozen=True)
class SearchRequest:
    query: str
    limit: int = 50
    offset: int = 0
    kind: Kind | None = None
    sort: Sort = "relevance"
    descending: bool = False
    facets: bool = False


class SearchBackend(Protocol):
    def prepare(self, doc: IndexDocument) -> object:
        """The CPU-heavy part of indexing `doc` (no database, thread-safe), so an importer can do
        it in a worker thread before its transaction opens; pass the result to `index`."""

    def index(
        self, session: Session, doc: IndexDocument, *, new: bool = False, prepared: object = None
    ) -> None:
        """Add or replace one item's document, inside the caller's transaction.

        `new`: the item was just inserted, there is no old document to take out.
        """

    def remove(self, session: Session, item_id: int) -> None: ...

    def search(self, session: Session, request: SearchRequest) -> SearchResult: ...

    def matching_ids(self, session: Session, query: str) -> list[int] | None:
        """Ids of every item matching `query`; None when the query matches everything."""

    def facets(self, session: Session, query: str, kind: Kind | None = None) -> Facets: ...

    def related(self, session: Session, item_id: int, limit: int = 10) -> list[RelatedItem]: ...
