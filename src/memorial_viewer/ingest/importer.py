"""Import of files and folders: each file its own transaction, bad input rejected with a reason.

The batch walks the given paths, and for each file: copies it into staging while hashing it,
skips it if an item with that hash exists, parses it (article or photo), commits its rows and
search document in one transaction, then moves the original into `media/`. Nothing a file does
can stop the batch or touch another item.
"""

from __future__ import annotations

import json
import os
import stat
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from memorial_viewer.context import ArchiveContext
from memorial_viewer.dates import extract_mentions, parse_date
from memorial_viewer.errors import InvalidDateError, RejectedInput
from memorial_viewer.ingest.photo import PHOTO_EXTENSIONS, canonical_extension, probe_and_thumbnail
from memorial_viewer.ingest.sidecar import is_manifest, is_sidecar, load_sidecar
from memorial_viewer.items import date_columns, now
from memorial_viewer.models import Article, DateMention, Item, ItemTag, Photo
from memorial_viewer.search import pending as index_queue
from memorial_viewer.search.backend import IndexDocument
from memorial_viewer.search.index import make_document
from memorial_viewer.storage import StagedFile
from memorial_viewer.tags import get_or_create_tag
from memorial_viewer.thumbnails import thumbnail_path
from memorial_viewer.types import ArticleContent, ImportProgress, ImportReport, PhotoInfo, Rejection

ARTICLE_EXTENSIONS = {".html", ".htm", ".xhtml", ".md", ".markdown", ".txt", ".text", ".json"}
MAX_ARTICLE_BYTES = 64 * 1024 * 1024
THUMBNAIL_SIDE = 512
# Files prepared ahead of the one being committed, by this many threads: each prepared file is
# fsynced, and a disk completes several fsyncs at once far faster than one after another.
PREFETCH = 8
INDEX_BATCH = 100  # items written to the search index per transaction
INDEX_FLUSH_SECONDS = 1.0
PREPARE_THREADS = 4
# Full decodes of big masters are memory-hungry: at most this many at once.
DECODE_SLOTS = threading.BoundedSemaphore(2)
SKIPPED_NAMES = {"Thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class Candidate:
    path: Path
    display: str  # relative to the folder it was found in: stored as provenance


@dataclass
class ParsedItem:
    kind: str
    title: str
    content: ArticleContent | None = None
    photo: PhotoInfo | None = None
    meta: dict[str, object] = field(default_factory=dict)


@dataclass
class Rows:
    """Column values of one item and its dependent rows, ready to insert."""

    item: dict[str, object]
    detail: dict[str, object]
    mentions: list[dict[str, object]]
    tags: list[str]
    document: IndexDocument | None = None
    index_forms: object = None


@dataclass
class Prepared:
    """A file staged and parsed, ready to commit; `parsed` is empty for a duplicate."""

    staged: StagedFile
    parsed: list[Rows]
    media_path: str
    thumbnail: Path | None


def _kind_name(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class Importer:
    def __init__(self, ctx: ArchiveContext) -> None:
        self._ctx = ctx
        self._manifests: dict[Path, dict[str, dict]] = {}
        self._unindexed: list[tuple[IndexDocument, object]] = []
        self._last_flush = time.monotonic()  # sidecar.py's cache of CSV manifests

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
        with ThreadPoolExecutor(PREPARE_THREADS, thread_name_prefix="import-prepare") as pool:

            def refill() -> None:
                while len(pending) < PREFETCH and (cand := next(upcoming, None)) is not None:
                    pending.append((cand, pool.submit(self._prepare, cand)))

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

    def _guarded(self, cand: Candidate, report: ImportReport, step: Callable[[], None]) -> None:
        """Turn whatever one file does wrong into a one-line rejection of that file."""
        try:
            step()
        except RejectedInput as exc:
            report.rejected.append(Rejection(str(cand.path), _one_line(str(exc))))
        except MemoryError:
            report.rejected.append(Rejection(str(cand.path), "too large to import"))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            report.rejected.append(Rejection(str(cand.path), _one_line(f"cannot read: {reason}")))
        except Exception as exc:  # noqa: BLE001 - one file must never stop the batch
            report.rejected.append(
                Rejection(str(cand.path), _one_line(f"unexpected error: {exc!r}"))
            )

    def _discard_prepared(self, future: Future[Prepared | None]) -> None:
        if future.cancelled():
            return
        try:
            prepared = future.result()
        except Exception:  # noqa: BLE001 - its own failure already cleaned up after itself
            return
        if prepared is not None:
            self._cleanup(prepared)

    def _is_companion(self, path: Path) -> bool:
        """Sidecars and manifests describe images; they are read with them, not imported."""
        return is_manifest(path) or is_sidecar(path)

    # -- one file ------------------------------------------------------------------------

    def _prepare(self, cand: Candidate) -> Prepared | None:
        """Check, stage and parse one file (worker thread). None: already in the archive."""
        path = cand.path
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise RejectedInput(f"{_kind_name(st.st_mode)}, not a file to import")
        ext = path.suffix.lower()
        if ext not in ARTICLE_EXTENSIONS and ext not in PHOTO_EXTENSIONS:
            raise RejectedInput(f"unsupported file type {ext or '(no extension)'}")
        if st.st_size == 0:
            raise RejectedInput("empty file")
        if ext in ARTICLE_EXTENSIONS and st.st_size > MAX_ARTICLE_BYTES:
            raise RejectedInput(f"text file larger than {MAX_ARTICLE_BYTES // 2**20} MB")
        store = self._ctx.store
        staged = store.stage(path)
        thumb = None
        try:
            if self._exists(staged.sha256):
                return Prepared(staged, [], "", None)
            if ext in PHOTO_EXTENSIONS:
                thumb = thumbnail_path(self._ctx.thumbnails_dir, staged.sha256, THUMBNAIL_SIDE)
                with DECODE_SLOTS:
                    parsed = [self._parse_photo(path, staged, thumb)]
                media_ext = canonical_extension(parsed[0].photo.format)  # type: ignore[union-attr]
            else:
                parsed = self._parse_article(path, staged, ext)
                media_ext = ext
            rel = store.media_rel_path(staged.sha256, media_ext)
            rows = [self._rows(p, n, cand, staged, rel) for n, p in enumerate(parsed)]
            return Prepared(staged, rows, rel, thumb)
        except BaseException:
            self._cleanup(Prepared(staged, [], "", thumb))
            raise

    def _cleanup(self, prepared: Prepared) -> None:
        self._ctx.store.discard(prepared.staged)
        if prepared.thumbnail is not None:
            prepared.thumbnail.unlink(missing_ok=True)

    def _commit(
        self, cand: Candidate, future: Future[Prepared | None], report: ImportReport
    ) -> None:
        """Write one prepared file's rows in its own transaction, then move its original."""
        prepared = future.result()
        assert prepared is not None
        # Checked again here: the same content may have been committed since it was prepared.
        if not prepared.parsed or self._exists(prepared.staged.sha256):
            self._ctx.store.discard(prepared.staged)
            report.duplicates.append(str(cand.path))
            return
        try:
            with self._ctx.write("import files") as session:
                ids = [self._insert(session, rows) for rows in prepared.parsed]
        except BaseException:
            self._cleanup(prepared)
            raise
        self._ctx.store.publish(prepared.staged, prepared.media_path)
        report.imported.extend(ids)

    def _exists(self, sha: str) -> bool:
        with self._ctx.read() as session:
            return session.scalar(select(Item.id).where(Item.sha256 == sha).limit(1)) is not None

    def _parse_article(self, path: Path, staged: StagedFile, ext: str) -> list[ParsedItem]:
        from memorial_viewer.ingest.decode import decode_text

        text = decode_text(staged.path.read_bytes())
        if ext == ".json":
            from memorial_viewer.ingest.json_items import parse_json_items

            return [
                ParsedItem("article", j.content.title, j.content, meta=j.metadata)
                for j in parse_json_items(text, file_name=path.name)
            ]
        if ext in (".html", ".htm", ".xhtml"):
            from memorial_viewer.ingest.html_article import extract_html_article

            content = extract_html_article(text, file_name=path.name)
        else:
            from memorial_viewer.ingest.text_article import parse_text_article

            content = parse_text_article(
                text, markdown=ext in (".md", ".markdown"), file_name=path.name
            )
        return [ParsedItem("article", content.title, content)]

    def _parse_photo(self, path: Path, staged: StagedFile, thumb: Path) -> ParsedItem:
        meta = load_sidecar(path, self._manifests)
        info = probe_and_thumbnail(staged.path, thumb, THUMBNAIL_SIDE)
        title = str(meta.get("title") or info.description or path.stem.replace("_", " "))
        return ParsedItem("photo", title.strip(), photo=info, meta=meta)

    # -- rows ----------------------------------------------------------------------------

    def _rows(
        self, parsed: ParsedItem, part: int, cand: Candidate, staged: StagedFile, rel: str
    ) -> Rows:
        """Every column value of one item, computed before its transaction opens (no database).

        Invalid archivist metadata (a sidecar date) is rejected here, before anything is written.
        """
        meta = parsed.meta
        stamp = now()
        item: dict[str, object] = {
            "kind": parsed.kind,
            "title": _one_line(str(meta.get("title") or parsed.title), 500) or cand.path.stem,
            "description": _opt(meta.get("description")),
            "creator": _opt(meta.get("creator")),
            "publisher": _opt(meta.get("publisher")),
            "language": _opt(meta.get("language")),
            "rights": _opt(meta.get("rights")),
            "identifier": _opt(meta.get("identifier")),
            "sha256": staged.sha256,
            "part": part,
            "original_name": cand.path.name,
            "original_path": cand.display,
            "media_path": rel,
            "size": staged.size,
            "imported_at": stamp,
            "modified_at": stamp,
        }
        tags = [str(t) for t in meta.get("subjects", []) or []]  # type: ignore[union-attr]
        rows = Rows(item, {}, [], tags)
        if parsed.content is not None:
            self._article_rows(rows, parsed.content, meta)
        if parsed.photo is not None:
            self._photo_rows(rows, parsed.photo, meta)
        rows.tags = list(dict.fromkeys(t.strip() for t in rows.tags if t.strip()))
        d = rows.detail
        rows.document = make_document(
            0,  # the id is known once the row is inserted
            parsed.kind,
            str(item["title"]),
            text=d.get("text"),  # type: ignore[arg-type]
            caption=d.get("caption"),  # type: ignore[arg-type]
            exif_description=d.get("exif_description"),  # type: ignore[arg-type]
            description=item["description"],  # type: ignore[arg-type]
            creator=item["creator"],  # type: ignore[arg-type]
            publisher=item["publisher"],  # type: ignore[arg-type]
            author=d.get("author"),  # type: ignore[arg-type]
            tags=rows.tags,
            language=item["language"],  # type: ignore[arg-type]
        )
        # The costly part of indexing (word forms) happens here, in the preparing thread.
        rows.index_forms = self._ctx.index.backend.prepare(rows.document)
        return rows

    def _article_rows(self, rows: Rows, c: ArticleContent, meta: dict[str, object]) -> None:
        item = rows.item
        item["creator"] = item["creator"] or c.author
        item["publisher"] = item["publisher"] or c.site_name
        item["description"] = item["description"] or c.description
        item["language"] = item["language"] or c.language
        rows.detail = {
            "text": c.text,
            "html": c.html,
            "source_url": c.source_url,
            "author": c.author,
            "published": c.published,
            "site_name": c.site_name,
        }
        if meta.get("date"):
            item.update(date_columns(_meta_date(meta["date"]), "user"))
        elif c.published:
            item.update(date_columns(_lenient_date(c.published), "published"))
        rows.tags += c.tags
        rows.mentions = [
            {
                "edtf": m.date.edtf,
                "earliest": m.date.earliest,
                "latest": m.date.latest,
                "precision": m.date.precision,
                "approximate": m.date.approximate,
                "start": m.start,
                "end": m.end,
                "text": m.text,
            }
            for m in extract_mentions(c.text)
        ]

    def _photo_rows(self, rows: Rows, info: PhotoInfo, meta: dict[str, object]) -> None:
        item = rows.item
        item["description"] = item["description"] or info.description
        item["creator"] = item["creator"] or info.artist
        item["rights"] = item["rights"] or info.copyright
        gps = info.gps
        rows.detail = {
            "format": info.format,
            "width": info.width,
            "height": info.height,
            "mode": info.mode,
            "orientation": info.orientation,
            "caption": _opt(meta.get("caption")),
            "capture_date": info.capture_date,
            "camera": info.camera,
            "exif_description": info.description,
            "artist": info.artist,
            "copyright": info.copyright,
            "gps_latitude": gps.latitude if gps else None,
            "gps_longitude": gps.longitude if gps else None,
            "gps_altitude": gps.altitude if gps else None,
            "exif_json": json.dumps(info.exif, ensure_ascii=False, sort_keys=True),
        }
        if meta.get("date"):
            item.update(date_columns(_meta_date(meta["date"]), "user"))
        elif info.capture_date:
            item.update(date_columns(_lenient_date(info.capture_date), "exif"))

    def _insert(self, session: Session, rows: Rows) -> int:
        """Core inserts: an import writes thousands of rows a minute, the ORM's bookkeeping
        would cost more than the writes."""
        item_id = session.execute(insert(Item).values(rows.item)).inserted_primary_key[0]
        detail_model = Article if rows.item["kind"] == "article" else Photo
        session.execute(insert(detail_model).values(item_id=item_id, **rows.detail))
        if rows.mentions:
            session.execute(insert(DateMention), [{"item_id": item_id, **m} for m in rows.mentions])
        tag_ids = list(dict.fromkeys(get_or_create_tag(session, n).id for n in rows.tags))
        if tag_ids:
            session.execute(insert(ItemTag), [{"item_id": item_id, "tag_id": t} for t in tag_ids])
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


def _opt(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _meta_date(value: object) -> object:
    try:
        return parse_date(str(value))
    except InvalidDateError as exc:
        raise RejectedInput(f"invalid date {str(value)!r} in its metadata: {exc}") from exc


def _lenient_date(value: str):  # type: ignore[no-untyped-def]
    """Dates found by machines (EXIF, page metadata) are kept when valid, dropped when not."""
    try:
        return parse_date(value)
    except InvalidDateError:
        return None
