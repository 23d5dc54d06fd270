"""Snippets that show the words as they stand in the text, whatever form matched them.

The index holds only folded forms, so the hit's own text is scanned here, for the page of hits
only: a regular expression picks candidate words by their first letter (any letter that can
fold, transliterate or romanise to the first letter of a query form) and each candidate is
confirmed with the very functions that built the index. That keeps the Python work to a few
dozen words per hit instead of every word of every hit.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from memorial_viewer.search.compile import Terms
from memorial_viewer.search.folding import exact, fold, latin_key, stem

WIDTH = 200
LEAD = 60
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_JOIN = "\u00ad\u200c\u200d"
_WORD = rf"\w[\w{_MARKS}{_JOIN}]*(?:['\u2019]\w[\w{_MARKS}{_JOIN}]*)*"
_SPACE = re.compile(r"\s+")
_UNIVERSE = [
    chr(c)
    for lo, hi in ((0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x259, 0x259),
                   (0x400, 0x52F), (0x1E00, 0x1EFF), (0xFB00, 0xFB06))
    for c in range(lo, hi + 1)
    if chr(c).isalnum()
]  # fmt: skip
_CONTINUATIONS = ("", "a", "h", "zh", "ж", "ч", "j", "e")


@lru_cache(maxsize=1)
def _first_letters() -> dict[str, frozenset[str]]:
    """For each first letter of a form, the letters a word starting that way may begin with."""
    out: dict[str, set[str]] = {}
    for ch in _UNIVERSE:
        firsts = {fold(ch)[:1], exact(ch)[:1], stem(ch, "az")[:1]}
        firsts.update(latin_key(ch + c)[:1] for c in _CONTINUATIONS)
        for f in firsts:
            if f:
                out.setdefault(f, set()).update((ch, ch.lower(), ch.upper()))
    return {k: frozenset(v) for k, v in out.items()}


def _class(table: dict[str, frozenset[str]], ch: str) -> str:
    letters = set(table.get(ch, ())) | {ch, ch.upper()}
    return "[" + "".join(re.escape(c) for c in sorted(letters)) + "]"


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


#: Words whose match a Highlighter remembers (it lives for one page of hits).
_SEEN_MAX = 50_000


class Highlighter:
    """Finds the words of a text that match the query's forms, and cuts a snippet around them."""

    def __init__(self, terms: Terms, *, loose: bool = True) -> None:
        """`loose=False` for hits matched exactly or folded: no stems or latin keys to try."""
        if not loose:
            terms = Terms(exact=terms.exact, exact_prefix=terms.exact_prefix,
                          folded=terms.folded, folded_prefix=terms.folded_prefix)
        self.t = terms
        self._seen: dict[str, str | None] = {}
        self._fp = tuple(terms.folded_prefix)
        self._ep = tuple(terms.exact_prefix)
        self._lp = tuple(terms.latin_prefix)
        # A stem starts like the folded word (az Cyrillic aside): test that before stemming.
        self._stem_heads = tuple({s[:2] for s in terms.stems})
        table = _first_letters()
        heads: set[str] = set()
        # Folded and exact forms: candidates must start with letters folding to their first two.
        for form in terms.exact | terms.exact_prefix | terms.folded | terms.folded_prefix:
            if form:
                heads.add("".join(_class(table, c) for c in form[:2]))
        # Stems and latin keys may start with other letters (Cyrillic, digraphs): first only.
        for form in terms.stems | terms.latin | terms.latin_prefix:
            if form:
                heads.add(_class(table, form[0]))
        self._re = None
        if heads:
            alts = "|".join(sorted(heads))
            self._re = re.compile(
                rf"(?<![\w{_MARKS}{_JOIN}])(?<!\w['\u2019])(?={alts}){_WORD}"
            )

    def matches(self, word: str) -> str | None:
        """The folded key under which `word` matches the query, or None."""
        try:  # a page's texts repeat their words: each is folded, keyed and stemmed once
            return self._seen[word]
        except KeyError:
            pass
        if len(self._seen) >= _SEEN_MAX:
            self._seen.clear()
        found = self._seen[word] = self._match(word)
        return found

    def _match(self, word: str) -> str | None:
        t = self.t
        f = fold(word)
        if f in t.folded or (self._fp and f.startswith(self._fp)):
            return f
        e = exact(word)
        if e in t.exact or (self._ep and e.startswith(self._ep)):
            return f
        k = latin_key(word)
        if k in t.latin or (self._lp and k.startswith(self._lp)):
            return k
        if t.stems and (f.startswith(self._stem_heads) or not f.isascii()) and (
            stem(word) in t.stems or stem(word, "az") in t.stems
        ):
            return f
        return None

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of every matching word of `text` (NFC offsets)."""
        if self._re is None:
            return []
        scan = text.replace("_", " ") if "_" in text else text
        out = []
        for m in self._re.finditer(scan):
            key = self.matches(m.group())
            if key is not None:
                out.append((m.start(), m.end(), key))
        return out

    def snippet(self, text: str) -> str | None:
        """HTML snippet with <mark> around matches, or None when the text has none."""
        text = _nfc(text)
        spans = self.spans(text)
        if not spans:
            return None
        best, best_score = 0, -1
        for i, (start, _end, _key) in enumerate(spans):
            lo = max(0, start - LEAD)
            score = len({k for s, e, k in spans[i:] if e <= lo + WIDTH})
            if score > best_score:
                best, best_score = i, score
        lo = max(0, spans[best][0] - LEAD)
        if lo:
            space = text.rfind(" ", max(0, lo - 20), spans[best][0])
            lo = space + 1 if space >= 0 else lo
        hi = min(len(text), lo + WIDTH)
        if hi < len(text):
            space = text.find(" ", hi, hi + 20)
            hi = space if space >= 0 else hi
        return render(text, lo, hi, [(s, e) for s, e, _ in spans if s >= lo and e <= hi])


def render(text: str, lo: int, hi: int, marks: list[tuple[int, int]]) -> str:
    """text[lo:hi] HTML-escaped on one line, with <mark> around `marks`, … where cut."""
    out = ["…" if lo > 0 else ""]
    pos = lo
    for s, e in marks:
        out.append(_esc(text[pos:s]))
        out.append(f"<mark>{_esc(text[s:e])}</mark>")
        pos = e
    out.append(_esc(text[pos:hi]))
    if hi < len(text):
        out.append("…")
    return "".join(out).strip()


def _esc(piece: str) -> str:
    return html.escape(_SPACE.sub(" ", piece), quote=False)


def plain(text: str) -> str:
    """The start of a text as a snippet without marks (a hit matched by its title only)."""
    text = _nfc(text)
    hi = min(len(text), WIDTH)
    if hi < len(text):
        space = text.find(" ", hi, hi + 20)
        hi = space if space >= 0 else hi
    return render(text, 0, hi, [])


# -- highlights in a whole text (the reader) ---------------------------------------------------

_GAP_WORD = re.compile(rf"[^\w{_MARKS}{_JOIN}]*({_WORD})")


def word_terms(word: str) -> Terms:
    """The forms a phrase word is matched in (folded, exact, latin key: as compile.py does)."""
    f, e = fold(word), exact(word)
    return Terms(exact={e} if e != f else set(), folded={f}, latin={latin_key(word)})


def phrase_spans(text: str, words: list[Highlighter]) -> list[tuple[int, int]]:
    """(start, end) of every run of consecutive words of `text` matching `words` in order.

    `words` holds one Highlighter per word of the phrase (see `word_terms`); punctuation
    between the words is skipped as the index's tokenizer skips it.
    """
    if not words:
        return []
    scan = text.replace("_", " ") if "_" in text else text
    out: list[tuple[int, int]] = []
    floor = 0
    for start, end, _key in words[0].spans(scan):
        if start < floor:
            continue
        for hl in words[1:]:
            m = _GAP_WORD.match(scan, end)
            if m is None or hl.matches(m.group(1)) is None:
                break
            end = m.end(1)
        else:
            out.append((start, end))
            floor = end
    return out


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined (adjacent words stay separate hits)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[0] < s[1]):
        if out and start < out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
