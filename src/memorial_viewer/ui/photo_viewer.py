"""The photo viewer: fit, 100 %, zoom with wheel and keys, pan, rotate, previous/next, and the
EXIF and metadata panel. The cached thumbnail shows at once; the original is decoded by Pillow
in a worker (EXIF orientation applied) and replaces it when ready."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memorial_viewer.types import ItemDetail
from memorial_viewer.ui.thumbnail_loader import decode_thumbnail
from memorial_viewer.ui.workers import Generation, TaskRunner

if TYPE_CHECKING:
    from memorial_viewer.archive import Archive

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.02, 32.0
MAX_VIEW_PIXELS = 60_000_000


def decode_original(path: Path) -> QImage:
    """Decode an original for viewing (runs in a worker): orientation applied, 8-bit RGB(A)."""
    from PIL import Image, ImageOps

    with Image.open(path) as opened:
        if opened.width * opened.height > MAX_VIEW_PIXELS:
            opened.draft("RGB", (8000, 8000))
        im = ImageOps.exif_transpose(opened)
        if im.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
            low, high = im.getextrema()  # type: ignore[misc]
            scale = 255.0 / max(1.0, float(high) - float(low))
            im = im.point(lambda v: (v - low) * scale).convert("L")
        has_alpha = im.mode in ("RGBA", "LA", "PA") or "transparency" in im.info
        im = im.convert("RGBA" if has_alpha else "RGB")
        fmt = QImage.Format.Format_RGBA8888 if has_alpha else QImage.Format.Format_RGB888
        data = im.tobytes()
        image = QImage(data, im.width, im.height, im.width * len(im.getbands()), fmt)
        return image.copy()  # own the pixels: `data` dies with this function


class ImageView(QGraphicsView):
    """Shows one image: fit to window or a chosen scale, rotated in 90° steps, hand-panned."""

    zoomChanged = Signal(float)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fit_mode = True
        self.rotation = 0
        self._natural_width = 0  # the original's width, so 100 % means one image pixel

    def set_image(self, pixmap: QPixmap, natural_width: int) -> None:
        keep = self.scale_factor  # a sharper version keeps the user's zoom
        self.item.setPixmap(pixmap)
        self._natural_width = natural_width or pixmap.width()
        self.item.setTransformOriginPoint(self.item.boundingRect().center())
        self.scene().setSceneRect(self.item.sceneBoundingRect())
        if self.fit_mode:
            self._apply()
        else:
            self._set_scale(keep)

    def clear(self) -> None:
        self.item.setPixmap(QPixmap())

    @property
    def scale_factor(self) -> float:
        """Displayed size relative to the original's pixels (1.0 = 100 %)."""
        pix = self.item.pixmap()
        if pix.isNull():
            return 1.0
        t = self.transform()
        return math.hypot(t.m11(), t.m12()) * pix.width() / max(1, self._natural_width)

    def fit(self) -> None:
        self.fit_mode = True
        self._apply()

    def actual_size(self) -> None:
        self.fit_mode = False
        self._set_scale(1.0)

    def zoom(self, factor: float) -> None:
        self.fit_mode = False
        self._set_scale(self.scale_factor * factor)

    def rotate_view(self, degrees: int) -> None:
        self.rotation = (self.rotation + degrees) % 360
        self._apply()

    def _set_scale(self, scale: float) -> None:
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        pix = self.item.pixmap()
        per_pixmap_pixel = scale * max(1, self._natural_width) / max(1, pix.width())
        self.resetTransform()
        self.rotate(self.rotation)
        self.scale(per_pixmap_pixel, per_pixmap_pixel)
        self.zoomChanged.emit(scale)

    def _apply(self) -> None:
        if self.item.pixmap().isNull():
            return
        if self.fit_mode:
            self.resetTransform()
            self.rotate(self.rotation)
            rect = self.transform().mapRect(self.item.sceneBoundingRect())
            view = QRectF(self.viewport().rect()).adjusted(8, 8, -8, -8)
            factor = min(view.width() / max(1, rect.width()), view.height() / max(1, rect.height()))
            self.scale(factor, factor)
            self.centerOn(self.item)
            self.zoomChanged.emit(self.scale_factor)
        else:
            self._set_scale(self.scale_factor)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        if self.fit_mode:
            self._apply()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        delta = event.angleDelta().y()
        if delta:
            self.zoom(ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP)
        event.accept()


class PhotoViewer(QWidget):
    """A photo with its toolbar and EXIF/metadata panel; asks for previous/next photos."""

    previousRequested = Signal()  # noqa: N815
    nextRequested = Signal()  # noqa: N815
    fullScreenRequested = Signal()  # noqa: N815
    loaded = Signal(int)

    def __init__(self, archive: Archive, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.detail: ItemDetail | None = None
        self._gen = Generation()
        self.view = ImageView()
        self.view.setAccessibleName(self.tr("Photo"))
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(56)
        self.info = QTreeWidget()
        self.info.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.info.setAccessibleName(self.tr("Photo metadata and EXIF"))
        self.info.setRootIsDecorated(True)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        self.buttons: dict[str, QToolButton] = {}
        for key, label, tip in (
            ("prev", "◀", self.tr("Previous photo (Left)")),
            ("next", "▶", self.tr("Next photo (Right)")),
            ("fit", self.tr("Fit"), self.tr("Fit to window (0)")),
            ("actual", "100%", self.tr("Actual size (1)")),
            ("zoom_out", "−", self.tr("Zoom out (-)")),
            ("zoom_in", "+", self.tr("Zoom in (+)")),
            ("rotate", "⟳", self.tr("Rotate view (R)")),
            ("full", "⛶", self.tr("Full screen (F)")),
            ("info", "ℹ", self.tr("Show or hide EXIF and metadata (I)")),
        ):
            button = QToolButton(text=label, autoRaise=True)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            self.buttons[key] = button
            bar.addWidget(button)
            if key == "next":
                bar.addStretch(1)
        bar.addWidget(self.zoom_label)
        self.buttons["prev"].clicked.connect(self.previousRequested)
        self.buttons["next"].clicked.connect(self.nextRequested)
        self.buttons["fit"].clicked.connect(self.view.fit)
        self.buttons["actual"].clicked.connect(self.view.actual_size)
        self.buttons["zoom_in"].clicked.connect(lambda: self.view.zoom(ZOOM_STEP))
        self.buttons["zoom_out"].clicked.connect(lambda: self.view.zoom(1 / ZOOM_STEP))
        self.buttons["rotate"].clicked.connect(lambda: self.view.rotate_view(90))
        self.buttons["full"].clicked.connect(self.fullScreenRequested)
        self.buttons["info"].clicked.connect(self.toggle_info)
        self.view.zoomChanged.connect(lambda s: self.zoom_label.setText(f"{s * 100:.0f}%"))

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.info)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 150])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    @property
    def item_id(self) -> int | None:
        return self.detail.id if self.detail else None

    def open_item(self, item_id: int) -> None:
        """Show the thumbnail at once, then the original, both decoded in workers."""
        gen = self._gen.next()
        archive = self.archive

        def load_preview() -> tuple[ItemDetail, QImage]:
            detail = archive.items.get(item_id)
            return detail, decode_thumbnail(archive, item_id, detail.sha256, 1024)

        self.runner.submit(load_preview, lambda r: self._show_preview(gen, *r),
                           lambda m: self._failed(gen, m))

    def _show_preview(self, gen: int, detail: ItemDetail, preview: QImage) -> None:
        if not self._gen.current(gen):
            return
        self.detail = detail
        natural = detail.photo.display_size[0] if detail.photo else preview.width()
        self.view.rotation = 0
        self.view.fit_mode = True
        self.view.set_image(QPixmap.fromImage(preview), natural)
        self._fill_info(detail)
        path = self.archive.media_path(detail.media_path)
        self.runner.submit(lambda: decode_original(path), lambda img: self._show_full(gen, img),
                           lambda _m: None)
        self.loaded.emit(detail.id)

    def _show_full(self, gen: int, image: QImage) -> None:
        if self._gen.current(gen):
            self.view.set_image(QPixmap.fromImage(image), image.width())

    def _failed(self, gen: int, message: str) -> None:
        if self._gen.current(gen):
            self.detail = None
            self.view.clear()
            self.info.clear()
            QTreeWidgetItem(self.info, [self.tr("Error"), message])

    def _fill_info(self, d: ItemDetail) -> None:
        self.info.clear()
        meta = QTreeWidgetItem(self.info, [self.tr("Description")])
        for label, value in (
            (self.tr("Title"), d.title), (self.tr("Date"), d.date),
            (self.tr("Caption"), d.caption), (self.tr("Description"), d.description),
            (self.tr("Creator"), d.creator), (self.tr("Rights"), d.rights),
            (self.tr("Tags"), ", ".join(d.tags)),
            (self.tr("Collections"), ", ".join(d.collections)),
            (self.tr("File"), d.original_name), (self.tr("Size"), f"{d.size:,} B"),
        ):
            if value:
                QTreeWidgetItem(meta, [label, str(value)])
        if d.photo is not None:
            p = d.photo
            tech = QTreeWidgetItem(self.info, [self.tr("Image")])
            rows = [(self.tr("Format"), p.format), (self.tr("Pixels"), f"{p.width} × {p.height}"),
                    (self.tr("Camera"), p.camera), (self.tr("Taken"), p.capture_date),
                    (self.tr("Artist"), p.artist), (self.tr("Copyright"), p.copyright)]
            if p.gps is not None:
                rows.append((self.tr("GPS"), f"{p.gps.latitude:.5f}, {p.gps.longitude:.5f}"))
            for label, value in rows:
                if value:
                    QTreeWidgetItem(tech, [label, str(value)])
            exif = QTreeWidgetItem(self.info, ["EXIF"])
            for key in sorted(p.exif):
                QTreeWidgetItem(exif, [key, str(p.exif[key])])
        self.info.expandToDepth(0)
        self.info.resizeColumnToContents(0)

    def toggle_info(self) -> None:
        self.info.setVisible(not self.info.isVisible())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        actions = {
            Qt.Key.Key_Plus: lambda: self.view.zoom(ZOOM_STEP),
            Qt.Key.Key_Equal: lambda: self.view.zoom(ZOOM_STEP),
            Qt.Key.Key_Minus: lambda: self.view.zoom(1 / ZOOM_STEP),
            Qt.Key.Key_0: self.view.fit,
            Qt.Key.Key_1: self.view.actual_size,
            Qt.Key.Key_R: lambda: self.view.rotate_view(
                -90 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 90),
            Qt.Key.Key_Left: self.previousRequested.emit,
            Qt.Key.Key_PageUp: self.previousRequested.emit,
            Qt.Key.Key_Right: self.nextRequested.emit,
            Qt.Key.Key_PageDown: self.nextRequested.emit,
            Qt.Key.Key_F: self.fullScreenRequested.emit,
            Qt.Key.Key_I: self.toggle_info,
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()
