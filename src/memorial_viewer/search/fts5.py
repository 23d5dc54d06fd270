"""SQLite FTS5 implementation of the search backend.

parse (query.py) → plan by tiers (compile.py) → total, and near-miss correction when the total
is small (spelling.py) → a page in tier/bm25 or date/title order (ranking.py) → snippets from
the hits' own text (snippets.py). Facets and related items have their own modules.
"""

from __future__ import annotations

import itertools
import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from memorial_viewer.search import facets as facets_mod
from memorial_viewer.search import related as related_mod
from memorial_viewer.search.backend import IndexDocument, SearchRequest
from memorial_viewer.search.compile import TIER_NAMES, Plan, Terms, compile_query
from memorial_viewer.search.folding import typo_budget
from memorial_viewer.search.index import field_forms
from memorial_viewer.search.query import Node, Word, parse
from memorial_viewer.search.ranking import Counter, Ranked, page, where
from memorial_viewer.search.snippets import Highlighter, plain
from memorial_viewer.search.spelling import ArchiveLexicon, TypoIndex
from memorial_viewer.search.writer import IndexWriter
from memorial_viewer.types import Facets, Kind, RelatedItem, SearchHit, SearchResult

#: "Finds little": below this many hits, near-miss corrections are tried.
LITTLE = 3
#: Corrections tried per word, and the cap when counting how many items a candidate finds.
MAX_CANDIDATES = 5
DF_CAP = 500
CORRECTED = TIER_NAMES.index("corrected")
#: Worker threads counting totals beside the page (one per concurrent search is plenty).
COUNT_WORKERS = 2
#: Rowid ranges the total of a phrase query is counted in: the worker takes them one by one,
#: the search's own connection takes what is left once its page is ranked.
COUNT_PARTS = 16


class SplitCount:
    """A total counted as the sum of rowid ranges, by whichever connection is free next."""

    def __init__(self, counter: Counter, plan: Plan, low: int, high: int, parts: int) -> None:
        self.counter, self.plan = counter, plan
        span = max(1, high - low + 1)
        cuts = sorted({low - 1 + span * i // parts for i in range(1, parts)})
        bounds: list[int | None] = [None, *cuts, None]
        # (after, upto]: the first and last ranges are open, so the parts cover every rowid.
        self.ranges = list(itertools.pairwise(bounds))
        self._next = 0
        self._sum = 0
        self._lock = threading.Lock()

    def run(self, conn: Connection) -> None:
        """Count ranges on `conn` until none is left."""
        while True:
            with self._lock:
                if self._next >= len(self.ranges):
                    return
                after, upto = self.ranges[self._next]
                self._next += 1
            n = self.counter.count_part(conn, self.plan, after, upto)
            with self._lock:
                self._sum += n

    def stop(self) -> None:
        """Leave the ranges not taken yet (the search failed)."""
        with self._lock:
            self._next = len(self.ranges)
            self._sum = -1

    def total(self) -> int:
        with self._lock:
            assert self._next >= len(self.ranges)
            return self._sum

_HITS = (
    "SELECT i.id, i.kind, i.title, i.date_edtf, a.text, p.caption, p.exif_description, "
    "i.description FROM items i LEFT JOIN articles a ON a.item_id = i.id "
    "LEFT JOIN photos p ON p.item_id = i.id WHERE i.id IN ({ids})"
)


def generation(conn: Connection) -> str:
    """Changes with every index write, in any process: the key of every cache here."""
    return str(conn.exec_driver_sql(
        "SELECT value FROM item_fts_meta WHERE key = 'generation'"
    ).scalar())


class Fts5Backend:
    def __init__(self) -> None:
        self.writer = IndexWriter()
        self.typos = TypoIndex()
        self.counter = Counter()
        self.facet_table = facets_mod.FacetTable()
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()

    # -- writing ---------------------------------------------------------------------------

    def prepare(self, doc: IndexDocument) -> object:
        return field_forms(doc)

    def index(
        self, session: Session, doc: IndexDocument, *, new: bool = False, prepared: object = None
    ) -> None:
        self.writer.index(session, doc, fresh=new, forms=prepared)  # type: ignore[arg-type]

    def remove(self, session: Session, item_id: int) -> None:
        self.writer.remove(session, item_id)

    # -- planning --------------------------------------------------------------------------

    def plan(
        self, conn: Connection, query: str, kind: Kind | None = None
    ) -> tuple[Node | None, Plan, ArchiveLexicon]:
        tree = parse(query)
        lexicon = ArchiveLexicon(conn)
        return tree, compile_query(tree, lexicon, kind=kind), lexicon

    def corrections(
        self, conn: Connection, plan: Plan, gen: str, kind: Kind | None, total: int
    ) -> dict[str, list[str]]:
        """For each word that finds little as typed, the nearest better-attested spelling."""
        fixes: dict[str, list[str]] = {}
        for w in plan.words:
            if w.prefix or typo_budget(w.text) == 0 or w.text in fixes:
                continue
            if len(plan.words) == 1 and not plan.preds:
                own = total  # the query is this word
            else:
                alone = compile_query(Word(w.text, fields=w.fields), None, kind=kind)
                own = self.counter.count(conn, alone, gen, cap=LITTLE)
            if own >= LITTLE:
                continue
            if not self.typos.refreshed_for(gen):
                self.typos.refresh(conn)
                self.typos.mark(gen)
            best: tuple[int, int, str] | None = None
            for term, cost in self.typos.candidates(w.text)[:MAX_CANDIDATES]:
                probe = compile_query(Word(term, fields=w.fields), None, kind=kind)
                n = self.counter.count(conn, probe, gen, cap=DF_CAP)
                if n > own and (best is None or (cost, -n) < (best[0], -best[1])):
                    best = (cost, n, term)
            if best is not None:
                fixes[w.text] = [best[2]]
        return fixes

    # -- searching -------------------------------------------------------------------------

    def _executor(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(COUNT_WORKERS, thread_name_prefix="search-count")
            return self._pool

    def _count_beside(
        self, conn: Connection, plan: Plan, gen: str
    ) -> tuple[Future[int | None], SplitCount | None] | None:
        """Count the plan's total on another pooled connection while this one ranks the page.

        Only for a file database behind a QueuePool (a second connection sees the same data;
        WAL lets readers run side by side, and sqlite3 lets go of the GIL while it steps) and
        with a spare connection. The worker reads in its own read transaction; when its
        snapshot's index generation is not this one's (a write committed in between) it gives
        None and the total is counted here as before.

        The total of a query with a phrase is counted in rowid ranges (`SplitCount`): the
        worker starts on them at once, and this connection counts the ranges left once its
        page is ranked, so both cores count when the page is done first (a common phrase's
        total reads every position of its words: it costs more than its page). Not with a
        prefix term: FTS5 would gather its terms' documents again for every range. The worker
        then gives its range sums only through the `SplitCount`.
        """
        engine: Engine = conn.engine
        pool = engine.pool
        if not isinstance(pool, QueuePool) or pool.checkedout() >= pool.size() + max(
            0, pool._max_overflow  # noqa: SLF001 - no public accessor
        ):
            return None

        split: SplitCount | None = None
        if (
            plan.text is not None and plan.phrases and "*" not in (plan.match or "")
            and all(p.probe is not None for p in plan.preds)  # no id set built per range
        ):
            low, high = conn.exec_driver_sql(  # two look-ups: min() and max() together scan
                "SELECT (SELECT min(id) FROM items), (SELECT max(id) FROM items)"
            ).one()
            if low is not None:
                split = SplitCount(self.counter, plan, int(low), int(high), COUNT_PARTS)

        def job() -> int | None:
            with engine.connect() as other:
                if generation(other) != gen:
                    return None
                if split is not None:
                    split.run(other)
                    return None
                return self.counter.count(other, plan, gen)

        return self._executor().submit(job), split

    def search(
        self, session: Session, request: SearchRequest, *, parallel: bool = False
    ) -> SearchResult:
        """One page of hits and the total.

        `parallel`: the session only reads (no uncommitted writes of its own), so the total
        may be counted on a second connection while the page is ranked here.
        """
        conn = session.connection()
        tree, plan, lexicon = self.plan(conn, request.query, request.kind)
        gen = generation(conn)
        cached = self.counter.cached(plan, gen)
        beside = None
        if cached is None and parallel and request.limit > 0:
            beside = self._count_beside(conn, plan, gen)
        if beside is None:
            total = cached if cached is not None else self.counter.count(conn, plan, gen)
            return self._search(conn, tree, plan, lexicon, gen, request, total)
        pending, split = beside
        known: list[int] = []

        def total_now() -> int:
            if not known:
                if split is not None:
                    split.run(conn)  # the ranges the worker has not taken yet
                    pending.result()  # re-raises what the worker raised; waits for its range
                    known.append(split.total())
                    self.counter.store(plan, gen, known[0])
                else:
                    n = pending.result()  # re-raises what the worker raised
                    known.append(self.counter.count(conn, plan, gen) if n is None else n)
            return known[0]

        try:
            ranked = page(
                conn, plan, request.sort, max(0, request.offset), request.limit,
                request.descending, total_now,
            )
            hits = self._hits(conn, plan, ranked)
            total = total_now()
        except BaseException:
            if split is not None:
                split.stop()
            pending.cancel()
            if not pending.cancelled():
                pending.exception()  # let the worker finish with its connection first
            raise
        if total < LITTLE and plan.words and plan.text is not None:
            # Near-miss correction may change the plan: decide as the serial path does.
            return self._search(conn, tree, plan, lexicon, gen, request, total)
        result = SearchResult(request.query, total, hits, None)
        if request.facets:
            result.facets = facets_mod.facets(conn, plan, self.facet_table, gen)
        return result

    def _search(
        self,
        conn: Connection,
        tree: Node | None,
        plan: Plan,
        lexicon: ArchiveLexicon,
        gen: str,
        request: SearchRequest,
        total: int,
    ) -> SearchResult:
        corrected: str | None = None
        fixes: dict[str, list[str]] = {}
        empty_below = 0
        if total < LITTLE and plan.words and plan.text is not None:
            fixes = self.corrections(conn, plan, gen, request.kind, total)
            if fixes:
                fixed = compile_query(tree, lexicon, kind=request.kind, corrections=fixes)
                n = self.counter.count(conn, fixed, gen)
                if n > total:
                    # Tiers 0-3 are the uncorrected plan's: with nothing found there, the page
                    # needs only the corrected tier.
                    empty_below = CORRECTED if total == 0 else 0
                    plan, total = fixed, n
                else:
                    fixes = {}
        ranked = page(
            conn, plan, request.sort, max(0, request.offset), max(0, request.limit),
            request.descending,
            total,
            empty_below,
        )
        hits = self._hits(conn, plan, ranked)
        if fixes:
            corrected = self._shown_correction(conn, request.query, fixes, ranked)
        result = SearchResult(request.query, total, hits, corrected)
        if request.facets:
            result.facets = facets_mod.facets(conn, plan, self.facet_table, gen)
        return result

    def _hits(self, conn: Connection, plan: Plan, ranked: list[Ranked]) -> list[SearchHit]:
        if not ranked:
            return []
        ids = ",".join(str(r.id) for r in ranked)
        rows = {r[0]: r for r in conn.exec_driver_sql(_HITS.format(ids=ids))}
        strict = loose = None
        if not plan.terms.empty():
            strict, loose = Highlighter(plan.terms, loose=False), Highlighter(plan.terms)
        hits = []
        for r in ranked:
            row = rows.get(r.id)
            if row is None:
                continue
            _id, kind, title, date, text, caption, exif_desc, description = row
            fields = [text, caption, exif_desc, description, title]
            snip = ""
            # Exact and folded hits need no stems or keys: far fewer words to check. Nor does
            # a corrected hit of a one-word query: its word is in none of the looser forms (the
            # hit lies outside tier 3), only as the corrected folded term.
            hl = strict if r.tier is not None and (
                r.tier <= 1 or (r.tier == CORRECTED and plan.leaves == 1)
            ) else loose
            if hl is not None:
                for value in fields:
                    if value and (found := hl.snippet(value)) is not None:
                        snip = found
                        break
                else:
                    snip = plain(next((v for v in fields[:4] if v), ""))
            match = TIER_NAMES[r.tier] if r.tier is not None else ""
            hits.append(SearchHit(r.id, kind, title, date, snip, r.score, match))
        return hits

    def _shown_correction(
        self, conn: Connection, query: str, fixes: dict[str, list[str]], ranked: list[Ranked]
    ) -> str:
        """The query as it was run, each corrected word as it stands in a hit's text."""
        shown = query
        ids = ",".join(str(r.id) for r in ranked[:10]) or "0"
        rows = conn.exec_driver_sql(_HITS.format(ids=ids)).all()
        for word, terms in fixes.items():
            surface = terms[0]
            hl = Highlighter(Terms(folded=set(terms)))
            for row in rows:
                spans = [s for v in (row[4], row[5], row[2]) if v for s in [hl.spans(v)] if s]
                if spans:
                    text = next(v for v in (row[4], row[5], row[2]) if v and hl.spans(v))
                    start, end, _ = hl.spans(text)[0]
                    surface = text[start:end]
                    break
            shown = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", surface, shown, count=1)
        return shown

    def matching_ids(self, session: Session, query: str) -> list[int] | None:
        conn = session.connection()
        _tree, plan, _lex = self.plan(conn, query)
        clause = self.id_clause(plan)
        if clause is None:
            return None
        sql, params = clause
        return [r[0] for r in conn.exec_driver_sql(sql, params)]

    def id_clause(self, plan: Plan) -> tuple[str, dict[str, object]] | None:
        """SQL selecting the ids a plan matches (for IN subqueries), or None for all items."""
        if plan.everything:
            return None
        if plan.text is None:
            cond, params = where(plan, "i.id")
            return f"SELECT i.id FROM items i WHERE 1{cond}", params
        cond, params = where(plan, "+item_fts.rowid")
        params["m"] = plan.match
        return f"SELECT rowid FROM item_fts WHERE item_fts MATCH :m{cond}", params

    def facets(self, session: Session, query: str, kind: Kind | None = None) -> Facets:
        conn = session.connection()
        _tree, plan, _lex = self.plan(conn, query, kind)
        return facets_mod.facets(conn, plan, self.facet_table, generation(conn))

    def related(self, session: Session, item_id: int, limit: int = 10) -> list[RelatedItem]:
        return related_mod.related(session.connection(), item_id, limit)

