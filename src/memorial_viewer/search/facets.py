"""Facet counts of the items matching a query: by kind, by year, by mentioned year and by tag.

Counting by SQL joins costs an indexed look-up per hit in three tables (about 5 µs each); for a
word in a third of 100,000 items that is ~150 ms. So each archive's facet values are kept in
memory as lists indexed by item id (kind, year, mentioned years, tag ids: ~1 MB per list for
100,000 items), reloaded when the index generation changes (every write that can change them
reindexes the item), and a query's hits are counted with C-level `Counter(map(...))`.
"""

from __future__ import annotations

import threading
from collections import Counter
from itertools import chain

from sqlalchemy.engine import Connection

from memorial_viewer.search.compile import Plan
from memorial_viewer.search.ranking import where
from memorial_viewer.types import FacetCount, Facets

MAX_TAGS = 50


class FacetTable:
    """Per-item facet values of one archive, as of one index generation."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.generation: str | None = None
        self.kind: list[str | None] = []
        self.year: list[str | None] = []
        self.mentioned: list[tuple[str, ...]] = []
        self.tags: list[tuple[int, ...]] = []
        self.tag_names: dict[int, str] = {}

    def load(self, conn: Connection, generation: str) -> None:
        with self._lock:
            if self.generation == generation:
                return
            top = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM items").scalar_one()
            size = int(top) + 1
            kind: list[str | None] = [None] * size
            year: list[str | None] = [None] * size
            mentioned: list[tuple[str, ...]] = [()] * size
            tags: list[tuple[int, ...]] = [()] * size
            for i, k, y in conn.exec_driver_sql(
                "SELECT id, kind, substr(date_earliest, 1, 4) FROM items"
            ):
                kind[i], year[i] = k, y
            for i, ys in conn.exec_driver_sql(
                "SELECT item_id, group_concat(DISTINCT substr(earliest, 1, 4)) "
                "FROM mentions GROUP BY item_id"
            ):
                if i < size:
                    mentioned[i] = tuple(ys.split(","))
            for i, ts in conn.exec_driver_sql(
                "SELECT item_id, group_concat(tag_id) FROM item_tags GROUP BY item_id"
            ):
                if i < size:
                    tags[i] = tuple(int(t) for t in ts.split(","))
            self.tag_names = dict(conn.exec_driver_sql("SELECT id, name FROM tags").all())
            self.kind, self.year, self.mentioned, self.tags = kind, year, mentioned, tags
            self.generation = generation


def matching_ids(conn: Connection, plan: Plan) -> list[int]:
    if plan.text is not None:
        cond, params = where(plan, "+item_fts.rowid")
        params["m"] = plan.match
        sql = f"SELECT rowid FROM item_fts WHERE item_fts MATCH :m{cond}"
    else:
        cond, params = where(plan, "i.id")
        sql = f"SELECT i.id FROM items i WHERE 1{cond}"
    # Tens of thousands of ids: the raw sqlite3 cursor, without a result object per row.
    raw = conn.connection.driver_connection
    return [r[0] for r in raw.execute(sql, params)]  # type: ignore[union-attr]


def facets(conn: Connection, plan: Plan, table: FacetTable, generation: str) -> Facets:
    table.load(conn, generation)
    size = len(table.kind)
    ids = [i for i in matching_ids(conn, plan) if i < size]

    def counts(values: Counter) -> list[FacetCount]:
        return sorted(
            (FacetCount(str(v), n) for v, n in values.items() if v is not None),
            key=lambda f: f.value,
        )

    tag_counts = Counter(chain.from_iterable(map(table.tags.__getitem__, ids)))
    top = sorted(tag_counts.items(), key=lambda x: (-x[1], x[0]))[:MAX_TAGS]
    return Facets(
        kinds=counts(Counter(map(table.kind.__getitem__, ids))),
        years=counts(Counter(map(table.year.__getitem__, ids))),
        mentioned_years=counts(Counter(chain.from_iterable(
            map(table.mentioned.__getitem__, ids)))),
        tags=[FacetCount(table.tag_names[t], n) for t, n in top if t in table.tag_names],
    )
