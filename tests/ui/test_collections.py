"""Collections: drag photos from the grid onto a collection, reorder inside, undo and redo."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from memorial_viewer.ui.main_window import MainWindow


def drag_and_drop(target: QWidget, pos: QPoint, mime: QMimeData,
                  action: Qt.DropAction = Qt.DropAction.CopyAction) -> bool:
    """Deliver enter, move and drop events as a real drag would; True if the drop was taken."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(pos), actions, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(QPointF(pos), actions, mime, buttons, mods)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(QPointF(pos), actions, mime, buttons, mods)
    drop.setDropAction(action)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def make_collection(qtbot, window: MainWindow, monkeypatch, name: str) -> int:  # noqa: ANN001
    monkeypatch.setattr(window, "ask_text", lambda *a: name)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(c.name == name for c in getattr(window.sidebar,
                                                                "collections", [])))
    return next(c.id for c in window.sidebar.collections if c.name == name)


def show_photos(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.grid.model.rowCount() == 4)


def collection_titles(window: MainWindow) -> list[str]:
    return [e.item_title for e in window.collection.model.entries]


def test_drag_photos_into_a_collection_reorder_undo_redo(qtbot, window: MainWindow,  # noqa: ANN001
                                                         monkeypatch) -> None:
    cid = make_collection(qtbot, window, monkeypatch, "Funeral day")
    show_photos(qtbot, window)
    grid = window.grid
    selection = grid.view.selectionModel()
    for row in (0, 1, 2):
        selection.select(grid.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    mime = grid.model.mimeData(selection.selectedIndexes())

    sidebar = window.sidebar
    target = sidebar.visualRect(sidebar.index_of(f"collection:{cid}")).center()
    drag_and_drop(sidebar.viewport(), target, mime)
    assert [e.item_id for e in window.archive.collections.get(cid).entries] == grid.selected_ids()

    sidebar.select_key(f"collection:{cid}")
    panel = window.collection
    qtbot.waitUntil(lambda: panel.isVisible() and len(panel.model.entries) == 3)
    assert collection_titles(window) == ["Memorial photo 0", "Memorial photo 1",
                                         "Memorial photo 2"]

    # drag the last entry in front of the first
    view = panel.view
    moving = panel.model.mimeData([panel.model.index(2, 0)])
    first = view.visualRect(panel.model.index(0, 0))
    drag_and_drop(view.viewport(), QPoint(first.left() + 3, first.center().y()), moving,
                  Qt.DropAction.MoveAction)
    qtbot.waitUntil(lambda: collection_titles(window)[0] == "Memorial photo 2")
    reordered = ["Memorial photo 2", "Memorial photo 0", "Memorial photo 1"]
    assert collection_titles(window) == reordered

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: collection_titles(window)[0] == "Memorial photo 0")
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    qtbot.waitUntil(lambda: collection_titles(window) == reordered)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the reorder
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the drop
    qtbot.waitUntil(lambda: len(panel.model.entries) == 0 and panel.empty.showing_message)
    assert panel.empty.label.text() == "This collection is empty: drag photos here"


def test_drop_onto_the_empty_collection_view(qtbot, window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    cid = make_collection(qtbot, window, monkeypatch, "Empty one")
    show_photos(qtbot, window)
    mime = window.grid.model.mimeData([window.grid.model.index(3, 0)])
    window.sidebar.select_key(f"collection:{cid}")
    panel = window.collection
    qtbot.waitUntil(lambda: panel.empty.showing_message)
    assert drag_and_drop(panel, panel.rect().center(), mime)
    qtbot.waitUntil(lambda: collection_titles(window) == ["Memorial photo 3"])


def test_caption_cover_remove_rename_delete_and_undo(qtbot, window: MainWindow,  # noqa: ANN001
                                                     monkeypatch) -> None:
    cid = make_collection(qtbot, window, monkeypatch, "Album")
    show_photos(qtbot, window)
    ids = [r.id for r in window.grid.model.rows()]
    window.add_to_collection(cid, ids[:2])
    window.sidebar.select_key(f"collection:{cid}")
    panel = window.collection
    qtbot.waitUntil(lambda: len(panel.model.entries) == 2)

    panel.model.setData(panel.model.index(1, 0), "Flowers at the alley")
    qtbot.waitUntil(lambda: panel.model.entries[1].caption == "Flowers at the alley")
    assert panel.model.index(1, 0).data() == "Flowers at the alley"

    panel.view.setCurrentIndex(panel.model.index(1, 0))
    panel.set_cover_to_current()
    qtbot.waitUntil(lambda: panel.model.entries[1].row.badge == "★")

    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(panel.model.entries) == 1)
    assert window.archive.items.get(ids[0]).title == "Memorial photo 0"  # the item stays

    monkeypatch.setattr(window, "ask_text", lambda *a: "Album 1990")
    panel.buttons["rename"].click()
    qtbot.waitUntil(lambda: window.sidebar.collection_name(cid) == "Album 1990")

    monkeypatch.setattr(window, "confirm", lambda question: "Album 1990" in question)
    panel.buttons["delete"].click()
    qtbot.waitUntil(lambda: window.archive.collections.list() == [])
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = window.archive.collections.list()
    assert [c.name for c in restored] == ["Album 1990"]
    info = window.archive.collections.get(restored[0].id)
    assert [(e.item_id, e.caption) for e in info.entries] == [(ids[1], "Flowers at the alley")]
    assert info.cover_item_id == ids[1]
    for _ in range(5):  # rename, remove, cover, caption, add: back to the new collection
        window.curation.stack.undo()
    info = window.archive.collections.get(restored[0].id)
    assert info.name == "Album" and [e.item_id for e in info.entries] == []
    window.curation.stack.undo()
    assert window.archive.collections.list() == []


def test_context_menu_adds_several_items_at_once(qtbot, window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    show_photos(qtbot, window)
    grid = window.grid
    for row in (1, 3):
        grid.view.selectionModel().select(grid.model.index(row, 0),
                                          QItemSelectionModel.SelectionFlag.Select)
    monkeypatch.setattr(window, "ask_text", lambda *a: "Picked")
    assert window.new_collection(grid.selected_ids()) is None  # "New Collection…" of the menu
    info = window.archive.collections.get("Picked")
    assert [e.title for e in info.entries] == ["Memorial photo 1", "Memorial photo 3"]


def test_slideshow_steps_through_a_collection(qtbot, window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    cid = make_collection(qtbot, window, monkeypatch, "Show")
    show_photos(qtbot, window)
    window.add_to_collection(cid, [r.id for r in window.grid.model.rows()][:2])
    show = window.slideshow(cid)  # owned by the window, deleted when closed
    qtbot.waitUntil(lambda: show.image.pixmap() is not None and not show.image.pixmap().isNull())
    assert show.caption.text() == "Memorial photo 0"
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert show.caption.text() == "Memorial photo 1"
    qtbot.keyClick(show, Qt.Key.Key_Space)
    assert not show.timer.isActive()
    show.close()
