"""The total counted on a second connection beside the page: same results, errors surface."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from memorial_viewer.db import make_engine, make_sessionmaker
from memorial_viewer.search.backend import SearchRequest
from memorial_viewer.search.fts5 import Fts5Backend
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
    count = backend.counter.count

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        workers.append(threading.current_thread().name)
        return count(*args, **kwargs)

    backend.counter.count = spy  # type: ignore[method-assign]
    try:
        for q in QUERIES:
            for offset, limit, sort in ((0, 50, "relevance"), (1, 2, "relevance"), (0, 5, "date")):
                req = SearchRequest(q, limit, offset, None, sort, False, True)
                assert run(factory, backend, req, True) == run(factory, backend, req, False), q
        assert any(name.startswith("search-count") for name in workers)
    finally:
        engine.dispose()


def test_an_error_in_the_worker_reaches_the_caller(db: Path) -> None:
    engine = make_engine(db, readonly=True)
    factory, backend = make_sessionmaker(engine), Fts5Backend()
    count = backend.counter.count

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        if threading.current_thread().name.startswith("search-count"):
            raise RuntimeError("worker failed")
        return count(*args, **kwargs)

    backend.counter.count = failing  # type: ignore[method-assign]
    try:
        with pytest.raises(RuntimeError, match="worker failed"):
            run(factory, backend, SearchRequest("Qafarov", 50, 0, None, "relevance", False,
                                                False), True)
        assert engine.pool.checkedout() == 0
    finally:
        engine.dispose()
