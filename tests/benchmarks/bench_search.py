"""Search benchmark (issue 4): the public search API beside bare FTS5 on the same text.

    python -m tests.benchmarks.bench_search [--articles 100000] [--photos 20000] [--workdir DIR]
    python -m tests.benchmarks.bench_search --keep ...      # keep the built archive, then
    python -m tests.benchmarks.bench_search --reuse DIR     # time the queries again on it

Builds a synthetic archive (Zipf vocabulary mixing Latin and Cyrillic, tests/benchmarks/
synthetic.py) by bulk inserts in big transactions; each item is indexed by the importer's own
path (`make_document` → `Fts5Backend.index`, so the forms are exactly the import's). A bare
FTS5 table (unicode61 remove_diacritics 2, content stored) over the same titles and texts
sits in the same database. Each class runs QUERIES distinct queries (caches cleared before
each) for the first page of 50 hits with snippets plus the total, beside the bare query (bm25
order, snippet(), count(*)), and prints p50/p95 in ms, the ratio, and the index size.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from tests.benchmarks.synthetic import article_texts, vocabulary, zipf_weights

QUERIES = 25
BATCH = 5000
TAGS = [f"tag{i:03d}" for i in range(200)]


def _translit(word: str) -> str:
    """A Russian-style romanisation of a Cyrillic word (what a Latin-script user types)."""
    table = {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya",
    }  # fmt: skip
    return "".join(table.get(c, c) for c in word)


def build(archive, n_articles: int, n_photos: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Bulk-load items, dates, mentions and tags; index each item like the importer."""
    ctx = archive._ctx  # noqa: SLF001 - a benchmark loads rows below the public API
    backend = ctx.index.backend
    from memorial_viewer.search.index import make_document

    rng = random.Random(5)
    stamp = datetime(2026, 1, 1).isoformat(sep=" ")
    raw_bytes = 0
    index_s = 0.0
    bare_s = 0.0
    t_all = time.perf_counter()
    with ctx.write("bulk load") as session:
        conn = session.connection()
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE bench_bare USING fts5(title, body, "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        conn.exec_driver_sql(
            "INSERT INTO tags(id, name) VALUES (?, ?)", [(i + 1, t) for i, t in enumerate(TAGS)]
        )
    texts = article_texts(n_articles)
    item_id = 0
    tag_cum = zipf_weights(len(TAGS), 1.0)
    vocab = vocabulary(50_000)
    word_cum = zipf_weights(len(vocab))
    while item_id < n_articles + n_photos:
        with ctx.write("bulk load") as session:
            conn = session.connection()
            items, articles, photos, mentions, item_tags, docs, bare = [], [], [], [], [], [], []
            for _ in range(BATCH):
                if item_id >= n_articles + n_photos:
                    break
                item_id += 1
                i = item_id - 1
                tags = sorted(set(rng.choices(range(len(TAGS)), cum_weights=tag_cum,
                                              k=rng.randint(0, 3))))
                if item_id <= n_articles:
                    title, text = next(texts)
                    year, day = 1988 + (i % 36), 1 + i % 28
                    edtf = f"{year}-01-{day:02d}"
                    items.append((item_id, "article", title, edtf, edtf, edtf, "day", stamp))
                    articles.append((item_id, text))
                    mentions.append((item_id, edtf, edtf, edtf))
                    doc = make_document(item_id, "article", title, text=text,
                                        tags=[TAGS[t] for t in tags])
                    bare.append((item_id, title, text))
                    raw_bytes += len(title.encode()) + len(text.encode())
                else:
                    words = rng.choices(vocab, cum_weights=word_cum, k=15)
                    title = f"Photo {item_id} " + " ".join(words[:2])
                    caption = " ".join(words)
                    year = 1990 + i % 30
                    edtf = f"{year}"
                    items.append((item_id, "photo", title, edtf, f"{year}-01-01",
                                  f"{year}-12-31", "year", stamp))
                    photos.append((item_id, caption))
                    doc = make_document(item_id, "photo", title, caption=caption,
                                        tags=[TAGS[t] for t in tags])
                    bare.append((item_id, title, caption))
                    raw_bytes += len(title.encode()) + len(caption.encode())
                item_tags += [(item_id, t + 1) for t in tags]
                docs.append(doc)
            def many(sql: str, rows: list, conn=conn) -> None:  # type: ignore[no-untyped-def]
                if rows:  # an empty list would run the statement once, without values
                    conn.exec_driver_sql(sql, rows)

            many(
                "INSERT INTO items(id, kind, title, date_edtf, date_earliest, date_latest, "
                "date_precision, date_approximate, date_uncertain, date_source, sha256, part, "
                "original_name, original_path, media_path, size, imported_at, modified_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 'user', printf('%064d', ?1), 0, 'x', 'x', "
                "'x', 1, ?8, ?8)",
                items,
            )
            many(
                "INSERT INTO articles(item_id, text, html) VALUES (?, ?, '')", articles
            )
            many(
                "INSERT INTO photos(item_id, format, width, height, mode, orientation, caption, "
                "exif_json) VALUES (?, 'JPEG', 4000, 3000, 'RGB', 1, ?, '{}')",
                photos,
            )
            many(
                "INSERT INTO mentions(item_id, edtf, earliest, latest, precision, approximate, "
                "start, \"end\", text) VALUES (?, ?, ?, ?, 'day', 0, 0, 10, 'January')",
                mentions,
            )
            many("INSERT INTO item_tags(item_id, tag_id) VALUES (?, ?)", item_tags)
            t = time.perf_counter()
            for doc in docs:
                backend.index(session, doc)
            index_s += time.perf_counter() - t
            t = time.perf_counter()
            conn.exec_driver_sql("INSERT INTO bench_bare(rowid, title, body) VALUES (?, ?, ?)",
                                 bare)
            bare_s += time.perf_counter() - t
        print(f"  loaded {item_id} items", flush=True)
    return {
        "raw_bytes": raw_bytes,
        "index_s": index_s,
        "bare_s": bare_s,
        "total_s": time.perf_counter() - t_all,
        "items": item_id,
        "articles": n_articles,
    }


def sizes(db_path: Path) -> dict[str, int]:
    import sqlite3

    con = sqlite3.connect(db_path)
    try:
        rows = con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    finally:
        con.close()
    ours = sum(n for name, n in rows if name.startswith("item_fts"))
    bare = sum(n for name, n in rows if name.startswith("bench_bare"))
    return {"ours": ours, "bare": bare}


def pick_queries(rng: random.Random, n_articles: int) -> dict[str, list[tuple[str, str]]]:
    """(our query, bare FTS5 MATCH) pairs per class, all distinct."""
    vocab = vocabulary(50_000)
    cyr = set("абвгдеёжзийклмнопрстуфхцчшщыэюя")
    ascii_latin = [w for w in vocab[2000:6000] if w.isascii() and len(w) >= 6]

    def q(term: str) -> str:
        return '"' + term.replace('"', "") + '"'

    rare = rng.sample(vocab[20_000:40_000], QUERIES)
    common = vocab[16 : 16 + QUERIES]
    texts = list(article_texts(min(n_articles, 2000), seed=11))
    phrases = []
    while len(phrases) < QUERIES:
        _title, text = rng.choice(texts)
        words = text.split()
        j = rng.randrange(len(words) - 1)
        a, b = words[j].strip("."), words[j + 1].strip(".")
        if a.isalpha() and b.isalpha():
            phrases.append((f'"{a} {b}"', f'"{a} {b}"'))
    prefixes = [w[:3] for w in rng.sample(vocab[100:1000], QUERIES * 3) if len(w) >= 5]
    prefixes = list(dict.fromkeys(prefixes))[:QUERIES]
    fields = rng.sample(vocab[16:200], QUERIES)
    cross = [w for w in vocab[200:3000] if set(w) <= cyr and len(w) >= 5]
    cross = rng.sample(cross, QUERIES)
    missp = []
    for w in rng.sample(ascii_latin, QUERIES):
        k = len(w) // 2
        wrong = w[:k] + ("x" if w[k] != "x" else "z") + w[k + 1 :]
        missp.append((wrong, q(w)))
    facet = rng.sample(vocab[100:600], QUERIES)
    return {
        "rare term": [(w, q(w)) for w in rare],
        "common term": [(w, q(w)) for w in common],
        "phrase": phrases,
        "prefix": [(f"{p}*", f"{q(p)}*") for p in prefixes],
        "field + date range": [(f"title:{w} date:1990..1995", f"title:{q(w)}") for w in fields],
        "cross-script": [(_translit(w), q(w)) for w in cross],
        "misspelled": missp,
        "facets": [(w, q(w)) for w in facet],
    }


def bare_query(conn, match: str, date_range: bool) -> None:  # type: ignore[no-untyped-def]
    join, cond = "", ""
    if date_range:
        join = " JOIN items i ON i.id = bench_bare.rowid"
        cond = " AND i.date_earliest <= '1995-12-31' AND i.date_latest >= '1990-01-01'"
    conn.exec_driver_sql(
        "SELECT bench_bare.rowid, snippet(bench_bare, -1, '<mark>', '</mark>', '…', 24), "
        f"bm25(bench_bare, 10.0, 1.0) AS s FROM bench_bare{join} "
        f"WHERE bench_bare MATCH ?{cond} ORDER BY s LIMIT 50",
        (match,),
    ).all()
    conn.exec_driver_sql(
        f"SELECT count(*) FROM bench_bare{join} WHERE bench_bare MATCH ?{cond}", (match,)
    ).scalar()


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p * (len(values) - 1))))
    return values[k]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--photos", type=int, default=20_000)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep the archive (for reruns)")
    parser.add_argument("--reuse", type=Path, help="a folder kept by --keep: skip the build")
    args = parser.parse_args()

    import json

    from memorial_viewer.archive import Archive

    if args.reuse:
        stats = json.loads((args.reuse / "build.json").read_text())
        with Archive.open(args.reuse / "archive") as archive:
            report_build(archive, stats)
            run_queries(archive, pick_queries(random.Random(3), stats["articles"]))
        return
    work = Path(tempfile.mkdtemp(prefix="mv-search-bench-", dir=args.workdir))
    try:
        with Archive.create(work / "archive") as archive:
            stats = build(archive, args.articles, args.photos)
            stats["articles"] = args.articles
            with archive._ctx.write("optimize") as session:  # noqa: SLF001
                conn = session.connection()
                conn.exec_driver_sql("INSERT INTO item_fts(item_fts) VALUES ('optimize')")
                conn.exec_driver_sql("INSERT INTO bench_bare(bench_bare) VALUES ('optimize')")
            (work / "build.json").write_text(json.dumps(stats))
            report_build(archive, stats)
            run_queries(archive, pick_queries(random.Random(3), args.articles))
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def report_build(archive, stats: dict) -> None:  # type: ignore[no-untyped-def]
    n = stats["items"]
    print(f"built {n} items in {stats['total_s']:.0f} s; indexing "
          f"{stats['index_s'] / n * 1000:.2f} ms/item (ours), bare FTS5 insert "
          f"{stats['bare_s'] / n * 1000:.2f} ms/item")
    size = sizes(archive.db_path)
    raw = stats["raw_bytes"]
    print(f"raw text {raw / 1e6:.0f} MB; our index {size['ours'] / 1e6:.0f} MB = "
          f"{size['ours'] / raw:.2f}x; bare FTS5 (with its content) "
          f"{size['bare'] / 1e6:.0f} MB = {size['bare'] / raw:.2f}x")


def run_queries(archive, classes) -> None:  # type: ignore[no-untyped-def]  # type: ignore[no-untyped-def]
    backend = archive.searcher.backend
    print()
    print("| class | ours p50 | ours p95 | bare p50 | bare p95 | p95 ratio | hits (median) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, pairs in classes.items():
        # one untimed run per class: loads the vocabulary and warms the page cache
        warm_q, warm_b = pairs[0]
        archive.search(warm_q) if name != "facets" else archive.facets(warm_q)
        ours, bare, totals = [], [], []
        with archive._ctx.read() as session:  # noqa: SLF001
            conn = session.connection()
            for query, match in pairs:
                backend.counter._cache.clear()  # noqa: SLF001 - time the uncached path
                t = time.perf_counter()
                if name == "facets":
                    archive.facets(query)
                else:
                    res = archive.search(query, limit=50)
                    totals.append(res.total)
                ours.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                bare_query(conn, match, name.startswith("field"))
                bare.append((time.perf_counter() - t) * 1000)
        med = int(statistics.median(totals)) if totals else 0
        print(f"| {name} | {pct(ours, .5):.1f} | {pct(ours, .95):.1f} | {pct(bare, .5):.1f} "
              f"| {pct(bare, .95):.1f} | {pct(ours, .95) / max(pct(bare, .95), 1e-6):.2f} "
              f"| {med} |", flush=True)


if __name__ == "__main__":
    main()
