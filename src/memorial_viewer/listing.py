"""Pages of the item lists as plain SQL, for any DB-API connection to an archive.

The list views page through 100,000 items in date, title, source or language order; migration
0005 gives each order an index, so a page costs well under a millisecond at any depth. The SQL
needs nothing but `sqlite3`, which lets the desktop show its first page before SQLAlchemy and
the rest of the core are loaded (`opening.py`); `ItemService` runs the very same statements
through its session, so both paths list the same rows in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from memorial_viewer.types import Kind

ListSort = Literal["date", "title", "imported", "source", "language"]


@dataclass(frozen=True)
class ItemSummary:
    """One row of a list view (re-exported by `types`; defined here so that the first page
    needs no more than this module)."""

    id: int
    kind: Kind
    title: str
    date: str | None
    date_earliest: date | None
    source: str | None
    language: str | None
    sha256: str

# Each order ends with the id, so pages never overlap; missing values come last (first when
# descending), like undated items. These expressions are the ones migration 0005 indexes.
ORDERS: dict[ListSort, tuple[str, ...]] = {
    "date": ("i.date_earliest IS NULL", "i.date_earliest", "i.id"),
    "title": ("lower(i.title)", "i.id"),
    "imported": ("i.id",),
    "source": ("i.publisher IS NULL", "lower(i.publisher)", "i.id"),
    "language": ("i.language IS NULL", "lower(i.language)", "i.id"),
}

_COLUMNS = (
    "SELECT i.id, i.kind, i.title, i.date_edtf, i.date_earliest, "
    "coalesce(i.publisher, a.site_name), i.language, i.sha256 "
    "FROM items AS i LEFT JOIN articles AS a ON a.item_id = i.id"
)

Execute = Callable[[str, Sequence[object]], Sequence[Sequence[object]]]


def page_sql(
    *,
    kind: Kind | None = None,
    sort: ListSort = "date",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    ids: Sequence[int] | None = None,
) -> tuple[str, list[object]]:
    """The statement and its parameters for one page of a list view."""
    if sort not in ORDERS:
        raise ValueError(f"unknown list order {sort!r}")
    where, params = [], []
    if kind:
        where.append("i.kind = ?")
        params.append(kind)
    if ids is not None:
        where.append(f"i.id IN ({', '.join('?' * len(ids))})" if ids else "0")
        params.extend(int(i) for i in ids)
    direction = " DESC" if descending else ""
    order = ", ".join(expr + direction for expr in ORDERS[sort])
    sql = _COLUMNS + (f" WHERE {' AND '.join(where)}" if where else "")
    sql += f" ORDER BY {order} LIMIT ? OFFSET ?"
    return sql, [*params, max(0, limit), max(0, offset)]


def count_sql(kind: Kind | None = None) -> tuple[str, list[object]]:
    if kind:
        return "SELECT count(*) FROM items WHERE kind = ?", [kind]
    return "SELECT count(*) FROM items", []


def summary_of(row: Sequence[object]) -> ItemSummary:
    item_id, kind, title, edtf, earliest, source, language, sha256 = row
    if isinstance(earliest, str):
        earliest = date.fromisoformat(earliest)
    return ItemSummary(
        int(item_id),  # type: ignore[call-overload]
        kind,  # type: ignore[arg-type]
        str(title),
        edtf,  # type: ignore[arg-type]
        earliest,  # type: ignore[arg-type]
        source,  # type: ignore[arg-type]
        language,  # type: ignore[arg-type]
        str(sha256),
    )


class ItemListing:
    """List pages and counts over whatever runs the SQL (a session, a bare sqlite3 connection)."""

    def __init__(self, execute: Execute) -> None:
        self.execute = execute

    def count(self, kind: Kind | None = None) -> int:
        rows = self.execute(*count_sql(kind))
        return int(rows[0][0]) if rows else 0  # type: ignore[call-overload]

    def page(
        self,
        *,
        kind: Kind | None = None,
        sort: ListSort = "date",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
        ids: Sequence[int] | None = None,
    ) -> list[ItemSummary]:
        """One page of a list view, for incremental fetching."""
        sql, params = page_sql(
            kind=kind, sort=sort, descending=descending, offset=offset, limit=limit, ids=ids
        )
        return [summary_of(row) for row in self.execute(sql, params)]
