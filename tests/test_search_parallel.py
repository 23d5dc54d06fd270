"""The total counted on a second connection beside the page: same results, errors surface."""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

import pytest

from memorial_viewer.db import make_engine, make_sessionmaker
from memorial_viewer.search.backend import SearchRequest
from memorial_viewer.search.fts5 import Fts5Backend, SplitCount, generation
from tests.search_corpus import build

QUERIES = [
    "Qafarov", '"Şəhidlər Xiyabanı"', '"Şəhidlər Xiyabanında"', "Qafarof", "Bakı", "Baku OR Bakı",
    "Lachin -corridor", "date:1990", "kind:photo", "nothingmatchesthis", "Qafa", "",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    archive, _ids = build(tmp_path_factory.mktemp("search-parallel"))
    with archive:
        path = archive.db_path
    return path


def run(factory, backend: Fts5Backend, request: SearchRequest, parallel: bool):  # type: ignore[no-untyped-def]
    backend.counter._cache.clear()  # noqa: SLF001 - count every time
    with factory() as session:
        r = backend.search(session, request, parallel=parallel)
    return r.total, r.corrected, [(h.id, h.match, h.snippet, h.score) for h in r.hits], r.facets


@pytest.mark.parametrize("mode", ["writable", "readonly", "immutable"])
def test_parallel_total_gives_the_same_results(db: Path, mode: str) -> None:
    engine = make_engine(db, readonly=mode != "writable", immutable=mode == "immutable")
    factory, backend = make_sessionmaker(engine), Fts5Backend()
    workers: list[str] = []
    count, count_part = backend.counter.count, backend.counter.count_part

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        workers.append(threading.current_thread().name)
        return count(*args, **kwargs)

    def spy_part(*args, **kwargs):  # type: ignore[no-untyped-def]
        workers.append(threading.current_thread().name)
        return count_part(*args, **kwargs)

    backend.counter.count = spy  # type: ignore[method-assign]
    backend.counter.count_part = spy_part  # type: ignore[method-assign]
    try:
        for q in QUERIES:
            for offset, limit, sort in ((0, 50, "relevance"), (1, 2, "relevance"), (0, 5, "date")):
                req = SearchRequest(q, limit, offset, None, sort, False, True)
                assert run(factory, backend, req, True) == run(factory, backend, req, False), q
        assert any(name.startswith("search-count") for name in workers)
    finally:
        engine.dispose()


@pytest.mark.parametrize("query", ["Qafarov", '"Şəhidlər Xiyabanında"', "date:1990"])
def test_an_error_in_the_worker_reaches_the_caller(db: Path, query: str) -> None:
    engine = make_engine(db, readonly=True)
    factory, backend = make_sessionmaker(engine), Fts5Backend()
    count, count_part = backend.counter.count, backend.counter.count_part
    started = threading.Event()

    def failing(real):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            if threading.current_thread().name.startswith("search-count"):
                started.set()
                raise RuntimeError("worker failed")
            started.wait(5)  # the search's own connection counts only after the worker failed
            return real(*args, **kwargs)
        return call

    backend.counter.count = failing(count)  # type: ignore[method-assign]
    backend.counter.count_part = failing(count_part)  # type: ignore[method-assign]
    try:
        with pytest.raises(RuntimeError, match="worker failed"):
            run(factory, backend, SearchRequest(query, 50, 0, None, "relevance", False,
                                                False), True)
        assert engine.pool.checkedout() == 0
    finally:
        engine.dispose()


def test_split_count_covers_every_rowid_once(db: Path) -> None:
    """The parts of a total are rowid ranges that cover every integer, whoever counts them."""
    engine = make_engine(db, readonly=True)
    factory, backend = make_sessionmaker(engine), Fts5Backend()
    try:
        with factory() as session:
            conn = session.connection()
            gen = generation(conn)
            low, high = conn.exec_driver_sql("SELECT min(id), max(id) FROM items").one()
            for q in ("Qafarov", "Bakı", '"Şəhidlər Xiyabanında"', "Baku OR Bakı", "kind:photo",
                      "Lachin -corridor", "nothingmatchesthis", "Bakı date:1990",
                      "kind:photo Bakı"):
                _tree, plan, _lex = backend.plan(conn, q)
                if plan.text is None:
                    continue  # no text to match: counted whole (a set of ids, not FTS5)
                whole = backend.counter.count(conn, plan, gen)
                # ranges inside the ids, one id wide, and wider than the ids
                for lo, hi, parts in ((low, high, 10), (low, high, 1000), (low + 3, low + 4, 3),
                                      (high, high, 4)):
                    split = SplitCount(backend.counter, plan, lo, hi, parts)
                    assert split.ranges[0][0] is None and split.ranges[-1][1] is None
                    assert all(a[1] == b[0] for a, b in itertools.pairwise(split.ranges))
                    split.run(conn)
                    assert split.total() == whole, (q, lo, hi, parts)
    finally:
        engine.dispose()


def test_total_counted_in_parts_is_kept_like_a_whole_count(db: Path) -> None:
    engine = make_engine(db, readonly=True)
    factory, backend = make_sessionmaker(engine), Fts5Backend()
    try:
        q = '"Şəhidlər Xiyabanında"'
        req = SearchRequest(q, 2, 0, None, "relevance", False, False)
        with factory() as session:
            total = backend.search(session, req, parallel=True).total
        assert total >= 2
        with factory() as session:
            _tree, plan, _lex = backend.plan(session.connection(), q)
            assert backend.counter.cached(plan, generation(session.connection())) == total
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("query", "split"),
    [('"Şəhidlər Xiyabanında"', True), ('"Şəhidlər Xiyabanında" date:1990', True),
     ('"Şəhidlər Xiyabanında" Qafa', False),  # a prefix term: gathered again for every range
     ('"Şəhidlər Xiyabanında" tag:funeral', False),  # an id set: built again for every range
     ("Qafarov", False), ("Bakı ", False)],
)
def test_only_phrase_totals_are_counted_in_parts(db: Path, query: str, split: bool) -> None:
    engine = make_engine(db, readonly=True)
    factory, backend = make_sessionmaker(engine), Fts5Backend()
    parts: list[object] = []
    count_part = backend.counter.count_part

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        parts.append(args)
        return count_part(*args, **kwargs)

    backend.counter.count_part = spy  # type: ignore[method-assign]
    try:
        req = SearchRequest(query, 50, 0, None, "relevance", False, False)
        with factory() as session:
            parallel = backend.search(session, req, parallel=True)
        backend.counter._cache.clear()  # noqa: SLF001
        with factory() as session:
            serial = backend.search(session, req, parallel=False)
        assert parallel.total == serial.total
        assert [h.id for h in parallel.hits] == [h.id for h in serial.hits]
        assert bool(parts) == split
    finally:
        engine.dispose()
