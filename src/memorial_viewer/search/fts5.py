"""SQLite FTS5 implementation of the search backend."""

from __future__ import annotations

import html

from sqlalchemy import text
from sqlalchemy.orm import Session

from memorial_viewer.search.backend import IndexDocument, SearchRequest
from memorial_viewer.search.query import to_match
from memorial_viewer.types import SearchHit, SearchResult

# bm25 weights for (title, body, extra, tags): a word in the title or the tags says more about
# an item than the same word somewhere in its text.
WEIGHTS = "10.0, 1.0, 3.0, 6.0"
_OPEN, _CLOSE = "\ue000", "\ue001"

_ORDER = {
    "relevance": "score DESC, i.id",
    "date": "i.date_earliest IS NULL, i.date_earliest, i.id",
    "title": "i.title COLLATE NOCASE, i.id",
}


def mark_snippet(raw: str) -> str:
    """HTML-escape a snippet and turn FTS5's private markers into <mark> tags."""
    return html.escape(raw, quote=False).replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


class Fts5Backend:
    def index(self, session: Session, doc: IndexDocument) -> None:
        session.execute(text("DELETE FROM item_fts WHERE rowid = :id"), {"id": doc.item_id})
        session.execute(
            text(
                "INSERT INTO item_fts(rowid, title, body, extra, tags) "
                "VALUES (:id, :title, :body, :extra, :tags)"
            ),
            {
                "id": doc.item_id,
                "title": doc.title,
                "body": doc.body,
                "extra": doc.extra,
                "tags": doc.tags,
            },
        )

    def remove(self, session: Session, item_id: int) -> None:
        session.execute(text("DELETE FROM item_fts WHERE rowid = :id"), {"id": item_id})

    def search(self, session: Session, request: SearchRequest) -> SearchResult:
        match = to_match(request.query)
        params: dict[str, object] = {
            "limit": max(0, request.limit),
            "offset": max(0, request.offset),
        }
        kind_sql = ""
        if request.kind:
            kind_sql = " AND i.kind = :kind"
            params["kind"] = request.kind
        if match is None:
            return self._browse(session, request, kind_sql, params)
        params["match"] = match
        total = session.execute(
            text(
                "SELECT count(*) FROM item_fts JOIN items i ON i.id = item_fts.rowid "
                f"WHERE item_fts MATCH :match{kind_sql}"
            ),
            params,
        ).scalar_one()
        rows = session.execute(
            text(
                "SELECT i.id, i.kind, i.title, i.date_edtf, "
                f"snippet(item_fts, -1, '{_OPEN}', '{_CLOSE}', '…', 24) AS snip, "
                f"-bm25(item_fts, {WEIGHTS}) AS score "
                "FROM item_fts JOIN items i ON i.id = item_fts.rowid "
                f"WHERE item_fts MATCH :match{kind_sql} "
                f"ORDER BY {_ORDER[request.sort]} LIMIT :limit OFFSET :offset"
            ),
            params,
        ).all()
        hits = [
            SearchHit(r.id, r.kind, r.title, r.date_edtf, mark_snippet(r.snip), float(r.score))
            for r in rows
        ]
        return SearchResult(request.query, total, hits)

    def _browse(
        self, session: Session, request: SearchRequest, kind_sql: str, params: dict[str, object]
    ) -> SearchResult:
        """An empty query lists everything, in date order unless asked otherwise."""
        where = f"WHERE 1=1{kind_sql}"
        total = session.execute(
            text(f"SELECT count(*) FROM items i {where}"), params
        ).scalar_one()
        order = _ORDER["date" if request.sort == "relevance" else request.sort]
        rows = session.execute(
            text(
                f"SELECT i.id, i.kind, i.title, i.date_edtf FROM items i {where} "
                f"ORDER BY {order} LIMIT :limit OFFSET :offset"
            ),
            params,
        ).all()
        hits = [SearchHit(r.id, r.kind, r.title, r.date_edtf, "", 0.0) for r in rows]
        return SearchResult(request.query, total, hits)

    def matching_ids(self, session: Session, query: str) -> list[int] | None:
        match = to_match(query)
        if match is None:
            return None
        return list(
            session.execute(
                text("SELECT rowid FROM item_fts WHERE item_fts MATCH :m"), {"m": match}
            ).scalars()
        )
