"""The search entry point of the core: runs queries through the archive's backend."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from memorial_viewer.context import ArchiveContext
from memorial_viewer.models import IndexQueue
from memorial_viewer.search import maintenance, pending
from memorial_viewer.search.backend import SearchRequest, Sort
from memorial_viewer.search.fts5 import Fts5Backend
from memorial_viewer.types import Facets, Kind, RelatedItem, SearchResult


class SearchService:
    def __init__(self, ctx: ArchiveContext) -> None:
        self._ctx = ctx
        self.backend = ctx.index.backend
        if not ctx.readonly:
            self.ensure_current()
            self.index_queued()

    def index_queued(self) -> int:
        """Finish indexing items a killed import committed but did not index yet."""
        with self._ctx.read() as session:
            if session.scalar(select(IndexQueue.item_id).limit(1)) is None:
                return 0
        with self._ctx.write("index imported items") as session:
            return pending.index_queued(session, self.backend)

    def ensure_current(self) -> bool:
        """Rebuild the index if it was built with other rules; True when it was rebuilt."""
        if not isinstance(self.backend, Fts5Backend):
            return False
        with self._ctx.read() as session:
            if not maintenance.needs_rebuild(session):
                return False
        self.rebuild()
        return True

    def rebuild(self) -> int:
        """Index every item again (one transaction); returns how many."""
        assert isinstance(self.backend, Fts5Backend)
        with self._ctx.write("rebuild the search index") as session:
            return maintenance.rebuild(session, self.backend.writer)

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        offset: int = 0,
        kind: Kind | None = None,
        sort: Sort = "relevance",
        descending: bool = False,
        facets: bool = False,
    ) -> SearchResult:
        """One page of hits for `query` (the query language is in the README, "Search")."""
        request = SearchRequest(query, limit, offset, kind, sort, descending, facets)
        with self._ctx.read() as session:
            if isinstance(self.backend, Fts5Backend):
                # A read session: the total may be counted on a second connection.
                return self.backend.search(session, request, parallel=True)
            return self.backend.search(session, request)

    def run_saved(self, name: str, **options) -> SearchResult:  # type: ignore[no-untyped-def]
        """Run the saved search `name` again (options as for `search`)."""
        from memorial_viewer.saved_searches import SavedSearchService

        query = SavedSearchService(self._ctx).get(name).query
        return self.search(query, **options)

    def matching_ids(self, query: str) -> list[int] | None:
        with self._ctx.read() as session:
            return self.backend.matching_ids(session, query)

    def id_subquery(
        self, session: Session, query: str, kind: Kind | None = None
    ) -> tuple[str, dict[str, object]] | None:
        """SQL selecting the ids matching `query` (for an IN clause), or None for all items."""
        assert isinstance(self.backend, Fts5Backend)
        _tree, plan, _lex = self.backend.plan(session.connection(), query, kind)
        return self.backend.id_clause(plan)

    def facets(self, query: str, *, kind: Kind | None = None) -> Facets:
        """Counts by kind, year, mentioned year and tag of the items matching `query`."""
        with self._ctx.read() as session:
            return self.backend.facets(session, query, kind)

    def related(self, item_id: int, limit: int = 10) -> list[RelatedItem]:
        """Items on the same topic as `item_id`, best first."""
        with self._ctx.read() as session:
            return self.backend.related(session, item_id, limit)
