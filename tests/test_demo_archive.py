"""The demo archive built on first run: every feature has something to show."""

from __future__ import annotations

from pathlib import Path

import pytest

from memorial_viewer.archive import Archive
from memorial_viewer.cli import main
from memorial_viewer.paths import default_archive_dir


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("demo") / "archive"
    assert main(["init", str(target), "--demo"]) == 0
    return target


def test_demo_has_articles_in_three_languages_and_photos(demo: Path) -> None:
    with Archive.open(demo) as archive:
        stats = archive.stats()
        assert stats.articles >= 12 and stats.photos >= 24
        languages = {s.language for s in archive.items.page(kind="article", limit=100)}
        assert {"en", "az", "ru"} <= languages
        assert archive.check(fixity=True).ok


def test_demo_shows_curation(demo: Path) -> None:
    with Archive.open(demo) as archive:
        collections = archive.collections.list()
        assert len(collections) == 2 and all(c.count >= 5 for c in collections)
        assert all(c.cover_item_id for c in collections)
        assert len(archive.bookmarks.list()) >= 4
        assert any(b.passage for b in archive.bookmarks.list())
        assert len(archive.saved_searches.list()) >= 2
        assert len(archive.tags.list()) >= 10


def test_demo_timeline_has_item_and_mentioned_dates(demo: Path) -> None:
    with Archive.open(demo) as archive:
        by_item = {b.period: b.count for b in archive.timeline()}
        mentioned = {b.period: b.count for b in archive.timeline(axis="mentioned")}
        assert "1990" in by_item and len(by_item) >= 5
        assert mentioned["1990"] >= 10


def test_demo_photos_carry_exif(demo: Path) -> None:
    with Archive.open(demo) as archive:
        photos = [archive.show(s.id) for s in archive.items.page(kind="photo", limit=100)]
        assert any(p.date_source == "exif" for p in photos)
        assert any(p.photo.orientation == 6 for p in photos)
        assert any(p.photo.gps for p in photos)
        assert any(p.caption for p in photos)


def test_first_run_creates_the_default_archive_as_demo(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`import` without --archive on first run: the demo archive, then the new files."""
    (tmp_path / "note.txt").write_text("A note about Martyrs' Alley, 20 January 1990.\n")
    assert main(["import", str(tmp_path / "note.txt"), "--json"]) == 0
    assert '"imported": 1' in capsys.readouterr().out
    with Archive.open(default_archive_dir()) as archive:
        assert archive.stats().items > 40
        assert len(archive.collections.list()) == 2
