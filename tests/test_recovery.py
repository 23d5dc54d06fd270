"""A crash at any point of an import leaves a consistent archive that a second run completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from memorial_viewer.archive import Archive
from memorial_viewer.storage import MediaStore
from tests.conftest import make_jpeg, write

DRIVER = """
import sys
from memorial_viewer.archive import Archive

def show(p):
    print(p.done, flush=True)

with Archive.open_or_create(sys.argv[1]) as archive:
    archive.import_paths([sys.argv[2]], progress=show)
print("finished", flush=True)
"""


def make_batch(folder: Path, n: int) -> Path:
    for i in range(n):
        write(folder / f"note-{i:03d}.txt", f"Note {i}\n\nOn January 20, 1990 item {i}. " * 50)
        if i % 3 == 0:
            make_jpeg(folder / f"photo-{i:03d}.jpg", size=(900, 700), color=(i, 80, 120))
    return folder


def kill_after(archive_dir: Path, source: Path, files_done: int) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(archive_dir), str(source)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "finished":
            break
        if int(line) >= files_done:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait()


@pytest.mark.parametrize("files_done", [1, 7, 15])
def test_killed_import_leaves_consistent_archive_and_rerun_completes(
    tmp_path: Path, files_done: int
) -> None:
    source = make_batch(tmp_path / "batch", 16)
    total = len(list(source.iterdir()))
    Archive.create(tmp_path / "a").close()
    kill_after(tmp_path / "a", source, files_done)

    with Archive.open(tmp_path / "a") as archive:
        report = archive.check(fixity=True)
        assert report.ok, report.problems
        assert not list((tmp_path / "a" / "staging").glob("*"))
        partial = archive.stats().items
        assert partial < total
        second = archive.import_paths([source])
        assert second.rejected == []
        assert len(second.duplicates) == partial
        assert archive.stats().items == total
        assert archive.check(fixity=True).ok


def test_leftover_temporary_and_uncommitted_files_are_removed_on_open(tmp_path: Path) -> None:
    Archive.create(tmp_path / "a").close()
    staging = tmp_path / "a" / "staging"
    staging.mkdir(exist_ok=True)
    (staging / "0123abcd.part").write_bytes(b"half a file")
    (staging / ("f" * 64 + ".staged")).write_bytes(b"copied but never committed")
    with Archive.open(tmp_path / "a") as archive:
        assert list(staging.iterdir()) == []
        assert archive.check().ok


def test_committed_item_whose_original_was_not_moved_is_completed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write(tmp_path / "in" / "a.txt", "Martyrs' Alley\n\nA short note about 1990.")

    def crash(self: MediaStore, staged, rel):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt  # the process dies right after the commit

    with Archive.create(tmp_path / "a") as archive:
        monkeypatch.setattr(MediaStore, "publish", crash)
        with pytest.raises(KeyboardInterrupt):
            archive.import_paths([source])
    monkeypatch.undo()
    with Archive.open(tmp_path / "a") as archive:
        report = archive.check(fixity=True)
        assert report.ok, report.problems
        assert report.files_hashed == 1
        assert archive.search("Martyrs").total == 1


def test_items_committed_but_not_yet_indexed_are_indexed_on_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The importer writes the search index in batches after each file's own commit."""
    from memorial_viewer.search import pending

    source = write(tmp_path / "in" / "a.txt", "Eternal Flame\n\nA note about the flame, 1998.")

    def crash(*args: object) -> None:
        raise KeyboardInterrupt  # the process dies before the index batch is written

    with Archive.create(tmp_path / "a") as archive:
        monkeypatch.setattr(pending, "write_batch", crash)
        with pytest.raises(KeyboardInterrupt):
            archive.import_paths([source])
        assert archive.search("flame").total == 0
    monkeypatch.undo()
    with Archive.open(tmp_path / "a") as archive:
        assert archive.search("flame").total == 1
        assert archive.check(fixity=True).ok
