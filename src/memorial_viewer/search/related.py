"""Items on the same topic as a given item ("On the same topic" at the foot of a page).

Three signals, added up: the rarest words the item shares with others (latin keys, so a
Russian and an Azerbaijani text about the same people meet; bm25 over an OR of the item's
RELATED_TERMS rarest keys that other items also use), the tags it shares (rarer tags count
more) and the dates its text mentions to the day or month.
"""

from __future__ import annotations

import json
import math

from sqlalchemy.engine import Connection

from memorial_viewer.search.backend import IndexDocument
from memorial_viewer.search.folding import latin_key, tokenize
from memorial_viewer.search.index import field_forms
from memorial_viewer.search.layout import WEIGHTS, cols
from memorial_viewer.types import RelatedItem

RELATED_TERMS = 15
DF_CAP = 400
MIN_KEY = 4
TEXT_WEIGHT, TAG_WEIGHT, DATE_WEIGHT = 1.0, 0.6, 0.3


def _document(conn: Connection, item_id: int) -> IndexDocument | None:
    row = conn.exec_driver_sql("SELECT doc FROM item_fts_docs WHERE id = ?", (item_id,)).first()
    if row is None:
        return None
    d = json.loads(row[0])
    body = d.get("body")
    if body is None:
        body = conn.exec_driver_sql(
            "SELECT text FROM articles WHERE item_id = ?", (item_id,)
        ).scalar() or ""
    return IndexDocument(item_id, d["title"], body, d["extra"], d["tags"], d["caption"],
                         d["kind"], d["language"])


def _keys(doc: IndexDocument) -> set[str]:
    keys: set[str] = set()
    for forms in field_forms(doc).values():
        keys.update(k for k in forms.latin.split() if len(k) >= MIN_KEY and not k.isdigit())
    return keys


def _rarest(conn: Connection, keys: set[str]) -> list[str]:
    cols_l = cols("l")
    scored = []
    for k in keys:
        n = conn.exec_driver_sql(
            "SELECT count(*) FROM (SELECT 1 FROM item_fts WHERE item_fts MATCH ? LIMIT ?)",
            (f'{cols_l}: "{k}"', DF_CAP),
        ).scalar_one()
        if 2 <= n < DF_CAP:
            scored.append((n, k))
    scored.sort()
    return [k for _, k in scored[:RELATED_TERMS]]


def related(conn: Connection, item_id: int, limit: int = 10) -> list[RelatedItem]:
    doc = _document(conn, item_id)
    if doc is None or limit <= 0:
        return []
    scores: dict[int, float] = {}
    tags: dict[int, list[str]] = {}
    dates: dict[int, list[str]] = {}
    terms = _rarest(conn, _keys(doc))
    if terms:
        expr = f"{cols('l')}: (" + " OR ".join(f'"{t}"' for t in terms) + ")"
        rows = conn.exec_driver_sql(
            f"SELECT rowid, -bm25(item_fts, {WEIGHTS}) AS s FROM item_fts "
            "WHERE item_fts MATCH ? AND rowid != ? ORDER BY bm25(item_fts, "
            f"{WEIGHTS}) LIMIT 100",
            (expr, item_id),
        ).all()
        best = max((r[1] for r in rows), default=0.0) or 1.0
        for rid, s in rows:
            scores[rid] = TEXT_WEIGHT * float(s) / best
    for rid, name, n in conn.exec_driver_sql(
        "SELECT o.item_id, t.name, (SELECT count(*) FROM item_tags c WHERE c.tag_id = t.id) "
        "FROM item_tags it JOIN tags t ON t.id = it.tag_id "
        "JOIN item_tags o ON o.tag_id = it.tag_id AND o.item_id != it.item_id "
        "WHERE it.item_id = ? LIMIT 5000",
        (item_id,),
    ):
        scores[rid] = scores.get(rid, 0.0) + TAG_WEIGHT / math.log2(1 + n)
        tags.setdefault(rid, []).append(name)
    for rid, edtf in conn.exec_driver_sql(
        "SELECT DISTINCT o.item_id, m.edtf FROM mentions m JOIN mentions o "
        "ON o.earliest = m.earliest AND o.latest = m.latest AND o.item_id != m.item_id "
        "WHERE m.item_id = ? AND m.precision IN ('day', 'month') LIMIT 5000",
        (item_id,),
    ):
        seen = dates.setdefault(rid, [])
        if edtf not in seen and len(seen) < 3:
            seen.append(edtf)
            scores[rid] = scores.get(rid, 0.0) + DATE_WEIGHT
    best_ids = sorted(scores, key=lambda i: (-scores[i], i))[:limit]
    if not best_ids:
        return []
    info = {
        r[0]: r
        for r in conn.exec_driver_sql(
            "SELECT id, kind, title, date_edtf FROM items WHERE id IN "
            f"({','.join(str(i) for i in best_ids)})"
        )
    }
    shown = _surface(doc, set(terms))
    out = []
    for rid in best_ids:
        if rid not in info:
            continue
        other = _document(conn, rid)
        shared = sorted(set(terms) & _keys(other)) if other is not None else []
        r = info[rid]
        out.append(RelatedItem(
            rid, r[1], r[2], r[3], scores[rid],
            tuple(shown.get(k, k) for k in shared),
            tuple(dict.fromkeys(tags.get(rid, []))),
            tuple(dates.get(rid, [])),
        ))
    return out


def _surface(doc: IndexDocument, keys: set[str]) -> dict[str, str]:
    """A word of the item as written for each latin key (to show what is shared)."""
    out: dict[str, str] = {}
    for text in (doc.title, doc.body, doc.caption, doc.extra):
        for tok in tokenize(text):
            k = latin_key(tok.text)
            if k in keys and k not in out:
                out[k] = tok.text
    return out
