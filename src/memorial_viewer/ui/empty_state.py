"""A view with a helpful message in place of its blank area when it has nothing to show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from memorial_viewer.ui.theme import mute


class EmptyState(QWidget):
    """Stacks a view and a centred message; `show_message(text)` or `show_view()`."""

    def __init__(self, view: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setObjectName("emptyState")
        mute(self.label, pixel_size=15, margin=24)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(view)
        self._stack.addWidget(self.label)

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self._stack.setCurrentWidget(self.label)

    def show_view(self) -> None:
        self._stack.setCurrentWidget(self.view)

    @property
    def showing_message(self) -> bool:
        return self._stack.currentWidget() is self.label
