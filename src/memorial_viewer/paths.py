"""Where things live on this machine: the default archive and the shipped resources."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "memorial-viewer"
ENV_ARCHIVE = "MEMORIAL_VIEWER_ARCHIVE"


def default_archive_dir() -> Path:
    """The user's archive: $MEMORIAL_VIEWER_ARCHIVE, else the per-user data folder."""
    override = os.environ.get(ENV_ARCHIVE)
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_NAME, appauthor=False) / "archive"


def resources_dir() -> Path:
    """`resources/` inside the installed wheel, or the source tree's in a development checkout."""
    packaged = Path(str(resources.files("memorial_viewer"))) / "resources"
    if packaged.is_dir():
        return packaged
    source = Path(__file__).resolve().parents[2] / "resources"
    if source.is_dir():
        return source
    raise FileNotFoundError("memorial_viewer resources are missing from this installation")
