"""Bookmarks: a selected passage with Ctrl+D, the panel, jumping back, notes, reading position."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from memorial_viewer.ui.main_window import MainWindow


def open_article(qtbot, window: MainWindow, title: str) -> None:  # noqa: ANN001
    window.sidebar.select_key("library:article")
    model = window.table.model
    qtbot.waitUntil(lambda: model.query.kind == "article" and model.total is not None
                    and not model.loading)
    row = next(n for n, r in enumerate(model.rows()) if r.title == title)
    window.table.view.setFocus()
    window.table.view.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: window.reader.detail is not None
                    and window.reader.detail.title == title)


def select_text(window: MainWindow, passage: str) -> None:
    """Select a passage as a mouse drag would: a text cursor with an anchor and a position."""
    browser = window.reader.browser
    found = browser.document().find(passage)
    assert not found.isNull()
    cursor = QTextCursor(browser.document())
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)


def visible(window: MainWindow) -> bool:
    browser = window.reader.browser
    rect = browser.cursorRect(browser.textCursor())
    return browser.viewport().rect().contains(rect)


def test_bookmark_a_passage_and_jump_back_to_it(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    open_article(qtbot, window, "Martyrs remembered")
    passage = "Witness 47 spoke about the night"
    select_text(window, passage)
    window.reader.browser.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Passage bookmarked"

    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    panel = window.bookmarks
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.index(0, 0).data() == "Martyrs remembered"
    assert panel.model.index(0, 1).data() == passage

    open_article(qtbot, window, "Anniversary 2010")  # read something else meanwhile
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.isVisible())
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    reader = window.reader
    qtbot.waitUntil(lambda: reader.detail is not None and reader.detail.title
                    == "Martyrs remembered")
    qtbot.waitUntil(lambda: reader.selected_text() == passage)
    qtbot.waitUntil(lambda: visible(window))


def test_edit_the_note_then_remove_and_undo(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    open_article(qtbot, window, "Anniversary 2010")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Item bookmarked"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    panel = window.bookmarks
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.index(0, 1).data() == "(whole item)"
    panel.model.setData(panel.model.index(0, 2), "check the date")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1
                    and panel.model.index(0, 2).data() == "check the date")
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.remove_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0 and panel.empty.showing_message)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.index(0, 2).data() == "check the date"


def test_the_reader_remembers_the_reading_position(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    open_article(qtbot, window, "Martyrs remembered")
    reader = window.reader
    bar = reader.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    position = reader.reading_position()
    assert position > 500
    open_article(qtbot, window, "Anniversary 2010")
    item_id = next(r.id for r in window.table.model.rows() if r.title == "Martyrs remembered")
    qtbot.waitUntil(lambda: window.archive.items.reading_position(item_id) == position)
    open_article(qtbot, window, "Martyrs remembered")
    qtbot.waitUntil(lambda: abs(reader.reading_position() - position) < 200)


def test_delete_and_f2_act_on_the_bookmarks_panel(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    open_article(qtbot, window, "Anniversary 2010")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    panel = window.bookmarks
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    assert panel.view.state() == panel.view.State.EditingState
    qtbot.keyClick(panel.view.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
