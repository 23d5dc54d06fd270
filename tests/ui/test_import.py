"""Import from the window: a batch with a corrupt file and a duplicate, and the end report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QUrl

from memorial_viewer.ui.main_window import MainWindow
from tests.conftest import make_jpeg, write
from tests.ui.test_collections import drag_and_drop


def batch(root: Path, sources: Path) -> Path:
    write(root / "new-article.txt", "A new testimony\n\nWritten down in 1991 in Baku.\n")
    make_jpeg(root / "new-photo.jpg", size=(200, 150), color=(90, 10, 10))
    write(root / "broken.jpg", b"\xff\xd8\xff\xe0" + b"not really a jpeg" * 20)
    write(root / "again.txt", (sources / "english.txt").read_bytes())  # already archived
    return root


def test_import_a_batch_with_a_corrupt_file(qtbot, window: MainWindow, sources: Path,  # noqa: ANN001
                                            tmp_path: Path) -> None:
    folder = batch(tmp_path / "batch", sources)
    progress: list[tuple[int, int]] = []
    window.importer.progress.connect(lambda p: progress.append((p.done, p.total)))
    with qtbot.waitSignal(window.importer.finished, timeout=20_000):
        assert window.start_import([folder])
        assert window.import_progress.isVisible()
    assert progress[-1] == (4, 4)
    dialog = window.report_dialog
    assert dialog.isVisible()
    assert dialog.summary.text() == "Imported 2, duplicates 1, rejected 1."
    [(path, reason)] = dialog.rejected_rows()
    assert path.endswith("broken.jpg") and "corrupt" in reason
    assert dialog.duplicates.child(0).text(0).endswith("again.txt")
    assert not window.import_progress.isVisible()
    qtbot.waitUntil(lambda: window.table.model.total == 11)
    assert window.statusBar().currentMessage() == "Imported 2, duplicates 1, rejected 1."


def test_dropping_files_on_the_window_imports_them(qtbot, window: MainWindow,  # noqa: ANN001
                                                   tmp_path: Path) -> None:
    photo = make_jpeg(tmp_path / "dropped.jpg", size=(120, 90), color=(0, 99, 0))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    with qtbot.waitSignal(window.importer.finished, timeout=20_000):
        assert drag_and_drop(window, QPoint(600, 400), mime)
    assert window.report_dialog.summary.text() == "Imported 1, duplicates 0, rejected 0."


def test_cancel_stops_the_import(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    for n in range(30):
        write(tmp_path / "many" / f"note{n}.txt", f"Note {n}\n\nText number {n}.\n")
    window.importer.progress.connect(lambda _p: window.import_progress.cancel_button.click())
    with qtbot.waitSignal(window.importer.finished, timeout=20_000) as blocker:
        window.start_import([tmp_path / "many"])
    report = blocker.args[0]
    assert report.cancelled and len(report.imported) < 30
    assert "cancelled" in window.report_dialog.summary.text()
