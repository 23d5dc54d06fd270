"""The user's preferences, kept with QSettings: layout, thumbnail size, theme, last view, recents.

One typed accessor per setting, so the keys and their defaults live in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT_ARCHIVES = 8
MAX_RECENT_SEARCHES = 20
DEFAULT_THUMB_SIZE = 160
THUMB_SIZES = (96, 320)


class Settings:
    """Typed view over QSettings (organisation/application names set by the app)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._s = store or QSettings()

    # -- window layout ---------------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def state(self, key: str) -> QByteArray | None:
        value = self._s.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)

    def set_state(self, key: str, state: QByteArray) -> None:
        self._s.setValue(f"window/{key}", state)

    # -- view preferences ------------------------------------------------------------------

    def thumb_size(self) -> int:
        size = self._int("view/thumb_size", DEFAULT_THUMB_SIZE)
        return max(THUMB_SIZES[0], min(THUMB_SIZES[1], size))

    def set_thumb_size(self, size: int) -> None:
        self._s.setValue("view/thumb_size", int(size))

    def reader_font_size(self) -> int:
        return max(8, min(40, self._int("view/reader_font", 14)))

    def set_reader_font_size(self, size: int) -> None:
        self._s.setValue("view/reader_font", int(size))

    def theme(self) -> str:
        value = str(self._s.value("view/theme", "system"))
        return value if value in ("system", "light", "dark") else "system"

    def set_theme(self, theme: str) -> None:
        self._s.setValue("view/theme", theme)

    def last_view(self) -> str:
        return str(self._s.value("view/last", "library:all"))

    def set_last_view(self, key: str) -> None:
        self._s.setValue("view/last", key)

    def language(self) -> str:
        return str(self._s.value("view/language", ""))

    def set_language(self, code: str) -> None:
        self._s.setValue("view/language", code)

    # -- recents ---------------------------------------------------------------------------

    def recent_archives(self) -> list[str]:
        return self._list("recent/archives")

    def add_recent_archive(self, path: str) -> None:
        self._push("recent/archives", path, MAX_RECENT_ARCHIVES)

    def recent_searches(self) -> list[str]:
        return self._list("recent/searches")

    def add_recent_search(self, query: str) -> None:
        if query.strip():
            self._push("recent/searches", query.strip(), MAX_RECENT_SEARCHES)

    def sync(self) -> None:
        self._s.sync()

    # -- helpers ---------------------------------------------------------------------------

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._s.value(key, default))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default

    def _list(self, key: str) -> list[str]:
        value = self._s.value(key, [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _push(self, key: str, value: str, limit: int) -> None:
        items = [v for v in self._list(key) if v != value]
        self._s.setValue(key, [value, *items][:limit])
