"""The archive's own vocabulary: spelling variants, inflected forms and near-miss corrections.

`item_fts_vocab` holds every distinct folded (`f`) and latin-key (`l`) term ever indexed, with
the consonant skeleton of latin keys. From it:

- variants: latin keys with the query's skeleton that pass `is_safe_key_match` (Qafarov finds
  Gafarov's key; Qafurov, a↔u, does not);
- expansions: latin keys that extend a stem key by at most MAX_SUFFIX letters (Laçın → laci →
  Лачине `lacina`), instead of an open prefix that would find any longer word;
- corrections: folded terms within the typo budget (Meilisearch's limits: none under 5 letters,
  one for 5–8, two from 9, a wrong first letter counts two), looked up in memory, bucketed by
  first letter and length. Terms are only added, never removed: a stale one matches nothing.
"""

from __future__ import annotations

import threading
from collections import defaultdict

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from sqlalchemy.engine import Connection

from memorial_viewer.search.folding import (
    FOLDING_VERSION,
    MIN_SKELETON,
    fold,
    is_safe_key_match,
    tokenize,
    typo_budget,
)
from memorial_viewer.search.layout import LAYOUT_VERSION

MAX_SUFFIX = 4
MAX_EXPANSIONS = 40
MAX_VARIANTS = 20
_VOWELS = str.maketrans("", "", "aiou")


def folded_words(text: str) -> str:
    return " ".join(f for t in tokenize(text) if (f := fold(t.text)))


class ArchiveLexicon:
    """What the compiler asks about one archive, answered from its tables (one session)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._names: dict[str, list[tuple[int, str]]] = {}
        self._keymap: bool | None = None

    def keys_follow_folding(self, folded: list[str]) -> bool:
        """Whether every indexed word folded to one of `folded` has that term's latin key.

        The writer records in `item_fts_vocab` ('a' rows) each folded term some word keys
        otherwise, and "" for a form that may not be one token (folding.key_exception); the
        `keymap` meta value says up to which index generation those rows are complete (a
        rebuild sets it, every write of this code moves it on). An index built by other code,
        or with other rules, proves nothing.
        """
        if self._keymap is None:
            self._keymap = bool(self.conn.exec_driver_sql(
                "SELECT coalesce((SELECT value FROM item_fts_meta WHERE key = 'keymap') = "
                "(SELECT value FROM item_fts_meta WHERE key = 'generation') "
                "AND (SELECT value FROM item_fts_meta WHERE key = 'layout') = ? "
                "AND (SELECT value FROM item_fts_meta WHERE key = 'folding') = ?, 0)",
                (str(LAYOUT_VERSION), str(FOLDING_VERSION)),
            ).scalar())
        if not self._keymap:
            return False
        marks = ", ".join("?" * (len(folded) + 1))
        odd = self.conn.exec_driver_sql(
            f"SELECT 1 FROM item_fts_vocab WHERE form = 'a' AND term IN ({marks}) LIMIT 1",
            ("", *folded),
        ).first()
        return odd is None

    def variants(self, key: str, budget: int) -> list[str]:
        skel = key.translate(_VOWELS)
        if len(skel) < MIN_SKELETON:
            return []
        rows = self.conn.exec_driver_sql(
            "SELECT term FROM item_fts_vocab WHERE skel = ? AND form = 'l' LIMIT 500", (skel,)
        ).scalars()
        # Same first letter: a variant that loses or gains its first sound is another word.
        out = [
            t for t in rows
            if t != key and t[0] == key[0]
            and is_safe_key_match(key, t, max(budget, typo_budget(t)))
        ]
        return out[:MAX_VARIANTS]

    def expansions(self, prefix: str) -> list[str]:
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rows = self.conn.exec_driver_sql(
            "SELECT term FROM item_fts_vocab WHERE form = 'l' AND term >= ? AND term < ? "
            "AND length(term) <= ? LIMIT ?",
            (prefix, upper, len(prefix) + MAX_SUFFIX, MAX_EXPANSIONS),
        ).scalars()
        return list(rows)

    def _named(self, table: str) -> list[tuple[int, str]]:
        if table not in self._names:
            rows = self.conn.exec_driver_sql(f"SELECT id, name FROM {table}").all()
            self._names[table] = [(i, folded_words(n)) for i, n in rows]
        return self._names[table]

    def _ids(self, table: str, value: str, prefix: bool) -> list[int]:
        want = folded_words(value)
        if not want:
            return []
        return [
            i for i, name in self._named(table)
            if name == want or (prefix and name.startswith(want))
        ]

    def tag_ids(self, value: str, prefix: bool) -> list[int]:
        """Tags named `value` with case, diacritics and punctuation aside (or starting so)."""
        return self._ids("tags", value, prefix)

    def collection_ids(self, value: str, prefix: bool) -> list[int]:
        return self._ids("collections", value, prefix)


class TypoIndex:
    """Folded vocabulary in memory, bucketed for near-miss look-ups; refreshed incrementally."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last_id = 0
        self._buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
        self._by_rest: dict[str, list[str]] = defaultdict(list)
        self._generation: str | None = None

    def refreshed_for(self, generation: str) -> bool:
        return self._generation == generation

    def mark(self, generation: str) -> None:
        self._generation = generation

    def refresh(self, conn: Connection) -> None:
        with self._lock:
            rows = conn.exec_driver_sql(
                "SELECT id, term FROM item_fts_vocab WHERE form = 'f' AND id > ? ORDER BY id",
                (self._last_id,),
            ).all()
            for i, term in rows:
                self._buckets[(term[0], len(term))].append(term)
                if len(term) >= 9:
                    self._by_rest[term[1:]].append(term)
                self._last_id = i

    def candidates(self, word: str) -> list[tuple[str, int]]:
        """Folded terms within the typo budget of `word`, with their cost (fewest first)."""
        f = fold(word)
        budget = typo_budget(word)
        if budget == 0 or not f:
            return []
        found: dict[str, int] = {}
        for n in range(len(f) - budget, len(f) + budget + 1):
            bucket = self._buckets.get((f[0], n))
            if not bucket:
                continue
            for term, dist, _ in process.extract(
                f, bucket, scorer=Levenshtein.distance, score_cutoff=budget, limit=50
            ):
                if term != f:
                    found[term] = int(dist)
        if budget >= 2:  # a wrong first letter costs two
            for term in self._by_rest.get(f[1:], ()):
                if term != f:
                    found.setdefault(term, 2)
        return sorted(found.items(), key=lambda x: (x[1], x[0]))
