"""The window's actions, their shortcuts and menus, in one table.

Actions that change the archive are listed in `EDITING`, so a read-only archive can disable
all of them at once with the reason in their tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

EDITING = (
    "import_files", "import_folder", "new_collection", "bookmark", "bookmark_note",
    "save_search", "rename_collection", "delete_collection", "remove_from_collection",
    "edit_metadata",
)

K = QKeySequence.StandardKey


class Actions(QObject):
    """Builds every action and the menu bar of `window`; look actions up as attributes."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.all: dict[str, QAction] = {}
        spec: list[tuple[str, str, str, object]] = [
            ("file", "new_archive", self.tr("&New Archive…"), "Ctrl+Shift+N"),
            ("file", "open_archive", self.tr("&Open Archive…"), K.Open),
            ("file", "-", "", None),
            ("file", "import_files", self.tr("&Import Files…"), "Ctrl+I"),
            ("file", "import_folder", self.tr("Import &Folder…"), "Ctrl+Shift+I"),
            ("file", "-", "", None),
            ("file", "quit", self.tr("&Quit"), K.Quit),
            ("edit", "undo", self.tr("&Undo"), K.Undo),
            ("edit", "redo", self.tr("&Redo"), "Ctrl+Shift+Z"),
            ("edit", "-", "", None),
            ("edit", "find", self.tr("&Find…"), K.Find),
            ("edit", "save_search", self.tr("&Save Search…"), "Ctrl+S"),
            ("edit", "clear_search", self.tr("C&lear Search and Filters"), "Ctrl+Shift+X"),
            ("edit", "-", "", None),
            ("edit", "edit_metadata", self.tr("&Edit Metadata"), "Ctrl+E"),
            ("edit", "bookmark", self.tr("&Bookmark Item or Passage"), "Ctrl+D"),
            ("edit", "bookmark_note", self.tr("Bookmark with &Note…"), "Ctrl+Shift+D"),
            ("view", "view_all", self.tr("&All Items"), "Ctrl+1"),
            ("view", "view_articles", self.tr("A&rticles"), "Ctrl+2"),
            ("view", "view_photos", self.tr("&Photos"), "Ctrl+3"),
            ("view", "view_timeline", self.tr("&Timeline"), "Ctrl+4"),
            ("view", "view_bookmarks", self.tr("&Bookmarks"), "Ctrl+5"),
            ("view", "-", "", None),
            ("view", "focus_sidebar", self.tr("Go to &Sidebar"), "Alt+1"),
            ("view", "focus_items", self.tr("Go to &Items"), "Alt+2"),
            ("view", "focus_detail", self.tr("Go to &Detail"), "Alt+3"),
            ("view", "-", "", None),
            ("view", "zoom_in", self.tr("&Larger Text or Thumbnails"), K.ZoomIn),
            ("view", "zoom_out", self.tr("&Smaller Text or Thumbnails"), K.ZoomOut),
            ("view", "zoom_reset", self.tr("&Reset Text Size"), "Ctrl+0"),
            ("view", "next_hit", self.tr("&Next Hit"), "F3"),
            ("view", "prev_hit", self.tr("&Previous Hit"), "Shift+F3"),
            ("view", "-", "", None),
            ("view", "full_screen", self.tr("&Full Screen"), "F11"),
            ("collection", "new_collection", self.tr("&New Collection…"), K.New),
            ("collection", "rename_collection", self.tr("&Rename Collection…"), "F2"),
            ("collection", "delete_collection", self.tr("&Delete Collection…"), "Ctrl+Shift+Del"),
            ("collection", "remove_from_collection", self.tr("Re&move from Collection"), "Del"),
            ("collection", "slideshow", self.tr("&Slideshow"), "F5"),
            ("help", "shortcuts", self.tr("&Keyboard Shortcuts"), "F1"),
            ("help", "about", self.tr("&About Memorial Viewer"), None),
        ]
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
                  "collection": self.tr("&Collection"), "help": self.tr("&Help")}
        menus: dict[str, QMenu] = {k: window.menuBar().addMenu(v) for k, v in titles.items()}
        self.menus = menus
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        for menu_key, key, text, shortcut in spec:
            menu = menus[menu_key]
            if key == "-":
                menu.addSeparator()
                continue
            action = QAction(text, window)
            action.setObjectName(key)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))  # type: ignore[arg-type]
            menu.addAction(action)
            window.addAction(action)  # shortcuts work even with the menu bar hidden
            self.all[key] = action
            if key == "open_archive":
                menu.addMenu(self.recent_menu)
        self.theme_menu = menus["view"].addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(window)
        for key, text in (("system", self.tr("Follow the &System")), ("light", self.tr("&Light")),
                          ("dark", self.tr("&Dark"))):
            action = QAction(text, window, checkable=True)
            action.setData(key)
            self.theme_group.addAction(action)
            self.theme_menu.addAction(action)
        self.language_menu = menus["view"].addMenu(self.tr("L&anguage"))
        self.language_group = QActionGroup(window)
        # Each language is named in itself, so anyone can find their own in any translation.
        for key, text in (("", self.tr("Follow the &System")), ("en", "English"),
                          ("az", "Azərbaycanca"), ("ru", "Русский")):
            action = QAction(text, window, checkable=True)
            action.setData(key)
            action.setObjectName(f"language_{key or 'system'}")
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
        self.full_screen.setCheckable(True)

    def __getattr__(self, name: str) -> QAction:
        found = self.__dict__.get("all", {}).get(name)
        if found is None:
            raise AttributeError(name)
        return found

    def shortcut_actions(self) -> list[QAction]:
        return list(self.all.values())

    def set_readonly(self, readonly: bool, why: str) -> None:
        for key in EDITING:
            action = self.all[key]
            action.setEnabled(not readonly)
            action.setToolTip(why if readonly else action.text().replace("&", ""))
            action.setStatusTip(why if readonly else "")
