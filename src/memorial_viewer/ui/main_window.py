"""The main window: the archive's items in a list, read through the core API."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QMainWindow, QTableView

from memorial_viewer.archive import Archive
from memorial_viewer.types import ItemSummary

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class ItemListModel(QAbstractTableModel):
    """Items in date order, fetched a page at a time as the view scrolls."""

    HEADERS = ("Title", "Kind", "Date", "Source", "Language")

    def __init__(self, archive: Archive) -> None:
        super().__init__()
        self._archive = archive
        self._rows: list[ItemSummary] = []
        self._total = archive.items.count()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        page = self._archive.items.page(offset=len(self._rows), limit=PAGE)
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self._rows[index.row()]
        return (row.title, row.kind, row.date or "", row.source or "", row.language or "")[
            index.column()
        ]

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive) -> None:
        super().__init__()
        self.archive = archive
        self.setWindowTitle(f"Memorial Viewer — {archive.root.name}")
        self.model = ItemListModel(archive)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Items")
        self.setCentralWidget(self.table)
        self.resize(1100, 720)
        self.statusBar().showMessage(f"{self.model._total} items")
