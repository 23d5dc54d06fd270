"""The main window: composes the sidebar, search bar, item views, timeline, detail area and
status bar, and routes navigation between them. Each panel owns its model and its loading;
the window only wires signals and asks the user (names, confirmations) when needed.

Start-up shows the first page of items before anything else: only the search bar, the
sidebar and the article table are built with the window. Every other panel (photo grid,
reader, photo viewer, editor, timeline, collection, bookmarks) is built the first time it is
needed, or in idle moments once the archive is open, one panel per event-loop turn. For the
same reason, Qt classes used only after start-up (dialogs, menus) are imported where they are
used: the first use of a Qt class builds its Python enums (0.2-4 ms each).
Figures: README "Desktop", `python -m tests.benchmarks.bench_ui`."""

from __future__ import annotations

import threading
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QMetaMethod, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from memorial_viewer import __version__
from memorial_viewer.errors import MemorialError
from memorial_viewer.opening import OpeningArchive
from memorial_viewer.ui.actions import Actions
from memorial_viewer.ui.item_models import ITEM_MIME, ItemListModel
from memorial_viewer.ui.item_query import ItemQuery
from memorial_viewer.ui.item_table import ItemTable
from memorial_viewer.ui.search_bar import SearchBar
from memorial_viewer.ui.settings import Settings
from memorial_viewer.ui.sidebar import Sidebar
from memorial_viewer.ui.theme import apply_theme, mute
from memorial_viewer.ui.undo_commands import (
    AddBookmark,
    AddToCollection,
    CreateCollection,
    Curation,
    DeleteCollection,
    DeleteSearch,
    RenameCollection,
    SaveSearch,
)
from memorial_viewer.ui.workers import TaskRunner, after_first_paint, freeze_startup_heap

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from memorial_viewer.archive import Archive
    from memorial_viewer.types import BookmarkInfo
    from memorial_viewer.ui.bookmarks_panel import BookmarksPanel
    from memorial_viewer.ui.collections_panel import CollectionPanel
    from memorial_viewer.ui.import_dialog import ImportController
    from memorial_viewer.ui.metadata_editor import MetadataEditor
    from memorial_viewer.ui.photo_grid import PhotoGrid
    from memorial_viewer.ui.photo_viewer import PhotoViewer
    from memorial_viewer.ui.reader import ArticleReader
    from memorial_viewer.ui.shortcuts_dialog import ShortcutsDialog
    from memorial_viewer.ui.slideshow import Slideshow
    from memorial_viewer.ui.thumbnail_loader import ThumbnailLoader
    from memorial_viewer.ui.timeline_view import TimelinePanel

# A read-only archive's engine uses SQLAlchemy's SingletonThreadPool (one SQLite connection per
# thread, five at most, the oldest closed when a sixth thread comes), and concurrent reads on
# it crashed the process in testing. Until the core gives it a QueuePool, the window reads such
# an archive from one worker thread at a time, behind one lock.
READONLY_THREADS = 1

KIND_KEYS = {"library:all": None, "library:article": "article", "library:photo": "photo"}

# Built after start-up, one per event-loop turn, in the order a user is likely to need them.
DEFERRED_PANELS = ("reader", "editor", "viewer", "grid", "timeline", "collection", "bookmarks")


class MainWindow(QMainWindow):
    """One open archive. `openArchiveRequested(path, create)` asks the app to switch.

    `archive` may still be opening (`OpeningArchive`): the window shows its first page at
    once, then opens it in a worker and reports a failure as the archive's message."""

    openArchiveRequested = Signal(str, bool)  # noqa: N815
    languageChosen = Signal(str)  # noqa: N815 - "" follows the system

    def __init__(self, archive: Archive | OpeningArchive, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Typed as the Archive it stands for: an OpeningArchive forwards every call to it.
        self.archive = cast("Archive", archive)
        self.settings = settings or Settings()
        self.view_key = ""
        self.ready = False
        self._threads = READONLY_THREADS if archive.readonly else None
        self.db_lock = threading.Lock() if archive.readonly else None
        self.runner = TaskRunner(self, max_threads=self._threads, lock=self.db_lock)
        self.curation = Curation(archive, self)
        self._build_widgets()
        self._build_status_bar()
        self._connect_views()
        # The first page is asked for before the menus are built, so the worker reads it
        # while this thread builds them. Opening the archive, the sidebar's lists and the other
        # panels follow its paint (they would compete with it for the pool and the GIL); the
        # timer covers a first page that does not come.
        self._first_page_pending = True
        self._archive_opening = False
        self.table.model.totalChanged.connect(self._after_first_page)
        if not self.sidebar.select_key(self.settings.last_view()):
            self.sidebar.select_key("library:all")
        QTimer.singleShot(300, self, self._after_first_page)
        self.actions_ = Actions(self)
        self._connect_actions()
        self._apply_readonly()
        self._restore_settings()
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("Memorial Viewer — %1").replace("%1", archive.root.name))

    def _set_icon(self) -> None:
        from PySide6.QtGui import QIcon

        from memorial_viewer.paths import resources_dir

        icon = resources_dir() / "icons" / "memorial-viewer.svg"
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))

    def _after_first_page(self, _total: int = 0) -> None:
        """Open the archive once the first page is painted: its imports hold the GIL in a
        worker, and the paint calls the model from this thread for every visible cell (it
        took 30 ms instead of 12). A window never painted opens it after half a second."""
        if self._first_page_pending:
            self._first_page_pending = False
            panel = self.items.currentWidget()
            view = getattr(panel, "view", None)
            if view is not None:
                after_first_paint(view.viewport(), self._open_archive)
            QTimer.singleShot(500, self, self._open_archive)

    def _open_archive(self) -> None:
        if self._archive_opening:
            return
        self._archive_opening = True
        if isinstance(self.archive, OpeningArchive) and not self.archive.is_open:
            self.runner.submit(self.archive.wait, lambda _a: self._on_archive_open(),
                               self._archive_failed)
        else:
            self._on_archive_open()

    def _on_archive_open(self) -> None:
        self._set_icon()  # an SVG: loads Qt's image plugin, ~10 ms better spent after start-up
        self.sidebar.reload()
        QTimer.singleShot(0, self, lambda: self._build_deferred(list(DEFERRED_PANELS)))

    def _build_deferred(self, names: list[str]) -> None:
        while names and names[0] in self.__dict__:
            names.pop(0)
        if names:
            getattr(self, names.pop(0))
            QTimer.singleShot(0, self, lambda: self._build_deferred(names))
            return
        freeze_startup_heap()
        self.ready = True  # the archive is open and every panel built

    def _archive_failed(self, message: str) -> None:
        """The archive passed its checks but could not be opened (an upgrade failed, the
        disk went away): say so, then close this window; nothing was changed."""
        self.show_error(message)
        self.close()

    def _built(self, name: str) -> Any:
        """A lazily built panel, or None while it has not been needed yet."""
        return self.__dict__.get(name)

    # -- construction ----------------------------------------------------------------------

    def _build_widgets(self) -> None:
        a, r = self.archive, self.runner
        self.search = SearchBar(a, r, self.settings.recent_searches())
        self.sidebar = Sidebar(a, r)
        self.table = ItemTable(ItemListModel(a, r))
        self.items = QStackedWidget()
        self.items.setAccessibleName(self.tr("Items"))
        self.items.addWidget(self.table)
        self.center = QSplitter(Qt.Orientation.Vertical)
        self.center.addWidget(self._slot())  # the timeline's place
        self.center.addWidget(self.items)
        self.center.setStretchFactor(1, 3)

        self.placeholder = QLabel(self.tr("Select an item to read or view it"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mute(self.placeholder)
        self.detail = QStackedWidget()
        self.detail.setAccessibleName(self.tr("Detail"))
        self.detail.addWidget(self.placeholder)
        self.detail_split = QSplitter(Qt.Orientation.Vertical)
        self.detail_split.addWidget(self.detail)
        self.detail_split.addWidget(self._slot(visible=True))  # the editor's place
        self.detail_split.setStretchFactor(0, 4)
        self.detail_split.setSizes([620, 220])

        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.sidebar)
        self.main_split.addWidget(self.center)
        self.main_split.addWidget(self.detail_split)
        self.main_split.setStretchFactor(1, 3)
        self.main_split.setStretchFactor(2, 3)
        self.main_split.setSizes([200, 560, 560])
        self.setCentralWidget(self.main_split)

        self.toolbar = QToolBar(self.tr("Search"))
        self.toolbar.setObjectName("searchToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.search)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.resize(1280, 800)

        QWidget.setTabOrder(self.search.field, self.sidebar)
        QWidget.setTabOrder(self.sidebar, self.table.view)

    @staticmethod
    def _slot(visible: bool = False) -> QWidget:
        slot = QWidget()
        slot.setVisible(visible)
        return slot

    def _tab_chain(self) -> None:
        """Search, sidebar, item list, photo grid, reader: whichever exist so far."""
        chain = [self.table.view]
        if (grid := self._built("grid")) is not None:
            chain.append(grid.view)
        if (reader := self._built("reader")) is not None:
            chain.append(reader.browser)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- panels built when first needed ----------------------------------------------------

    @cached_property
    def loader(self) -> ThumbnailLoader:
        from memorial_viewer.ui.thumbnail_loader import ThumbnailLoader

        return ThumbnailLoader(self.archive, self, threads=self._threads,
                               db_lock=self.db_lock)

    @cached_property
    def importer(self) -> ImportController:
        from memorial_viewer.ui.import_dialog import ImportController

        importer = ImportController(self.archive, self.runner, self)
        importer.started.connect(lambda: self._on_busy(self.runner.busy))
        importer.progress.connect(self._on_import_progress)
        importer.finished.connect(self._on_import_finished)
        importer.failed.connect(self.show_message)
        return importer

    @cached_property
    def grid(self) -> PhotoGrid:
        from memorial_viewer.ui.photo_grid import PhotoGrid

        grid = PhotoGrid(ItemListModel(self.archive, self.runner,
                                       ItemQuery(kind="photo")),
                         self.loader, self.settings.thumb_size())
        self.items.addWidget(grid)
        grid.currentChanged.connect(lambda item_id: self.open_item(item_id, "photo"))
        grid.activated.connect(lambda _id: self.viewer.view.setFocus())
        grid.contextMenuRequested.connect(lambda pos: self._items_menu(pos, grid))
        grid.thumbSizeChanged.connect(self.settings.set_thumb_size)
        grid.model.totalChanged.connect(self._update_status)
        grid.model.failed.connect(self._search_failed)
        grid.model.totalChanged.connect(self._after_first_page)
        self._tab_chain()
        return grid

    @cached_property
    def collection(self) -> CollectionPanel:
        from memorial_viewer.ui.collections_panel import CollectionPanel

        panel = CollectionPanel(self.curation, self.runner, self.loader)
        self.items.addWidget(panel)
        panel.set_readonly(self.archive.readonly, self._readonly_why())
        panel.activated.connect(lambda item_id: self.open_item(item_id, ""))
        panel.slideshowRequested.connect(self.slideshow)
        panel.renameRequested.connect(self.rename_collection)
        panel.deleteRequested.connect(self.delete_collection)
        panel.contextMenuRequested.connect(self._collection_menu)
        return panel

    @cached_property
    def bookmarks(self) -> BookmarksPanel:
        from memorial_viewer.ui.bookmarks_panel import BookmarksPanel

        panel = BookmarksPanel(self.curation, self.runner)
        self.items.addWidget(panel)
        panel.set_readonly(self.archive.readonly, self._readonly_why())
        panel.openRequested.connect(self.open_bookmark)
        return panel

    @cached_property
    def timeline(self) -> TimelinePanel:
        from memorial_viewer.ui.timeline_view import TimelinePanel

        panel = TimelinePanel(self.archive, self.runner)
        panel.hide()
        self.center.replaceWidget(0, panel).deleteLater()  # type: ignore[union-attr]
        panel.rangeSelected.connect(self._on_timeline_range)
        panel.cleared.connect(lambda: self.search.update_query(date_from=None, date_to=None))
        return panel

    @cached_property
    def reader(self) -> ArticleReader:
        from memorial_viewer.ui.reader import ArticleReader

        reader = ArticleReader(self.archive, self.runner,
                               self.settings.reader_font_size())
        self.detail.addWidget(reader)
        reader.dateActivated.connect(self.show_date)
        reader.itemActivated.connect(lambda item_id: self.open_item(item_id, ""))
        reader.loaded.connect(lambda _id: self._detail_loaded(reader.detail))
        self._tab_chain()
        return reader

    @cached_property
    def viewer(self) -> PhotoViewer:
        from memorial_viewer.ui.photo_viewer import PhotoViewer

        viewer = PhotoViewer(self.archive, self.runner)
        self.detail.addWidget(viewer)
        viewer.loaded.connect(lambda _id: self._detail_loaded(viewer.detail))
        viewer.previousRequested.connect(lambda: self._step_photo(-1))
        viewer.nextRequested.connect(lambda: self._step_photo(+1))
        viewer.fullScreenRequested.connect(self.toggle_full_screen)
        return viewer

    @cached_property
    def editor(self) -> MetadataEditor:
        from memorial_viewer.ui.metadata_editor import MetadataEditor

        editor = MetadataEditor(self.curation, self.runner)
        editor.set_readonly(self.archive.readonly, self._readonly_why())
        self.detail_split.replaceWidget(1, editor).deleteLater()  # type: ignore[union-attr]
        editor.setVisible(not self.isFullScreen())  # once in the window: never a window itself
        return editor

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.filter_label = QLabel()
        self.filter_label.setObjectName("statusFilter")
        self.task_label = QLabel()
        self.task_bar = QProgressBar()
        self.task_bar.setMaximumWidth(160)
        self.task_bar.setAccessibleName(self.tr("Background tasks"))
        self.task_bar.hide()
        self.readonly_label = QLabel()
        for widget in (self.count_label, self.filter_label, self.task_label, self.task_bar,
                       self.readonly_label):
            bar.addPermanentWidget(widget)

    def _connect_views(self) -> None:
        self.search.queryChanged.connect(self._on_query)
        self.search.saveRequested.connect(self.save_search)
        self.search.submitted.connect(self.settings.add_recent_search)
        self.sidebar.navigate.connect(self.navigate)
        self.sidebar.contextRequested.connect(self._sidebar_menu)
        self.sidebar.sidebar_model.itemsDropped.connect(self.add_to_collection)
        self.table.currentChanged.connect(self.open_item)
        self.table.contextMenuRequested.connect(lambda pos: self._items_menu(pos, self.table))
        self.table.model.totalChanged.connect(self._update_status)
        self.table.model.failed.connect(self._search_failed)
        self.curation.collectionsChanged.connect(self.sidebar.reload)
        self.curation.tagsChanged.connect(self.sidebar.reload)
        self.curation.savedSearchesChanged.connect(self.sidebar.reload)
        self.curation.error.connect(self.show_message)
        self.curation.itemChanged.connect(lambda _id: self._refresh_lists())
        self.sidebar.sidebar_model.rowsInserted.connect(self._refresh_choices)
        self.runner.busyChanged.connect(self._on_busy)

    def _connect_actions(self) -> None:
        a = self.actions_
        stack = self.curation.stack
        a.undo.triggered.connect(stack.undo)
        a.redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(a.undo.setEnabled)
        stack.canRedoChanged.connect(a.redo.setEnabled)
        stack.undoTextChanged.connect(lambda t: a.undo.setToolTip(self.tr("Undo %1")
                                                                  .replace("%1", t)))
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.quit.triggered.connect(self.close)
        a.new_archive.triggered.connect(lambda: self._choose_archive(create=True))
        a.open_archive.triggered.connect(lambda: self._choose_archive(create=False))
        a.import_files.triggered.connect(self._import_files_dialog)
        a.import_folder.triggered.connect(self._import_folder_dialog)
        a.find.triggered.connect(self.search.focus)
        a.save_search.triggered.connect(lambda: self.save_search(self.search.query.search_text()))
        a.clear_search.triggered.connect(self.search.clear)
        a.edit_metadata.triggered.connect(lambda: self.editor.focus_first())
        a.bookmark.triggered.connect(lambda: self.bookmark())
        a.bookmark_note.triggered.connect(lambda: self.bookmark(ask_note=True))
        for key, nav in (("view_all", "library:all"), ("view_articles", "library:article"),
                         ("view_photos", "library:photo"), ("view_timeline", "timeline"),
                         ("view_bookmarks", "bookmarks")):
            getattr(a, key).triggered.connect(lambda _c=False, n=nav: self.sidebar.select_key(n))
        a.focus_sidebar.triggered.connect(lambda: self.sidebar.setFocus())
        a.focus_items.triggered.connect(self._focus_items)
        a.focus_detail.triggered.connect(lambda: self.detail.currentWidget().setFocus())
        a.zoom_in.triggered.connect(lambda: self._zoom(+1))
        a.zoom_out.triggered.connect(lambda: self._zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.reader.set_font_size(14))
        a.next_hit.triggered.connect(lambda: self.reader.next_hit())
        a.prev_hit.triggered.connect(lambda: self.reader.previous_hit())
        a.full_screen.triggered.connect(self.toggle_full_screen)
        a.new_collection.triggered.connect(lambda: self.new_collection())
        a.rename_collection.triggered.connect(self._f2)
        a.delete_collection.triggered.connect(self._delete_current_collection)
        a.remove_from_collection.triggered.connect(self._delete_key)
        a.slideshow.triggered.connect(self._slideshow_current)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self._about)
        a.theme_group.triggered.connect(self._set_theme)
        a.language_group.triggered.connect(self._set_language)
        a.recent_menu.aboutToShow.connect(self._fill_recent)

    # -- navigation ------------------------------------------------------------------------

    def navigate(self, key: str) -> None:
        """Show what a sidebar entry stands for."""
        self.view_key = key
        self.settings.set_last_view(key)
        if key == "timeline":
            self.timeline.show()
        elif (timeline := self._built("timeline")) is not None:
            timeline.hide()
        if key in KIND_KEYS:
            self.search.update_query(kind=KIND_KEYS[key])
            self._show_items(self.grid if key == "library:photo" else self.table)
        elif key == "timeline":
            self.search.update_query(kind=None)
            self._show_items(self.table)
            self.timeline.set_query(self.search.query)
            self.timeline.reload()
            self.timeline.chart.setFocus()
        elif key.startswith("collection:"):
            self.collection.open_collection(int(key.split(":", 1)[1]))
            self._show_items(self.collection)
        elif key == "bookmarks":
            self.bookmarks.reload()
            self._show_items(self.bookmarks)
        elif key.startswith("saved:"):
            name = key.split(":", 1)[1]
            saved = next((s for s in getattr(self.sidebar, "saved", []) if s.name == name), None)
            if saved is not None:
                self.search.set_query(ItemQuery(text=saved.query))
            self._show_items(self.table)
        elif key.startswith("tag:"):
            self.search.update_query(tag=key.split(":", 1)[1])
            self._show_items(self.table)

    def _show_items(self, panel: QWidget) -> None:
        self.items.setCurrentWidget(panel)
        self._on_query(self.search.query)

    def _on_query(self, query: ItemQuery) -> None:
        """Apply the search to what is visible (hidden views catch up when shown)."""
        panel = self.items.currentWidget()
        if panel not in (self.table, self._built("grid")) and query != ItemQuery(kind=query.kind):
            panel = self.grid if query.kind == "photo" else self.table
            self.items.setCurrentWidget(panel)
        if panel is self.table:
            self.table.model.set_query(query)
        elif panel is self._built("grid"):
            self.grid.model.set_query(query.with_(kind="photo"))
        if (timeline := self._built("timeline")) is not None and timeline.isVisible():
            timeline.set_query(query)
        if (reader := self._built("reader")) is not None and reader.detail is not None:
            reader.set_query(query.text)
        self._update_status()

    def _on_timeline_range(self, start: str, end: str, axis: str) -> None:
        self.search.update_query(date_from=start, date_to=end, date_axis=axis)

    def show_date(self, edtf: str) -> None:
        """A date clicked in an article: the timeline of mentioned dates, at that date."""
        from memorial_viewer.ui.timeline_view import period_of

        period = period_of(edtf)
        if period is None:
            return
        self.sidebar.select_key("timeline")
        self.timeline.show_period(period, axis="mentioned")
        self.search.update_query(date_from=period, date_to=period, date_axis="mentioned")

    def _focus_items(self) -> None:
        panel = self.items.currentWidget()
        target = getattr(panel, "view", panel)
        target.setFocus()

    # -- the detail area -------------------------------------------------------------------

    def open_item(self, item_id: int, kind: str = "",
                  select: tuple[int, int] | None = None) -> None:
        """Show an item in the reader or the viewer (kind "" when not known yet)."""
        if not kind:
            self.runner.submit(lambda: self.archive.items.get(item_id).kind,
                               lambda k: self.open_item(item_id, k, select))
            return
        if kind == "photo":
            if (reader := self._built("reader")) is not None:
                reader.save_position()
            self.detail.setCurrentWidget(self.viewer)
            self.viewer.open_item(item_id)
        else:
            self.detail.setCurrentWidget(self.reader)
            self.reader.open_item(item_id, self.search.query.text, select)

    def _detail_loaded(self, detail: object) -> None:
        self.editor.set_detail(detail)

    def _step_photo(self, delta: int) -> None:
        panel = self.items.currentWidget()
        if panel is self._built("grid"):
            self.grid.step(delta)
        elif panel is self.table:
            view = self.table.view
            row = view.currentIndex().row() + delta
            if 0 <= row < self.table.model.rowCount():
                view.setCurrentIndex(self.table.model.index(row, 0))

    def open_bookmark(self, b: BookmarkInfo) -> None:
        select = (b.start, b.end) if b.start is not None and b.end is not None else None
        self.open_item(b.item_id, b.kind, select)

    def toggle_full_screen(self) -> None:
        """Full screen shows the detail area alone; F11/Esc bring the rest back."""
        going_full = not self.isFullScreen()
        for widget in (self.sidebar, self.center, self.detail_split.widget(1), self.toolbar,
                       self.statusBar()):
            widget.setVisible(not going_full)
        self.menuBar().setVisible(not going_full)
        self.actions_.full_screen.setChecked(going_full)
        if going_full:
            self.showFullScreen()
        else:
            self.showNormal()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.toggle_full_screen()
            return
        super().keyPressEvent(event)

    def _zoom(self, steps: int) -> None:
        reader = self._built("reader")
        if self.items.currentWidget() is self._built("grid") and not (
                reader is not None and reader.hasFocus()):
            self.grid.zoom(steps)
        else:
            self.settings.set_reader_font_size(self.reader.zoom(steps))

    # -- bookmarks -------------------------------------------------------------------------

    def bookmark(self, ask_note: bool = False) -> str | None:
        """Ctrl+D: the selected passage of the open article, else the current item."""
        item_id, span = None, None
        current = self.detail.currentWidget()
        if current is self._built("reader") and self.reader.detail is not None:
            item_id, span = self.reader.detail.id, self.reader.selected_span()
        elif current is self._built("viewer") and self.viewer.detail is not None:
            item_id = self.viewer.detail.id
        if item_id is None:
            return None
        note = None
        if ask_note:
            note = self.ask_text(self.tr("Bookmark"), self.tr("Note (optional):"), "")
            if note is None:
                return None
        start, end = span if span and span[0] < span[1] else (None, None)
        error = self.curation.run(AddBookmark(self.curation, item_id, start, end, note))
        if error is None:
            self.show_message(self.tr("Passage bookmarked") if start is not None
                              else self.tr("Item bookmarked"))
        return error

    # -- collections -----------------------------------------------------------------------

    def add_to_collection(self, collection_id: int, ids: list[int]) -> str | None:
        error = self.curation.run(AddToCollection(self.curation, collection_id, ids))
        if error is None:
            name = self.sidebar.collection_name(collection_id)
            self.show_message(self.tr("Added %1 item(s) to “%2”").replace("%1", str(len(ids)))
                              .replace("%2", name))
        return error

    def new_collection(self, ids: list[int] | None = None) -> str | None:
        name = self.ask_text(self.tr("New collection"), self.tr("Name:"), "")
        if not name:
            return None
        command = CreateCollection(self.curation, name)
        error = self.curation.run(command)
        if error is None and ids:
            assert command.original is not None
            error = self.add_to_collection(command.original, ids)
        return error

    def rename_collection(self, collection_id: int) -> str | None:
        old = self.sidebar.collection_name(collection_id)
        name = self.ask_text(self.tr("Rename collection"), self.tr("Name:"), old)
        if not name or name == old:
            return None
        return self.curation.run(RenameCollection(self.curation, collection_id, old, name))

    def delete_collection(self, collection_id: int) -> str | None:
        name = self.sidebar.collection_name(collection_id)
        if not self.confirm(self.tr("Delete the collection “%1”? Its items stay in the archive, "
                                    "and Undo brings the collection back.").replace("%1", name)):
            return None
        error = self.curation.run(DeleteCollection(self.curation, collection_id))
        if error is None and self.items.currentWidget() is self._built("collection"):
            self.sidebar.select_key("library:all")
        return error

    def _current_collection(self) -> int | None:
        key = self.sidebar.current_key()
        return int(key.split(":", 1)[1]) if key.startswith("collection:") else None

    def _f2(self) -> None:
        """F2 edits what has focus: a caption, a bookmark note, else the collection's name."""
        collection, bookmarks = self._built("collection"), self._built("bookmarks")
        if collection is not None and collection.view.hasFocus():
            self.collection.edit_caption()
        elif bookmarks is not None and bookmarks.view.hasFocus():
            self.bookmarks.edit_note()
        elif (cid := self._current_collection()) is not None:
            self.rename_collection(cid)

    def _delete_key(self) -> None:
        """Delete removes an entry from the open collection, or the selected bookmark."""
        current = self.items.currentWidget()
        if current is self._built("bookmarks"):
            self.bookmarks.remove_selected()
        elif current is self._built("collection"):
            self.collection.remove_selected()

    def _delete_current_collection(self) -> None:
        if (cid := self._current_collection()) is not None:
            self.delete_collection(cid)

    def _slideshow_current(self) -> None:
        if (cid := self._current_collection()) is not None:
            self.slideshow(cid)

    def slideshow(self, collection_id: int) -> Slideshow:
        from memorial_viewer.ui.slideshow import Slideshow

        show = Slideshow(self.archive, self.runner, collection_id, self)
        show.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        show.showMaximized()
        show.start()
        return show

    # -- context menus ---------------------------------------------------------------------

    def _items_menu(self, pos: QPoint, panel: ItemTable | PhotoGrid) -> None:
        from PySide6.QtWidgets import QMenu

        ids = panel.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        add = menu.addMenu(self.tr("Add to Collection"))
        for c in getattr(self.sidebar, "collections", []):
            add.addAction(c.name, lambda cid=c.id: self.add_to_collection(cid, ids))
        add.addSeparator()
        add.addAction(self.tr("New Collection…"), lambda: self.new_collection(ids))
        add.setEnabled(not self.archive.readonly)
        menu.addAction(self.actions_.bookmark)
        menu.exec(pos)

    def _collection_menu(self, pos: QPoint) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        for label, slot in (
            (self.tr("Edit Caption"), self.collection.edit_caption),
            (self.tr("Use as Cover"), self.collection.set_cover_to_current),
            (self.tr("Remove from Collection"), self.collection.remove_selected),
        ):
            action = menu.addAction(label, slot)
            action.setEnabled(not self.archive.readonly)
        menu.exec(pos)

    def _sidebar_menu(self, key: str, pos: QPoint) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        editable = not self.archive.readonly
        if key.startswith("collection:"):
            cid = int(key.split(":", 1)[1])
            menu.addAction(self.tr("Slideshow"), lambda: self.slideshow(cid))
            menu.addAction(self.tr("Rename…"), lambda: self.rename_collection(cid)).setEnabled(
                editable)
            menu.addAction(self.tr("Delete…"), lambda: self.delete_collection(cid)).setEnabled(
                editable)
        elif key == "collections":
            menu.addAction(self.actions_.new_collection)
        elif key.startswith("saved:"):
            name = key.split(":", 1)[1]
            menu.addAction(self.tr("Delete Saved Search"),
                           lambda: self._delete_saved(name)).setEnabled(editable)
        else:
            return
        menu.exec(pos)

    # -- searches --------------------------------------------------------------------------

    def save_search(self, query: str) -> str | None:
        self.search.flush()
        query = query or self.search.query.search_text()
        if not query:
            self.show_message(self.tr("Type a search first, then save it"))
            return None
        name = self.ask_text(self.tr("Save search"), self.tr("Name:"), query[:60])
        if not name:
            return None
        try:
            command = SaveSearch(self.curation, name, query)
        except MemorialError as exc:  # shown, never a dialog
            self.show_message(str(exc))
            return str(exc)
        error = self.curation.run(command, quiet=True)
        if error is not None:
            self.show_message(error)
            return error
        self.show_message(self.tr("Search saved as “%1”").replace("%1", name))
        return None

    def _delete_saved(self, name: str) -> None:
        if self.confirm(self.tr("Delete the saved search “%1”?").replace("%1", name)):
            try:
                command = DeleteSearch(self.curation, name)
            except MemorialError as exc:
                self.show_message(str(exc))
                return
            self.curation.run(command)

    def _search_failed(self, message: str) -> None:
        self.show_message(self.tr("Search: %1").replace("%1", message))

    def _refresh_lists(self) -> None:
        panel = self.items.currentWidget()
        if panel is self.table:
            self.table.model.set_query(self.search.query, force=True)
        self.sidebar.reload()

    def _refresh_choices(self) -> None:
        self.search.set_choices([t.name for t in getattr(self.sidebar, "tags", [])],
                                [c.name for c in getattr(self.sidebar, "collections", [])])

    # -- import ----------------------------------------------------------------------------

    def _import_files_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import files"))
        if files:
            self.start_import([Path(f) for f in files])

    def _import_folder_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
        if folder:
            self.start_import([Path(folder)])

    def start_import(self, paths: list[Path]) -> bool:
        if self.archive.readonly:
            self.show_message(self.readonly_reason())
            return False
        if not self.importer.start(paths):
            self.show_message(self.tr("An import is already running"))
            return False
        from memorial_viewer.ui.import_dialog import ImportProgressDialog

        self.import_progress = ImportProgressDialog(self.importer, self)
        self.import_progress.show()
        return True

    def _on_import_progress(self, p: object) -> None:
        done, total = p.done, p.total  # type: ignore[attr-defined]
        self.task_bar.setRange(0, max(1, total))
        self.task_bar.setValue(done)
        self.task_bar.show()
        self.task_label.setText(self.tr("Importing %1/%2").replace("%1", str(done))
                                .replace("%2", str(total)))

    def _on_import_finished(self, report: object) -> None:
        self.task_bar.hide()
        self.task_label.setText("")
        from memorial_viewer.ui.import_dialog import ImportReportDialog

        self.report_dialog = ImportReportDialog(report, self)
        self.report_dialog.show()
        self.show_message(self.report_dialog.summary.text())
        self.sidebar.reload()
        self._refresh_lists()
        if self.items.currentWidget() is self._built("grid"):
            self.grid.model.set_query(self.grid.model.query, force=True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        if mime.hasUrls() and not mime.hasFormat(ITEM_MIME) and not self.archive.readonly:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.start_import(paths):
            event.acceptProposedAction()

    # -- archives, settings, status --------------------------------------------------------

    def _choose_archive(self, create: bool) -> None:
        from PySide6.QtWidgets import QFileDialog

        title = self.tr("New archive (choose an empty folder)") if create else \
            self.tr("Open archive")
        folder = QFileDialog.getExistingDirectory(self, title)
        if folder:
            self.openArchiveRequested.emit(folder, create)

    def _fill_recent(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        for path in self.settings.recent_archives():
            menu.addAction(path, lambda p=path: self.openArchiveRequested.emit(p, False))
        if menu.isEmpty():
            menu.addAction(self.tr("(none)")).setEnabled(False)

    def readonly_reason(self) -> str:
        return self.tr("The archive is open read-only (%1): browsing and search only") \
            .replace("%1", str(self.archive.root))

    def _readonly_why(self) -> str:
        return self.readonly_reason() if self.archive.readonly else ""

    def _apply_readonly(self) -> None:
        """Panels built later take the same state when they are built."""
        readonly = self.archive.readonly
        why = self._readonly_why()
        self.actions_.set_readonly(readonly, why)
        self.search.save_button.setEnabled(not readonly)
        if readonly:
            self.search.save_button.setToolTip(why)
            self.readonly_label.setText(self.tr("Read-only"))
            self.readonly_label.setToolTip(why)
            self.show_message(why)

    def _set_theme(self, action: object) -> None:
        theme = action.data()  # type: ignore[attr-defined]
        self.settings.set_theme(theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)

    def _set_language(self, action: object) -> None:
        """Remember the language; the app rebuilds its window in it (`languageChosen`), or
        else it shows from the next start."""
        code = action.data()  # type: ignore[attr-defined]
        if code == self.settings.language():
            return
        self.settings.set_language(code)
        self.settings.sync()
        if self.isSignalConnected(QMetaMethod.fromSignal(self.languageChosen)):
            self.languageChosen.emit(code)
        else:
            self.show_message(
                self.tr("The language will change the next time Memorial Viewer starts"))

    def _restore_settings(self) -> None:
        if (geometry := self.settings.geometry()) is not None:
            self.restoreGeometry(geometry)
        if (state := self.settings.state("state")) is not None:
            self.restoreState(state)
        for key, split in (("main_split", self.main_split), ("center", self.center),
                           ("detail", self.detail_split)):
            if (saved := self.settings.state(key)) is not None:
                split.restoreState(saved)
        theme = self.settings.theme()
        for action in self.actions_.theme_group.actions():
            action.setChecked(action.data() == theme)
        language = self.settings.language()
        for action in self.actions_.language_group.actions():
            action.setChecked(action.data() == language)

    def save_settings(self) -> None:
        s = self.settings
        s.set_geometry(self.saveGeometry())
        s.set_state("state", self.saveState())
        s.set_state("main_split", self.main_split.saveState())
        s.set_state("center", self.center.saveState())
        s.set_state("detail", self.detail_split.saveState())
        if (grid := self._built("grid")) is not None:
            s.set_thumb_size(grid.slider.value())
        if (reader := self._built("reader")) is not None:
            s.set_reader_font_size(reader.font_size)
        s.sync()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _update_status(self, _total: int = 0) -> None:
        panel = self.items.currentWidget()
        model = self.grid.model if panel is self._built("grid") else self.table.model
        total = model.total
        if panel in (self.table, self._built("grid")):
            self.count_label.setText(
                self.tr("Searching…") if total is None else self.tr("%n item(s)", "", total)
            )
        else:  # collections and bookmarks show their own counts
            self.count_label.setText("")
        described = self.search.query.describe()
        self.filter_label.setText(self.tr("Filter: %1").replace("%1", described)
                                  if described else "")

    def _on_busy(self, count: int) -> None:
        if (importer := self._built("importer")) is not None and importer.running:
            return
        self.task_label.setText(self.tr("Working…") if count else "")

    def show_shortcuts(self) -> ShortcutsDialog:
        from memorial_viewer.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.actions_.shortcut_actions(), self)
        dialog.show()
        return dialog

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Memorial Viewer"), self.tr(
            "Memorial Viewer %1\nAn offline archive of articles and photographs.")
            .replace("%1", __version__))

    # -- asking the user (tests replace these) ---------------------------------------------

    def ask_text(self, title: str, label: str, default: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, title, label, text=default)
        return text.strip() if ok else None

    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self, self.tr("Memorial Viewer"), message)

    def confirm(self, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("Please confirm"), question)
        return answer == QMessageBox.StandardButton.Yes

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if (reader := self._built("reader")) is not None:
            reader.save_position()
        self.save_settings()
        if (importer := self._built("importer")) is not None and importer.running:
            importer.cancel()
        if (loader := self.__dict__.get("loader")) is not None:
            loader.wait()
        self.runner.wait()
        super().closeEvent(event)

