"""Guards for the desktop's speed fixes (the figures themselves: tests/benchmarks/bench_ui.py)."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from memorial_viewer.archive import Archive
from memorial_viewer.ui import item_models
from memorial_viewer.ui.item_query import ItemQuery
from memorial_viewer.ui.main_window import MainWindow
from memorial_viewer.ui.settings import Settings
from tests.ui.conftest import open_window


def test_window_freezes_the_start_up_heap(window: MainWindow) -> None:
    # Full garbage collections over the start-up heap stalled the UI thread for 40-160 ms.
    assert gc.get_freeze_count() > 0


def test_first_page_is_asked_for_once_in_the_shown_order(
    qtbot, ui_archive: Archive, settings: Settings, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    asked: list[ItemQuery] = []
    real = item_models.fetch_page

    def recording(archive, query, offset, limit):  # noqa: ANN001, ANN202
        asked.append(query)
        return real(archive, query, offset, limit)

    monkeypatch.setattr(item_models, "fetch_page", recording)
    window = open_window(qtbot, ui_archive, settings)
    try:
        table_queries = [q for q in asked if q.kind != "photo"]
        # Enabling sorting used to start a title-sorted query that was replaced at once.
        assert [q.sort for q in table_queries] == ["relevance"]
        assert window.table.model.rowCount() > 0
    finally:
        window.close()


def test_main_window_does_not_import_pillow() -> None:
    # Pillow is needed for the first thumbnail build, in the pool, not to show the window.
    code = "import sys, memorial_viewer.ui.main_window; print('PIL' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
