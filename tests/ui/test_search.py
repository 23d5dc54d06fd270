"""Search as a user does it: type into the field, see hits, snippets and highlights."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from memorial_viewer.ui.main_window import MainWindow


def type_query(qtbot, window: MainWindow, text: str) -> None:  # noqa: ANN001
    field = window.search.field
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: window.table.model.query.text == text)
    qtbot.waitUntil(lambda: window.table.model.total is not None and not window.table.model.loading)


def test_ctrl_f_focuses_the_search_field(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.table.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search.field.hasFocus())


def test_typing_a_query_shows_hits_with_highlighted_snippets(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "funeral")
    model = window.table.model
    titles = [r.title for r in model.rows()]
    assert model.total == len(titles) >= 2
    assert "Martyrs remembered" in titles
    assert all("<mark>" in r.snippet for r in model.rows())
    assert window.count_label.text() == f"{model.total} item(s)"
    assert not window.table.view.isColumnHidden(model.COLUMNS.index("snippet"))


def test_each_keystroke_drops_stale_results(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "Bak")
    type_query(qtbot, window, "Baku")
    assert window.table.model.query.text == "Baku"
    assert window.table.model.total and window.table.model.total >= 1


def test_no_results_shows_an_empty_state(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "zzqxv")
    assert window.table.model.total == 0
    assert window.table.empty.showing_message
    assert window.table.empty.label.text() == "No results for “zzqxv”"


def test_malformed_queries_never_open_a_dialog(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    for text in ('"((unbalanced', 'tag: -- OR AND (', "'; DROP TABLE items; --", "*" * 50):
        type_query(qtbot, window, text)
        assert QApplication.activeModalWidget() is None
    assert window.isVisible()


def test_opening_a_hit_highlights_it_in_the_reader(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "funeral")
    model = window.table.model
    row = next(n for n, r in enumerate(model.rows()) if r.title == "Martyrs remembered")
    window.table.view.setCurrentIndex(model.index(row, 0))
    reader = window.reader
    qtbot.waitUntil(lambda: reader.detail is not None
                    and reader.detail.title == row_title(model, row))
    assert reader.highlighted_texts()[:2] == ["funeral", "funeral"]
    assert reader.hits_label.text() == f"Match 1 of {len(reader.spans)}"
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert reader.hits_label.text() == f"Match 2 of {len(reader.spans)}"
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.current_hit == 0


def row_title(model, row: int) -> str:  # noqa: ANN001
    return model.row_at(row).title


def test_kind_filter_and_facet_counts(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: "(" in window.search.kind.itemText(2))
    assert window.search.kind.itemText(2) == "Photos (4)"
    window.search.kind.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.table.model.query.kind == "article"
                    and window.table.model.total is not None)
    assert {r.kind for r in window.table.model.rows()} == {"article"}
    assert "article" in window.filter_label.text()


def test_recent_searches_and_saving_a_search(qtbot, window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    type_query(qtbot, window, "Baku")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert window.settings.recent_searches()[0] == "Baku"
    monkeypatch.setattr(window, "ask_text", lambda *a: "Baku search")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [s.name for s in window.archive.saved_searches.list()] == ["Baku search"]
    qtbot.waitUntil(lambda: window.sidebar.index_of("saved:Baku search").isValid())
    window.search.clear()
    window.sidebar.select_key("saved:Baku search")
    qtbot.waitUntil(lambda: window.search.field.text() == "Baku")


def test_paging_continues_at_the_bottom_of_the_list(qtbot, window: MainWindow,  # noqa: ANN001
                                                    monkeypatch) -> None:
    from memorial_viewer.ui import item_models

    monkeypatch.setattr(item_models, "PAGE_SIZE", 2)
    window.table.view.resize(400, 2000)  # every row visible: only paging can fill it
    window.table.model.reload()
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 9)
    assert window.table.model.total == 9
