"""The store of originals: files named by SHA-256, written once, never modified.

An original reaches `media/` in three steps so that a crash at any point leaves nothing behind:
copy to `staging/<random>.part` while hashing, fsync and rename to `staging/<sha>.staged`,
commit the item row, then move it into `media/`. `recover()` (run when an archive opens for
writing) deletes `.part` files and either finishes or discards each `.staged` file, depending on
whether its row was committed.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20


@dataclass(frozen=True)
class StagedFile:
    sha256: str
    size: int
    path: Path


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb", buffering=0) as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


class MediaStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.media_dir = root / "media"
        self.staging_dir = root / "staging"
        self._made_dirs: set[Path] = set()

    def media_rel_path(self, sha256: str, ext: str) -> str:
        """Relative to the archive root, with forward slashes, so the folder can move."""
        return f"media/{sha256[:2]}/{sha256}{ext.lower()}"

    def absolute(self, rel_path: str) -> Path:
        return self.root / rel_path

    def stage(self, src: Path) -> StagedFile:
        """Copy `src` into staging while hashing it; the copy is durable before it is named."""
        self.staging_dir.mkdir(parents=True, exist_ok=True)
        part = self.staging_dir / f"{secrets.token_hex(8)}.part"
        h = hashlib.sha256()
        size = 0
        try:
            # O_NONBLOCK: a FIFO slipped in between the caller's check and here must not hang us.
            fd = os.open(src, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            with os.fdopen(fd, "rb", buffering=0) as fin:
                if not stat.S_ISREG(os.fstat(fin.fileno()).st_mode):
                    raise OSError(f"{src.name} is not a regular file")
                with open(part, "wb") as fout:
                    while chunk := fin.read(CHUNK):
                        h.update(chunk)
                        fout.write(chunk)
                        size += len(chunk)
                    fout.flush()
                    os.fsync(fout.fileno())
            staged = self.staging_dir / f"{h.hexdigest()}.staged"
            os.replace(part, staged)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return StagedFile(h.hexdigest(), size, staged)

    def discard(self, staged: StagedFile) -> None:
        staged.path.unlink(missing_ok=True)

    def publish(self, staged: StagedFile, rel_path: str) -> Path:
        """Move a committed original into place, read-only."""
        dest = self.absolute(rel_path)
        if dest.parent not in self._made_dirs:
            dest.parent.mkdir(parents=True, exist_ok=True)
            self._made_dirs.add(dest.parent)
        os.replace(staged.path, dest)
        os.chmod(dest, 0o444)
        return dest

    def recover(self, committed_path: Callable[[str], str | None]) -> tuple[int, int]:
        """Clean up after a killed import: (finished, discarded) counts.

        `committed_path(sha)` returns the media path of a committed item with that hash, or None.
        """
        finished = discarded = 0
        if not self.staging_dir.is_dir():
            return 0, 0
        for entry in self.staging_dir.iterdir():
            if entry.name.endswith(".staged"):
                sha = entry.name.split(".", 1)[0]
                rel = committed_path(sha)
                if rel is not None and not self.absolute(rel).exists():
                    self.publish(StagedFile(sha, entry.stat().st_size, entry), rel)
                    finished += 1
                    continue
            entry.unlink(missing_ok=True)
            discarded += 1
        return finished, discarded

    def iter_files(self) -> Iterator[Path]:
        if self.media_dir.is_dir():
            yield from (p for p in self.media_dir.rglob("*") if p.is_file())
