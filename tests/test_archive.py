"""Opening, creating, refusing and upgrading archive folders."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from memorial_viewer import schema
from memorial_viewer.archive import DB_NAME, Archive
from memorial_viewer.errors import ArchiveError, NotAnArchiveError, ReadOnlyArchiveError


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_create_makes_wal_database_with_foreign_keys(tmp_path: Path) -> None:
    with Archive.create(tmp_path / "a") as archive:
        assert archive.stats().items == 0
    con = sqlite3.connect(tmp_path / "a" / DB_NAME)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert schema.current_revision(tmp_path / "a" / DB_NAME) == schema.HEAD
    assert (tmp_path / "a" / "media").is_dir()


def test_foreign_keys_are_enforced(archive: Archive) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), archive._ctx.write("test") as session:
        session.execute(
            text(
                "INSERT INTO mentions(item_id, edtf, earliest, latest, precision, approximate,"
                " start, \"end\", text) VALUES (999, '1990', '1990-01-01', '1990-12-31',"
                " 'year', 0, 0, 4, '1990')"
            )
        )


def test_folder_that_is_not_an_archive_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"x")
    before = listing(folder)
    with pytest.raises(NotAnArchiveError, match="not a memorial_viewer archive"):
        Archive.open(folder)
    with pytest.raises(NotAnArchiveError, match="not empty"):
        Archive.create(folder)
    assert listing(folder) == before


def test_missing_folder_is_not_created_by_open(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="does not exist"):
        Archive.open(tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists()


def test_database_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "fake"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(ArchiveError, match="not a readable SQLite database"):
        Archive.open(folder)
    assert listing(folder) == [DB_NAME]


def test_newer_schema_is_refused_with_clear_message(tmp_path: Path) -> None:
    Archive.create(tmp_path / "a").close()
    con = sqlite3.connect(tmp_path / "a" / DB_NAME)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(ArchiveError, match="newer memorial_viewer"):
        Archive.open(tmp_path / "a")


def test_archive_folder_can_move(tmp_path: Path, sample_folder: Path) -> None:
    with Archive.create(tmp_path / "a") as archive:
        archive.import_paths([sample_folder])
    os.rename(tmp_path / "a", tmp_path / "moved")
    with Archive.open(tmp_path / "moved") as archive:
        report = archive.check(fixity=True)
        assert report.ok, report.problems
        assert report.files_hashed == archive.stats().items - 1  # batch.json holds two items


def test_read_only_archive_opens_for_reading_and_refuses_edits(
    tmp_path: Path, sample_folder: Path
) -> None:
    with Archive.create(tmp_path / "a") as archive:
        archive.import_paths([sample_folder])
    with Archive.open(tmp_path / "a", readonly=True) as archive:
        assert archive.readonly
        assert archive.search("Baku").total > 0
        with pytest.raises(ReadOnlyArchiveError, match="read-only"):
            archive.collections.create("Nope")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_unwritable_folder_opens_read_only(tmp_path: Path, sample_folder: Path) -> None:
    with Archive.create(tmp_path / "a") as archive:
        archive.import_paths([sample_folder])
    for p in [tmp_path / "a", *(tmp_path / "a").rglob("*")]:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        with Archive.open(tmp_path / "a") as archive:
            assert archive.readonly
            assert archive.search("Baku").total > 0
    finally:
        for p in [tmp_path / "a", *(tmp_path / "a").rglob("*")]:
            p.chmod(0o755 if p.is_dir() else 0o644)


def test_archive_on_read_only_media_opens_immutable(
    tmp_path: Path, sample_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on a DVD or a write-protected drive: no WAL index can be created, nothing is written."""
    with Archive.create(tmp_path / "a") as archive:
        archive.import_paths([sample_folder])
    before = {p: p.stat().st_mtime_ns for p in (tmp_path / "a").rglob("*")}
    monkeypatch.setattr("memorial_viewer.location.writable", lambda path: False)
    with Archive.open(tmp_path / "a") as archive:
        assert archive.readonly
        assert archive.search("Martyrs").total > 0
        with pytest.raises(ReadOnlyArchiveError):
            archive.bookmarks.add(archive.search("Martyrs").hits[0].id, note="x")
    after = {p: p.stat().st_mtime_ns for p in (tmp_path / "a").rglob("*")}
    assert after == before
