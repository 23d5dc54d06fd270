"""The reader never loads a resource: not /dev/zero, not file://, not a CSS url().

Qt's rich-text widgets read any local path an image source or style names, and /dev/zero
aborts the process; these tests render such HTML and prove nothing was read, with inotify
watching the files that were named.
"""

from __future__ import annotations

import ctypes
import os
import struct
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage

from memorial_viewer.archive import Archive
from memorial_viewer.ui.main_window import MainWindow
from memorial_viewer.ui.safe_text import SafeDocument, SafeTextBrowser
from tests.conftest import write

IN_ACCESS, IN_OPEN = 0x001, 0x020
IN_NONBLOCK = os.O_NONBLOCK


class OpenWatch:
    """Counts open/read events on files (Linux inotify), to show they were never touched."""

    def __init__(self, paths: list[Path]) -> None:
        self.libc = ctypes.CDLL("libc.so.6", use_errno=True)
        self.fd = self.libc.inotify_init1(IN_NONBLOCK)
        assert self.fd >= 0
        for path in paths:
            assert self.libc.inotify_add_watch(self.fd, str(path).encode(),
                                               IN_OPEN | IN_ACCESS) >= 0

    def events(self) -> int:
        count = 0
        while True:
            try:
                data = os.read(self.fd, 4096)
            except BlockingIOError:
                return count
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                offset += 16 + length
                count += 1

    def close(self) -> None:
        os.close(self.fd)


pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify")

RED = (255, 0, 0)


def red_png(path: Path) -> Path:
    Image.new("RGB", (64, 64), RED).save(path)
    return path


def hostile_html(image: Path, css_image: Path) -> str:
    return (
        '<html><head><link rel="stylesheet" href="/dev/zero">'
        f"<style>@import url(/dev/zero); p {{ background-image: url({css_image}); }}</style>"
        "</head><body><p>Before</p>"
        '<img src="/dev/zero" width="64" height="64">'
        f'<img src="file://{image}" width="64" height="64">'
        f'<img src="{image}" width="64" height="64">'
        f'<div style="background-image: url({css_image}); width: 64px; height: 64px">x</div>'
        f'<table background="{css_image}"><tr><td>cell</td></tr></table>'
        "<p>After</p></body></html>"
    )


def has_red(image: QImage) -> bool:
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = QColor(image.pixel(x, y))
            if c.red() > 200 and c.green() < 60 and c.blue() < 60:
                return True
    return False


def test_browser_refuses_dev_zero_file_urls_and_css(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    image, css_image = red_png(tmp_path / "img.png"), red_png(tmp_path / "css.png")
    watch = OpenWatch([image, css_image])
    try:
        browser = SafeTextBrowser()
        qtbot.addWidget(browser)
        browser.resize(500, 600)
        browser.show()
        browser.setHtml(hostile_html(image, css_image))
        qtbot.waitExposed(browser)
        shot = browser.grab().toImage()
        refused = set(browser.document().refused)  # type: ignore[attr-defined]
        assert "/dev/zero" in refused
        assert f"file://{image}" in refused and str(css_image) in refused
        assert not has_red(shot)
        assert "Before" in browser.toPlainText() and "After" in browser.toPlainText()
        assert watch.events() == 0
        image.read_bytes()  # the watch itself works: a real read is seen
        assert watch.events() > 0
    finally:
        watch.close()


def test_returning_nothing_would_not_be_enough(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """Why SafeDocument returns a blank image: given None, Qt loads the path itself."""
    from PySide6.QtGui import QTextDocument

    class NaiveDocument(QTextDocument):
        def loadResource(self, kind, url):  # noqa: ANN001, ANN202, N802
            return None

    image = red_png(tmp_path / "img.png")
    watch = OpenWatch([image])
    try:
        doc = NaiveDocument()
        doc.setHtml(f'<img src="{image}">')
        doc.size()  # layout asks for the image
        target = QImage(200, 200, QImage.Format.Format_RGB32)
        target.fill(0xFFFFFF)
        from PySide6.QtGui import QPainter

        painter = QPainter(target)
        doc.drawContents(painter)
        painter.end()
        assert watch.events() > 0 and has_red(target)
    finally:
        watch.close()


def test_only_safe_documents_can_be_shown(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QTextDocument

    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    with pytest.raises(TypeError):
        browser.setDocument(QTextDocument())
    browser.setDocument(SafeDocument())


def test_an_article_with_hostile_markup_is_shown_as_text(qtbot, tmp_path: Path,  # noqa: ANN001
                                                        settings) -> None:
    image = red_png(tmp_path / "evil.png")
    text = ("Hostile article\n\n"
            f'<img src="/dev/zero"> <img src="file://{image}"> '
            f'<div style="background:url({image})">x</div> on 20 January 1990.\n')
    write(tmp_path / "in" / "hostile.txt", text)
    watch = OpenWatch([image])
    try:
        with Archive.create(tmp_path / "archive") as archive:
            archive.import_paths([tmp_path / "in"])
            window = MainWindow(archive, settings)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitUntil(lambda: window.table.model.rowCount() == 1)
            window.table.view.setCurrentIndex(window.table.model.index(0, 0))
            reader = window.reader
            qtbot.waitUntil(lambda: reader.detail is not None)
            assert '<img src="/dev/zero">' in reader.browser.toPlainText()
            assert not has_red(reader.browser.grab().toImage())
            window.close()
        assert watch.events() == 0
    finally:
        watch.close()
