"""The detail area: metadata edited in place, the photo viewer, thumbnails off the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication

from memorial_viewer.ui import thumbnail_loader
from memorial_viewer.ui.main_window import MainWindow
from tests.ui.test_bookmarks import open_article


def show_photo(qtbot, window: MainWindow, row: int = 0) -> None:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.grid.model.rowCount() == 4)
    window.grid.view.setCurrentIndex(window.grid.model.index(row, 0))
    qtbot.waitUntil(lambda: window.viewer.detail is not None
                    and window.viewer.detail.id == window.grid.model.row_at(row).id)


def edit_field(qtbot, window: MainWindow, key: str, text: str) -> None:  # noqa: ANN001
    field = window.editor.fields[key]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_an_invalid_date_is_explained_inline(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    open_article(qtbot, window, "Anniversary 2010")
    editor = window.editor
    qtbot.waitUntil(lambda: editor.detail is not None and editor.isEnabled())
    edit_field(qtbot, window, "date", "31 Febtember 1990")
    assert QApplication.activeModalWidget() is None
    assert editor.date_error.isVisible()
    assert editor.date_error.text() and "\n" not in editor.date_error.text()
    assert editor.fields["date"].text() == "31 Febtember 1990"  # kept for correction

    edit_field(qtbot, window, "date", "January 2010")
    assert not editor.date_error.isVisible()
    item_id = editor.detail.id
    assert window.archive.items.get(item_id).date == "2010-01"
    qtbot.waitUntil(lambda: editor.fields["date"].text() == "2010-01")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.archive.items.get(item_id).date is None
    qtbot.waitUntil(lambda: editor.fields["date"].text() == "")


def test_title_tags_and_caption_are_edited_in_place(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    show_photo(qtbot, window)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.detail is not None and editor.fields["caption"].isVisible())
    item_id = editor.detail.id
    edit_field(qtbot, window, "title", "Eternal flame")
    edit_field(qtbot, window, "tags", "flame, Baku")
    caption = editor.fields["caption"]
    caption.setFocus()
    qtbot.keyClicks(caption, "At the memorial")
    editor.fields["title"].setFocus()  # leaving the field saves it
    detail = window.archive.items.get(item_id)
    assert (detail.title, detail.tags, detail.caption) == ("Eternal flame", ["Baku", "flame"],
                                                           "At the memorial")
    qtbot.waitUntil(lambda: any(t.name == "flame" for t in getattr(window.sidebar, "tags", [])))
    window.curation.stack.undo()
    window.curation.stack.undo()
    assert window.archive.items.get(item_id).tags == []


def test_photo_viewer_zoom_rotate_and_step(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    show_photo(qtbot, window, 0)
    viewer = window.viewer
    view = viewer.view
    view.setFocus()
    qtbot.keyClick(viewer, Qt.Key.Key_1)
    assert abs(view.scale_factor - 1.0) < 0.01
    assert viewer.zoom_label.text() == "100%"
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert abs(view.scale_factor - 1.25) < 0.01
    qtbot.keyClick(viewer, Qt.Key.Key_R)
    assert view.rotation == 90
    qtbot.keyClick(viewer, Qt.Key.Key_0)
    assert view.fit_mode
    first = viewer.detail.id
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: viewer.detail is not None and viewer.detail.id != first)
    assert viewer.detail.id == window.grid.model.row_at(1).id
    exif = [viewer.info.topLevelItem(i).text(0) for i in range(viewer.info.topLevelItemCount())]
    assert exif == ["Description", "Image", "EXIF"]
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: viewer.detail.id == first)


def test_thumbnails_are_decoded_off_the_ui_thread(qtbot, window: MainWindow,  # noqa: ANN001
                                                  monkeypatch) -> None:
    threads: list[bool] = []
    real = thumbnail_loader.decode_thumbnail

    def spy(*args):  # noqa: ANN002, ANN202
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args)

    monkeypatch.setattr(thumbnail_loader, "decode_thumbnail", spy)
    QPixmapCache.clear()  # earlier tests showed the same photos
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.loader.decoded_count >= 4)
    assert threads and not any(threads)
    before = window.grid.slider.value()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.grid.slider.value() > before
    assert window.settings.thumb_size() == window.grid.slider.value()


def test_clicking_a_mentioned_date_opens_the_timeline(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    open_article(qtbot, window, "Martyrs remembered")
    reader = window.reader
    mention = reader.detail.mentions[0]
    reader.dateActivated.emit(mention.date.edtf)  # what a click on the underlined date does
    qtbot.waitUntil(lambda: window.timeline.isVisible() and window.timeline.axis_value
                    == "mentioned")
    query = window.search.query
    assert query.date_axis == "mentioned" and query.date_from == mention.date.edtf[:10]
    qtbot.waitUntil(lambda: window.timeline.chart.bars != [])


def test_related_items_are_listed_under_the_article(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    if not hasattr(window.archive, "related"):
        return
    open_article(qtbot, window, "Martyrs remembered")
    reader = window.reader
    expected = [r.title for r in window.archive.related(reader.detail.id, limit=8)]
    shown = [reader.related.item(i).text() for i in range(reader.related.count())]
    assert shown == expected
    assert reader.related.isVisible() == bool(expected)
