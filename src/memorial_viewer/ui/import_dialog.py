"""Importing files in the background: progress (count, current file, rate), Cancel, and a
report of what was imported, what was a duplicate and what was rejected, with reasons."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memorial_viewer.types import ImportProgress, ImportReport
from memorial_viewer.ui.workers import TaskRunner

if TYPE_CHECKING:
    from memorial_viewer.archive import Archive


class _ProgressRelay(QObject):
    """Carries progress from the import thread to the UI thread (a queued signal)."""

    progress = Signal(object)


class ImportController(QObject):
    """Runs one import at a time; the window stays usable meanwhile."""

    started = Signal()
    progress = Signal(object)  # ImportProgress
    finished = Signal(object)  # ImportReport
    failed = Signal(str)

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self._cancel = threading.Event()
        self._relay = _ProgressRelay()
        self._relay.progress.connect(self.progress)
        self.running = False
        self.last_report: ImportReport | None = None

    def start(self, paths: list[Path]) -> bool:
        if self.running or not paths:
            return False
        self.running = True
        self._cancel.clear()
        archive, relay, cancel = self.archive, self._relay, self._cancel
        self.started.emit()
        self.runner.submit(
            lambda: archive.import_paths(paths, progress=relay.progress.emit,
                                         should_cancel=cancel.is_set),
            self._done,
            self._failed,
        )
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _done(self, report: ImportReport) -> None:
        self.running = False
        self.last_report = report
        self.finished.emit(report)

    def _failed(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)


class ImportProgressDialog(QDialog):
    """Non-modal: the archivist can keep browsing while files come in."""

    def __init__(self, controller: ImportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing"))
        self.setModal(False)
        self.count = QLabel(self.tr("Looking for files…"))
        self.current = QLabel()
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setMinimumWidth(420)
        self.rate = QLabel()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        for widget in (self.count, self.current, self.bar, self.rate, self.cancel_button):
            layout.addWidget(widget)
        self.cancel_button.clicked.connect(controller.cancel)
        self.cancel_button.clicked.connect(
            lambda: self.count.setText(self.tr("Cancelling after the current file…"))
        )
        controller.progress.connect(self.show_progress)
        controller.finished.connect(lambda _r: self.accept())
        controller.failed.connect(lambda _m: self.accept())

    def show_progress(self, p: ImportProgress) -> None:
        self.bar.setRange(0, max(1, p.total))
        self.bar.setValue(p.done)
        self.count.setText(self.tr("%1 of %2 files").replace("%1", str(p.done))
                           .replace("%2", str(p.total)))
        self.current.setText(self.fontMetrics().elidedText(
            p.current, Qt.TextElideMode.ElideMiddle, max(200, self.current.width())))
        self.rate.setText(self.tr("%1 files/s").replace("%1", f"{p.rate:.1f}"))


class ImportReportDialog(QDialog):
    """What happened to every file that was not simply imported."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        self.resize(720, 420)
        self.summary = QLabel(self.describe(report))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Reason")])
        self.tree.setAccessibleName(self.tr("Files not imported"))
        self.rejected = QTreeWidgetItem(self.tree, [self.tr("Rejected (%1)")
                                                    .replace("%1", str(len(report.rejected)))])
        for r in report.rejected:
            QTreeWidgetItem(self.rejected, [r.path, r.reason])
        self.duplicates = QTreeWidgetItem(
            self.tree, [self.tr("Already in the archive (%1)").replace(
                "%1", str(len(report.duplicates)))]
        )
        for path in report.duplicates:
            QTreeWidgetItem(self.duplicates, [path, self.tr("duplicate of an archived file")])
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def describe(self, report: ImportReport) -> str:
        text = self.tr("Imported %1, duplicates %2, rejected %3.").replace(
            "%1", str(len(report.imported))).replace("%2", str(len(report.duplicates))).replace(
            "%3", str(len(report.rejected)))
        if report.cancelled:
            text += " " + self.tr("The import was cancelled; files already imported stay.")
        return text

    def rejected_rows(self) -> list[tuple[str, str]]:
        return [(self.rejected.child(i).text(0), self.rejected.child(i).text(1))
                for i in range(self.rejected.childCount())]
