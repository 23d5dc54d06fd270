"""Keeping the search index in step with items, inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from memorial_viewer.models import Item
from memorial_viewer.search.backend import IndexDocument, SearchBackend
from memorial_viewer.search.folding import DocumentForms, document_forms
from memorial_viewer.search.layout import FIELDS


def make_document(
    item_id: int,
    kind: str,
    title: str,
    *,
    text: str | None = None,
    caption: str | None = None,
    exif_description: str | None = None,
    description: str | None = None,
    creator: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
    tags: list[str] | tuple[str, ...] = (),
    language: str | None = None,
) -> IndexDocument:
    """The searchable fields of an item from plain values (the importer and bulk loaders)."""
    extra = "\n".join(p for p in (description, creator, publisher, author) if p)
    cap = "\n".join(p for p in (caption, exif_description) if p)
    return IndexDocument(
        item_id, title, text or "", extra, " ; ".join(tags), cap, kind, language or None
    )


def document_for(item: Item) -> IndexDocument:
    """The searchable fields of an item: titles, texts, captions, descriptions and tags."""
    article, photo = item.article, item.photo
    return make_document(
        item.id,
        item.kind,
        item.title,
        text=article.text if article is not None else None,
        caption=photo.caption if photo is not None else None,
        exif_description=photo.exif_description if photo is not None else None,
        description=item.description,
        creator=item.creator,
        publisher=item.publisher,
        author=article.author if article is not None else None,
        tags=[t.name for t in item.tags],
        language=item.language,
    )


def field_texts(doc: IndexDocument) -> dict[str, str]:
    return {
        "title": doc.title,
        "text": doc.body,
        "caption": doc.caption,
        "extra": doc.extra,
        "tags": doc.tags,
    }


def field_forms(doc: IndexDocument) -> dict[str, DocumentForms]:
    """Each field's forms; the item's language, when known, guides stemming."""
    return {f: document_forms(t, doc.language) for f, t in field_texts(doc).items() if t}


def fts_values(doc: IndexDocument, forms: dict[str, DocumentForms]) -> list[str]:
    """The row for `item_fts`, in `layout.COLUMNS` order."""
    out: list[str] = []
    for attr in ("folded", "latin", "exact", "stems"):
        for field in FIELDS:
            f = forms.get(field)
            out.append(getattr(f, attr) if f is not None else "")
    out.append(doc.kind)
    return out


class SearchIndex:
    """Keeps the backend's index in step with items, inside the caller's transaction."""

    def __init__(self, backend: SearchBackend) -> None:
        self.backend = backend

    def update(self, session: Session, item: Item) -> None:
        session.flush()
        self.backend.index(session, document_for(item))

    def remove(self, session: Session, item_id: int) -> None:
        self.backend.remove(session, item_id)
