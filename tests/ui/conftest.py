"""Fixtures for the desktop tests: a small real archive and a main window on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from memorial_viewer.archive import Archive
from memorial_viewer.ui.main_window import MainWindow
from memorial_viewer.ui.settings import Settings
from tests.conftest import AZERBAIJANI, ENGLISH, RUSSIAN, make_jpeg, write

LONG_ARTICLE = "Martyrs remembered\n\n" + "\n\n".join(
    f"Paragraph {n}. People gathered in Baku to remember the victims of January 1990. "
    f"Witness {n} spoke about the night and the funeral on 22 January 1990."
    for n in range(1, 61)
) + "\n\nThe closing paragraph names the memorial flame once more.\n"


def build_sources(root: Path) -> Path:
    """Three articles in three languages, a long article and four photos."""
    write(root / "english.txt", ENGLISH)
    write(root / "az.md", "# " + AZERBAIJANI)
    write(root / "ru.txt", RUSSIAN)
    write(root / "long.txt", LONG_ARTICLE)
    write(root / "later.txt", "Anniversary 2010\n\nThe twentieth anniversary was in 2010.\n")
    for n, (date, color) in enumerate([
        ("1990:01:20 10:00:00", (200, 40, 40)),
        ("1990:01:22 11:30:00", (40, 200, 40)),
        ("1991:01:20 09:00:00", (40, 40, 200)),
        ("2010:01:20 12:00:00", (200, 200, 40)),
    ]):
        make_jpeg(root / "photos" / f"photo{n}.jpg", size=(320, 240), color=color,
                  exif_date=date, description=f"Memorial photo {n}")
    return root


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    return build_sources(tmp_path / "sources")


@pytest.fixture
def ui_archive(tmp_path: Path, sources: Path) -> Iterator[Archive]:
    with Archive.create(tmp_path / "archive") as archive:
        report = archive.import_paths([sources])
        assert not report.rejected, report.rejected
        yield archive


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def open_window(qtbot, archive: Archive, settings: Settings) -> MainWindow:  # noqa: ANN001
    window = MainWindow(archive, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.table.model.total is not None)
    return window


@pytest.fixture
def window(qtbot, ui_archive: Archive, settings: Settings) -> Iterator[MainWindow]:  # noqa: ANN001
    win = open_window(qtbot, ui_archive, settings)
    yield win
    win.close()
