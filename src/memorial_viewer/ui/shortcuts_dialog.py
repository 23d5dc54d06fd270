"""The keyboard shortcuts help (F1), built from the window's own actions so it never lies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


# Keys handled by views themselves rather than by window actions.
def view_keys() -> list[tuple[str, str]]:
    return [
        (translate("ShortcutsDialog",
                   "Photo viewer: zoom in / out / fit / 100 %"), "+  −  0  1"),
        (translate("ShortcutsDialog",
                   "Photo viewer: rotate view / full screen / EXIF"), "R  F  I"),
        (translate("ShortcutsDialog",
                   "Photo viewer: previous / next photo"), "←  →"),
        (translate("ShortcutsDialog",
                   "Timeline: previous / next period, extend range"), "←  →  Shift+←/→"),
        (translate("ShortcutsDialog",
                   "Timeline: filter to period / drill down / up / clear"), "Enter  ↓  ↑  Esc"),
        (translate("ShortcutsDialog",
                   "Collection: edit caption / remove entry"), "F2  Delete"),
        (translate("ShortcutsDialog",
                   "Slideshow: previous / next / pause / close"), "←  →  Space  Esc"),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 620)
        rows = [
            (a.text().replace("&", ""),
             a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            for a in actions if not a.shortcut().isEmpty()
        ]
        rows += view_keys()
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for n, (action, keys) in enumerate(rows):
            self.table.setItem(n, 0, QTableWidgetItem(action))
            self.table.setItem(n, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
