"""Shared fixtures: a fresh archive, and small input files written by the tests themselves."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from memorial_viewer.archive import Archive  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test may touch the real user's data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("MEMORIAL_VIEWER_ARCHIVE", str(home / "default-archive"))


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.create(tmp_path / "archive") as a:
        yield a


ENGLISH = """On the night of 19 to 20 January 1990 Soviet army units entered Baku.

The victims were buried in the upland park that became Martyrs' Alley. On January 21, 1990
hundreds of thousands of people walked to the funeral.

In 1994 the parliament of Azerbaijan gave the events a political assessment.
"""

AZERBAIJANI = """20 Yanvar faciəsi

20 Yanvar 1990-cı il gecəsi sovet qoşunları Bakıya daxil oldu.

Şəhidlər Xiyabanında hər il insanlar qərənfil qoyurlar. Rauf Qafarov xatirələrini danışır.
"""

RUSSIAN = """Трагедия 20 января

В ночь на 20 января 1990 года советские войска вошли в Баку.

Рауф Гафаров вспоминает тот день. Аллея шехидов находится в нагорной части города.
"""


def write(path: Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_bytes(data.encode(encoding))
    else:
        path.write_bytes(data)
    return path


def make_jpeg(
    path: Path,
    *,
    size=(640, 480),
    color=(120, 110, 100),
    exif_date: str | None = None,
    description: str | None = None,
    orientation: int | None = None,
) -> Path:
    from PIL import Image

    img = Image.new("RGB", size, color)
    for x in range(0, size[0], 16):  # some structure so JPEG is not trivial
        img.putpixel((x, x % size[1]), (255, 255, 255))
    exif = Image.Exif()
    if exif_date:
        exif[0x0132] = exif_date
        exif.get_ifd(0x8769)[0x9003] = exif_date
    if description:
        exif[0x010E] = description
    if orientation:
        exif[0x0112] = orientation
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "JPEG", exif=exif, quality=85)
    return path


@pytest.fixture
def sample_folder(tmp_path: Path) -> Path:
    """One file of every supported kind, all valid."""
    root = tmp_path / "incoming"
    write(root / "english.txt", ENGLISH)
    write(root / "az.md", "# " + AZERBAIJANI)
    write(root / "ru-cp1251.txt", RUSSIAN, encoding="cp1251")
    write(
        root / "page.html",
        "<html lang='en'><head><title>Martyrs' Alley remembered</title>"
        "<meta property='article:published_time' content='2020-01-20T09:00:00Z'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Martyrs' Alley remembered</h1>"
        + "".join(f"<p>{p}</p>" for p in ENGLISH.split("\n\n"))
        + "</article><footer>Related news</footer></body></html>",
    )
    write(
        root / "batch.json",
        '{"items": [{"title": "Funeral on 22 January", "text": "People gathered on January 22, '
        '1990 in Baku.", "date": "1990-01-22", "subjects": ["funeral", "Baku"], '
        '"language": "en", "creator": "Archive staff"}, {"title": "Anniversary 2010", '
        '"text": "The twentieth anniversary was marked in 2010.", "date": "2010~"}]}',
    )
    make_jpeg(
        root / "photos" / "flame.jpg", exif_date="1990:01:22 11:30:00", description="Eternal flame"
    )
    from PIL import Image

    Image.new("RGB", (300, 200), (10, 20, 30)).save(root / "photos" / "scan.png")
    Image.new("I;16", (400, 300), 30000).save(root / "photos" / "master.tif")
    Image.new("RGB", (200, 200), (90, 90, 90)).save(root / "photos" / "web.webp")
    Image.new("P", (100, 80), 3).save(root / "photos" / "anim.gif")
    write(
        root / "photos" / "scan.png.json",
        '{"title": "Scanned leaflet", "caption": "Leaflet from January 1990", '
        '"date": "1990-01", "subjects": ["leaflet"]}',
    )
    return root
