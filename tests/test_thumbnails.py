"""Thumbnail cache: layout, build-on-demand, and many worker threads asking at once."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from PIL import Image

from memorial_viewer import thumbnails
from memorial_viewer.errors import RejectedInput
from memorial_viewer.thumbnails import ensure_thumbnail, thumbnail_path


def make_photo(path: Path, size: tuple[int, int] = (900, 600)) -> tuple[Path, str]:
    Image.effect_noise(size, 40).convert("RGB").save(path, quality=90)
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


def test_layout(tmp_path: Path) -> None:
    sha = "ab" + "0" * 62
    assert thumbnail_path(tmp_path, sha, 256) == tmp_path / "256" / "ab" / f"{sha}.jpg"
    assert thumbnail_path(tmp_path, sha.upper(), 256) == thumbnail_path(tmp_path, sha, 256)


@pytest.mark.parametrize("bad", ["", "ab", "../" + "0" * 61, "g" * 64, "0" * 65])
def test_layout_refuses_values_that_are_not_hashes(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValueError):
        thumbnail_path(tmp_path, bad, 256)


@pytest.mark.parametrize("bad", [0, -1, True])
def test_layout_refuses_bad_sizes(tmp_path: Path, bad: int) -> None:
    with pytest.raises(ValueError):
        thumbnail_path(tmp_path, "0" * 64, bad)


def test_builds_once_then_serves_from_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original, sha = make_photo(tmp_path / "a.jpg")
    cache = tmp_path / "cache"
    calls: list[Path] = []
    real = thumbnails.make_thumbnail

    def counting(src: Path, dest: Path, max_side: int) -> None:
        calls.append(dest)
        real(src, dest, max_side)

    monkeypatch.setattr(thumbnails, "make_thumbnail", counting)
    first = ensure_thumbnail(cache, sha, original, 256)
    second = ensure_thumbnail(cache, sha, original, 256)
    assert first == second == thumbnail_path(cache, sha, 256)
    assert len(calls) == 1
    with Image.open(first) as thumb:
        assert thumb.size == (256, 171)


def test_zero_length_entry_is_rebuilt(tmp_path: Path) -> None:
    original, sha = make_photo(tmp_path / "a.jpg")
    dest = thumbnail_path(tmp_path / "cache", sha, 128)
    dest.parent.mkdir(parents=True)
    dest.write_bytes(b"")
    assert ensure_thumbnail(tmp_path / "cache", sha, original, 128) == dest
    with Image.open(dest) as thumb:
        assert max(thumb.size) == 128


def test_concurrent_requests_build_one_thumbnail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original, sha = make_photo(tmp_path / "a.jpg", (2000, 1500))
    cache = tmp_path / "cache"
    calls: list[int] = []
    real = thumbnails.make_thumbnail

    def counting(src: Path, dest: Path, max_side: int) -> None:
        calls.append(threading.get_ident())
        real(src, dest, max_side)

    monkeypatch.setattr(thumbnails, "make_thumbnail", counting)
    workers = 8
    limit_before = Image.MAX_IMAGE_PIXELS
    barrier = threading.Barrier(workers)
    results: list[Path] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait()
            results.append(ensure_thumbnail(cache, sha, original, 256))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(calls) == 1
    assert set(results) == {thumbnail_path(cache, sha, 256)}
    assert not list(cache.rglob("*.part"))
    assert not thumbnails._locks  # the per-entry lock table does not grow
    assert limit_before == Image.MAX_IMAGE_PIXELS  # Pillow's global limit restored


def test_concurrent_builds_of_different_sizes_and_files(tmp_path: Path) -> None:
    photos = [make_photo(tmp_path / f"{i}.jpg", (800, 500)) for i in range(4)]
    cache = tmp_path / "cache"
    errors: list[BaseException] = []

    def worker(path: Path, sha: str, side: int) -> None:
        try:
            ensure_thumbnail(cache, sha, path, side)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=worker, args=(path, sha, side))
        for path, sha in photos
        for side in (128, 256, 128, 256)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    for _, sha in photos:
        for side in (128, 256):
            with Image.open(thumbnail_path(cache, sha, side)) as thumb:
                assert max(thumb.size) == side
    assert not list(cache.rglob("*.part"))


def test_broken_original_raises_and_caches_nothing(tmp_path: Path) -> None:
    original, sha = make_photo(tmp_path / "a.jpg")
    original.write_bytes(original.read_bytes()[:3000])
    with pytest.raises(RejectedInput, match="^truncated or corrupt JPEG"):
        ensure_thumbnail(tmp_path / "cache", sha, original, 256)
    assert not thumbnail_path(tmp_path / "cache", sha, 256).exists()
    assert not list((tmp_path / "cache").rglob("*.part"))
