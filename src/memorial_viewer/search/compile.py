"""Query tree → FTS5 MATCH expressions by ranking tier, plus SQL conditions on items.

A word is looked for in stricter forms first (folding.py explains the forms)::

    tier 0 exact           e_ columns: the spelling as typed, case aside ("Bakı")
    tier 1 folded          f_ columns: case and diacritics aside ("Baki", "BAKI")
    tier 2 inflected       s_ columns and f_ prefix of the last word ("Bakıda", "faciəsinin")
    tier 3 transliterated  l_ columns: latin key, safe skeleton variants, stem-key prefix
                           ("Баку", "Baku"; "Gafarov" for Qafarov; "Лачине" for Laçın)
    tier 4 corrected       f_ columns: a near-miss correction, only when asked for

`CompiledText.tiers[k]` matches every document with all of its words found at tier k or
stricter, so tier k alone is `tiers[k] NOT tiers[k-1]`. Every term is quoted and holds only
letters and digits, so no input can produce an invalid expression.

`Plan.match` matches the same documents as the loosest tier, for what needs only the set
(totals, facets, id lists): a phrase there is its latin-key phrase alone when that is proven
to find every document its folded phrase finds (`Compiler.keys_follow`), the phrase of the
loosest tier being `folded phrase OR latin phrase`; counting common phrases costs the sum.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Protocol

from memorial_viewer.search.folding import (
    exact,
    fold,
    is_plain,
    latin_key,
    stem,
    stem_key,
    typo_budget,
)
from memorial_viewer.search.layout import cols
from memorial_viewer.search.query import And, Filter, Node, Not, Phrase, Word

N_TIERS = 5
TIER_NAMES = ("exact", "folded", "inflected", "transliterated", "corrected")
#: Shortest folded last word that is also looked up as a prefix while typing.
MIN_IMPLICIT_PREFIX = 2
#: Shortest stem key used as a latin prefix (Laçın → laci* finds Лачине); the word itself
#: needs 5 letters (as for typos).
MIN_STEM_KEY = 4


class Lexicon(Protocol):
    """What compiling needs to know about the archive (spelling.py and facets give it)."""

    def variants(self, key: str, budget: int) -> list[str]: ...

    def expansions(self, prefix: str) -> list[str]: ...

    def tag_ids(self, value: str, prefix: bool) -> list[int]: ...

    def collection_ids(self, value: str, prefix: bool) -> list[int]: ...

    def keys_follow_folding(self, folded: list[str]) -> bool:
        """Whether every indexed word whose folded form is one of `folded` has the latin key
        of that folded form (`folding.key_exception`), and every indexed form is one token."""
        ...


@dataclass(frozen=True)
class Pred:
    """An SQL condition on an item id written as `{id}`, with its named parameters.

    `probe`, when given, says the same per row (an indexed look-up by id): cheaper than
    building the whole set when a text match already narrows the rows, as for date ranges
    that cover much of the archive.
    """

    sql: str
    params: tuple[tuple[str, object], ...] = ()
    probe: str | None = None

    def render(self, id_expr: str, per_row: bool = False) -> str:
        sql = self.probe if per_row and self.probe is not None else self.sql
        return sql.replace("{id}", id_expr)


@dataclass
class Terms:
    """Forms of the positive words of a query, to find them again in a hit's text."""

    exact: set[str] = field(default_factory=set)
    exact_prefix: set[str] = field(default_factory=set)
    folded: set[str] = field(default_factory=set)
    folded_prefix: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    latin: set[str] = field(default_factory=set)
    latin_prefix: set[str] = field(default_factory=set)

    def empty(self) -> bool:
        return not (self.exact or self.exact_prefix or self.folded or self.folded_prefix
                    or self.stems or self.latin or self.latin_prefix)


@dataclass
class Compiled:
    """`text AND NOT neg AND every sql`; a part that is None asks nothing."""

    text: tuple[str, ...] | None = None
    neg: str | None = None
    sql: list[Pred] = field(default_factory=list)


@dataclass
class Plan:
    text: tuple[str, ...] | None
    preds: list[Pred]
    terms: Terms
    words: list[Word]
    #: Positive words and phrases (a hit of a one-leaf plan matched that leaf at its tier).
    leaves: int = 0
    #: Matches the same documents as `text[-1]`, maybe more cheaply: for sets, not ranking.
    match: str | None = None
    #: Positive phrases among the leaves (their totals read positions: dearer to count).
    phrases: int = 0

    def __post_init__(self) -> None:
        if self.match is None and self.text is not None:
            self.match = self.text[-1]

    @property
    def everything(self) -> bool:
        return self.text is None and not self.preds


def _q(term: str) -> str:
    return f'"{term}"'


def _any(terms: list[str], star: bool = False) -> str:
    suffix = "*" if star else ""
    uniq = list(dict.fromkeys(t for t in terms if t))
    if len(uniq) == 1:
        return _q(uniq[0]) + suffix
    return "(" + " OR ".join(_q(t) + suffix for t in uniq) + ")"


def _or(parts: list[str]) -> str:
    uniq = list(dict.fromkeys(parts))
    return uniq[0] if len(uniq) == 1 else "(" + " OR ".join(uniq) + ")"


def _s_variants(key: str, most: int = 8) -> list[str]:
    """A word typed in ASCII may mean ş wherever it has s (sehidler = Şəhidlər): its latin key
    with each s also read as ş (`w`); c/ç and g/ğ need nothing, their keys are equal."""
    out = [key]
    for i, ch in enumerate(key):
        if ch == "s":
            out += [v[:i] + "w" + v[i + 1 :] for v in out]
            if len(out) >= most:
                break
    return out[:most]


#: Compiled text tuples hold the N_TIERS tier expressions and then the set expression
#: (`Plan.match`).
SET = N_TIERS


def _fixed(expr: str) -> tuple[str, ...]:
    return (expr,) * (N_TIERS + 1)


class Compiler:
    def __init__(self, lexicon: Lexicon | None, corrections: dict[str, list[str]] | None = None):
        self.lexicon = lexicon
        self.corrections = corrections or {}
        self.terms = Terms()
        self.words: list[Word] = []
        self.leaves = 0
        self.phrases = 0
        self._names = itertools.count()

    def param(self, value: object) -> tuple[str, tuple[str, object]]:
        name = f"q{next(self._names)}"
        return f":{name}", (name, value)

    # -- leaves ----------------------------------------------------------------------------

    def word(self, w: Word, negated: bool) -> tuple[str, ...]:
        f, e, k = fold(w.text), exact(w.text), latin_key(w.text)
        F, E, S, L = (cols(x, w.fields) for x in ("f", "e", "fs", "l"))
        if negated:
            parts = [f"{F}: {_any([f], w.prefix)}"]
            if typo_budget(w.text) > 0:
                parts.append(f"{L}: {_any([k], w.prefix)}")
            return _fixed(_or(parts))
        self.words.append(w)
        self.leaves += 1
        t = self.terms
        if w.prefix:
            t.folded_prefix.add(f)
            t.latin_prefix.add(k)
            t1 = f"{F}: {_any([f], True)}"
            t0 = f"{E}: {_any([e], True)}" if e != f else t1
            if e != f:
                t.exact_prefix.add(e)
            t3 = _or([t1, f"{L}: {_any([k], True)}"])
            return (t0, t1, t1, t3, t3, t3)
        t.folded.add(f)
        t1 = f"{F}: {_q(f)}"
        t0 = t1
        if e != f:
            t.exact.add(e)
            t0 = f"{E}: {_q(e)}"
        stems = [s for s in dict.fromkeys((stem(w.text), stem(w.text, "az"))) if s]
        t.stems.update(stems)
        loose = [f"{S}: {_any(stems)}"]
        if w.implicit and len(f) >= MIN_IMPLICIT_PREFIX:
            loose.append(f"{F}: {_any([f], True)}")
            t.folded_prefix.add(f)
        t2 = _or([t1, *loose])
        ascii_word = w.text.isascii()
        keys = _s_variants(k) if ascii_word else [k]
        if self.lexicon is not None:
            for key in list(keys):
                keys += self.lexicon.variants(key, typo_budget(w.text))
            stem_keys = (stem_key(w.text), stem_key(w.text, "az"))
            if typo_budget(w.text) == 0:
                stem_keys = ()  # under 5 letters a stem key prefix is mostly other words
            for sk in dict.fromkeys(stem_keys):
                for stem_k in _s_variants(sk) if ascii_word else [sk]:
                    if len(stem_k) >= MIN_STEM_KEY:
                        keys += self.lexicon.expansions(stem_k)
        lat = [f"{L}: {_any(keys)}"]
        t.latin.update(keys)
        if w.implicit and len(f) >= MIN_IMPLICIT_PREFIX:
            lat.append(f"{L}: {_any([k], True)}")
            t.latin_prefix.add(k)
        t3 = _or([t2, *lat])
        t4 = t3
        if fixes := self.corrections.get(w.text):
            t.folded.update(fixes)
            t4 = _or([t3, f"{F}: {_any(fixes)}"])
        return (t0, t1, t2, t3, t4, t4)

    def phrase(self, p: Phrase, negated: bool) -> tuple[str, ...]:
        fs = [fold(x) for x in p.words]
        ks = [latin_key(x) for x in p.words]
        F, E, L = (cols(x, p.fields) for x in ("f", "e", "l"))
        t1 = f'{F}: "{" ".join(fs)}"'
        t3 = _or([t1, f'{L}: "{" ".join(ks)}"'])
        if negated:
            return _fixed(t3)
        self.leaves += 1
        self.phrases += 1
        self.terms.folded.update(fs)
        self.terms.latin.update(ks)
        exacts = [e for x, f in zip(p.words, fs, strict=True) if (e := exact(x)) != f]
        self.terms.exact.update(exacts)
        t0 = t1 if not exacts else f"({t1} AND {E}: ({' AND '.join(map(_q, exacts))}))"
        # Same documents as t3: the latin phrase alone when it finds all the folded one finds.
        match = f'{L}: "{" ".join(ks)}"' if self.keys_follow(fs, ks) else t3
        return (t0, t1, t1, t3, t3, match)

    def keys_follow(self, folded: list[str], keys: list[str]) -> bool:
        """Whether the latin-key phrase `keys` matches wherever the folded phrase does.

        A document matches the folded phrase when adjacent tokens of an f_ column are the
        folded words. The f_ and l_ columns hold the forms of the same words in the same order
        (folding.document_forms), so the l_ column has those words' keys at the same positions
        as long as every form is exactly one token. So the latin phrase matches too if every
        indexed word whose folded form is `folded[i]` has the key `keys[i]`: true when
        `keys[i]` is the key of `folded[i]` itself and the index records no word with that
        folded form and another key, nor any form that might not be one token (the
        lexicon's `keys_follow_folding`, from what the writer recorded; folding.key_exception).
        """
        if self.lexicon is None or not folded:
            return False
        for f, k in zip(folded, keys, strict=True):
            if not (is_plain(f) and is_plain(k) and latin_key(f) == k):
                return False
        return self.lexicon.keys_follow_folding(list(dict.fromkeys(folded)))

    def filter(self, flt: Filter) -> Compiled:
        if flt.name == "kind":
            return Compiled(text=_fixed(f'{{kind}}: "{flt.value}"'))
        if flt.name in ("tag", "collection"):
            ids: list[int] = []
            if self.lexicon is not None:
                lookup = self.lexicon.tag_ids if flt.name == "tag" else self.lexicon.collection_ids
                ids = lookup(flt.value, flt.prefix)
            id_list = ",".join(str(int(i)) for i in ids) or "NULL"
            table, col = (
                ("item_tags", "tag_id") if flt.name == "tag" else ("collection_entries",
                                                                   "collection_id")
            )
            return Compiled(sql=[Pred(f"{{id}} IN (SELECT item_id FROM {table} "
                                      f"WHERE {col} IN ({id_list}))")])
        if flt.name == "has":
            source = {
                "bookmark": "SELECT item_id FROM bookmarks",
                "tag": "SELECT item_id FROM item_tags",
                "mention": "SELECT item_id FROM mentions",
                "collection": "SELECT item_id FROM collection_entries",
                "date": "SELECT id FROM items WHERE date_earliest IS NOT NULL",
            }[flt.value]
            return Compiled(sql=[Pred(f"{{id}} IN ({source})")])
        conds, params = [], []
        lo_col, hi_col, table, key = (
            ("date_earliest", "date_latest", "items", "id")
            if flt.name == "date"
            else ("earliest", "latest", "mentions", "item_id")
        )
        if flt.hi is not None:
            name, p = self.param(flt.hi)
            conds.append(f"{lo_col} <= {name}")
            params.append(p)
        if flt.lo is not None:
            name, p = self.param(flt.lo)
            conds.append(f"{hi_col} >= {name}")
            params.append(p)
        conds.append(f"{lo_col} IS NOT NULL")
        where = " AND ".join(conds)
        return Compiled(sql=[Pred(
            f"{{id}} IN (SELECT {key} FROM {table} WHERE {where})",
            tuple(params),
            f"EXISTS (SELECT 1 FROM {table} WHERE {key} = {{id}} AND {where})",
        )])

    # -- structure -------------------------------------------------------------------------

    def node(self, node: Node, negated: bool = False) -> Compiled:
        if isinstance(node, Word):
            return Compiled(text=self.word(node, negated))
        if isinstance(node, Phrase):
            return Compiled(text=self.phrase(node, negated))
        if isinstance(node, Filter):
            return self.filter(node)
        if isinstance(node, Not):
            inner = self.node(node.item, negated=not negated)
            if inner.text is not None and inner.neg is None and not inner.sql:
                return Compiled(neg=inner.text[N_TIERS - 1])
            return Compiled(sql=[self.as_pred(inner, negate=True)])
        if isinstance(node, And):
            return self.conj([self.node(x, negated) for x in node.items])
        return self.disj([self.node(x, negated) for x in node.items])

    def conj(self, parts: list[Compiled]) -> Compiled:
        texts = [p.text for p in parts if p.text is not None]
        negs = [p.neg for p in parts if p.neg is not None]
        out = Compiled(sql=[s for p in parts for s in p.sql])
        if texts:
            out.text = tuple(
                texts[0][k] if len(texts) == 1 else "(" + " AND ".join(t[k] for t in texts) + ")"
                for k in range(N_TIERS + 1)
            )
        if negs:
            out.neg = _or(negs)
        return out

    def disj(self, parts: list[Compiled]) -> Compiled:
        if all(p.text is not None and p.neg is None and not p.sql for p in parts):
            return Compiled(text=tuple(
                _or([p.text[k] for p in parts]) for k in range(N_TIERS + 1)  # type: ignore[index]
            ))
        preds = [self.as_pred(p) for p in parts]
        params = tuple(x for p in preds for x in p.params)
        return Compiled(sql=[Pred("(" + " OR ".join(f"({p.sql})" for p in preds) + ")", params)])

    def as_pred(self, c: Compiled, negate: bool = False) -> Pred:
        conds: list[str] = []
        params: list[tuple[str, object]] = []
        if c.text is not None:
            name, p = self.param(c.text[SET])
            conds.append(f"{{id}} IN (SELECT rowid FROM item_fts WHERE item_fts MATCH {name})")
            params.append(p)
        if c.neg is not None:
            name, p = self.param(c.neg)
            conds.append(
                f"{{id}} NOT IN (SELECT rowid FROM item_fts WHERE item_fts MATCH {name})"
            )
            params.append(p)
        for s in c.sql:
            conds.append(f"({s.sql})")
            params.extend(s.params)
        sql = " AND ".join(conds) or "1"
        return Pred(f"NOT ({sql})" if negate else sql, tuple(params))


def compile_query(
    tree: Node | None,
    lexicon: Lexicon | None = None,
    *,
    kind: str | None = None,
    corrections: dict[str, list[str]] | None = None,
) -> Plan:
    """The plan of a parsed query: ranked text tiers plus conditions, for one item kind."""
    comp = Compiler(lexicon, corrections)
    c = comp.node(tree) if tree is not None else Compiled()
    if kind in ("article", "photo"):
        c = comp.conj([c, Compiled(text=_fixed(f'{{kind}}: "{kind}"'))])
    text = c.text
    preds = list(c.sql)
    if c.neg is not None:
        if text is None:
            name, p = comp.param(c.neg)
            preds.append(
                Pred(f"{{id}} NOT IN (SELECT rowid FROM item_fts WHERE item_fts MATCH {name})",
                     (p,))
            )
        else:
            text = tuple(f"({t}) NOT {c.neg}" for t in text)
    if text is not None and not comp.leaves:
        # Only kinds and exclusions: nothing to rank, so list it like a filter.
        name, p = comp.param(text[SET])
        preds.append(Pred(f"{{id}} IN (SELECT rowid FROM item_fts WHERE item_fts MATCH {name})",
                          (p,)))
        text = None
    if text is None:
        return Plan(None, preds, comp.terms, comp.words, comp.leaves)
    return Plan(
        text[:N_TIERS], preds, comp.terms, comp.words, comp.leaves, text[SET], comp.phrases
    )
