"""The Bookmarks panel: item, passage, note and date of every bookmark; open, edit, remove."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memorial_viewer.types import BookmarkInfo
from memorial_viewer.ui.empty_state import EmptyState
from memorial_viewer.ui.undo_commands import Curation, RemoveBookmark, SetBookmarkNote
from memorial_viewer.ui.workers import Generation, TaskRunner

Index = QModelIndex | QPersistentModelIndex
NOTE_COLUMN = 2


def excerpt(text: str | None, limit: int = 120) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class BookmarksModel(QAbstractTableModel):
    """Bookmarks, newest first; the note column is editable (through the undo stack)."""

    noteEdited = Signal(int, object, object)  # noqa: N815 - bookmark id, old, new

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[BookmarkInfo] = []
        self._headers = (self.tr("Item"), self.tr("Passage"), self.tr("Note"), self.tr("Added"))

    def set_rows(self, rows: list[BookmarkInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        b = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return b.item_title
            if index.column() == 1:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return b.passage or ""
                return excerpt(b.passage) if b.passage else self.tr("(whole item)")
            if index.column() == NOTE_COLUMN:
                return b.note or ""
            return b.created_at.strftime("%Y-%m-%d %H:%M")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == NOTE_COLUMN:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != NOTE_COLUMN:
            return False
        b = self.rows[index.row()]
        new = str(value).strip() or None
        if new != b.note:
            self.noteEdited.emit(b.id, b.note, new)
        return True


class BookmarksPanel(QWidget):
    """Lists bookmarks; `openRequested(BookmarkInfo)` jumps back to the passage."""

    openRequested = Signal(object)  # noqa: N815

    def __init__(self, curation: Curation, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curation = curation
        self.runner = runner
        self._gen = Generation()
        self.model = BookmarksModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Bookmarks"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        header.resizeSection(2, 220)
        self.empty = EmptyState(self.view)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Jump back to the passage (Enter)"))
        self.note_button = QPushButton(self.tr("Edit note"))
        self.note_button.setToolTip(self.tr("Edit the note (F2)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the bookmark (Delete)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)

        self.view.activated.connect(self._open_index)
        self.open_button.clicked.connect(lambda: self._open_index(self.view.currentIndex()))
        self.note_button.clicked.connect(self.edit_note)
        self.remove_button.clicked.connect(self.remove_selected)
        self.model.noteEdited.connect(self._on_note)
        curation.bookmarksChanged.connect(self.reload)

    def set_readonly(self, readonly: bool, why: str) -> None:
        for button in (self.note_button, self.remove_button):
            button.setEnabled(not readonly)
            if readonly:
                button.setToolTip(why)
        if readonly:
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def reload(self) -> None:
        gen = self._gen.next()
        archive = self.curation.archive
        self.runner.submit(archive.bookmarks.list, lambda rows: self._fill(gen, rows))

    def _fill(self, gen: int, rows: list[BookmarkInfo]) -> None:
        if not self._gen.current(gen):
            return
        self.model.set_rows(rows)
        if rows:
            self.empty.show_view()
        else:
            self.empty.show_message(self.tr(
                "No bookmarks yet: press Ctrl+D on an item, or select a passage of an article "
                "and press Ctrl+D"))

    def current(self) -> BookmarkInfo | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.model.rows[index.row()])

    def edit_note(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.view.edit(self.model.index(row, NOTE_COLUMN))

    def remove_selected(self) -> str | None:
        b = self.current()
        if b is None:
            return None
        return self.curation.run(RemoveBookmark(self.curation, b.id))

    def _on_note(self, bookmark_id: int, old: str | None, new: str | None) -> None:
        self.curation.run(SetBookmarkNote(self.curation, bookmark_id, old, new))
