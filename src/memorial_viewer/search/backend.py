"""The one interface callers use to index and search; SQLite FTS5 implements it today.

A PostgreSQL backend would implement the same protocol; nothing above this layer changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from sqlalchemy.orm import Session

from memorial_viewer.types import Kind, SearchResult

Sort = Literal["relevance", "date", "title"]


@dataclass(frozen=True)
class IndexDocument:
    """The searchable text of one item, by field."""

    item_id: int
    title: str
    body: str
    extra: str
    tags: str


@dataclass(frozen=True)
class SearchRequest:
    query: str
    limit: int = 50
    offset: int = 0
    kind: Kind | None = None
    sort: Sort = "relevance"


class SearchBackend(Protocol):
    def index(self, session: Session, doc: IndexDocument) -> None:
        """Add or replace one item's document, inside the caller's transaction."""

    def remove(self, session: Session, item_id: int) -> None: ...

    def search(self, session: Session, request: SearchRequest) -> SearchResult: ...

    def matching_ids(self, session: Session, query: str) -> list[int] | None:
        """Ids of every item matching `query`; None when the query matches everything."""
