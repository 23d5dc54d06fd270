"""Desktop speed benchmark (issue 5: the desktop application).

    python -m tests.benchmarks.bench_ui [--articles 100000] [--photos 20000] [--workdir DIR]
    python -m tests.benchmarks.bench_ui --archive DIR     # measure an archive built before
    python -m tests.benchmarks.bench_ui --archive DIR --startup-only

Builds a synthetic archive through the public import (articles of ~120 words, 800x600 camera
JPEGs), then measures, offscreen:

- start-up: process start -> main window showing the first page of items, as a ratio to an
  empty PySide6 QMainWindow started the same way (a child `python -c`), median of 5 runs;
  the child starts the app as `memorial-viewer` does (`ui.app.launch`), and also reports when
  the archive is open and every panel built;
- the longest UI-thread stall, from a 5 ms QTimer probe, while scrolling the whole photo grid,
  typing a query letter by letter, and switching views;
- thumbnails per second through the app's ThumbnailLoader (cache emptied first) against a bare
  single-threaded Pillow draft-mode thumbnail loop over the same originals;
- resident memory after scrolling the whole grid.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PHOTO_SIZE = (800, 600)
THUMB_SAMPLE = 300

EMPTY_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print("READY", flush=True)
"""

APP_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from memorial_viewer.ui.app import launch
from memorial_viewer.ui.settings import Settings
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
app, switcher = launch(Path(sys.argv[1]), sys.argv[:1], settings)
window = switcher.window
shown = []
def check():
    if not shown and window.isVisible() and window.table.model.rowCount() > 0:
        app.processEvents()
        shown.append(1)
        print("READY", window.table.model.rowCount(), flush=True)
    if shown and window.ready:
        print("OPEN", flush=True)
        app.quit()
timer = QTimer(interval=1)
timer.timeout.connect(check)
timer.start()
app.exec()
"""


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


# -- building -------------------------------------------------------------------------------


def build_archive(work: Path, articles: int, photos: int) -> Path:
    from memorial_viewer.archive import Archive
    from tests.benchmarks.synthetic import write_articles, write_photos

    t = time.perf_counter()
    write_articles(work / "src" / "articles", articles, words=120)
    write_photos(work / "src" / "photos", photos, size=PHOTO_SIZE)
    print(
        f"generated {articles} articles, {photos} photos in {time.perf_counter() - t:.0f} s",
        flush=True,
    )
    root = work / "archive"
    with Archive.create(root) as archive:
        for sub in ("articles", "photos"):
            t = time.perf_counter()
            report = archive.import_paths([work / "src" / sub])
            took = time.perf_counter() - t
            print(
                f"imported {len(report.imported)} {sub} in {took:.0f} s "
                f"({len(report.imported) / took:.0f}/s), rejected {len(report.rejected)}",
                flush=True,
            )
    return root


# -- start-up -------------------------------------------------------------------------------


def child_env() -> dict[str, str]:
    """Offscreen, and with bytecode caching as installed applications have it (pip compiles
    .pyc files at install time; PYTHONDONTWRITEBYTECODE would recompile every module)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_child(code: str, *args: str) -> tuple[float, float]:
    """Seconds from process start to READY (the first page shown) and to OPEN (the archive
    open and every panel built; the empty window has no such second step)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert proc.stdout is not None
    ready = opened = 0.0
    for line in proc.stdout:
        if line.startswith("READY"):
            ready = opened = time.perf_counter() - start
        elif line.startswith("OPEN"):
            opened = time.perf_counter() - start
    proc.wait()
    if not ready:
        raise RuntimeError("child did not get ready")
    return ready, opened


def startup(archive: Path, work: Path) -> tuple[float, float, float]:
    """Median of 5 runs each: app to first page, empty window, app to archive open."""
    ini = str(work / "bench-settings.ini")
    time_child(APP_WINDOW, str(archive), ini)  # warm the page cache once
    empty = [time_child(EMPTY_WINDOW)[0] for _ in range(5)]
    app = [time_child(APP_WINDOW, str(archive), ini) for _ in range(5)]
    return (
        statistics.median(r for r, _o in app),
        statistics.median(empty),
        statistics.median(o for _r, o in app),
    )


# -- stalls ---------------------------------------------------------------------------------


class StallProbe:
    """A 5 ms timer; the worst lateness of its ticks is the longest UI-thread stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer(interval=5)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self._last = 0.0

    def start(self) -> None:
        self.worst = 0.0
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst * 1000

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last - 0.005)
        self._last = now


def run_until(app, done, timeout: float = 600.0) -> None:  # noqa: ANN001
    """Spin the real event loop (app.exec) until `done()` is true."""
    from PySide6.QtCore import QTimer

    deadline = time.perf_counter() + timeout
    timer = QTimer(interval=2)

    def check() -> None:
        if done() or time.perf_counter() > deadline:
            timer.stop()
            app.quit()

    timer.timeout.connect(check)
    timer.start()
    app.exec()


def drive(app, steps, interval_ms: int, wait_between) -> None:  # noqa: ANN001
    """Run each step from the event loop, one per `interval_ms`, after `wait_between()`."""
    from PySide6.QtCore import QTimer

    pending = list(steps)
    timer = QTimer(interval=interval_ms)

    def tick() -> None:
        if not wait_between():
            return
        if not pending:
            timer.stop()
            app.quit()
            return
        pending.pop(0)()

    timer.timeout.connect(tick)
    timer.start()
    app.exec()


def drive_until(app, step, interval_ms: int, done, timeout: float = 900.0) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer

    timer = QTimer(interval=interval_ms)
    deadline = time.perf_counter() + timeout

    def tick() -> None:
        if done() or time.perf_counter() > deadline:
            timer.stop()
            app.quit()
        else:
            step()

    timer.timeout.connect(tick)
    timer.start()
    app.exec()


def measure_stalls(app, window) -> dict[str, float]:  # noqa: ANN001
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtTest import QTest

    probe = StallProbe()
    results: dict[str, float] = {}
    model = window.table.model
    # Measured once start-up is over: the archive open and every panel built (~0.5 s).
    run_until(app, lambda: window.ready and model.total is not None and model.rowCount() > 0)

    # scrolling the whole photo grid
    window.sidebar.select_key("library:photo")
    grid = window.grid
    bar = grid.view.verticalScrollBar()
    run_until(app, lambda: grid.model.rowCount() > 0)
    probe.start()
    t = time.perf_counter()

    def scrolled() -> bool:
        """Every photo loaded and the last one on screen. The grid lays items out in batches,
        so the scroll bar's maximum alone can trail the rows already loaded."""
        model = grid.model
        if model.canFetchMore(QModelIndex()) or model.loading or not model.rowCount():
            return False
        last = grid.view.visualRect(model.index(model.rowCount() - 1, 0))
        return (not last.isEmpty() and grid.view.viewport().rect().intersects(last)
                and bar.value() >= bar.maximum())

    steps_done = 0

    def step() -> None:  # one page down every 16 ms, like a held Page Down key
        nonlocal steps_done
        bar.setValue(bar.value() + bar.pageStep())
        steps_done += 1

    drive_until(app, step, 16, scrolled)
    results["scroll whole grid"] = probe.stop()
    scroll_s = time.perf_counter() - t
    print(
        f"  scrolled {grid.model.rowCount()} photos in {scroll_s:.1f} s ({steps_done} page steps)",
        flush=True,
    )
    results["rss_after_scroll_mb"] = rss_mb()

    # typing a query letter by letter
    window.sidebar.select_key("library:all")
    run_until(app, lambda: not model.loading)
    field = window.search.field
    field.setFocus()
    probe.start()
    keys = [lambda ch=ch: QTest.keyClick(field, ch) for ch in "memorial baku"]
    drive(app, keys, 90, lambda: True)
    run_until(app, lambda: model.query.text == "memorial baku" and not model.loading)
    results["typing a query"] = probe.stop()
    QTest.keyClick(field, Qt.Key.Key_Escape)
    window.search.clear()

    # switching views
    probe.start()
    order = ["library:article", "library:photo", "timeline", "bookmarks", "library:all"] * 3
    switches = [lambda k=k: window.sidebar.select_key(k) for k in order]
    drive(app, switches, 150, lambda: not model.loading and not window.grid.model.loading)
    run_until(app, lambda: not model.loading)
    results["switching views"] = probe.stop()
    return results


# -- thumbnails -----------------------------------------------------------------------------


def thumbnails(app, archive) -> tuple[float, float, int]:  # noqa: ANN001
    from PIL import Image, ImageOps

    from memorial_viewer.thumbnails import thumbnail_path
    from memorial_viewer.ui.thumbnail_loader import CACHE_SIDE, ThumbnailLoader

    photos = archive.items.page(kind="photo", sort="imported", limit=THUMB_SAMPLE)
    originals = [archive.media_path(archive.items.get(p.id).media_path) for p in photos]

    def clear() -> None:
        for p in photos:
            thumbnail_path(archive.thumbnails_dir, p.sha256, CACHE_SIDE).unlink(missing_ok=True)

    t = time.perf_counter()
    for path in originals:
        with Image.open(path) as im:
            im.draft("RGB", (CACHE_SIDE, CACHE_SIDE))
            im = ImageOps.exif_transpose(im)
            im.thumbnail((CACHE_SIDE, CACHE_SIDE))
            im.convert("RGB").save(io.BytesIO(), "JPEG", quality=85)
    bare = len(originals) / (time.perf_counter() - t)

    clear()
    from PySide6.QtGui import QPixmapCache

    QPixmapCache.clear()
    loader = ThumbnailLoader(archive)
    ready: set[int] = set()
    loader.ready.connect(ready.add)
    t = time.perf_counter()
    for p in photos:
        loader.pixmap(p.id, p.sha256, 160, 1.0)
    run_until(app, lambda: len(ready) >= len(photos), timeout=300)
    ours = len(ready) / (time.perf_counter() - t)
    loader.wait()
    return ours, bare, len(originals)


# -- main -----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--photos", type=int, default=20_000)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--archive", type=Path, help="an archive built by an earlier run")
    parser.add_argument("--startup-only", action="store_true", help="measure start-up alone")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="mv-bench-ui-", dir=args.workdir))
    root = args.archive or build_archive(work, args.articles, args.photos)
    print(f"archive: {root}", flush=True)

    app_s, empty_s, open_s = startup(root, work)
    print(
        f"start-up to first page: {app_s * 1000:.0f} ms; empty QMainWindow: "
        f"{empty_s * 1000:.0f} ms; ratio {app_s / empty_s:.2f}x (target <= 2x); "
        f"archive open and every panel built: {open_s * 1000:.0f} ms",
        flush=True,
    )
    if args.startup_only:
        return

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from memorial_viewer.archive import Archive
    from memorial_viewer.ui.main_window import MainWindow
    from memorial_viewer.ui.settings import Settings

    app = QApplication(sys.argv[:1])
    with Archive.open(root) as archive:
        counts = (archive.items.count("article"), archive.items.count("photo"))
        print(f"items: {counts[0]} articles, {counts[1]} photos", flush=True)
        settings = Settings(QSettings(str(work / "stall-settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(archive, settings)
        window.resize(1280, 800)
        window.show()
        stalls = measure_stalls(app, window)
        rss = stalls.pop("rss_after_scroll_mb")
        for name, ms in stalls.items():
            print(f"longest UI stall, {name}: {ms:.1f} ms (target <= 50 ms)", flush=True)
        print(f"RSS after scrolling the whole grid: {rss:.0f} MB (target <= 600 MB)", flush=True)
        window.close()
        ours, bare, n = thumbnails(app, archive)
        print(
            f"thumbnails ({n} x {PHOTO_SIZE[0]}x{PHOTO_SIZE[1]} JPEG, cache emptied): "
            f"{ours:.0f}/s via ThumbnailLoader vs {bare:.0f}/s bare Pillow draft loop; "
            f"ratio {ours / bare:.2f}x (target >= 0.8x)",
            flush=True,
        )


if __name__ == "__main__":
    main()
