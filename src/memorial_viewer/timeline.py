"""Item counts per period, by the items' own dates or by the dates their texts mention."""

from __future__ import annotations

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
    """Counts of distinct items per period (by earliest bound), in period order.

    With `query`, only items matching it are counted, so the timeline follows the search
    (any query of the search language: words, fields, dates).
    """
    if by not in _WIDTH:
        raise InvalidValueError(f"--by must be year, month or day, not {by!r}")
    if axis not in ("item", "mentioned"):
        raise InvalidValueError(f"--axis must be item or mentioned, not {axis!r}")
    date_col = Item.date_earliest if axis == "item" else DateMention.earliest
    period = func.substr(date_col, 1, _WIDTH[by], type_=String)
    stmt = select(period.label("period"), func.count(distinct(Item.id)))
    if axis == "mentioned":
        stmt = stmt.select_from(DateMention).join(Item, Item.id == DateMention.item_id)
    stmt = stmt.where(date_col.is_not(None))
    if kind:
        stmt = stmt.where(Item.kind == kind)
    with ctx.read() as session:
        # The query's ids as a subquery: any number of hits, one statement.
        clause = searcher.id_subquery(session, query) if query else None
        if clause is not None:
            sql, params = clause
            ids = text(sql).bindparams(**params).columns(column("id", Integer))
            stmt = stmt.where(Item.id.in_(ids))
        stmt = stmt.group_by("period").order_by("period")
        return [TimelineBucket(p, n) for p, n in session.execute(stmt)]
