"""Counting and ordering the items a plan matches: strict tiers, bm25 inside each tier.

A page by relevance takes tier 0 hits first (bm25 order), then tier 1 hits that are not in
tier 0, and so on, and stops as soon as the page is full: for a common word typed as it is
spelled, only the first tier is ever ranked. The total counts the loosest tier once; counts
are cached per index generation (paging and search-as-you-type repeat them).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from memorial_viewer.search.compile import N_TIERS, Plan
from memorial_viewer.search.layout import WEIGHTS

# Items without the value come last either way; the source is the publisher, which the
# importer fills from the site name (as the list views sort it: listing.py).
_ORDER = {
    "date": "i.date_earliest IS NULL, i.date_earliest{desc}, i.id{desc}",
    "title": "i.title COLLATE NOCASE{desc}, i.id{desc}",
    "source": "i.publisher IS NULL, lower(i.publisher){desc}, i.id{desc}",
    "language": "i.language IS NULL, lower(i.language){desc}, i.id{desc}",
}


@dataclass(frozen=True)
class Ranked:
    id: int
    score: float
    tier: int | None


def where(plan: Plan, id_expr: str) -> tuple[str, dict[str, object]]:
    """The conditions of a plan on `id_expr`, and their parameters.

    With FTS5, pass `+item_fts.rowid`: the unary plus keeps SQLite from handing an `IN` on the
    rowid to FTS5, which would then run the whole MATCH once per listed id.
    """
    params: dict[str, object] = {}
    conds = []
    per_row = plan.text is not None
    for p in plan.preds:
        conds.append(p.render(id_expr, per_row))
        params.update(p.params)
    return "".join(f" AND {c}" for c in conds), params


def tier_exprs(plan: Plan, empty_below: int = 0) -> list[tuple[int, str]]:
    """(tier, MATCH expression of that tier alone), skipping tiers that add nothing.

    `empty_below`: tiers under it are known to match nothing (skipped, and not excluded).
    """
    assert plan.text is not None
    out: list[tuple[int, str]] = []
    prev: str | None = None
    for k in range(max(0, min(empty_below, N_TIERS - 1)), N_TIERS):
        cur = plan.text[k]
        if cur == prev:
            continue
        out.append((k, cur if prev is None else f"({cur}) NOT ({prev})"))
        prev = cur
    return out


class Counter:
    """Totals per (generation, query), least recently used dropped first (thread-safe: a
    search may count on a worker connection while its page is ranked)."""

    def __init__(self, size: int = 256) -> None:
        self._cache: OrderedDict[tuple, int] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    @staticmethod
    def _query(plan: Plan, cap: int | None) -> tuple[str, dict[str, object]]:
        if plan.text is not None:
            cond, params = where(plan, "+item_fts.rowid")
            params["m"] = plan.match
            inner = f"SELECT 1 FROM item_fts WHERE item_fts MATCH :m{cond}"
        else:
            cond, params = where(plan, "i.id")
            inner = f"SELECT 1 FROM items i WHERE 1{cond}"
        if cap is not None:
            inner += f" LIMIT {int(cap)}"
        return inner, params

    @staticmethod
    def _key(generation: str, inner: str, params: dict[str, object]) -> tuple:
        return (generation, inner, tuple(sorted(params.items(), key=lambda x: x[0])))

    def cached(self, plan: Plan, generation: str, cap: int | None = None) -> int | None:
        """The cached total, or None when it would have to be counted."""
        inner, params = self._query(plan, cap)
        key = self._key(generation, inner, params)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        return None

    def count_part(
        self, conn: Connection, plan: Plan, after: int | None, upto: int | None
    ) -> int:
        """How many of the plan's items have `after < id <= upto` (None: no bound), uncached.

        The plan must have text: FTS5 takes the rowid range itself and seeks to it, so the
        parts of a total cost what the whole does.
        """
        assert plan.text is not None
        inner, params = self._query(plan, None)
        if after is not None:
            inner += " AND item_fts.rowid > :after"
            params["after"] = after
        if upto is not None:
            inner += " AND item_fts.rowid <= :upto"
            params["upto"] = upto
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM ({inner})", params).scalar_one())

    def store(self, plan: Plan, generation: str, n: int) -> None:
        """Keep a total counted elsewhere (in parts) as `count` would have."""
        inner, params = self._query(plan, None)
        key = self._key(generation, inner, params)
        with self._lock:
            self._cache[key] = n
            self._cache.move_to_end(key)
            if len(self._cache) > self._size:
                self._cache.popitem(last=False)

    def count(self, conn: Connection, plan: Plan, generation: str, cap: int | None = None) -> int:
        inner, params = self._query(plan, cap)
        key = self._key(generation, inner, params)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        n = int(conn.exec_driver_sql(f"SELECT count(*) FROM ({inner})", params).scalar_one())
        with self._lock:
            self._cache[key] = n
            if len(self._cache) > self._size:
                self._cache.popitem(last=False)
        return n


def page(
    conn: Connection,
    plan: Plan,
    sort: str,
    offset: int,
    limit: int,
    descending: bool = False,
    total: int | Callable[[], int] | None = None,
    empty_below: int = 0,
) -> list[Ranked]:
    """One page of the plan's items in `sort` order (`total`, when known, ends the tiers early;
    tiers under `empty_below` are known to match nothing).

    `total` may be a callable (a count still running elsewhere): it is asked for only after the
    first tier, so the first tier's page is ranked while the total is counted. The page is the
    same either way: once the tiers have passed the total, the remaining ones are empty.
    """
    if limit <= 0:
        return []
    desc = " DESC" if descending else ""
    if plan.text is None or sort != "relevance":
        order = _ORDER.get(sort, _ORDER["date"]).format(desc=desc)
        if plan.text is None:
            cond, params = where(plan, "i.id")
            sql = f"SELECT i.id FROM items i WHERE 1{cond}"
        else:
            cond, params = where(plan, "+item_fts.rowid")
            params["m"] = plan.match
            sql = (
                "SELECT i.id FROM item_fts JOIN items i ON i.id = item_fts.rowid "
                f"WHERE item_fts MATCH :m{cond}"
            )
        params.update(lim=limit, off=offset)
        rows = conn.exec_driver_sql(f"{sql} ORDER BY {order} LIMIT :lim OFFSET :off", params)
        return [Ranked(r[0], 0.0, None) for r in rows]
    out: list[Ranked] = []
    skip = offset
    passed = 0  # items of the tiers done so far
    cond, base = where(plan, "+item_fts.rowid")
    for i, (tier, expr) in enumerate(tier_exprs(plan, empty_below)):
        want = limit - len(out)
        if want <= 0:
            break
        if callable(total) and i > 0:
            total = total()
        if isinstance(total, int) and passed >= total:
            break
        params = dict(base, m=expr, lim=want, off=skip)
        rows = conn.exec_driver_sql(
            f"SELECT rowid, bm25(item_fts, {WEIGHTS}) AS s FROM item_fts "
            f"WHERE item_fts MATCH :m{cond} ORDER BY s LIMIT :lim OFFSET :off",
            params,
        ).all()
        out.extend(Ranked(r[0], -float(r[1]), tier) for r in rows)
        if skip:
            if rows:
                passed += skip + len(rows)
                skip = 0
            else:  # the whole tier lies before the page: how many did we pass?
                n = int(conn.exec_driver_sql(
                    f"SELECT count(*) FROM item_fts WHERE item_fts MATCH :m{cond}",
                    dict(base, m=expr),
                ).scalar_one())
                skip = max(0, skip - n)
                passed += n
        else:
            passed += len(rows)
    return out
