"""Light and dark appearance: Fusion follows the colour scheme Qt reports for the system,
or the one the user chose; our own painted widgets ask `is_dark()` for their colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def apply_theme(app: QApplication, theme: str) -> None:
    """Use Fusion (identical on every platform) and the requested colour scheme."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.styleHints().setColorScheme(_SCHEMES.get(theme, Qt.ColorScheme.Unknown))
    if theme == "dark" or (theme == "system" and _system_dark()):
        app.setPalette(_dark_palette())
    else:
        app.setPalette(app.style().standardPalette())


def mute(label: QLabel, pixel_size: int = 0, margin: int = 0) -> None:
    """Secondary text in the palette's placeholder colour (a palette role, not a style sheet:
    the first style sheet in a window costs a style-sheet style and a re-polish)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    if pixel_size:
        font = label.font()
        font.setPixelSize(pixel_size)
        label.setFont(font)
    if margin:
        label.setMargin(margin)


def _system_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark() -> bool:
    """Whether the current palette is dark (its window colour is darker than its text)."""
    pal = QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < pal.color(
        QPalette.ColorRole.WindowText
    ).lightness()


def highlight_colors() -> tuple[QColor, QColor]:
    """(other hits, current hit) backgrounds for search highlights, readable in both themes."""
    if is_dark():
        return QColor("#6b5a00"), QColor("#b36b00")
    return QColor("#fff3a0"), QColor("#ffb84d")


def _dark_palette() -> QPalette:
    pal = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#dfe1e5")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Link: QColor("#7aa7ff"),
        QPalette.ColorRole.Highlight: QColor("#2f65ca"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.PlaceholderText: QColor("#8c8f94"),
    }
    for role, color in roles.items():
        pal.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7277"))
    return pal
