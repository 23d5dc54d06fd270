"""Every curation action as a QUndoCommand: collections, entries, captions, covers, metadata,
tags, bookmarks and saved searches can all be undone (Ctrl+Z) and redone (Ctrl+Shift+Z).

Each command is one small core transaction, run on the UI thread so the undo stack stays in
step with what the user sees (a few milliseconds: no scan, no decoding). A command is applied
first and pushed only if the core accepted it, so a refused change (read-only archive, invalid
date) never lands on the stack. Re-creating a deleted collection or bookmark gives it a new id;
`Curation.resolve` maps the id a command was born with to the current one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from memorial_viewer.errors import MemorialError

if TYPE_CHECKING:
    from memorial_viewer.archive import Archive
    from memorial_viewer.types import BookmarkInfo, CollectionInfo, ItemEdit

translate = QCoreApplication.translate


class Curation(QObject):
    """The undo stack plus change notifications that panels listen to."""

    collectionsChanged = Signal()  # noqa: N815 - the list of collections
    collectionChanged = Signal(int)  # noqa: N815 - the entries of one collection (current id)
    bookmarksChanged = Signal()  # noqa: N815
    itemChanged = Signal(int)  # noqa: N815
    tagsChanged = Signal()  # noqa: N815
    savedSearchesChanged = Signal()  # noqa: N815
    error = Signal(str)

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.stack = QUndoStack(self)
        self._ids: dict[tuple[str, int], int] = {}

    def resolve(self, space: str, original: int) -> int:
        return self._ids.get((space, original), original)

    def original(self, space: str, current: int) -> int:
        """The id commands know a collection or bookmark by, given its id now."""
        for (kind, first), now in self._ids.items():
            if kind == space and now == current:
                return first
        return current

    def remap(self, space: str, original: int, current: int) -> None:
        self._ids[(space, original)] = current

    def run(self, command: CurationCommand, *, quiet: bool = False) -> str | None:
        """Apply `command` and push it; returns the core's one-line refusal, if any.

        A refusal is also emitted as `error` (for the status bar) unless `quiet`: the
        metadata editor shows its refusals inline next to the field instead.
        """
        try:
            command.apply()
        except MemorialError as exc:
            if not quiet:
                self.error.emit(str(exc))
            return str(exc)
        self.stack.push(command)
        return None


class CurationCommand(QUndoCommand):
    """Subclasses implement apply()/revert() with core calls and say what changed."""

    def __init__(self, ctx: Curation, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._pushed = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._pushed:  # push() calls redo(): the change was already applied by run()
            self._pushed = True
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, action) -> None:  # noqa: ANN001
        try:
            action()
        except MemorialError as exc:
            self.setObsolete(True)
            self.ctx.error.emit(str(exc))

    @property
    def api(self) -> Archive:
        return self.ctx.archive

    def cid(self, original: int) -> int:
        return self.ctx.resolve("collection", original)


# -- collections -----------------------------------------------------------------------------


class CreateCollection(CurationCommand):
    def __init__(self, ctx: Curation, name: str) -> None:
        super().__init__(ctx, translate("Curation", "Create collection “%1”").replace("%1", name))
        self.name = name
        self.original: int | None = None

    def apply(self) -> None:
        info = self.api.collections.create(self.name)
        if self.original is None:
            self.original = info.id
        self.ctx.remap("collection", self.original, info.id)
        self.ctx.collectionsChanged.emit()

    def revert(self) -> None:
        assert self.original is not None
        self.api.collections.delete(self.cid(self.original))
        self.ctx.collectionsChanged.emit()


class RenameCollection(CurationCommand):
    def __init__(self, ctx: Curation, collection_id: int, old: str, new: str) -> None:
        super().__init__(ctx, translate("Curation", "Rename collection to “%1”").replace("%1", new))
        self.collection_id, self.old, self.new = collection_id, old, new

    def apply(self) -> None:
        self.api.collections.rename(self.cid(self.collection_id), self.new)
        self.ctx.collectionsChanged.emit()

    def revert(self) -> None:
        self.api.collections.rename(self.cid(self.collection_id), self.old)
        self.ctx.collectionsChanged.emit()


def _restore_entries(
    api: Archive, cid: int, snapshot: CollectionInfo, only: set[int] | None
) -> None:
    """Put entries of `snapshot` back at their positions, with their captions and cover."""
    for entry in sorted(snapshot.entries, key=lambda e: e.position):
        if only is None or entry.item_id in only:
            api.collections.add(cid, [entry.item_id], position=entry.position,
                                caption=entry.caption)
    if snapshot.cover_item_id is not None and (only is None or snapshot.cover_item_id in only):
        api.collections.set_cover(cid, snapshot.cover_item_id)


class DeleteCollection(CurationCommand):
    def __init__(self, ctx: Curation, collection_id: int) -> None:
        self.snapshot = ctx.archive.collections.get(ctx.resolve("collection", collection_id))
        text = translate("Curation", "Delete collection “%1”")
        super().__init__(ctx, text.replace("%1", self.snapshot.name))
        self.collection_id = collection_id

    def apply(self) -> None:
        self.api.collections.delete(self.cid(self.collection_id))
        self.ctx.collectionsChanged.emit()

    def revert(self) -> None:
        info = self.api.collections.create(self.snapshot.name, self.snapshot.description)
        self.ctx.remap("collection", self.collection_id, info.id)
        _restore_entries(self.api, info.id, self.snapshot, None)
        self.ctx.collectionsChanged.emit()


class AddToCollection(CurationCommand):
    def __init__(self, ctx: Curation, collection_id: int, item_ids: Sequence[int],
                 position: int | None = None) -> None:
        n = len(item_ids)
        super().__init__(ctx, translate("Curation", "Add %n item(s) to a collection", "", n))
        self.collection_id, self.item_ids, self.position = collection_id, list(item_ids), position
        self.added: list[int] = []

    def apply(self) -> None:
        cid = self.cid(self.collection_id)
        before = {e.item_id for e in self.api.collections.get(cid).entries}
        self.api.collections.add(cid, self.item_ids, position=self.position)
        self.added = [i for i in self.item_ids if i not in before]
        self._changed(cid)

    def revert(self) -> None:
        cid = self.cid(self.collection_id)
        if self.added:
            self.api.collections.remove(cid, self.added)
        self._changed(cid)

    def _changed(self, cid: int) -> None:
        self.ctx.collectionChanged.emit(cid)
        self.ctx.collectionsChanged.emit()


class RemoveFromCollection(CurationCommand):
    def __init__(self, ctx: Curation, collection_id: int, item_ids: Sequence[int]) -> None:
        n = len(item_ids)
        super().__init__(ctx, translate("Curation", "Remove %n item(s) from a collection", "", n))
        self.collection_id, self.item_ids = collection_id, list(item_ids)
        self.snapshot = ctx.archive.collections.get(ctx.resolve("collection", collection_id))

    def apply(self) -> None:
        cid = self.cid(self.collection_id)
        self.api.collections.remove(cid, self.item_ids)
        self.ctx.collectionChanged.emit(cid)
        self.ctx.collectionsChanged.emit()

    def revert(self) -> None:
        cid = self.cid(self.collection_id)
        _restore_entries(self.api, cid, self.snapshot, set(self.item_ids))
        self.ctx.collectionChanged.emit(cid)
        self.ctx.collectionsChanged.emit()


class ReorderCollection(CurationCommand):
    def __init__(self, ctx: Curation, collection_id: int, old: Sequence[int],
                 new: Sequence[int]) -> None:
        super().__init__(ctx, translate("Curation", "Reorder a collection"))
        self.collection_id, self.old, self.new = collection_id, list(old), list(new)

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)

    def _set(self, order: list[int]) -> None:
        cid = self.cid(self.collection_id)
        self.api.collections.reorder(cid, order)
        self.ctx.collectionChanged.emit(cid)


class SetEntryCaption(CurationCommand):
    def __init__(self, ctx: Curation, collection_id: int, item_id: int, old: str | None,
                 new: str | None) -> None:
        super().__init__(ctx, translate("Curation", "Edit a caption"))
        self.collection_id, self.item_id, self.old, self.new = collection_id, item_id, old, new

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)

    def _set(self, caption: str | None) -> None:
        cid = self.cid(self.collection_id)
        self.api.collections.set_caption(cid, self.item_id, caption)
        self.ctx.collectionChanged.emit(cid)


class SetCover(CurationCommand):
    def __init__(self, ctx: Curation, collection_id: int, old: int | None,
                 new: int | None) -> None:
        super().__init__(ctx, translate("Curation", "Choose a cover"))
        self.collection_id, self.old, self.new = collection_id, old, new

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)

    def _set(self, item_id: int | None) -> None:
        cid = self.cid(self.collection_id)
        self.api.collections.set_cover(cid, item_id)
        self.ctx.collectionChanged.emit(cid)
        self.ctx.collectionsChanged.emit()


# -- items -----------------------------------------------------------------------------------


class EditItem(CurationCommand):
    """One metadata field change; `old`/`new` are ItemEdits with just that field set."""

    def __init__(self, ctx: Curation, item_id: int, old: ItemEdit, new: ItemEdit,
                 label: str) -> None:
        super().__init__(ctx, translate("Curation", "Edit %1").replace("%1", label))
        self.item_id, self.old, self.new = item_id, old, new

    def apply(self) -> None:
        self.api.items.update(self.item_id, self.new)
        self.ctx.itemChanged.emit(self.item_id)

    def revert(self) -> None:
        self.api.items.update(self.item_id, self.old)
        self.ctx.itemChanged.emit(self.item_id)


class SetTags(CurationCommand):
    """Replace an item's tags (the editor's tag field) by adding and removing the difference."""

    def __init__(self, ctx: Curation, item_id: int, old: Sequence[str],
                 new: Sequence[str]) -> None:
        super().__init__(ctx, translate("Curation", "Edit tags"))
        self.item_id, self.old, self.new = item_id, list(old), list(new)

    def apply(self) -> None:
        self._set(self.old, self.new)

    def revert(self) -> None:
        self._set(self.new, self.old)

    def _set(self, before: list[str], after: list[str]) -> None:
        lower_after = {t.casefold() for t in after}
        lower_before = {t.casefold() for t in before}
        added = [t for t in after if t.casefold() not in lower_before]
        if added:
            self.api.tags.add([self.item_id], added)
        for tag in before:
            if tag.casefold() not in lower_after:
                self.api.tags.remove([self.item_id], tag)
        self.ctx.itemChanged.emit(self.item_id)
        self.ctx.tagsChanged.emit()


# -- bookmarks -------------------------------------------------------------------------------


class AddBookmark(CurationCommand):
    def __init__(self, ctx: Curation, item_id: int, start: int | None = None,
                 end: int | None = None, note: str | None = None) -> None:
        if start is not None:
            label = translate("Curation", "Bookmark a passage")
        else:
            label = translate("Curation", "Bookmark an item")
        super().__init__(ctx, label)
        self.item_id, self.start, self.end, self.note = item_id, start, end, note
        self.original: int | None = None
        self.info: BookmarkInfo | None = None

    def apply(self) -> None:
        self.info = self.api.bookmarks.add(self.item_id, note=self.note, start=self.start,
                                           end=self.end)
        if self.original is None:
            self.original = self.info.id
        self.ctx.remap("bookmark", self.original, self.info.id)
        self.ctx.bookmarksChanged.emit()

    def revert(self) -> None:
        assert self.original is not None
        self.api.bookmarks.remove(self.ctx.resolve("bookmark", self.original))
        self.ctx.bookmarksChanged.emit()


class RemoveBookmark(CurationCommand):
    def __init__(self, ctx: Curation, bookmark_id: int) -> None:
        super().__init__(ctx, translate("Curation", "Remove a bookmark"))
        self.bookmark_id = bookmark_id
        self.info = ctx.archive.bookmarks.get(ctx.resolve("bookmark", bookmark_id))

    def apply(self) -> None:
        self.api.bookmarks.remove(self.ctx.resolve("bookmark", self.bookmark_id))
        self.ctx.bookmarksChanged.emit()

    def revert(self) -> None:
        i = self.info
        info = self.api.bookmarks.add(i.item_id, note=i.note, start=i.start, end=i.end)
        self.ctx.remap("bookmark", self.bookmark_id, info.id)
        self.ctx.bookmarksChanged.emit()


class SetBookmarkNote(CurationCommand):
    def __init__(self, ctx: Curation, bookmark_id: int, old: str | None, new: str | None) -> None:
        super().__init__(ctx, translate("Curation", "Edit a bookmark note"))
        self.bookmark_id, self.old, self.new = bookmark_id, old, new

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)

    def _set(self, note: str | None) -> None:
        self.api.bookmarks.set_note(self.ctx.resolve("bookmark", self.bookmark_id), note)
        self.ctx.bookmarksChanged.emit()


# -- saved searches --------------------------------------------------------------------------


class SaveSearch(CurationCommand):
    """Save a search under a name; undoing restores the search it replaced, or removes it."""

    def __init__(self, ctx: Curation, name: str, query: str) -> None:
        name = " ".join(name.split())
        super().__init__(ctx, translate("Curation", "Save search “%1”").replace("%1", name))
        self.name, self.query = name, query
        self.previous = next(
            (s.query for s in ctx.archive.saved_searches.list() if s.name == name), None
        )

    def apply(self) -> None:
        self.api.saved_searches.save(self.name, self.query)
        self.ctx.savedSearchesChanged.emit()

    def revert(self) -> None:
        if self.previous is None:
            self.api.saved_searches.delete(self.name)
        else:
            self.api.saved_searches.save(self.name, self.previous)
        self.ctx.savedSearchesChanged.emit()


class DeleteSearch(CurationCommand):
    def __init__(self, ctx: Curation, name: str) -> None:
        super().__init__(ctx, translate("Curation", "Delete saved search “%1”").replace("%1", name))
        self.name = name
        self.query = ctx.archive.saved_searches.get(name).query

    def apply(self) -> None:
        self.api.saved_searches.delete(self.name)
        self.ctx.savedSearchesChanged.emit()

    def revert(self) -> None:
        self.api.saved_searches.save(self.name, self.query)
        self.ctx.savedSearchesChanged.emit()
