"""Item counts per period, by the items' own dates or by the dates their texts mention.

Items dated exactly within a period count 1 there. Items whose date is imprecise at the
requested granularity (a range such as "1987/1991" by year, "1990" by month, "199X") or
approximate ("1990~") are spread evenly over the periods their range covers, and that share is
reported apart (`TimelineBucket.approximate`) so the chart can draw it lighter.

SQL groups the dated rows by (first period, last period, approximate), so Python only sees
the distinct ranges, with their item counts, never one row per item; a range spanning many
periods is spread with a difference sweep, in time proportional to the periods it covers.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from fractions import Fraction
from typing import Literal

from sqlalchemy import Integer, String, column, distinct, func, select, text

from memorial_viewer.context import ArchiveContext
from memorial_viewer.errors import InvalidValueError
from memorial_viewer.models import DateMention, Item
from memorial_viewer.search.service import SearchService
from memorial_viewer.types import Kind, TimelineBucket

By = Literal["year", "month", "day"]
Axis = Literal["item", "mentioned"]
_WIDTH = {"year": 4, "month": 7, "day": 10}


def timeline(
    ctx: ArchiveContext,
    searcher: SearchService,
    *,
    by: By = "year",
    axis: Axis = "item",
    query: str | None = None,
    kind: Kind | None = None,
) -> list[TimelineBucket]:
    """Items per period, in period order: exact `count` plus the spread `approximate` share.

    With `query`, only items matching it are counted, so the timeline follows the search
    (any query of the search language: words, fields, dates). On the "mentioned" axis an item
    counts once per distinct mentioned range (several mentions of "1990" count once).
    """
    if by not in _WIDTH:
        raise InvalidValueError(f"--by must be year, month or day, not {by!r}")
    if axis not in ("item", "mentioned"):
        raise InvalidValueError(f"--axis must be item or mentioned, not {axis!r}")
    if axis == "item":
        first, last, approx = Item.date_earliest, Item.date_latest, Item.date_approximate
    else:
        first, last, approx = DateMention.earliest, DateMention.latest, DateMention.approximate
    width = _WIDTH[by]
    start = func.substr(first, 1, width, type_=String)
    end = func.substr(func.coalesce(last, first), 1, width, type_=String)
    stmt = select(
        start.label("period_first"),
        end.label("period_last"),
        func.coalesce(approx, False).label("period_approx"),
        func.count(distinct(Item.id)),
    )
    if axis == "mentioned":
        stmt = stmt.select_from(DateMention).join(Item, Item.id == DateMention.item_id)
    stmt = stmt.where(first.is_not(None))
    if kind:
        stmt = stmt.where(Item.kind == kind)
    with ctx.read() as session:
        # The query's ids as a subquery: any number of hits, one statement.
        clause = searcher.id_subquery(session, query) if query else None
        if clause is not None:
            sql, params = clause
            ids = text(sql).bindparams(**params).columns(column("id", Integer))
            stmt = stmt.where(Item.id.in_(ids))
        # Labels unlike any column name: SQLite would group by mentions.start/end otherwise.
        stmt = stmt.group_by("period_first", "period_last", "period_approx")
        rows = [(p, q, bool(a), n) for p, q, a, n in session.execute(stmt)]
    return _buckets(rows, by)


def _buckets(rows: list[tuple[str, str, bool, int]], by: By) -> list[TimelineBucket]:
    """Exact counts per period, plus imprecise ranges spread evenly over their periods."""
    to_ord, from_ord = _ORDINALS[by]
    exact: dict[str, int] = defaultdict(int)
    steps: dict[int, Fraction] = defaultdict(Fraction)  # rate changes of the spread weight
    for start, end, approximate, n in rows:
        if start == end and not approximate:
            exact[start] += n
            continue
        try:
            lo, hi = to_ord(start), to_ord(end)
        except ValueError:  # not a period we can read: count it where it starts
            exact[start] += n
            continue
        hi = max(lo, hi)
        rate = Fraction(n, hi - lo + 1)
        steps[lo] += rate
        steps[hi + 1] -= rate
    spread: dict[str, float] = {}
    rate = Fraction(0)
    keys = sorted(steps)
    for here, after in zip(keys, keys[1:], strict=False):
        rate += steps[here]
        if rate:
            share = float(rate)
            for o in range(here, after):
                spread[from_ord(o)] = share
    periods = sorted(exact.keys() | spread.keys())
    return [TimelineBucket(p, exact.get(p, 0), spread.get(p, 0.0)) for p in periods]


def _month(period: str) -> int:
    return int(period[:4]) * 12 + int(period[5:7]) - 1


_ORDINALS = {
    "year": (int, lambda o: f"{o:04d}"),
    "month": (_month, lambda o: f"{o // 12:04d}-{o % 12 + 1:02d}"),
    "day": (lambda p: date.fromisoformat(p).toordinal(), lambda o: date.fromordinal(o).isoformat()),
}
