"""Items waiting for their search-index entry (see `models.IndexQueue`)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from memorial_viewer.models import IndexQueue, Item
from memorial_viewer.search.backend import IndexDocument, SearchBackend
from memorial_viewer.search.index import document_for


def enqueue(session: Session, item_id: int) -> None:
    session.connection().execute(IndexQueue.__table__.insert(), {"item_id": item_id})


def write_batch(
    session: Session, backend: SearchBackend, batch: Sequence[tuple[IndexDocument, object]]
) -> None:
    """Index freshly imported items (documents and their prepared forms) and dequeue them."""
    for doc, prepared in batch:
        backend.index(session, doc, new=True, prepared=prepared)
    ids = [doc.item_id for doc, _ in batch]
    session.execute(delete(IndexQueue).where(IndexQueue.item_id.in_(ids)))


def index_queued(session: Session, backend: SearchBackend) -> int:
    """Index whatever a crashed import left queued; returns how many items."""
    ids = list(session.scalars(select(IndexQueue.item_id)))
    if not ids:
        return 0
    items = session.scalars(
        select(Item)
        .where(Item.id.in_(ids))
        .options(selectinload(Item.article), selectinload(Item.photo), selectinload(Item.tags))
    )
    for item in items:
        backend.index(session, document_for(item))
    session.execute(delete(IndexQueue).where(IndexQueue.item_id.in_(ids)))
    return len(ids)
