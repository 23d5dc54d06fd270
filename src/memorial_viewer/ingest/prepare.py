"""Preparing one file for import, with no database: check, stage, decode, parse, compute rows.

Runs in the importer's worker threads, or in worker processes for large batches (see
`prepare_in_process`); the importer then commits the result in one transaction.
"""

from __future__ import annotations

import json
import os
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from memorial_viewer.dates import extract_mentions, parse_date
from memorial_viewer.errors import InvalidDateError, RejectedInput
from memorial_viewer.ingest.photo import PHOTO_EXTENSIONS, canonical_extension, probe_and_thumbnail
from memorial_viewer.ingest.sidecar import load_sidecar
from memorial_viewer.items import date_columns, now
from memorial_viewer.search.backend import IndexDocument, SearchBackend
from memorial_viewer.search.index import make_document
from memorial_viewer.storage import MediaStore, StagedFile
from memorial_viewer.thumbnails import thumbnail_path
from memorial_viewer.types import ArticleContent, PhotoInfo

ARTICLE_EXTENSIONS = {".html", ".htm", ".xhtml", ".md", ".markdown", ".txt", ".text", ".json"}
MAX_ARTICLE_BYTES = 64 * 1024 * 1024
THUMBNAIL_SIDE = 512
# Full decodes of big masters are memory-hungry: at most this many at once.
DECODE_SLOTS = threading.BoundedSemaphore(2)


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


def one_line(text: str, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class FilePreparer:
    """Everything an import does to one file before its transaction."""

    def __init__(
        self,
        store: MediaStore,
        thumbnails_dir: Path,
        backend: SearchBackend,
        exists: Callable[[str], bool] | None = None,
    ) -> None:
        self.store = store
        self.thumbnails_dir = thumbnails_dir
        self.backend = backend
        self.exists = exists  # None in worker processes: the importer checks before committing
        self._manifests: dict[Path, dict[str, dict]] = {}  # sidecar.py's cache of CSV manifests

    def prepare(self, cand: Candidate) -> Prepared | None:
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
        store = self.store
        staged = store.stage(path)
        thumb = None
        try:
            if self.exists is not None and self.exists(staged.sha256):
                return Prepared(staged, [], "", None)
            if ext in PHOTO_EXTENSIONS:
                thumb = thumbnail_path(self.thumbnails_dir, staged.sha256, THUMBNAIL_SIDE)
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
            self.cleanup(Prepared(staged, [], "", thumb))
            raise

    def cleanup(self, prepared: Prepared) -> None:
        self.store.discard(prepared.staged)
        if prepared.thumbnail is not None:
            prepared.thumbnail.unlink(missing_ok=True)

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
            "title": one_line(str(meta.get("title") or parsed.title), 500) or cand.path.stem,
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
        rows.index_forms = self.backend.prepare(rows.document)
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


_process_preparer: FilePreparer | None = None


def prepare_in_process(root: Path, cand: Candidate) -> Prepared | None:
    """Worker-process entry point: one preparer per process, for the archive at `root`."""
    global _process_preparer
    if _process_preparer is None:
        from memorial_viewer.search.fts5 import Fts5Backend

        _process_preparer = FilePreparer(MediaStore(root), root / "thumbnails", Fts5Backend())
    return _process_preparer.prepare(cand)


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
