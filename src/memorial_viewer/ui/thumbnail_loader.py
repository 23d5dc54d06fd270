"""Thumbnails for the grid: built by `ensure_thumbnail` in a thread pool, shown as QPixmaps.

Requests come from painting, so only visible cells ask. Requests wait in a last-in-first-out
queue with a cap: after a fast scroll the cells now on screen are served first and the ones
scrolled past are dropped. Images are decoded in the pool (QImage is thread-safe, QPixmap is
not); the UI thread only wraps them as pixmaps in a bounded QPixmapCache.
"""

from __future__ import annotations

import contextlib
import math
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap, QPixmapCache

if TYPE_CHECKING:
    from memorial_viewer.archive import Archive

CACHE_SIDE = 512  # the size the importer already builds, so browsing rarely decodes originals
QUEUE_CAP = 300
PIXMAP_CACHE_KB = 96 * 1024


@dataclass(frozen=True)
class _Request:
    key: str
    item_id: int
    sha256: str
    pixels: int


class _Signals(QObject):
    decoded = Signal(str, int, QImage)
    broken = Signal(str, int)


def bucket(side: float, dpr: float) -> int:
    """Physical pixel size rounded up to 32, so nearby zoom steps share cache entries."""
    return max(32, int(math.ceil(side * dpr / 32.0)) * 32)


def decode_thumbnail(archive: Archive, item_id: int, sha256: str, pixels: int,
                     db_lock: threading.Lock | None = None) -> QImage:
    """The cached thumbnail (built from the original if missing), scaled to fit `pixels`."""
    # Imported here, in the pool: memorial_viewer.thumbnails pulls in Pillow, which the window
    # does not need before its first thumbnail (start-up).
    from memorial_viewer.thumbnails import ensure_thumbnail, thumbnail_path

    path = thumbnail_path(archive.thumbnails_dir, sha256, CACHE_SIDE)
    if not _usable(path):
        with db_lock or contextlib.nullcontext():
            rel = archive.items.get(item_id).media_path
        original = archive.media_path(rel)
        path = ensure_thumbnail(archive.thumbnails_dir, sha256, original, CACHE_SIDE)
    reader = QImageReader(str(path), b"jpeg")
    reader.setDecideFormatFromContent(False)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > pixels:
        reader.setScaledSize(size.scaled(QSize(pixels, pixels), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise ValueError(reader.errorString())
    return image


def _usable(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


class _Drainer(QRunnable):
    """Serves queued requests, newest first, until the queue is empty."""

    def __init__(self, loader: ThumbnailLoader) -> None:
        super().__init__()
        self._loader = loader

    def run(self) -> None:
        loader = self._loader
        while (req := loader._pop()) is not None:
            try:
                image = decode_thumbnail(loader.archive, req.item_id, req.sha256, req.pixels,
                                         loader.db_lock)
            except Exception:  # noqa: BLE001 - a broken file shows a placeholder, not a crash
                loader._signals.broken.emit(req.key, req.item_id)
            else:
                loader._signals.decoded.emit(req.key, req.item_id, image)
        loader._drainer_done()


class ThumbnailLoader(QObject):
    """`pixmap()` answers from the cache or queues a build; `ready` says when to repaint."""

    ready = Signal(int)  # item id

    def __init__(self, archive: Archive, parent: QObject | None = None,
                 threads: int | None = None, db_lock: threading.Lock | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.db_lock = db_lock
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self._pool = QThreadPool(self)
        self._pool.setExpiryTimeout(-1)
        ideal = QThreadPool.globalInstance().maxThreadCount()
        self._pool.setMaxThreadCount(threads or max(1, ideal))
        self._lock = threading.Lock()
        self._queue: deque[_Request] = deque()
        self._pending: set[str] = set()
        self._broken: set[str] = set()
        self._drainers = 0
        self._signals = _Signals()
        self._signals.decoded.connect(self._on_decoded)
        self._signals.broken.connect(self._on_broken)
        self.decoded_count = 0

    def pixmap(self, item_id: int, sha256: str, side: float, dpr: float) -> QPixmap | None:
        """The thumbnail if it is ready; otherwise None, and it is queued."""
        pixels = bucket(side, dpr)
        key = f"{sha256}@{pixels}"
        found = QPixmapCache.find(key)
        if found is not None and not found.isNull():
            return found
        if key in self._broken:
            return None
        self._enqueue(_Request(key, item_id, sha256, pixels))
        return None

    def is_broken(self, sha256: str, side: float, dpr: float) -> bool:
        return f"{sha256}@{bucket(side, dpr)}" in self._broken

    def clear_queue(self) -> None:
        """Forget requests not started yet (the view changed entirely)."""
        with self._lock:
            for req in self._queue:
                self._pending.discard(req.key)
            self._queue.clear()

    def wait(self, msecs: int = 30_000) -> bool:
        self.clear_queue()
        return self._pool.waitForDone(msecs)

    # -- the queue (shared with the pool threads) -------------------------------------------

    def _enqueue(self, req: _Request) -> None:
        with self._lock:
            if req.key in self._pending:
                return
            self._pending.add(req.key)
            self._queue.append(req)
            while len(self._queue) > QUEUE_CAP:
                self._pending.discard(self._queue.popleft().key)
            start = self._drainers < self._pool.maxThreadCount()
            if start:
                self._drainers += 1
        if start:
            self._pool.start(_Drainer(self))

    def _pop(self) -> _Request | None:
        with self._lock:
            return self._queue.pop() if self._queue else None

    def _drainer_done(self) -> None:
        with self._lock:
            self._drainers -= 1
            restart = bool(self._queue) and self._drainers == 0
            if restart:
                self._drainers += 1
        if restart:
            self._pool.start(_Drainer(self))

    # -- back on the UI thread -------------------------------------------------------------

    def _on_decoded(self, key: str, item_id: int, image: QImage) -> None:
        if not shiboken6.isValid(self):
            return
        with self._lock:
            self._pending.discard(key)
        pixmap = QPixmap.fromImage(image)
        QPixmapCache.insert(key, pixmap)
        self.decoded_count += 1
        self.ready.emit(item_id)

    def _on_broken(self, key: str, item_id: int) -> None:
        if not shiboken6.isValid(self):
            return
        with self._lock:
            self._pending.discard(key)
        self._broken.add(key)
        self.ready.emit(item_id)
