"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from memorial_viewer import __version__


def run(archive_path: Path | None = None, argv: list[str] | None = None) -> int:
    """Open the main window on `archive_path`, or on the user's archive (the demo at first)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from memorial_viewer.archive import Archive
    from memorial_viewer.errors import MemorialError
    from memorial_viewer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Memorial Viewer")
    app.setOrganizationName("memorial-viewer")
    app.setApplicationVersion(__version__)
    try:
        if archive_path is None:
            from memorial_viewer.demo.build import ensure_default_archive

            archive_path = ensure_default_archive()
        archive = Archive.open(archive_path)
    except MemorialError as exc:
        QMessageBox.critical(None, "Memorial Viewer", str(exc))
        return 1
    window = MainWindow(archive)
    window.show()
    code = app.exec()
    archive.close()
    return code
