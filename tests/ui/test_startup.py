"""Start-up: the first page shows while the archive is still opening; the rest follows."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from memorial_viewer.archive import Archive
from memorial_viewer.errors import ArchiveError
from memorial_viewer.opening import OpeningArchive
from memorial_viewer.ui.app import ArchiveSwitcher
from memorial_viewer.ui.main_window import DEFERRED_PANELS, MainWindow
from memorial_viewer.ui.settings import Settings


@pytest.fixture
def root(ui_archive: Archive) -> Path:
    path = ui_archive.root
    ui_archive.close()
    return path


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds every Archive.open until the test sets the event (a slow disk, a big upgrade)."""
    event = threading.Event()
    real_open = Archive.open

    def held_open(*args: object, **kwargs: object) -> Archive:
        assert event.wait(30), "the test never let the archive open"
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Archive, "open", held_open)
    yield event
    event.set()  # never leave a worker blocked


def start(qtbot, root: Path, settings: Settings) -> MainWindow:  # noqa: ANN001
    window = MainWindow(OpeningArchive(root), settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_first_page_shows_before_the_archive_has_opened(
    qtbot, root: Path, settings: Settings, gate: threading.Event  # noqa: ANN001
) -> None:
    window = start(qtbot, root, settings)
    qtbot.waitUntil(lambda: window.isVisible() and window.table.model.rowCount() == 9)
    assert not window.archive.is_open
    assert window.count_label.text() == "9 item(s)"
    titles = {r.title for r in window.table.model.rows()}
    assert "Martyrs remembered" in titles
    assert "reader" not in window.__dict__  # built when first needed, not at start-up
    assert not window.ready

    gate.set()
    qtbot.waitUntil(lambda: window.ready, timeout=10_000)
    assert window.archive.is_open
    assert all(name in window.__dict__ for name in DEFERRED_PANELS)
    qtbot.waitUntil(lambda: window.sidebar.current_key() == "library:all")
    window.close()


def test_a_search_typed_while_the_archive_opens_finds_its_items(
    qtbot, root: Path, settings: Settings, gate: threading.Event  # noqa: ANN001
) -> None:
    window = start(qtbot, root, settings)
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 9)
    window.search.field.setFocus()
    qtbot.keyClicks(window.search.field, "Gafarov")
    gate.set()
    qtbot.waitUntil(lambda: window.table.model.query.text == "Gafarov"
                    and window.table.model.total is not None, timeout=10_000)
    assert window.table.model.total >= 2  # Qafarov and Гафаров
    window.close()


def test_panels_built_later_sit_inside_the_window(
    qtbot, root: Path, settings: Settings  # noqa: ANN001
) -> None:
    window = start(qtbot, root, settings)
    qtbot.waitUntil(lambda: window.ready, timeout=10_000)
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert tops == [window]  # no panel ever showed as a window of its own
    for name in DEFERRED_PANELS:
        panel = getattr(window, name)
        assert panel.window() is window, name
    assert window.detail_split.widget(1) is window.editor
    assert window.editor.isVisible()
    assert window.center.widget(0) is window.timeline
    assert not window.timeline.isVisible()
    window.close()


def test_an_archive_that_fails_to_open_says_why_and_closes_its_window(
    qtbot, root: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    def broken(*args: object, **kwargs: object) -> Archive:
        raise ArchiveError("cannot upgrade the archive: the disk is full")

    monkeypatch.setattr(Archive, "open", broken)
    shown: list[str] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, message: shown.append(message))
    window = start(qtbot, root, settings)
    qtbot.waitUntil(lambda: bool(shown) and not window.isVisible(), timeout=10_000)
    assert shown == ["cannot upgrade the archive: the disk is full"]
    monkeypatch.undo()
    with Archive.open(root) as archive:  # nothing was changed
        assert archive.items.count() == 9


def test_the_switcher_opens_an_existing_archive_in_the_background(
    qtbot, root: Path  # noqa: ANN001
) -> None:
    switcher = ArchiveSwitcher()
    assert switcher.open(root)
    window = switcher.window
    assert isinstance(window.archive, OpeningArchive)
    qtbot.waitUntil(lambda: window.isVisible() and window.table.model.total == 9)
    qtbot.waitUntil(lambda: window.ready, timeout=10_000)
    window.close()
    switcher.close()


def test_a_folder_that_is_no_archive_is_refused_before_any_window(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda parent, title, text: warnings.append(text))
    (tmp_path / "plain").mkdir()
    switcher = ArchiveSwitcher()
    assert not switcher.open(tmp_path / "plain")
    assert switcher.window is None
    assert warnings == [f"{tmp_path / 'plain'} is not a memorial_viewer archive (no archive.db)"]


def test_the_first_start_opens_the_demo_archive(qtbot, settings: Settings) -> None:  # noqa: ANN001
    from memorial_viewer.paths import default_archive_dir
    from memorial_viewer.ui.app import launch

    assert not default_archive_dir().exists()  # a fresh user (conftest isolates the home)
    launched = launch(None, settings=settings)
    assert launched is not None
    _app, switcher = launched
    window = switcher.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.isVisible() and window.table.model.total == 53, timeout=20_000)
    assert window.archive.root == default_archive_dir()
    assert window.windowTitle() == f"Memorial Viewer — {default_archive_dir().name}"
    qtbot.waitUntil(lambda: window.ready, timeout=20_000)
    assert [c.name for c in window.sidebar.collections]  # the demo's curated collections
    window.close()
    switcher.close()
