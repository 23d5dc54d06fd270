"""Starting the desktop application and switching between archives."""

from __future__ import annotations

import sys
from pathlib import Path

from memorial_viewer import __version__


class ArchiveSwitcher:
    """Owns the open archive and its window; opening another archive replaces both."""

    def __init__(self) -> None:
        self.window = None
        self.archive = None

    def open(self, path: Path, *, create: bool = False, readonly: bool = False) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from memorial_viewer.archive import Archive
        from memorial_viewer.errors import MemorialError
        from memorial_viewer.ui.main_window import MainWindow
        from memorial_viewer.ui.settings import Settings

        try:
            archive = Archive.create(path) if create else Archive.open(path, readonly=readonly)
        except MemorialError as exc:
            QMessageBox.warning(self.window, "Memorial Viewer", str(exc))
            return False
        settings = Settings()
        settings.add_recent_archive(str(archive.root))
        old_window, old_archive = self.window, self.archive
        window = MainWindow(archive, settings)
        window.openArchiveRequested.connect(
            lambda p, c: self.open(Path(p), create=bool(c))
        )
        self.window, self.archive = window, archive
        window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_archive is not None:
            old_archive.close()
        return True

    def close(self) -> None:
        if self.archive is not None:
            self.archive.close()


def run(archive_path: Path | None = None, argv: list[str] | None = None) -> int:
    """Open the main window on `archive_path`, or on the user's archive (the demo at first)."""
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
    settings = Settings()
    translator = install_translator(app, choose_language(settings.language()))  # noqa: F841
    apply_theme(app, settings.theme())
    switcher = ArchiveSwitcher()
    try:
        if archive_path is None:
            from memorial_viewer.demo.build import ensure_default_archive

            archive_path = ensure_default_archive()
    except MemorialError as exc:
        QMessageBox.critical(None, "Memorial Viewer", str(exc))
        return 1
    if not switcher.open(Path(archive_path)):
        return 1
    code = app.exec()
    switcher.close()
    return code
