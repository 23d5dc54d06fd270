"""The item list model shared by the article table and the photo grid.

Rows arrive a page at a time from a worker (`canFetchMore`/`fetchMore`), so an archive of
100,000 items shows its first page at once and the UI thread never waits on the database.
A generation counter drops pages that belong to an earlier query.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView

from memorial_viewer.ui.item_query import ItemQuery, ItemRow, Page, fetch_page
from memorial_viewer.ui.workers import Generation, TaskRunner

if TYPE_CHECKING:
    from memorial_viewer.archive import Archive

PAGE_SIZE = 200
ITEM_MIME = "application/x-memorial-item-ids"
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3


def item_ids_mime(ids: list[int]) -> QMimeData:
    """Drag payload: item ids in order, understood by collections and the sidebar."""
    import json  # drags only: not worth its import at start-up

    mime = QMimeData()
    mime.setData(ITEM_MIME, json.dumps(ids).encode())
    return mime


def ids_from_mime(mime: QMimeData) -> list[int]:
    import json

    if not mime.hasFormat(ITEM_MIME):
        return []
    try:
        data = json.loads(bytes(mime.data(ITEM_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    return [int(i) for i in data if isinstance(i, int)] if isinstance(data, list) else []


def keep_fetching(view: QAbstractItemView, model: ItemListModel) -> None:
    """Fetch the next page when one arrives while the view still sits at its end.

    Views ask for more only when their scroll bar moves to the end; a page that arrives after
    the user got there would otherwise leave them stuck at the bottom of a partial list.
    """

    def check() -> None:
        bar = view.verticalScrollBar()
        if bar.value() >= bar.maximum() and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())

    model.loadingChanged.connect(lambda loading: loading or QTimer.singleShot(0, view, check))


class ItemListModel(QAbstractTableModel):
    """Items matching an ItemQuery, fetched page by page in the background."""

    COLUMNS = ("title", "date", "source", "language", "kind", "snippet")
    SORTABLE = {0: "title", 1: "date", 2: "source", 3: "language"}

    loadingChanged = Signal(bool)  # noqa: N815
    totalChanged = Signal(int)  # noqa: N815
    failed = Signal(str)

    def __init__(self, archive: Archive, runner: TaskRunner, query: ItemQuery | None = None):
        super().__init__()
        self._archive = archive
        self._runner = runner
        self._query = query or ItemQuery()
        self._rows: list[ItemRow] = []
        self._total: int | None = None
        self._loading = False
        self._gen = Generation()
        self._headers = (
            self.tr("Title"), self.tr("Date"), self.tr("Source"), self.tr("Language"),
            self.tr("Kind"), self.tr("Match"),
        )

    # -- the query -------------------------------------------------------------------------

    @property
    def query(self) -> ItemQuery:
        return self._query

    @property
    def total(self) -> int | None:
        """Rows the query matches (None until the first page arrived)."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def set_query(self, query: ItemQuery, *, force: bool = False) -> None:
        """Show `query`'s items from the first page; pages of the previous query are dropped."""
        if query == self._query and not force and self._total is not None:
            return
        self._query = query
        self.reload()

    def reload(self) -> None:
        self._gen.next()
        self.beginResetModel()
        self._rows = []
        self._total = None
        self._loading = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def row_at(self, row: int) -> ItemRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int) -> int:
        for n, r in enumerate(self._rows):
            if r.id == item_id:
                return n
        return -1

    def rows(self) -> list[ItemRow]:
        return list(self._rows)

    # -- paging ----------------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        if parent.isValid() or self._loading:
            return False
        return self._total is None or len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._set_loading(True)
        gen, query, offset, archive = self._gen.value, self._query, len(self._rows), self._archive
        self._runner.submit(
            lambda: fetch_page(archive, query, offset, PAGE_SIZE),
            lambda page: self._page_arrived(gen, offset, page),
            lambda message: self._page_failed(gen, message),
        )

    def _page_arrived(self, gen: int, offset: int, page: Page) -> None:
        if not self._gen.current(gen) or offset != len(self._rows):
            return
        self._set_loading(False)
        if page.total >= 0:
            self._total = page.total
        if page.rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        if len(page.rows) < PAGE_SIZE:
            self._total = len(self._rows)  # the end, whatever the count said
        self.totalChanged.emit(self._total or 0)

    def _page_failed(self, gen: int, message: str) -> None:
        if not self._gen.current(gen):
            return
        self._set_loading(False)
        self._total = len(self._rows)
        self.totalChanged.emit(self._total)
        self.failed.emit(message)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit(loading)

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = self.COLUMNS[index.column()]
            if column == "kind":
                return self.tr("Photo") if row.kind == "photo" else self.tr("Article")
            if column == "snippet":
                return row.snippet
            value = getattr(row, column)
            return value or ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}, {row.date or ''}"
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == SNIPPET_ROLE:
            return row.snippet
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by title, date, source or language in the core; other columns keep the order."""
        key = self.SORTABLE.get(column)
        if key is None:
            return
        self.set_query(
            self._query.with_(sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        )

    # -- drag ------------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ITEM_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return item_ids_mime([self._rows[r].id for r in rows if r < len(self._rows)])

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction
