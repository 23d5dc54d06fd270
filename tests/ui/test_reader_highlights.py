"""The reader marks what the search matched: words in other scripts, folded, inflected and
corrected forms, as the core finds them — quick marks first, never blocking the window."""

from __future__ import annotations

import threading

from memorial_viewer.ui.main_window import MainWindow
from tests.ui.test_search import type_query


def open_hit(qtbot, window: MainWindow, title: str) -> None:  # noqa: ANN001
    model = window.table.model
    row = next(n for n, r in enumerate(model.rows()) if r.title == title)
    window.table.view.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: window.reader.detail is not None
                    and window.reader.detail.title == title)


def test_latin_query_highlights_the_cyrillic_name(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "Qafarov")
    open_hit(qtbot, window, "Трагедия 20 января")
    reader = window.reader
    qtbot.waitUntil(lambda: not reader.highlights_pending)
    assert reader.highlighted_texts() == ["Гафаров"]
    assert reader.hits_label.text() == "Match 1 of 1"
    assert reader.browser.textCursor().position() == (reader.detail.text or "").index("Гафаров")


def test_folded_query_highlights_the_word_as_written(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "sehidler")
    open_hit(qtbot, window, "20 Yanvar faciəsi")
    reader = window.reader
    qtbot.waitUntil(lambda: reader.highlighted_texts() == ["Şəhidlər"])
    assert reader.hits_label.text() == "Match 1 of 1"


def test_changing_the_query_rehighlights_the_open_article(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "Qafarov")
    open_hit(qtbot, window, "Трагедия 20 января")
    reader = window.reader
    qtbot.waitUntil(lambda: reader.highlighted_texts() == ["Гафаров"])
    type_query(qtbot, window, "Baku")  # keyClicks types ASCII only
    qtbot.waitUntil(lambda: reader.highlighted_texts() == ["Баку"])
    assert reader.hits_label.text() == "Match 1 of 1"


def test_quick_marks_show_while_the_core_works(qtbot, window: MainWindow,  # noqa: ANN001
                                               monkeypatch) -> None:
    archive = window.archive
    real = archive.highlights
    release = threading.Event()

    def slow(item_id: int, query: str) -> list[tuple[int, int]]:
        release.wait(10)
        return real(item_id, query)

    monkeypatch.setattr(archive, "highlights", slow)
    try:
        type_query(qtbot, window, "funeral")
        open_hit(qtbot, window, "Martyrs remembered")
        reader = window.reader
        assert reader.highlights_pending
        quick = reader.highlighted_texts()
        assert quick and set(quick) == {"funeral"}
        assert reader.hits_label.text() == f"Match 1 of {len(quick)}"
    finally:
        release.set()
    qtbot.waitUntil(lambda: not reader.highlights_pending)
    assert set(reader.highlighted_texts()) == {"funeral"}


def test_quick_marks_stay_when_the_core_fails(qtbot, window: MainWindow,  # noqa: ANN001
                                              monkeypatch) -> None:
    def broken(item_id: int, query: str) -> list[tuple[int, int]]:
        raise RuntimeError("no highlights today")

    monkeypatch.setattr(window.archive, "highlights", broken)
    type_query(qtbot, window, "funeral")
    open_hit(qtbot, window, "Martyrs remembered")
    reader = window.reader
    qtbot.waitUntil(lambda: not reader.highlights_pending)
    assert reader.highlighted_texts()[:2] == ["funeral", "funeral"]
    assert reader.hits_label.text() == f"Match 1 of {len(reader.spans)}"
