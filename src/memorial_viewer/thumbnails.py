"""Thumbnail cache layout: `<cache_dir>/<max_side>/<sha[:2]>/<sha>.jpg`, built on demand.

Keyed by the original's SHA-256, so a thumbnail never goes stale (stored originals do not
change) and identical files share one entry. Safe to call from many Qt worker threads (and
processes): every build writes a uniquely named temp file and os.replace()s it into place,
and concurrent requests for the same entry in one process wait for a single build.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from memorial_viewer.ingest.photo import make_thumbnail

__all__ = ["ensure_thumbnail", "thumbnail_path"]

_SHA256 = re.compile(r"[0-9a-f]{64}")


def thumbnail_path(cache_dir: Path, sha256: str, max_side: int) -> Path:
    """Where the `max_side` thumbnail of the file with this SHA-256 lives in the cache.

    The hash is validated (64 hex digits, case-insensitive) because it becomes a path: a bad
    value must not be able to point outside the cache.
    """
    digest = sha256.lower()
    if not _SHA256.fullmatch(digest):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    if isinstance(max_side, bool) or not isinstance(max_side, int) or max_side < 1:
        raise ValueError(f"max_side must be a positive integer, not {max_side!r}")
    return Path(cache_dir) / str(max_side) / digest[:2] / f"{digest}.jpg"


def ensure_thumbnail(cache_dir: Path, sha256: str, original: Path, max_side: int) -> Path:
    """Return the cached thumbnail, building it from `original` first if it is missing.

    A zero-length entry (left by a crash on a filesystem without ordered writes) counts as
    missing. Raises RejectedInput if the original cannot be decoded; callers show a
    placeholder. No negative cache: a broken original is retried on every call.
    """
    dest = thumbnail_path(cache_dir, sha256, max_side)
    if _usable(dest):
        return dest
    with _building(dest):
        if not _usable(dest):  # another thread may have finished it while we waited
            make_thumbnail(Path(original), dest, max_side)
    return dest


def _usable(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


_guard = threading.Lock()
_locks: dict[Path, tuple[threading.Lock, int]] = {}


@contextmanager
def _building(key: Path) -> Iterator[None]:
    """One build per cache entry at a time; the lock table only holds entries in use."""
    with _guard:
        lock, users = _locks.get(key, (threading.Lock(), 0))
        _locks[key] = (lock, users + 1)
    try:
        with lock:
            yield
    finally:
        with _guard:
            lock, users = _locks[key]
            if users == 1:
                del _locks[key]
            else:
                _locks[key] = (lock, users - 1)
