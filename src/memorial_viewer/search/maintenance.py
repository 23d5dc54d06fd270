"""Rebuilding the search index when its layout or the folding rules change (or it is damaged).

`item_fts_meta` records the layout and folding versions the rows were built with; opening a
writable archive whose versions differ rebuilds every row (migration 0003 leaves version 0, so
the first open after the upgrade builds the index).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from memorial_viewer.search.folding import FOLDING_VERSION
from memorial_viewer.search.index import make_document
from memorial_viewer.search.layout import LAYOUT_VERSION
from memorial_viewer.search.writer import KEYMAP_SET, IndexWriter

_SEP = "\x1f"
_ROWS = (
    "SELECT i.id, i.kind, i.title, i.description, i.creator, i.publisher, i.language, "
    "a.text, a.author, p.caption, p.exif_description, "
    f"(SELECT group_concat(t.name, '{_SEP}') FROM item_tags it JOIN tags t ON t.id = it.tag_id "
    "WHERE it.item_id = i.id) "
    "FROM items i LEFT JOIN articles a ON a.item_id = i.id "
    "LEFT JOIN photos p ON p.item_id = i.id WHERE i.id > ? ORDER BY i.id LIMIT ?"
)


def meta(session: Session) -> dict[str, str]:
    rows = session.connection().exec_driver_sql("SELECT key, value FROM item_fts_meta").all()
    return {k: v for k, v in rows}


def needs_rebuild(session: Session) -> bool:
    m = meta(session)
    return (
        m.get("layout") != str(LAYOUT_VERSION)
        or m.get("folding") != str(FOLDING_VERSION)
        or m.get("dirty", "0") != "0"
    )


def rebuild(session: Session, writer: IndexWriter, batch: int = 500) -> int:
    """Index every item again from the archive's tables, inside the caller's transaction."""
    conn = session.connection()
    conn.exec_driver_sql("INSERT INTO item_fts(item_fts) VALUES ('delete-all')")
    conn.exec_driver_sql("DELETE FROM item_fts_docs")
    conn.exec_driver_sql("DELETE FROM item_fts_vocab")
    writer.reset()
    last, count = 0, 0
    while True:
        rows = conn.exec_driver_sql(_ROWS, (last, batch)).all()
        if not rows:
            break
        for r in rows:
            doc = make_document(
                r[0], r[1], r[2], description=r[3], creator=r[4], publisher=r[5],
                language=r[6], text=r[7], author=r[8], caption=r[9], exif_description=r[10],
                tags=r[11].split(_SEP) if r[11] else (),
            )
            writer.index(session, doc, fresh=True)
        last = rows[-1][0]
        count += len(rows)
    for key, value in (("layout", LAYOUT_VERSION), ("folding", FOLDING_VERSION), ("dirty", 0)):
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO item_fts_meta(key, value) VALUES (?, ?)", (key, str(value))
        )
    conn.exec_driver_sql(KEYMAP_SET)  # every word was just indexed with its key exceptions
    return count
