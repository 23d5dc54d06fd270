"""Saved searches: a query kept under a name, to run again."""

from __future__ import annotations

from sqlalchemy import func, select

from memorial_viewer.context import ArchiveContext
from memorial_viewer.errors import InvalidValueError, NotFoundError
from memorial_viewer.items import now
from memorial_viewer.models import SavedSearch
from memorial_viewer.types import SavedSearchInfo


def _info(s: SavedSearch) -> SavedSearchInfo:
    return SavedSearchInfo(s.id, s.name, s.query, s.created_at)


class SavedSearchService:
    def __init__(self, ctx: ArchiveContext) -> None:
        self._ctx = ctx

    def list(self) -> list[SavedSearchInfo]:
        with self._ctx.read() as session:
            rows = session.scalars(select(SavedSearch).order_by(func.lower(SavedSearch.name)))
            return [_info(s) for s in rows]

    def get(self, name: str) -> SavedSearchInfo:
        with self._ctx.read() as session:
            found = session.scalar(select(SavedSearch).where(SavedSearch.name == name))
            if found is None:
                raise NotFoundError(f"no saved search named {name!r}")
            return _info(found)

    def save(self, name: str, query: str) -> SavedSearchInfo:
        """Store `query` under `name`, replacing an earlier search of that name."""
        name = " ".join(name.split())
        if not name:
            raise InvalidValueError("a saved search needs a name")
        with self._ctx.write("save a search") as session:
            found = session.scalar(select(SavedSearch).where(SavedSearch.name == name))
            if found is None:
                found = SavedSearch(name=name, query=query, created_at=now())
                session.add(found)
            else:
                found.query = query
            session.flush()
            return _info(found)

    def delete(self, name: str) -> None:
        with self._ctx.write("delete a saved search") as session:
            found = session.scalar(select(SavedSearch).where(SavedSearch.name == name))
            if found is None:
                raise NotFoundError(f"no saved search named {name!r}")
            session.delete(found)
