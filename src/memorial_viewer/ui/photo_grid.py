"""The photo grid: a QListView in icon mode over the item model, painted by a delegate.

No widget per photo: the delegate paints each visible cell, asking the thumbnail loader for a
pixmap and drawing a placeholder until the pool has decoded it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QSlider,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from memorial_viewer.ui.empty_state import EmptyState
from memorial_viewer.ui.item_models import ROW_ROLE, ItemListModel, keep_fetching
from memorial_viewer.ui.item_query import ItemRow
from memorial_viewer.ui.settings import THUMB_SIZES
from memorial_viewer.ui.thumbnail_loader import ThumbnailLoader

CAPTION_HEIGHT = 20
Index = QModelIndex | QPersistentModelIndex


class ThumbnailDelegate(QStyledItemDelegate):
    """Paints a thumbnail (or its placeholder) and the elided title under it."""

    def __init__(self, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.side = 160

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(self.side + 12, self.side + CAPTION_HEIGHT + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, ItemRow):
            return
        painter.save()
        rect = option.rect.adjusted(4, 4, -4, -4)
        pal = option.palette
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, pal.color(QPalette.ColorRole.Highlight))
        image_rect = QRect(rect.left() + 2, rect.top() + 2, self.side, self.side)
        widget = option.widget
        dpr = widget.devicePixelRatioF() if widget is not None else 1.0
        is_photo = row.kind == "photo" and bool(row.sha256)
        pixmap = self.loader.pixmap(row.id, row.sha256, self.side, dpr) if is_photo else None
        if not is_photo:
            self._paint_page(painter, image_rect, row, pal)
        elif pixmap is not None:
            size = pixmap.deviceIndependentSize().toSize()
            size.scale(image_rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(image_rect.center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            pixmap.setDevicePixelRatio(dpr)
            painter.drawPixmap(target, pixmap)
        else:
            painter.fillRect(image_rect, pal.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            broken = self.loader.is_broken(row.sha256, self.side, dpr)
            painter.drawText(image_rect, Qt.AlignmentFlag.AlignCenter, "⚠" if broken else "…")
        text_rect = QRect(rect.left(), image_rect.bottom() + 4, rect.width(), CAPTION_HEIGHT)
        role = (QPalette.ColorRole.HighlightedText
                if option.state & QStyle.StateFlag.State_Selected else QPalette.ColorRole.Text)
        painter.setPen(pal.color(role))
        title = option.fontMetrics.elidedText(row.title, Qt.TextElideMode.ElideRight,
                                              text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         title)
        if row.badge:
            painter.setPen(pal.color(QPalette.ColorRole.Highlight))
            painter.drawText(image_rect.adjusted(4, 2, -4, -2),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, row.badge)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(pal.color(QPalette.ColorRole.Highlight))
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()


    @staticmethod
    def _paint_page(painter: QPainter, rect: QRect, row: ItemRow, pal: QPalette) -> None:
        """An article in a grid (a collection): a page with its title, no image to decode."""
        page = rect.adjusted(rect.width() // 6, 4, -rect.width() // 6, -4)
        painter.fillRect(page, pal.color(QPalette.ColorRole.Base))
        painter.setPen(pal.color(QPalette.ColorRole.Mid))
        painter.drawRect(page)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        painter.drawText(page.adjusted(6, 6, -6, -6),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, row.title)


class PhotoGrid(QWidget):
    """The Photos view: a thumbnail grid with a size slider; owns its model."""

    activated = Signal(int)  # item id opened (Enter / double-click)
    currentChanged = Signal(int)  # noqa: N815 - item id under the cursor
    contextMenuRequested = Signal(object)  # noqa: N815 - QPoint (global)
    thumbSizeChanged = Signal(int)  # noqa: N815

    def __init__(self, model: ItemListModel, loader: ThumbnailLoader, size: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.loader = loader
        self.view = QListView()
        self.view.setObjectName("photoGrid")
        self.view.setAccessibleName(self.tr("Photo grid"))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        # Uniform sizes and a fixed grid keep each layout step cheap. Layout stays batched:
        # every page inserted makes QListView lay out all its rows again, which in one pass
        # takes ~50 ms at 20,000 rows; in batches of 400 it is ~1 ms per event-loop turn.
        self.view.setUniformItemSizes(True)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(400)
        self.view.setSpacing(2)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.delegate = ThumbnailDelegate(loader, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(model)
        self.empty = EmptyState(self.view)
        keep_fetching(self.view, model)

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(*THUMB_SIZES)
        self.slider.setSingleStep(16)
        self.slider.setPageStep(32)
        self.slider.setMaximumWidth(180)
        self.slider.setAccessibleName(self.tr("Thumbnail size"))
        self.slider.setToolTip(self.tr("Thumbnail size (Ctrl+Plus / Ctrl+Minus)"))
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(QLabel(self.tr("Size")))
        bar.addWidget(self.slider)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.empty, 1)
        layout.addLayout(bar)

        self._repaint = QTimer(self, singleShot=True, interval=16)
        self._repaint.timeout.connect(self.view.viewport().update)
        loader.ready.connect(lambda _id: self._repaint.start())
        self.slider.valueChanged.connect(self._set_size)
        self.slider.setValue(size)
        self._set_size(size)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.customContextMenuRequested.connect(
            lambda pos: self.contextMenuRequested.emit(self.view.viewport().mapToGlobal(pos))
        )
        model.modelReset.connect(self._update_empty)
        model.totalChanged.connect(self._update_empty)

    def _set_size(self, size: int) -> None:
        self.delegate.side = size
        self.view.setIconSize(QSize(size, size))
        self.view.setGridSize(QSize(size + 16, size + CAPTION_HEIGHT + 16))
        self.view.doItemsLayout()
        self.thumbSizeChanged.emit(size)

    def zoom(self, steps: int) -> None:
        self.slider.setValue(self.slider.value() + steps * self.slider.pageStep())

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [r.id for n in rows if (r := self.model.row_at(n)) is not None]

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def step(self, delta: int) -> int | None:
        """Move the current photo by `delta` and return its id (viewer previous/next)."""
        row = self.view.currentIndex().row() + delta
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            return self.model.row_at(row).id  # type: ignore[union-attr]
        if row >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        return None

    def _on_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.activated.emit(row.id)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is not None:
            self.currentChanged.emit(row.id)

    def _update_empty(self) -> None:
        total = self.model.total
        if total is None:
            self.empty.show_view()
            self.count_label.setText(self.tr("Loading…"))
            return
        self.count_label.setText(self.tr("%n photo(s)", "", total))
        if total == 0:
            text = self.model.query.text.strip()
            if text:
                self.empty.show_message(self.tr("No results for “%1”").replace("%1", text))
            elif self.model.query.is_browse:
                self.empty.show_message(
                    self.tr("No photos yet: use File ▸ Import or drop image files here")
                )
            else:
                self.empty.show_message(self.tr("No photos match the current filter"))
        else:
            self.empty.show_view()
