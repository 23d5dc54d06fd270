"""Integrity of the database and, with fixity, of every original against its SHA-256."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import select, text

from memorial_viewer.context import ArchiveContext
from memorial_viewer.models import Item
from memorial_viewer.storage import sha256_file
from memorial_viewer.types import CheckReport

Progress = Callable[[int, int], None]


def _database_problems(ctx: ArchiveContext) -> list[str]:
    problems: list[str] = []
    with ctx.read() as session:
        for (row,) in session.execute(text("PRAGMA integrity_check")):
            if row != "ok":
                problems.append(f"database: {row}")
        for row in session.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"database: broken reference in {row[0]} row {row[1]}")
        if not ctx.readonly:
            try:
                session.execute(text("INSERT INTO item_fts(item_fts) VALUES('integrity-check')"))
            except Exception as exc:  # noqa: BLE001 - any failure here is a finding to report
                problems.append(f"search index: {exc.__class__.__name__}: {exc}")
            session.rollback()
        n_items = session.scalar(text("SELECT count(*) FROM items"))
        n_fts = session.scalar(text("SELECT count(*) FROM item_fts"))
        if n_items != n_fts:
            problems.append(f"search index: {n_fts} documents for {n_items} items")
    return problems


def check(
    ctx: ArchiveContext, *, fixity: bool = False, progress: Progress | None = None
) -> CheckReport:
    """Everything that is wrong, named; `ok` only when nothing is."""
    problems = _database_problems(ctx)
    with ctx.read() as session:
        rows = session.execute(select(Item.id, Item.media_path, Item.sha256, Item.size)).all()
    known: set[Path] = set()
    present: list[tuple[int, Path, str]] = []
    for item_id, rel, sha, size in rows:
        path = ctx.store.absolute(rel)
        if path in known:  # several items read from one file (a JSON batch)
            continue
        known.add(path)
        try:
            actual = path.stat().st_size
        except OSError:
            problems.append(f"item {item_id}: original missing ({rel})")
            continue
        if actual != size:
            problems.append(f"item {item_id}: original has {actual} bytes, expected {size} ({rel})")
        present.append((item_id, path, sha))
    for path in ctx.store.iter_files():
        if path not in known:
            problems.append(f"orphan file not in the database: {path.relative_to(ctx.root)}")
    hashed = hashed_bytes = 0
    if fixity:
        total = len(present)
        workers = max(1, min(4, os.cpu_count() or 1))
        with ThreadPoolExecutor(workers) as pool:
            results = pool.map(lambda entry: (entry, _hash_or_error(entry[1])), present)
            for done, ((item_id, path, sha), (digest, size)) in enumerate(results, 1):
                rel = path.relative_to(ctx.root).as_posix()
                if digest is None:
                    problems.append(f"item {item_id}: original unreadable ({rel})")
                elif digest != sha:
                    problems.append(f"item {item_id}: fixity failure, SHA-256 differs ({rel})")
                else:
                    hashed += 1
                    hashed_bytes += size
                if progress:
                    progress(done, total)
    return CheckReport(not problems, problems, len(rows), hashed, hashed_bytes)


def _hash_or_error(path: Path) -> tuple[str | None, int]:
    try:
        return sha256_file(path), path.stat().st_size
    except OSError:
        return None, 0
