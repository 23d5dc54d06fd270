"""Writing one item's forms into `item_fts`, and what must be kept to take them out again.

`item_fts` is contentless (no second copy of the text), so FTS5 can only delete a row when it
is given the very values that were indexed. `item_fts_docs` keeps them, except an article's
text, which never changes after import and is read back from `articles` (checked by hash).
"""

from __future__ import annotations

import hashlib
import json
import weakref

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from memorial_viewer.search.backend import IndexDocument
from memorial_viewer.search.index import field_forms, fts_values
from memorial_viewer.search.layout import COLUMNS

_INSERT = (
    f"INSERT INTO item_fts(rowid, {', '.join(COLUMNS)}) "
    f"VALUES (?, {', '.join('?' * len(COLUMNS))})"
)
_DELETE = (
    f"INSERT INTO item_fts(item_fts, rowid, {', '.join(COLUMNS)}) "
    f"VALUES ('delete', ?, {', '.join('?' * len(COLUMNS))})"
)
_VOCAB = "INSERT OR IGNORE INTO item_fts_vocab(form, term, skel) VALUES (?, ?, ?)"
_BUMP = (
    "UPDATE item_fts_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'"
)
# `keymap` = the generation up to which `item_fts_vocab` holds every key exception ('a' rows,
# folding.key_exception) of the indexed words. Set by a rebuild; each write moves it along with
# the generation when it was current, so any writer that does not (older code) invalidates it.
_KEYMAP_ALONG = (
    "UPDATE item_fts_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'keymap' "
    "AND value = (SELECT value FROM item_fts_meta WHERE key = 'generation')"
)
KEYMAP_SET = (
    "INSERT OR REPLACE INTO item_fts_meta(key, value) "
    "SELECT 'keymap', value FROM item_fts_meta WHERE key = 'generation'"
)
_VOWELS = str.maketrans("", "", "aiou")
# Terms known to be in item_fts_vocab; bounded so a long import does not grow it for ever.
_KNOWN_MAX = 300_000


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def _stored(doc: IndexDocument) -> str:
    """What item_fts_docs keeps: every field but an article's text (only its hash)."""
    data = {
        "title": doc.title,
        "extra": doc.extra,
        "tags": doc.tags,
        "caption": doc.caption,
        "kind": doc.kind,
        "language": doc.language,
    }
    if doc.kind == "article":
        data["body_sha"] = _sha(doc.body)
    else:
        data["body"] = doc.body
    return json.dumps(data, ensure_ascii=False)


class IndexWriter:
    """Adds, replaces and removes items' rows; keeps the vocabulary and generation up to date."""

    def __init__(self) -> None:
        self._known_f: set[str] = set()
        self._known_l: set[str] = set()
        self._known_a: set[str] = set()
        self._a_txn: weakref.ref[object] | None = None

    def reset(self) -> None:
        self._known_f = set()
        self._known_l = set()
        self._known_a = set()

    def index(
        self,
        session: Session,
        doc: IndexDocument,
        *,
        fresh: bool = False,
        forms: dict | None = None,
    ) -> None:
        """Add or replace `doc`; `fresh` says the item has no row yet (an import, a rebuild).

        `forms`: `field_forms(doc)` computed beforehand, outside the transaction.
        """
        conn = session.connection()
        if not fresh:
            self._delete(conn, doc.item_id)
        if forms is None:
            forms = field_forms(doc)
        conn.exec_driver_sql(_INSERT, (doc.item_id, *fts_values(doc, forms)))
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO item_fts_docs(id, doc) VALUES (?, ?)",
            (doc.item_id, _stored(doc)),
        )
        self._add_vocabulary(session, conn, forms)
        conn.exec_driver_sql(_KEYMAP_ALONG)
        conn.exec_driver_sql(_BUMP)

    def remove(self, session: Session, item_id: int) -> None:
        conn = session.connection()
        self._delete(conn, item_id)
        conn.exec_driver_sql("DELETE FROM item_fts_docs WHERE id = ?", (item_id,))
        conn.exec_driver_sql(_KEYMAP_ALONG)  # fewer words: no exception can appear
        conn.exec_driver_sql(_BUMP)

    def _delete(self, conn: Connection, item_id: int) -> None:
        row = conn.exec_driver_sql(
            "SELECT doc FROM item_fts_docs WHERE id = ?", (item_id,)
        ).first()
        if row is None:
            return
        data = json.loads(row[0])
        if "body_sha" in data:
            text = conn.exec_driver_sql(
                "SELECT text FROM articles WHERE item_id = ?", (item_id,)
            ).scalar()
            if text is None or _sha(text) != data["body_sha"]:
                # The indexed text is gone: the old terms cannot be taken out one by one.
                conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO item_fts_meta(key, value) VALUES ('dirty', '1')"
                )
                return
            body = text
        else:
            body = data.get("body", "")
        old = IndexDocument(
            item_id,
            data["title"],
            body,
            data["extra"],
            data["tags"],
            data["caption"],
            data["kind"],
            data["language"],
        )
        conn.exec_driver_sql(_DELETE, (item_id, *fts_values(old, field_forms(old))))

    def _add_vocabulary(self, session: Session, conn: Connection, forms: dict) -> None:
        folded: set[str] = set()
        latin: set[str] = set()
        odd: set[str] = set()
        for f in forms.values():
            folded.update(f.folded.split())
            latin.update(f.latin.split())
            odd.update(f.odd)
        new_f = folded - self._known_f
        new_l = latin - self._known_l
        txn = session.get_transaction()
        if txn is None or self._a_txn is None or self._a_txn() is not txn:
            # Totals rely on these rows: trust only what this transaction wrote (a rebuild in
            # another process between two transactions may have deleted older ones).
            self._known_a = set()
            self._a_txn = weakref.ref(txn) if txn is not None else None
        new_a = odd - self._known_a
        if not new_f and not new_l and not new_a:
            return
        rows = [("f", t, None) for t in new_f]
        rows += [("l", t, t.translate(_VOWELS)) for t in new_l]
        # 'a': folded terms some word keys otherwise than its folded form ("" = a form that
        # may not be one token); see folding.key_exception.
        rows += [("a", t, None) for t in new_a]
        conn.exec_driver_sql(_VOCAB, rows)
        if len(self._known_f) + len(self._known_l) > _KNOWN_MAX:
            self.reset()
        self._known_f |= new_f
        self._known_l |= new_l
        self._known_a |= new_a
        if not session.info.get("mv_vocab_listener"):
            session.info["mv_vocab_listener"] = True
            # A rolled-back transaction takes its new terms with it: forget what we assumed.
            event.listen(session, "after_rollback", lambda _s: self.reset())
