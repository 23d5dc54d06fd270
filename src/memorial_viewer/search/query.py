"""Reading what the archivist typed as a query tree that can never be invalid.

Grammar (README.md in this folder has examples)::

    query  := group
    group  := alts*                       items side by side must all match
    alts   := unary ("OR" unary)*         OR binds tighter: `a b OR c` = a AND (b OR c)
    unary  := ("-" | "NOT") atom | atom   -word excludes
    atom   := "(" group ")" | field | "phrase" | word | word*
    field  := title: | text: | caption:  followed by an atom
            | tag: | collection: | kind: | date: | mentions: | has:  followed by a value

Nothing here raises: an unclosed quote runs to the end, an unclosed parenthesis closes at the
end, a stray ")" or operator is dropped, a field with a value it cannot read becomes plain
words, control characters are spaces, and only the first MAX_QUERY_CHARS characters and
MAX_TERMS words count. Words are split and later folded by `folding.tokenize`, so FTS5 or SQL
syntax in the input is only ever text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from memorial_viewer.search.folding import fold, tokenize

MAX_QUERY_CHARS = 2000
MAX_TERMS = 32
MAX_DEPTH = 8

TEXT_FIELDS = {"title": "title", "text": "text", "caption": "caption"}
FILTER_FIELDS = {
    "tag": "tag", "tags": "tag", "kind": "kind", "collection": "collection",
    "date": "date", "mentions": "mentions", "mentioned": "mentions", "has": "has",
}  # fmt: skip
_KINDS = {"article": "article", "articles": "article", "photo": "photo", "photos": "photo"}
_HAS = {
    "bookmark": "bookmark", "bookmarks": "bookmark", "tag": "tag", "tags": "tag",
    "date": "date", "mention": "mention", "mentions": "mention",
    "collection": "collection", "collections": "collection",
}  # fmt: skip


# -- the tree --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """One word; `prefix` for `word*`, `implicit` for the last word typed (search as you type)."""

    text: str
    prefix: bool = False
    implicit: bool = False
    fields: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    fields: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Filter:
    """A condition on the item rather than its words: `kind`, `tag`, `collection`, `date`,
    `mentions`, `has`. Dates carry inclusive ISO bounds (None = open)."""

    name: str
    value: str
    prefix: bool = False
    lo: str | None = None
    hi: str | None = None


@dataclass(frozen=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    item: Node


Node = Word | Phrase | Filter | And | Or | Not


# -- dates -----------------------------------------------------------------------------------

_YMD = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _bounds(text: str) -> tuple[date, date] | None:
    """Inclusive day bounds of a year, month, day, or any form `dates.parse_date` reads."""
    if m := _YMD.fullmatch(text):
        y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
        try:
            if d:
                day = date(y, mo, d)
                return day, day
            if mo:
                first = date(y, mo, 1)
                nxt = date(y + (mo == 12), mo % 12 + 1, 1)
                return first, date.fromordinal(nxt.toordinal() - 1)
            return date(y, 1, 1), date(y, 12, 31)
        except ValueError:
            return None
    try:
        from memorial_viewer.dates.parse import parse_date

        value = parse_date(text)
    except Exception:  # noqa: BLE001 - anything unreadable is simply not a date
        return None
    return value.earliest, value.latest


def date_range(value: str) -> tuple[str | None, str | None] | None:
    """`1990`, `1990-01`, `1990-01-20`, `1987..1991`, `..1990`, `1990..` → ISO bounds."""
    if ".." in value:
        left, _, right = value.partition("..")
        lo = _bounds(left) if left else None
        hi = _bounds(right) if right else None
        if (left and lo is None) or (right and hi is None) or (not left and not right):
            return None
        return (lo[0].isoformat() if lo else None, hi[1].isoformat() if hi else None)
    b = _bounds(value)
    return None if b is None else (b[0].isoformat(), b[1].isoformat())


# -- lexing ----------------------------------------------------------------------------------

_FIELD_RE = re.compile(r"([A-Za-z]+):(.*)", re.DOTALL)


@dataclass(frozen=True)
class _Tok:
    kind: str  # ( ) OR NEG PHRASE WORD FIELD
    text: str = ""


def _clean(query: str) -> str:
    text = unicodedata.normalize("NFC", query[: MAX_QUERY_CHARS * 2])[:MAX_QUERY_CHARS]
    return "".join(
        " " if unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") else c for c in text
    )


def _lex(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c in "()":
            toks.append(_Tok(c))
            i += 1
        elif c == '"':
            end = text.find('"', i + 1)
            end = n if end < 0 else end
            toks.append(_Tok("PHRASE", text[i + 1 : end]))
            i = end + 1
        elif c == "-" and i + 1 < n and not text[i + 1].isspace() and text[i + 1] not in "-)":
            toks.append(_Tok("NEG"))
            i += 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in '()"':
                j += 1
            chunk = text[i:j]
            i = j
            m = _FIELD_RE.fullmatch(chunk)
            name = m[1].lower() if m else ""
            if m and (name in TEXT_FIELDS or name in FILTER_FIELDS):
                toks.append(_Tok("FIELD", name))
                if m[2]:
                    toks.append(_Tok("WORD", m[2]))
            elif chunk == "OR":
                toks.append(_Tok("OR"))
            elif chunk == "NOT":
                toks.append(_Tok("NEG"))
            elif chunk != "AND":
                toks.append(_Tok("WORD", chunk))
    return toks


# -- parsing ---------------------------------------------------------------------------------


class _Parser:
    def __init__(self, toks: list[_Tok], implicit_last: bool) -> None:
        self.toks = toks
        self.pos = 0
        self.depth = 0
        self.terms = 0
        self.implicit_at = len(toks) - 1 if implicit_last else -1

    def peek(self) -> _Tok | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def parse(self) -> Node | None:
        parts: list[Node] = []
        while self.peek() is not None:
            node = self.parse_group()
            if node is not None:
                parts.append(node)
            if self.peek() is not None:
                self.take()  # a stray ")"
        return _and(parts)

    def parse_group(self) -> Node | None:
        """Items side by side, up to a ")" or the end: all must match."""
        items: list[Node] = []
        while (tok := self.peek()) is not None and tok.kind != ")":
            if tok.kind == "OR":
                self.take()  # an OR with nothing before it
                continue
            node = self.parse_alternatives()
            if node is not None:
                items.append(node)
        return _and(items)

    def parse_alternatives(self) -> Node | None:
        """`a OR b OR c`: OR binds tighter than the space (`a b OR c d` = a (b OR c) d)."""
        alts = [self.parse_unary()]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind in (")", "OR"):
                break
            alts.append(self.parse_unary())
        kept = [x for x in alts if x is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Or(tuple(kept))

    def parse_unary(self) -> Node | None:
        tok = self.peek()
        if tok is not None and tok.kind == "NEG":
            self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind in (")", "OR", "NEG"):
                return None
            node = self.parse_atom(negated=True)
            return Not(node) if node is not None else None
        return self.parse_atom()

    def parse_atom(self, negated: bool = False) -> Node | None:
        index = self.pos
        tok = self.take()
        if tok.kind == "(":
            if self.depth >= MAX_DEPTH:
                return None  # deeper nesting reads as if the parenthesis were a space
            self.depth += 1
            node = self.parse_group()
            self.depth -= 1
            if (close := self.peek()) is not None and close.kind == ")":
                self.take()
            return node
        if tok.kind == "PHRASE":
            return self._words(tok.text, phrase=True)
        if tok.kind == "WORD":
            implicit = index == self.implicit_at and not negated
            return self._words(tok.text, implicit=implicit)
        if tok.kind == "FIELD":
            return self._field(tok.text, negated)
        return None  # NEG NEG, a lone OR: nothing

    def _field(self, name: str, negated: bool) -> Node | None:
        nxt = self.peek()
        if nxt is None or nxt.kind in (")", "OR", "NEG", "FIELD"):
            return None
        if name in TEXT_FIELDS:
            node = self.parse_atom(negated)
            return _with_fields(node, (TEXT_FIELDS[name],)) if node is not None else None
        if nxt.kind == "(":
            return self.parse_atom(negated)  # tag:(a b) is not supported: read the words
        raw = self.take().text.strip()
        return _filter(FILTER_FIELDS[name], raw) or self._plain(f"{name} {raw}")

    def _plain(self, text: str) -> Node | None:
        """Words that looked like a field but are not one: each must match, in any order."""
        nodes = [self._words(t.text) for t in tokenize(text)]
        return _and([n for n in nodes if n is not None])

    def _words(self, text: str, *, phrase: bool = False, implicit: bool = False) -> Node | None:
        prefix = not phrase and text.endswith("*")
        words = [t.text for t in tokenize(text) if fold(t.text)]
        room = MAX_TERMS - self.terms
        if room <= 0 or not words:
            return None
        words = words[:room]
        self.terms += len(words)
        if len(words) == 1:
            return Word(words[0], prefix=prefix, implicit=implicit and not prefix)
        return Phrase(tuple(words))


def _and(items: list[Node]) -> Node | None:
    if not items:
        return None
    return items[0] if len(items) == 1 else And(tuple(items))


def _with_fields(node: Node, fields: tuple[str, ...]) -> Node:
    if isinstance(node, Word | Phrase):
        return replace(node, fields=fields)
    if isinstance(node, And):
        return And(tuple(_with_fields(x, fields) for x in node.items))
    if isinstance(node, Or):
        return Or(tuple(_with_fields(x, fields) for x in node.items))
    if isinstance(node, Not):
        return Not(_with_fields(node.item, fields))
    return node


def _filter(name: str, raw: str) -> Filter | None:
    if not raw:
        return None
    if name == "kind":
        kind = _KINDS.get(raw.lower())
        return Filter("kind", kind) if kind else None
    if name == "has":
        what = _HAS.get(raw.lower())
        return Filter("has", what) if what else None
    if name in ("date", "mentions"):
        bounds = date_range(raw)
        return Filter(name, raw, lo=bounds[0], hi=bounds[1]) if bounds else None
    prefix = raw.endswith("*")
    value = raw.rstrip("*").strip()
    return Filter(name, value, prefix=prefix) if value else None


def parse(query: str) -> Node | None:
    """The query tree of `query`; None when it asks for nothing (list everything)."""
    text = _clean(query)
    implicit_last = bool(text) and not text[-1].isspace()
    return _Parser(_lex(text), implicit_last).parse()


def words(query: str) -> list[str]:
    """The plain words of a query, in order (kept for callers of the first search core)."""
    out: list[str] = []

    def walk(node: Node | None) -> None:
        if isinstance(node, Word):
            out.append(node.text)
        elif isinstance(node, Phrase):
            out.extend(node.words)
        elif isinstance(node, And | Or):
            for x in node.items:
                walk(x)

    walk(parse(query))
    return out
