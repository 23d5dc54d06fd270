"""The search entry point of the core: runs queries through the archive's backend."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from memorial_viewer.context import ArchiveContext
from memorial_viewer.models import IndexQueue
from memorial_viewer.search import maintenance, pending
from memorial_viewer.search.backend import SearchRequest, Sort
from memorial_viewer.search.compile import Terms, compile_query
from memorial_viewer.search.folding import exact, fold, latin_key, typo_budget
from memorial_viewer.search.fts5 import LITTLE, Fts5Backend, generation
from memorial_viewer.search.query import And, Node, Not, Or, Phrase, Word, parse
from memorial_viewer.search.snippets import Highlighter, merge, phrase_spans, word_terms
from memorial_viewer.search.spelling import ArchiveLexicon
from memorial_viewer.types import Facets, Kind, RelatedItem, SearchResult

#: The text the reader shows of each kind of item, and the query field that addresses it.
_HIGHLIGHT_SQL = (
    "SELECT i.kind, a.text, p.caption FROM items i LEFT JOIN articles a ON a.item_id = i.id "
    "LEFT JOIN photos p ON p.item_id = i.id WHERE i.id = ?"
)


class SearchService:
    def __init__(self, ctx: ArchiveContext) -> None:
        self._ctx = ctx
        self.backend = ctx.index.backend
        if not ctx.readonly:
            self.ensure_current()
            self.index_queued()

    def index_queued(self) -> int:
        """Finish indexing items a killed import committed but did not index yet."""
        with self._ctx.read() as session:
            if session.scalar(select(IndexQueue.item_id).limit(1)) is None:
                return 0
        with self._ctx.write("index imported items") as session:
            return pending.index_queued(session, self.backend)

    def ensure_current(self) -> bool:
        """Rebuild the index if it was built with other rules; True when it was rebuilt."""
        if not isinstance(self.backend, Fts5Backend):
            return False
        with self._ctx.read() as session:
            if not maintenance.needs_rebuild(session):
                return False
        self.rebuild()
        return True

    def rebuild(self) -> int:
        """Index every item again (one transaction); returns how many."""
        assert isinstance(self.backend, Fts5Backend)
        with self._ctx.write("rebuild the search index") as session:
            return maintenance.rebuild(session, self.backend.writer)

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        offset: int = 0,
        kind: Kind | None = None,
        sort: Sort = "relevance",
        descending: bool = False,
        facets: bool = False,
    ) -> SearchResult:
        """One page of hits for `query` (the query language is in the README, "Search")."""
        request = SearchRequest(query, limit, offset, kind, sort, descending, facets)
        with self._ctx.read() as session:
            if isinstance(self.backend, Fts5Backend):
                # A read session: the total may be counted on a second connection.
                return self.backend.search(session, request, parallel=True)
            return self.backend.search(session, request)

    def run_saved(self, name: str, **options) -> SearchResult:  # type: ignore[no-untyped-def]
        """Run the saved search `name` again (options as for `search`)."""
        from memorial_viewer.saved_searches import SavedSearchService

        query = SavedSearchService(self._ctx).get(name).query
        return self.search(query, **options)

    def matching_ids(self, query: str) -> list[int] | None:
        with self._ctx.read() as session:
            return self.backend.matching_ids(session, query)

    def id_subquery(
        self, session: Session, query: str, kind: Kind | None = None
    ) -> tuple[str, dict[str, object]] | None:
        """SQL selecting the ids matching `query` (for an IN clause), or None for all items."""
        assert isinstance(self.backend, Fts5Backend)
        _tree, plan, _lex = self.backend.plan(session.connection(), query, kind)
        return self.backend.id_clause(plan)

    def facets(self, query: str, *, kind: Kind | None = None) -> Facets:
        """Counts by kind, year, mentioned year and tag of the items matching `query`."""
        with self._ctx.read() as session:
            return self.backend.facets(session, query, kind)

    def related(self, item_id: int, limit: int = 10) -> list[RelatedItem]:
        """Items on the same topic as `item_id`, best first."""
        with self._ctx.read() as session:
            return self.backend.related(session, item_id, limit)

    def highlights(self, item_id: int, query: str) -> list[tuple[int, int]]:
        """Where `query` matches the shown text of an item: an article's plain text (as
        `ItemDetail.text`) or a photo's caption, as sorted, non-overlapping character spans
        [start, end).

        The words are found as snippets find them (folded, inflected, transliterated and,
        when the search corrected a word, the correction); a phrase is marked where its words
        follow each other, as one span. Excluded words, words asked for in another field
        (`title:`) and filters mark nothing. Never raises on a query: it is parsed as the
        search parses it. An unknown item has no highlights.
        """
        tree = parse(query)
        if tree is None:
            return []
        with self._ctx.read() as session:
            conn = session.connection()
            row = conn.exec_driver_sql(_HIGHLIGHT_SQL, (int(item_id),)).first()
            if row is None:
                return []
            kind, body, caption = row
            field, text = ("caption", caption) if kind == "photo" else ("text", body)
            if not text:
                return []
            positive: list[Word | Phrase] = []
            negative: list[Word | Phrase] = []
            _leaves(tree, False, positive, negative)
            positive = [x for x in positive if x.fields is None or field in x.fields]
            if not positive:
                return []
            lexicon: ArchiveLexicon | None = None
            fixes: dict[str, list[str]] = {}
            if isinstance(self.backend, Fts5Backend):
                lexicon, fixes = self._corrections(conn, query)
            return _spans(text, positive, negative, lexicon, fixes)

    def _corrections(
        self, conn: Connection, query: str
    ) -> tuple[ArchiveLexicon, dict[str, list[str]]]:
        """The archive's lexicon and the near-miss corrections `search` applies to `query`
        (without a kind filter), so that highlights show what the search found."""
        backend = self.backend
        assert isinstance(backend, Fts5Backend)
        tree, plan, lexicon = backend.plan(conn, query)
        fixes: dict[str, list[str]] = {}
        if not plan.words or plan.text is None:
            return lexicon, fixes
        gen = generation(conn)
        total = backend.counter.cached(plan, gen)
        if total is None:
            total = backend.counter.count(conn, plan, gen)
        if total >= LITTLE:
            return lexicon, fixes
        found = backend.corrections(conn, plan, gen, None, total)
        if found:
            fixed = compile_query(tree, lexicon, corrections=found)
            if backend.counter.count(conn, fixed, gen) > total:
                fixes = found
        return lexicon, fixes


def _leaves(
    node: Node, negated: bool, positive: list[Word | Phrase], negative: list[Word | Phrase]
) -> None:
    """The words and phrases of a query tree, sorted by whether they are asked for."""
    if isinstance(node, Word | Phrase):
        (negative if negated else positive).append(node)
    elif isinstance(node, Not):
        _leaves(node.item, not negated, positive, negative)
    elif isinstance(node, And | Or):
        for item in node.items:
            _leaves(item, negated, positive, negative)


def _spans(
    text: str,
    positive: list[Word | Phrase],
    negative: list[Word | Phrase],
    lexicon: ArchiveLexicon | None,
    fixes: dict[str, list[str]],
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    words = [x for x in positive if isinstance(x, Word)]
    if words:
        tree = words[0] if len(words) == 1 else And(tuple(words))
        terms = compile_query(tree, lexicon, corrections=fixes).terms
        excluded = _excluded(negative)
        for start, end, _key in Highlighter(terms).spans(text):
            if excluded is None or excluded.matches(text[start:end]) is None:
                out.append((start, end))
    for phrase in positive:
        if isinstance(phrase, Phrase):
            hls = [Highlighter(word_terms(w)) for w in phrase.words]
            out.extend(phrase_spans(text, hls))
    return merge(out)


def _excluded(negative: list[Word | Phrase]) -> Highlighter | None:
    """Matches the words the query excludes (`-word`), as the search excludes them."""
    terms = Terms()
    for w in negative:
        if not isinstance(w, Word):
            continue  # an excluded phrase leaves its words free elsewhere
        f, k = fold(w.text), latin_key(w.text)
        (terms.folded_prefix if w.prefix else terms.folded).add(f)
        e = exact(w.text)
        if e != f:
            (terms.exact_prefix if w.prefix else terms.exact).add(e)
        if typo_budget(w.text) > 0:
            (terms.latin_prefix if w.prefix else terms.latin).add(k)
    return None if terms.empty() else Highlighter(terms)
