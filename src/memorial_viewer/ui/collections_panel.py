"""A collection: its entries in their order, as a grid. Drop items to add them, drag inside to
reorder, edit captions in place (F2), choose the cover, remove entries, start a slideshow.
Every change goes through the undo stack."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from memorial_viewer.types import CollectionInfo
from memorial_viewer.ui.empty_state import EmptyState
from memorial_viewer.ui.item_models import ITEM_MIME, ROW_ROLE, ids_from_mime, item_ids_mime
from memorial_viewer.ui.item_query import ItemRow
from memorial_viewer.ui.photo_grid import CAPTION_HEIGHT, ThumbnailDelegate
from memorial_viewer.ui.thumbnail_loader import ThumbnailLoader
from memorial_viewer.ui.undo_commands import (
    AddToCollection,
    Curation,
    RemoveFromCollection,
    ReorderCollection,
    SetCover,
    SetEntryCaption,
)
from memorial_viewer.ui.workers import Generation, TaskRunner

if TYPE_CHECKING:
    from memorial_viewer.archive import Archive

Index = QModelIndex | QPersistentModelIndex
CAPTION_ROLE = Qt.ItemDataRole.UserRole + 20


@dataclass
class Entry:
    row: ItemRow  # title shown = caption or item title
    item_title: str
    caption: str | None


def load_collection(archive: Archive, collection_id: int) -> tuple[CollectionInfo, list[Entry]]:
    """The collection and its entries with their hashes (for thumbnails); runs in a worker."""
    info = archive.collections.get(collection_id)
    ids = [e.item_id for e in info.entries]
    by_id = {s.id: s for s in archive.items.page(ids=ids, limit=len(ids), sort="imported")} \
        if ids else {}
    entries = []
    for e in info.entries:
        s = by_id.get(e.item_id)
        badge = "★" if e.item_id == info.cover_item_id else ""
        row = ItemRow(e.item_id, e.kind, e.caption or e.title, s.date if s else None,
                      s.source if s else None, s.language if s else None,
                      s.sha256 if s else "", badge=badge)
        entries.append(Entry(row, e.title, e.caption))
    return info, entries


class CollectionModel(QAbstractListModel):
    """Entries of one collection; drops become add/reorder requests, never direct edits."""

    dropRequested = Signal(list, int)  # noqa: N815 - item ids, row
    captionEdited = Signal(int, object, object)  # noqa: N815 - item id, old, new

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def ids(self) -> list[int]:
        return [e.row.id for e in self.entries]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.row.title
        if role == Qt.ItemDataRole.EditRole:
            return entry.caption or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.item_title}\n{entry.caption or ''}".strip()
        if role == ROW_ROLE:
            return entry.row
        if role == CAPTION_ROLE:
            return entry.caption
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            base |= (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                     | Qt.ItemFlag.ItemIsEditable)
        return base

    def setData(self, index: Index, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        entry = self.entries[index.row()]
        new = str(value).strip() or None
        if new != entry.caption:
            self.captionEdited.emit(entry.row.id, entry.caption, new)
        return True

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ITEM_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return item_ids_mime([self.entries[r].row.id for r in rows])

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: Index) -> bool:
        return bool(ids_from_mime(data))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        ids = ids_from_mime(data)
        if not ids:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.entries)
        self.dropRequested.emit(ids, row)
        return False  # the view must not delete the dragged rows: the archive decides


def reordered(order: list[int], moving: list[int], row: int) -> list[int]:
    """`order` with `moving` taken out and reinserted before what was at `row`."""
    before = sum(1 for i in order[:row] if i in moving)
    rest = [i for i in order if i not in moving]
    at = max(0, min(len(rest), row - before))
    return rest[:at] + [i for i in order if i in moving] + rest[at:]


class CollectionPanel(QWidget):
    """One open collection, or nothing. Owns its model."""

    activated = Signal(int)  # item id
    slideshowRequested = Signal(int)  # noqa: N815 - collection id
    renameRequested = Signal(int)  # noqa: N815
    deleteRequested = Signal(int)  # noqa: N815
    loaded = Signal(int)
    contextMenuRequested = Signal(object)  # noqa: N815

    def __init__(self, curation: Curation, runner: TaskRunner, loader: ThumbnailLoader,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curation = curation
        self.runner = runner
        self.collection_id: int | None = None
        self._origin = 0
        self.info: CollectionInfo | None = None
        self._gen = Generation()
        self.model = CollectionModel()
        self.view = QListView()
        self.view.setObjectName("collectionView")
        self.view.setAccessibleName(self.tr("Collection entries"))
        self.view.setViewMode(QListView.ViewMode.ListMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.delegate = ThumbnailDelegate(loader, self.view)
        self.delegate.side = 150
        self.view.setItemDelegate(self.delegate)
        self.view.setGridSize(QSize(166, 150 + CAPTION_HEIGHT + 16))
        self.view.setModel(self.model)
        self.empty = EmptyState(self.view)
        self.setAcceptDrops(True)

        self.title = QLabel()
        self.title.setObjectName("collectionTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.buttons: dict[str, QToolButton] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.title, 1)
        for key, text, tip in (
            ("slideshow", self.tr("Slideshow"), self.tr("Play the collection as a slideshow (F5)")),
            ("rename", self.tr("Rename…"), self.tr("Rename the collection (F2 in the sidebar)")),
            ("delete", self.tr("Delete…"), self.tr("Delete the collection (its items stay)")),
        ):
            button = QToolButton(text=text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            self.buttons[key] = button
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.empty, 1)

        self.buttons["slideshow"].clicked.connect(self._slideshow)
        self.buttons["rename"].clicked.connect(lambda: self._emit_id(self.renameRequested))
        self.buttons["delete"].clicked.connect(lambda: self._emit_id(self.deleteRequested))
        self.model.dropRequested.connect(self.drop_items)
        self.model.captionEdited.connect(self._on_caption)
        self.view.activated.connect(
            lambda index: self.activated.emit(self.model.entries[index.row()].row.id)
        )
        self.view.customContextMenuRequested.connect(
            lambda pos: self.contextMenuRequested.emit(self.view.viewport().mapToGlobal(pos))
        )
        curation.collectionChanged.connect(self._on_changed)
        curation.collectionsChanged.connect(self._on_list_changed)
        self._repaint = QTimer(self, singleShot=True, interval=16)
        self._repaint.timeout.connect(self.view.viewport().update)
        loader.ready.connect(lambda _id: self._repaint.start())

    # -- showing ---------------------------------------------------------------------------

    def open_collection(self, collection_id: int) -> None:
        self.collection_id = collection_id
        self._origin = self.curation.original("collection", collection_id)
        self.reload()

    def reload(self) -> None:
        if self.collection_id is None:
            return
        gen = self._gen.next()
        archive, cid = self.curation.archive, self.collection_id
        self.runner.submit(lambda: load_collection(archive, cid),
                           lambda result: self._show(gen, *result),
                           lambda message: self._gone(gen, message))

    def _show(self, gen: int, info: CollectionInfo, entries: list[Entry]) -> None:
        if not self._gen.current(gen):
            return
        self.info = info
        self.title.setText(f"{info.name}  ·  " + self.tr("%n item(s)", "", len(entries)))
        self.model.set_entries(entries)
        if entries:
            self.empty.show_view()
        else:
            self.empty.show_message(self.tr("This collection is empty: drag photos here"))
        self.loaded.emit(info.id)

    def _gone(self, gen: int, message: str) -> None:
        if self._gen.current(gen):
            self.info = None
            self.model.set_entries([])
            self.title.setText("")
            self.empty.show_message(message)

    def _on_changed(self, cid: int) -> None:
        if self.collection_id is not None and cid == self._follow():
            self.reload()

    def _on_list_changed(self) -> None:
        if self.collection_id is not None:
            self._follow()
            self.reload()

    def _follow(self) -> int | None:
        """The open collection's id now (an undone delete re-creates it under a new id)."""
        self.collection_id = self.curation.resolve("collection", self._origin)
        return self.collection_id

    def _emit_id(self, signal: Signal) -> None:
        if self.collection_id is not None:
            signal.emit(self.collection_id)  # type: ignore[attr-defined]

    def _slideshow(self) -> None:
        self._emit_id(self.slideshowRequested)

    # -- editing ---------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [self.model.entries[r].row.id for r in rows]

    def drop_items(self, ids: list[int], row: int) -> str | None:
        """Add new items at `row`, or move entries already here (a drag inside)."""
        if self.collection_id is None:
            return None
        order = self.model.ids()
        if all(i in order for i in ids):
            new = reordered(order, ids, row)
            if new == order:
                return None
            return self.curation.run(ReorderCollection(self.curation, self.collection_id,
                                                       order, new))
        fresh = [i for i in ids if i not in order]
        return self.curation.run(AddToCollection(self.curation, self.collection_id, fresh,
                                                 position=row))

    def remove_selected(self) -> str | None:
        ids = self.selected_ids()
        if not ids or self.collection_id is None:
            return None
        return self.curation.run(RemoveFromCollection(self.curation, self.collection_id, ids))

    def set_cover_to_current(self) -> str | None:
        ids = self.selected_ids()
        if not ids or self.collection_id is None or self.info is None:
            return None
        return self.curation.run(SetCover(self.curation, self.collection_id,
                                          self.info.cover_item_id, ids[0]))

    def edit_caption(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index)

    def _on_caption(self, item_id: int, old: str | None, new: str | None) -> None:
        if self.collection_id is not None:
            self.curation.run(SetEntryCaption(self.curation, self.collection_id, item_id,
                                              old, new))

    def set_readonly(self, readonly: bool, why: str) -> None:
        for key in ("rename", "delete"):
            self.buttons[key].setEnabled(not readonly)
            self.buttons[key].setToolTip(why if readonly else self.buttons[key].accessibleName())
        mode = (QAbstractItemView.DragDropMode.DragOnly if readonly
                else QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDragDropMode(mode)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if readonly
                                  else QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setAcceptDrops(not readonly)

    # -- drops on the empty area -----------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(ITEM_MIME) and self.collection_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        ids = ids_from_mime(event.mimeData())
        if ids:
            self.drop_items(ids, len(self.model.entries))
            event.acceptProposedAction()

