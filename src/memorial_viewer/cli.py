"""The `memorial-viewer` command. Without a subcommand it opens the desktop window.

Non-GUI subcommands never import PySide6; every error is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from memorial_viewer import __version__
from memorial_viewer.errors import MemorialError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PROBLEMS, EXIT_INTERNAL = 0, 1, 2, 3, 70
Handler = Callable[[argparse.Namespace], int]


class UsageError(MemorialError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see {self.prog} --help)")


# -- opening the archive ---------------------------------------------------------------------


def _archive_dir(args: argparse.Namespace) -> Path:
    from memorial_viewer.paths import default_archive_dir

    given = getattr(args, "archive", None)
    return Path(given).expanduser() if given else default_archive_dir()


def _open_existing(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Commands that only read: an archive must exist; nothing is created."""
    from memorial_viewer.archive import DB_NAME, Archive

    root = _archive_dir(args)
    if not (root / DB_NAME).exists() and not getattr(args, "archive", None):
        raise MemorialError(
            f"no archive yet at {root}: start `memorial-viewer` once to create the demo "
            "archive, or pass --archive DIR"
        )
    return Archive.open(root, readonly=getattr(args, "read_only", False))


def _open_for_writing(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from memorial_viewer.archive import Archive

    if getattr(args, "archive", None):
        return Archive.open_or_create(_archive_dir(args))
    from memorial_viewer.demo.build import ensure_default_archive

    return Archive.open(ensure_default_archive())


# -- handlers --------------------------------------------------------------------------------


def _progress_printer(enabled: bool) -> Callable[..., None] | None:
    if not enabled:
        return None
    tty = sys.stderr.isatty()
    last = [0.0]

    def show(p) -> None:  # type: ignore[no-untyped-def]
        now = time.monotonic()
        if p.done < p.total and now - last[0] < (0.1 if tty else 2.0):
            return
        last[0] = now
        line = f"{p.done}/{p.total} files, {p.rate:.1f}/s  {p.current}"
        if tty:
            sys.stderr.write("\r\x1b[K" + line[:150])
            if p.done == p.total:
                sys.stderr.write("\n")
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()

    return show


def cmd_import(args: argparse.Namespace) -> int:
    from memorial_viewer.cli_format import emit_json

    with _open_for_writing(args) as archive:
        report = archive.import_paths(
            args.paths, progress=_progress_printer(not args.json and not args.quiet)
        )
    if args.json:
        emit_json(report.to_json())
    else:
        print(
            f"Imported {len(report.imported)}, {len(report.duplicates)} duplicate(s), "
            f"{len(report.rejected)} rejected."
        )
        for r in report.rejected:
            print(f"  rejected {r.path}: {r.reason}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from memorial_viewer.cli_format import emit_json, plain_snippet

    with _open_existing(args) as archive:
        query = archive.saved_searches.get(args.saved).query if args.saved else args.query
        if query is None:
            raise UsageError("search needs a QUERY or --saved NAME")
        result = archive.search(
            query,
            limit=args.limit,
            offset=args.offset,
            kind=args.kind,
            sort=args.sort,
            descending=args.desc,
            facets=args.facets,
        )
    if args.json:
        emit_json(result.to_json())
        return EXIT_OK
    if result.corrected:
        print(f"showing results for {result.corrected!r}")
    print(f"{result.total} result(s) for {query!r}")
    for h in result.hits:
        print(f"#{h.id} [{h.kind}] {h.title}" + (f" ({h.date})" if h.date else ""))
        if h.snippet:
            print(f"    {plain_snippet(h.snippet)}")
    if result.facets:
        f = result.facets
        for label, rows in (
            ("kind", f.kinds),
            ("year", f.years),
            ("mentioned", f.mentioned_years),
            ("tag", f.tags[:10]),
        ):
            if rows:
                print(f"{label}: " + ", ".join(f"{r.value} ({r.count})" for r in rows))
    return EXIT_OK


def cmd_related(args: argparse.Namespace) -> int:
    from memorial_viewer.cli_format import emit_json

    with _open_existing(args) as archive:
        archive.show(args.id)  # a missing item is an error, not an empty list
        related = archive.related(args.id, limit=args.limit)
    if args.json:
        emit_json([r.to_json() for r in related])
        return EXIT_OK
    for r in related:
        why = ", ".join([*r.shared_tags, *r.shared_dates, *r.shared_terms][:6])
        print(f"#{r.id} [{r.kind}] {r.title}" + (f" ({r.date})" if r.date else ""))
        if why:
            print(f"    shares: {why}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from memorial_viewer.cli_format import emit_json, human_item, item_json

    with _open_existing(args) as archive:
        detail = archive.show(args.id)
    if args.json:
        emit_json(item_json(detail))
    else:
        print(human_item(detail))
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    from memorial_viewer.cli_format import emit_json, human_item, item_json
    from memorial_viewer.types import ItemEdit

    edit = ItemEdit(
        title=args.title,
        description=args.description,
        creator=args.creator,
        publisher=args.publisher,
        date=args.date,
        language=args.language,
        rights=args.rights,
        identifier=args.identifier,
        caption=args.caption,
    )
    with _open_existing(args) as archive:
        detail = archive.items.update(args.id, edit)
    if args.json:
        emit_json(item_json(detail))
    else:
        print(human_item(detail).split("\n\n")[0])
    return EXIT_OK


def cmd_timeline(args: argparse.Namespace) -> int:
    from memorial_viewer.cli_format import emit_json

    with _open_existing(args) as archive:
        buckets = archive.timeline(by=args.by, axis=args.axis, query=args.query, kind=args.kind)
    if args.json:
        # "count": items dated exactly in the period; "approximate" (only when there is one):
        # the share of items with imprecise or approximate dates spread over their range.
        emit_json([
            {"period": b.period, "count": b.count}
            | ({"approximate": round(b.approximate, 4)} if b.approximate else {})
            for b in buckets
        ])
        return EXIT_OK
    widest = max((b.count + b.approximate for b in buckets), default=1) or 1
    for b in buckets:
        solid = max(1 if b.count else 0, round(40 * b.count / widest))
        light = max(0, round(40 * (b.count + b.approximate) / widest) - solid)
        light = light or (0 if solid else 1)  # every bucket shows at least one block
        total = f"{b.count + b.approximate:.1f}" if b.approximate else str(b.count)
        print(f"{b.period:>10}  {total:>6}  {'█' * solid}{'░' * light}")
    return EXIT_OK


def cmd_tags(args: argparse.Namespace) -> int:
    from memorial_viewer.cli_format import emit_json

    action = args.action or "list"
    if action == "list":
        with _open_existing(args) as archive:
            tags = archive.tags.list()
        if args.json:
            emit_json([{"name": t.name, "count": t.count} for t in tags])
        else:
            for t in tags:
                print(f"{t.count:>6}  {t.name}")
        return EXIT_OK
    with _open_existing(args) as archive:
        if action == "add":
            archive.tags.add(args.ids, [args.tag])
        elif action == "remove":
            archive.tags.remove(args.ids, args.tag)
        elif action == "rename":
            archive.tags.rename(args.old, args.new)
        elif action == "delete":
            archive.tags.delete(args.name)
        tags = archive.tags.list()
    if args.json:
        emit_json([{"name": t.name, "count": t.count} for t in tags])
    return EXIT_OK


def _collection_json(c) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "id": c.id,
        "name": c.name,
        "description": c.description,
        "cover": c.cover_item_id,
        "count": c.count,
        "created_at": c.created_at,
        "entries": [
            {
                "id": e.item_id,
                "position": e.position,
                "kind": e.kind,
                "title": e.title,
                "caption": e.caption,
            }
            for e in c.entries
        ],
    }


def cmd_collections(args: argparse.Namespace) -> int:
    from memorial_viewer.cli_format import emit_json

    action = args.action or "list"
    with _open_existing(args) as archive:
        cols = archive.collections
        if action == "list":
            result: object = [_collection_json(c) for c in cols.list()]
        else:
            if action == "create":
                info = cols.create(args.name, args.description)
            elif action == "show":
                info = cols.get(args.ref)
            elif action == "rename":
                info = cols.rename(args.ref, args.new_name)
            elif action == "delete":
                cols.delete(args.ref)
                info = None
            elif action == "add":
                info = cols.add(args.ref, args.ids, position=args.position, caption=args.caption)
            elif action == "remove":
                info = cols.remove(args.ref, args.ids)
            elif action == "move":
                info = cols.move(args.ref, args.ids, args.to)
            elif action == "caption":
                cols.set_caption(args.ref, args.id, args.caption)
                info = cols.get(args.ref)
            else:  # cover
                cols.set_cover(args.ref, args.id)
                info = cols.get(args.ref)
            result = _collection_json(info) if info else {"deleted": args.ref}
    if args.json:
        emit_json(result)
    elif isinstance(result, list):
        for c in result:
            print(f"{c['id']:>4}  {c['name']}  ({c['count']} items)")
    elif "entries" in result:  # type: ignore[operator]
        print(f"{result['name']}")  # type: ignore[index]
        for e in result["entries"]:  # type: ignore[index]
            cap = f" — {e['caption']}" if e["caption"] else ""
            print(f"  {e['position'] + 1:>3}. #{e['id']} [{e['kind']}] {e['title']}{cap}")
    return EXIT_OK


def _bookmark_json(b) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "id": b.id,
        "item": b.item_id,
        "title": b.item_title,
        "kind": b.kind,
        "start": b.start,
        "end": b.end,
        "passage": b.passage,
        "note": b.note,
        "created_at": b.created_at,
    }


def cmd_bookmarks(args: argparse.Namespace) -> int:
    from memorial_viewer.cli_format import emit_json

    action = args.action or "list"
    with _open_existing(args) as archive:
        bm = archive.bookmarks
        if action == "list":
            result: object = [_bookmark_json(b) for b in bm.list(getattr(args, "item", None))]
        elif action == "add":
            if args.passage:
                info = bm.add_passage(args.id, args.passage, args.note)
            else:
                info = bm.add(args.id, note=args.note, start=args.start, end=args.end)
            result = _bookmark_json(info)
        elif action == "note":
            result = _bookmark_json(bm.set_note(args.bookmark, args.note))
        else:
            result = {"removed": _bookmark_json(bm.remove(args.bookmark))}
    if args.json:
        emit_json(result)
    elif isinstance(result, list):
        for b in result:
            passage = f" “{b['passage'][:60]}”" if b["passage"] else ""
            note = f" — {b['note']}" if b["note"] else ""
            print(f"{b['id']:>4}  #{b['item']} {b['title']}{passage}{note}")
    return EXIT_OK


def cmd_saved(args: argparse.Namespace) -> int:
    from memorial_viewer.cli_format import emit_json

    action = args.action or "list"
    with _open_existing(args) as archive:
        ss = archive.saved_searches
        if action == "save":
            ss.save(args.name, args.query)
        elif action == "delete":
            ss.delete(args.name)
        rows = [{"name": s.name, "query": s.query, "created_at": s.created_at} for s in ss.list()]
    if args.json:
        emit_json(rows)
    elif action == "list":
        for s in rows:
            print(f"{s['name']}: {s['query']}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from memorial_viewer.cli_format import emit_json

    with _open_existing(args) as archive:
        report = archive.check(fixity=args.fixity)
    if args.json:
        emit_json(report.to_json())
    else:
        for p in report.problems:
            print(p)
        what = f"{report.items_checked} items"
        if args.fixity:
            what += f", {report.files_hashed} originals re-hashed"
        print(("OK: " if report.ok else f"{len(report.problems)} problem(s): ") + what)
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_reindex(args: argparse.Namespace) -> int:
    """Index every item again: after an upgrade whose search needs what older indexes lack
    (README "Index layout and maintenance"), or when asked."""
    from memorial_viewer.cli_format import emit_json

    with _open_existing(args) as archive:
        start = time.perf_counter()
        count = archive.searcher.rebuild()
        took = time.perf_counter() - start
    if args.json:
        emit_json({"items": count, "seconds": round(took, 2)})
    else:
        print(f"Search index rebuilt: {count} items in {took:.1f} s")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from memorial_viewer.cli_format import emit_json

    with _open_existing(args) as archive:
        s = archive.stats()
    if args.json:
        emit_json(s)
    else:
        print(f"{s.items} items: {s.articles} articles, {s.photos} photos ({s.undated} undated)")
        print(f"dates: {s.earliest or '—'} to {s.latest or '—'}; {s.mentions} dates mentioned")
        print(
            f"{s.tags} tags, {s.collections} collections, {s.bookmarks} bookmarks, "
            f"{s.saved_searches} saved searches"
        )
        print(
            f"originals {s.originals_bytes / 2**20:.1f} MB, database "
            f"{s.database_bytes / 2**20:.1f} MB, thumbnails {s.thumbnails_bytes / 2**20:.1f} MB"
        )
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from memorial_viewer.archive import Archive

    target = Path(args.dir).expanduser() if args.dir else _archive_dir(args)
    if args.demo:
        from memorial_viewer.demo.build import build_demo_archive

        build_demo_archive(target)
    else:
        Archive.create(target).close()
    if args.json:
        from memorial_viewer.cli_format import emit_json

        emit_json({"archive": str(target)})
    else:
        print(f"Created {'demo ' if args.demo else ''}archive at {target}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from memorial_viewer.ui.app import run

    return run(Path(args.archive).expanduser() if getattr(args, "archive", None) else None)


# -- the parser ------------------------------------------------------------------------------


def _common() -> argparse.ArgumentParser:
    # SUPPRESS: the options may stand before or after the subcommand without one hiding the other.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--archive",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="archive folder (default: the user's archive)",
    )
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="machine-readable output on stdout",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="memorial-viewer",
        description="Browse, search and curate an offline archive of articles and photos. "
        "Without a command, opens the desktop application.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, handler: Handler, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_, parents=[common])
        p.set_defaults(handler=handler)
        return p

    p = add("import", cmd_import, "import files and folders (recursively)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")

    p = add("search", cmd_search, "keyword search")
    p.add_argument("query", nargs="?", metavar="QUERY")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--kind", choices=["article", "photo"])
    p.add_argument(
        "--sort", choices=["relevance", "date", "title", "source", "language"], default="relevance"
    )
    p.add_argument("--desc", action="store_true", help="reverse the sort order")
    p.add_argument("--facets", action="store_true", help="add counts by kind, year and tag")
    p.add_argument("--saved", metavar="NAME", help="run the saved search NAME")

    p = add("related", cmd_related, "items on the same topic as an item, best first")
    p.add_argument("id", type=int)
    p.add_argument("--limit", type=int, default=10)

    p = add("show", cmd_show, "show one item with all its fields")
    p.add_argument("id", type=int)

    p = add("edit", cmd_edit, "edit an item's descriptive metadata")
    p.add_argument("id", type=int)
    for field in (
        "title",
        "description",
        "creator",
        "publisher",
        "date",
        "language",
        "rights",
        "identifier",
        "caption",
    ):
        p.add_argument(f"--{field}")

    p = add("timeline", cmd_timeline, "item counts per year, month or day")
    p.add_argument("--by", choices=["year", "month", "day"], default="year")
    p.add_argument("--axis", choices=["item", "mentioned"], default="item")
    p.add_argument("--query", metavar="Q")
    p.add_argument("--kind", choices=["article", "photo"])

    p = add("tags", cmd_tags, "list, add, remove, rename and delete tags")
    tsub = p.add_subparsers(dest="action", parser_class=_Parser)
    tsub.add_parser("list", parents=[common])
    t = tsub.add_parser("add", parents=[common], help="tag items")
    t.add_argument("ids", type=int, nargs="+")
    t.add_argument("--tag", required=True)
    t = tsub.add_parser("remove", parents=[common], help="untag items")
    t.add_argument("ids", type=int, nargs="+")
    t.add_argument("--tag", required=True)
    t = tsub.add_parser("rename", parents=[common], help="rename (or merge into) a tag")
    t.add_argument("old")
    t.add_argument("new")
    t = tsub.add_parser("delete", parents=[common])
    t.add_argument("name")

    p = add("collections", cmd_collections, "list and curate collections")
    csub = p.add_subparsers(dest="action", parser_class=_Parser)
    csub.add_parser("list", parents=[common])
    c = csub.add_parser("create", parents=[common])
    c.add_argument("name")
    c.add_argument("--description")
    for name in ("show", "delete"):
        c = csub.add_parser(name, parents=[common])
        c.add_argument("ref", help="collection id or name")
    c = csub.add_parser("rename", parents=[common])
    c.add_argument("ref")
    c.add_argument("new_name")
    c = csub.add_parser("add", parents=[common], help="add items (at the end or --position)")
    c.add_argument("ref")
    c.add_argument("ids", type=int, nargs="+")
    c.add_argument("--position", type=int)
    c.add_argument("--caption")
    c = csub.add_parser("remove", parents=[common], help="remove entries, keeping the items")
    c.add_argument("ref")
    c.add_argument("ids", type=int, nargs="+")
    c = csub.add_parser("move", parents=[common], help="move entries to a position (0-based)")
    c.add_argument("ref")
    c.add_argument("ids", type=int, nargs="+")
    c.add_argument("--to", type=int, required=True)
    c = csub.add_parser("caption", parents=[common], help="set an entry's caption")
    c.add_argument("ref")
    c.add_argument("id", type=int)
    c.add_argument("caption")
    c = csub.add_parser("cover", parents=[common], help="choose the cover item")
    c.add_argument("ref")
    c.add_argument("id", type=int)

    p = add("bookmarks", cmd_bookmarks, "list, add, annotate and remove bookmarks")
    bsub = p.add_subparsers(dest="action", parser_class=_Parser)
    b = bsub.add_parser("list", parents=[common])
    b.add_argument("--item", type=int)
    b = bsub.add_parser("add", parents=[common], help="bookmark an item or a passage")
    b.add_argument("id", type=int)
    b.add_argument("--note")
    b.add_argument("--passage", help="text of the passage (its first occurrence)")
    b.add_argument("--start", type=int)
    b.add_argument("--end", type=int)
    b = bsub.add_parser("note", parents=[common])
    b.add_argument("bookmark", type=int)
    b.add_argument("note")
    b = bsub.add_parser("remove", parents=[common])
    b.add_argument("bookmark", type=int)

    p = add("saved", cmd_saved, "saved searches: list, save, delete")
    ssub = p.add_subparsers(dest="action", parser_class=_Parser)
    ssub.add_parser("list", parents=[common])
    s = ssub.add_parser("save", parents=[common])
    s.add_argument("name")
    s.add_argument("query")
    s = ssub.add_parser("delete", parents=[common])
    s.add_argument("name")

    p = add("check", cmd_check, "check database integrity (and originals with --fixity)")
    p.add_argument("--fixity", action="store_true", help="re-hash every original")

    add("stats", cmd_stats, "counts, sizes and date range")

    add("reindex", cmd_reindex, "rebuild the search index from the archive's items")

    p = add("init", cmd_init, "create an empty archive (or the demo archive with --demo)")
    p.add_argument("dir", nargs="?", help="folder (default: --archive or the user's archive)")
    p.add_argument("--demo", action="store_true")

    add("gui", cmd_gui, "open the desktop application (the default)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        args.json = getattr(args, "json", False)
        handler: Handler = getattr(args, "handler", cmd_gui)
        return handler(args)
    except UsageError as exc:
        print(f"memorial-viewer: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except MemorialError as exc:
        print(f"memorial-viewer: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("memorial-viewer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        print(f"memorial-viewer: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - promised: one line, never a traceback
        print(f"memorial-viewer: internal error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
