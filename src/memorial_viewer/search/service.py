"""The search entry point of the core: runs queries through the archive's backend."""

from __future__ import annotations

from memorial_viewer.context import ArchiveContext
from memorial_viewer.search.backend import SearchRequest, Sort
from memorial_viewer.types import Kind, SearchResult


class SearchService:
    def __init__(self, ctx: ArchiveContext) -> None:
        self._ctx = ctx
        self.backend = ctx.index.backend

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        offset: int = 0,
        kind: Kind | None = None,
        sort: Sort = "relevance",
    ) -> SearchResult:
        request = SearchRequest(query, limit, offset, kind, sort)
        with self._ctx.read() as session:
            return self.backend.search(session, request)

    def matching_ids(self, query: str) -> list[int] | None:
        with self._ctx.read() as session:
            return self.backend.matching_ids(session, query)
