"""Import: every format, idempotence, and every kind of bad input rejected with its reason."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest

from memorial_viewer.archive import Archive
from memorial_viewer.types import ImportReport
from tests.conftest import ENGLISH, RUSSIAN, make_jpeg, write


def snapshot(archive: Archive) -> tuple:
    """Everything an archivist could see change: items, their fields, files on disk."""
    stats = archive.stats()
    items = [archive.show(s.id) for s in archive.items.page(limit=10_000)]
    files = sorted(
        p.relative_to(archive.root).as_posix()
        for p in archive.root.rglob("*")
        if p.is_file() and not p.name.startswith("archive.db")
    )
    return (
        stats.items,
        stats.tags,
        stats.mentions,
        [(i.id, i.title, i.sha256, i.tags, i.text) for i in items],
        files,
    )


def import_one(archive: Archive, path: Path) -> tuple[ImportReport, tuple, tuple]:
    before = snapshot(archive)
    report = archive.import_paths([path])
    return report, before, snapshot(archive)


def assert_rejected(archive: Archive, path: Path, reason_part: str) -> None:
    report, before, after = import_one(archive, path)
    assert report.imported == [] and report.duplicates == []
    assert len(report.rejected) == 1, report.rejected
    assert reason_part in report.rejected[0].reason
    assert "\n" not in report.rejected[0].reason
    assert after == before
    assert not any((archive.root / "staging").glob("*")), "staging must be left empty"


@pytest.fixture
def seeded(archive: Archive, tmp_path: Path) -> Archive:
    """An archive that already holds something, so "untouched" means something."""
    write(tmp_path / "seed" / "seed.txt", ENGLISH)
    archive.import_paths([tmp_path / "seed"])
    return archive


# -- every format ----------------------------------------------------------------------------


def test_import_every_format(archive: Archive, sample_folder: Path) -> None:
    report = archive.import_paths([sample_folder])
    assert report.rejected == []
    assert len(report.imported) == 11  # 4 text files + 2 JSON items + 5 images
    kinds = {archive.show(i).original_name: archive.show(i) for i in report.imported}
    assert kinds["flame.jpg"].photo.format == "JPEG"
    assert kinds["flame.jpg"].date == "1990-01-22"
    assert kinds["flame.jpg"].date_source == "exif"
    assert kinds["master.tif"].photo.format == "TIFF"
    assert kinds["anim.gif"].photo.format == "GIF"
    assert kinds["web.webp"].photo.format == "WEBP"
    scan = kinds["scan.png"]
    assert (scan.title, scan.caption, scan.date, scan.tags) == (
        "Scanned leaflet",
        "Leaflet from January 1990",
        "1990-01",
        ["leaflet"],
    )
    ru = kinds["ru-cp1251.txt"]
    assert "советские войска вошли в Баку" in ru.text
    assert ru.title == "Трагедия 20 января"
    page = kinds["page.html"]
    assert page.title == "Martyrs' Alley remembered"
    assert "Home" not in page.text and "Martyrs' Alley" in page.text
    assert page.date == "2020-01-20" and page.date_source == "published"


def test_json_batch_items_keep_their_metadata(archive: Archive, sample_folder: Path) -> None:
    archive.import_paths([sample_folder / "batch.json"])
    hits = archive.search("Funeral").hits
    item = archive.show(hits[0].id)
    assert item.date == "1990-01-22" and item.date_source == "user"
    assert item.tags == ["Baku", "funeral"]
    assert item.creator == "Archive staff"
    other = archive.show(archive.search("anniversary").hits[0].id)
    assert other.date == "2010~"


def test_mentions_are_stored_with_positions(archive: Archive, sample_folder: Path) -> None:
    archive.import_paths([sample_folder / "english.txt"])
    item = archive.show(archive.search("parliament").hits[0].id)
    dates = {m.date.edtf for m in item.mentions}
    assert {"1990-01-21", "1994"} <= dates
    for m in item.mentions:
        assert item.text[m.start : m.end] == m.text


def test_originals_are_stored_by_hash_read_only(archive: Archive, sample_folder: Path) -> None:
    import hashlib

    report = archive.import_paths([sample_folder / "english.txt"])
    item = archive.show(report.imported[0])
    stored = archive.media_path(item.media_path)
    assert stored.read_bytes() == (sample_folder / "english.txt").read_bytes()
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == item.sha256
    assert item.media_path == f"media/{item.sha256[:2]}/{item.sha256}.txt"
    assert not os.access(stored, os.W_OK) or os.geteuid() == 0
    assert stored.stat().st_mode & 0o222 == 0


def test_photo_thumbnail_is_cached(archive: Archive, sample_folder: Path) -> None:
    from memorial_viewer.thumbnails import thumbnail_path

    report = archive.import_paths([sample_folder / "photos" / "flame.jpg"])
    item = archive.show(report.imported[0])
    assert thumbnail_path(archive.thumbnails_dir, item.sha256, 512).is_file()


# -- idempotence -----------------------------------------------------------------------------


def test_reimport_is_a_no_op(archive: Archive, sample_folder: Path) -> None:
    first = archive.import_paths([sample_folder])
    before = snapshot(archive)
    second = archive.import_paths([sample_folder])
    assert second.imported == [] and second.rejected == []
    assert len(second.duplicates) == 10  # files, not items: batch.json counts once
    assert snapshot(archive) == before
    assert len(first.imported) == 11


def test_same_content_under_another_name_is_a_duplicate(archive: Archive, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ENGLISH)
    write(tmp_path / "copy of a.txt", ENGLISH)
    report = archive.import_paths([tmp_path / "a.txt", tmp_path / "copy of a.txt"])
    assert len(report.imported) == 1 and len(report.duplicates) == 1


def test_progress_callback_reports_count_file_and_rate(
    archive: Archive, sample_folder: Path
) -> None:
    seen = []
    archive.import_paths([sample_folder], progress=seen.append)
    assert seen[0].done == 0 and seen[0].total == 10
    assert seen[-1].done == seen[-1].total == 10
    assert {p.current for p in seen[:-1]} >= {"incoming/english.txt"}
    assert seen[-1].rate > 0


def test_cancel_stops_between_files(archive: Archive, sample_folder: Path) -> None:
    calls = iter([False, False, True])
    report = archive.import_paths([sample_folder], should_cancel=lambda: next(calls, True))
    assert report.cancelled
    assert archive.stats().items == 3  # two files done: az.md and batch.json (two items)


# -- bad input: each case its own test --------------------------------------------------------


def test_zero_byte_file(seeded: Archive, tmp_path: Path) -> None:
    assert_rejected(seeded, write(tmp_path / "empty.txt", b""), "empty file")


def test_truncated_jpeg(seeded: Archive, tmp_path: Path) -> None:
    good = make_jpeg(tmp_path / "full.jpg", size=(800, 600))
    bad = write(tmp_path / "truncated.jpg", good.read_bytes()[: good.stat().st_size // 2])
    assert_rejected(seeded, bad, "truncated")


def test_corrupt_image_bytes(seeded: Archive, tmp_path: Path) -> None:
    data = bytearray(make_jpeg(tmp_path / "ok.jpg").read_bytes())
    data[200:400] = os.urandom(200)
    data[2:40] = b"\x00" * 38
    assert_rejected(seeded, write(tmp_path / "corrupt.jpg", bytes(data)), "")


def test_extension_lies_text_named_jpg(seeded: Archive, tmp_path: Path) -> None:
    assert_rejected(seeded, write(tmp_path / "photo.jpg", "<html>not an image</html>"), "image")


def test_extension_lies_png_named_jpg_is_imported_as_png(archive: Archive, tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (50, 40), (1, 2, 3)).save(tmp_path / "really-png.jpg", "PNG")
    report = archive.import_paths([tmp_path / "really-png.jpg"])
    item = archive.show(report.imported[0])
    assert item.photo.format == "PNG" and item.media_path.endswith(".png")


def test_extension_lies_jpeg_named_txt(seeded: Archive, tmp_path: Path) -> None:
    jpeg = make_jpeg(tmp_path / "x.jpg").read_bytes()
    assert_rejected(seeded, write(tmp_path / "notes.txt", jpeg), "binary")


def _png_claiming(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1000)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_decompression_bomb(seeded: Archive, tmp_path: Path) -> None:
    bomb = write(tmp_path / "bomb.png", _png_claiming(30000, 30000))
    assert bomb.stat().st_size < 2000
    assert_rejected(seeded, bomb, "30000")


def test_undecodable_text(seeded: Archive, tmp_path: Path) -> None:
    assert_rejected(seeded, write(tmp_path / "noise.txt", bytes(range(256)) * 40), "binary")


def test_twenty_megabyte_single_line_text(archive: Archive, tmp_path: Path) -> None:
    line = ("Baku January 1990 memorial " * 800_000)[:20_000_000]
    report = archive.import_paths([write(tmp_path / "long.txt", line)])
    assert report.rejected == []
    item = archive.show(report.imported[0])
    assert len(item.title) <= 201
    assert len(item.text) >= 19_000_000


def test_deeply_nested_html_keeps_its_text(archive: Archive, tmp_path: Path) -> None:
    depth = 5000
    page = (
        ("<div>" * depth)
        + "<p>The deepest paragraph about Martyrs' Alley survives.</p>"
        + ("</div>" * depth)
    )
    report = archive.import_paths([write(tmp_path / "deep.html", page)])
    if report.rejected:
        assert "nest" in report.rejected[0].reason
    else:
        assert "deepest paragraph" in archive.show(report.imported[0]).text


def test_html_with_scripts_handlers_and_remote_references(archive: Archive, tmp_path: Path) -> None:
    page = (
        "<html><head><script>alert(1)</script><style>body{background:url(/dev/zero)}</style>"
        "</head><body><article><h1>Hostile page</h1>"
        "<p onclick='steal()'>Text about the Eternal Flame in Baku that must stay, "
        "written long enough to count as an article paragraph for extraction.</p>"
        "<p>More text <a href='javascript:alert(1)'>click</a> and <a href='https://example.org/x'>"
        "a real link</a>.</p><iframe src='https://evil.example/'></iframe>"
        "<img src='https://tracker.example/pixel.gif'><img src='/dev/zero'>"
        "<img src='file:///etc/passwd'><img src='../../secret.png'>"
        "<div style=\"background-image:url('file:///etc/passwd')\">styled</div>"
        "</article></body></html>"
    )
    report = archive.import_paths([write(tmp_path / "hostile.html", page)])
    item = archive.show(report.imported[0])
    stored = item.html + item.text
    for bad in (
        "script",
        "alert",
        "onclick",
        "javascript",
        "iframe",
        "evil.example",
        "tracker.example",
        "/dev/zero",
        "/etc/passwd",
        "secret.png",
        "url(",
        "<img",
        "style=",
    ):
        assert bad not in stored, bad
    assert "Eternal Flame" in item.text
    assert 'href="https://example.org/x"' in item.html


def test_symlink_out_of_the_imported_folder(seeded: Archive, tmp_path: Path) -> None:
    outside = write(tmp_path / "outside" / "secret.txt", "private notes " * 20)
    folder = tmp_path / "linked"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    assert_rejected(seeded, folder, "outside the imported folder")


def test_fifo_is_rejected_without_hanging(seeded: Archive, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert_rejected(seeded, fifo, "FIFO")


def test_unsupported_extension(seeded: Archive, tmp_path: Path) -> None:
    assert_rejected(seeded, write(tmp_path / "tool.exe", b"MZ\x90\x00"), "unsupported file type")


def test_missing_path(seeded: Archive, tmp_path: Path) -> None:
    assert_rejected(seeded, tmp_path / "not-there.txt", "no such file")


def test_invalid_json_item(seeded: Archive, tmp_path: Path) -> None:
    assert_rejected(seeded, write(tmp_path / "bad.json", '{"title": "x", "text": '), "invalid JSON")


def test_json_nested_too_deep(seeded: Archive, tmp_path: Path) -> None:
    assert_rejected(seeded, write(tmp_path / "deep.json", "[" * 5000 + "]" * 5000), "nested")


def test_invalid_date_in_sidecar(seeded: Archive, tmp_path: Path) -> None:
    make_jpeg(tmp_path / "p" / "x.jpg")
    write(tmp_path / "p" / "x.jpg.json", '{"date": "the thirtieth of Smarch"}')
    assert_rejected(seeded, tmp_path / "p", "invalid date")


def test_one_bad_file_does_not_stop_the_batch(archive: Archive, sample_folder: Path) -> None:
    write(sample_folder / "zzz-empty.txt", b"")
    write(sample_folder / "aaa-broken.jpg", b"\xff\xd8\xff\xe0garbage")
    report = archive.import_paths([sample_folder])
    assert len(report.imported) == 11
    assert sorted(Path(r.path).name for r in report.rejected) == ["aaa-broken.jpg", "zzz-empty.txt"]


def test_cyrillic_texts_in_legacy_encodings(archive: Archive, tmp_path: Path) -> None:
    write(tmp_path / "koi8.txt", RUSSIAN, encoding="koi8_r")
    write(tmp_path / "utf16.txt", RUSSIAN, encoding="utf-16")
    report = archive.import_paths([tmp_path / "koi8.txt", tmp_path / "utf16.txt"])
    assert report.rejected == []
    for item_id in report.imported:
        assert "Гафаров" in archive.show(item_id).text


def test_large_batches_prepare_files_in_worker_processes(
    archive: Archive, sample_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same result whether files are prepared in threads or in forked worker processes."""
    from concurrent.futures import ProcessPoolExecutor

    from memorial_viewer.ingest import importer

    used = []
    original = importer.Importer._executor

    def spy(self, total):  # type: ignore[no-untyped-def]
        pool = original(self, total)
        used.append(type(pool))
        return pool

    monkeypatch.setattr(importer, "PROCESS_THRESHOLD", 1)
    monkeypatch.setattr(importer.threading, "active_count", lambda: 1)
    monkeypatch.setattr(importer.Importer, "_executor", spy)
    write(sample_folder / "zzz-empty.txt", b"")
    report = archive.import_paths([sample_folder])
    assert used == [ProcessPoolExecutor]
    assert len(report.imported) == 11
    assert [(Path(r.path).name, r.reason) for r in report.rejected] == [
        ("zzz-empty.txt", "empty file")
    ]
    scan = archive.show(archive.search("leaflet").hits[0].id)
    assert scan.caption == "Leaflet from January 1990"
    assert archive.check(fixity=True).ok
    again = archive.import_paths([sample_folder])
    assert len(again.duplicates) == 10 and again.imported == []


def test_import_and_search_never_touch_the_network(
    archive: Archive, sample_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages full of remote references are imported with every socket refused."""
    import socket

    attempts: list[object] = []

    def refuse(self, address):  # type: ignore[no-untyped-def]
        attempts.append(address)
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: attempts.append(a) or [])
    write(
        sample_folder / "remote.html",
        "<html><head><link rel='stylesheet' href='https://cdn.example/x.css'>"
        "<meta property='og:image' content='https://cdn.example/i.jpg'></head><body><article>"
        "<h1>Remote references</h1><p>A long enough paragraph about the Eternal Flame in Baku, "
        "with <img src='https://cdn.example/p.jpg'> and <a href='https://example.org'>a link</a>"
        ".</p></article></body></html>",
    )
    report = archive.import_paths([sample_folder])
    assert report.rejected == [] and len(report.imported) == 12
    assert archive.search("Eternal Flame").total >= 1
    assert archive.related(report.imported[0])
    assert attempts == []
