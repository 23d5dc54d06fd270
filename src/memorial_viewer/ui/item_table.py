"""The item list: articles (and search hits) as a sortable table with highlighted snippets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memorial_viewer.ui.empty_state import EmptyState
from memorial_viewer.ui.item_models import ItemListModel, keep_fetching
from memorial_viewer.ui.theme import highlight_colors

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

    from memorial_viewer.ui.safe_text import SafeDocument

Index = QModelIndex | QPersistentModelIndex
SNIPPET_COLUMN = ItemListModel.COLUMNS.index("snippet")
KIND_COLUMN = ItemListModel.COLUMNS.index("kind")


class SnippetDelegate(QStyledItemDelegate):
    """Renders the core's snippet (HTML-escaped text with <mark>) in one line.

    The document refuses resources like the reader, though a snippet holds only <mark>.
    Snippets show with search results only, so the document and the Qt classes that paint it
    are loaded at the first one, not at start-up.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: SafeDocument | None = None

    def _doc(self) -> SafeDocument:
        if self._document is None:
            from memorial_viewer.ui.safe_text import SafeDocument

            self._document = SafeDocument(self)
            self._document.setDocumentMargin(2)
        return self._document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette
        from PySide6.QtWidgets import QStyle

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        html = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        mark, _current = highlight_colors()
        doc = self._doc()
        doc.setDefaultFont(opt.font)
        doc.setDefaultStyleSheet(f"mark {{ background-color: {mark.name()}; }}")
        doc.setHtml(f"<span style='white-space: nowrap'>{html}</span>")
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = opt.state & QStyle.StateFlag.State_Selected
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(300, option.fontMetrics.height() + 8)


class ItemTable(QWidget):
    """Owns its model; emits the item under the cursor so the detail area can show it."""

    currentChanged = Signal(int, str)  # noqa: N815 - item id, kind
    activated = Signal(int, str)
    contextMenuRequested = Signal(object)  # noqa: N815

    def __init__(self, model: ItemListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView()
        self.view.setObjectName("itemTable")
        self.view.setAccessibleName(self.tr("Items"))
        self.view.setModel(model)
        # No indicator before sorting is enabled: enabling sorts by the indicator's column
        # (the title by default), which started a first query only to replace it at once.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 300)
        header.resizeSection(1, 90)
        header.resizeSection(2, 130)
        header.resizeSection(3, 44)
        header.resizeSection(KIND_COLUMN, 60)
        header.resizeSection(SNIPPET_COLUMN, 320)
        header.moveSection(SNIPPET_COLUMN, 1)  # the match next to its title
        header.setStretchLastSection(False)
        self.view.setItemDelegateForColumn(SNIPPET_COLUMN, SnippetDelegate(self.view))
        self.empty = EmptyState(self.view)
        keep_fetching(self.view, model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)

        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.activated.connect(self._on_activated)
        self.view.customContextMenuRequested.connect(
            lambda pos: self.contextMenuRequested.emit(self.view.viewport().mapToGlobal(pos))
        )
        model.modelReset.connect(self._update_empty)
        model.totalChanged.connect(self._update_empty)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is not None:
            self.currentChanged.emit(row.id, row.kind)

    def _on_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.activated.emit(row.id, row.kind)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [r.id for n in rows if (r := self.model.row_at(n)) is not None]

    def select_first(self) -> None:
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _update_empty(self) -> None:
        searching = not self.model.query.is_browse
        self.view.setColumnHidden(SNIPPET_COLUMN, not searching)
        self.view.setColumnHidden(KIND_COLUMN, self.model.query.kind is not None)
        total = self.model.total
        if total is None or total > 0:
            self.empty.show_view()
            return
        text = self.model.query.text.strip()
        if text:
            self.empty.show_message(self.tr("No results for “%1”").replace("%1", text))
        elif searching:
            self.empty.show_message(self.tr("Nothing matches the current filter"))
        else:
            self.empty.show_message(
                self.tr("This archive is empty: use File ▸ Import or drop files on the window")
            )
