"""Filters with tag and year counts, sorting by source and language, descending search results,
publisher/language/rights edited in place, undoable saved searches, the language menu."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from memorial_viewer.archive import Archive
from memorial_viewer.types import ItemEdit
from memorial_viewer.ui.main_window import MainWindow
from memorial_viewer.ui.settings import Settings
from tests.ui.conftest import open_window
from tests.ui.test_bookmarks import open_article
from tests.ui.test_detail import edit_field
from tests.ui.test_search import type_query


def combo_texts(combo) -> list[str]:  # noqa: ANN001
    return [combo.itemText(i) for i in range(combo.count())]


@pytest.fixture
def tagged_window(qtbot, ui_archive: Archive, settings: Settings) -> Iterator[MainWindow]:  # noqa: ANN001
    rows = ui_archive.items.page(limit=100)
    photos = [r.id for r in rows if r.kind == "photo"]
    martyrs = next(r.id for r in rows if r.title == "Martyrs remembered")
    ui_archive.tags.add(photos, ["memorial"])
    ui_archive.tags.add([martyrs, photos[0]], ["funeral"])
    win = open_window(qtbot, ui_archive, settings)
    yield win
    win.close()


def click_header(qtbot, window: MainWindow, column: int) -> None:  # noqa: ANN001
    header = window.table.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def wait_loaded(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    model = window.table.model
    qtbot.waitUntil(lambda: model.total is not None and not model.loading)


# -- 1. facet counts for tags and years -----------------------------------------------------


def test_tag_and_year_filters_show_counts_for_the_current_search(qtbot, tagged_window) -> None:  # noqa: ANN001
    search = tagged_window.search
    qtbot.waitUntil(lambda: "memorial (4)" in combo_texts(search.tag))
    assert combo_texts(search.tag)[:3] == ["Any tag", "memorial (4)", "funeral (2)"]
    qtbot.waitUntil(lambda: "1990 (2)" in combo_texts(search.year))
    assert combo_texts(search.year) == ["Any year", "1990 (2)", "1991 (1)", "2010 (1)"]

    type_query(qtbot, tagged_window, "funeral")  # two articles and the photo tagged so
    qtbot.waitUntil(lambda: "memorial (1)" in combo_texts(search.tag))
    assert combo_texts(search.tag) == ["Any tag", "funeral (2)", "memorial (1)"]
    qtbot.waitUntil(lambda: combo_texts(search.year) == ["Any year", "1990 (1)"])

    search.clear()
    qtbot.waitUntil(lambda: "memorial (4)" in combo_texts(search.tag))
    search.tag.setCurrentIndex(search.tag.findData("memorial"))  # choose a tag: years follow
    qtbot.waitUntil(lambda: tagged_window.table.model.query.tag == "memorial")
    wait_loaded(qtbot, tagged_window)
    assert {r.kind for r in tagged_window.table.model.rows()} == {"photo"}


def test_choosing_a_year_filters_the_items(qtbot, tagged_window) -> None:  # noqa: ANN001
    search = tagged_window.search
    qtbot.waitUntil(lambda: "1991 (1)" in combo_texts(search.year))
    index = search.year.findData("1991")
    search.year.setCurrentIndex(index)
    search.year.activated.emit(index)  # as when the user picks it from the popup
    model = tagged_window.table.model
    qtbot.waitUntil(lambda: model.query.date_from == "1991" == model.query.date_to)
    wait_loaded(qtbot, tagged_window)
    assert [r.title for r in model.rows()] == ["Memorial photo 2"]
    assert search.date_from.text() == search.date_to.text() == "1991"
    assert "date:1991" in tagged_window.filter_label.text()
    search.clear()
    qtbot.waitUntil(lambda: search.year.currentIndex() == 0)


# -- 2. sorting by source and language, descending search results ---------------------------


def test_the_list_sorts_by_source_and_language(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    items = window.archive.items
    by_title = {r.title: r.id for r in items.page(limit=100)}
    items.update(by_title["English"], ItemEdit(publisher="Zerkalo"))
    items.update(by_title["Martyrs remembered"], ItemEdit(publisher="Azertac"))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # articles
    qtbot.waitUntil(lambda: window.table.model.query.kind == "article")
    wait_loaded(qtbot, window)
    model = window.table.model

    click_header(qtbot, window, model.COLUMNS.index("source"))
    qtbot.waitUntil(lambda: model.query.sort == "source")
    wait_loaded(qtbot, window)
    assert [r.source for r in model.rows()][:2] == ["Azertac", "Zerkalo"]

    click_header(qtbot, window, model.COLUMNS.index("language"))
    qtbot.waitUntil(lambda: model.query.sort == "language")
    wait_loaded(qtbot, window)
    assert [r.language for r in model.rows()] == ["az", "en", "en", "en", "ru"]
    click_header(qtbot, window, model.COLUMNS.index("language"))  # again: descending
    qtbot.waitUntil(lambda: model.query.descending)
    wait_loaded(qtbot, window)
    assert [r.language for r in model.rows()] == ["ru", "en", "en", "en", "az"]


def test_search_results_sort_by_source(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    items = window.archive.items
    by_title = {r.title: r.id for r in items.page(limit=100)}
    items.update(by_title["Martyrs remembered"], ItemEdit(publisher="Zerkalo"))
    items.update(by_title["English"], ItemEdit(publisher="Azertac"))
    type_query(qtbot, window, "Baku")
    model = window.table.model
    click_header(qtbot, window, model.COLUMNS.index("source"))
    qtbot.waitUntil(lambda: model.query.sort == "source")
    wait_loaded(qtbot, window)
    sources = [r.source for r in model.rows()]
    assert sources[:2] == ["Azertac", "Zerkalo"] and len(sources) > 2
    assert all("<mark>" in r.snippet for r in model.rows())  # still the search's hits


def test_search_results_sort_by_date_descending(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "memorial")
    model = window.table.model
    date_column = model.COLUMNS.index("date")
    click_header(qtbot, window, date_column)
    qtbot.waitUntil(lambda: model.query.sort == "date" and not model.query.descending)
    wait_loaded(qtbot, window)
    ascending = [r.date for r in model.rows() if r.date]
    assert ascending == sorted(ascending) and len(ascending) == 4
    click_header(qtbot, window, date_column)
    qtbot.waitUntil(lambda: model.query.descending)
    wait_loaded(qtbot, window)
    descending = [r.date for r in model.rows() if r.date]
    assert descending == sorted(ascending, reverse=True)
    assert model.rows()[0].title == "Memorial photo 3"
    assert all("<mark>" in r.snippet for r in model.rows())  # still search hits


# -- 3. publisher, language and rights in place ---------------------------------------------


def test_publisher_language_and_rights_are_edited_in_place(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    open_article(qtbot, window, "Anniversary 2010")
    editor = window.editor
    qtbot.waitUntil(lambda: editor.detail is not None and editor.isEnabled())
    assert editor.fields["language"].text() == "en"
    item_id = editor.detail.id
    edit_field(qtbot, window, "publisher", "Azertac")
    edit_field(qtbot, window, "language", "az")
    edit_field(qtbot, window, "rights", "CC BY 4.0")
    detail = window.archive.items.get(item_id)
    assert (detail.publisher, detail.language, detail.rights) == ("Azertac", "az", "CC BY 4.0")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.archive.items.get(item_id).rights is None
    qtbot.waitUntil(lambda: editor.fields["rights"].text() == "")
    assert editor.fields["publisher"].text() == "Azertac"


# -- 4. saved searches undoable -------------------------------------------------------------


def test_saving_and_deleting_a_search_can_be_undone(qtbot, window: MainWindow,  # noqa: ANN001
                                                     monkeypatch) -> None:
    saved = window.archive.saved_searches
    type_query(qtbot, window, "Baku")
    monkeypatch.setattr(window, "ask_text", lambda *a: "Baku search")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.sidebar.index_of("saved:Baku search").isValid())

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved.list() == []
    qtbot.waitUntil(lambda: not window.sidebar.index_of("saved:Baku search").isValid())
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [s.query for s in saved.list()] == ["Baku"]
    qtbot.waitUntil(lambda: window.sidebar.index_of("saved:Baku search").isValid())

    monkeypatch.setattr(window, "confirm", lambda question: "Baku search" in question)
    window._delete_saved("Baku search")  # the sidebar's context menu action
    assert saved.list() == []
    qtbot.waitUntil(lambda: not window.sidebar.index_of("saved:Baku search").isValid())
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [(s.name, s.query) for s in saved.list()] == [("Baku search", "Baku")]
    qtbot.waitUntil(lambda: window.sidebar.index_of("saved:Baku search").isValid())
    assert QApplication.activeModalWidget() is None


def test_saving_over_a_search_undoes_to_the_old_query(qtbot, window: MainWindow,  # noqa: ANN001
                                                       monkeypatch) -> None:
    saved = window.archive.saved_searches
    saved.save("Mine", "funeral")
    monkeypatch.setattr(window, "ask_text", lambda *a: "Mine")
    type_query(qtbot, window, "Baku")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.get("Mine").query == "Baku"
    window.curation.stack.undo()
    assert saved.get("Mine").query == "funeral"


# -- 5. the language menu -------------------------------------------------------------------


def test_language_menu_is_remembered_for_the_next_start(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    actions = {a.data(): a for a in window.actions_.language_group.actions()}
    assert [a.text() for a in window.actions_.language_menu.actions()] == [
        "Follow the &System", "English", "Azərbaycanca", "Русский"]
    assert actions[""].isChecked()
    actions["az"].trigger()
    assert window.settings.language() == "az"
    assert actions["az"].isChecked()
    assert "next time" in window.statusBar().currentMessage()

    again = MainWindow(window.archive, window.settings)
    qtbot.addWidget(again)
    checked = [a.data() for a in again.actions_.language_group.actions() if a.isChecked()]
    assert checked == ["az"]
    again.close()


def test_the_chosen_language_is_what_the_next_start_loads(settings: Settings,
                                                          monkeypatch) -> None:  # noqa: ANN001
    from memorial_viewer.ui.i18n import ENV_LANG, choose_language, translations_dir

    monkeypatch.delenv(ENV_LANG, raising=False)
    settings.set_language("ru")
    assert choose_language(settings.language()) == "ru"
    assert (translations_dir() / "memorial_viewer_ru.qm").is_file()
