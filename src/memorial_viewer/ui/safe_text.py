"""Rich-text widgets that never read a resource.

Qt's QTextDocument/QTextBrowser load any local path named by `<img src>`, `file://` or a CSS
`url()` (and `<img src="/dev/zero">` aborts the process). These subclasses refuse every
resource request, whatever its scheme, and record what was refused so a test can prove it.

Refusing must not mean "return nothing": when `loadResource` gives Qt a null image, Qt's image
handler falls back to loading the path itself (`QImage::load(name)`), which is exactly the
hole. So an image request gets a blank placeholder image, anything else an empty value.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

_MAX_RECORDED = 200


def _placeholder(kind: int) -> object:
    """What a refused resource resolves to: never null, so Qt never loads it by itself."""
    if kind == QTextDocument.ResourceType.ImageResource.value:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        return image
    if kind == QTextDocument.ResourceType.StyleSheetResource.value:
        return ""
    return QByteArray()


def _kind_value(kind: object) -> int:
    return int(getattr(kind, "value", kind))  # type: ignore[arg-type]


def _record(refused: list[str], url: QUrl | str) -> None:
    """Keep the first refusals (enough for a test; repaints ask again and again)."""
    if len(refused) < _MAX_RECORDED:
        refused.append(url.toString() if isinstance(url, QUrl) else str(url))


class SafeDocument(QTextDocument):
    """A document whose resources are always blank."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refused: list[str] = []

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802
        _record(self.refused, url)
        return _placeholder(_kind_value(kind))


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that neither follows links nor loads images, style sheets or files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refused: list[str] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setDocument(SafeDocument(self))

    def setDocument(self, document: QTextDocument) -> None:  # noqa: N802
        """Only documents that refuse resources may be shown."""
        if not isinstance(document, SafeDocument):
            raise TypeError("SafeTextBrowser only shows SafeDocument instances")
        super().setDocument(document)

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802
        _record(self.refused, url)
        return _placeholder(_kind_value(kind))

    def setSource(self, url: QUrl, kind: object = None) -> None:  # noqa: N802
        """Navigation is refused too: a link never replaces the article with a file."""
        _record(self.refused, url)
