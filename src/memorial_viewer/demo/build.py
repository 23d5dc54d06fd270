"""The demo archive: built from `resources/demo/` through the public API, like any user's.

It is written to a temporary sibling folder and renamed into place only when complete, so an
interrupted first start never leaves a half-built archive that later looks real.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from memorial_viewer.archive import DB_NAME, Archive
from memorial_viewer.errors import ArchiveError
from memorial_viewer.paths import default_archive_dir, resources_dir


def _refs(archive: Archive) -> dict[str, int]:
    """Map the demo's file references ('name.ext' or 'batch.json#2') to item ids."""
    refs: dict[str, int] = {}
    offset = 0
    while True:
        page = archive.items.page(sort="imported", offset=offset, limit=500)
        if not page:
            return refs
        for summary in page:
            detail = archive.show(summary.id)
            if detail.original_name.endswith(".json"):
                n = sum(1 for k in refs if k.startswith(detail.original_name + "#"))
                refs[f"{detail.original_name}#{n}"] = detail.id
            else:
                refs[detail.original_name] = detail.id
        offset += len(page)


def _apply_article_meta(archive: Archive, meta: dict[str, dict], refs: dict[str, int]) -> None:
    from memorial_viewer.types import ItemEdit

    for name, fields in meta.items():
        item_id = refs.get(name)
        if item_id is None:
            continue
        if fields.get("subjects"):
            archive.tags.add([item_id], fields["subjects"])
        if fields.get("date") and not archive.show(item_id).date:
            archive.items.update(item_id, ItemEdit(date=fields["date"]))


def _curate(archive: Archive, curation: dict, refs: dict[str, int]) -> None:
    for col in curation.get("collections", []):
        info = archive.collections.create(col["name"], col.get("description"))
        for entry in col.get("entries", []):
            if entry["ref"] in refs:
                archive.collections.add(info.id, [refs[entry["ref"]]], caption=entry.get("caption"))
        if col.get("cover") in refs:
            archive.collections.set_cover(info.id, refs[col["cover"]])
    for mark in curation.get("bookmarks", []):
        item_id = refs.get(mark["ref"])
        if item_id is None:
            continue
        if mark.get("passage"):
            archive.bookmarks.add_passage(item_id, mark["passage"], mark.get("note"))
        else:
            archive.bookmarks.add(item_id, note=mark.get("note"))
    for saved in curation.get("saved_searches", []):
        archive.saved_searches.save(saved["name"], saved["query"])


def build_demo_archive(target: Path) -> Path:
    """Create the demo archive at `target` (an empty or missing folder)."""
    from memorial_viewer.demo.photos import generate_demo_photos

    target = target.expanduser()
    if target.exists() and any(target.iterdir()):
        raise ArchiveError(f"{target} is not empty; the demo archive needs an empty folder")
    demo = resources_dir() / "demo"
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".demo-") as tmp:
        work = Path(tmp)
        photos_dir = work / "source" / "photos"
        generate_demo_photos(demo / "photos.json", photos_dir)
        building = work / "archive"
        with Archive.create(building) as archive:
            archive.import_paths([demo / "articles", photos_dir])
            refs = _refs(archive)
            meta_file = demo / "article_meta.json"
            if meta_file.is_file():
                _apply_article_meta(archive, json.loads(meta_file.read_text("utf-8")), refs)
            curation = json.loads((demo / "curation.json").read_text("utf-8"))
            _curate(archive, curation, refs)
        if target.exists():
            target.rmdir()
        shutil.move(str(building), str(target))
    return target


def ensure_default_archive() -> Path:
    """The user's archive, created as the demo archive on first run."""
    target = default_archive_dir()
    if not (target / DB_NAME).exists():
        build_demo_archive(target)
    return target
