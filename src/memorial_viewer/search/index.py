"""Keeping the search index in step with items, inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from memorial_viewer.models import Item
from memorial_viewer.search.backend import IndexDocument, SearchBackend


def document_for(item: Item) -> IndexDocument:
    """The searchable fields of an item: titles, texts, captions, descriptions and tags."""
    body = ""
    extra_parts = [item.description or "", item.creator or "", item.publisher or ""]
    if item.article is not None:
        body = item.article.text
        extra_parts.append(item.article.author or "")
    if item.photo is not None:
        body = item.photo.caption or ""
        extra_parts.append(item.photo.exif_description or "")
    tags = " ; ".join(t.name for t in item.tags)
    extra = "\n".join(p for p in extra_parts if p)
    return IndexDocument(item.id, item.title, body, extra, tags)


class SearchIndex:
    """Keeps the backend's index in step with items, inside the caller's transaction."""

    def __init__(self, backend: SearchBackend) -> None:
        self.backend = backend

    def update(self, session: Session, item: Item) -> None:
        session.flush()
        self.backend.index(session, document_for(item))

    def remove(self, session: Session, item_id: int) -> None:
        self.backend.remove(session, item_id)
