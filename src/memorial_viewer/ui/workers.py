"""Running core calls off the UI thread and bringing their results back as Qt signals.

Every call that may take more than a few milliseconds (search, pages, timeline counts, imports,
image decoding) goes through `submit`, so the event loop never waits on SQLite or Pillow.
"""

from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from memorial_viewer.errors import MemorialError


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    """One function call in the pool; its signals outlive it until delivered."""

    def __init__(self, fn: Callable[[], Any], lock: threading.Lock | None) -> None:
        super().__init__()
        self.fn = fn
        self.lock = lock
        self.signals = _Signals()

    def run(self) -> None:
        try:
            if self.lock is None:
                result = self.fn()
            else:
                with self.lock:
                    result = self.fn()
        except MemorialError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - a worker must report, never kill the app
            traceback.print_exc()
            self.signals.failed.emit(f"{exc.__class__.__name__}: {exc}")
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Submits jobs to a thread pool and tells the status bar how many are running."""

    busyChanged = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None,
                 lock: threading.Lock | None = None) -> None:
        """`lock`, when given, is held around every job: calls into the archive never overlap."""
        super().__init__(parent)
        self.lock = lock
        self.pool = QThreadPool(self)
        self.pool.setExpiryTimeout(-1)  # stable threads: see READONLY_THREADS in main_window
        if max_threads:
            self.pool.setMaxThreadCount(max_threads)
        self._live: set[_Job] = set()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Run `fn()` in the pool; `on_done(result)` / `on_error(message)` run on the UI thread."""
        job = _Job(fn, self.lock)
        job.setAutoDelete(False)
        self._live.add(job)

        def deliver(callback: Callable[[Any], None] | None, payload: object) -> None:
            if not shiboken6.isValid(self):  # the window closed while the job ran
                return
            self._live.discard(job)
            self.busyChanged.emit(len(self._live))
            if callback is None:
                return
            try:
                callback(payload)
            except RuntimeError as exc:  # the receiving widget was closed meanwhile
                if "already deleted" not in str(exc):
                    raise

        # Lambdas keep the callbacks alive (PySide holds bound methods weakly) and run on the
        # UI thread: the signals object lives there, so the connection is queued.
        job.signals.done.connect(lambda result: deliver(on_done, result))
        job.signals.failed.connect(lambda message: deliver(on_error, message))
        self.busyChanged.emit(len(self._live))
        self.pool.start(job)

    @property
    def busy(self) -> int:
        return len(self._live)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job ended: only when closing an archive."""
        return self.pool.waitForDone(msecs)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._callback)  # once this paint is done
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` on the event-loop turn after `widget` first paints (never, if it is
    deleted before): background work that would compete with that paint for the GIL waits."""
    _FirstPaint(widget, callback)


class Generation:
    """A counter that makes late results recognisable: a result carries the value it was
    asked with, and is dropped when the counter has moved on (search-as-you-type)."""

    def __init__(self) -> None:
        self.value = 0

    def next(self) -> int:
        self.value += 1
        return self.value

    def current(self, value: int) -> bool:
        return value == self.value


_heap_frozen = False


def freeze_startup_heap() -> None:
    """Move everything alive after start-up (modules, classes, SQLAlchemy's metadata, the
    window) out of the cyclic garbage collector's reach, once per process.

    A full (generation 2) collection walks every tracked object while holding the GIL, in
    whichever thread triggers it - usually a worker building a page of ORM objects. With the
    ~85,000 objects start-up leaves behind, each such collection froze the UI thread for
    40-160 ms (the longest stalls while scrolling and switching views). Frozen objects are
    never collected, which costs nothing here: they live as long as the process anyway.
    """
    global _heap_frozen  # noqa: PLW0603 - a process-wide, one-time switch
    if _heap_frozen:
        return
    _heap_frozen = True
    gc.freeze()
