"""The navigation sidebar: Library, Timeline, Collections, Bookmarks, Saved searches, Tags.

Every entry carries a navigation key ("library:photo", "collection:3", "tag:Baku", ...) that
the main window turns into a view. Collections accept dropped items.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from memorial_viewer.ui.item_models import ITEM_MIME, ids_from_mime
from memorial_viewer.ui.workers import TaskRunner

if TYPE_CHECKING:
    from memorial_viewer.archive import Archive
    from memorial_viewer.types import CollectionInfo, SavedSearchInfo, TagInfo

KEY_ROLE = Qt.ItemDataRole.UserRole + 10
Index = QModelIndex | QPersistentModelIndex


@dataclass
class SidebarData:
    collections: list[CollectionInfo]
    saved: list[SavedSearchInfo]
    tags: list[TagInfo]


def load_sidebar(archive: Archive) -> SidebarData:
    return SidebarData(archive.collections.list(), archive.saved_searches.list(),
                       archive.tags.list())


class SidebarModel(QStandardItemModel):
    """Navigation entries; a collection entry takes item ids dropped on it."""

    itemsDropped = Signal(int, list)  # noqa: N815 - collection id, item ids

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ITEM_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: Index) -> bool:
        key = str(parent.data(KEY_ROLE) or "")
        return key.startswith("collection:") and bool(ids_from_mime(data))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        key = str(parent.data(KEY_ROLE))
        self.itemsDropped.emit(int(key.split(":", 1)[1]), ids_from_mime(data))
        return False  # the archive changed; the model itself has nothing to insert


class Sidebar(QTreeView):
    """Emits `navigate(key)`; call `reload()` after collections, searches or tags change."""

    navigate = Signal(str)
    contextRequested = Signal(str, object)  # noqa: N815 - key, global QPoint

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.sidebar_model = SidebarModel(self)
        self.setModel(self.sidebar_model)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Navigation"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setUniformRowHeights(True)
        self._groups: dict[str, QStandardItem] = {}
        self._build()
        self.selectionModel().currentChanged.connect(self._on_current)
        self.customContextMenuRequested.connect(self._on_context)
        self._last_key = ""

    def _entry(self, text: str, key: str, drop: bool = False) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(key, KEY_ROLE)
        item.setToolTip(text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if drop:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        item.setFlags(flags)
        return item

    def _build(self) -> None:
        root = self.sidebar_model.invisibleRootItem()
        library = self._entry(self.tr("Library"), "library:all")
        library.appendRow(self._entry(self.tr("All items"), "library:all"))
        library.appendRow(self._entry(self.tr("Articles"), "library:article"))
        library.appendRow(self._entry(self.tr("Photos"), "library:photo"))
        root.appendRow(library)
        root.appendRow(self._entry(self.tr("Timeline"), "timeline"))
        for key, text in (("collections", self.tr("Collections")),
                          ("bookmarks", self.tr("Bookmarks")),
                          ("saved", self.tr("Saved searches")),
                          ("tags", self.tr("Tags"))):
            group = self._entry(text, key)
            self._groups[key] = group
            root.appendRow(group)
        self.expandAll()

    # -- dynamic sections ------------------------------------------------------------------

    def reload(self) -> None:
        """Refresh collections, saved searches and tags from the archive (in a worker)."""
        archive = self.archive
        self.runner.submit(lambda: load_sidebar(archive), self._fill)

    def _fill(self, data: SidebarData) -> None:
        current = self.current_key()
        self._refill("collections", [
            self._entry(f"{c.name}  ({c.count})", f"collection:{c.id}", drop=True)
            for c in data.collections
        ])
        self._refill("saved", [self._entry(s.name, f"saved:{s.name}") for s in data.saved])
        self._refill("tags", [
            self._entry(f"{t.name}  ({t.count})", f"tag:{t.name}") for t in data.tags
        ])
        self.collections = data.collections
        self.saved = data.saved
        self.tags = data.tags
        if current:
            self.select_key(current, emit=False)

    def _refill(self, group_key: str, entries: list[QStandardItem]) -> None:
        group = self._groups[group_key]
        group.removeRows(0, group.rowCount())
        for entry in entries:
            group.appendRow(entry)
        self.expand(group.index())

    # -- selection -------------------------------------------------------------------------

    def current_key(self) -> str:
        return str(self.currentIndex().data(KEY_ROLE) or "")

    def index_of(self, key: str) -> QModelIndex:
        matches = self.sidebar_model.match(
            self.sidebar_model.index(0, 0), KEY_ROLE, key, 1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        # "library:all" is both the group and its first child: prefer the child
        if key == "library:all":
            return self.sidebar_model.index(0, 0, self.sidebar_model.index(0, 0))
        return matches[0] if matches else QModelIndex()

    def select_key(self, key: str, *, emit: bool = True) -> bool:
        index = self.index_of(key)
        if not index.isValid():
            return False
        if not emit:
            self._last_key = key
        self.setCurrentIndex(index)
        return True

    def collection_name(self, collection_id: int) -> str:
        for c in getattr(self, "collections", []):
            if c.id == collection_id:
                return c.name
        return ""

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = str(current.data(KEY_ROLE) or "")
        if key and key != self._last_key:
            self._last_key = key
            self.navigate.emit(key)

    def _on_context(self, pos) -> None:  # noqa: ANN001
        key = str(self.indexAt(pos).data(KEY_ROLE) or "")
        if key:
            self.contextRequested.emit(key, self.viewport().mapToGlobal(pos))
