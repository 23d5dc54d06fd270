"""Starting the desktop application and switching between archives.

Start-up is measured (tests/benchmarks/bench_ui.py, README "Desktop"): `launch` imports
nothing of the core beyond the folder check and the list SQL; the window shows its first page
from SQLite while the archive finishes opening in a worker (`memorial_viewer.opening`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from memorial_viewer import __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from memorial_viewer.archive import Archive
    from memorial_viewer.opening import OpeningArchive
    from memorial_viewer.ui.main_window import MainWindow
    from memorial_viewer.ui.settings import Settings
    from memorial_viewer.ui.workers import TaskRunner


class ArchiveSwitcher:
    """Owns the open archive, its window and the UI language; opening another archive
    replaces the window and the archive, choosing another language rebuilds the window."""

    def __init__(self, settings: Settings | None = None) -> None:
        from memorial_viewer.ui.settings import Settings

        self.settings = settings or Settings()
        self.window: MainWindow | None = None
        self.archive: Archive | OpeningArchive | None = None
        self.translator: QTranslator | None = None
        self._runner: TaskRunner | None = None

    def set_language(self, code: str) -> None:
        """Show the UI in `code` ("" follows the system): every string of a Qt widget is set
        when it is built, so the window is built again over the same archive folder (the
        view, layout and preferences come back from the settings)."""
        from PySide6.QtWidgets import QApplication

        from memorial_viewer.ui.i18n import choose_language, install_translator

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if self.translator is not None:
            app.removeTranslator(self.translator)
        self.translator = install_translator(app, choose_language(code))
        if self.archive is not None:
            self.open(self.archive.root, readonly=self.archive.readonly)

    def open(self, path: Path, *, create: bool = False, readonly: bool = False) -> bool:
        """Show the archive at `path` in a new window; False when it cannot be opened (the
        user was told why). With `create` the archive is created first, in a worker (its
        migrations take ~120 ms), and the window follows; True then means it has started."""
        from memorial_viewer.errors import MemorialError
        from memorial_viewer.opening import OpeningArchive

        if create:
            self._create(path)
            return True
        try:
            archive = OpeningArchive(path, readonly=readonly)
        except MemorialError as exc:
            self._refuse(str(exc))
            return False
        self._show(archive)
        return True

    def _create(self, path: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from memorial_viewer.ui.workers import TaskRunner

        def create() -> Archive:
            from memorial_viewer.archive import Archive

            return Archive.create(path)

        if self._runner is None:
            self._runner = TaskRunner(QApplication.instance())
        self._runner.submit(create, self._show, self._refuse)

    def _refuse(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, "Memorial Viewer", message)

    def _show(self, archive: Archive | OpeningArchive) -> None:
        from memorial_viewer.ui.main_window import MainWindow

        self.settings.add_recent_archive(str(archive.root))
        old_window, old_archive = self.window, self.archive
        window = MainWindow(archive, self.settings)
        window.openArchiveRequested.connect(
            lambda p, c: self.open(Path(p), create=bool(c))
        )
        window.languageChosen.connect(self.set_language)
        self.window, self.archive = window, archive
        window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_archive is not None:
            old_archive.close()

    def close(self) -> None:
        if self.archive is not None:
            self.archive.close()


def launch(
    archive_path: Path | None = None,
    argv: list[str] | None = None,
    settings: Settings | None = None,
) -> tuple[QApplication, ArchiveSwitcher] | None:
    """Create the application and show the main window on `archive_path`, or on the user's
    archive (the demo at first); None when it could not be opened (the user was told)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from memorial_viewer.errors import MemorialError
    from memorial_viewer.ui.i18n import choose_language, install_translator
    from memorial_viewer.ui.settings import Settings
    from memorial_viewer.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Memorial Viewer")
    app.setOrganizationName("memorial-viewer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("memorial-viewer")
    settings = settings or Settings()
    switcher = ArchiveSwitcher(settings)
    switcher.translator = install_translator(app, choose_language(settings.language()))
    apply_theme(app, settings.theme())
    try:
        if archive_path is None:
            archive_path = _default_archive()
    except MemorialError as exc:
        QMessageBox.critical(None, "Memorial Viewer", str(exc))
        return None
    if not switcher.open(Path(archive_path)):
        return None
    return app, switcher


def _default_archive() -> Path:
    """The user's archive; built from the demo only when there is none yet (slow, once)."""
    from memorial_viewer.location import DB_NAME
    from memorial_viewer.paths import default_archive_dir

    target = default_archive_dir()
    if (target / DB_NAME).exists():
        return target
    from memorial_viewer.demo.build import ensure_default_archive

    return ensure_default_archive()


def run(archive_path: Path | None = None, argv: list[str] | None = None) -> int:
    """Open the main window on `archive_path`, or on the user's archive (the demo at first)."""
    launched = launch(archive_path, argv)
    if launched is None:
        return 1
    app, switcher = launched
    code = app.exec()
    switcher.close()
    return code
