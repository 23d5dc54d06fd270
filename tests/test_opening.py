"""The early start: list pages straight from SQLite, and an archive that opens on first use."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from memorial_viewer.archive import DB_NAME, Archive
from memorial_viewer.errors import ArchiveError, NotAnArchiveError
from memorial_viewer.listing import ORDERS
from memorial_viewer.opening import OpeningArchive
from memorial_viewer.types import ItemEdit


@pytest.fixture
def filled(tmp_path: Path, sample_folder: Path) -> Path:
    root = tmp_path / "filled"
    with Archive.create(root) as archive:
        report = archive.import_paths([sample_folder])
        assert len(report.imported) >= 5
        first = report.imported[0]
        archive.items.update(first, ItemEdit(publisher="Zeta press", language="az"))
    return root


def test_early_pages_equal_the_archives_in_every_order(filled: Path) -> None:
    opening = OpeningArchive(filled)
    try:
        assert opening.listing.count() > 0
        early = {
            (sort, kind, desc): opening.listing.page(kind=kind, sort=sort, descending=desc)
            for sort in ORDERS
            for kind in (None, "article", "photo")
            for desc in (False, True)
        }
        assert not opening.is_open  # all of that without opening the archive
        with Archive.open(filled) as archive:
            for (sort, kind, desc), rows in early.items():
                assert rows == archive.items.page(kind=kind, sort=sort, descending=desc)
                assert len(rows) == archive.items.count(kind)
    finally:
        opening.close()


def test_pages_follow_the_order_asked_for(filled: Path) -> None:
    with Archive.open(filled) as archive:
        by_title = archive.items.page(sort="title")
        assert [s.title.lower() for s in by_title] == sorted(s.title.lower() for s in by_title)
        by_date = archive.items.page(sort="date")
        dated = [s.date_earliest for s in by_date if s.date_earliest is not None]
        assert dated == sorted(dated)
        assert all(s.date_earliest is None for s in by_date[len(dated):])  # undated last
        by_source = archive.items.page(sort="source")
        assert by_source[0].source == "Zeta press"  # the only publisher: before the missing
        two = archive.items.page(sort="date", limit=2)
        rest = archive.items.page(sort="date", offset=2)
        assert two + rest == by_date
        assert archive.items.page(ids=[by_date[1].id], limit=1) == [by_date[1]]
        assert archive.items.page(ids=[]) == []


def test_an_unknown_order_is_refused(filled: Path) -> None:
    with Archive.open(filled) as archive, pytest.raises(ValueError, match="unknown list order"):
        archive.items.page(sort="color")  # type: ignore[arg-type]


def test_the_first_page_needs_neither_sqlalchemy_nor_the_search_core(filled: Path) -> None:
    code = (
        "import sys\n"
        "from memorial_viewer.opening import OpeningArchive\n"
        f"o = OpeningArchive({str(filled)!r})\n"
        "print(len(o.listing.page(limit=3)))\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')"
        " or m.startswith('memorial_viewer.search')]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["3", "[]"]


def test_any_other_use_opens_the_archive_once(filled: Path) -> None:
    opening = OpeningArchive(filled)
    try:
        hits = opening.search("Baku")
        assert opening.is_open
        assert hits.total >= 1
        archive = opening.wait()
        assert opening.wait() is archive  # opened once
        assert opening.listing is archive.items.listing  # the early connection is gone
        assert opening.listing.count() == archive.items.count()
    finally:
        opening.close()


def test_refusals_come_at_once_with_their_message(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="the folder does not exist"):
        OpeningArchive(tmp_path / "missing")
    (tmp_path / "plain").mkdir()
    with pytest.raises(NotAnArchiveError, match=f"no {DB_NAME}"):
        OpeningArchive(tmp_path / "plain")


def test_a_newer_schema_is_refused_at_once(filled: Path) -> None:
    con = sqlite3.connect(filled / DB_NAME)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(ArchiveError, match="newer memorial_viewer"):
        OpeningArchive(filled)


def test_an_older_schema_is_listed_only_after_its_upgrade(tmp_path: Path) -> None:
    from tests.test_schema import migrated_db

    root = tmp_path / "old"
    root.mkdir()
    migrated_db(root / DB_NAME, "0004")
    opening = OpeningArchive(root)
    try:
        assert opening.location.needs_upgrade
        assert opening.listing.count() == 0  # the open (with backup and upgrade) came first
        assert opening.is_open
        assert list((root / "backups").glob("archive-0004-*.db"))
    finally:
        opening.close()


def test_a_failed_open_raises_the_same_error_to_every_caller(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def broken(*args: object, **kwargs: object) -> Archive:
        calls.append(1)
        raise ArchiveError("the disk went away")

    monkeypatch.setattr(Archive, "open", broken)
    opening = OpeningArchive(filled)
    for _ in range(2):
        with pytest.raises(ArchiveError, match="the disk went away"):
            opening.wait()
    with pytest.raises(ArchiveError, match="the disk went away"):
        opening.collections.list()
    assert len(calls) == 1
    assert opening.listing.count() > 0  # the early listing still reads
    opening.close()


def test_read_only_media_are_listed_read_only(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("memorial_viewer.location.writable", lambda path: False)
    opening = OpeningArchive(filled)
    try:
        assert opening.readonly and opening.location.immutable
        assert opening.listing.count() > 0
        assert opening.wait().readonly
    finally:
        opening.close()
