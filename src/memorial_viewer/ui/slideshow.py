"""A collection as a slideshow: one entry at a time with its caption, advancing by itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from memorial_viewer.ui.photo_viewer import decode_original
from memorial_viewer.ui.workers import Generation, TaskRunner

if TYPE_CHECKING:
    from memorial_viewer.archive import Archive
    from memorial_viewer.types import CollectionEntryInfo, CollectionInfo

INTERVAL_MS = 5000


class Slideshow(QDialog):
    """Left/Right to step, Space to pause, Esc to close."""

    def __init__(self, archive: Archive, runner: TaskRunner, collection_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.collection_id = collection_id
        self.entries: list[CollectionEntryInfo] = []
        self.index = -1
        self._gen = Generation()
        self._pixmap = QPixmap()
        self.setWindowTitle(self.tr("Slideshow"))
        self.setStyleSheet("background: #111; color: #eee;")
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(320, 240)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        font = self.caption.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.caption.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.caption)
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.step(1))
        self.resize(1000, 720)

    def start(self) -> None:
        """Read the collection in a worker, then show its first entry and start advancing."""
        archive, cid = self.archive, self.collection_id
        self.runner.submit(lambda: archive.collections.get(cid), self._loaded,
                           self.caption.setText)

    def _loaded(self, info: CollectionInfo) -> None:
        self.setWindowTitle(self.tr("Slideshow: %1").replace("%1", info.name))
        self.entries = list(info.entries)
        self.step(1)
        self.timer.start()

    def step(self, delta: int) -> None:
        if not self.entries:
            self.caption.setText(self.tr("This collection is empty"))
            return
        self.index = (self.index + delta) % len(self.entries)
        entry = self.entries[self.index]
        self.caption.setText(entry.caption or entry.title)
        gen = self._gen.next()
        if entry.kind != "photo":
            self._pixmap = QPixmap()
            self.image.setText(entry.title)
            return
        archive = self.archive

        def load() -> QImage:
            detail = archive.items.get(entry.item_id)
            return decode_original(archive.media_path(detail.media_path))

        self.runner.submit(load, lambda image: self._show(gen, image), lambda _m: None)

    def _show(self, gen: int, image: QImage) -> None:
        if self._gen.current(gen):
            self._pixmap = QPixmap.fromImage(image)
            self._fit()

    def _fit(self) -> None:
        if not self._pixmap.isNull():
            dpr = self.devicePixelRatioF()
            scaled = self._pixmap.scaled(self.image.size() * dpr,
                                         Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(dpr)
            self.image.setPixmap(scaled)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.step(-1)
        elif key == Qt.Key.Key_Space:
            if self.timer.isActive():
                self.timer.stop()
            else:
                self.timer.start()
        else:
            super().keyPressEvent(event)
