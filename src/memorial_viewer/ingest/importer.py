"""Import of files and folders: each file its own transaction, bad input rejected with a reason.

The batch walks the given paths, and for each file: copies it into staging while hashing it,
skips it if an item with that hash exists, parses it (article or photo), commits its rows and
search document in one transaction, then moves the original into `media/`. Nothing a file does
can stop the batch or touch another item.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from memorial_viewer.context import ArchiveContext
from memorial_viewer.errors import RejectedInput
from memorial_viewer.ingest.prepare import (
    Candidate,
    FilePreparer,
    Prepared,
    Rows,
    one_line,
    prepare_in_process,
)
from memorial_viewer.ingest.sidecar import is_manifest, is_sidecar
from memorial_viewer.models import Article, DateMention, Item, ItemTag, Photo
from memorial_viewer.search import pending as index_queue
from memorial_viewer.search.backend import IndexDocument
from memorial_viewer.tags import get_or_create_tag
from memorial_viewer.types import ImportProgress, ImportReport, Rejection

PREFETCH = 8  # files prepared ahead of the one being committed
PREPARE_THREADS = 4
PREPARE_PROCESSES = 3  # two cores, plus one to cover the fsync waits
# From this many files on, preparation runs in worker processes: parsing and word forms are pure
# Python, and a process per core beats the GIL. Below it, threads are enough.
PROCESS_THRESHOLD = 200
INDEX_BATCH = 100  # items written to the search index per transaction
INDEX_FLUSH_SECONDS = 1.0
SKIPPED_NAMES = {"Thumbs.db", "desktop.ini"}


class Importer:
    def __init__(self, ctx: ArchiveContext) -> None:
        self._ctx = ctx
        backend = ctx.index.backend
        self._preparer = FilePreparer(ctx.store, ctx.thumbnails_dir, backend, self._exists)
        self._unindexed: list[tuple[IndexDocument, object]] = []
        self._last_flush = time.monotonic()

    # -- walking -------------------------------------------------------------------------

    def _walk(self, paths: list[Path], report: ImportReport) -> Iterator[Candidate]:
        for given in paths:
            given = given.expanduser()
            if not os.path.lexists(given):
                report.rejected.append(Rejection(str(given), "no such file or folder"))
                continue
            if given.is_dir() and not given.is_symlink():
                yield from self._walk_folder(given, report)
            else:
                yield Candidate(given, given.name)

    def _walk_folder(self, folder: Path, report: ImportReport) -> Iterator[Candidate]:
        root = folder.resolve()
        for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
            here = Path(dirpath)
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in [d for d in dirnames if (here / d).is_symlink()]:
                dirnames.remove(name)
                self._check_link(here / name, root, folder, report)
            for name in sorted(filenames):
                if name.startswith(".") or name in SKIPPED_NAMES:
                    continue
                path = here / name
                display = f"{folder.name}/{path.relative_to(folder).as_posix()}"
                if path.is_symlink():
                    if self._check_link(path, root, folder, report):
                        yield Candidate(path, display)
                    continue
                yield Candidate(path, display)

    def _check_link(self, link: Path, root: Path, folder: Path, report: ImportReport) -> bool:
        """A link inside the imported folder is fine; one leading out of it is refused."""
        target = link.resolve()
        if target == root or root in target.parents:
            return target.is_file()
        report.rejected.append(
            Rejection(str(link), "symbolic link pointing outside the imported folder")
        )
        return False

    # -- the batch -----------------------------------------------------------------------

    def run(
        self,
        paths: list[Path],
        *,
        progress: Callable[[ImportProgress], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import every file; a worker thread prepares the next files while this one commits.

        Preparing (copy, hash, fsync, decode, parse) needs no database writes and mostly waits on
        the disk or on Pillow, which release the GIL, so it overlaps with the commits here.
        Commits still happen one file at a time, in the order the files were found.
        """
        report = ImportReport()
        candidates = [c for c in self._walk(paths, report) if not self._is_companion(c.path)]
        total = len(candidates)
        started = time.monotonic()
        pending: deque[tuple[Candidate, Future[Prepared | None]]] = deque()
        upcoming = iter(candidates)
        with self._executor(total) as pool:
            prepare = self._prepare_call(pool)

            def refill() -> None:
                while len(pending) < PREFETCH and (cand := next(upcoming, None)) is not None:
                    pending.append((cand, prepare(cand)))

            refill()
            done = 0
            while pending:
                if should_cancel and should_cancel():
                    report.cancelled = True
                    break
                cand, future = pending.popleft()
                refill()
                if progress:
                    elapsed = time.monotonic() - started
                    rate = done / elapsed if elapsed > 0 else 0.0
                    progress(ImportProgress(done, total, cand.display, rate))
                self._guarded(cand, report, lambda f=future, c=cand: self._commit(c, f, report))
                self._flush_index()
                done += 1
            self._flush_index(force=True)
            for _cand, future in pending:
                future.cancel()
            for _cand, future in pending:
                self._discard_prepared(future)
        if progress:
            elapsed = time.monotonic() - started
            finished = len(report.imported) + len(report.duplicates)
            rate = finished / elapsed if elapsed > 0 else 0.0
            progress(ImportProgress(done, total, "", rate))
        return report

    def _executor(self, total: int) -> Executor:
        """Threads always; for a large batch in a single-threaded program (the CLI, a script),
        forked worker processes. Forking a program that runs threads (the desktop app) is
        unsafe, and "spawn" would re-run the caller's script in every worker."""
        if (
            total >= PROCESS_THRESHOLD
            and threading.active_count() == 1
            and "fork" in multiprocessing.get_all_start_methods()
        ):
            context = multiprocessing.get_context("fork")
            return ProcessPoolExecutor(PREPARE_PROCESSES, mp_context=context)
        return ThreadPoolExecutor(PREPARE_THREADS, thread_name_prefix="import-prepare")

    def _prepare_call(self, pool: Executor) -> Callable[[Candidate], Future[Prepared | None]]:
        if isinstance(pool, ProcessPoolExecutor):
            return lambda cand: pool.submit(prepare_in_process, self._ctx.root, cand)
        return lambda cand: pool.submit(self._preparer.prepare, cand)

    def _guarded(self, cand: Candidate, report: ImportReport, step: Callable[[], None]) -> None:
        """Turn whatever one file does wrong into a one-line rejection of that file."""
        try:
            step()
        except RejectedInput as exc:
            report.rejected.append(Rejection(str(cand.path), one_line(str(exc))))
        except MemoryError:
            report.rejected.append(Rejection(str(cand.path), "too large to import"))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            report.rejected.append(Rejection(str(cand.path), one_line(f"cannot read: {reason}")))
        except Exception as exc:  # noqa: BLE001 - one file must never stop the batch
            report.rejected.append(
                Rejection(str(cand.path), one_line(f"unexpected error: {exc!r}"))
            )

    def _discard_prepared(self, future: Future[Prepared | None]) -> None:
        if future.cancelled():
            return
        try:
            prepared = future.result()
        except Exception:  # noqa: BLE001 - its own failure already cleaned up after itself
            return
        if prepared is not None:
            self._preparer.cleanup(prepared)

    def _is_companion(self, path: Path) -> bool:
        """Sidecars and manifests describe images; they are read with them, not imported."""
        return is_manifest(path) or is_sidecar(path)

    # -- one file ------------------------------------------------------------------------

    def _commit(
        self, cand: Candidate, future: Future[Prepared | None], report: ImportReport
    ) -> None:
        """Write one prepared file's rows in its own transaction, then move its original."""
        prepared = future.result()
        assert prepared is not None
        ids: list[int] = []
        try:
            with self._ctx.write("import files") as session:
                # Checked again here: the same content may have been committed since it was
                # prepared (or, in a worker process, it was not checked at all).
                if prepared.parsed and not _has_sha(session, prepared.staged.sha256):
                    ids = [self._insert(session, rows) for rows in prepared.parsed]
        except BaseException:
            self._preparer.cleanup(prepared)
            raise
        if not ids:
            # The existing item's thumbnail has the same name: leave it.
            self._ctx.store.discard(prepared.staged)
            report.duplicates.append(str(cand.path))
            return
        self._ctx.store.publish(prepared.staged, prepared.media_path)
        report.imported.extend(ids)

    def _exists(self, sha: str) -> bool:
        with self._ctx.read() as session:
            return _has_sha(session, sha)

    def _insert(self, session: Session, rows: Rows) -> int:
        """Core inserts: an import writes thousands of rows a minute, the ORM's bookkeeping
        would cost more than the writes."""
        # Table-level statements with parameters: compiled once, reused for every file.
        conn = session.connection()
        item_id = conn.execute(Item.__table__.insert(), rows.item).inserted_primary_key[0]
        detail_table = (Article if rows.item["kind"] == "article" else Photo).__table__
        conn.execute(detail_table.insert(), {"item_id": item_id, **rows.detail})
        if rows.mentions:
            conn.execute(
                DateMention.__table__.insert(), [{"item_id": item_id, **m} for m in rows.mentions]
            )
        tag_ids = list(dict.fromkeys(get_or_create_tag(session, n).id for n in rows.tags))
        if tag_ids:
            conn.execute(
                ItemTag.__table__.insert(), [{"item_id": item_id, "tag_id": t} for t in tag_ids]
            )
        # Indexed later in a batch (see _flush_index), exactly as prepared: the index must later
        # remove what it was given. Queued in this transaction, so a crash cannot lose it.
        index_queue.enqueue(session, item_id)
        self._unindexed.append((replace(rows.document, item_id=item_id), rows.index_forms))
        return int(item_id)

    def _flush_index(self, *, force: bool = False) -> None:
        """Write the search index for the items committed since the last flush, in one
        transaction: FTS5 writes a segment per transaction, so per-file indexing would cost
        more than everything else an import does. Searches see new items within a second."""
        if not self._unindexed:
            return
        due = time.monotonic() - self._last_flush > INDEX_FLUSH_SECONDS
        if not (force or due or len(self._unindexed) >= INDEX_BATCH):
            return
        batch, self._unindexed = self._unindexed, []
        self._last_flush = time.monotonic()
        with self._ctx.write("index imported items") as session:
            index_queue.write_batch(session, self._ctx.index.backend, batch)


def _has_sha(session: Session, sha: str) -> bool:
    return session.scalar(select(Item.id).where(Item.sha256 == sha).limit(1)) is not None
